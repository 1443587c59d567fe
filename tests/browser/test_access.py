"""Drafts: a reader is told the protocol does not exist; a member of the group reads it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from samverkan.meetings.models import Meeting
from tests import factories
from tests.browser.a11y import assert_accessible

pytestmark = pytest.mark.browser

NOT_FOUND = re.compile(r"hittades inte|finns inte|not found", re.IGNORECASE)


@pytest.fixture
def draft(home_group):
    return factories.meeting(home_group, status=Meeting.Status.HELD, items=2)


def test_reader_cannot_open_a_draft(page, log_in, reader, draft):
    log_in(reader)

    response = page.goto(draft.get_absolute_url())

    assert response.status == 404
    expect(page.locator("body")).to_contain_text(NOT_FOUND)
    expect(page.get_by_text("Punkt 1")).to_have_count(0)
    assert_accessible(page)


def test_member_reads_a_draft_marked_as_such(page, log_in, union_member, draft):
    log_in(union_member)

    response = page.goto(draft.get_absolute_url())

    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_contain_text("Protokoll")
    expect(page.locator(".badge--draft")).to_have_text("Utkast: genomfört")
    items = page.locator(".item__title")
    expect(items).to_have_text(["1 Punkt 1", "2 Punkt 2"])
    assert_accessible(page)
