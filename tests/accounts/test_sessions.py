"""Sessions and the logged-in user, read with plain SQL, behave as Django's own."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samverkan.accounts.backends import ModelBackend
from samverkan.accounts.sessions import SessionStore
from tests import factories


def fields(user) -> dict:
    return {k: v for k, v in vars(user).items() if not k.startswith("_")}


def test_the_user_is_read_as_the_orm_reads_it(reader):
    reader.first_name, reader.is_staff = "Lisa", True
    reader.save()
    ours = ModelBackend().get_user(reader.pk)
    assert fields(ours) == fields(DjangoModelBackend().get_user(reader.pk))
    assert ours.first_name == "Lisa" and ours.is_staff is True
    assert ours.last_login is None or ours.last_login.tzinfo is not None


def test_no_user_for_an_unknown_or_inactive_account(reader):
    assert ModelBackend().get_user(reader.pk + 1000) is None
    assert ModelBackend().get_user("inte-ett-id") is None
    get_user_model().objects.filter(pk=reader.pk).update(is_active=False)
    assert ModelBackend().get_user(reader.pk) is None


def test_the_session_is_read_as_the_orm_reads_it(client_for, reader):
    client = client_for(reader)
    key = client.cookies["sessionid"].value
    assert SessionStore(key).load() == DjangoSessionStore(key).load()
    assert SessionStore(key).load()["_auth_user_id"] == str(reader.pk)


def test_an_expired_or_unknown_session_is_empty_and_logged_out(client_for, reader):
    client = client_for(reader)
    assert client.get(reverse("web:home")).status_code == 200
    key = client.cookies["sessionid"].value
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - dt.timedelta(seconds=1))

    store = SessionStore(key)
    assert store.load() == {}
    assert store.session_key is None
    assert SessionStore("x" * 32).load() == {}
    assert client.get(reverse("web:home")).status_code == 302


def test_logging_in_through_the_form_uses_these_classes(reader):
    client = Client()
    assert client.login(username=reader.username, password=factories.PASSWORD)
    session = client.session
    assert isinstance(session, SessionStore)
    assert session["_auth_user_backend"] == "samverkan.accounts.backends.ModelBackend"
    assert client.get(reverse("web:home")).status_code == 200
