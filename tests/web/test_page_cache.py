"""The per-session page cache: a second visit renders nothing, and nothing stale or foreign
is ever served (samverkan/pagecache/)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Group as AuthGroup
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from samverkan.audit.models import record_change
from samverkan.imports.domain import import_file
from samverkan.meetings.models import AgendaItem, FollowUp, Meeting
from samverkan.organisations.models import Membership, Person
from samverkan.pagecache import data_version, pages
from tests import factories
from tests.web.conftest import archive_urls
from tests.web.pages import parse, texts
from tests.web.test_admin_audit import change_meeting

SEED = Path(__file__).parent.parent / "reader" / "fixtures" / "seeds" / "000_7748dd2bac12053a.txt"
# A page served from the cache reads the session and the data version; nothing else.
HIT = 2
LOGOUT_FORM = "//form[@class='logout']"
LANGUAGE_FORM = "//form[@class='language']"


def same_csrf_cookie(client: Client, other: Client) -> Client:
    """The other client with this one's CSRF cookie: only the session (or user) differs."""
    other.cookies["csrftoken"] = client.cookies["csrftoken"].value
    return other


def browser(user) -> Client:
    """A logged-in client that checks CSRF like a server, with its CSRF cookie set.

    A browser gets the cookie from the login page before it logs in; the first page
    rendered without one sets it and is not cached.
    """
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.get(reverse("login")).status_code == 200
    assert "csrftoken" in client.cookies
    return client


def cached(client, url: str, django_assert_num_queries):
    """Visit twice; the second visit must come from the cache. Returns that response."""
    first = client.get(url)
    assert first.status_code == 200, url
    with django_assert_num_queries(HIT):
        second = client.get(url)
    assert second.content == first.content
    return second


def rendered(client, url: str, method: str = "get", **kwargs) -> bool:
    """Whether the request ran the view (more queries than a cached page costs)."""
    with CaptureQueriesContext(connection) as captured:
        getattr(client, method)(url, **kwargs)
    return len(captured) > HIT


def token(response, form_xpath: str) -> str:
    return parse(response).xpath(f"{form_xpath}//input[@name='csrfmiddlewaretoken']/@value")[0]


def add_message(client, text: str) -> None:
    """A message waiting for the next page, as the redirect after an import leaves it."""
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(messages.SUCCESS, text)
    response = HttpResponse()
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value


@pytest.fixture
def urls(published, secretary, kommunal):
    group = published.group
    return {
        **archive_urls(published, Person.objects.get(user=secretary), kommunal.slug),
        "group year": reverse("web:group", args=[group.organisation.slug, group.slug]) + "?ar=2023",
    }


@pytest.mark.parametrize(
    "page",
    [
        "start",
        "organisations",
        "organisation",
        "group",
        "group year",
        "meeting",
        "history",
        "party",
        "person",
    ],
)
def test_second_visit_is_served_from_the_cache(urls, secretary, page, django_assert_num_queries):
    client = browser(secretary)
    response = cached(client, urls[page], django_assert_num_queries)
    # The security headers are added to the cached page as to a rendered one.
    assert response["Cache-Control"] == "private"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Cookie" in response["Vary"]
    # The CSRF cookie is sent again, as with a rendered page, which renews its expiry.
    assert "csrftoken" in response.cookies


def test_the_cache_can_be_turned_off(settings, published, reader):
    settings.PAGE_CACHE_SECONDS = 0
    client = browser(reader)
    client.get(published.get_absolute_url())
    assert rendered(client, published.get_absolute_url())


# --- any change to what the pages show is seen at once --------------------------


def test_an_admin_edit_shows_on_the_next_visit(
    client_for, admin, published, union_member, django_assert_num_queries
):
    member = browser(union_member)
    url = published.get_absolute_url()
    assert "Sal 3, Swedenborgsgatan 20" in cached(member, url, django_assert_num_queries).text

    change_meeting(client_for(admin), published, location="Sal 5")

    page = member.get(url)
    assert "Sal 5" in page.text
    assert "Swedenborgsgatan" not in page.text


def test_an_import_shows_on_the_next_visit(home_group, secretary, django_assert_num_queries):
    client = browser(secretary)
    url = reverse("web:home")
    cached(client, url, django_assert_num_queries)

    meeting = import_file(
        group=home_group, filename="protokoll.txt", content=SEED.read_bytes(), user=secretary
    )

    assert meeting.get_absolute_url() in client.get(url).text


def test_an_answered_follow_up_leaves_the_start_page(
    published, union_member, django_assert_num_queries
):
    client = browser(union_member)
    url = reverse("web:home")
    follow_up = FollowUp.objects.get(raised_at__meeting=published)
    assert follow_up.text in cached(client, url, django_assert_num_queries).text

    follow_up.status = FollowUp.Status.ANSWERED
    follow_up.save()

    page = client.get(url)
    assert follow_up.text not in page.text
    assert "Inga öppna frågor i dina grupper." in page.text


def test_a_new_membership_shows_the_group_and_its_drafts(
    home_group, draft, reader, employer, django_assert_num_queries
):
    client = browser(reader)
    start, url = reverse("web:home"), draft.get_absolute_url()
    assert "Mina grupper" not in cached(client, start, django_assert_num_queries).text
    assert client.get(url).status_code == 404

    person = factories.person("Läsare Larsson", party_=employer, user_=reader)
    Membership.objects.create(group=home_group, person=person, party=employer)

    assert texts(client.get(start), "//ul[@class='group-list']/li/a") == [home_group.name]
    assert "Hemlig punkt i utkastet" in client.get(url).text


def test_a_membership_that_ends_hides_the_draft_again(
    draft, union_member, django_assert_num_queries
):
    client = browser(union_member)
    url = draft.get_absolute_url()
    assert "Hemlig punkt i utkastet" in cached(client, url, django_assert_num_queries).text

    Membership.objects.filter(person__user=union_member).delete()

    assert client.get(url).status_code == 404


def test_a_bulk_update_shows_once_the_version_is_bumped(
    published, reader, django_assert_num_queries
):
    client = browser(reader)
    url = published.get_absolute_url()
    cached(client, url, django_assert_num_queries)

    AgendaItem.objects.filter(meeting=published, number="1").update(title="Mötet öppnas")
    # QuerySet.update() sends no signal: the page stays as it was ...
    assert "Mötet öppnas" not in client.get(url).text
    data_version.bump()
    # ... until the code that updated calls bump(), as ours does.
    assert "Mötet öppnas" in client.get(url).text


def test_a_recorded_change_shows_on_the_history_page(
    published, secretary, union_member, django_assert_num_queries
):
    client = browser(secretary)
    url = reverse("web:meeting_history", args=[published.pk])
    assert "Flyttade mötet" not in cached(client, url, django_assert_num_queries).text

    record_change(
        meeting=published, user=union_member, action="edit", summary="Flyttade mötet", changes={}
    )

    assert "Flyttade mötet" in client.get(url).text


def test_a_new_day_renders_the_page_again(
    monkeypatch, published, reader, django_assert_num_queries
):
    client = browser(reader)
    url = published.get_absolute_url()
    cached(client, url, django_assert_num_queries)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: tomorrow)

    assert rendered(client, url)


# --- what one session sees stays with it ------------------------------------------


def test_another_user_never_gets_the_page(
    secretary, union_member, published, django_assert_num_queries
):
    url = reverse("web:home")
    client = browser(union_member)
    mine = cached(client, url, django_assert_num_queries)
    assert texts(mine, "//span[@class='user-name']") == ["ombud"]
    theirs = same_csrf_cookie(client, browser(secretary)).get(url)
    assert texts(theirs, "//span[@class='user-name']") == ["sekreterare"]


def test_another_session_of_the_same_user_renders_its_own_page(
    reader, published, django_assert_num_queries
):
    url = published.get_absolute_url()
    client = browser(reader)
    cached(client, url, django_assert_num_queries)

    assert rendered(same_csrf_cookie(client, browser(reader)), url)


def test_a_draft_stays_hidden_from_a_non_member(
    draft, union_member, outsider, reader, django_assert_num_queries
):
    url = draft.get_absolute_url()
    cached(browser(union_member), url, django_assert_num_queries)
    for user in (outsider, reader):
        client = browser(user)
        for _ in range(2):
            assert client.get(url).status_code == 404


def test_after_logout_the_cached_page_is_not_served(reader, published, django_assert_num_queries):
    client = browser(reader)
    url = published.get_absolute_url()
    page = cached(client, url, django_assert_num_queries)
    old_session = client.cookies["sessionid"].value

    # The logout form of the cached page carries a token this session accepts.
    logout = client.post(reverse("logout"), {"csrfmiddlewaretoken": token(page, LOGOUT_FORM)})
    assert logout.status_code == 302

    assert client.get(url).url.startswith(reverse("login"))
    replay = Client()
    replay.cookies["sessionid"] = old_session
    assert replay.get(url).status_code == 302


def test_a_deactivated_user_is_not_served_the_cached_page(
    reader, published, django_assert_num_queries
):
    client, url = browser(reader), published.get_absolute_url()
    cached(client, url, django_assert_num_queries)
    reader.is_active = False
    reader.save()
    response = client.get(url)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_new_password_ends_the_other_sessions_cached_pages(
    reader, published, django_assert_num_queries
):
    client, url = browser(reader), published.get_absolute_url()
    cached(client, url, django_assert_num_queries)
    reader.set_password("ett helt nytt lösenord 2024")
    reader.save()
    response = client.get(url)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_deleted_user_is_not_served_the_cached_page(reader, published, django_assert_num_queries):
    client, url = browser(reader), published.get_absolute_url()
    cached(client, url, django_assert_num_queries)
    reader.delete()
    assert client.get(url).status_code == 302


def test_the_language_switch_on_a_cached_page_works(reader, published, django_assert_num_queries):
    client = browser(reader)
    url = published.get_absolute_url()
    page = cached(client, url, django_assert_num_queries)
    assert parse(page).get("lang") == "sv"

    switched = client.post(
        reverse("set_language"),
        {"language": "en", "next": url, "csrfmiddlewaretoken": token(page, LANGUAGE_FORM)},
    )
    assert switched.status_code == 302

    english = client.get(url)
    assert parse(english).get("lang") == "en"
    assert texts(english, "//h1")[0].startswith("Protocol")


def test_a_new_csrf_cookie_renders_the_page_with_a_matching_token(
    reader, published, django_assert_num_queries
):
    client = browser(reader)
    url = published.get_absolute_url()
    cached(client, url, django_assert_num_queries)

    client.cookies.pop("csrftoken")
    assert client.get(reverse("login")).status_code == 200  # another tab got a new cookie
    page = client.get(url)

    logout = client.post(reverse("logout"), {"csrfmiddlewaretoken": token(page, LOGOUT_FORM)})
    assert logout.status_code == 302


def test_a_pending_message_is_shown_and_not_cached(reader, published, django_assert_num_queries):
    client = browser(reader)
    url = reverse("web:home")
    cached(client, url, django_assert_num_queries)

    add_message(client, "Protokollet är importerat.")
    assert "Protokollet är importerat." in client.get(url).text

    assert "Protokollet är importerat." not in client.get(url).text


def test_other_requests_are_not_cached(reader, published, django_assert_num_queries):
    client = browser(reader)
    url = published.get_absolute_url()
    cached(client, url, django_assert_num_queries)

    assert rendered(client, url, headers={"HX-Request": "true"})
    no_csrf_checks = Client()
    no_csrf_checks.cookies = client.cookies
    assert rendered(no_csrf_checks, url, method="post")
    assert Client().get(url).status_code == 302  # anonymous: to the login page


def test_the_admin_is_never_cached(admin, published):
    client = browser(admin)
    url = reverse("admin:meetings_meeting_change", args=[published.pk])
    assert client.get(url).status_code == 200
    assert rendered(client, url)


def fresh_request(reader):
    request = RequestFactory().get("/")
    request.user = reader
    client = Client()
    client.force_login(reader)
    request.session = SessionStore(client.session.session_key)  # stored, not yet changed
    request._messages = CookieStorage(request)
    return request


@pytest.mark.parametrize(
    "spoil",
    [
        lambda request, response: messages.info(request, "Sparat."),
        lambda request, response: response.set_cookie("val", "1"),
        lambda request, response: request.session.__setitem__("val", 1),
        lambda request, response: response.headers.__setitem__("Cache-Control", "no-cache"),
        lambda request, response: response.headers.__setitem__("Cache-Control", "private"),
        lambda request, response: str(request.csp_nonce),
        lambda request, response: setattr(response, "_csp_update", {"img-src": ["*"]}),
        lambda request, response: setattr(response, "status_code", 404),
        lambda request, response: setattr(response, "is_rendered", False),
        lambda request, response: setattr(request, "user", factories.user("annan")),
    ],
    ids=[
        "message",
        "cookie",
        "session",
        "no-cache",
        "private",
        "nonce",
        "csp",
        "404",
        "unrendered",
        "other user",
    ],
)
def test_a_page_that_differs_from_request_to_request_is_not_kept(reader, spoil):
    request = fresh_request(reader)
    CSPMiddleware(lambda request: None).process_request(request)
    response = HttpResponse("<p>sida</p>")
    assert pages.cacheable(request, response)
    spoil(request, response)
    assert not pages.cacheable(request, response)


# --- the data version -------------------------------------------------------------


def test_the_version_changes_with_saves_deletes_and_m2m_changes(reader, published):
    before = data_version.current()
    item = AgendaItem.objects.create(meeting=published, number="9", title="Ny punkt", order=9)
    assert data_version.current() != before

    before = data_version.current()
    item.delete()
    assert data_version.current() != before

    hr = AuthGroup.objects.create(name="HR")
    before = data_version.current()
    reader.groups.add(hr)
    assert data_version.current() != before

    before = data_version.current()
    Meeting.objects.filter(pk=published.pk).delete()  # a cascade through items and people
    assert data_version.current() != before


def test_a_login_does_not_change_the_version(reader):
    before = data_version.current()
    Client().login(username=reader.username, password=factories.PASSWORD)
    assert data_version.current() == before


def test_the_version_changes_in_the_same_transaction(published):
    before = data_version.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        published.location = "Någon annanstans"
        published.save()
        assert data_version.current() != before
        raise RuntimeError("rolled back")
    assert data_version.current() == before


def test_a_missing_version_row_turns_the_cache_off_until_the_next_change(
    published, reader, django_assert_num_queries
):
    from samverkan.pagecache.models import DataVersion

    DataVersion.objects.all().delete()
    client = browser(reader)
    url = published.get_absolute_url()
    client.get(url)
    assert rendered(client, url)
    assert data_version.current() is None

    published.save()
    assert data_version.current() is not None
    cached(client, url, django_assert_num_queries)


def test_page_keys_are_not_the_url(reader, published):
    client = browser(reader)
    client.get(published.get_absolute_url())

    keys = list(caches[settings.PAGE_CACHE_ALIAS]._cache)
    assert keys
    assert all(re.fullmatch(r":\d+:page:[0-9a-f]{64}", key) for key in keys)
