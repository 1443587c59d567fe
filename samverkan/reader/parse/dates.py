"""Swedish dates and times as secretaries write them.

"2023-09-20", "18 november 2021", "fredagen den 16 februari", "den 3 september",
"kl. 13.00 – 13:55", "kl.9-11". A date without a year borrows the meeting's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from samverkan.reader.parse.text import contains_any, ignorecase_lower

MONTHS: Final = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4,
    "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
}  # fmt: skip
WEEKDAY_NAMES: Final = list(WEEKDAYS)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)

# "2023-09-20", and "2023.09.20" as some templates write it.
ISO_DATE: Final = re.compile(r"(?<!\d)(\d{4})([-.])(\d{2})\2(\d{2})(?!\d)")
TEXT_DATE: Final = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY_ALT})(?:en|s)?\s+)?(?:\bden\s+)?"
    rf"(?<![\d.])(?P<day>\d{{1,2}})(?::[ae])?\s+(?P<month>{_MONTH_ALT})\.?\b"
    rf"(?:\s+(?P<year>\d{{4}})\b|\s+[-–'’](?P<short_year>\d{{2}})\b)?",  # "12 mars -24"
    re.IGNORECASE,
)
# "den 20/9", "20/9 2023", "20/9-23": day before month, as Swedes write it by hand.
# Only where a date is expected ("senast 19/3", "Nästa möte: 14/5"): "läsåret 24/25"
# and "Dnr 2023/45" are not dates.
SLASH_DATE: Final = re.compile(
    r"(?:(?<=\bden )|(?<=^)|(?<=senast )|(?<=: )|(?<=\()|(?<=från )|(?<=till )|(?<=datum ))"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})"
    r"(?:(?:\s+|-)(?P<year>\d{4}|\d{2})(?!\d))?(?![\d/])"
)

_CLOCK = r"(?P<{0}h>\d{{1,2}})(?:[.:](?P<{0}m>\d{{2}}))?"
TIME_RANGE: Final = re.compile(
    r"\bkl(?:ockan)?\.?\s*" + _CLOCK.format("s")
    + r"(?:\s*(?:[-–—]|till)\s*(?:kl\.?\s*)?" + _CLOCK.format("e") + r")?",
    re.IGNORECASE,
)  # fmt: skip
BARE_TIME_RANGE: Final = re.compile(
    r"(?<![\d.:])(?P<sh>\d{1,2})[.:](?P<sm>\d{2})"
    r"(?:\s*[-–—]\s*(?P<eh>\d{1,2})(?:[.:](?P<em>\d{2}))?)?(?![\d.:])"
)
# "Tid: 13–15": whole hours, where the text is known to give the time.
HOUR_RANGE: Final = re.compile(
    r"(?<![\d.:/–-])(?P<sh>\d{1,2})(?:[.:](?P<sm>\d{2}))?\s*[-–—]\s*"
    r"(?P<eh>\d{1,2})(?:[.:](?P<em>\d{2}))?(?![\d.:/–-])"
)


@dataclass
class FoundDate:
    date: dt.date | None
    text: str
    start: int
    end: int
    has_year: bool
    weekday: int | None = None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


DIGIT: Final = re.compile(r"\d")
# Every month name in MONTHS starts with one of these. casefold() turns every
# letter that TEXT_DATE's IGNORECASE takes for one of theirs ("ſ", the Kelvin
# sign) into it, so a text without them, casefolded, names no month.
MONTH_STEMS: Final = tuple(
    ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
)


def find_dates(text: str, default_year: int | None = None) -> list[FoundDate]:
    """Every date in the text, in order; dates without a year take default_year."""
    found: list[FoundDate] = []
    if not DIGIT.search(text):
        return found
    # Each pattern only where the character it cannot do without is present.
    # A dotted date's month after its dot starts with 0 or 1 ("2024.03.12").
    if "-" in text or ".0" in text or ".1" in text:
        found += _iso_dates(text)
    if "/" in text:
        found += _slash_dates(text, default_year)
    start = _text_date_start(text)
    if start is not None:
        found += _text_dates(text, default_year, start)
    found.sort(key=lambda f: f.start)
    return found


def _names_a_month(text: str) -> bool:
    folded = text.casefold()
    return contains_any(folded, MONTH_STEMS)


def _iso_dates(text: str) -> list[FoundDate]:
    found = []
    for m in ISO_DATE.finditer(text):
        day = _make(int(m[1]), int(m[3]), int(m[4]))
        if day:
            found.append(FoundDate(day, m[0], m.start(), m.end(), True))
    return found


def _slash_dates(text: str, default_year: int | None) -> list[FoundDate]:
    found = []
    for m in SLASH_DATE.finditer(text):
        year = _year(m["year"]) or default_year
        day = _make(year, int(m["month"]), int(m["day"])) if year else None
        found.append(FoundDate(day, m[0].strip(), m.start(), m.end(), bool(m["year"])))
    return found


# What a TEXT_DATE match holds before its month, in lower case, but for other
# whitespace than " " and other digits than 0-9: weekday, "den" and the day.
TEXT_DATE_LEAD: Final = " :0123456789adefgilmnorståö"


def _text_date_start(text: str) -> int | None:
    """Where TEXT_DATE's search may start; None: the text names no month.

    The pattern opens with optional parts, so it is tried at every position (some
    1,000 instructions each); but a date holds only TEXT_DATE_LEAD before its
    month, so none starts before the run of them that precedes the first month.
    """
    lower = ignorecase_lower(text)
    if lower is None:  # search everywhere
        return 0 if _names_a_month(text) else None
    found = [at for stem in MONTH_STEMS if (at := lower.find(stem)) >= 0]
    if not found:
        return None
    lead = lower[: min(found)].rstrip(TEXT_DATE_LEAD)
    before = lead[-1:]
    return 0 if before.isspace() or before.isdecimal() else len(lead)


def _text_dates(text: str, default_year: int | None, start: int = 0) -> list[FoundDate]:
    """The dates written with the month's name; start: see _text_date_start."""
    found = []
    for m in TEXT_DATE.finditer(text, start):
        year = int(m["year"]) if m["year"] else _year(m["short_year"]) or default_year
        month = MONTHS[m["month"].casefold()]  # IGNORECASE also takes "ſ" for "s"
        day = _make(year, month, int(m["day"])) if year else None
        weekday = WEEKDAYS.get(m["weekday"].lower()) if m["weekday"] else None
        has_year = bool(m["year"] or m["short_year"])
        found.append(FoundDate(day, m[0].strip(), m.start(), m.end(), has_year, weekday))
    return found


def first_date(text: str, default_year: int | None = None) -> FoundDate | None:
    dates = find_dates(text, default_year)
    return dates[0] if dates else None


def _hhmm(hour: str | None, minute: str | None) -> str | None:
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59:
        return None
    return f"{h:02d}:{m:02d}"


def find_times(
    text: str, *, bare: bool = False, hours: bool = False
) -> tuple[str | None, str | None]:
    """Start and end time ("HH:MM") from "kl. 13.00 – 13:55" (or "13:00-15:00" when
    bare, "13–15" when hours: the text is a "Tid:" line's value)."""
    m = time_range(text, bare=bare, hours=hours)
    if m is None:
        return None, None
    return _hhmm(m["sh"], m["sm"]), _hhmm(m["eh"], m["em"])


def time_range(text: str, *, bare: bool = False, hours: bool = False) -> re.Match[str] | None:
    """Where find_times finds the times."""
    m = TIME_RANGE.search(text)
    if m is None and bare:
        m = BARE_TIME_RANGE.search(text)
    if m is None and hours:
        m = HOUR_RANGE.search(text)
    return m


def time_after(text: str, position: int) -> str | None:
    """A "kl. HH:MM" that follows a date closely ("… den 15 januari kl. 13:00")."""
    m = TIME_RANGE.search(text, position, position + 20)
    return _hhmm(m["sh"], m["sm"]) if m else None


def weekday_mismatch(found: FoundDate) -> str | None:
    if found.weekday is None or found.date is None or found.date.weekday() == found.weekday:
        return None
    actual = WEEKDAY_NAMES[found.date.weekday()]
    return (
        f"Veckodagen i '{found.text}' stämmer inte med {found.date.isoformat()} "
        f"(en {actual}); datumet har behållits."
    )


def roll_forward(date: dt.date, has_year: bool, meeting: dt.date | None) -> dt.date:
    """A future date written without a year (next meeting, justering) may fall in the
    next year: has_year tells whether the text gave it."""
    if has_year or meeting is None:
        return date
    if (meeting - date).days > 60:
        return _make(date.year + 1, date.month, date.day) or date
    return date
