"""Small conversions from the protocol JSON's strings to database values."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from samverkan.meetings.models import AgendaItem

# Hosts whose URLs are a meeting's video link rather than a document.
REMOTE_HOSTS = re.compile(
    r"https?://[^/\s]*(zoom\.us|teams\.microsoft\.com|teams\.live\.com|skype\.com)"
)


def iso_date(text: str | None) -> dt.date | None:
    if not text or not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def iso_time(text: str | None) -> dt.time | None:
    if not text or not re.fullmatch(r"\d\d:\d\d", text):
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return None


def iso_datetime(text: str | None) -> dt.datetime | None:
    """ "2023-09-25T12:00", or a bare date meaning the end of that day (Swedish time)."""
    if not text:
        return None
    day = iso_date(text[:10])
    if day is None:
        return None
    moment = iso_time(text[11:16]) if len(text) > 10 else dt.time(23, 59)
    if moment is None:
        return None
    return timezone.make_aware(dt.datetime.combine(day, moment))


def remote_link(remote: str | None, links: list[str]) -> str:
    """The meeting's video link if the protocol has one, else the platform's name."""
    for link in links:
        if REMOTE_HOSTS.match(link):
            return link
    return remote or ""


def next_meeting_text(next_meeting) -> str:
    """ "2023-10-18 kl. 13:00–15:00, Rum 3, Zoom" from the next_meeting object."""
    if next_meeting is None:
        return ""
    times = "–".join(t for t in (next_meeting.start_time, next_meeting.end_time) if t)
    parts = [
        " ".join(p for p in (next_meeting.date, f"kl. {times}" if times else "") if p),
        next_meeting.location or "",
        next_meeting.remote or "",
    ]
    return ", ".join(p for p in parts if p)


KIND_RULES: list[tuple[str, re.Pattern]] = [
    (
        AgendaItem.Kind.PREREGISTERED,
        re.compile(r"föranmäl|anmälda\s+(frågor|ärenden)|inkomna\s+(frågor|ärenden)", re.I),
    ),
    (AgendaItem.Kind.MATTER, re.compile(r"nämndärend|ärenden\s+till\s+nämnd", re.I)),
    (AgendaItem.Kind.QUESTION, re.compile(r"övriga?\s+fråg", re.I)),
    (AgendaItem.Kind.INFORMATION, re.compile(r"\binformation", re.I)),
]


def item_kind(title: str) -> str:
    """The kind of agenda item its heading names; the first matching rule wins."""
    for kind, pattern in KIND_RULES:
        if pattern.search(title):
            return kind
    return AgendaItem.Kind.STANDARD
