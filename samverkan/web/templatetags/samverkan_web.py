"""Small template helpers for the pages: navigation rights and display labels."""

from __future__ import annotations

from django import template

from samverkan.accounts import access

register = template.Library()


@register.simple_tag
def may_import(user) -> bool:
    return access.can_import(user)
