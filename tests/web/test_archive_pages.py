"""Organisations, groups, parties and people: what each member of the cast finds there."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from samverkan.meetings.models import Attendance, Meeting, Statement
from samverkan.organisations.models import Person
from tests import factories
from tests.web.pages import rows, section, texts

MEMBERS = ["secretary", "employer_member", "union_member", "admin"]
STRANGERS = ["outsider", "reader"]


@pytest.fixture
def get_as(request, client_for):
    def get(role: str, url: str):
        return client_for(request.getfixturevalue(role)).get(url)

    return get


@pytest.fixture
def draft_with_olle(draft, kommunal) -> Meeting:
    """The draft also has Olle Ombud present and a Kommunal statement nobody outside may read."""
    olle = Person.objects.get(name="Olle Ombud")
    Attendance.objects.create(meeting=draft, person=olle, party=kommunal)
    item = draft.items.get()
    Statement.objects.create(
        item=item, party=kommunal, kind=Statement.Kind.OPINION, text="Hemligt yttrande."
    )
    return draft


@pytest.mark.parametrize("role", MEMBERS + STRANGERS)
def test_organisation_list_names_each_organisation_with_its_group_count(
    get_as, role, home_group, other_group
):
    page = get_as(role, reverse("web:organisations"))
    assert rows(page, "//table/tbody/tr") == [
        ["Norrmalms stadsdelsförvaltning", "1"],
        ["Socialförvaltningen", "1"],
    ]


@pytest.mark.parametrize("role", MEMBERS + STRANGERS)
def test_organisation_page_lists_groups_and_the_protocols_the_user_may_read(
    get_as, role, published, draft
):
    page = get_as(role, reverse("web:organisation", args=["socialforvaltningen"]))
    assert texts(page, "//h1") == ["Socialförvaltningen"]
    assert texts(page, section("grupper") + "//li") == ["Förvaltningsgrupp (Förvaltningsgrupp)"]
    expected = ["2023-09-20 Förvaltningsgrupp"]
    if role in MEMBERS:
        expected.insert(0, "2023-10-18 Förvaltningsgrupp")
    assert texts(page, section("senaste") + "//li/a") == expected


@pytest.mark.parametrize("role", MEMBERS + STRANGERS)
def test_group_page_lists_visible_meetings_and_members_by_party(
    get_as, role, published, draft, secretary, employer_member, union_member
):
    page = get_as(role, reverse("web:group", args=["socialforvaltningen", "forvaltningsgrupp"]))
    expected = ["2023-09-20 Förvaltningsgrupp"]
    if role in MEMBERS:
        expected.insert(0, "2023-10-18 Förvaltningsgrupp")
    assert texts(page, section("moten") + "//li/a") == expected
    assert texts(page, section("moten") + "//h2") == ["Möten 2023"]
    assert texts(page, section("ledamoter") + "//h3") == ["Arbetsgivaren", "Kommunal"]
    assert texts(page, section("ledamoter") + "//li") == [
        "Chef Svensson, ledamot",
        "Sekreterare Svensson, sekreterare",
        "Ombud Svensson, ledamot",
    ]


def test_group_page_shows_one_year_at_a_time_and_undated_meetings_apart(
    get_as, home_group, published
):
    factories.meeting(home_group, date=dt.date(2021, 11, 18))
    Meeting.objects.create(group=home_group, status=Meeting.Status.IMPORTED, date=None)
    url = reverse("web:group", args=["socialforvaltningen", "forvaltningsgrupp"])
    page = get_as("reader", url)
    assert texts(page, "//nav[@class='year-nav']//li") == ["2023", "2021", "Utan datum"]
    assert texts(page, section("moten") + "//ul[@class='meeting-list']//a") == [
        "2023-09-20 Förvaltningsgrupp"
    ]
    older = get_as("reader", url + "?ar=2021")
    assert texts(older, section("moten") + "//ul[@class='meeting-list']//a") == [
        "2021-11-18 Förvaltningsgrupp"
    ]
    undated = get_as("reader", url + "?ar=utan")
    assert texts(undated, section("moten") + "//ul[@class='meeting-list']//a") == [
        "Utan datum Förvaltningsgrupp"
    ]


@pytest.mark.parametrize("role", MEMBERS)
def test_party_page_shows_statements_from_drafts_to_members(
    get_as, role, published, draft_with_olle, union_member
):
    page = get_as(role, reverse("web:party", args=["kommunal"]))
    assert texts(page, "//h1") == ["Kommunal arbetstagare"]
    assert texts(page, section("personer") + "//li") == [
        "Olle Ombud",
        "Ombud Svensson",
        "Stina Borta",
    ]
    assert texts(page, section("yttranden") + "//span[@class='statement__text']") == [
        "Hemligt yttrande.",
        "Hur ser bemanningen ut i sommar?",
    ]


@pytest.mark.parametrize("role", STRANGERS)
def test_party_page_shows_strangers_only_public_statements(
    get_as, role, published, draft_with_olle
):
    page = get_as(role, reverse("web:party", args=["kommunal"]))
    assert texts(page, section("yttranden") + "//li") == [
        "fråga Hur ser bemanningen ut i sommar? Förvaltningsgrupp, Socialförvaltningen 2023-09-20, 5.1 Bemanning i hemtjänsten"
    ]


def test_party_statements_are_paginated(get_as, published, kommunal):
    item = published.items.get(number="5.1")
    for n in range(30):
        Statement.objects.create(
            item=item, party=kommunal, kind=Statement.Kind.QUESTION, text=f"Fråga {n}", order=10 + n
        )
    url = reverse("web:party", args=["kommunal"])
    assert len(texts(get_as("reader", url), section("yttranden") + "//li")) == 25
    second = get_as("reader", url + "?sida=2")
    assert len(texts(second, section("yttranden") + "//li")) == 6
    assert texts(second, section("yttranden") + "//nav//span") == ["Sida 2 av 2"]


@pytest.mark.parametrize("role", MEMBERS)
def test_person_page_shows_members_attendance_at_drafts_too(
    get_as, role, published, draft_with_olle
):
    olle = Person.objects.get(name="Olle Ombud")
    page = get_as(role, reverse("web:person", args=[olle.pk]))
    assert texts(page, "//h1") == ["Olle Ombud"]
    assert rows(page, section("narvaro") + "//tbody/tr") == [
        ["2023-10-18 Förvaltningsgrupp, Socialförvaltningen", "Kommunal", "närvarande"],
        ["2023-09-20 Förvaltningsgrupp, Socialförvaltningen", "Kommunal", "närvarande"],
    ]


@pytest.mark.parametrize("role", STRANGERS)
def test_person_page_shows_strangers_attendance_at_public_meetings_only(
    get_as, role, published, draft_with_olle
):
    olle = Person.objects.get(name="Olle Ombud")
    page = get_as(role, reverse("web:person", args=[olle.pk]))
    assert rows(page, section("narvaro") + "//tbody/tr") == [
        ["2023-09-20 Förvaltningsgrupp, Socialförvaltningen", "Kommunal", "närvarande"]
    ]


def test_person_page_lists_memberships_with_party_and_role(get_as, secretary):
    person = secretary.person
    page = get_as("reader", reverse("web:person", args=[person.pk]))
    assert rows(page, section("uppdrag") + "//tbody/tr") == [
        ["Förvaltningsgrupp, Socialförvaltningen", "Arbetsgivaren", "sekreterare", "…–"]
    ]
    assert texts(page, "//main/p[1]/a") == ["Arbetsgivaren"]


def test_person_page_lists_open_ended_seats_before_dated_ones(
    get_as, secretary, other_group, employer
):
    from samverkan.organisations.models import Membership

    person = secretary.person
    Membership.objects.create(
        group=other_group,
        person=person,
        party=employer,
        start=dt.date(2019, 1, 1),
        end=dt.date(2020, 12, 31),
    )
    page = get_as("reader", reverse("web:person", args=[person.pk]))
    assert rows(page, section("uppdrag") + "//tbody/tr") == [
        ["Förvaltningsgrupp, Socialförvaltningen", "Arbetsgivaren", "sekreterare", "…–"],
        [
            "Förvaltningsgrupp, Norrmalms stadsdelsförvaltning",
            "Arbetsgivaren",
            "ledamot",
            "2019-01-01–2020-12-31",
        ],
    ]
