"""Real protocol files for import tests: the seeds as text, PDF and DOCX."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).parent.parent / "reader" / "fixtures" / "seeds"


def seed_text(index: int = 0) -> str:
    return sorted(SEEDS.glob("*.txt"))[index].read_text(encoding="utf-8")


def seed_bytes(index: int = 0) -> bytes:
    return sorted(SEEDS.glob("*.txt"))[index].read_bytes()


def pdf(text: str) -> bytes:
    """A real PDF of the text, made with Typst (through the reader tests' builder)."""
    from tests.reader.builders import pdf_from_text

    return pdf_from_text(text)


def docx(text: str) -> bytes:
    """A real Word file of the text, made with python-docx."""
    from tests.reader.builders import docx_from_text

    return docx_from_text(text)
