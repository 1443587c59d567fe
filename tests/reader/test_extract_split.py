"""A long PDF read by two processes gives what one process reads, whatever happens to the helper."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from samverkan.reader import read_file
from samverkan.reader.cli import main
from samverkan.reader.extract import extract
from samverkan.reader.extract import pdf as pdf_module
from tests.reader.builders import blocks_with_table, pdf_from_blocks

SEEDS = sorted((Path(__file__).parent / "fixtures/seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    """The four seed protocols in one PDF, attendee tables and all (some twenty pages)."""
    blocks = [block for seed in SEEDS for block in blocks_with_table(seed.read_text("utf-8"))]
    return pdf_from_blocks(blocks)


def spare_from(page: int):
    """A spare core from the given page on (it is asked once before each page)."""
    asked = iter(range(10_000))
    return lambda: next(asked) >= page


def test_the_pdf_is_long_enough_to_split(long_pdf):
    assert extract(long_pdf, "p.pdf").page_count >= 2 * pdf_module.SPLIT_PAGES


@pytest.mark.parametrize("page", [0, 1, 6])
def test_reading_in_two_gives_the_pages_of_reading_in_one(long_pdf, page):
    assert extract(long_pdf, "p.pdf", spare_core=spare_from(page)) == extract(long_pdf, "p.pdf")


def test_a_helper_that_dies_leaves_its_pages_to_this_process(long_pdf, monkeypatch):
    this_process = os.getpid()
    read_page = pdf_module._read_page

    def dying_in_the_helper(document, index):
        if os.getpid() != this_process:
            os._exit(1)
        return read_page(document, index)

    expected = extract(long_pdf, "p.pdf")
    monkeypatch.setattr(pdf_module, "_read_page", dying_in_the_helper)
    assert extract(long_pdf, "p.pdf", spare_core=spare_from(0)) == expected


def test_without_a_process_to_spare_the_pages_are_read_here(long_pdf, monkeypatch):
    expected = extract(long_pdf, "p.pdf")

    def fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", fork)
    assert extract(long_pdf, "p.pdf", spare_core=spare_from(0)) == expected


def test_the_command_reads_a_long_pdf_as_the_reader_does(capsys, long_pdf, tmp_path):
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(long_pdf)
    assert main([str(path), str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == [read_file(path).to_dict()] * 2
