"""axe-core finds no WCAG 2.1 A/AA violation on any page, filled with a real protocol.

One tour per test rather than one test per page: the seed import is the costly
part, and a failure lists every page's violations at once.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from samverkan.imports.domain import prepare_import
from tests.browser.a11y import assert_accessible, axe_violations, describe
from tests.browser.archive import first_attendance, first_statement, import_seed_txt
from tests.browser.pdf import seed_pdf

pytestmark = pytest.mark.browser


def page_urls(meeting, pending) -> dict[str, str]:
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
        "import upload": reverse("imports:upload"),
        "import review": reverse("imports:review", args=[pending.pk]),
    }


def test_login_page_is_accessible(page):
    page.goto(reverse("login"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")
    assert_accessible(page)


def test_every_page_is_accessible(page, log_in, secretary, home_group):
    # Seed 001 is the longest: attendance, justerare, statements of several parties.
    meeting = import_seed_txt(home_group, secretary, "001")
    pending = prepare_import(
        group=home_group,
        filename="protokoll-2023-09-20.pdf",
        content=seed_pdf("003"),
        user=secretary,
    )
    log_in(secretary)
    found = {}
    for name, url in page_urls(meeting, pending).items():
        response = page.goto(url)
        assert (name, response.status) == (name, 200)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        if violations := axe_violations(page):
            found[name] = f"{url}\n{describe(violations)}"

    assert not found, "\n\n".join(f"{name}: {text}" for name, text in found.items())


def test_keyboard_user_skips_the_navigation(page, log_in, reader):
    log_in(reader)
    page.goto(reverse("web:home"))

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()


# The elements that stick out past the window, for the failure message.
WIDEST = """[...document.querySelectorAll('main *')]
  .filter(e => e.getBoundingClientRect().right > 321 && !e.closest('.table-wrap'))
  .slice(-3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""


def test_every_page_reflows_at_320_pixels_without_sideways_scrolling(
    page, log_in, secretary, home_group
):
    """WCAG 1.4.10: at 320 CSS pixels only a data table may scroll, inside its own box."""
    meeting = import_seed_txt(home_group, secretary, "001")
    pending = prepare_import(
        group=home_group, filename="protokoll.pdf", content=seed_pdf("003"), user=secretary
    )
    log_in(secretary)
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for name, url in page_urls(meeting, pending).items():
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[name] = (width, page.evaluate(WIDEST))
    assert too_wide == {}
