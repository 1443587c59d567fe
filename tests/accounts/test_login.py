"""Logging in and out with Django's views and our Swedish form."""

from __future__ import annotations

from django.urls import reverse

from tests import factories
from tests.web.pages import parse, texts


def test_login_page_has_labelled_fields(client):
    page = parse(client.get(reverse("login")))
    assert texts(page, "//h1") == ["Logga in"]
    assert texts(page, "//form[@class='form']//label") == ["Användarnamn", "Lösenord"]
    assert page.xpath("//form[@class='form']//label/@for") == ["id_username", "id_password"]
    assert page.xpath("//input[@id='id_password']/@type") == ["password"]
    assert page.xpath("//nav[@class='site-nav']") == []


def test_correct_password_leads_to_the_page_asked_for(client, reader):
    wanted = reverse("web:organisations")
    response = client.post(
        reverse("login"),
        {"username": "lasare", "password": factories.PASSWORD, "next": wanted},
    )
    assert response.status_code == 302
    assert response.url == wanted
    assert client.get(wanted).status_code == 200


def test_without_next_the_start_page_follows(client, reader):
    response = client.post(reverse("login"), {"username": "lasare", "password": factories.PASSWORD})
    assert response.url == reverse("web:home")


def test_wrong_password_is_refused_with_a_message(client, reader):
    response = client.post(reverse("login"), {"username": "lasare", "password": "fel"})
    assert texts(response, "//p[@role='alert']") == [
        "Fel användarnamn eller lösenord. Försök igen."
    ]
    assert client.get(reverse("web:home")).status_code == 302


def test_logout_is_a_post_that_ends_the_session(client_for, reader):
    client = client_for(reader)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response.url == reverse("login")
    assert client.get(reverse("web:home")).url == f"{reverse('login')}?next=/"
