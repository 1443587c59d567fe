"""Plain-text protocols in whatever encoding the secretary's tool saved them."""

from __future__ import annotations

import codecs
import re

from samverkan.reader.errors import EmptyFile
from samverkan.reader.extract import Extracted
from samverkan.reader.extract.tables import plain_tables

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Windows-1252 punctuation from 0x80-0x9F wedged between letters is how Swedish
# text saved by DOS (cp850) or old Macs (Mac Roman) looks when read as cp1252:
# "k„r" for "kär". Such text goes to charset-normalizer instead.
MISREAD_1252 = re.compile(r"[^\W\d_][€‚ƒ„†‡ˆ‰Š‹ŒŽ‘“”•˜™š›œžŸ][^\W\d_]")


LEGACY = ("cp850", "mac_roman", "cp437", "latin-1")
SWEDISH_LETTERS = re.compile("[åäöÅÄÖé]")
ODD_IN_WORD = re.compile(r"[^\W\d_][^\w\s\-'’.,:;/()&+*%]+[^\W\d_]")


def extract_text(data: bytes, name: str) -> Extracted:
    text = decode(data)
    if not text or text.isspace():  # isspace() stops at the first letter; strip() copies
        raise EmptyFile(f"{name}: filen är tom", f"{name}: the file is empty")
    # split() walks the text slowly even when there is nothing to split at; "in" is quick.
    pages = text.split("\f") if "\f" in text else [text]
    pages = [plain_tables(page) for page in pages]
    return Extracted("txt", pages, len(pages) if len(pages) > 1 else None)


def decode(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if not MISREAD_1252.search(text):
            return text
    except UnicodeDecodeError:
        pass  # bytes undefined in cp1252 (0x81, 0x8D ...): Latin-1 or something else
    return _legacy_swedish(data) or _guess(data)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\0" not in sample:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _legacy_swedish(data: bytes) -> str | None:
    """Text from DOS (cp850, cp437) or old Macs: the reading with most Swedish letters
    and no odd symbol inside a word."""
    best, best_score = None, 0
    for encoding in LEGACY:
        text = data.decode(encoding, errors="replace")
        score = len(SWEDISH_LETTERS.findall(text)) - 5 * len(ODD_IN_WORD.findall(text))
        if score > best_score:
            best, best_score = text, score
    return best


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("latin-1")
