"""Shape a meeting's rows for the protocol page: the item tree and the sides present."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from samverkan.meetings.models import AgendaItem, Attendance
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


def _attach(item: AgendaItem, children: dict, level: int) -> None:
    item.heading_level = min(level, 6)
    item.sub_items = children.get(item.pk, [])
    for child in item.sub_items:
        _attach(child, children, level + 1)


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
