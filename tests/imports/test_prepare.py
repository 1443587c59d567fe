"""prepare_import: the file is kept untouched with what the reader made of it, or refused."""

from __future__ import annotations

import hashlib

import pytest

from samverkan.imports.domain import ImportRefused, prepare_import
from samverkan.imports.models import ImportedDocument
from samverkan.reader import ReaderError, read_bytes
from samverkan.reader.extract import extract
from tests.imports import files

pytestmark = pytest.mark.django_db

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def reader_refusal(content: bytes, filename: str) -> ReaderError:
    with pytest.raises(ReaderError) as raised:
        read_bytes(content, filename)
    return raised.value


def test_a_text_file_is_kept_byte_for_byte_with_the_reader_result(home_group, secretary):
    content = files.seed_bytes(0)
    document = prepare_import(group=home_group, filename="fvg.txt", content=content, user=secretary)
    document = ImportedDocument.objects.get(pk=document.pk)
    assert bytes(document.content) == content
    assert (document.size, document.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    assert (document.filename, document.content_type) == ("fvg.txt", "text/plain")
    assert (document.group, document.uploaded_by, document.status, document.meeting) == (
        home_group,
        secretary,
        ImportedDocument.Status.PENDING,
        None,
    )
    assert document.parsed == read_bytes(content, "fvg.txt").to_dict()
    assert document.source_text == content.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("build", "filename", "content_type"),
    [
        (files.pdf, "protokoll.pdf", "application/pdf"),
        (files.docx, "protokoll.docx", DOCX_TYPE),
    ],
)
def test_pdf_and_docx_are_read_and_kept(home_group, secretary, build, filename, content_type):
    content = build(files.seed_text(0))
    document = prepare_import(group=home_group, filename=filename, content=content, user=secretary)
    document.refresh_from_db()
    assert (bytes(document.content), document.content_type) == (content, content_type)
    assert document.parsed == read_bytes(content, filename).to_dict()
    assert document.source_text == "\f".join(
        page.replace("\r\n", "\n") for page in extract(content, filename).pages
    )
    assert "Mötet öppnades av Magnus Borgsten." in document.source_text


def test_a_browser_path_is_cut_to_the_file_name(home_group, secretary):
    document = prepare_import(
        group=home_group,
        filename="C:\\Protokoll\\fvg aug.txt",
        content=files.seed_bytes(1),
        user=secretary,
    )
    assert document.filename == "fvg aug.txt"


def test_nul_characters_are_dropped_from_text_but_kept_in_the_file(home_group, secretary):
    content = "1. Mötet öppnas\n\nMötet\x00 öppnades.\n".encode()
    document = prepare_import(group=home_group, filename="nul.txt", content=content, user=secretary)
    document.refresh_from_db()
    assert bytes(document.content) == content
    assert "\x00" not in document.source_text
    assert "\\u0000" not in str(document.parsed)


def test_a_too_large_file_is_refused_in_swedish(home_group, secretary, settings):
    settings.IMPORT_MAX_BYTES = 1024 * 1024
    content = b"x" * (1024 * 1024 + 1)
    with pytest.raises(ImportRefused) as raised:
        prepare_import(group=home_group, filename="stor.txt", content=content, user=secretary)
    assert raised.value.message == (
        "stor.txt: filen är för stor (1,0 MB). Största tillåtna storlek är 1,0 MB."
    )
    assert raised.value.message_en == (
        "stor.txt: the file is too large (1,0 MB). The largest allowed is 1,0 MB."
    )
    assert ImportedDocument.objects.count() == 0


def test_an_empty_file_is_refused(home_group, secretary):
    with pytest.raises(ImportRefused) as raised:
        prepare_import(group=home_group, filename="tom.pdf", content=b"", user=secretary)
    assert raised.value.message == "tom.pdf: filen är tom."
    assert ImportedDocument.objects.count() == 0


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("tabell.xlsx", b"PK\x03\x04 not really a spreadsheet"),
        ("trasig.pdf", b"%PDF-1.7\n this is not a pdf"),
        ("trasig.docx", b"PK\x03\x04 broken zip"),
        ("blank.txt", b"   \n\n  "),
    ],
)
def test_a_file_the_reader_refuses_is_refused_with_its_message(
    home_group, secretary, filename, content
):
    expected = reader_refusal(content, filename)
    with pytest.raises(ImportRefused) as raised:
        prepare_import(group=home_group, filename=filename, content=content, user=secretary)
    assert (raised.value.message, raised.value.message_en) == (
        expected.message,
        expected.message_en,
    )
    assert ImportedDocument.objects.count() == 0
