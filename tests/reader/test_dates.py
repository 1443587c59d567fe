import datetime as dt

import pytest

from samverkan.reader.parse import dates


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("2023-09-20", None, dt.date(2023, 9, 20)),
        ("Datum: 2024.03.12", None, dt.date(2024, 3, 12)),
        ("18 november 2021", None, dt.date(2021, 11, 18)),
        ("fredagen den 16 februari", 2024, dt.date(2024, 2, 16)),
        ("den 3 september", 2023, dt.date(2023, 9, 3)),
        ("den 3:e sept.", 2023, dt.date(2023, 9, 3)),
        ("den 3 september", None, None),
        ("31 februari 2023", None, None),
        ("12 mars -24, kl 09.00–11.00", None, dt.date(2024, 3, 12)),
    ],
)
def test_swedish_dates(text, year, expected):
    found = dates.first_date(text, year)
    assert found is not None
    assert found.date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kl. 13.00 – 13:55", ("13:00", "13:55")),
        ("kl.9-11", ("09:00", "11:00")),
        ("Kl. 13.00", ("13:00", None)),
        ("klockan 8.30 till 10", ("08:30", "10:00")),
        ("kl. 25.00", (None, None)),
    ],
)
def test_times(text, expected):
    assert dates.find_times(text) == expected


def test_bare_times_only_when_asked():
    assert dates.find_times("13:00-15:00") == (None, None)
    assert dates.find_times("13:00-15:00", bare=True) == ("13:00", "15:00")


def test_weekday_that_does_not_fit_is_named():
    found = dates.first_date("torsdagen den 15 januari", 2024)
    assert dates.weekday_mismatch(found) == (
        "Veckodagen i 'torsdagen den 15 januari' stämmer inte med 2024-01-15 (en måndag); "
        "datumet har behållits."
    )


def test_future_date_without_year_rolls_into_next_year():
    found = dates.first_date("den 18 januari", 2023)
    rolled = dates.roll_forward(found.date, found.has_year, dt.date(2023, 12, 14))
    assert rolled == dt.date(2024, 1, 18)


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("den 20/9", 2023, dt.date(2023, 9, 20)),
        ("den 20/9 2024", None, dt.date(2024, 9, 20)),
        ("20/9-23", None, dt.date(2023, 9, 20)),
        ("Protokollet justeras senast 19/3.", 2024, dt.date(2024, 3, 19)),
        ("Nästa möte: 14/5 kl. 13-15", 2024, dt.date(2024, 5, 14)),
    ],
)
def test_day_slash_month(text, year, expected):
    assert dates.first_date(text, year).date == expected


def test_fractions_are_not_dates():
    assert dates.first_date("hälften, 1/2 av tjänsterna", 2023) is None
    assert dates.first_date("Tjänstefördelning läsåret 24/25", 2024) is None
    assert dates.first_date("Dnr 2023/45", 2024) is None


def test_whole_hours_and_an_end_without_minutes_where_a_time_is_given():
    assert dates.find_times("13–15") == (None, None)
    assert dates.find_times("13–15", bare=True, hours=True) == ("13:00", "15:00")
    assert dates.find_times("8.30-10", bare=True) == ("08:30", "10:00")
    assert dates.find_times("2024-04-16, 13–15", bare=True, hours=True) == ("13:00", "15:00")
