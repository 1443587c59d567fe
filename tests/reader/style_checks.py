"""What the style corpus compares: named views of a protocol's JSON (the contract).

Each view takes the reader's JSON (as `samverkan parse --format json` prints it) and a
key ("participant:Anna Berg", "statements:§ 4", "signatures") and gives the plain
lists a person wrote down when reading the protocol (tests/reader/fixtures/styles).
"""

from __future__ import annotations

SCALARS = ("organisation", "body", "date", "start_time", "end_time", "location", "remote",
           "chair", "secretary")  # fmt: skip


def items_by_number(items: list[dict], found: dict | None = None) -> dict[str, dict]:
    """Every item by its number; an item without one ("Minnesanteckningar" with
    headings only) by its place among its siblings, as a reader would count them."""
    found = {} if found is None else found
    for place, item in enumerate(items, start=1):
        found[item["number"] or str(place)] = item
        items_by_number(item["items"], found)
    return found


def folded(text: str | None) -> str | None:
    """Titles and roles as a reader compares them: case and spacing aside."""
    return None if text is None else " ".join(text.split()).casefold()


def view(protocol: dict, key: str):
    kind, _, which = key.partition(":")
    if kind in SCALARS:
        return protocol[kind]
    if kind == "participant":
        person = next((p for p in protocol["participants"] if p["name"] == which), None)
        return person and [person["side"], person["party"], person["present"]]
    if kind == "role":
        person = next((p for p in protocol["participants"] if p["name"] == which), None)
        return person and folded(person["role"])
    if kind == "participants":
        return [p["name"] for p in protocol["participants"]]
    if kind == "adjusters":
        return [[a["name"], a["party"]] for a in protocol["adjusters"]]
    if kind == "items":
        numbered = items_by_number(protocol["items"])
        return [[number, folded(item["title"])] for number, item in numbered.items()]
    if kind == "next_meeting":
        meeting = protocol["next_meeting"] or {}
        return {field: meeting.get(field) for field in ("date", "start_time", "location")}
    if kind == "signatures":
        return [[s["name"], folded(s.get("role"))] for s in protocol["signatures"]]
    item = items_by_number(protocol["items"]).get(which, {})
    if kind == "decisions":
        return [folded(d) for d in item.get("decisions", [])]
    if kind == "follow_ups":
        return [[f["owner"], f["due"]] for f in item.get("follow_ups", [])]
    if kind == "statements":
        return [[s["party"], s["kind"]] for s in item.get("statements", [])]
    if kind == "metrics":
        return [[m["name"], m["value"], m["unit"], m["period"]] for m in item.get("metrics", [])]
    if kind == "mbl":
        return item.get("mbl")
    raise KeyError(key)
