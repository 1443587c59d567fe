"""The access rules the pages rely on, per member of the cast."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from samverkan.accounts import access
from samverkan.meetings.models import Meeting
from tests import factories


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("secretary", True),
        ("admin", True),
        ("employer_member", False),
        ("union_member", False),
        ("outsider", False),
        ("reader", False),
    ],
)
def test_only_secretaries_and_admins_may_import(request, role, expected):
    assert access.can_import(request.getfixturevalue(role)) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("secretary", {"2023-10-18", "2023-09-20"}),
        ("employer_member", {"2023-10-18", "2023-09-20"}),
        ("union_member", {"2023-10-18", "2023-09-20"}),
        ("admin", {"2023-10-18", "2023-09-20"}),
        ("outsider", {"2023-09-20"}),
        ("reader", {"2023-09-20"}),
    ],
)
def test_visible_meetings_hide_drafts_from_non_members(request, home_group, role, expected):
    factories.meeting(home_group, status=Meeting.Status.PUBLISHED)
    factories.meeting(home_group, status=Meeting.Status.HELD, date=dt.date(2023, 10, 18))
    user = request.getfixturevalue(role)
    found = {m.date.isoformat() for m in Meeting.objects.visible_to(user)}
    assert found == expected


def test_anonymous_sees_no_meeting(home_group):
    factories.meeting(home_group, status=Meeting.Status.PUBLISHED)
    assert list(Meeting.objects.visible_to(AnonymousUser())) == []
    assert list(Meeting.objects.filter(access.meeting_visibility(AnonymousUser()))) == []
