"""Extract: a file's bytes into pages of text lines. (Stub: text files only.)"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from samverkan.reader.errors import EmptyFile, UnsupportedFormat


@dataclass
class Extracted:
    format: str  # "txt" | "pdf" | "docx"
    pages: list[str]  # each page's text, lines separated by "\n"
    page_count: int | None


def extract(data: bytes, filename: str) -> Extracted:
    suffix = PurePath(filename).suffix.lower()
    if suffix not in (".txt", ".text", ""):
        raise UnsupportedFormat(
            f"{filename}: filtypen stöds inte", f"{filename}: unsupported file type"
        )
    text = data.decode("utf-8", errors="replace")
    if not text.strip():
        raise EmptyFile(f"{filename}: filen är tom", f"{filename}: the file is empty")
    return Extracted("txt", text.split("\f"), None)
