"""The production checks, and `make serve` refusing to start on insecure settings."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from samverkan.checks import check_production_settings

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = secrets.token_urlsafe(50)
SECURE = {
    "PRODUCTION": True,
    "DEBUG": False,
    "SECRET_KEY": GOOD_KEY,
    "ALLOWED_HOSTS": ["samverkan.example.se"],
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}


def error_ids(**changes) -> list[str]:
    with override_settings(**{**SECURE, **changes}):
        return [error.id for error in check_production_settings()]


def test_secure_production_settings_pass():
    assert error_ids() == []


def test_development_allows_debug_and_the_development_key():
    assert error_ids(PRODUCTION=False, DEBUG=True, SECRET_KEY=settings.DEV_SECRET_KEY) == []


def test_debug_is_refused_in_production():
    assert error_ids(DEBUG=True) == ["samverkan.E001"]


@pytest.mark.parametrize("key", ["", settings.DEV_SECRET_KEY])
def test_missing_or_development_secret_key_is_refused(key):
    assert error_ids(SECRET_KEY=key) == ["samverkan.E002"]


@pytest.mark.parametrize("key", ["kort-nyckel", "ab" * 40, "django-insecure-" + "x7Qp2vLk9sTz" * 5])
def test_short_repetitive_or_generated_secret_key_is_refused(key):
    assert error_ids(SECRET_KEY=key) == ["samverkan.E003"]


def test_empty_allowed_hosts_is_refused():
    assert error_ids(ALLOWED_HOSTS=[]) == ["samverkan.E004"]


def test_wildcard_allowed_hosts_is_refused():
    assert error_ids(ALLOWED_HOSTS=["samverkan.example.se", "*"]) == ["samverkan.E005"]


def test_insecure_cookies_are_refused():
    with override_settings(**{**SECURE, "CSRF_COOKIE_SECURE": False}):
        errors = check_production_settings()
    assert [(e.id, e.msg) for e in errors] == [
        (
            "samverkan.E006",
            "CSRF_COOKIE_SECURE off in production: cookies would travel over plain HTTP.",
        )
    ]


def test_console_email_is_refused():
    assert error_ids(EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend") == [
        "samverkan.E007"
    ]


def test_every_problem_is_reported_at_once():
    assert error_ids(DEBUG=True, SECRET_KEY="", ALLOWED_HOSTS=[]) == [
        "samverkan.E001",
        "samverkan.E002",
        "samverkan.E004",
    ]


# --- `make serve` as an operator runs it -----------------------------------------


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "EMAIL_BACKEND", "DATABASE_URL"}
        and not key.startswith(("PYTEST_", "DJANGO_"))
    }
    env["SAMVERKAN_VAR_DIR"] = str(tmp_path)
    env.update(extra)
    return env


def make_serve(env: dict[str, str], *args: str) -> list[str]:
    # -o install: the test runs in an environment that is already installed.
    return ["make", "--no-print-directory", "-o", "install", f"PY={sys.executable}", *args]


needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


@needs_make
def test_make_serve_refuses_to_start_without_secret_key(tmp_path):
    env = production_env(tmp_path, ALLOWED_HOSTS="samverkan.example.se")
    result = subprocess.run(
        make_serve(env, "serve"), cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "(samverkan.E002) SECRET_KEY is not set" in result.stderr
    assert "make serve: refusing to start" in result.stderr
    # Nothing was prepared: the refusal comes before collectstatic and migrate.
    assert not (tmp_path / "samverkan.sqlite3").exists()
    assert list((tmp_path / "static").iterdir()) == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"make serve exited with {process.returncode}")
        try:
            return urllib.request.urlopen(url, timeout=5)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@needs_make
def test_make_serve_starts_gunicorn_with_secure_settings(tmp_path):
    port = free_port()
    env = production_env(tmp_path, SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="127.0.0.1")
    process = subprocess.Popen(
        make_serve(env, "serve", f"PORT={port}", "GUNICORN_WORKERS=1"),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        page = wait_for(f"http://127.0.0.1:{port}/konto/logga-in/", process)
        assert page.status == 200
        assert page.headers["X-Frame-Options"] == "DENY"
        css = wait_for(f"http://127.0.0.1:{port}/static/web/samverkan.css", process)
        assert css.status == 200
        assert css.headers["Content-Type"].startswith("text/css")
    finally:
        os.killpg(process.pid, signal.SIGINT)  # gunicorn: quick shutdown
        process.wait(timeout=30)
        process.stderr.close()
