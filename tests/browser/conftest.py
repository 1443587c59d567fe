"""Browser tests: Playwright's sync API driving Debian's Chromium against live_server.

One browser per session (pytest-playwright's `browser`), a new context per test
(its `context` / `page`). We never run `playwright install`: it downloads a
browser build, which fails on these machines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
# A busy two-core machine running the whole suite in parallel can take longer than
# Playwright's 5 s default to render a long protocol page.
expect.set_options(timeout=15_000)
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        # Fail, never skip: a skipped browser suite looks green in CI.
        pytest.fail(
            f"{CHROMIUM} is missing. Install Debian's Chromium with: "
            "apt-get update && apt-get install -y chromium",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # bypass_csp: the app's strict CSP would block the injected axe-core script.
    # locale sv-SE: Chromium otherwise asks for English and LocaleMiddleware obliges.
    return {
        **browser_context_args,
        "bypass_csp": True,
        "locale": "sv-SE",
        "viewport": {"width": 1280, "height": 900},
    }


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def log_in(context, live_server):
    """Give the browser context a logged-in session for `user` without the form."""

    def log_in_as(user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )
        return user

    return log_in_as
