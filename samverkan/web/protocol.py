"""Shape a meeting's rows for the protocol page: the item tree and the sides present."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from samverkan.meetings.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    Meeting,
    Metric,
    Statement,
)
from samverkan.organisations.models import Party

# h1 is the protocol, h2 its sections, h3 the items; sub-items go deeper but never past h6.
ITEM_HEADING_LEVEL = 3


def item_tree(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """Top-level items with `sub_items` and `heading_level` set, in protocol order."""
    items = list(items)
    children: dict[int | None, list[AgendaItem]] = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)
    known = {item.pk for item in items}
    # An item whose parent is missing is shown at the top rather than lost.
    roots = [item for item in items if item.parent_id is None or item.parent_id not in known]
    for root in roots:
        _attach(root, children, ITEM_HEADING_LEVEL)
    return roots


def attach(items: Iterable[AgendaItem], name: str, rows: Iterable, key: str = "item_id") -> None:
    """Set `name` on each item to its rows: one query for the whole protocol, no per-item querysets."""
    by_item: dict[int, list] = {}
    for row in rows:
        by_item.setdefault(getattr(row, key), []).append(row)
    for item in items:
        setattr(item, name, by_item.get(item.pk, []))


def _attach(item: AgendaItem, children: dict, level: int) -> None:
    item.heading_level = min(level, 6)
    item.sub_items = children.get(item.pk, [])
    for child in item.sub_items:
        _attach(child, children, level + 1)


@dataclass
class Block:
    """A paragraph of an item's text and the statements that begin in it."""

    text: str
    statements: list = field(default_factory=list)


def _key(text: str) -> str:
    return " ".join(text.split())[:40]


def text_blocks(text: str, statements: list) -> tuple[list[Block], list]:
    """The item's paragraphs with each statement tagged where it begins.

    The protocol then reads once, as written, with party labels in place of a
    second copy of every statement. Statements the text does not hold (a
    question that is the item's heading) are returned apart.
    """
    blocks = [Block(part) for part in text.split("\n\n") if part.strip()]
    flat = [" ".join(block.text.split()) for block in blocks]
    apart: list = []
    start = 0
    for statement in statements:
        key = _key(statement.text)
        found = next((i for i in range(start, len(blocks)) if key in flat[i]), None)
        if found is None:
            found = next((i for i in range(len(blocks)) if key in flat[i]), None)
        if found is None:
            apart.append(statement)
            continue
        blocks[found].statements.append(statement)
        start = found
    return blocks, apart


@dataclass
class Side:
    """One party's people at the meeting: who was there and who had sent apologies."""

    party: Party
    present: list[Attendance] = field(default_factory=list)
    absent: list[Attendance] = field(default_factory=list)


def sides(attendances: Iterable[Attendance]) -> list[Side]:
    """Attendance per party, the employer first, then the unions by name."""
    by_party: dict[int, Side] = {}
    for row in attendances:
        side = by_party.setdefault(row.party_id, Side(party=row.party))
        if row.status == Attendance.Status.ABSENT:
            side.absent.append(row)
        else:
            side.present.append(row)
    return sorted(by_party.values(), key=lambda s: (not s.party.is_employer, s.party.name))


class ProtocolBody:
    """The protocol's rows, read only when the page's cached copy is missing or stale."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting

    @cached_property
    def sides(self) -> list[Side]:
        return sides(self.meeting.attendances.select_related("person", "party"))

    @cached_property
    def items(self) -> list[AgendaItem]:
        """The item tree with statements, follow-ups, decisions and figures, in five queries."""
        items = list(self.meeting.items.all())
        in_meeting = {"item__meeting": self.meeting}
        statements = Statement.objects.filter(**in_meeting).select_related("party")
        attach(items, "statement_list", statements)
        attach(items, "decision_list", Decision.objects.filter(**in_meeting))
        attach(items, "metric_list", Metric.objects.filter(**in_meeting))
        follow_ups = FollowUp.objects.filter(raised_at__meeting=self.meeting)
        follow_ups = follow_ups.select_related("owner_party", "owner_person")
        attach(items, "follow_up_list", follow_ups, key="raised_at_id")
        for item in items:
            item.blocks, item.statements_apart = text_blocks(item.text, item.statement_list)
        return item_tree(items)

    @cached_property
    def adjusters(self) -> list:
        return list(self.meeting.adjusters.select_related("person", "party"))

    @cached_property
    def signatures(self) -> list:
        return list(self.meeting.signatures.select_related("party"))

    @cached_property
    def attachments(self) -> list:
        return list(self.meeting.attachments.all())
