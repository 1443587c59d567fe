"""Who may open which page: every view against every member of the cast."""

from __future__ import annotations

import pytest
from django.urls import reverse

from samverkan.meetings.models import Meeting
from tests.web.pages import texts

CAST = ["secretary", "employer_member", "union_member", "outsider", "reader", "admin"]
MEMBERS = ["secretary", "employer_member", "union_member", "admin"]
STRANGERS = ["outsider", "reader"]


@pytest.fixture
def as_role(request, client_for):
    def login(role: str):
        return client_for(None if role == "anonymous" else request.getfixturevalue(role))

    return login


def page_urls(meeting: Meeting) -> list[str]:
    group = meeting.group
    person = meeting.attendances.first().person
    return [
        reverse("web:home"),
        reverse("web:organisations"),
        reverse("web:organisation", args=[group.organisation.slug]),
        reverse("web:group", args=[group.organisation.slug, group.slug]),
        reverse("web:meeting", args=[meeting.pk]),
        reverse("web:meeting_history", args=[meeting.pk]),
        reverse("web:party", args=["kommunal"]),
        reverse("web:person", args=[person.pk]),
    ]


def test_anonymous_is_sent_to_login_from_every_page(client, published, draft):
    for url in page_urls(published) + [reverse("web:meeting", args=[draft.pk])]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("role", CAST)
def test_everyone_logged_in_opens_the_public_pages(as_role, role, published):
    client = as_role(role)
    for url in page_urls(published):
        if "historik" in url:
            continue
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role", MEMBERS)
def test_members_open_a_draft_of_their_group(as_role, role, draft):
    response = as_role(role).get(reverse("web:meeting", args=[draft.pk]))
    assert response.status_code == 200
    assert "Hemlig punkt i utkastet" in response.content.decode()


@pytest.mark.parametrize("role", STRANGERS)
def test_others_get_404_for_a_draft_as_if_it_did_not_exist(as_role, role, draft):
    assert as_role(role).get(reverse("web:meeting", args=[draft.pk])).status_code == 404
    assert as_role(role).get(reverse("web:meeting_history", args=[draft.pk])).status_code == 404


@pytest.mark.parametrize("role", ["secretary", "admin"])
def test_secretary_and_admin_open_the_history(as_role, role, published, draft):
    for meeting in (published, draft):
        assert (
            as_role(role).get(reverse("web:meeting_history", args=[meeting.pk])).status_code == 200
        )


@pytest.mark.parametrize("role", ["employer_member", "union_member"])
def test_members_who_are_not_secretary_get_403_for_history(as_role, role, published, draft):
    for meeting in (published, draft):
        assert (
            as_role(role).get(reverse("web:meeting_history", args=[meeting.pk])).status_code == 403
        )


@pytest.mark.parametrize("role", STRANGERS)
def test_readers_of_a_public_protocol_get_403_for_its_history(as_role, role, published):
    assert as_role(role).get(reverse("web:meeting_history", args=[published.pk])).status_code == 403


@pytest.mark.parametrize("role", CAST)
def test_unknown_objects_are_404_for_everyone(as_role, role, home_group):
    client = as_role(role)
    org = home_group.organisation.slug
    for url in [
        reverse("web:organisation", args=["finns-inte"]),
        reverse("web:group", args=[org, "finns-inte"]),
        reverse("web:meeting", args=[999999]),
        reverse("web:meeting_history", args=[999999]),
        reverse("web:party", args=["finns-inte"]),
        reverse("web:person", args=[999999]),
    ]:
        assert client.get(url).status_code == 404, url


def test_a_hidden_draft_gets_the_same_404_page_as_a_missing_meeting(client_for, reader, draft):
    hidden = client_for(reader).get(reverse("web:meeting", args=[draft.pk]))
    missing = client_for(reader).get(reverse("web:meeting", args=[999999]))
    assert texts(hidden, "//h1", 404) == texts(missing, "//h1", 404) == ["Sidan finns inte"]


def test_history_refusal_explains_itself(client_for, union_member, published):
    response = client_for(union_member).get(reverse("web:meeting_history", args=[published.pk]))
    assert texts(response, "//h1", 403) == ["Ingen behörighet"]
