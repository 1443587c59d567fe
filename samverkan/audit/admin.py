"""The protocol history in the admin, and the mixin that records every admin change to it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.forms import BaseFormSet, ModelForm
from django.utils.translation import gettext as _

from samverkan.audit.models import ChangeRecord, record_change
from samverkan.meetings.models import Meeting


def meeting_of(obj: models.Model) -> Meeting | None:
    """The meeting a piece of protocol data hangs off, however deep."""
    if isinstance(obj, Meeting):
        return obj
    if getattr(obj, "meeting_id", None):
        return obj.meeting
    item = getattr(obj, "item", None) or getattr(obj, "raised_at", None)
    return item.meeting if item is not None else None


def _shown(field: models.Field, value: object) -> object:
    """A value as a reader of the history understands it, and JSON can store."""
    if value is None or value == "":
        return None
    if field.is_relation:
        found = field.related_model._default_manager.filter(pk=value).first()
        return str(found) if found is not None else str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, dt.date | dt.time | dt.datetime | Decimal):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    if isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def field_changes(form: ModelForm) -> dict[str, list]:
    """{field label: [before, after]} for each model field the form changed."""
    changes = {}
    for name in form.changed_data:
        try:
            field = form.instance._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # DELETE and other formset bookkeeping
        if not getattr(field, "concrete", False) or field.many_to_many:
            continue
        label = str(field.verbose_name)
        before = _shown(field, form.initial.get(name))
        after = _shown(field, field.value_from_object(form.instance))
        if before != after:
            changes[label[:1].upper() + label[1:]] = [before, after]
    return changes


def _describe(obj: models.Model) -> str:
    return f"{obj._meta.verbose_name} ”{obj}”"


def record_admin_change(request, obj: models.Model, action: str, changes: dict) -> None:
    summaries = {
        "admin_add": _("Lade till %(what)s i administrationen"),
        "admin_change": _("Ändrade %(what)s i administrationen"),
        "admin_delete": _("Tog bort %(what)s i administrationen"),
    }
    # A deleted meeting takes its history with it (cascade), so its record stands alone.
    meeting = None if isinstance(obj, Meeting) and action == "admin_delete" else meeting_of(obj)
    if meeting is None and not isinstance(obj, Meeting):
        return
    summary = summaries[action] % {"what": _describe(obj)}
    record_change(
        meeting=meeting, user=request.user, action=action, summary=summary, changes=changes
    )


class AuditedAdmin(admin.ModelAdmin):
    """Records who changed what in a protocol through the admin (object and inlines)."""

    def save_model(self, request, obj, form, change):
        changes = field_changes(form)
        super().save_model(request, obj, form, change)
        if changes or not change:
            record_admin_change(request, obj, "admin_change" if change else "admin_add", changes)

    def delete_model(self, request, obj):
        record_admin_change(request, obj, "admin_delete", {_("Borttagen"): [str(obj), None]})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            record_admin_change(request, obj, "admin_delete", {_("Borttagen"): [str(obj), None]})
        super().delete_queryset(request, queryset)

    def save_formset(self, request, form, formset: BaseFormSet, change):
        deleted = [f.instance for f in formset.deleted_forms if f.instance.pk]
        edited = [
            (f, f.instance.pk is None, field_changes(f))
            for f in formset.forms
            if f not in formset.deleted_forms and f.has_changed()
        ]
        for obj in deleted:
            record_admin_change(request, obj, "admin_delete", {_("Borttagen"): [str(obj), None]})
        super().save_formset(request, form, formset, change)
        for inline_form, added, changes in edited:
            if changes:
                action = "admin_add" if added else "admin_change"
                record_admin_change(request, inline_form.instance, action, changes)


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):
    list_display = ["created_at", "meeting", "user", "action", "summary"]
    list_filter = ["action"]
    search_fields = ["summary", "user__username"]
    list_select_related = ["meeting__group", "user"]
    date_hierarchy = "created_at"
    raw_id_fields = ["meeting", "user"]

    # The history is evidence: nobody edits or removes it, not even through the admin.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
