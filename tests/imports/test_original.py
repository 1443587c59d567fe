"""Downloading the original file of an imported meeting: whoever may read the meeting."""

from __future__ import annotations

import pytest
from django.urls import reverse

from samverkan.imports.domain import confirm_import
from samverkan.meetings.models import Meeting
from tests import factories
from tests.imports.protocols import pending

pytestmark = pytest.mark.django_db

EVERYONE = ["secretary", "employer_member", "union_member", "outsider", "reader", "admin"]
MEMBERS = ["secretary", "employer_member", "union_member", "admin"]


@pytest.fixture
def imported(home_group, secretary):
    document = pending(home_group, filename="Protokoll förvaltningsgrupp.txt")
    return confirm_import(document=document, user=secretary), document


@pytest.fixture
def draft(imported):
    meeting, document = imported
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.HELD)
    return meeting, document


def get(client, meeting):
    return client.get(reverse("imports:original", args=[meeting.pk]))


@pytest.mark.parametrize("role", EVERYONE)
def test_anyone_logged_in_downloads_the_file_of_a_public_protocol(
    request, client_for, role, imported
):
    meeting, document = imported
    response = get(client_for(request.getfixturevalue(role)), meeting)
    assert response.status_code == 200
    assert response.content == bytes(document.content)
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Protokoll%20f%C3%B6rvaltningsgrupp.txt"
    )


def test_anonymous_visitors_log_in_first(client, imported):
    meeting, _ = imported
    path = reverse("imports:original", args=[meeting.pk])
    response = client.get(path)
    assert (response.status_code, response.url) == (302, f"{reverse('login')}?next={path}")


@pytest.mark.parametrize("role", MEMBERS)
def test_members_download_the_file_of_a_draft(request, client_for, role, draft):
    meeting, document = draft
    response = get(client_for(request.getfixturevalue(role)), meeting)
    assert (response.status_code, response.content) == (200, bytes(document.content))


@pytest.mark.parametrize("role", ["outsider", "reader"])
def test_others_do_not_learn_that_a_draft_exists(request, client_for, role, draft):
    meeting, _ = draft
    assert get(client_for(request.getfixturevalue(role)), meeting).status_code == 404


def test_a_meeting_without_an_imported_file(client_for, reader, home_group):
    meeting = factories.meeting(home_group)
    assert get(client_for(reader), meeting).status_code == 404


def test_a_meeting_that_does_not_exist(client_for, reader, db):
    response = client_for(reader).get(reverse("imports:original", args=[999999]))
    assert response.status_code == 404


def test_an_ascii_file_name_is_given_plainly(client_for, reader, home_group, secretary):
    meeting = confirm_import(document=pending(home_group, filename="fvg.txt"), user=secretary)
    response = get(client_for(reader), meeting)
    assert response["Content-Disposition"] == 'attachment; filename="fvg.txt"'
