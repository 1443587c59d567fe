"""A secretary logs in, imports a PDF protocol, reviews it and reads it in the archive."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from samverkan.meetings.models import Meeting
from tests.browser.a11y import assert_accessible
from tests.browser.pdf import SEEDS, seed_pdf
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser

EXPECTED = json.loads(next((SEEDS.parent / "expected").glob("003_*.json")).read_text())
ITEM_TITLES = [f"{item['number']} {item['title']}" for item in EXPECTED["items"]]


def log_in_through_form(page, username: str) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Start")
    assert_accessible(page)


def upload(page, group, pdf_path) -> None:
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Importera").click()
    assert_accessible(page)
    page.get_by_label("Grupp").select_option(label=f"{group.name}, {group.organisation.name}")
    page.get_by_label("Protokollfiler").set_input_files(pdf_path)
    page.get_by_role("button", name="Läs in filerna").click()


def review_and_confirm(page) -> None:
    # The source text stands beside what the reader made of it.
    source = page.get_by_role("region", name="Text ur filen")
    expect(source).to_contain_text("Kommunal informerade om en inplanerad båtresa")
    result = page.get_by_role("region", name="Det här lästes ut")
    expect(result.get_by_role("heading", name="Facklig information")).to_be_visible()
    left, right = result.bounding_box(), source.bounding_box()
    assert right["x"] >= left["x"] + left["width"] - 1, (left, right)
    assert right["y"] < left["y"] + left["height"], "the source text is not beside the result"
    assert_accessible(page)
    page.get_by_role("button", name="Importera protokollet").click()


def test_secretary_imports_a_pdf_and_finds_it_in_the_archive(
    page, secretary, home_group, tmp_path, artifacts_dir
):
    pdf = tmp_path / "Förvaltningsgrupp 2023-09-20.pdf"
    pdf.write_bytes(seed_pdf("003"))

    log_in_through_form(page, secretary.username)
    upload(page, home_group, pdf)
    review_and_confirm(page)

    meeting = Meeting.objects.get(group=home_group)
    expect(page).to_have_url(re.compile(rf"/moten/{meeting.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Protokoll")
    expect(page.locator(".item-list > .item > .item__title")).to_have_text(ITEM_TITLES)
    item_4 = page.locator(".item").filter(
        has=page.get_by_role("heading", name="Facklig information")
    )
    expect(item_4.locator(".party-label")).to_have_text(
        ["Kommunal", "Akademikerförbundet SSR", "Akademikerförbundet SSR", "Saco"]
    )
    signatures = page.get_by_role("region", name="Underskrifter")
    expect(signatures.locator(".signature__name")).to_have_text(["Elisabeth Edlund"])
    page.screenshot(path=artifacts_dir / "meeting-page.png", full_page=True)
    assert_accessible(page)

    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Start").click()
    latest = page.get_by_role("region", name="Senaste protokollen")
    expect(latest.get_by_role("link")).to_have_text(["2023-09-20 Förvaltningsgrupp"])
    page.get_by_role("region", name="Mina grupper").get_by_role(
        "link", name=home_group.name
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(home_group.name)
    page.get_by_role("region", name="Möten").get_by_role(
        "link", name="2023-09-20 Förvaltningsgrupp"
    ).click()
    expect(page).to_have_url(re.compile(rf"/moten/{meeting.pk}/$"))
    expect(page.locator(".signature__name")).to_have_text(["Elisabeth Edlund"])
