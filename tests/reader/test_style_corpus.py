"""Forty-two protocols in styles the seeds do not show, each read by a person first.

tests/reader/fixtures/styles holds each protocol (text, PDF or Word), the person's
reading of it (NN.expected.md) and, in NN.json, every check of that reading the reader
meets: a participant's side and union, an item's statements, a figure's period. The
README there lists the checks it does not meet, and why. A check that once held and
fails now is a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samverkan.reader import read_bytes
from tests.reader.style_checks import view

STYLES = Path(__file__).parent / "fixtures" / "styles"
DOCUMENTS = sorted(p for p in STYLES.iterdir() if p.suffix in (".txt", ".pdf", ".docx"))


@pytest.mark.parametrize("document", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_style_reads_as_a_person_reads_it(document):
    checks = json.loads(document.with_suffix(".json").read_text("utf-8"))
    protocol = read_bytes(document.read_bytes(), document.name).to_dict()  # as the CLI prints it
    failed = {
        key: {"expected": expected, "got": got}
        for key, expected in checks.items()
        if (got := _comparable(key, view(protocol, key))) != expected
    }
    assert not failed, json.dumps(failed, ensure_ascii=False, indent=1)


def test_the_corpus_checks_what_matters():
    """Each protocol's checks cover its people and its items, not a handful of fields."""
    for document in DOCUMENTS:
        checks = json.loads(document.with_suffix(".json").read_text("utf-8"))
        assert "items" in checks and "participants" in checks, document.name
        assert len(checks) >= 40, document.name


def _comparable(key: str, value):
    if key.startswith("metrics:") and value:
        return [[name, float(number), unit, period] for name, number, unit, period in value]
    return value
