"""A protocol as a short outline for a person: `samverkan parse FILE --format text`."""

from __future__ import annotations

from samverkan.reader.model import Item, Participant, Protocol

KINDS = {
    "question": "fråga",
    "answer": "svar",
    "information": "information",
    "opinion": "synpunkt",
    "disagreement": "oenighet",
    "request": "begäran",
}
SIDES = {"employer": "Arbetsgivare", "employee": "Arbetstagare", "other": "Övriga"}
PREVIEW = 160


def outline(protocol: Protocol) -> str:
    lines = _header(protocol) + _participants(protocol) + _adjustment(protocol)
    for item in protocol.items:
        lines.append("")
        lines.extend(_item(item, ""))
    lines.extend(_closing(protocol))
    return "\n".join(lines).rstrip() + "\n"


def _join(*parts: str | None, sep: str = " · ") -> str:
    return sep.join(part for part in parts if part)


def _header(p: Protocol) -> list[str]:
    pages = f", {p.source.pages} sidor" if p.source.pages else ""
    times = _join(p.start_time, p.end_time, sep="–")
    lines = [f"{p.source.filename} ({p.source.format}{pages})"]
    lines.append(_join(p.organisation, p.body, p.date, times) or "(okänt möte)")
    if p.location or p.remote:
        lines.append(f"Plats: {_join(p.location, p.remote, sep=', ')}")
    if p.chair or p.secretary:
        chair = f"Ordförande: {p.chair}" if p.chair else None
        secretary = f"Sekreterare: {p.secretary}" if p.secretary else None
        lines.append(_join(chair, secretary, sep="   "))
    return lines


def _participants(p: Protocol) -> list[str]:
    lines: list[str] = []
    for side, label in SIDES.items():
        people = [person for person in p.participants if person.side == side]
        if people:
            lines += ["", label] + [f"  {_person(person)}" for person in people]
    return lines


def _person(person: Participant) -> str:
    text = _join(person.name, person.role, person.party, sep=", ")
    return text if person.present else f"{text} (frånvarande)"


def _adjustment(p: Protocol) -> list[str]:
    lines: list[str] = []
    if p.adjusters:
        names = ", ".join(
            _join(a.name, f"({a.party})" if a.party else None, sep=" ") for a in p.adjusters
        )
        lines += ["", f"Justerare: {names}"]
    a = p.adjustment
    digital = "digital" if a.digital else None
    comments = f"synpunkter senast {a.comments_due}" if a.comments_due else None
    if a.date or digital or comments:
        lines.append(f"Justering: {_join(a.date, digital, comments, sep=', ')}")
    return lines


def _item(item: Item, indent: str) -> list[str]:
    mbl = f"  [MBL {item.mbl}]" if item.mbl else ""
    lines = [f"{indent}{item.number} {item.title}{mbl}"]
    inner = indent + "  "
    if item.text:
        text = " ".join(item.text.split())
        lines.append(inner + (text if len(text) <= PREVIEW else text[:PREVIEW].rstrip() + " …"))
    lines += [f"{inner}[{s.party}, {KINDS.get(s.kind, s.kind)}] {s.text}" for s in item.statements]
    for f in item.follow_ups:
        due = (
            "till nästa möte" if f.due == "next meeting" else (f"senast {f.due}" if f.due else None)
        )
        who = _join(f.owner, due, sep=", ")
        lines.append(f"{inner}Återkommer{f' ({who})' if who else ''}: {f.text}")
    lines += [f"{inner}{_decision(decision)}" for decision in item.decisions]
    for m in item.metrics:
        period = f" ({m.period})" if m.period else ""
        lines.append(f"{inner}Nyckeltal: {m.name} {m.value:g} {m.unit}{period}")
    for sub in item.items:
        lines.extend(_item(sub, inner))
    return lines


def _closing(p: Protocol) -> list[str]:
    lines: list[str] = []
    n = p.next_meeting
    if n:
        times = _join(n.start_time, n.end_time, sep="–")
        lines += ["", f"Nästa möte: {_join(n.date, times, n.location, n.remote, sep=', ')}"]
    if p.signatures:
        lines += ["", "Underskrifter"]
        for s in p.signatures:
            party = f" för {s.party}" if s.party else ""
            note = f" ({s.note})" if s.note else ""
            role = f", {s.role}" if s.role else ""
            lines.append(f"  {s.name}{role}{party}{note}")
    if p.links:
        lines += ["", "Länkar"] + [f"  {url}" for url in p.links]
    if p.warnings:
        lines += ["", "Varningar"] + [f"  - {warning}" for warning in p.warnings]
    return lines


def _decision(text: str) -> str:
    """ "Beslut: …" as the protocol wrote it, else with that label added."""
    return text if text.lower().startswith("beslut:") else f"Beslut: {text}"
