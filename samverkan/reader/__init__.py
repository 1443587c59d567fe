"""The protocol reader: PDF, DOCX and text files into structured protocols.

Plain Python with no Django import, in three layers: extract (bytes → pages of
text), clean (page furniture, hyphenation, injected links) and parse (fields).
See docs/reader.md for the conventions it follows.
"""

from __future__ import annotations

from pathlib import Path

from samverkan.reader.errors import ReaderError
from samverkan.reader.model import Protocol, Source
from samverkan.reader.parties import PartyRegistry

__all__ = ["Protocol", "ReaderError", "PartyRegistry", "read_bytes", "read_file", "parse_text"]


def read_bytes(data: bytes, filename: str, *, parties: PartyRegistry | None = None) -> Protocol:
    from samverkan.reader.clean import clean
    from samverkan.reader.extract import extract
    from samverkan.reader.parse import parse

    extracted = extract(data, filename)
    cleaned = clean(extracted.pages)
    source = Source(
        filename=Path(filename).name, format=extracted.format, pages=extracted.page_count
    )
    return parse(cleaned, source=source, parties=parties or PartyRegistry.default())


def read_file(path: str | Path, *, parties: PartyRegistry | None = None) -> Protocol:
    path = Path(path)
    return read_bytes(path.read_bytes(), path.name, parties=parties)


def parse_text(
    text: str, filename: str = "protokoll.txt", *, parties: PartyRegistry | None = None
) -> Protocol:
    return read_bytes(text.encode("utf-8"), filename, parties=parties)
