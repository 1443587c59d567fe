from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """The cast's users are created per test; the real hasher costs seconds on a busy machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# The browser tests of the import pages drive Chromium the way tests/browser does.
from tests.browser.conftest import (  # noqa: E402, F401
    artifacts_dir,
    base_url,
    browser_context_args,
    browser_type_launch_args,
    log_in,
)
