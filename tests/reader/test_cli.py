"""`samverkan parse FILE... [--format json|text] [--parties FILE]`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.reader import read_file
from samverkan.reader.cli import main
from samverkan.reader.outline import outline
from samverkan.reader.parties import DEFAULT_FILE, PartyRegistry
from tests.reader.builders import pdf_from_text

PROTOCOL = """Förvaltningsgrupp 2024-03-12

1. Mötets öppnande
Anna Berg öppnade mötet.

2. Övriga frågor
Kommunal undrar hur sommarens bemanning ser ut? Arbetsgivaren återkommer vid nästa möte.
"""


@pytest.fixture
def protocol(tmp_path: Path) -> Path:
    path = tmp_path / "protokoll.txt"
    path.write_text(PROTOCOL, encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_for_one_file_is_one_object(capsys, protocol):
    code, out, err = run(capsys, protocol)
    assert (code, err) == (0, "")
    assert json.loads(out) == read_file(protocol).to_dict()


def test_json_keeps_swedish_letters_and_is_indented(capsys, protocol):
    _, out, _ = run(capsys, protocol, "--format", "json")
    assert out == json.dumps(read_file(protocol).to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_json_for_several_files_is_a_list(capsys, protocol, tmp_path):
    pdf = tmp_path / "protokoll.pdf"
    pdf.write_bytes(pdf_from_text(PROTOCOL))
    code, out, _ = run(capsys, protocol, pdf)
    assert code == 0
    assert json.loads(out) == [read_file(protocol).to_dict(), read_file(pdf).to_dict()]


def test_text_format_prints_the_outline(capsys, protocol):
    code, out, err = run(capsys, protocol, "--format", "text")
    assert (code, err, out) == (0, "", outline(read_file(protocol)))


def test_unreadable_files_give_one_line_each_and_the_others_still_print(capsys, protocol, tmp_path):
    (tmp_path / "tom.txt").write_bytes(b"")
    (tmp_path / "gammal.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.7 trasig")
    (tmp_path / "trasig.docx").write_bytes(b"inte en zip")
    names = ["saknas.pdf", "tom.txt", "gammal.doc", "trasig.pdf", "trasig.docx"]
    code, out, err = run(capsys, *[tmp_path / name for name in names], protocol)
    assert code == 2
    assert json.loads(out) == [read_file(protocol).to_dict()]
    assert err.splitlines() == [
        f"{tmp_path / 'saknas.pdf'}: filen finns inte / {tmp_path / 'saknas.pdf'}: no such file",
        "tom.txt: filen är tom / tom.txt: the file is empty",
        "gammal.doc: äldre Word-format (.doc) kan inte läsas; spara protokollet som PDF (.pdf), "
        "Word (.docx) eller text (.txt) / gammal.doc: old Word format (.doc) cannot be read; "
        "save the protocol as PDF (.pdf), Word (.docx) or text (.txt)",
        "trasig.pdf: filen är ingen läsbar PDF (trasig eller felaktig) / "
        "trasig.pdf: the file is not a readable PDF (damaged or invalid)",
        "trasig.docx: filen är inget läsbart Word-dokument (.docx) / "
        "trasig.docx: the file is not a readable Word document (.docx)",
    ]


def test_a_single_unreadable_file_prints_nothing_on_stdout(capsys, tmp_path):
    code, out, err = run(capsys, tmp_path / "saknas.txt")
    assert (code, out) == (2, "")
    assert (
        err
        == f"{tmp_path / 'saknas.txt'}: filen finns inte / {tmp_path / 'saknas.txt'}: no such file\n"
    )


def test_a_directory_is_not_a_file(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path)
    assert (code, err) == (
        2,
        f"{tmp_path}: är en mapp, inte en fil / {tmp_path}: is a directory, not a file\n",
    )


def test_own_party_list_is_added_to_the_default(capsys, protocol, tmp_path):
    parties = tmp_path / "parter.toml"
    parties.write_text(
        '[[party]]\nname = "Journalistförbundet"\naliases = ["SJF"]\n', encoding="utf-8"
    )
    code, out, _ = run(capsys, protocol, "--parties", parties)
    registry = PartyRegistry.from_files(DEFAULT_FILE, parties)
    assert code == 0
    assert json.loads(out) == read_file(protocol, parties=registry).to_dict()


def test_unreadable_party_list_is_one_line_and_exit_2(capsys, protocol, tmp_path):
    parties = tmp_path / "parter.toml"
    parties.write_text("[[party]\nname = ", encoding="utf-8")
    code, out, err = run(capsys, protocol, "--parties", parties)
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert err.startswith(f"{parties}: partslistan kunde inte läsas (")


def test_command_reads_text_without_django_or_pdfium(protocol):
    # Start-up must stay fast: a text file needs neither Django nor PDFium.
    script = (
        "import sys\n"
        "from samverkan.cli import main\n"
        f"code = main(['parse', {str(protocol)!r}])\n"
        "print(code, 'django' in sys.modules, 'pypdfium2' in sys.modules, 'docx' in sys.modules,"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stderr == "0 False False False\n"


def test_installed_command_exits_2_without_traceback(tmp_path):
    command = Path(sys.executable).with_name("samverkan")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    result = subprocess.run(
        [str(command), "parse", str(tmp_path / "bild.png")], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "bild.png: filtypen .png kan inte läsas; spara protokollet som PDF (.pdf), Word (.docx) "
        "eller text (.txt) / bild.png: file type .png cannot be read; save the protocol as "
        "PDF (.pdf), Word (.docx) or text (.txt)\n"
    )


def test_output_cut_short_by_the_reader_is_no_error(protocol):
    command = Path(sys.executable).with_name("samverkan")
    process = subprocess.Popen(
        [str(command), "parse", *[str(protocol)] * 80],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.read(1) == b"["
    process.stdout.close()  # like `| head -c1`
    assert (process.wait(), process.stderr.read()) == (0, b"")
