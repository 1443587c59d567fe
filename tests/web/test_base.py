from django.urls import reverse


def test_base_layout_has_landmarks_and_language_switch(client_for, reader):
    page = client_for(reader).get(reverse("web:home")).content.decode()
    assert '<html lang="sv">' in page
    assert '<main id="innehall"' in page
    assert 'action="/i18n/setlang/"' in page
