import pytest


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The cast's users get real password hashes; the slow default hasher only costs time here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
