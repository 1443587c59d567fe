"""PDF protocols through PDFium (pypdfium2's library), page by page.

PDFium gives each page's text in reading order with "\\r\\n" line ends but no
blank lines. Paragraph spacing matters to the parser, so a line that sits
clearly further below the previous one than the page's usual line pitch gets
blank lines before it, like the text a person would copy out of the PDF.

A caller that owns its process (`samverkan parse`) may pass `spare_core`, asked
between pages whether another core is idle right now; if so, a forked helper
reads every other page of the rest from its copy of the loaded document. PDFium
runs one call at a time per process, and taking the text off the pages is most
of a long PDF's reading time (300 pages: a fifth faster).
"""

from __future__ import annotations

import marshal
import os
import re
import signal
from collections import Counter

from samverkan.reader.errors import CorruptFile, EmptyFile, EncryptedFile
from samverkan.reader.extract.columns import attendee_columns, may_hold_attendees

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Callable

SCAN_LETTERS = 3
LETTER = re.compile(r"[^\W\d_]")
MAX_BLANKS = 3
SPLIT_PAGES = 4  # pages left for a helper process to be worth its fork

Page = tuple[list[str], list[float | None]]  # a page's lines and the top of each


def extract_pdf(data: bytes, name: str, spare_core: Callable[[], bool] | None = None):
    from samverkan.reader.extract import Extracted

    if b"%PDF-" not in data[:1024]:
        raise _corrupt(name)
    read = _read_pages(data, name, spare_core)
    usual = _usual_pitch([tops for _, tops in read])
    pages = [_lines_with_gaps(lines, tops, usual) for lines, tops in read]
    if _without_text(pages):
        raise EmptyFile(
            f"{name}: PDF-filen innehåller ingen text; den verkar vara en inskannad bild utan text",
            f"{name}: the PDF contains no text; it seems to be a scanned image without text",
        )
    return Extracted("pdf", pages, len(pages))


def _without_text(pages: list[str]) -> bool:
    """A scan: no page with even a word of text (a page number at most)."""
    return all(len(LETTER.findall(page)) < SCAN_LETTERS for page in pages)


def _read_pages(data: bytes, name: str, spare_core: Callable[[], bool] | None) -> list[Page]:
    from samverkan.reader.extract.pdfium import LOCK, PASSWORD_ERRORS, Document, PdfError

    with LOCK:  # PDFium may only be called from one thread at a time
        try:
            document = Document(data)
        except PdfError as error:
            if error.code in PASSWORD_ERRORS:
                raise EncryptedFile(
                    f"{name}: PDF-filen är lösenordsskyddad och kan inte läsas",
                    f"{name}: the PDF is password-protected and cannot be read",
                ) from None
            raise _corrupt(name) from None
        with document:
            try:
                return _read_document(document, spare_core)
            except PdfError:
                raise _corrupt(name) from None


def _read_document(document, spare_core: Callable[[], bool] | None) -> list[Page]:
    count = len(document)
    pages: list[Page] = []
    for index in range(count):
        if spare_core and count - index >= SPLIT_PAGES and hasattr(os, "fork") and spare_core():
            return pages + _read_in_two(document, index, count)
        pages.append(_read_page(document, index))
    return pages


def _read_in_two(document, start: int, count: int) -> list[Page]:
    """Pages start… read by this process and a forked helper, every other page
    each. Should the helper fail, its pages are read here, so that errors are
    those of reading in one process."""
    helper_pages = range(start + 1, count, 2)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to spare after all
        os.close(read_end)
        os.close(write_end)
        return [_read_page(document, index) for index in range(start, count)]
    if pid == 0:  # the helper: read, send, leave without running any of the parent's code
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                marshal.dump([_read_page(document, index) for index in helper_pages], pipe)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    rest: list[Page | None] = [None] * (count - start)
    with os.fdopen(read_end, "rb") as pipe:
        try:
            rest[0::2] = [_read_page(document, index) for index in range(start, count, 2)]
            try:
                rest[1::2] = marshal.load(pipe)
            except (EOFError, ValueError):  # the helper failed or died
                rest[1::2] = [_read_page(document, index) for index in helper_pages]
        finally:
            os.kill(pid, signal.SIGKILL)  # done, or no longer needed
            os.waitpid(pid, 0)
    return rest


def _read_page(document, index: int) -> Page:
    textpage = document.textpage(index)
    try:
        text = textpage.get_text_range()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        starts = _line_starts(text, lines)
        tops = _line_tops(textpage, lines, starts)
        if may_hold_attendees(text):
            return attendee_columns(textpage, lines, tops, starts)
        return lines, tops
    finally:
        textpage.close()


def _line_starts(text: str, lines: list[str]) -> list[int]:
    """Each line's first character index in PDFium's text page."""
    separator = 2 if "\r\n" in text else 1
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + separator
    return starts


def _line_tops(textpage, lines: list[str], starts: list[int]) -> list[float | None]:
    """The top of each line's first visible character (None for empty lines)."""
    tops: list[float | None] = []
    for line, start in zip(lines, starts, strict=True):
        stripped = line.lstrip()
        if stripped:
            _, _, _, top = textpage.get_charbox(start + len(line) - len(stripped), loose=True)
            tops.append(top)
        else:
            tops.append(None)
    return tops


def _pitches(tops: list[float | None]) -> list[float]:
    known = [top for top in tops if top is not None]
    return [a - b for a, b in zip(known, known[1:], strict=False) if a > b]


def _usual_pitch(pages: list[list[float | None]]) -> float | None:
    """The distance between two wrapped lines of one paragraph: the smallest
    pitch that recurs (paragraph spacing and headings only make pitches larger)."""
    pitches = [round(p * 2) / 2 for tops in pages for p in _pitches(tops)]
    if len(pitches) < 2:
        return None
    counts = Counter(pitches)
    recurring = [p for p, n in counts.items() if n >= max(2, len(pitches) // 10)]
    return min(recurring) if recurring else _median(pitches)


def _median(values: list[float]) -> float:
    """statistics.median, without importing statistics (4 ms, before reading starts)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _lines_with_gaps(lines: list[str], tops: list[float | None], usual: float | None) -> str:
    if not usual:
        return "\n".join(lines)
    out: list[str] = []
    previous: float | None = None
    for line, top in zip(lines, tops, strict=True):
        if previous is not None and top is not None:
            out.extend([""] * _blanks(previous - top, usual))
        if top is not None:
            previous = top
        out.append(line)
    return "\n".join(out)


def _blanks(pitch: float, usual: float) -> int:
    if pitch < 0:
        return 1  # reading order jumped back up the page: a new column or block
    extra = pitch / usual - 1
    if extra < 0.3:
        return 0
    return min(MAX_BLANKS, max(1, round(extra)))


def _corrupt(name: str) -> CorruptFile:
    return CorruptFile(
        f"{name}: filen är ingen läsbar PDF (trasig eller felaktig)",
        f"{name}: the file is not a readable PDF (damaged or invalid)",
    )
