"""import_file (read and store at once) and discard_import."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan.audit.models import ChangeRecord
from samverkan.imports.domain import (
    DuplicateMeeting,
    ImportRefused,
    confirm_import,
    discard_import,
    import_file,
)
from samverkan.imports.models import ImportedDocument
from samverkan.meetings.models import Meeting
from samverkan.reader import read_bytes
from tests import factories
from tests.imports import files
from tests.imports.protocols import pending

pytestmark = pytest.mark.django_db


def test_import_file_stores_the_meeting_and_the_file(home_group):
    content = files.seed_bytes(0)
    meeting = import_file(group=home_group, filename="fvg.txt", content=content)
    protocol = read_bytes(content, "fvg.txt")
    document = ImportedDocument.objects.get()
    assert (document.meeting, document.status, bytes(document.content)) == (
        meeting,
        ImportedDocument.Status.CONFIRMED,
        content,
    )
    assert (meeting.group, meeting.status) == (home_group, Meeting.Status.IMPORTED)
    assert meeting.items.count() == len(protocol.all_items())
    assert ChangeRecord.objects.get().user is None


def test_import_file_leaves_nothing_when_the_meeting_is_a_duplicate(home_group):
    content = files.seed_bytes(1)
    import_file(group=home_group, filename="a.txt", content=content)
    with pytest.raises(DuplicateMeeting):
        import_file(group=home_group, filename="a.txt", content=content)
    assert (ImportedDocument.objects.count(), Meeting.objects.count()) == (1, 1)


def test_import_file_imports_a_duplicate_when_allowed(home_group):
    content = files.seed_bytes(1)
    import_file(group=home_group, filename="a.txt", content=content)
    import_file(group=home_group, filename="a.txt", content=content, allow_duplicate=True)
    assert Meeting.objects.count() == 2


def test_import_file_refuses_an_unreadable_file(home_group):
    with pytest.raises(ImportRefused):
        import_file(group=home_group, filename="x.pdf", content=b"%PDF-broken")
    assert (ImportedDocument.objects.count(), Meeting.objects.count()) == (0, 0)


@pytest.mark.parametrize("build", [files.pdf, files.docx])
def test_import_file_reads_pdf_and_docx(home_group, build):
    content = build(files.seed_text(0))
    meeting = import_file(
        group=home_group,
        filename="fvg." + ("pdf" if build is files.pdf else "docx"),
        content=content,
    )
    assert meeting.items.filter(title="Mötet öppnas").count() == 1


def test_discard_drops_the_content_and_keeps_a_trace(home_group, secretary):
    document = pending(home_group)
    discard_import(document=document, user=secretary)
    document.refresh_from_db()
    assert (document.status, bytes(document.content), document.source_text, document.parsed) == (
        ImportedDocument.Status.DISCARDED,
        b"",
        "",
        {},
    )
    assert document.filename == "fvg-2023-08-23.txt"


def test_a_discarded_document_cannot_be_confirmed(home_group, secretary):
    document = pending(home_group)
    discard_import(document=document, user=secretary)
    with pytest.raises(ImportRefused) as raised:
        confirm_import(document=document, user=secretary)
    assert raised.value.message == "fvg-2023-08-23.txt har förkastats och kan inte importeras."
    assert Meeting.objects.count() == 0


def test_a_confirmed_document_cannot_be_discarded(home_group, secretary):
    document = pending(home_group)
    meeting = confirm_import(document=document, user=secretary)
    with pytest.raises(ImportRefused):
        discard_import(document=document, user=secretary)
    document.refresh_from_db()
    assert (document.status, document.meeting) == (ImportedDocument.Status.CONFIRMED, meeting)


def test_duplicates_found_for_review(home_group, secretary):
    from samverkan.imports.domain import review

    existing = factories.meeting(home_group, date=dt.date(2023, 8, 23))
    result = review(pending(home_group))
    assert result.duplicates == [existing]
    assert [(item.number, depth) for item, depth in result.items] == [
        ("1", 0),
        ("2", 0),
        ("5", 0),
        ("5.1", 1),
        ("6", 0),
        ("6.1", 1),
        ("7", 0),
        ("8", 0),
        ("9", 0),
    ]
    assert [(str(label), [p.name for p in people]) for label, people in result.participants] == [
        ("arbetsgivare", ["Magnus Borgsten", "Caroline Seidefors"]),
        ("arbetstagare", ["Irene Holm", "Carin Trygg Monvall", "Malin Danhard", "Monika Marek"]),
    ]
    assert result.new_parties == []
    assert result.pages == ["Protokoll", " sida två"]


def test_review_names_the_parties_an_import_would_create(home_group):
    from samverkan.imports.domain import review
    from tests.imports.protocols import full, participant

    data = full(
        participants=[
            participant("Bo Ek", "employee", "Brandfacket"),
            participant("Eva Al", "employer", "Förvaltningen"),
        ]
    )
    assert review(pending(home_group, data)).new_parties == ["Brandfacket"]
