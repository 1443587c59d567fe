"""The language switch: English navigation, then back to Swedish."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible

pytestmark = pytest.mark.browser

NAV_SV = ["Start", "Förvaltningar"]


def in_english(*texts: str) -> list[str]:
    with translation.override("en"):
        return [translation.gettext(text) for text in texts]


def switch_language(page, select_label: str, button: str, language: str) -> None:
    page.get_by_label(select_label).select_option(language)
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


def test_language_switch_to_english_and_back(page, log_in, reader):
    nav_en = in_english("Huvudmeny", *NAV_SV)
    language_en, change_en = in_english("Språk", "Byt språk")
    assert nav_en[2] != "Förvaltningar", "no English translation of the navigation"
    log_in(reader)
    page.goto("/forvaltningar/")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("navigation", name="Huvudmeny").get_by_role("link")).to_have_text(
        NAV_SV
    )

    switch_language(page, "Språk", "Byt språk", "en")

    expect(page).to_have_url(re.compile(r"/forvaltningar/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("navigation", name=nav_en[0]).get_by_role("link")).to_have_text(
        nav_en[1:]
    )
    assert_accessible(page)

    switch_language(page, language_en, change_en, "sv")

    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("navigation", name="Huvudmeny").get_by_role("link")).to_have_text(
        NAV_SV
    )
