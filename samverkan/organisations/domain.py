"""Parties and people as protocols name them: matching written names to rows.

Used by the import (and anything else that turns text into people): the reader's
party list becomes Party + PartyAlias rows, and a name as written is matched to
the Party or Person it means.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from samverkan.organisations.models import Party, PartyAlias, Person, normalise_name
from samverkan.reader.model import EMPLOYER
from samverkan.reader.parties import DEFAULT_FILE, read_entries

SIDES = {Party.Side.EMPLOYER.value, Party.Side.EMPLOYEE.value, Party.Side.OTHER.value}


def party_entries() -> list[dict]:
    """The reader's party list with aliases as written ("SSR" keeps its capitals):
    the built-in list plus the organisation's own file."""
    extra = settings.SAMVERKAN_PARTIES_FILE or os.environ.get("SAMVERKAN_PARTIES", "")
    return read_entries(DEFAULT_FILE, *([Path(extra)] if extra else []))


@transaction.atomic
def ensure_parties() -> list[Party]:
    """Create the Party and PartyAlias rows the reader knows about. Idempotent."""
    by_name = {party.name: party for party in Party.objects.all()}
    taken_keys = set(PartyAlias.objects.values_list("key", flat=True))
    parties = []
    for entry in party_entries():
        name = " ".join(entry["name"].split())
        party = by_name.get(name) or _get_or_create_party(name, entry.get("side", "employee"))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            key = normalise_name(alias)
            if key not in taken_keys:
                PartyAlias.objects.create(party=party, alias=alias)
                taken_keys.add(key)
        parties.append(party)
    return parties


def _get_or_create_party(name: str, side: str) -> Party:
    name = " ".join(name.split())
    found = Party.objects.filter(name=name).first()
    if found:
        return found
    side = side if side in SIDES else Party.Side.EMPLOYEE
    party = Party(name=name, slug=_free_slug(name), side=side)
    # SQLite does not enforce max_length; validate so every database refuses alike.
    party.clean_fields()
    party.save()
    return party


def _free_slug(name: str) -> str:
    base = slugify(name)[:90] or "part"
    slug, n = base, 1
    while Party.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def match_party(name: str | None) -> Party | None:
    """The party a written name means: canonical name, alias or misspelling.

    Case and runs of whitespace do not matter ("svergies  lärare" is Sveriges Lärare).
    """
    if not name or not name.strip():
        return None
    key = normalise_name(name)
    alias = PartyAlias.objects.select_related("party").filter(key=key).first()
    if alias:
        return alias.party
    # Parties added by hand may lack an alias row; the table is small.
    for party in Party.objects.all():
        if normalise_name(party.name) == key:
            return party
    from samverkan.reader.parties import PartyRegistry

    canonical = PartyRegistry.default().canonical(name)
    return Party.objects.filter(name=canonical).first() if canonical else None


def employer_party() -> Party:
    """The employer side (Arbetsgivaren), created if missing."""
    return match_party(EMPLOYER) or _get_or_create_party(EMPLOYER, Party.Side.EMPLOYER)


def create_party(name: str, side: str = Party.Side.EMPLOYEE) -> Party:
    """A party the list does not know yet, with its name as its first alias."""
    party = _get_or_create_party(name, side)
    key = normalise_name(party.name)
    if not PartyAlias.objects.filter(key=key).exists():
        PartyAlias.objects.create(party=party, alias=party.name)
    return party


def find_person(name: str | None, party: Party | None = None) -> Person | None:
    """An existing person with this name (any case and spacing), preferring the party."""
    if not name or not name.strip():
        return None
    candidates = list(Person.objects.filter(key=normalise_name(name)).order_by("id"))
    same_party = [p for p in candidates if party is not None and p.party_id == party.pk]
    return (same_party or candidates or [None])[0]


def match_or_create_person(name: str, party: Party | None) -> Person:
    """The person a written name means; the same normalised name is the same person.

    Among namesakes the one with the same party wins. A person found without a
    party gets this one, since a protocol is the best source we have for it.
    """
    person = find_person(name, party)
    if person is None:
        person = Person(name=" ".join(name.split()), party=party)
        person.clean_fields(exclude=["key", "title", "email"])
        person.save()
        return person
    if person.party_id is None and party is not None:
        person.party = party
        person.save(update_fields=["party"])
    return person
