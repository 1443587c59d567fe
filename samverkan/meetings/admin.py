"""Admin for meetings and everything hanging off them; every change lands in the history."""

from __future__ import annotations

from django.contrib import admin
from django.db import models

from samverkan.audit.admin import AuditedAdmin
from samverkan.meetings.models import (
    Adjuster,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    FollowUp,
    Meeting,
    Metric,
    Signature,
    Statement,
)


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fields = ["order", "number", "title", "kind", "mbl", "parent"]
    # A select of every item in the archive would be huge: pick the parent by id.
    raw_id_fields = ["parent"]
    extra = 0
    show_change_link = True


class AttendanceInline(admin.TabularInline):
    model = Attendance
    fields = ["order", "person", "party", "role", "status"]
    autocomplete_fields = ["person"]
    extra = 0


class AdjusterInline(admin.TabularInline):
    model = Adjuster
    fields = ["order", "person", "party", "approved_at", "disagreement"]
    autocomplete_fields = ["person"]
    extra = 0


class SignatureInline(admin.TabularInline):
    model = Signature
    fields = ["order", "name", "person", "party", "role", "note", "signed_at"]
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(AuditedAdmin):
    list_display = ["__str__", "group", "date", "status", "location"]
    list_filter = ["status", "group__organisation", "group__kind"]
    search_fields = ["group__name", "group__organisation__name", "location"]
    list_select_related = ["group__organisation"]
    date_hierarchy = "date"
    autocomplete_fields = ["group", "chair", "secretary"]
    inlines = [AttendanceInline, AgendaItemInline, AdjusterInline, SignatureInline]
    # A link typed without its scheme ("www.example.se/...") is taken as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class StatementInline(admin.TabularInline):
    model = Statement
    fields = ["order", "party", "kind", "text"]
    extra = 0


class DecisionInline(admin.TabularInline):
    model = Decision
    fields = ["order", "text"]
    extra = 0


class FollowUpInline(admin.TabularInline):
    model = FollowUp
    fk_name = "raised_at"
    fields = [
        "order",
        "text",
        "owner_party",
        "owner_text",
        "due_text",
        "due_date",
        "status",
        "answered_at",
    ]
    raw_id_fields = ["answered_at"]
    extra = 0


class MetricInline(admin.TabularInline):
    model = Metric
    fields = ["name", "value", "unit", "period", "organisation"]
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(AuditedAdmin):
    list_display = ["__str__", "meeting", "kind", "mbl"]
    list_filter = ["kind", "mbl"]
    search_fields = ["title", "text", "meeting__group__name"]
    list_select_related = ["meeting__group"]
    raw_id_fields = ["meeting", "parent"]
    inlines = [StatementInline, FollowUpInline, DecisionInline, MetricInline]


@admin.register(Attendance)
class AttendanceAdmin(AuditedAdmin):
    list_display = ["person", "party", "role", "status", "meeting"]
    list_filter = ["status", "party"]
    search_fields = ["person__name", "role"]
    list_select_related = ["person", "party", "meeting__group"]
    raw_id_fields = ["meeting"]
    autocomplete_fields = ["person"]


@admin.register(Statement)
class StatementAdmin(AuditedAdmin):
    list_display = ["__str__", "party", "kind", "item"]
    list_filter = ["kind", "party"]
    search_fields = ["text"]
    list_select_related = ["party", "item"]
    raw_id_fields = ["item"]


@admin.register(Decision)
class DecisionAdmin(AuditedAdmin):
    list_display = ["__str__", "item"]
    search_fields = ["text"]
    list_select_related = ["item"]
    raw_id_fields = ["item"]


@admin.register(FollowUp)
class FollowUpAdmin(AuditedAdmin):
    list_display = ["__str__", "owner_party", "owner_text", "due_text", "status"]
    list_filter = ["status", "owner_party"]
    search_fields = ["text", "owner_text"]
    list_select_related = ["owner_party"]
    raw_id_fields = ["raised_at", "answered_at", "owner_person"]


@admin.register(Metric)
class MetricAdmin(AuditedAdmin):
    list_display = ["name", "value", "unit", "period", "organisation"]
    list_filter = ["unit", "organisation"]
    search_fields = ["name", "period"]
    list_select_related = ["organisation"]
    raw_id_fields = ["item"]


@admin.register(Adjuster)
class AdjusterAdmin(AuditedAdmin):
    list_display = ["person", "party", "meeting", "approved_at", "disagreement"]
    list_filter = ["party"]
    search_fields = ["person__name", "disagreement"]
    list_select_related = ["person", "party", "meeting__group"]
    raw_id_fields = ["meeting"]
    autocomplete_fields = ["person"]


@admin.register(Signature)
class SignatureAdmin(AuditedAdmin):
    list_display = ["name", "party", "role", "note", "meeting"]
    list_filter = ["party"]
    search_fields = ["name", "note"]
    list_select_related = ["party", "meeting__group"]
    raw_id_fields = ["meeting", "person"]


@admin.register(Attachment)
class AttachmentAdmin(AuditedAdmin):
    list_display = ["title", "meeting", "uploaded_by", "uploaded_at"]
    search_fields = ["title"]
    list_select_related = ["meeting__group", "uploaded_by"]
    raw_id_fields = ["meeting", "item", "uploaded_by"]
