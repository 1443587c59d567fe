"""The language switch: a plain form posting to Django's set_language, no JavaScript needed."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from tests.web.pages import parse


def test_switch_offers_svenska_and_english_with_the_current_one_selected(client_for, reader):
    page = parse(client_for(reader).get(reverse("web:home")))
    form = page.xpath("//form[@class='language']")[0]
    assert form.get("action") == reverse("set_language")
    assert form.xpath(".//label/@for") == ["language-select"]
    assert form.xpath(".//option/text()") == ["Svenska", "English"]
    assert form.xpath(".//option[@selected]/@value") == ["sv"]
    assert form.xpath(".//input[@name='next']/@value") == [reverse("web:home")]


def test_choosing_english_sets_the_cookie_and_the_page_language(client_for, reader):
    client = client_for(reader)
    response = client.post(
        reverse("set_language"), {"language": "en", "next": reverse("web:organisations")}
    )

    assert response.status_code == 302
    assert response.url == reverse("web:organisations")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    page = parse(client.get(reverse("web:organisations")))
    assert page.get("lang") == "en"
    assert page.xpath("//option[@selected]/@value") == ["en"]


def test_switching_back_to_swedish(client_for, reader):
    client = client_for(reader)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(reverse("set_language"), {"language": "sv", "next": "/"})
    assert parse(client.get(reverse("web:home"))).get("lang") == "sv"


def test_the_switch_works_before_logging_in(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("login")})
    assert response.url == reverse("login")
    assert parse(client.get(reverse("login"))).get("lang") == "en"
