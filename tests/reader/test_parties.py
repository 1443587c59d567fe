"""The party registry: aliases, case and spacing, and what it keeps between lookups."""

from __future__ import annotations

from samverkan.reader.parties import PartyRegistry


def registry() -> PartyRegistry:
    return PartyRegistry([{"name": "Vision", "aliases": ["Vision Bergsvik"]}, {"name": "Kommunal"}])


def test_an_alias_is_found_whatever_its_case_and_spacing():
    found = registry()
    assert found.canonical("vision   bergsvik") == "Vision"
    assert found.canonical("KOMMUNAL") == "Kommunal"
    assert found.canonical("Lärarförbundet") is None


def test_answers_stay_right_after_the_kept_lookups_are_emptied():
    found = registry()
    found.looked_up_limit = 3
    texts = ["Vision", "x", "y", "Kommunal", "z", "vision", "Vision"]
    assert [found.canonical(text) for text in texts] == [
        "Vision", None, None, "Kommunal", None, "Vision", "Vision",
    ]  # fmt: skip
    assert len(found._looked_up) <= 3


def test_a_word_that_opens_an_alias_also_in_the_genitive_after_the_kept_answers_go():
    found = registry()
    found.looked_up_limit = 2
    words = ["Vision", "Visions", "Kommunals", "Bergsvik", "vision", "Vision"]
    assert [found.has_first_word(word) for word in words] == [True, True, True, False, True, True]
    assert len(found._first_word_answers) <= 2
