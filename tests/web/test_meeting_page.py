"""The protocol page: laid out like the paper protocol, with drafts kept from strangers."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse

from samverkan.imports.models import ImportedDocument
from tests.web.pages import facts, parse, section, texts


@pytest.fixture
def protocol_as(request, client_for, published):
    def open_as(role: str):
        client = client_for(request.getfixturevalue(role))
        return parse(client.get(reverse("web:meeting", args=[published.pk])))

    return open_as


def test_header_gives_group_organisation_date_time_place_and_remote(protocol_as):
    page = protocol_as("reader")
    assert texts(page, "//h1") == ["Protokoll Förvaltningsgrupp"]
    assert texts(page, "//p[@class='protocol__org']") == ["Socialförvaltningen"]
    assert facts(page, "//header[@class='protocol__header']/dl") == {
        "Datum": "20 september 2023",
        "Tid": "13.00–14.30",
        "Plats": "Sal 3, Swedenborgsgatan 20",
        "Distans": "Teams",
    }


def test_attendance_is_split_per_side_with_apologies(protocol_as):
    page = protocol_as("reader")
    assert texts(page, section("narvaro") + "//h3") == ["Arbetsgivaren", "Kommunal"]
    employer, kommunal = page.xpath("//section[@class='side']")
    assert texts(employer, "./ul/li") == ["Anna Chef, förvaltningschef"]
    assert texts(kommunal, "./p") == ["Närvarande", "Anmält förhinder"]
    assert texts(kommunal, "./ul/li") == ["Olle Ombud, huvudskyddsombud", "Stina Borta"]


def test_items_are_numbered_with_sub_items_one_heading_level_down(protocol_as):
    page = protocol_as("reader")
    assert texts(page, section("punkter") + "//h3") == ["1 Mötets öppnande", "5 Föranmälda frågor"]
    assert texts(page, section("punkter") + "//h4") == ["5.1 Bemanning i hemtjänsten"]
    assert texts(page, "//li[@id][.//h4]//div[@class='item__text']/p") == [
        "Kommunal undrar över bemanningen.",
        "Arbetsgivaren svarade.",
    ]


def test_statements_carry_a_visible_party_and_kind(protocol_as):
    page = protocol_as("reader")
    assert texts(page, "//li[contains(@class, 'statement')]") == [
        "Kommunal fråga Hur ser bemanningen ut i sommar?",
        "Arbetsgivaren svar Arbetsgivaren återkommer.",
    ]


def test_follow_ups_decisions_and_figures_are_set_apart(protocol_as):
    page = protocol_as("reader")
    assert texts(page, "//div[contains(@class, 'callout--decision')]") == [
        "Beslut Dagordningen godkändes."
    ]
    assert texts(page, "//div[contains(@class, 'callout--follow-up')]//li") == [
        "Arbetsgivaren återkommer om bemanningen. – Ansvarig: Arbetsgivaren – När: nästa möte öppen"
    ]
    assert texts(page, "//table[contains(@class, 'metrics')]//th") == [
        "Nyckeltal",
        "Värde",
        "Enhet",
        "Period",
        "sjukfrånvaro",
    ]
    assert texts(page, "//table[contains(@class, 'metrics')]/tbody/tr/td") == [
        "5,98",
        "%",
        "2023-07",
    ]


def test_justering_adjusters_and_signatures_with_oenighet(protocol_as):
    page = protocol_as("reader")
    assert facts(page, section("justering") + "//dl") == {"Justeras senast": "27 september 2023"}
    assert texts(page, section("justering") + "//li") == [
        "Olle Ombud, Kommunal – oenighet: under föranmälda frågor"
    ]
    assert texts(page, section("underskrifter") + "//li") == [
        "Olle Ombud för Kommunal (oenighet under föranmälda frågor)"
    ]


def test_only_web_addresses_become_links(protocol_as):
    page = protocol_as("reader")
    assert texts(page, section("lankar") + "//li") == [
        "https://example.org/handling",
        "javascript:alert(1)",
    ]
    assert page.xpath(section("lankar") + "//a/@href") == ["https://example.org/handling"]


@pytest.mark.parametrize("role", ["secretary", "admin"])
def test_secretary_sees_import_warnings_and_the_history_link(protocol_as, role):
    page = protocol_as(role)
    assert texts(page, "//aside[@class='warnings no-print']//li") == [
        "Kunde inte placera raden: Bilaga 3"
    ]
    assert texts(page, "//ul[contains(@class, 'protocol__actions')]/li") == ["Historik"]


@pytest.mark.parametrize("role", ["employer_member", "union_member", "outsider", "reader"])
def test_others_see_neither_warnings_nor_history_link(protocol_as, role):
    page = protocol_as(role)
    assert texts(page, "//aside") == []
    assert texts(page, "//ul[contains(@class, 'protocol__actions')]/li") == []


@pytest.mark.parametrize("role", ["employer_member", "reader"])
def test_draft_marker_only_on_drafts(client_for, request, role, published, draft):
    client = client_for(request.getfixturevalue(role))
    assert texts(client.get(published.get_absolute_url()), "//p[contains(@class, 'badge')]") == []
    if role == "employer_member":
        page = client.get(draft.get_absolute_url())
        assert texts(page, "//p[contains(@class, 'badge')]") == ["Utkast: genomfört"]


def test_original_file_is_offered_when_the_meeting_was_imported(client_for, reader, published):
    try:
        url = reverse("imports:original", args=[published.pk])
    except NoReverseMatch:
        pytest.skip("the download view is not built yet")
    ImportedDocument.objects.create(
        group=published.group,
        meeting=published,
        filename="protokoll.pdf",
        content_type="application/pdf",
        content=b"%PDF-1.7",
        size=8,
        sha256="0" * 64,
        status=ImportedDocument.Status.CONFIRMED,
    )
    page = parse(client_for(reader).get(published.get_absolute_url()))
    assert page.xpath("//ul[contains(@class, 'protocol__actions')]//a/@href") == [url]
    assert texts(page, "//ul[contains(@class, 'protocol__actions')]/li") == [
        "Ladda ner originalfilen"
    ]
