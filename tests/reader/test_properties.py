"""No input crashes or hangs the reader: it returns a protocol or raises ReaderError.

Every read runs under a 60-second alarm; that is a guard against hanging, not
a timing test.
"""

from __future__ import annotations

import io
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan.reader import ReaderError, parse_text, read_bytes
from samverkan.reader.model import Protocol
from tests.reader.builders import docx_from_text, pdf_from_text

LIMIT = 60
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FRAGMENTS = [
    "",
    " ",
    "1. Mötets öppnande",
    "§ 3",
    "§12 Övriga frågor",
    "5.1 Information",
    "Närvarande:",
    "Arbetsgivarrepresentanter",
    "Arbetstagarrepresentanter",
    "Kommunal: Anna Berg, Bo Ek",
    "Anna Berg, förvaltningschef, ordförande",
    "Justerare: Kommunal – Cecilia Falk",
    "Justeras (digitalt)",
    "Cecilia Falk för Kommunal (oenighet",
    "Kommunal undrar om arbetsgivaren återkommer?",
    "Arbetsgivaren svarade att frågan besvaras vid nästa förvaltningsgrupp.",
    "Sjukfrånvaron rullande 12 månader uppgick till 5,98% i juli 2023",
    "Nästa möte är den 18 september kl.9-11 i Prins Philip",
    "fredagen den 16 februari 2024 kl. 13.00 – 13:55",
    "verksamhets-",
    "SIP-",
    "planen",
    "https://edokmeetings.stockholm.se/",
    "1 (5)",
    "Sida 2 av 4",
    "::::::::::::",
    "att fastställa dagordningen",
    "-",
    "\f",
]


@contextmanager
def time_limit(seconds: int = LIMIT) -> Iterator[None]:
    def give_up(signum, frame):
        raise TimeoutError(f"the reader took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read(data: bytes, filename: str) -> Protocol | ReaderError:
    """The protocol, or the ReaderError; anything else fails the test."""
    with time_limit():
        try:
            protocol = read_bytes(data, filename)
        except ReaderError as error:
            assert error.message and error.message_en
            return error
    assert isinstance(protocol.to_dict(), dict)
    return protocol


@SETTINGS
@given(st.text())
def test_any_text_is_read(text):
    read(text.encode("utf-8"), "protokoll.txt")


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=80))
def test_any_protocol_like_text_is_read(lines):
    read("\n".join(lines).encode("utf-8"), "protokoll.txt")


@SETTINGS
@given(st.binary(), st.sampled_from(["p.txt", "p.pdf", "p.docx", "p.doc", "p"]))
def test_any_bytes_are_read_or_refused(data, filename):
    read(data, filename)


@SETTINGS
@given(st.binary(max_size=2000))
def test_bytes_behind_a_pdf_header_are_corrupt_or_read(data):
    read(b"%PDF-1.7\n" + data, "p.pdf")


@cache
def _sample_pdf() -> bytes:
    return pdf_from_text("1. Mötets öppnande\nAnna Berg öppnade mötet.\n2. Övriga frågor\nInga.")


@cache
def _sample_docx() -> bytes:
    return docx_from_text("1. Mötets öppnande\nAnna Berg öppnade mötet.", numbering=True)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=20))
def test_damaged_pdf_is_read_or_refused(flips):
    data = bytearray(_sample_pdf())
    for position, value in flips:
        data[position % len(data)] = value
    read(bytes(data), "skadad.pdf")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml"]),
    st.binary(max_size=500),
)
def test_docx_with_a_damaged_part_is_read_or_refused(part, content):
    source = zipfile.ZipFile(io.BytesIO(_sample_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == part else source.read(info))
    read(out.getvalue(), "skadad.docx")


# Lines of a protocol: known fragments mixed with arbitrary text.
protocol_lines = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS[:-1]),
        # U+FFFE and U+FFFF cannot be written into XML, so no DOCX can hold them.
        st.text(
            st.characters(
                codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
            ),
            max_size=60,
        ),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=10, deadline=None)
@given(protocol_lines)
def test_any_text_made_into_a_pdf_is_read(lines):
    read(pdf_from_text("\n".join(lines), hyphenate=True), "protokoll.pdf")


def test_a_single_ten_megabyte_line_is_read():
    line = ("Arbetsgivaren informerade om verksamheten " * 250_000)[:10_000_000]
    assert isinstance(read(line.encode(), "lång.txt"), Protocol)


def test_ten_megabytes_of_column_gaps_are_read():
    """Tabs and runs of spaces are where a text file's tables are looked for."""
    under_names = "Namn\tFunktion\n" + "\t".join(["ord"] * 2_000_000)
    for text in (
        "Namn\tFunktion " * 700_000,
        "a    " * 2_000_000,
        "Namn   Roll\n" * 800_000,
        under_names,
    ):
        assert isinstance(read(text.encode(), "kolumner.txt"), Protocol)


def test_a_long_comma_list_that_ends_in_a_sentence_is_read():
    """A line of names and commas is tried as a signature line; ending in a full stop it
    is none, and finding that out must not take time that doubles with every comma."""
    text = "1. Övrigt\nAnna Berg" + ", tack" * 40 + ".\n"
    assert read(text.encode(), "komman.txt").items[0].text.endswith("tack.")


def test_a_sentence_that_chains_thousands_of_speakers_is_read():
    """Each "och" before another speaker starts a clause: thousands of them once took a
    recursion each (RecursionError as Python) and time that grew with their square."""
    chain = " och ".join(["Kommunal frågar om schemat", "Vision undrar om lönerna"] * 10_000)
    protocol = read(f"1. Övriga frågor\n{chain}.\n".encode(), "kedja.txt")
    statements = protocol.items[0].statements
    assert [s.party for s in statements[:3]] == ["Kommunal", "Vision", "Kommunal"]
    assert statements[-1].text.endswith("lönerna.")


def test_numbering_hundreds_deep_is_read():
    deep = [".".join(["1"] * depth) + " Rubrik" for depth in range(1, 400)]
    assert isinstance(read("\n".join(deep).encode(), "djup.txt"), Protocol)
    one_line = ".".join(["1"] * 500) + ". Rubrik\nText."
    assert isinstance(read(one_line.encode(), "djup.txt"), Protocol)


def test_thousands_of_blank_lines_are_read():
    text = "1. Mötets öppnande" + "\n" * 5000 + "Text." + "\n \n" * 5000 + "2. Slut"
    assert isinstance(read(text.encode(), "tomrum.txt"), Protocol)


@settings(max_examples=20, deadline=None)
@given(protocol_lines, st.booleans())
def test_any_text_made_into_a_docx_is_read(lines, numbering):
    text = "\n".join(lines)
    read(docx_from_text(text, numbering=numbering, attendee_table=True), "protokoll.docx")


def test_thousands_of_rows_that_look_like_periods_are_read():
    # A table that fails is passed over whole, not tried again from each of its lines.
    text = "1. Nyckeltal\n" + "Nyckeltal   2022   2023\n" * 20_000 + "Källa   ja   nej\n"
    with time_limit():
        assert parse_text(text).items[0].number == "1"
