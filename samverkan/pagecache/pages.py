"""A full-page cache for logged-in GET pages, per session, correct across workers.

A page a user has seen is kept under a key made of:

- the data version (data_version.py): any change to data shown on a page changes
  it, in the same transaction, so a worker never serves a page older than the
  database, whatever cache backend it uses (by default each worker's own memory);
- the session key and the user the session holds (its id, login backend and
  password-derived hash), and the SECRET_KEY: another session or user never gets
  the page, and the key cannot be guessed from the URL; after logout the session
  is gone. A hit does not read the user: the user it was rendered for was read
  and checked by Django then, and any later change to that user (a new password,
  deactivation, deletion) changes the data version;
- the CSRF secret: the page's forms (logout, language) carry a token made from
  it, so a cached page's token is always accepted for the request it is served to;
- scheme, host, full path with query string, active language and today's date.

The whole key is hashed: no session key reaches the cache backend.

@cached_page goes outside @login_required, so that a hit skips reading the user;
on a miss the view (and login_required) run as always.

Never cached: other methods than GET, anonymous users, htmx requests, requests
with pending messages, and responses that are not a plain 200, that set a cookie,
change the session, add messages, use a CSP nonce or CSP decorators, or are marked
private, no-cache or no-store. Pages opt in with @cached_page; the response's own
headers are kept with its body, and the middleware adds the rest (security
headers, CSP, Vary) on every response, cached or not. PAGE_CACHE_SECONDS = 0
turns the cache off; the cache is settings.PAGE_CACHE_ALIAS.
"""

from __future__ import annotations

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from samverkan.pagecache import data_version

UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def _store():
    return caches[settings.PAGE_CACHE_ALIAS]


def _pending_messages(request: HttpRequest) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0


def page_key(request: HttpRequest) -> str | None:
    """The request's cache key, or None when it must be rendered afresh (and not kept)."""
    if request.method != "GET":
        return None
    if getattr(request, "htmx", False):
        return None  # a fragment for htmx is not the page
    # The session as stored (read once, as every logged-in request does); not the user.
    user_id = request.session.get(SESSION_KEY)
    user_hash = request.session.get(HASH_SESSION_KEY)
    session_key = request.session.session_key
    csrf_secret = request.META.get("CSRF_COOKIE")
    if not (user_id and user_hash and session_key and csrf_secret) or _pending_messages(request):
        return None
    version = data_version.for_request(request)
    if version is None:
        return None
    parts = [
        str(version),
        session_key,
        csrf_secret,
        str(user_id),
        user_hash,
        request.session.get(BACKEND_SESSION_KEY, ""),
        settings.SECRET_KEY,
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        translation.get_language() or "",
        timezone.localdate().isoformat(),
    ]
    return "page:" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether a freshly rendered response may be served again to the same session."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = request.user  # read and checked by Django while the view ran
    if not user.is_authenticated or str(user.pk) != str(request.session.get(SESSION_KEY)):
        return False
    if not getattr(response, "is_rendered", True):
        return False  # a TemplateResponse the middleware would still change
    if request.session.modified:
        return False  # the session cookie would be sent with this response only
    if getattr(getattr(request, "_messages", None), "added_new", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    # A CSP nonce is new on every response: the cached body's nonce would not match.
    if getattr(request, "_csp_nonce", None) is not None:
        return False
    return not any(name.startswith("_csp") for name in vars(response))


def _freeze(response: HttpResponse) -> tuple:
    return response.status_code, response.content, list(response.headers.items())


def _thaw(frozen: tuple) -> HttpResponse:
    status, content, headers = frozen
    return HttpResponse(content, status=status, headers=dict(headers))


def cached_page(view):
    """Serve the page from the per-session cache when it is there; keep it when allowed."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        key = page_key(request) if enabled() else None
        hit = False
        if key is None:
            response = view(request, *args, **kwargs)
        else:
            frozen = _store().get(key)
            if frozen is not None:
                hit = True
                response = _thaw(frozen)
                get_token(request)  # as {% csrf_token %} would: the CSRF cookie is renewed
            else:
                response = view(request, *args, **kwargs)
                if cacheable(request, response):
                    _store().set(key, _freeze(response), settings.PAGE_CACHE_SECONDS)
        if (hit or request.user.is_authenticated) and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        return response

    wrapper.page_cache = True
    return wrapper
