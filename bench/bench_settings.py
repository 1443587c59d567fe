"""Benchmark-only settings: the app's settings plus a URLconf with a minimal baseline view."""

from samverkan.settings import *  # noqa: F403

ROOT_URLCONF = "bench.minimal_urls"
