"""A seed protocol as a PDF, the way an administration would have exported it.

Uses the reader tests' Typst builder when it exists; otherwise a minimal Typst
document with one source line per output line.
"""

from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "reader" / "fixtures" / "seeds"

TEMPLATE = """
#set page(paper: "a4", margin: 2cm)
#set text(lang: "sv", size: 11pt)
#let lines = json(bytes(sys.inputs.lines))
#for line in lines [
  #if line.trim() == "" [#v(0.6em)] else [#line \\ ]
]
"""


def seed_text(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_pdf(name_prefix: str) -> bytes:
    text = seed_text(name_prefix)
    try:
        from tests.reader import builders
    except ImportError:
        builders = None
    if builders is not None and hasattr(builders, "pdf_from_text"):
        return builders.pdf_from_text(text)
    import typst

    lines = json.dumps([line.rstrip() for line in text.splitlines()])
    return typst.compile(TEMPLATE.encode(), format="pdf", sys_inputs={"lines": lines})
