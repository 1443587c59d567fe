"""The protocol's skeleton: header lines, numbered items, the signature block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from samverkan.reader.clean import Line
from samverkan.reader.parse.content import verb_match
from samverkan.reader.parse.header import (
    ABSENT_HEADING,
    PRESENT_HEADING,
    SIDE_HEADINGS,
    TITLE_START,
    is_diary_number,
)
from samverkan.reader.parse.text import SUBHEADING

TYPE_CHECKING: Final = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable

UPPER: Final = "A-ZÅÄÖÉÜ"
# "§ 1 Title", "§1", "Paragraf 2. Title", "Punkt 3: Title", "Ärende 4", "5.1 Title",
# "1. Title", "1 Title", "12)"; a state agency's "§ 23/24" (the year's running
# number and the year: also "§ 23/2024", "§ 23:24"); a lettered sub-item "4 a)",
# "4a.", "4 b." (always with its "." or ")": "4 a Title" is too like prose).
HEADING: Final = re.compile(
    rf"^(?:(?P<para>§|[Pp]aragraf\b)\s*(?P<pnum>\d{{1,3}}(?:\.\d{{1,2}})*)"
    rf"(?P<year>[/:](?:19|20)?\d\d(?!\d))?[.:]?"
    rf"|(?P<punkt>[Pp]unkt|[Ää]rende)\s+(?P<knum>\d{{1,3}}(?:\.\d{{1,2}})*)[.:]?"
    rf"|(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}})(?:\s?(?P<letter>[a-h])(?=[.)]))?(?P<dot>[.)])?)"
    rf"(?:\s+(?P<title>[\"”“(]?[{UPPER}].*)|\s*$)"
)
TITLE_STOPS: Final = (".", "?", "!")  # a title that ends with one does not wrap on
# The words a heading cannot end with, so the next line goes on with it:
# "BUDGET 2022 OCH UPPFÖLJNING AV" / "VERKSAMHETSPLANEN".
JOINING_WORDS: Final = frozenset({
    "av", "och", "samt", "eller", "för", "i", "på", "med", "till", "om", "inom", "från", "mellan",
    "vid", "under", "enligt", "inför", "kring", "mot", "efter", "hos", "respektive", "gällande",
    "angående", "rörande", "–", "-",
})  # fmt: skip
# "a) Lärarförbundet: Hur ser …?": a lettered list entry opens the item's text.
LIST_ENTRY: Final = re.compile(r"^[a-zåäö][).]\s")
MAX_WRAPPED_LINES: Final = 4


@dataclass(init=False)  # a compiled __init__, as Line's (clean.py)
class RawItem:
    number: str
    parts: tuple[int, ...]
    title_lines: list[str]
    body: list[Line]
    children: list[RawItem]
    marker: str  # "§", "punkt" or "" — the numbering style

    def __init__(
        self, number: str, parts: tuple[int, ...], title_lines: list[str], marker: str = ""
    ) -> None:
        self.number = number
        self.parts = parts
        self.title_lines = title_lines
        self.body = []
        self.children = []
        self.marker = marker

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)


@dataclass
class Skeleton:
    header: list[Line]
    items: list[RawItem]
    tail: list[Line]  # signature block after the last item
    agenda: list[Line] = field(default_factory=list)  # an agenda list above the minutes


# How every heading starts: "§ 1", "Punkt 3", "Paragraf 2", "Ärende 4", "5.1",
# or with a digit of another script, all of which come from U+0660 on.
HEADING_INITIALS: Final = frozenset("§PpÄä0123456789")
FIRST_OTHER_DIGIT: Final = "\u0660"  # ARABIC-INDIC DIGIT ZERO


def _match_heading(text: str) -> tuple[str, tuple[int, ...], str, str] | None:
    """The heading the line opens with: number, its parts, marker and title."""
    m = HEADING.match(text)
    if not m:
        return None
    para, pnum, year, punkt, knum, num, letter, dot, title = m.groups()  # one call, not nine
    if para:
        raw, marker = pnum, "§"
    elif punkt:
        raw, marker = knum, "punkt"
    else:
        raw, marker = num, ""
        # "1 Title" without a dot is a heading only with a title; "2023" never is.
        if title is None and not dot:
            return None
    # Most numbers have one part: int() alone costs a fraction of split() and map().
    parts = tuple(map(int, raw.split("."))) if "." in raw else (int(raw),)
    if parts[0] > 300:  # only the first part may have three digits
        return None
    if letter:  # "4 b)" is the second part of 4, as "4.2" is; written "4b", as "5.1" is
        parts += (ord(letter) - ord("a") + 1,)
        raw += letter
    # "§ 23/24" keeps its year as written: the running number alone orders the items.
    number = f"§ {raw}{year or ''}" if marker == "§" else raw
    return number, parts, marker, (title or "").strip()


def _follows(previous: tuple[int, ...] | None, parts: tuple[int, ...]) -> bool:
    """Numbers must go forward: 5 → 6 (or 7), 5 → 5.1, 5.1 → 5.2, 5.2 → 6."""
    if previous is None:
        return len(parts) == 1 or parts[-1] == 1
    depth = len(parts)
    if depth <= len(previous):  # the next at its depth, under the same parent
        step = parts[-1] - previous[depth - 1]
        return parts[:-1] == previous[: depth - 1] and 1 <= step <= 2
    return depth == len(previous) + 1 and parts[:-1] == previous and parts[-1] == 1


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


def find_items(
    lines: list[Line], width: int, spacing: int, is_party: Callable[[str], object] | None = None
) -> Skeleton:
    """The header, the items and the signature block.

    is_party: whether a line names a union (for protocols without numbers)."""
    # Line width is only known from a body of long lines; a short note has none.
    known_width = width if _long_lines(lines, 10) else None
    headings = _headings(lines)
    last_at = {found[1]: i for i, found in headings.items()}
    header: list[Line] = []
    flat: list[RawItem] = []
    agenda: list[Line] = []
    previous: tuple[int, ...] | None = None
    first_marker: str | None = None
    first_at = 0  # where the first item's heading is
    i = 0  # lines[:i] are placed
    for at, found in headings.items():
        if at < i:
            continue  # a line of the title just read
        (flat[-1].body if flat else header).extend(lines[i:at])
        i = at
        follows = (
            _follows(previous, found[1])
            and _consistent(found, first_marker)
            and not _skips_a_later_heading(last_at, i, previous, found[1])
        )
        if not follows and _agenda_ends_at(at, headings, flat, header):
            # The items so far were the agenda: the minutes start again here.
            agenda = _take_agenda(lines, header, flat, first_at, at)
            flat, previous, first_marker = [], None, None
            follows = True
        if follows:
            if not flat:
                first_at = i
            number, parts, marker, title = found
            reference = lines[i] if is_diary_number(title) else None
            if reference:
                title = ""  # "§ 12 Dnr PU 2025/18" / "Lönekartläggning 2024": the title is below
            i, title_lines = _read_title(lines, headings, i, title, known_width, spacing)
            flat.append(RawItem(number, parts, title_lines, marker=marker))
            if reference:  # the diary number stays as the item's first line of text
                flat[-1].body.append(Line(found[3], 0, reference.page))
            previous, first_marker = parts, marker
            continue
        (flat[-1].body if flat else header).append(lines[i])
        i += 1
    (flat[-1].body if flat else header).extend(lines[i:])
    if not flat:
        return _unnumbered(lines, is_party)
    items = _nest(_with_lettered_sub_items(flat))
    tail = _split_signatures(items)
    return Skeleton(header, items, tail, agenda)


# The heading of an agenda list: "Dagordning", "Förslag till dagordning:", "Föredragningslista".
AGENDA_HEADING: Final = re.compile(
    r"^(?:(?:förslag|utkast) till |preliminär |fastställd )?"
    r"(?:dagordning|föredragningslista|agenda)(?:en)?\s*:?$",
    re.IGNORECASE,
)
MIN_AGENDA_ITEMS: Final = 3  # opening, adjusters, closing: an agenda is never shorter


def _agenda_ends_at(at: int, headings: dict, flat: list[RawItem], header: list[Line]) -> bool:
    """Whether the items read so far were an agenda list, not the minutes: a run of
    numbered titles with no text under them, which the heading at `at` numbers
    anew — at the same number or in the minutes' own style ("1. … 8." then "§ 1")
    right under a "Dagordning" heading, or with the agenda's titles again from
    there on (then lines of the header may stand between agenda and minutes).

    headings: _headings(lines)."""
    if len(flat) < MIN_AGENDA_ITEMS or any(item.body for item in flat[:-1]):
        return False
    _, parts, marker, _ = headings[at]
    if not _follows(None, parts):
        return False
    first = flat[0]
    restarts = parts == first.parts or marker != first.marker
    if restarts and not flat[-1].body and header and AGENDA_HEADING.match(header[-1].text):
        return True
    # A numbered list in the text of the last item ("1. Bemanning") repeats no title.
    return _titles_come_back(flat, [found[3] for j, found in headings.items() if j >= at])


def _titles_come_back(flat: list[RawItem], later_titles: list[str]) -> bool:
    """Whether the minutes' headings repeat the agenda's first title, or half its titles."""
    later = {title.casefold() for title in later_titles}
    titles = [item.title.casefold() for item in flat]
    return titles[0] in later or 2 * sum(title in later for title in titles) >= len(titles)


def _take_agenda(
    lines: list[Line], header: list[Line], flat: list[RawItem], first_at: int, at: int
) -> list[Line]:
    """The agenda's lines, with its heading, taken out of the header; what stood
    between the agenda and the minutes joins the header."""
    between = flat[-1].body
    start = first_at
    if first_at and header[-1] is lines[first_at - 1] and AGENDA_HEADING.match(header[-1].text):
        header.pop()
        start -= 1
    header.extend(between)
    return lines[start : at - len(between)]


def _headings(lines: list[Line]) -> dict[int, tuple[str, tuple[int, ...], str, str]]:
    """The lines that read as headings, by index, in order."""
    return {i: found for i in _heading_starts(lines) if (found := _match_heading(lines[i].text))}


def _heading_starts(lines: list[Line]) -> list[int]:
    """Indices of the lines that start as a heading can (see HEADING_INITIALS)."""
    # Inline, not a function: a call per line would cost more than the look.
    # A line is never empty; text[0] costs less than text[:1].
    return [
        i
        for i, line in enumerate(lines)
        if (first := line.text[0]) in HEADING_INITIALS
        or (first >= FIRST_OTHER_DIGIT and first.isdecimal())
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
STANDARD_TITLE: Final = re.compile(
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


def _unnumbered(lines: list[Line], is_party: Callable[[str], object] | None = None) -> Skeleton:
    """Items found by their standard titles, or as headings standing alone (see
    _lone_heading), when no heading has a number.

    is_party: whether a line names a union (a sub-heading, not an item)."""
    header: list[Line] = []
    flat: list[RawItem] = []
    for i, line in enumerate(lines):
        text = line.text
        if (
            len(text) <= 70
            and text[:1].isupper()
            and (STANDARD_TITLE.match(text) or _lone_heading(lines, i, is_party))
        ):
            flat.append(RawItem("", (len(flat) + 1,), [text.rstrip(":.")]))
        else:
            (flat[-1].body if flat else header).append(line)
    items = flat if len(flat) >= 2 else []
    if not items:
        return Skeleton(lines, [], [])
    tail = _split_signatures(items)
    return Skeleton(header, items, tail)


MAX_LONE_HEADING_WORDS: Final = 6
# A heading is words: no name's or role's comma, no key's colon, no bracket, no table.
NOT_IN_LONE_HEADING: Final = frozenset(",:;(|")


def _lone_heading(lines: list[Line], i: int, is_party) -> bool:
    """Minutes typed in Word with bold headings and no numbers: a short line
    standing alone — after a blank line (a paragraph of its own in Word), not
    ending as a sentence does, and before a paragraph of prose — is a heading
    ("Föregående anteckningar", "Schema inför jul och nyår", "Övrigt"). Not the
    document's first line (its title), nor what the header or the signatures
    label ("Närvarande", "Frånvarande", "Vid anteckningarna"), a name, a union
    or a committee's sub-heading ("Beslut")."""
    line = lines[i]
    text = line.text
    if i == 0 or line.gap < 1 or i + 1 >= len(lines) or text[-1] in ".!?":
        return False
    if len(text.split()) > MAX_LONE_HEADING_WORDS or not NOT_IN_LONE_HEADING.isdisjoint(text):
        return False
    return _reads_as_prose(lines[i + 1].text) and not _labels_something(text, is_party)


def _labels_something(text: str, is_party) -> bool:
    """Whether a short line is a label rather than an item's heading (see _lone_heading)."""
    return bool(
        NAME_LINE.match(text)
        or SIGN_START.match(text)
        or SUBHEADING.fullmatch(text)
        or TITLE_START.match(text)
        or PRESENT_HEADING.match(text)
        or ABSENT_HEADING.match(text)
        or any(pattern.match(text) for pattern, _ in SIDE_HEADINGS)
        or (is_party and is_party(text))
    )


def _reads_as_prose(text: str) -> bool:
    """A sentence's words are mostly in lower case; a list of names is not
    ("Anna Berg, enhetschef, Bo Ek, Kommunal")."""
    words = text.split()
    if len(words) < 4:
        return False
    lower = sum(word[0].islower() for word in words)
    upper = sum(word[0].isupper() for word in words)
    return lower > upper


def _read_title(
    lines: list[Line], headings: dict, i: int, title: str, width: int | None, spacing: int
) -> tuple[int, list[str]]:
    """The heading's title, joined over the lines it wraps onto (see _wraps_onto).

    headings: _headings(lines).
    """
    i += 1
    fill_wraps = bool(title)  # a title typed beside its number may wrap at full width
    if not title:
        # A number alone on its line: the title is the next line.
        if i >= len(lines) or i in headings:
            return i, [""]
        title = lines[i].text
        i += 1
    title_lines = [title]
    while (
        i < len(lines)
        and len(title_lines) < MAX_WRAPPED_LINES
        and not title_lines[-1].endswith(TITLE_STOPS)  # lines hold no line break for "$"
        and lines[i].gap <= 1
        and i not in headings
        and _wraps_onto(lines[i - 1].text, lines[i], fill_wraps, width, spacing)
    ):
        title_lines.append(lines[i].text)
        i += 1
    return i, title_lines


def _wraps_onto(
    previous: str, line: Line, fill_wraps: bool, width: int | None, spacing: int
) -> bool:
    """Whether a heading's line `previous` goes on in `line`: a line that starts in
    lower case (not a lettered list entry), any line after a joining word, a line in
    capitals that starts with one after a heading in capitals, or a line after one
    that filled the whole width — unless that line is a sentence of its own
    ("Informationen noteras.") or opens with a speaker ("Lars Ek informerade …")."""
    text = line.text
    if text[0].islower():
        return text[1:2] not in (")", ".") or not LIST_ENTRY.match(text)
    last_word = previous[previous.rfind(" ") + 1 :]
    if last_word in JOINING_WORDS or previous[-1] == ",":
        return True
    if previous.isupper() and _capitals_go_on(last_word, text):
        return True
    if fill_wraps and _fills_line(previous, width) and line.gap <= spacing:
        # Not when the line opens the paragraph under the heading: a sentence of
        # its own, or someone who speaks ("Lars Ek informerade om att … till").
        return not (text[0].isupper() and text[-1] == ".") and not _speaker_opens(text)
    return False


def _speaker_opens(text: str) -> bool:
    """ "Lars Ek informerade …", "Arbetsgivaren redogör …": one or two capitalised
    words, then a verb of speech."""
    words = text.split(None, 2)
    for count in (1, 2):
        if len(words) > count and words[count - 1][0].isupper():
            if verb_match(" ".join(words[count:])):
                return True
        else:
            return False
    return False


def _capitals_go_on(last_word: str, text: str) -> bool:
    """A heading in capitals goes on after a joining word ("… UPPFÖLJNING AV" /
    "VERKSAMHETSPLANEN") or in a line in capitals that starts with one ("NY
    LEDNINGSORGANISATION" / "FÖR GYMNASIESKOLORNA"); not in "FACKLIG INFORMATION" /
    "KOMMUNAL", a sub-heading."""
    if last_word.lower() in JOINING_WORDS:
        return True
    return text.isupper() and text.split(None, 1)[0].lower() in JOINING_WORDS


def _fills_line(text: str, width: int | None) -> bool:
    # Two comparisons, not max(40, …): a call to max() costs more than both.
    return width is not None and len(text) >= 40 and len(text) >= 0.75 * width


MAX_LETTERED_TITLE_WORDS: Final = 6  # with its letter: "a) Sjukfrånvaro och personalomsättning"
# "a) Ekonomisk uppföljning": a lettered line that reads as a title (see _lettered_headings).
LETTERED_HEADING: Final = re.compile(rf"^(?P<letter>[a-h])[.)]\s+[{UPPER}][^:]{{0,60}}$")


def _with_lettered_sub_items(flat: list[RawItem]) -> list[RawItem]:
    """ "Ärende 5 Ekonomi och personal" over "a) Ekonomisk uppföljning", "b) Sjukfrånvaro
    och personalomsättning", each with its own text: sub-items 5a and 5b, as "5 a)"
    would be."""
    out: list[RawItem] = []
    for item in flat:
        out.append(item)
        starts = _lettered_headings(item.body) if item.body else []
        if not starts:
            continue
        body = item.body
        item.body = []
        for place, (start, end) in enumerate(
            zip(starts, [*starts[1:], len(body)], strict=True), start=1
        ):
            text = body[start].text
            sub = RawItem(f"{item.number}{text[0]}", (*item.parts, place), [text[3:].strip()])
            sub.marker, sub.body = item.marker, body[start + 1 : end]
            out.append(sub)
    return out


def _lettered_headings(body: list[Line]) -> list[int]:
    """Where the body's lettered titles stand, when its text opens with "a)" and goes
    on in "b)", "c)" … (up to "h)"), each a title after a blank line with text of its
    own below it; else none: "a) Vision: Hur går det med schemat?" is an entry of a
    list in the item's text."""
    if body[0].text[:2] not in ("a)", "a.") or not LETTERED_HEADING.match(body[0].text):
        return []
    starts = [0]
    for at in range(1, len(body)):
        line = body[at]
        if line.gap and line.text[1:2] in (")", ".") and LETTERED_HEADING.match(line.text):
            if line.text[0] != chr(ord("a") + len(starts)):
                return []
            starts.append(at)
    ends = [*starts[1:], len(body)]
    if len(starts) < 2 or any(end - start < 2 for start, end in zip(starts, ends, strict=True)):
        return []
    if not all(_titles_text(body[start].text, body[start + 1].text) for start in starts):
        return []
    return starts


def _titles_text(title: str, below: str) -> bool:
    """ "a) Ekonomisk uppföljning" over "Rebecka Alm redovisade …": a short title whose
    text starts anew below it; not a wrapped sentence ("a) Förvaltningsgruppen
    beslutar att anta handlingsplanen" / "för arbetsmiljö 2024")."""
    return (
        not title.endswith(TITLE_STOPS)
        and len(title.split()) <= MAX_LETTERED_TITLE_WORDS
        and below[:1].isupper()
    )


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


SIGN_START: Final = re.compile(
    r"^(?:(?:Justeras|Justerat|Justerare|Justerande|Underskrifter?|Vid protokollet|Vid anteckningarna|"
    r"Antecknat av|Protokollförare|Ordförande|Sekreterare|Signerat|Signaturer)\b"
    # "Justering" heads the block only alone: "Justering sker digitalt …" is a sentence.
    r"|Justering\s*:?$)",
    re.IGNORECASE,
)
SIGN_FOR: Final = re.compile(
    r"\bför\s+(?:arbetsgivaren|arbetsgivarsidan|[A-ZÅÄÖ]\w*)", re.IGNORECASE
)
# A name, or up to three signed side by side: "Karin Ahl   Anette Roth   Helén Strömberg".
NAME_LINE: Final = re.compile(
    rf"^[{UPPER}][\w\-éü]+(?:\s+(?:af|von|van|de|[{UPPER}][\w\-éü]+)){{1,8}}$"
)
# A name with its role or union after a comma, perhaps twice side by side:
# "Ali Demir, Kommunal", "Jörgen Falk, ordförande   Mikael Strand, justerare".
NAME_COMMA_LINE: Final = re.compile(
    # Each part after a comma starts at its first non-blank: one way to split, so a line
    # that fails at its end fails fast (a blank that either side could take backtracks
    # exponentially over twenty commas).
    rf"^[{UPPER}][\w\-éü]+(?:\s+(?:af|von|van|de|[{UPPER}][\w\-éü]+)){{1,3}}"
    r"(?:,\s*[^,.;:\s][^,.;:]{1,59})+$"
)
VALIDATION: Final = re.compile(r"valider|äkthet", re.IGNORECASE)


# VALIDATION and SIGN_FOR are case-insensitive and so tried at every position
# (some 300 instructions each): first a cheap look for the letters they need in
# the line in lower case. lower() reads each letter as re.IGNORECASE does but for
# "ı" and "İ", which the pattern takes for "i": so "valider" is looked for as
# "val" and "der".


def _validated(text: str, lower: str) -> bool:
    """VALIDATION.search(text): "Dokumentet är elektroniskt validerat"."""
    maybe = "äkthet" in lower or ("val" in lower and "der" in lower)
    return maybe and bool(VALIDATION.search(text))


def _signs_for(text: str, lower: str) -> bool:
    """SIGN_FOR.search(text): "För Vision", "för arbetsgivaren"."""
    at = lower.find("för")
    # From there: lower() keeps each position, unless it made an "İ" two characters.
    return at >= 0 and bool(SIGN_FOR.search(text, at if len(lower) == len(text) else 0))


def _signature_like(line: Line) -> bool:
    text = line.text
    lower = text.lower()
    if SIGN_START.match(text) or _validated(text, lower):
        return True
    if len(text.split()) > 12 or text.endswith("."):
        return text.endswith(")") and len(text.split()) <= 4
    if (
        _signs_for(text, lower)
        or NAME_LINE.match(text)
        or ("," in text and NAME_COMMA_LINE.match(text))
    ):
        return True
    # The rest of a note that wrapped: "frågor)".
    return text.endswith(")") and len(text.split()) <= 4


MAX_CAPTION_WORDS: Final = 8


def _caption_under_name(line: Line, above: Line) -> bool:
    """A short line right under a signed name says who signs: "Malin Åkerlund" /
    "Kommunal", or "Karin Ekberg" / "Akademikerförbundet SSR, oenighet under punkt 6.2"."""
    text = line.text
    return (
        line.gap == 0
        and not text.endswith(".")
        and len(text.split()) <= MAX_CAPTION_WORDS
        and bool(NAME_LINE.match(above.text))
    )


def _split_signatures(items: list[RawItem]) -> list[Line]:
    """Move the signature block at the end of the last item out of its body."""
    if not items:
        return []
    last = items[-1]
    while last.children:
        last = last.children[-1]
    body = last.body
    start = len(body)
    while start > 0:
        if _signature_like(body[start - 1]):
            start -= 1
        elif start > 1 and _caption_under_name(body[start - 1], body[start - 2]):
            start -= 2
        else:
            break
    block = body[start:]
    if not block or not any(
        SIGN_START.match(line.text) or _signs_for(line.text, line.text.lower()) for line in block
    ):
        return []
    del body[start:]
    return block
