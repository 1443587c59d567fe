"""The import pages in Chromium: errors, the duplicate question, axe-core on each state."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from samverkan.meetings.models import Meeting
from tests import factories
from tests.browser.a11y import assert_accessible
from tests.imports.protocols import pending

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_empty_file_is_refused_on_the_upload_page(
    page, log_in, secretary, home_group, tmp_path, artifacts_dir
):
    log_in(secretary)
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    page.goto("/import/")
    assert_accessible(page)
    page.get_by_label("Protokollfiler").set_input_files(empty)
    page.get_by_role("button", name="Läs in filerna").click()
    expect(page.locator("#id_files_errors li")).to_have_text(["tom.txt: filen är tom."])
    expect(page.get_by_label("Protokollfiler")).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=artifacts_dir / "import-upload-error.png", full_page=True)
    assert_accessible(page)


def test_a_duplicate_is_imported_after_ticking_the_box(
    page, log_in, secretary, home_group, artifacts_dir
):
    log_in(secretary)
    factories.meeting(home_group, date=dt.date(2023, 8, 23))
    document = pending(home_group)
    page.goto(f"/import/{document.pk}/")
    expect(page.get_by_role("region", name="Text ur filen")).to_contain_text("Protokoll")
    expect(page.get_by_role("heading", name="Sjukfrånvaro")).to_be_visible()
    page.screenshot(path=artifacts_dir / "import-review.png", full_page=True)
    assert_accessible(page)

    page.get_by_role("button", name="Importera protokollet").click()
    expect(page.locator("#id_allow_duplicate_errors li")).to_have_count(1)
    assert_accessible(page)

    page.get_by_label("Importera ändå").check()
    page.get_by_role("button", name="Importera protokollet").click()
    meeting = Meeting.objects.exclude(source_document=None).get()
    expect(page).to_have_url(re.compile(rf"/moten/{meeting.pk}/$"))
