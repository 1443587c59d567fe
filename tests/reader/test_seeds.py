"""The four real seed protocols, read as text, as PDF and as DOCX, against the
structures written for them by reading the documents (fixtures/expected)."""

from __future__ import annotations

import io

import pytest

from samverkan.reader import parse_text, read_bytes
from tests.reader import builders
from tests.reader.seeds import (
    SEED_NAMES,
    comparable,
    differences,
    document_blocks,
    expected,
    seed_text,
)


def assert_same(actual: dict, wanted: dict) -> None:
    found = differences(comparable(actual), comparable(wanted))
    assert not found, "\n".join(found[:20])


def docx_from_blocks(blocks, *, numbering: bool) -> bytes:
    import docx

    document = docx.Document()
    numbers = builders._WordNumbering(document, blocks) if numbering else None
    for block in blocks:
        builders._add_block(document, block, numbers)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def links_in(blocks, wanted: dict) -> dict:
    """A built document holds only the links its text shows (not those a PDF export injected)."""
    text = "\n".join(line for block in blocks for line in block.lines)
    return {**wanted, "links": [url for url in wanted["links"] if url in text]}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_text_reads_as_written(name):
    protocol = parse_text(seed_text(name), f"{name}.txt").to_dict()
    assert_same(protocol, expected(name))
    assert protocol["source"] == {"filename": f"{name}.txt", "format": "txt", "pages": None}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_as_pdf_reads_back_the_same(name):
    blocks = document_blocks(name)
    protocol = read_bytes(builders.pdf_from_blocks(blocks), f"{name}.pdf").to_dict()
    assert_same(protocol, links_in(blocks, expected(name)))
    assert protocol["source"]["format"] == "pdf"
    assert protocol["source"]["pages"] >= 2


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("numbering", [False, True], ids=["typed-numbers", "word-numbering"])
def test_seed_as_docx_reads_back_the_same(name, numbering):
    blocks = document_blocks(name)
    data = docx_from_blocks(blocks, numbering=numbering)
    protocol = read_bytes(data, f"{name}.docx").to_dict()
    assert_same(protocol, links_in(blocks, expected(name)))
    assert protocol["source"]["format"] == "docx"


def warnings_of(name: str) -> list[str]:
    return parse_text(seed_text(name), f"{name}.txt").warnings


def test_protocol_without_a_date_says_which_dates_it_could_not_place():
    assert warnings_of("000_7748dd2bac12053a") == [
        "Datumet 'den 25 augusti' saknar år och mötets datum är okänt.",
        "Nästa mötes datum 'den 18 september' saknar år och mötets datum är okänt.",
        "Mötets datum hittades inte i dokumentet.",
    ]


def test_weekday_that_does_not_fit_the_date_is_reported():
    assert warnings_of("001_e1eb51f11e32d031") == [
        "Veckodagen i 'torsdagen den 15 januari' stämmer inte med 2024-01-15 "
        "(en måndag); datumet har behållits."
    ]


def test_participant_listed_twice_is_kept_once_with_a_warning():
    warnings = warnings_of("002_30aacebcac7eb697")
    assert "Maria Härenstam står flera gånger i deltagarlistan; en gång räcker." in warnings
    assert [w for w in warnings if "kunde inte tolkas" in w] == [
        "Raden 'Kanslienheten' i sidhuvudet kunde inte tolkas.",
        "Raden 'Avdelningen för administration och prevention stockholm.se' i sidhuvudet kunde inte tolkas.",
    ]


def test_complete_protocol_has_no_warnings():
    assert warnings_of("003_9ba086790e9c5e66") == []
