"""The protocol reader: PDF, DOCX and text files into structured protocols.

Plain Python with no Django import, in three layers: extract (bytes → pages of
text), clean (page furniture, hyphenation, injected links) and parse (fields).
See docs/reader.md for the conventions it follows.

Importing this package is cheap on purpose: `samverkan parse` starts a child
process that extracts a PDF before the clean and parse layers (and the model
and party list) are imported, so those load only when first needed.
"""

from __future__ import annotations

from samverkan.reader import native as _native
from samverkan.reader.errors import ReaderError

# The clean and parse layers compiled to C, when built from these very sources (native.py).
COMPILED = _native.use(__path__)

# typing.TYPE_CHECKING without importing typing (some 3 ms before a PDF's reading starts).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from samverkan.reader.extract import Extracted
    from samverkan.reader.model import Protocol
    from samverkan.reader.parties import PartyRegistry

__all__ = [
    "Protocol",
    "ReaderError",
    "PartyRegistry",
    "read_bytes",
    "read_extracted",
    "read_file",
    "parse_text",
]


def __getattr__(name: str):
    # `from samverkan.reader import Protocol, PartyRegistry` without importing them up front.
    if name == "Protocol":
        from samverkan.reader.model import Protocol

        return Protocol
    if name == "PartyRegistry":
        from samverkan.reader.parties import PartyRegistry

        return PartyRegistry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_bytes(data: bytes, filename: str, *, parties: PartyRegistry | None = None) -> Protocol:
    from samverkan.reader.extract import extract

    return read_extracted(extract(data, filename), filename, parties=parties)


def read_extracted(
    extracted: Extracted, filename: str, *, parties: PartyRegistry | None = None
) -> Protocol:
    """The clean and parse layers on what extract() gave for the file `filename`."""
    import os.path

    from samverkan.reader.clean import clean
    from samverkan.reader.model import Source
    from samverkan.reader.parse import parse
    from samverkan.reader.parties import PartyRegistry

    cleaned = clean(extracted.pages)
    source = Source(
        # os.path rather than pathlib: building a Path costs some 3 µs a file
        filename=os.path.basename(filename),
        format=extracted.format,
        pages=extracted.page_count,
    )
    return parse(cleaned, source=source, parties=parties or PartyRegistry.default())


def read_file(path: str | Path, *, parties: PartyRegistry | None = None) -> Protocol:
    from pathlib import Path

    path = Path(path)
    return read_bytes(path.read_bytes(), path.name, parties=parties)


def parse_text(
    text: str, filename: str = "protokoll.txt", *, parties: PartyRegistry | None = None
) -> Protocol:
    return read_bytes(text.encode("utf-8"), filename, parties=parties)
