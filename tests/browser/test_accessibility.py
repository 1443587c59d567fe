"""axe-core finds no WCAG 2.1 A/AA violation on any page, filled with a real protocol.

One tour per test rather than one test per page: the seed import is the costly
part, and a failure lists every page's violations at once.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible, axe_violations, describe
from tests.browser.archive import first_attendance, first_statement, import_seed_txt

pytestmark = pytest.mark.browser


def archive_urls(meeting) -> dict[str, str]:
    group = meeting.group
    statement, attendance = first_statement(meeting), first_attendance(meeting)
    return {
        "start": reverse("web:home"),
        "organisation list": reverse("web:organisations"),
        "organisation": group.organisation.get_absolute_url(),
        "group": group.get_absolute_url(),
        "meeting": meeting.get_absolute_url(),
        "party": statement.party.get_absolute_url(),
        "person": attendance.person.get_absolute_url(),
        "history": reverse("web:meeting_history", args=[meeting.pk]),
    }


def test_login_page_is_accessible(page):
    page.goto(reverse("login"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")
    assert_accessible(page)


def test_archive_pages_are_accessible(page, log_in, secretary, home_group):
    # Seed 001 is the longest: attendance, justerare, statements of several parties.
    meeting = import_seed_txt(home_group, secretary, "001")
    log_in(secretary)
    found = {}
    for name, url in archive_urls(meeting).items():
        response = page.goto(url)
        assert (name, response.status) == (name, 200)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        if violations := axe_violations(page):
            found[name] = f"{url}\n{describe(violations)}"

    assert not found, "\n\n".join(f"{name}: {text}" for name, text in found.items())
