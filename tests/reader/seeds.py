"""The four seed protocols and the structures written for them by reading them."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")
SEED_NAMES = sorted(p.stem for p in (FIXTURES / "seeds").glob("*.txt"))


def seed_text(name: str) -> str:
    return (FIXTURES / "seeds" / f"{name}.txt").read_text(encoding="utf-8")


def expected(name: str) -> dict:
    return json.loads((FIXTURES / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def differences(actual, wanted, path: str = "") -> list[str]:
    """Every place two structures differ, as 'path: got … / want …' lines."""
    if isinstance(wanted, dict) and isinstance(actual, dict):
        found: list[str] = []
        for key in wanted.keys() | actual.keys():
            found += differences(
                actual.get(key, "<missing>"), wanted.get(key, "<missing>"), f"{path}.{key}"
            )
        return found
    if isinstance(wanted, list) and isinstance(actual, list):
        found = []
        for i in range(max(len(wanted), len(actual))):
            got = actual[i] if i < len(actual) else "<missing>"
            want = wanted[i] if i < len(wanted) else "<missing>"
            found += differences(got, want, f"{path}[{i}]")
        return found
    if actual != wanted:
        return [f"{path}: got {actual!r}\n    want {wanted!r}"]
    return []


def comparable(protocol: dict) -> dict:
    """Everything but the warnings (checked on their own) and the source."""
    return {k: v for k, v in protocol.items() if k not in ("warnings", "source")}


def document_blocks(name: str):
    """The seed laid out as its paragraphs really are, for a PDF or DOCX of it.

    The header and the signature block keep the source's lines; each item is
    its heading and then the paragraphs of its text as the expected structure
    reads them, so that a real document of the same protocol can be built.
    """
    from tests.reader.builders import Block

    lines = [line.strip() for line in seed_text(name).splitlines()]
    wanted = expected(name)
    blocks: list[Block] = []
    first_heading = _heading_text(wanted["items"][0]) if wanted["items"] else None
    for line in lines:
        if first_heading and _starts_heading(line, wanted["items"][0]):
            break
        if line:
            blocks.append(Block("paragraph", [line]))
    for item in wanted["items"]:
        _item_blocks(item, blocks)
    blocks.extend(Block("paragraph", [line]) for line in _signature_lines(lines, wanted))
    return blocks


def _heading_text(item: dict) -> str:
    number = item["number"]
    label = number if number.startswith("§") or "." in number else f"{number}."
    return f"{label} {item['title']}"


def _starts_heading(line: str, item: dict) -> bool:
    import re

    number = re.escape(item["number"].replace("§ ", "§"))
    return bool(re.match(rf"{number}\.?(\s|$)", line.replace("§ ", "§")))


def _item_blocks(item: dict, blocks: list) -> None:
    from tests.reader.builders import Block

    blocks.append(Block("heading", [_heading_text(item)], item["number"]))
    for paragraph in item["text"].split("\n\n") if item["text"] else ["-"]:
        blocks.append(Block("paragraph", [paragraph]))
    for child in item["items"]:
        _item_blocks(child, blocks)


def _signature_lines(lines: list[str], wanted: dict) -> list[str]:
    if not wanted["signatures"]:
        return []
    first = wanted["signatures"][0]["name"]
    start = max(i for i, line in enumerate(lines) if line.startswith(first))
    # Keep the heading line ("Justeras (digitalt)") that stands before the first name.
    while start > 0 and (not lines[start - 1] or lines[start - 1].lower().startswith("justeras")):
        start -= 1
    return [line for line in lines[start:] if line]
