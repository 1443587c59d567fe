"""A full protocol for the page tests: items, sub-items, statements, follow-ups, figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.cache import caches
from django.urls import reverse

from samverkan.meetings.models import (
    Adjuster,
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    Meeting,
    Metric,
    Signature,
    Statement,
)
from samverkan.organisations.models import Group, Person
from tests import factories


def archive_urls(meeting: Meeting, person: Person, party_slug: str) -> dict[str, str]:
    """Every archive page about a published meeting, its group, a party and a person."""
    group = meeting.group
    return {
        "start": reverse("web:home"),
        "organisations": reverse("web:organisations"),
        "organisation": reverse("web:organisation", args=[group.organisation.slug]),
        "group": reverse("web:group", args=[group.organisation.slug, group.slug]),
        "meeting": reverse("web:meeting", args=[meeting.pk]),
        "history": reverse("web:meeting_history", args=[meeting.pk]),
        "party": reverse("web:party", args=[party_slug]),
        "person": reverse("web:person", args=[person.pk]),
    }


def fill_protocol(meeting: Meeting, *, employer, union, tag: str = "") -> Meeting:
    """Give a meeting the parts every protocol has: people, items, statements, justering."""
    boss = factories.person(f"Anna Chef{tag}", party_=employer)
    rep = factories.person(f"Olle Ombud{tag}", party_=union)
    away = factories.person(f"Stina Borta{tag}", party_=union)
    Attendance.objects.create(
        meeting=meeting, person=boss, party=employer, role="förvaltningschef", order=1
    )
    Attendance.objects.create(
        meeting=meeting, person=rep, party=union, role="huvudskyddsombud", order=2
    )
    Attendance.objects.create(
        meeting=meeting, person=away, party=union, status=Attendance.Status.ABSENT, order=3
    )
    opening = AgendaItem.objects.create(
        meeting=meeting, number="1", title="Mötets öppnande", order=1
    )
    Decision.objects.create(item=opening, text="Dagordningen godkändes.")
    questions = AgendaItem.objects.create(
        meeting=meeting,
        number="5",
        title="Föranmälda frågor",
        order=2,
        kind=AgendaItem.Kind.PREREGISTERED,
    )
    sub = AgendaItem.objects.create(
        meeting=meeting,
        parent=questions,
        number="5.1",
        title="Bemanning i hemtjänsten",
        order=3,
        text="Kommunal undrar över bemanningen.\n\nArbetsgivaren svarade.",
    )
    Statement.objects.create(
        item=sub,
        party=union,
        kind=Statement.Kind.QUESTION,
        text="Hur ser bemanningen ut i sommar?",
        order=1,
    )
    Statement.objects.create(
        item=sub,
        party=employer,
        kind=Statement.Kind.ANSWER,
        text="Arbetsgivaren återkommer.",
        order=2,
    )
    FollowUp.objects.create(
        raised_at=sub,
        text=f"Arbetsgivaren återkommer om bemanningen{tag}.",
        owner_party=employer,
        due_text="nästa möte",
    )
    Metric.objects.create(
        item=sub,
        organisation=meeting.group.organisation,
        name="sjukfrånvaro",
        value=Decimal("5.9800"),
        unit="%",
        period="2023-07",
    )
    Adjuster.objects.create(
        meeting=meeting, person=rep, party=union, disagreement="under föranmälda frågor"
    )
    Signature.objects.create(
        meeting=meeting, name=rep.name, party=union, note="oenighet under föranmälda frågor"
    )
    return meeting


@pytest.fixture
def published(home_group: Group, employer, kommunal) -> Meeting:
    meeting = factories.meeting(
        home_group, status=Meeting.Status.PUBLISHED, date=dt.date(2023, 9, 20)
    )
    meeting.location = "Sal 3, Swedenborgsgatan 20"
    meeting.remote_link = "Teams"
    meeting.start_time = dt.time(13, 0)
    meeting.end_time = dt.time(14, 30)
    meeting.adjustment_date = dt.date(2023, 9, 27)
    meeting.warnings = ["Kunde inte placera raden: Bilaga 3"]
    meeting.links = ["https://example.org/handling", "javascript:alert(1)"]
    meeting.save()
    return fill_protocol(meeting, employer=employer, union=kommunal)


@pytest.fixture
def draft(home_group: Group, employer, kommunal) -> Meeting:
    meeting = factories.meeting(home_group, status=Meeting.Status.HELD, date=dt.date(2023, 10, 18))
    AgendaItem.objects.create(meeting=meeting, number="1", title="Hemlig punkt i utkastet", order=1)
    return meeting


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The cast's users get real password hashes; the slow default hasher only costs time here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def clear_caches() -> None:
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    # Cached protocol bodies and pages must not leak from one test into the next.
    clear_caches()
    yield
    clear_caches()
