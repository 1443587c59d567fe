"""Labels for the reader's codes on the review page."""

from __future__ import annotations

from django import template

from samverkan.meetings.models import AgendaItem, Statement

register = template.Library()


@register.filter
def statement_kind(value: str) -> str:
    """ "question" → "fråga"; an unknown code is shown as it is."""
    return Statement.Kind(value).label if value in Statement.Kind.values else value


@register.filter
def mbl_label(value: str) -> str:
    return AgendaItem.Mbl(value).label if value in AgendaItem.Mbl.values else value
