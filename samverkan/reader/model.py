"""The structured protocol: the data classes behind `samverkan.protocol/1`.

The JSON contract lives in docs/protocol-json.md. Every field is always present;
unknown scalars are None and unknown lists are empty. Fields may be added, never
renamed or dropped without a new schema version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# typing.TYPE_CHECKING without importing typing: `samverkan parse` should start fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SCHEMA = "samverkan.protocol/1"

EMPLOYER = "Arbetsgivaren"

# Each class has a docstring: without one, @dataclass writes one from
# inspect.signature(), a quarter of the time it takes to make the class.


@dataclass
class Source:
    """The file the protocol was read from."""

    filename: str
    format: str  # "txt" | "pdf" | "docx"
    pages: int | None = None


@dataclass
class Participant:
    """A person at the meeting (or listed as absent)."""

    name: str
    side: str  # "employer" | "employee" | "other"
    party: str | None = None
    role: str | None = None
    present: bool = True


@dataclass
class Adjuster:
    """A person chosen to adjust (justera) the protocol."""

    name: str
    party: str | None = None


@dataclass
class Adjustment:
    """When and how the protocol is adjusted."""

    date: str | None = None
    digital: bool | None = None
    comments_due: str | None = None
    validation_url: str | None = None  # where a signed PDF's authenticity is checked


@dataclass
class Statement:
    """What a party said in an item."""

    party: str
    kind: str  # question | answer | information | opinion | disagreement | request
    text: str


@dataclass
class FollowUp:
    """Something deferred: who comes back to it, and when."""

    text: str
    owner: str | None = None
    due: str | None = None


@dataclass
class Metric:
    """A known indicator with its value."""

    name: str
    value: float
    unit: str
    period: str | None = None


@dataclass
class MblPart:
    """The part of an item under one MBL paragraph."""

    mbl: str  # "§11" | "§19"
    text: str


@dataclass
class Item:
    """An agenda item (paragraph), with its sub-items."""

    number: str
    title: str
    text: str = ""
    mbl: str | None = None
    statements: list[Statement] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    mbl_parts: list[MblPart] = field(default_factory=list)


@dataclass
class NextMeeting:
    """When and where the next meeting is."""

    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    remote: str | None = None


@dataclass
class Signature:
    """A name in the signature block."""

    name: str
    party: str | None = None
    note: str | None = None
    role: str | None = None


@dataclass
class Protocol:
    """A whole protocol: the `samverkan.protocol/1` structure."""

    source: Source
    organisation: str | None = None
    body: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    remote: str | None = None
    participants: list[Participant] = field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None
    adjusters: list[Adjuster] = field(default_factory=list)
    adjustment: Adjustment = field(default_factory=Adjustment)
    items: list[Item] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    signatures: list[Signature] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        ordered = {"schema": data.pop("schema")}
        ordered.update(data)
        return ordered

    def all_items(self) -> list[Item]:
        """Every item, sub-items included, in document order."""
        found: list[Item] = []
        stack = list(reversed(self.items))
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(reversed(item.items))
        return found


def _plain(value: Any) -> Any:
    """dataclasses.asdict for the model's values, four times as fast: they are
    dataclasses, lists and immutable scalars, so nothing needs its deep copy."""
    if isinstance(value, list):
        return [_plain(element) for element in value]
    if isinstance(value, dict):
        return {key: _plain(element) for key, element in value.items()}
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None:
        return value
    return {name: _plain(getattr(value, name)) for name in fields}


def protocol_from_dict(data: dict[str, Any]) -> Protocol:
    """Rebuild a Protocol from its JSON form (as stored with an import)."""

    def item(d: dict[str, Any]) -> Item:
        return Item(
            number=d["number"],
            title=d["title"],
            text=d.get("text", ""),
            mbl=d.get("mbl"),
            statements=[Statement(**s) for s in d.get("statements", [])],
            follow_ups=[FollowUp(**f) for f in d.get("follow_ups", [])],
            decisions=list(d.get("decisions", [])),
            metrics=[Metric(**m) for m in d.get("metrics", [])],
            items=[item(sub) for sub in d.get("items", [])],
            mbl_parts=[MblPart(**p) for p in d.get("mbl_parts", [])],
        )

    next_meeting = data.get("next_meeting")
    return Protocol(
        source=Source(**data["source"]),
        organisation=data.get("organisation"),
        body=data.get("body"),
        date=data.get("date"),
        start_time=data.get("start_time"),
        end_time=data.get("end_time"),
        location=data.get("location"),
        remote=data.get("remote"),
        participants=[Participant(**p) for p in data.get("participants", [])],
        chair=data.get("chair"),
        secretary=data.get("secretary"),
        adjusters=[Adjuster(**a) for a in data.get("adjusters", [])],
        adjustment=Adjustment(**data.get("adjustment") or {}),
        items=[item(i) for i in data.get("items", [])],
        next_meeting=NextMeeting(**next_meeting) if next_meeting else None,
        signatures=[Signature(**s) for s in data.get("signatures", [])],
        links=list(data.get("links", [])),
        warnings=list(data.get("warnings", [])),
    )
