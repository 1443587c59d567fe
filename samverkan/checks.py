"""System checks that refuse insecure settings in production (SAMVERKAN_ENV=production).

Django's own `check --deploy` only warns; these are errors, so that `make serve`
stops before gunicorn starts. Outside production they say nothing: development
runs with DEBUG and the public development key on purpose.
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured

MIN_SECRET_KEY_LENGTH = 50
MIN_SECRET_KEY_UNIQUE_CHARACTERS = 5
# These write whole messages, password-reset links included, to the log or to disk.
LEAKING_EMAIL_BACKENDS = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
)


def _error(id_: str, msg: str, hint: str) -> Error:
    return Error(msg, hint=hint, id=f"samverkan.{id_}")


def _debug_errors() -> list[Error]:
    if not settings.DEBUG:
        return []
    return [_error("E001", "DEBUG is on in production.", "Unset DEBUG or set DEBUG=false.")]


def _secret_key_errors() -> list[Error]:
    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses to hand out an empty key.
        key = ""
    hint = (
        "Set SECRET_KEY to a long random value, e.g. the output of "
        "`python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
    if not key or key == settings.DEV_SECRET_KEY:
        return [
            _error("E002", "SECRET_KEY is not set (the public development key is in use).", hint)
        ]
    too_simple = (
        len(key) < MIN_SECRET_KEY_LENGTH or len(set(key)) < MIN_SECRET_KEY_UNIQUE_CHARACTERS
    )
    if too_simple or key.startswith("django-insecure-"):
        return [
            _error(
                "E003",
                f"SECRET_KEY is too weak: it needs at least {MIN_SECRET_KEY_LENGTH} characters "
                f"and {MIN_SECRET_KEY_UNIQUE_CHARACTERS} different ones, and no 'django-insecure-' prefix.",
                hint,
            )
        ]
    return []


def _host_errors() -> list[Error]:
    hosts = settings.ALLOWED_HOSTS
    if not hosts:
        return [
            _error(
                "E004",
                "ALLOWED_HOSTS is empty.",
                "Set ALLOWED_HOSTS to the site's host names, comma-separated.",
            )
        ]
    if "*" in hosts:
        return [
            _error(
                "E005",
                "ALLOWED_HOSTS contains '*', which accepts any Host header.",
                "List the site's host names instead.",
            )
        ]
    return []


def _cookie_errors() -> list[Error]:
    insecure = [
        name
        for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE")
        if not getattr(settings, name)
    ]
    if not insecure:
        return []
    return [
        _error(
            "E006",
            f"{' and '.join(insecure)} off in production: cookies would travel over plain HTTP.",
            "Serve over HTTPS and keep these settings on.",
        )
    ]


def _email_errors() -> list[Error]:
    if settings.EMAIL_BACKEND not in LEAKING_EMAIL_BACKENDS:
        return []
    return [
        _error(
            "E007",
            f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: e-mails, password-reset links "
            "included, would be written to the log or to disk instead of being sent.",
            "Unset EMAIL_BACKEND to send through SMTP (EMAIL_HOST, EMAIL_PORT, ...).",
        )
    ]


@register(Tags.security)
def check_production_settings(app_configs=None, **kwargs) -> list[Error]:
    if not getattr(settings, "PRODUCTION", False):
        return []
    return [
        *_debug_errors(),
        *_secret_key_errors(),
        *_host_errors(),
        *_cookie_errors(),
        *_email_errors(),
    ]
