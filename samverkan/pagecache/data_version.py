"""The data version: one number that changes whenever data shown on the pages changes.

Cached pages (samverkan/pagecache/pages.py) are keyed by it, so a change anywhere
makes every cached page stale at once, in every gunicorn worker, without a shared
cache server: each request reads the number from the database (one cheap query).

The number is bumped in the same database transaction as the change, by signal
receivers on every model of the apps whose data the pages show (organisations,
meetings, imports, audit, accounts and django.contrib.auth's users, groups and
permissions): saves, deletes and many-to-many changes. Having a delete receiver
also turns off Django's fast delete for those models, so rows deleted by a
cascade or a QuerySet.delete() send their signals too. QuerySet.update(),
bulk_create() and raw SQL send no signals: code that uses them calls bump()
itself, inside the same transaction.
"""

from __future__ import annotations

import secrets

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connections, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from samverkan.pagecache.models import DataVersion

# App labels whose models' data appears on the pages.
WATCHED_APPS = ("organisations", "meetings", "imports", "audit", "accounts", "auth")
ROW = 1
# A login saves the user's last_login, which no page shows; it must not empty every cache.
UNSHOWN_USER_FIELDS = frozenset({"last_login"})


def current(using: str = "default") -> int | None:
    """The version now, or None when the row is missing (then nothing may be cached)."""
    connection = connections[using]
    table = connection.ops.quote_name(DataVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {table} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    return row[0] if row else None


def for_request(request) -> int | None:
    """The version as this request first read it: one query, however often it is asked."""
    if not hasattr(request, "_data_version"):
        request._data_version = current()
    return request._data_version


def bump(using: str = "default") -> None:
    """Change the version, in the caller's transaction (call it after bulk writes)."""
    rows = DataVersion.objects.using(using).filter(pk=ROW)
    if rows.update(version=F("version") + 1):
        return
    # The row is gone (a flushed database): start again from a number no page was cached under.
    try:
        with transaction.atomic(using=using):
            DataVersion.objects.using(using).create(pk=ROW, version=secrets.randbits(52))
    except IntegrityError:  # another process recreated it first
        rows.update(version=F("version") + 1)


def _saved(sender, using="default", update_fields=None, **kwargs) -> None:
    if update_fields and sender is get_user_model() and set(update_fields) <= UNSHOWN_USER_FIELDS:
        return
    bump(using)


def _deleted(sender, using="default", **kwargs) -> None:
    bump(using)


def _m2m_changed(sender, action, using="default", **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        bump(using)


def _migrated(sender, using="default", **kwargs) -> None:
    """After migrate (data migrations change rows without signals) and flush (the row is gone)."""
    if sender.label != "pagecache":
        return
    if DataVersion._meta.db_table in connections[using].introspection.table_names():
        bump(using)


def watched_models() -> list:
    """Every model (m2m tables included) whose changes bump the version."""
    found = []
    for label in WATCHED_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        found.extend(config.get_models(include_auto_created=True))
    return found


def connect_signals() -> None:
    for model in watched_models():
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=model, dispatch_uid=uid)
        m2m_changed.connect(_m2m_changed, sender=model, dispatch_uid=uid)
    post_migrate.connect(_migrated, dispatch_uid="pagecache:migrate")
