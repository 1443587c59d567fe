# Samverkan: `make run` to try it, `make test` to check it. CI calls the same targets.
#
# Everything lives in .venv, made here from the machine's python3.11 (or python3).
# pip is slow, so a stamp file in .venv records that the install matches pyproject.toml.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers fill this machine's two cores; `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
GUNICORN_WORKERS ?= 3
BIND ?= 127.0.0.1:$(PORT)

.PHONY: help run test serve serve-check bench lint format messages install install-test native bytecode \
	system-deps browser-deps clean

help:
	@echo "make run       install, migrate, load demo data, serve on http://$(HOST):$(PORT)"
	@echo "make test      install what is missing, lint, check migrations, run all tests"
	@echo "make serve     production: check settings, collectstatic, migrate, gunicorn"
	@echo "make bench     run every benchmark under bench/"
	@echo "make lint | format | messages"

# --- installation -----------------------------------------------------------

$(PY):
	@test -n "$(PYTHON)" || { echo "No python3.11 or python3 found: install Python 3.11 first." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# editable_mode=compat puts the checkout on sys.path through a .pth file instead of an
# import hook, which every `samverkan` command would otherwise pay for at start-up.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[native]" --config-settings editable_mode=compat
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,native]" --config-settings editable_mode=compat
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run native bytecode
install-test: $(VENV)/.installed-test native bytecode

# The reader's clean and parse layers compiled to C with mypyc, a third faster or more
# (samverkan/reader/native.py, build_native.py). Rebuilt only when a source has changed;
# until then, and wherever no C compiler is found, the reader runs as Python.
native: | $(PY)
	$(PY) -m samverkan.reader.build_native

# Python caches compiled modules only where it may write them; with PYTHONDONTWRITEBYTECODE
# set (as on our CI machines) every `samverkan parse` would compile the reader again, some
# 30 ms. pip compiles a regular install; for this editable one, compileall does it (only
# files changed since the last run). The reader's regular expressions are compiled too
# (samverkan/reader/patterns.py says why).
bytecode: | $(PY)
	$(PY) -m compileall -q samverkan >/dev/null
	$(PY) -m samverkan.reader.patterns >/dev/null

# Browser and PDF tests need Debian's chromium and poppler-utils; they are never skipped,
# so a missing package stops the run here with the command that installs it.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" != 0 ]; then \
			echo "Missing system packages:$$missing. Install them with:" >&2; \
			echo "    sudo apt-get update && sudo apt-get install -y$$missing" >&2; \
			exit 1; \
		fi; \
		echo "Installing$$missing with apt-get"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -q $$missing || { apt-get update -q && apt-get install -y -q $$missing; }; \
	fi

node_modules/axe-core/axe.min.js: package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser-deps: system-deps node_modules/axe-core/axe.min.js

# --- the two commands ---------------------------------------------------------

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --url http://$(HOST):$(PORT)
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-test browser-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# --- production -----------------------------------------------------------------

# The production checks (samverkan/checks.py) run first, so nothing is touched when
# a setting is insecure; --fail-level ERROR lets Django's own deploy warnings through.
serve-check: export SAMVERKAN_ENV = production
serve-check:
	@$(MANAGE) check --deploy --fail-level ERROR || { \
		echo "make serve: refusing to start with the production settings above (see README.md, 'make serve')." >&2; \
		exit 1; }

serve: export SAMVERKAN_ENV = production
serve: install serve-check
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) migrate --noinput
	exec $(VENV)/bin/gunicorn samverkan.wsgi --bind $(BIND) --workers $(GUNICORN_WORKERS) \
		--access-logfile - --forwarded-allow-ips="$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# --- the rest ----------------------------------------------------------------------

# Every bench/*_bench.py runs, even after one reports FAIL; the target fails at the end.
bench: install-test browser-deps
	@failed=""; \
	for script in bench/*_bench.py; do \
		[ -e "$$script" ] || continue; \
		echo "== $$script"; \
		$(PY) "$$script" || failed="$$failed $$script"; \
	done; \
	if [ -n "$$failed" ]; then echo "Benchmarks that failed:$$failed" >&2; exit 1; fi

# Benchmarks may bring their own targets (e.g. bench/reader.mk: make bench-reader).
-include bench/*.mk

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check .

format: install-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Source strings are Swedish; English is the one translation. The .mo files are
# committed, so gettext is needed only here.
messages: install
	@command -v msgfmt >/dev/null || { \
		if [ "$$(id -u)" != 0 ]; then \
			echo "msgfmt is missing. Install it with: sudo apt-get install -y gettext" >&2; exit 1; \
		fi; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q gettext \
			|| { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q gettext; }; }
	cd samverkan && $(abspath $(PY)) ../manage.py makemessages -l en --no-obsolete
	cd samverkan && $(abspath $(PY)) ../manage.py compilemessages -l en

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .mypy_cache test-artifacts \
		samverkan/reader/_native
