"""The shared cast of users every view is tested with.

secretary and the two members belong to `home_group`; `outsider` is a member
of another group only; `reader` is any logged-in employee; `admin` is staff.
"""

from __future__ import annotations

import os

import pytest

from samverkan.organisations.models import Membership
from tests import factories

# Playwright drives the browser from the test's own thread while live_server
# answers from another; Django's async-safety guard would otherwise refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def home_group(db):
    return factories.group(factories.organisation("Socialförvaltningen"))


@pytest.fixture
def other_group(db):
    return factories.group(factories.organisation("Norrmalms stadsdelsförvaltning"))


@pytest.fixture
def employer(db):
    return factories.employer()


@pytest.fixture
def kommunal(db):
    return factories.party("Kommunal")


@pytest.fixture
def secretary(home_group, employer):
    return factories.member(
        home_group, party_=employer, role=Membership.Role.SEKRETERARE, username="sekreterare"
    )


@pytest.fixture
def employer_member(home_group, employer):
    return factories.member(home_group, party_=employer, username="chef")


@pytest.fixture
def union_member(home_group, kommunal):
    return factories.member(home_group, party_=kommunal, username="ombud")


@pytest.fixture
def outsider(other_group, kommunal):
    return factories.member(other_group, party_=kommunal, username="annangrupp")


@pytest.fixture
def reader(db):
    return factories.user("lasare")


@pytest.fixture
def admin(db):
    return factories.user("admin", is_staff=True, is_superuser=True)


@pytest.fixture
def client_for(client):
    """Log a user in (or not, for None) and return the test client."""

    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return login
