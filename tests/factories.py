"""Plain factory functions for tests: each makes one valid object with sensible defaults."""

from __future__ import annotations

import datetime as dt
import itertools

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from samverkan.meetings.models import AgendaItem, Meeting
from samverkan.organisations.models import Group, Membership, Organisation, Party, Person

_seq = itertools.count(1)

PASSWORD = "korrekt-häst-batteri-9"


def organisation(name: str | None = None) -> Organisation:
    name = name or f"Förvaltning {next(_seq)}"
    return Organisation.objects.create(name=name, slug=slugify(name)[:90] or f"org-{next(_seq)}")


def party(name: str, side: str = Party.Side.EMPLOYEE) -> Party:
    found = Party.objects.filter(name=name).first()
    return found or Party.objects.create(name=name, slug=slugify(name), side=side)


def employer() -> Party:
    return party("Arbetsgivaren", Party.Side.EMPLOYER)


def group(org: Organisation | None = None, name: str = "Förvaltningsgrupp") -> Group:
    org = org or organisation()
    slug = slugify(name)
    return Group.objects.create(
        organisation=org, name=name, slug=slug, kind=Group.Kind.FORVALTNINGSGRUPP
    )


def user(username: str | None = None, **extra):
    username = username or f"user{next(_seq)}"
    return get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)


def person(name: str | None = None, *, party_: Party | None = None, user_=None) -> Person:
    return Person.objects.create(name=name or f"Person {next(_seq)}", party=party_, user=user_)


def member(grp: Group, *, party_: Party, role: str = Membership.Role.LEDAMOT, username=None):
    """A user with a person and a current membership in the group."""
    u = user(username)
    p = person(f"{u.username.title()} Svensson", party_=party_, user_=u)
    Membership.objects.create(group=grp, person=p, party=party_, role=role)
    return u


def meeting(
    grp: Group,
    *,
    status: str = Meeting.Status.IMPORTED,
    date: dt.date | None = None,
    items: int = 0,
) -> Meeting:
    m = Meeting.objects.create(group=grp, status=status, date=date or dt.date(2023, 9, 20))
    for i in range(1, items + 1):
        AgendaItem.objects.create(meeting=m, number=str(i), title=f"Punkt {i}", order=i)
    return m
