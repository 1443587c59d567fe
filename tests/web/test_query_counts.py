"""Every page costs the same number of queries however large the archive grows.

These count what rendering a page costs, so the per-session page cache is off
here (tests/web/test_page_cache.py tests what it saves).
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samverkan.audit.models import record_change
from samverkan.meetings.models import AgendaItem, Attendance, Meeting, Statement
from samverkan.organisations.models import Person
from tests import factories
from tests.web.conftest import archive_urls, fill_protocol

N = 3
_days = itertools.count(1)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def regular(home_group, kommunal) -> Person:
    """Someone who attends every meeting of the archive."""
    return factories.person("Rut Regelbunden", party_=kommunal)


@pytest.fixture
def grow(home_group, other_group, employer, kommunal, regular, published, union_member):
    """Add n meetings to each group, public and draft, full protocols with the regular present."""

    def add(n: int) -> None:
        for _ in range(n):
            for group, status in [
                (home_group, Meeting.Status.PUBLISHED),
                (home_group, Meeting.Status.HELD),
                (other_group, Meeting.Status.IMPORTED),
            ]:
                # The same year as the fixture's protocol, so the group page lists them all.
                day = dt.date(2023, 1, 1) + dt.timedelta(days=next(_days) % 250)
                meeting = factories.meeting(group, status=status, date=day)
                fill_protocol(meeting, employer=employer, union=kommunal, tag=f" {meeting.pk}")
                Attendance.objects.create(meeting=meeting, person=regular, party=kommunal, order=9)
                record_change(
                    meeting=published,
                    user=union_member,
                    action="edit",
                    summary="Ändrat",
                    changes={"Plats": ["A", "B"]},
                )

    return add


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = ["start", "organisations", "organisation", "group", "meeting", "history", "party", "person"]
CASES = [
    (page, role)
    for page in PAGES
    for role in ("secretary", "reader", "admin")
    if (page, role) != ("history", "reader")
]  # readers may not open the history


@pytest.mark.parametrize(("page", "role"), CASES)
def test_page_query_count_does_not_grow_with_the_archive(
    request, client_for, grow, published, regular, page, role
):
    client = client_for(request.getfixturevalue(role))
    url = archive_urls(published, regular, "kommunal")[page]
    grow(N)
    small = count_queries(client, url)
    grow(2 * N)
    assert count_queries(client, url) == small


def test_meeting_page_query_count_does_not_grow_with_the_protocol(
    client_for, reader, published, kommunal
):
    client = client_for(reader)
    small = count_queries(client, published.get_absolute_url())
    cache.clear()
    for order in range(10, 40):
        item = AgendaItem.objects.create(
            meeting=published, number=str(order), title=f"Punkt {order}", order=order
        )
        AgendaItem.objects.create(
            meeting=published, parent=item, number=f"{order}.1", title="Under", order=order * 100
        )
        Statement.objects.create(
            item=item, party=kommunal, kind=Statement.Kind.QUESTION, text="Fråga?"
        )
    assert count_queries(client, published.get_absolute_url()) == small


def test_a_public_protocol_is_read_from_the_cache_the_second_time(client_for, reader, published):
    client = client_for(reader)
    first = count_queries(client, published.get_absolute_url())
    second = count_queries(client, published.get_absolute_url())
    # The second time: session, user, memberships, the meeting and the data version the
    # cached body is keyed by; no items, people, statements.
    assert (first, second) == (14, 5)
