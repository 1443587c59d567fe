"""The protocol's skeleton: header lines, numbered items, the signature block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from samverkan.reader.clean import Line

UPPER = "A-ZÅÄÖÉÜ"
# "§ 1 Title", "§1", "Paragraf 2. Title", "Punkt 3: Title", "Ärende 4", "5.1 Title",
# "1. Title", "1 Title", "12)".
HEADING = re.compile(
    rf"^(?:(?P<para>§|[Pp]aragraf\b)\s*(?P<pnum>\d{{1,3}}(?:\.\d{{1,2}})*)[.:]?"
    rf"|(?P<punkt>[Pp]unkt|[Ää]rende)\s+(?P<knum>\d{{1,3}}(?:\.\d{{1,2}})*)[.:]?"
    rf"|(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}})(?P<dot>[.)])?)"
    rf"(?:\s+(?P<title>[\"”“(]?[{UPPER}].*)|\s*$)"
)
TITLE_STOP = re.compile(r"[.?!]$")
DIARY_NUMBER = re.compile(r"^(?:dnr|diarienr|diarienummer)\b", re.I)
MAX_WRAPPED_LINES = 4


@dataclass
class RawItem:
    number: str
    parts: tuple[int, ...]
    title_lines: list[str]
    body: list[Line] = field(default_factory=list)
    children: list[RawItem] = field(default_factory=list)
    marker: str = ""  # "§", "punkt" or "" — the numbering style

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)


@dataclass
class Skeleton:
    header: list[Line]
    items: list[RawItem]
    tail: list[Line]  # signature block after the last item


HEADING_INITIALS = "§PpÄä"  # or a digit: how every heading starts ("Punkt 3", "Ärende 4")


def _may_be_heading(text: str) -> bool:
    return text[:1] in HEADING_INITIALS or text[:1].isdigit()


def _match_heading(text: str) -> tuple[str, tuple[int, ...], str, str] | None:
    if not _may_be_heading(text):
        return None  # most lines: no number, no §, no "Punkt"/"Paragraf"/"Ärende"
    m = HEADING.match(text)
    if not m:
        return None
    if m["para"]:
        raw, marker = m["pnum"], "§"
    elif m["punkt"]:
        raw, marker = m["knum"], "punkt"
    else:
        raw, marker = m["num"], ""
        # "1 Title" without a dot is a heading only with a title; "2023" never is.
        if m["title"] is None and not m["dot"]:
            return None
    parts = tuple(map(int, raw.split(".")))
    if max(parts) > 300:
        return None
    number = f"§ {raw}" if marker == "§" else raw
    return number, parts, marker, (m["title"] or "").strip()


def _follows(previous: tuple[int, ...] | None, parts: tuple[int, ...]) -> bool:
    """Numbers must go forward: 5 → 6 (or 7), 5 → 5.1, 5.1 → 5.2, 5.2 → 6."""
    if previous is None:
        return len(parts) == 1 or parts[-1] == 1
    for depth in range(len(previous), 0, -1):
        prefix = previous[: depth - 1]
        if parts[: depth - 1] == prefix and len(parts) == depth:
            step = parts[depth - 1] - previous[depth - 1]
            return 1 <= step <= 2
    return len(parts) == len(previous) + 1 and parts[:-1] == previous and parts[-1] == 1


def _skips_a_later_heading(last_at: dict, i, previous, parts) -> bool:
    """ "1." then "3 Januari …" then "2.": the 3 was text, since 2 comes later.

    last_at: where each number last reads as a heading.
    """
    if previous is None or len(parts) != len(previous) or parts[-1] - previous[-1] != 2:
        return False
    skipped = (*parts[:-1], parts[-1] - 1)
    return last_at.get(skipped, -1) > i


def _consistent(found: tuple, first_marker: str | None) -> bool:
    """One numbering style per protocol; sub-items ("5.1" under "§ 5") may differ."""
    _, parts, marker, _ = found
    return first_marker is None or marker == first_marker or len(parts) > 1


def find_items(lines: list[Line], width: int, spacing: int) -> Skeleton:
    # Line width is only known from a body of long lines; a short note has none.
    width = width if _long_lines(lines, 10) else None
    headings = _headings(lines)
    last_at = {found[1]: i for i, found in headings.items()}
    header: list[Line] = []
    flat: list[RawItem] = []
    previous: tuple[int, ...] | None = None
    first_marker: str | None = None
    i = 0  # lines[:i] are placed
    for at, found in headings.items():
        if at < i:
            continue  # a line of the title just read
        (flat[-1].body if flat else header).extend(lines[i:at])
        i = at
        if (
            _follows(previous, found[1])
            and _consistent(found, first_marker)
            and not _skips_a_later_heading(last_at, i, previous, found[1])
        ):
            number, parts, marker, title = found
            reference = DIARY_NUMBER.match(title) and lines[i]
            if reference:
                title = ""  # "§ 12 Dnr PU 2025/18" / "Lönekartläggning 2024": the title is below
            i, title_lines = _read_title(lines, i, title, width, spacing)
            flat.append(RawItem(number, parts, title_lines, marker=marker))
            if reference:  # the diary number stays as the item's first line of text
                flat[-1].body.append(Line(found[3], 0, reference.page))
            previous, first_marker = parts, marker
            continue
        (flat[-1].body if flat else header).append(lines[i])
        i += 1
    (flat[-1].body if flat else header).extend(lines[i:])
    if not flat:
        return _unnumbered(lines)
    items = _nest(flat)
    tail = _split_signatures(items)
    return Skeleton(header, items, tail)


def _headings(lines: list[Line]) -> dict[int, tuple[str, tuple[int, ...], str, str]]:
    """The lines that read as headings, by index, in order."""
    return {i: found for i in _heading_starts(lines) if (found := _match_heading(lines[i].text))}


def _heading_starts(lines: list[Line]) -> list[int]:
    """Indices of the lines that start as a heading can: a digit, "§" or "P"."""
    # _may_be_heading() inline: a call per line would cost more than the look.
    return [
        i
        for i, line in enumerate(lines)
        if line.text[:1] in HEADING_INITIALS or line.text[:1].isdigit()
    ]


def _long_lines(lines: list[Line], needed: int) -> bool:
    """Whether at least `needed` lines are longer than 40 characters."""
    count = 0
    for line in lines:
        if len(line.text) > 40:
            count += 1
            if count >= needed:
                return True
    return False


# The standing items of a samverkan agenda, for protocols whose headings carry
# no numbers: "Mötets öppnande", "Val av justerare", "Övriga frågor", …
STANDARD_TITLE = re.compile(
    r"^(?:mötets? (?:öppnande|öppnas|avslutande|avslutas)|öppnande|avslutning|"
    r"(?:godkännande|fastställande) av dagordning(?:en)?|dagordning(?:en)?|"
    r"val av (?:sekreterare|justerare|protokolljusterare|ordförande)\b.*|"
    r"(?:uppföljning av )?föregående (?:protokoll|mötes? protokoll)\b.*|balanslista(?:n)?|"
    r"information från (?:arbetsgivaren|förvaltningen|de fackliga.*|facken)|facklig information|"
    r"arbetsmiljö\b.*|sjukfrånvaro\b.*|ekonomi\b.*|budget\b.*|nämndärenden|ärenden till nämnden.*|"
    r"kompetens\w*.*|lika rättigheter.*|jämställdhet.*|föranmälda frågor|anmälda frågor|"
    r"inkomna ärenden|övriga frågor|nästa (?:möte|sammanträde|förvaltningsgrupp)\b.*)[:.]?$",
    re.IGNORECASE,
)


def _unnumbered(lines: list[Line]) -> Skeleton:
    """Items found by their standard titles when no heading has a number."""
    header: list[Line] = []
    flat: list[RawItem] = []
    for line in lines:
        if len(line.text) <= 70 and line.text[:1].isupper() and STANDARD_TITLE.match(line.text):
            flat.append(RawItem("", (len(flat) + 1,), [line.text.rstrip(":.")]))
        else:
            (flat[-1].body if flat else header).append(line)
    items = flat if len(flat) >= 2 else []
    if not items:
        return Skeleton(lines, [], [])
    tail = _split_signatures(items)
    return Skeleton(header, items, tail)


def _read_title(
    lines: list[Line], i: int, title: str, width: int, spacing: int
) -> tuple[int, list[str] | None]:
    """The heading's title, joined over the lines it wraps onto: a line that
    starts in lower case, or any line after one that filled the whole width."""
    i += 1
    fill_wraps = bool(title)  # a title typed beside its number may wrap at full width
    if not title:
        # A number alone on its line: the title is the next line.
        if i >= len(lines) or _match_heading(lines[i].text):
            return i, [""]
        title = lines[i].text
        i += 1
    title_lines = [title]
    while (
        i < len(lines)
        and len(title_lines) < MAX_WRAPPED_LINES
        and not TITLE_STOP.search(title_lines[-1])
        and (
            lines[i].text[:1].islower()
            or (fill_wraps and _fills_line(lines[i - 1].text, width) and lines[i].gap <= spacing)
        )
        and lines[i].gap <= 1
        and not _match_heading(lines[i].text)
    ):
        title_lines.append(lines[i].text)
        i += 1
    return i, title_lines


def _fills_line(text: str, width: int | None) -> bool:
    return width is not None and len(text) >= max(40, 0.75 * width)


def _nest(flat: list[RawItem]) -> list[RawItem]:
    roots: list[RawItem] = []
    stack: list[RawItem] = []
    for item in flat:
        while stack and not (
            len(item.parts) > len(stack[-1].parts)
            and item.parts[: len(stack[-1].parts)] == stack[-1].parts
        ):
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


SIGN_START = re.compile(
    r"^(?:Justeras|Justerat|Justerare|Justerande|Underskrifter?|Vid protokollet|Vid anteckningarna|"
    r"Antecknat av|Protokollförare|Ordförande|Sekreterare|Signerat|Signaturer)\b",
    re.IGNORECASE,
)
SIGN_FOR = re.compile(r"\bför\s+(?:arbetsgivaren|arbetsgivarsidan|[A-ZÅÄÖ]\w*)", re.IGNORECASE)
NAME_LINE = re.compile(rf"^[{UPPER}][\w\-éü]+(?:\s+(?:af|von|van|de|[{UPPER}][\w\-éü]+)){{1,3}}$")
VALIDATION = re.compile(r"valider|äkthet", re.IGNORECASE)


def _signature_like(line: Line) -> bool:
    text = line.text
    if SIGN_START.match(text) or VALIDATION.search(text):
        return True
    if NAME_LINE.match(text) or SIGN_FOR.search(text):
        return len(text.split()) <= 12 and not text.endswith(".")
    # The rest of a note that wrapped: "frågor)".
    return text.endswith(")") and len(text.split()) <= 4


def _split_signatures(items: list[RawItem]) -> list[Line]:
    """Move the signature block at the end of the last item out of its body."""
    if not items:
        return []
    last = items[-1]
    while last.children:
        last = last.children[-1]
    body = last.body
    start = len(body)
    while start > 0 and _signature_like(body[start - 1]):
        start -= 1
    block = body[start:]
    if not block or not any(
        SIGN_START.match(line.text) or SIGN_FOR.search(line.text) for line in block
    ):
        return []
    del body[start:]
    return block
