"""Parties and people matched from names as protocols write them."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from samverkan.organisations.domain import (
    create_party,
    employer_party,
    ensure_parties,
    find_person,
    match_or_create_person,
    match_party,
    party_entries,
)
from samverkan.organisations.models import Party, PartyAlias, Person
from samverkan.reader.parties import PartyRegistry
from tests import factories

pytestmark = pytest.mark.django_db


def test_ensure_parties_creates_every_registry_party_with_its_side():
    ensure_parties()
    names = set(Party.objects.values_list("name", flat=True))
    assert names == set(PartyRegistry.default().names())
    assert Party.objects.get(name="Arbetsgivaren").side == Party.Side.EMPLOYER
    assert Party.objects.get(name="Kommunal").side == Party.Side.EMPLOYEE


def test_ensure_parties_keeps_aliases_as_written():
    ensure_parties()
    ssr = Party.objects.get(name="Akademikerförbundet SSR")
    aliases = set(ssr.aliases.values_list("alias", flat=True))
    assert aliases == {
        "Akademikerförbundet SSR",
        "SSR",
        "Akademikerförbundet",
        "Akademikerförbundets SSR",
        "Akademikerförbundet-SSR",
    }


def test_ensure_parties_is_idempotent():
    ensure_parties()
    counts = (Party.objects.count(), PartyAlias.objects.count())
    ensure_parties()
    assert (Party.objects.count(), PartyAlias.objects.count()) == counts


def test_ensure_parties_reuses_an_existing_party_of_the_same_name():
    employer = factories.employer()
    ensure_parties()
    assert Party.objects.filter(name="Arbetsgivaren").get() == employer
    assert match_party("Arbetsgivarsidan") == employer


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Kommunal", "Kommunal"),
        ("kommunal", "Kommunal"),
        ("  Sveriges   Lärare ", "Sveriges Lärare"),
        ("Svergies lärare", "Sveriges Lärare"),
        ("SSR", "Akademikerförbundet SSR"),
        ("akademikerförbundet ssr", "Akademikerförbundet SSR"),
        ("SACO", "Saco"),
        ("AG", "Arbetsgivaren"),
    ],
)
def test_match_party_by_name_alias_case_and_whitespace(written, canonical):
    ensure_parties()
    assert match_party(written) == Party.objects.get(name=canonical)


def test_match_party_knows_registry_names_before_aliases_are_stored():
    larare = factories.party("Sveriges Lärare")
    assert PartyAlias.objects.count() == 0
    assert match_party("Svergies lärare") == larare


def test_match_party_finds_a_party_added_by_hand_without_alias():
    party = factories.party("Brandmännens Riksförbund")
    assert match_party("brandmännens  riksförbund") == party


@pytest.mark.parametrize("written", ["", "   ", None, "Okänt förbund"])
def test_match_party_returns_none_for_blank_or_unknown(written):
    ensure_parties()
    assert match_party(written) is None


def test_create_party_adds_its_name_as_alias():
    party = create_party("Brandmännens Riksförbund")
    assert (party.side, party.slug) == (Party.Side.EMPLOYEE, "brandmannens-riksforbund")
    assert match_party("BRANDMÄNNENS RIKSFÖRBUND") == party


def test_create_party_finds_a_free_slug():
    Party.objects.create(name="Annat namn", slug="brandman", side=Party.Side.EMPLOYEE)
    party = create_party("Brandman")
    assert party.slug == "brandman-2"


def test_create_party_refuses_a_too_long_name_on_every_database():
    with pytest.raises(ValidationError):
        create_party("F" * 101)
    assert Party.objects.count() == 0


def test_employer_party_is_created_once():
    first = employer_party()
    assert (first.name, first.side) == ("Arbetsgivaren", Party.Side.EMPLOYER)
    assert employer_party() == first


def test_same_normalised_name_is_the_same_person():
    kommunal = factories.party("Kommunal")
    irene = match_or_create_person("Irene Holm", kommunal)
    assert match_or_create_person("  irene   HOLM ", kommunal) == irene
    assert Person.objects.count() == 1


def test_a_new_name_creates_a_person_with_the_party():
    vision = factories.party("Vision")
    person = match_or_create_person("Monika  Marek", vision)
    assert (person.name, person.party, person.key) == ("Monika Marek", vision, "monika marek")


def test_namesakes_prefer_the_one_with_the_same_party():
    kommunal, vision = factories.party("Kommunal"), factories.party("Vision")
    factories.person("Anna Berg", party_=kommunal)
    in_vision = factories.person("Anna Berg", party_=vision)
    assert match_or_create_person("Anna Berg", vision) == in_vision
    assert find_person("anna berg", vision) == in_vision


def test_a_person_in_another_party_is_still_the_same_person():
    kommunal, vision = factories.party("Kommunal"), factories.party("Vision")
    anna = factories.person("Anna Berg", party_=kommunal)
    assert match_or_create_person("Anna Berg", vision) == anna
    anna.refresh_from_db()
    assert anna.party == kommunal


def test_a_person_without_party_gets_the_party_of_the_protocol():
    vision = factories.party("Vision")
    anna = factories.person("Anna Berg")
    assert match_or_create_person("Anna Berg", vision) == anna
    anna.refresh_from_db()
    assert anna.party == vision


def test_find_person_does_not_create():
    assert find_person("Ingen Alls") is None
    assert find_person("  ") is None
    assert Person.objects.count() == 0


def test_match_or_create_person_refuses_a_too_long_name():
    with pytest.raises(ValidationError):
        match_or_create_person("N" * 201, None)
    assert Person.objects.count() == 0


def test_every_alias_of_the_list_matches_its_party():
    ensure_parties()
    registry = PartyRegistry.default()
    for entry in party_entries():
        for alias in [entry["name"], *entry.get("aliases", [])]:
            assert match_party(alias).name == registry.canonical(alias) == entry["name"]


def test_an_organisations_own_party_file_is_added(settings, tmp_path):
    extra = tmp_path / "parter.toml"
    extra.write_text(
        '[[party]]\nname = "Brandmännens Riksförbund"\nside = "employee"\naliases = ["BRF"]\n',
        encoding="utf-8",
    )
    settings.SAMVERKAN_PARTIES_FILE = str(extra)
    ensure_parties()
    assert match_party("brf") == Party.objects.get(name="Brandmännens Riksförbund")
    assert match_party("Kommunal").name == "Kommunal"
