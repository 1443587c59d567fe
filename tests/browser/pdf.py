"""A seed protocol as the PDF an administration would have exported, built with the
reader tests' Typst builder."""

from __future__ import annotations

from pathlib import Path

from tests.reader.builders import pdf_from_text

SEEDS = Path(__file__).resolve().parents[1] / "reader" / "fixtures" / "seeds"


def seed_text(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_pdf(name_prefix: str) -> bytes:
    return pdf_from_text(seed_text(name_prefix))
