"""Extract: a file's bytes into pages of text lines.

One module per format; each is imported only when a file of that format comes,
so that reading a text file never loads the PDF or Word libraries.
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import PurePath

from samverkan.reader.errors import EmptyFile, UnsupportedFormat

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Callable

TEXT_SUFFIXES = (".txt", ".text", "")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc, .xls and .msg files
SUPPORTED_SV = "PDF (.pdf), Word (.docx) eller text (.txt)"
SUPPORTED_EN = "PDF (.pdf), Word (.docx) or text (.txt)"
# Formats people do send, with the advice that fits each.
KNOWN_OTHER = {
    ".doc": ("äldre Word-format (.doc)", "old Word format (.doc)"),
    ".odt": ("OpenDocument-text (.odt)", "OpenDocument text (.odt)"),
    ".rtf": ("RTF", "RTF"),
}


# What extract() gives: `format` "txt" | "pdf" | "docx"; `pages`, each page's text
# with lines separated by "\n"; `page_count` (None for
# DOCX and for text without page breaks).
# A named tuple rather than a dataclass: importing dataclasses takes some 9 ms,
# and `samverkan parse` extracts in a child process that should reach PDFium soon.
Extracted = namedtuple("Extracted", "format pages page_count")


def extract(
    data: bytes, filename: str, *, spare_core: Callable[[], bool] | None = None
) -> Extracted:
    """`spare_core`, for callers that own their process: asked between a PDF's
    pages whether another core is idle now, to read the rest in two processes
    (see extract/pdf.py)."""
    name, suffix = _name_and_suffix(filename)
    kind = _format(data, suffix.lower(), name)
    if not data or data.isspace():  # isspace() stops at the first other byte; strip() copies
        raise EmptyFile(f"{name}: filen är tom", f"{name}: the file is empty")
    if kind == "pdf":
        from samverkan.reader.extract.pdf import extract_pdf

        return extract_pdf(data, name, spare_core)
    if kind == "docx":
        from samverkan.reader.extract.docx import extract_docx

        return extract_docx(data, name)
    # "import ... as" finds a loaded module quicker than "from ... import".
    import samverkan.reader.extract.text as text

    return text.extract_text(data, name)


def _name_and_suffix(filename: str) -> tuple[str, str]:
    """The file's name without its folders, and its suffix, as PurePath reads them.

    A bare file name, the usual case, is taken as it is: PurePath's parsing
    costs as much as reading a short text.
    """
    if "/" in filename or "\\" in filename or ":" in filename:  # folders, or a Windows drive
        path = PurePath(filename)
        return path.name or filename, path.suffix
    dot = filename.rfind(".")
    return filename, filename[dot:] if 0 < dot < len(filename) - 1 else ""


def _format(data: bytes, suffix: str, name: str) -> str:
    if data[:8] == OLE and suffix in (".docx", ".txt", ".text", ""):
        # An old Word file renamed (or saved without its suffix): say what it really is.
        raise _unsupported(".doc", name)
    if suffix in (".txt", ".text", "") and data.lstrip()[:5] == b"%PDF-":
        return "pdf"  # a PDF without its suffix, e.g. from a mail attachment
    if suffix == "" and data[:4] == b"PK\x03\x04":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    raise _unsupported(suffix, name)


def _unsupported(suffix: str, name: str) -> UnsupportedFormat:
    what_sv, what_en = KNOWN_OTHER.get(suffix, (f"filtypen {suffix}", f"file type {suffix}"))
    return UnsupportedFormat(
        f"{name}: {what_sv} kan inte läsas; spara protokollet som {SUPPORTED_SV}",
        f"{name}: {what_en} cannot be read; save the protocol as {SUPPORTED_EN}",
    )
