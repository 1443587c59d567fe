"""Small template helpers for the pages: navigation rights, figures and outside links."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils import formats
from django.utils.html import format_html

from samverkan.accounts import access

register = template.Library()


@register.simple_tag
def may_import(user) -> bool:
    return access.can_import(user)


@register.filter
def figure(value: Decimal | None) -> str:
    """A stored figure without trailing zeros, with the language's decimal mark: 5,98."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    decimals = len(text.partition(".")[2])
    return formats.number_format(Decimal(text), decimal_pos=decimals, use_l10n=True)


@register.simple_tag
def external_link(url: str) -> str:
    """A link for http(s) addresses; anything else (javascript:, data:) stays plain text."""
    if url.lower().startswith(("http://", "https://")):
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, url)
    return format_html("{}", url)
