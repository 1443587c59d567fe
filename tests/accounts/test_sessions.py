"""Sessions, read with plain SQL, behave as Django's own."""

from __future__ import annotations

import datetime as dt

from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from samverkan.accounts.sessions import SessionStore
from tests import factories


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


def test_logging_in_uses_this_session_store(reader):
    client = Client()
    assert client.login(username=reader.username, password=factories.PASSWORD)
    session = client.session
    assert isinstance(session, SessionStore)
    assert client.get(reverse("web:home")).status_code == 200
