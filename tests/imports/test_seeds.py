"""Every seed protocol, read by the real reader, is stored with all that was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.imports.domain import import_file
from samverkan.meetings.models import Decision, FollowUp, Metric, Statement
from samverkan.organisations.models import normalise_name
from samverkan.reader import read_bytes
from tests.imports import files

pytestmark = pytest.mark.django_db


STYLES = Path(__file__).parent.parent / "reader" / "fixtures" / "styles"
STYLE_DOCUMENTS = sorted(p for p in STYLES.iterdir() if p.suffix in (".txt", ".pdf", ".docx"))


@pytest.mark.parametrize("index", range(4))
def test_a_seed_is_stored_row_for_row(home_group, index):
    assert_stored_row_for_row(home_group, files.seed_bytes(index), "seed.txt")


@pytest.mark.parametrize("document", STYLE_DOCUMENTS, ids=[p.stem for p in STYLE_DOCUMENTS])
def test_a_protocol_in_another_style_is_stored_row_for_row(home_group, document):
    assert_stored_row_for_row(home_group, document.read_bytes(), document.name)


def assert_stored_row_for_row(home_group, content: bytes, filename: str) -> None:
    protocol = read_bytes(content, filename)
    items = protocol.all_items()
    meeting = import_file(group=home_group, filename=filename, content=content)
    stored = {
        "items": meeting.items.count(),
        "attendances": meeting.attendances.count(),
        "adjusters": meeting.adjusters.count(),
        "signatures": meeting.signatures.count(),
        "statements": Statement.objects.filter(item__meeting=meeting).count(),
        "decisions": Decision.objects.filter(item__meeting=meeting).count(),
        "follow_ups": FollowUp.objects.filter(raised_at__meeting=meeting).count(),
        "metrics": Metric.objects.filter(item__meeting=meeting).count(),
    }
    assert stored == {
        "items": len(items),
        "attendances": len({normalise_name(p.name) for p in protocol.participants}),
        "adjusters": len({normalise_name(a.name) for a in protocol.adjusters}),
        "signatures": len(protocol.signatures),
        "statements": sum(len(i.statements) for i in items),
        "decisions": sum(len([d for d in i.decisions if d.strip()]) for i in items),
        "follow_ups": sum(len(i.follow_ups) for i in items),
        "metrics": sum(len(i.metrics) for i in items),
    }
    assert [i.title for i in meeting.items.all()] == [i.title for i in items]
    assert meeting.warnings[: len(protocol.warnings)] == protocol.warnings
    assert (meeting.date.isoformat() if meeting.date else None) == protocol.date
