"""`samverkan parse` extracts in a child process: the same results, whatever happens to it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from samverkan.reader import cli as reader_cli
from samverkan.reader import read_file
from samverkan.reader.cli import main
from samverkan.reader.outline import outline
from tests.reader.builders import pdf_from_text
from tests.reader.test_cli import PROTOCOL


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    text = tmp_path / "protokoll.txt"
    text.write_text(PROTOCOL, encoding="utf-8")
    pdf = tmp_path / "protokoll.pdf"
    pdf.write_bytes(pdf_from_text(PROTOCOL))
    return [text, pdf]


def expected(files: list[Path]) -> list[dict]:
    return [read_file(path).to_dict() for path in files]


def test_without_fork_the_files_are_read_in_this_process(capsys, files, monkeypatch):
    monkeypatch.delattr(os, "fork")
    assert main([str(path) for path in files]) == 0
    assert json.loads(capsys.readouterr().out) == expected(files)


def test_when_fork_fails_the_files_are_read_in_this_process(capsys, files, monkeypatch):
    def fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", fork)
    assert main([str(path) for path in files]) == 0
    assert json.loads(capsys.readouterr().out) == expected(files)


def test_arguments_the_glance_cannot_read_are_left_to_argparse(capsys, files):
    assert reader_cli._files_at_a_glance([str(files[0]), "--format=text"]) == []
    assert main([str(files[0]), "--format=text"]) == 0
    assert capsys.readouterr().out == outline(read_file(files[0]))


def test_the_glance_reads_files_around_options():
    argv = ["a.pdf", "--format", "text", "b.txt", "--parties", "p.toml", "c.docx"]
    assert reader_cli._files_at_a_glance(argv) == ["a.pdf", "b.txt", "c.docx"]


def test_a_child_that_dies_gives_one_line_per_file_it_did_not_send(capsys, files, monkeypatch):
    monkeypatch.setattr(reader_cli, "_extract_file", lambda name: os._exit(3))
    code = main([str(path) for path in files])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err.splitlines() == [
        f"{path}: oväntat fel i läsaren (EOFError); filen kunde inte läsas / "
        f"{path}: unexpected error in the reader (EOFError); the file could not be read"
        for path in files
    ]


def test_bad_arguments_stop_the_child(files, monkeypatch):
    children = []
    close = reader_cli.Extraction.close

    def closing(extraction):
        children.append(extraction._child)
        close(extraction)

    monkeypatch.setattr(reader_cli.Extraction, "close", closing)
    with pytest.raises(SystemExit) as stopped:
        main([str(files[1]), "--format", "xml"])
    assert stopped.value.code == 2
    assert len(children) == 1 and children[0] is not None
    with pytest.raises(ChildProcessError):  # waited for: not even a zombie is left
        os.waitpid(children[0], os.WNOHANG)
