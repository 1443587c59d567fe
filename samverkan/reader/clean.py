"""Clean: page furniture, hyphenation and injected link lines.

The rules follow how Swedish protocols are laid out and how PDF exporters
treat them, not any one document:

- Page numbers are written "1 (5)", "Sida 2 av 4", "2/5", "- 3 -" or as a lone
  number at the top or bottom of a page.
- Running headers and footers repeat at a page edge; PDFium may emit a running
  header as the last line of a page, so both ends of a page count.
- Hyphenation at a line end is undone unless the hyphen is a real one: after an
  upper-case letter or digit ("SIP-möten"), or a suspended compound before "och"
  ("sjuk- och friskanmälan").
- A PDF export repeats a paragraph's hyperlink URLs on lines of their own where
  the page ends; those lines are not part of the text (their URLs stay in links).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"”]+", re.IGNORECASE)
URL_ONLY: Final = re.compile(r"<?" + URL.pattern + r">?[.,;]?", re.IGNORECASE)
URL_PART: Final = re.compile(r"[\w\-./?=&%#~+:]+")
URL_TRAILING: Final = ".,;:!?)]}'\"»”’"
MAX_GAP: Final = 3
# How many lines at each page end may be furniture: logo text, unit, title, date, page.
EDGE: Final = 5
FURNITURE_LENGTH: Final = 120  # a running header or footer is one short line
LETTER: Final = re.compile(r"[^\W\d_]")
THREE_LETTERS: Final = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")  # three LETTERs, anywhere
DIGITS: Final = re.compile(r"\d+")

ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff\u180e"
INVISIBLE: Final = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{ZERO_WIDTH}]")
SOFT: Final = "\u00ad"  # an invisible break point: never a character of the word
# PDFium's mark for a hyphen it found at a line end, after joining the next line to it.
PDFIUM_HYPHEN: Final = "\ufffe"
# Word's Symbol and Wingdings bullets reach a PDF as private-use characters.
BULLETS: Final = {ord(c): "•" for c in "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf02d"}
LIGATURES: Final = re.compile("[\ufb00-\ufb06]")
LIGATURE_TEXT: Final = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Soft hyphens (U+0002 becomes one) and PDFium's hyphens: kept at a line's end
# until hyphenation has been undone.
MARKS: Final = SOFT + PDFIUM_HYPHEN
HYPHENS: Final = "-\u2010" + MARKS
URL_BREAKS: Final = "/?=&_#"  # where a long link may wrap
BREAK_ENDS: Final = HYPHENS + URL_BREAKS  # the last characters of a line that may go on in the next
BREAK_END_SET: Final = frozenset(BREAK_ENDS)  # quicker to look in than a string
PAGE_NUMBER: Final = re.compile(
    r"""^(?:
        (?:sida|sidan|sid\.?|s\.|page)?\s*(?P<a>\d{1,4})\s*\(\s*(?P<b>\d{1,4})\s*\)   # 1 (5)
      | (?:sida|sidan|sid\.?|s\.|page)?\s*(?P<c>\d{1,4})\s*(?:av|of|/)\s*(?P<d>\d{1,4})  # Sida 2 av 4, 2/5
      | (?:sida|sidan|page):?\s*\d{1,4}                                          # Sida 2, Sida: 2
      | [-–—]\s*\d{1,4}\s*[-–—]                                                # - 3 -
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
PAGE_NUMBER_ENDS: Final = ")-–—"  # or a digit
# The longest line PAGE_NUMBER matches once spaces are normalised: "sidan 1234 ( 1234 )".
PAGE_NUMBER_LENGTH: Final = 19
LONE_NUMBER: Final = re.compile(r"^\d{1,4}$")
# A hyphen before these words is a suspended compound, "sjuk- och friskanmälan".
SUSPENDED: Final = {"och", "eller", "samt", "respektive", "resp", "resp.", "liksom", "som", "till"}


# The __init__ is written out (init=False): compiled (native.py), it runs as C, where
# the one dataclasses generates would run as Python; a Line is made for every line.
@dataclass(init=False, slots=True)
class Line:
    text: str  # whitespace-normalised, never empty
    gap: int  # blank lines before this one, at most MAX_GAP (0 = right after the previous)
    page: int  # index of the page it came from

    def __init__(self, text: str, gap: int = 0, page: int = 0) -> None:
        self.text = text
        self.gap = gap
        self.page = page


@dataclass
class Cleaned:
    lines: list[Line]
    links: list[str] = field(default_factory=list)  # every URL, once, in document order


def clean(pages: list[str]) -> Cleaned:
    raw = [_page_lines(page) for page in pages]
    _drop_furniture(raw)
    lines, breaks = _to_lines(raw)
    # normalise() keeps a mark only at a line's end, where it is a break.
    marked = any(lines[i].text[-1] in MARKS for i in breaks)
    lines = _dehyphenate(lines, breaks)
    lines, links = _drop_injected_urls(lines, last_page=len(pages) - 1)
    if marked:
        lines = _finish(lines)
    return Cleaned(lines, links)


def _page_lines(page: str) -> list[str]:
    """The page's lines, each normalised but for runs of spaces inside a line.

    Those are rare, so _to_lines collapses them where it looks at each line with
    text anyway (and _key before comparing page edges); a page number's pattern
    allows any run of spaces.
    """
    if "\r" in page:
        page = page.replace("\r\n", "\n").replace("\r", "\n")
    # For a plain line, whose only space is " ", strip() is all the rest of what
    # normalise() does. _plain() may look at stripped lines: any other space
    # strip() took from a line's end, normalise() would have dropped as well.
    lines = list(map(str.strip, page.split("\n")))
    if not _plain(page, lines):
        return [normalise(line) for line in _pdfium_lines(page)]
    return lines


def _plain(page: str, lines: list[str]) -> bool:
    """Whether the page's lines have only printable characters (so " " is their
    only space) and no ligature: the common case."""
    return all(map(str.isprintable, lines)) and not any(map(page.__contains__, LIGATURE_TEXT))


def _pdfium_lines(page: str) -> list[str]:
    lines = page.split("\n")
    if PDFIUM_HYPHEN not in page:
        return lines
    return [part for line in lines for part in unjoin(line)]


def normalise(text: str) -> str:
    """One line: controls and zero-width characters out, every kind of space one space."""
    if LIGATURES.search(text):  # PDFs keep "ﬁ" in "ﬁnns" as one character
        text = LIGATURES.sub(lambda match: LIGATURE_TEXT[match.group()], text)
    if text.isprintable():  # the common case: nothing but letters, digits, punctuation, " "
        return " ".join(text.split())
    # Older PDFium marks a line-end hyphen it recognised as U+0002; it is a soft hyphen.
    text = text.replace("\x02", "\u00ad")
    text = " ".join(INVISIBLE.sub(_invisible, text).translate(BULLETS).split())
    # A soft hyphen inside a line marks where a word may break; it is no character.
    # At the line end it stays until hyphenation has been undone.
    end = text[-1] if text and text[-1] in MARKS else ""
    body = text.rstrip(MARKS).replace(SOFT, "").replace(PDFIUM_HYPHEN, "")
    body = " ".join(body.split())  # a mark between spaces ("a \u00ad b") leaves two
    return body + end if body else ""


def unjoin(text: str) -> list[str]:
    """Undo PDFium's joins where the next line did not continue the word.

    PDFium joins a line ending in a hyphen to the next one and marks the hyphen
    U+FFFE. That is right for "kompetens-/försörjning" but not for "barn-/och
    ungdom" (a suspended compound), "SIP-/möten" (a real hyphen) or a hyphen
    that ended a paragraph before "10. Nästa punkt".
    """
    parts = text.split(PDFIUM_HYPHEN)
    lines, current = [], parts[0]
    for part in parts[1:]:
        if not part:
            current += PDFIUM_HYPHEN  # still at the line end: judged with the next line
        elif not part[0].islower():
            lines.append(current + "-")
            current = part
        elif part.split(" ", 1)[0].casefold() in SUSPENDED:
            current += "- " + part
        elif current and (current[-1].isupper() or current[-1].isdigit()):
            current += "-" + part
        else:
            current += part
    return lines + [current]


def _invisible(match: re.Match[str]) -> str:
    return "" if match.group() in ZERO_WIDTH else " "


# --- page furniture --------------------------------------------------------


def _key(text: str) -> str:
    """What makes a page-edge line "the same" on every page; "" for lines too long to be furniture.

    Digits may change (page numbers, dates), but "§ 3" and "§ 7" opening two
    pages are items, not a header: a line with hardly any letters must recur exactly.
    """
    if "  " in text:
        text = " ".join(text.split())  # see _page_lines
    if len(text) > FURNITURE_LENGTH:
        return ""
    if not THREE_LETTERS.search(text):
        return text.casefold()
    return DIGITS.sub("#", text.casefold())


class _Keys(dict):
    """Each distinct line's _key, made once: a running header recurs on every page."""

    def __missing__(self, text: str) -> str:
        key = self[text] = _key(text)
        return key


def _drop_furniture(pages: list[list[str]]) -> None:
    """Blank out lines repeated at page edges and page numbers there (in place).

    Page numbers elsewhere are left for _to_lines, which looks at every line anyway.
    """
    if len(pages) < 2 or sum(1 for page in pages if any(page)) < 2:
        return  # one page with text: no other to compare its edges with
    keys = _Keys()
    repeated = _repeated_edge_lines(pages, keys)
    for page in pages:
        _strip_edge(page, range(len(page)), repeated, keys)
        _strip_edge(page, range(len(page) - 1, -1, -1), repeated, keys)
    # Space at a page's top and bottom is margin around the furniture, not
    # paragraph spacing; a page break shows in Line.page instead.
    for page in pages:
        _trim_blank_edges(page)


def _trim_blank_edges(page: list[str]) -> None:
    """Drop the blank lines at both ends, and page numbers among them."""
    while page and (not page[-1] or _plausible_page_number(page[-1])):
        page.pop()
    start = next(
        (i for i, text in enumerate(page) if text and not _plausible_page_number(text)),
        len(page),
    )
    del page[:start]


def _edge_places(page: list[str], keys: _Keys) -> set[tuple[str, int]]:
    """(key, rank) of the lines nearest either end: rank 0 is an outermost line.

    Both ends count alike: PDFium may give a running header as a page's last line.
    """
    filled = [i for i, text in enumerate(page) if text]
    places = {(keys[page[i]], rank) for rank, i in enumerate(filled[:EDGE])}
    places |= {(keys[page[i]], rank) for rank, i in enumerate(filled[::-1][:EDGE])}
    return {place for place in places if place[0]}


def _repeated_edge_lines(pages: list[list[str]], keys: _Keys) -> dict[str, set[int]]:
    """Lines found at the same depth from a page edge on at least half the pages.

    The depth must agree (give or take one line, for a first page with an extra
    title line): "Mer info önskas." ending two pages by chance sits at
    different depths, a running header does not.
    """
    ranks: dict[str, list[set[int]]] = {}
    for page in pages:
        on_page: dict[str, set[int]] = {}
        for key, rank in _edge_places(page, keys):
            on_page.setdefault(key, set()).add(rank)
        for place, found in on_page.items():
            ranks.setdefault(place, []).append(found)
    with_text = sum(1 for page in pages if any(page))
    # At least half the pages; from four pages on, a coincidence on two is not enough.
    needed = max(2, (with_text + 1) // 2, min(with_text - 1, 3))
    repeated: dict[str, set[int]] = {}
    for place, per_page in ranks.items():
        for rank in range(EDGE):
            window = {rank - 1, rank, rank + 1}
            if sum(1 for found in per_page if found & window) >= needed:
                repeated.setdefault(place, set()).update(window)
    return repeated


def _strip_edge(page: list[str], order: range, repeated: dict[str, set[int]], keys: _Keys) -> None:
    rank = 0
    for i in order:
        text = page[i]
        if not text:
            continue
        if rank >= EDGE:
            return
        furniture = bool(repeated) and rank in repeated.get(keys[text], ())
        rank += 1
        if furniture or _is_page_number(text):
            page[i] = ""
        else:
            return


def _is_page_number(text: str) -> bool:
    return bool(
        LONE_NUMBER.match(text) or (PAGE_NUMBER.match(text) and _plausible_page_number(text))
    )


def _plausible_page_number(text: str) -> bool:
    """Whether "2/5" reads as page 2 of 5; "7/3" is a date or a fraction."""
    match = PAGE_NUMBER.match(text)
    if match is None:
        return False
    for first, last in (("a", "b"), ("c", "d")):
        if match.group(first):
            return 0 < int(match.group(first)) <= int(match.group(last))
    return True


# --- lines, hyphenation ----------------------------------------------------


def _to_lines(pages: list[list[str]]) -> tuple[list[Line], list[int]]:
    """The lines with their spacing, and the indices of those ending where a word
    or link may go on in the next: noted here, where every line passes anyway.

    A page number or a rule of punctuation separates like a blank line.
    """
    lines: list[Line] = []
    breaks: list[int] = []
    gap = 0
    for page_no, page in enumerate(pages):
        for text in page:
            if not text:
                if gap < MAX_GAP:
                    gap += 1
                continue
            if "  " in text:
                text = " ".join(text.split())  # a run of spaces: see _page_lines
            if (text[0].isalnum() or not _decoration(text)) and not (
                # Cheap looks first: most lines are too long to be a page number,
                # and every form of one ends in a digit, ")" or a dash.
                len(text) <= PAGE_NUMBER_LENGTH
                and (text[-1].isdigit() or text[-1] in PAGE_NUMBER_ENDS)
                and _plausible_page_number(text)
            ):
                if text[-1] in BREAK_END_SET:
                    breaks.append(len(lines))
                lines.append(Line(text, gap, page_no))
                gap = 0
            elif gap < MAX_GAP:
                gap += 1
    return lines, breaks


def _decoration(text: str) -> bool:
    """A rule drawn with punctuation: "::::::", "-----", "_____", "=-=-=-"."""
    if text[0].isalnum() or len(text) < 3:
        return False
    chars = text.replace(" ", "")
    if len(chars) < 3:
        return False
    # At most two distinct characters, neither a letter nor a digit (the first is
    # not). A rule is often a long line: replace() sees that without a step per character.
    rest = chars.replace(chars[0], "")
    return not rest or (not rest[0].isalnum() and not rest.replace(rest[0], ""))


def _dehyphenate(lines: list[Line], breaks: list[int]) -> list[Line]:
    """Join the words and links broken at line ends (changes `lines`); `breaks`
    are the indices of the lines ending in one of BREAK_ENDS.

    A joined line takes nothing more; what is left of the next line may go on
    in the one after it.
    """
    swallowed: list[int] = []  # lines that went up to the line before as a whole
    for i in breaks:
        if i + 1 == len(lines) or (swallowed and swallowed[-1] == i):
            continue
        line, following = lines[i], lines[i + 1]
        if _breaks_word(line.text, following.text):
            joined, rest = _join(line.text, following.text)
            lines[i] = Line(joined, line.gap, line.page)
            if rest:
                lines[i + 1] = Line(rest, following.gap, following.page)
            else:
                swallowed.append(i + 1)
    return _omit(lines, swallowed)


def _ending_in(lines: list[Line], characters: str) -> list[int]:
    """Indices of the lines whose last character is one of `characters`."""
    return [i for i, line in enumerate(lines) if line.text[-1] in characters]


def _omit(lines: list[Line], indices: list[int]) -> list[Line]:
    """The lines but those at `indices` (ascending)."""
    if not indices:
        return lines
    out: list[Line] = []
    start = 0
    for i in indices:
        out += lines[start:i]
        start = i + 1
    return out + lines[start:]


def _breaks_word(text: str, following: str) -> bool:
    """Whether a word or link broken at the end of text goes on in following.

    Neither goes on with a capital, which a line after a question mostly opens with.
    """
    if following[0].isupper():
        return False
    return _hyphenated(text, following) or _url_continues(text, following)


def _hyphenated(text: str, following: str) -> bool:
    if len(text) < 2 or text[-1] not in HYPHENS:
        return False
    before = text[-2]
    if not before.isalpha() and not before.isdigit():
        return False  # "Vision -" or "2040 -": a dash, not a broken word
    first = following[0]
    if not first.islower():
        return False
    word = following.split(" ", 1)[0]
    return not (text[-1] not in SOFT and word.casefold() in SUSPENDED)


def _url_continues(text: str, following: str) -> bool:
    """A long link wrapped after "/" or "=" goes on with a path on the next line."""
    last = text.rsplit(" ", 1)[-1]
    if last[-1] not in URL_BREAKS or not _is_url(last):
        return False
    word = following.split(" ", 1)[0]
    if word[0].isupper() or "://" in word or _is_url(word):
        return False  # a new sentence, or a second link of its own
    return ("/" in word or "=" in word) and bool(URL_PART.fullmatch(word))


def _join(text: str, following: str) -> tuple[str, str]:
    """Move the first word of the next line up to complete the broken word or link."""
    word, _, rest = following.partition(" ")
    if text[-1] not in HYPHENS:
        return text + word, rest.strip()
    hyphen, stem = text[-1], text[:-1]
    last_token = stem.rsplit(" ", 1)[-1]
    # "SIP-möten", "2040-talet", "e-post" and URLs keep their hyphen.
    real = stem[-1].isupper() or stem[-1].isdigit() or len(last_token) == 1 or _is_url(last_token)
    keep = hyphen not in SOFT and real
    return stem + ("-" if keep else "") + word, rest.strip()


def _is_url(token: str) -> bool:
    return bool(URL.match(token))


# --- links -----------------------------------------------------------------


def _urls(text: str) -> list[str]:
    if "://" not in text and "www." not in text and "WWW." not in text:
        return []
    return [match.rstrip(URL_TRAILING) for match in URL.findall(text)]


def _url_only(text: str) -> bool:
    return " " not in text and bool(URL_ONLY.fullmatch(text))


def _drop_injected_urls(lines: list[Line], *, last_page: int) -> tuple[list[Line], list[str]]:
    """The lines without injected link lines (changes `lines`), and every URL in
    order of first appearance."""
    drop: set[int] = set()
    seen: dict[str, None] = {}  # ordered: it becomes the links list
    end = 0
    for i in _lines_with_urls(lines):
        if i < end:
            continue  # in the run of link lines judged last
        if not _url_only(lines[i].text):
            seen.update(dict.fromkeys(_urls(lines[i].text)))
            continue
        end = i + 1
        while end < len(lines) and _url_only(lines[end].text) and lines[end].gap == 0:
            end += 1
        urls = [url for line in lines[i:end] for url in _urls(line.text)]
        if _injected(lines, i, end, urls, seen, last_page):
            drop.update(range(i, end))
        seen.update(dict.fromkeys(urls))
    return _without(lines, drop), list(seen)


def _lines_with_urls(lines: list[Line]) -> list[int]:
    """Indices of the lines that may hold a URL: "://" or "www." in any case.

    Searched for in the text of all lines at once, which costs less than a test
    per line: most protocols have few links or none.
    """
    text = "\n".join([line.text for line in lines])
    found: list[int] = []
    line = start = 0
    for place in sorted(_url_marks(text)):
        line += text.count("\n", start, place)  # the line breaks since the last place
        start = place
        if not found or found[-1] != line:
            found.append(line)
    return found


def _url_marks(text: str) -> list[int]:
    """Where text has "://" or "www." in any case, with which every URL starts."""
    places = _find_all(text, "://")
    # "w" is rare in Swedish: a look at each costs less than text.lower().
    for w in "wW":
        places += [i for i in _find_all(text, w) if text[i : i + 4].lower() == "www."]
    return places


def _find_all(text: str, part: str) -> list[int]:
    places = []
    place = text.find(part)
    while place != -1:
        places.append(place)
        place = text.find(part, place + 1)
    return places


def _injected(
    lines: list[Line], start: int, end: int, urls: list[str], seen: dict, last_page: int
) -> bool:
    """Whether the run of URL-only lines lines[start:end], holding `urls`, was
    inserted by the exporter."""
    before = lines[start - 1] if start > 0 else None
    after = lines[end] if end < len(lines) else None
    if before is not None and before.text.endswith(":"):
        return False  # "Länk till nämndhandlingar:" introduces the link; it is text
    run = lines[start:end]
    at_page_end = run[-1].page < last_page and (after is None or after.page != run[-1].page)
    already_seen = any(url in seen for url in urls)
    continues = after is not None and after.text[0].islower()
    return at_page_end or already_seen or continues


def _without(lines: list[Line], drop: set[int]) -> list[Line]:
    """The lines not dropped (changes `lines`); a dropped run's spacing passes
    to the line after it. Only the lines around a dropped run are looked at."""
    if not drop:
        return lines
    dropped = sorted(drop)
    carried = 0
    for i in dropped:
        carried = max(carried, lines[i].gap)
        after = i + 1
        if after in drop:
            continue  # the run goes on
        if after < len(lines) and carried > lines[after].gap:
            line = lines[after]
            lines[after] = Line(line.text, carried, line.page)
        carried = 0
    return _omit(lines, dropped)


def _finish(lines: list[Line]) -> list[Line]:
    """Resolve the soft hyphens and PDFium hyphens left at line ends that joined nothing."""
    emptied: list[int] = []
    for i in _ending_in(lines, MARKS):
        line = lines[i]
        if line.text[-1] == PDFIUM_HYPHEN:
            line.text = line.text[:-1] + "-"  # a hyphen that joined nothing is a printed one
        else:
            line.text = line.text.rstrip(SOFT).rstrip()
            if not line.text:
                emptied.append(i)
    return _omit(lines, emptied)
