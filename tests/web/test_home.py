"""The start page: my groups, the latest protocols I may read, open follow-ups in my groups."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse

from tests.web.pages import parse, section, texts

MEMBERS = ["secretary", "employer_member", "union_member"]


@pytest.fixture
def home(request, client_for, published, draft):
    def open_as(role: str):
        return client_for(request.getfixturevalue(role)).get(reverse("web:home"))

    return open_as


@pytest.mark.parametrize("role", MEMBERS)
def test_members_see_their_group_drafts_and_open_follow_ups(home, role):
    page = home(role)
    assert texts(page, section("mina-grupper") + "//li") == [
        "Förvaltningsgrupp, Socialförvaltningen"
    ]
    assert texts(page, section("senaste") + "//li/a") == [
        "2023-10-18 Förvaltningsgrupp",
        "2023-09-20 Förvaltningsgrupp",
    ]
    assert texts(page, section("senaste") + "//li//*[contains(@class, 'badge')]") == [
        "Utkast: genomfört"
    ]
    assert texts(page, section("uppfoljning") + "//p[@class='follow-up__text']") == [
        "Arbetsgivaren återkommer om bemanningen."
    ]
    assert texts(page, section("uppfoljning") + "//a") == [
        "Förvaltningsgrupp 2023-09-20, 5.1 Bemanning i hemtjänsten"
    ]


def test_outsider_sees_own_group_and_only_public_protocols_of_others(home):
    page = home("outsider")
    assert texts(page, section("mina-grupper") + "//li") == [
        "Förvaltningsgrupp, Norrmalms stadsdelsförvaltning"
    ]
    assert texts(page, section("senaste") + "//li/a") == ["2023-09-20 Förvaltningsgrupp"]
    assert texts(page, section("uppfoljning") + "//p") == ["Inga öppna frågor i dina grupper."]


def test_reader_sees_public_protocols_and_no_group_sections(home):
    page = home("reader")
    assert texts(page, section("senaste") + "//li") == [
        "2023-09-20 Förvaltningsgrupp, Socialförvaltningen"
    ]
    assert texts(page, section("mina-grupper")) == []
    assert texts(page, section("uppfoljning")) == []


def test_admin_sees_every_protocol_including_drafts(home):
    page = home("admin")
    assert texts(page, section("senaste") + "//li/a") == [
        "2023-10-18 Förvaltningsgrupp",
        "2023-09-20 Förvaltningsgrupp",
    ]


def test_navigation_names_start_and_organisations_and_the_user(client_for, secretary):
    page = client_for(secretary).get(reverse("web:home"))
    assert texts(page, "//nav[@class='site-nav']//a")[:2] == ["Start", "Förvaltningar"]
    assert texts(page, "//span[@class='user-name']") == ["sekreterare"]
    assert texts(page, "//form[@class='logout']//button") == ["Logga ut"]


def import_url() -> str | None:
    for name in ("imports:upload", "imports:index"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return None


def nav_links(response) -> list[str]:
    return parse(response).xpath("//nav[@class='site-nav']//a/@href")


@pytest.mark.parametrize("role", ["secretary", "admin"])
def test_import_link_is_offered_to_those_who_may_import(client_for, request, role):
    if import_url() is None:
        pytest.skip("the import page is not built yet")
    response = client_for(request.getfixturevalue(role)).get(reverse("web:home"))
    assert nav_links(response) == [reverse("web:home"), reverse("web:organisations"), import_url()]


@pytest.mark.parametrize("role", ["employer_member", "union_member", "outsider", "reader"])
def test_import_link_is_hidden_from_those_who_may_not_import(client_for, request, role):
    response = client_for(request.getfixturevalue(role)).get(reverse("web:home"))
    assert nav_links(response) == [reverse("web:home"), reverse("web:organisations")]


def test_start_page_shows_the_ten_newest_follow_ups_and_says_there_are_more(
    client_for, secretary, published
):
    from samverkan.meetings.models import FollowUp

    item = published.items.get(number="5.1")
    for n in range(12):
        FollowUp.objects.create(raised_at=item, text=f"Fråga {n:02} återkommer.", order=n + 1)
    page = client_for(secretary).get(reverse("web:home"))
    assert len(texts(page, section("uppfoljning") + "//li")) == 10
    assert texts(page, section("uppfoljning") + "/p") == ["Visar de 10 senaste öppna frågorna."]


def test_latest_protocols_are_the_ten_newest_visible(client_for, reader, home_group, other_group):
    import datetime as dt

    from samverkan.meetings.models import Meeting
    from tests import factories

    for day in range(1, 13):
        factories.meeting(home_group, date=dt.date(2024, 1, day))
    factories.meeting(home_group, status=Meeting.Status.HELD, date=dt.date(2024, 2, 1))
    factories.meeting(other_group, date=dt.date(2023, 12, 31))
    page = client_for(reader).get(reverse("web:home"))
    assert texts(page, section("senaste") + "//li/a") == [
        f"2024-01-{day:02} Förvaltningsgrupp" for day in range(12, 2, -1)
    ]
    org = client_for(reader).get(reverse("web:organisation", args=[other_group.organisation.slug]))
    assert texts(org, section("senaste") + "//li/a") == ["2023-12-31 Förvaltningsgrupp"]


def test_undated_meetings_stay_out_of_the_latest_list(client_for, reader, home_group, published):
    from samverkan.meetings.models import Meeting

    Meeting.objects.create(group=home_group, status=Meeting.Status.IMPORTED, date=None)
    page = client_for(reader).get(reverse("web:home"))
    assert texts(page, section("senaste") + "//li/a") == ["2023-09-20 Förvaltningsgrupp"]
