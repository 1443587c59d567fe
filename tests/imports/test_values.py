"""The small conversions from the protocol JSON's strings to database values."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from samverkan.imports import values
from samverkan.reader.model import NextMeeting

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Föranmälda frågor", "preregistered"),
        ("Föranmälda ärenden från Kommunal", "preregistered"),
        ("Anmälda frågor", "preregistered"),
        ("Inkomna ärenden", "preregistered"),
        ("Nämndärenden", "matter"),
        ("Ärenden till nämnden – information enligt MBL § 19", "matter"),
        ("Övriga frågor", "question"),
        ("Övrig fråga", "question"),
        ("Information från arbetsgivaren", "information"),
        ("Facklig information", "information"),
        ("Balanslista", "standard"),
        ("Mötets öppnande", "standard"),
    ],
)
def test_item_kind_from_the_heading(title, kind):
    assert values.item_kind(title) == kind


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2023-09-20", dt.date(2023, 9, 20)),
        ("2023-02-30", None),
        ("2023-09", None),
        (None, None),
        ("20 september", None),
    ],
)
def test_iso_date(text, day):
    assert values.iso_date(text) == day


@pytest.mark.parametrize(
    ("text", "moment"),
    [("13:05", dt.time(13, 5)), ("24:00", None), ("9.00", None), ("", None)],
)
def test_iso_time(text, moment):
    assert values.iso_time(text) == moment


def test_iso_datetime_is_swedish_time_and_a_bare_date_means_end_of_day():
    assert values.iso_datetime("2023-09-25T12:00") == dt.datetime(2023, 9, 25, 12, tzinfo=STOCKHOLM)
    assert values.iso_datetime("2023-09-25") == dt.datetime(2023, 9, 25, 23, 59, tzinfo=STOCKHOLM)
    assert values.iso_datetime("2023-09-25T25:00") is None
    assert values.iso_datetime(None) is None


def test_remote_link_prefers_a_video_link_over_the_platform_name():
    links = ["https://insyn.stockholm.se/a", "https://stockholm.zoom.us/j/1"]
    assert values.remote_link("Zoom", links) == "https://stockholm.zoom.us/j/1"
    assert values.remote_link("Teams", links[:1]) == "Teams"
    assert values.remote_link(None, []) == ""


def test_next_meeting_text():
    full = NextMeeting(
        date="2023-10-18", start_time="13:00", end_time="15:00", location="Rum 3", remote="Teams"
    )
    assert values.next_meeting_text(full) == "2023-10-18 kl. 13:00–15:00, Rum 3, Teams"
    assert values.next_meeting_text(NextMeeting(date="2023-10-18")) == "2023-10-18"
    assert values.next_meeting_text(NextMeeting(location="Rum 3")) == "Rum 3"
    assert values.next_meeting_text(None) == ""
