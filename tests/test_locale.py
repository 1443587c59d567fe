"""The English translation: complete, compiled, and used."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

from django.utils import translation

LC_MESSAGES = Path(__file__).resolve().parent.parent / "samverkan/locale/en/LC_MESSAGES"
FIELD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$')


def po_entries() -> list[tuple[dict[str, str], bool]]:
    """(fields, fuzzy) per entry of django.po; string continuations joined."""
    entries = []
    for block in (LC_MESSAGES / "django.po").read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if match := FIELD.match(line):
                key = match[1]
                fields[key] = ast.literal_eval(match[2])
            elif line.startswith('"'):
                fields[key] += ast.literal_eval(line)
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in block.splitlines())
        if fields.get("msgid"):
            entries.append((fields, fuzzy))
    return entries


def test_every_message_has_an_english_translation():
    untranslated = [
        fields["msgid"]
        for fields, fuzzy in po_entries()
        if fuzzy or not all(v for k, v in fields.items() if k.startswith("msgstr"))
    ]
    assert untranslated == []


def test_compiled_catalogue_matches_the_po_file():
    with open(LC_MESSAGES / "django.mo", "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for fields, _ in po_entries():
        if "msgctxt" in fields and "msgid_plural" not in fields:
            assert catalogue.pgettext(fields["msgctxt"], fields["msgid"]) == fields["msgstr"]
        elif "msgid_plural" in fields:
            assert (
                catalogue.ngettext(fields["msgid"], fields["msgid_plural"], 1)
                == fields["msgstr[0]"]
            )
            assert (
                catalogue.ngettext(fields["msgid"], fields["msgid_plural"], 2)
                == fields["msgstr[1]"]
            )
        else:
            assert catalogue.gettext(fields["msgid"]) == fields["msgstr"], fields["msgid"]


def test_interface_strings_are_english_when_english_is_chosen():
    with translation.override("en"):
        assert translation.gettext("Förvaltningar") == "Administrations"
        assert translation.gettext("Logga in") == "Log in"
    with translation.override("sv"):
        assert translation.gettext("Förvaltningar") == "Förvaltningar"
