"""Party names as data: canonical names with aliases, from TOML files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from samverkan.reader.model import EMPLOYER
from samverkan.reader.native import HERE

# The package's own folder: this module may run compiled, from _native/ (native.py).
DEFAULT_FILE: Final = Path(HERE) / "data" / "parties.toml"
LOOKED_UP_LIMIT: Final = 20_000  # texts whose lookup a registry keeps


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_entries(*paths: str | Path) -> list[dict]:
    """The [[party]] entries of the given TOML files, aliases as written."""
    entries: list[dict] = []
    for path in paths:
        with open(path, "rb") as handle:
            entries.extend(tomllib.load(handle).get("party", []))
    return entries


@dataclass(frozen=True)
class PartyInfo:
    name: str
    side: str


NOT_LOOKED_UP: Final = PartyInfo("", "")  # what PartyRegistry.lookup has not kept


class PartyRegistry:
    """Looks up parties by any alias, ignoring case and whitespace."""

    def __init__(self, entries: list[dict]):
        self._by_key: dict[str, PartyInfo] = {}
        for entry in entries:
            info = PartyInfo(entry["name"], entry.get("side", "employee"))
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self._by_key[_key(alias)] = info
        self._pattern: re.Pattern | None = None
        # Texts already looked up: the rules ask of the same words over and over.
        self._looked_up: dict[str, PartyInfo | None] = {}
        self._first_word_answers: dict[str, bool] = {}
        self.looked_up_limit = LOOKED_UP_LIMIT
        # Aliases by their first word: the statement rules ask for every sentence
        # whether it opens with a party, so the answer must be a dict lookup.
        self._first_words: dict[str, list[tuple[str, str]]] = {}
        for alias, info in self._by_key.items():
            self._first_words.setdefault(alias.split(" ")[0], []).append((alias, info.name))
        for candidates in self._first_words.values():
            candidates.sort(key=lambda entry: len(entry[0]), reverse=True)

    @property
    def pattern(self) -> re.Pattern:
        """Any alias as a whole word; compiled on first use (it is large)."""
        if self._pattern is None:
            # Longest alias first, so "Akademikerförbundet SSR" wins over "SSR".
            aliases = sorted(self._by_key, key=len, reverse=True)
            alternatives = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
            self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        return self._pattern

    @classmethod
    def from_files(cls, *paths: str | Path) -> PartyRegistry:
        return cls(read_entries(*paths))

    @classmethod
    def default(cls) -> PartyRegistry:
        return _default_registry()

    def starting_with(self, first_word: str) -> list[tuple[str, str]]:
        """(alias, canonical name) for aliases whose first word is this one, longest first."""
        return self._first_words.get(first_word.casefold(), [])

    def has_first_word(self, word: str) -> bool:
        """Whether an alias starts with this word (or its genitive: "Kommunals")."""
        found = self._first_word_answers.get(word)
        if found is None:
            key = word.casefold()
            found = key in self._first_words or (
                key.endswith("s") and key[:-1] in self._first_words
            )
            self._keep(self._first_word_answers, word, found)
        return found

    def lookup(self, text: str) -> PartyInfo | None:
        # One look at the dict: another thread may empty it between two.
        kept = self._looked_up.get(text, NOT_LOOKED_UP)
        if kept is not NOT_LOOKED_UP:
            return kept
        info = self._by_key.get(_key(text))
        self._keep(self._looked_up, text, info)
        return info

    def _keep(self, answers: dict, text: str, answer: object) -> None:
        if len(answers) >= self.looked_up_limit:
            answers.clear()  # a long-lived registry reads many protocols
        answers[text] = answer

    def canonical(self, text: str) -> str | None:
        info = self.lookup(text)
        return info.name if info else None

    def is_employer(self, text: str) -> bool:
        return self.canonical(text) == EMPLOYER

    def names(self) -> list[str]:
        return sorted({info.name for info in self._by_key.values()})


@cache
def _default_registry() -> PartyRegistry:
    import os

    extra = os.environ.get("SAMVERKAN_PARTIES")
    files = [DEFAULT_FILE] + ([Path(extra)] if extra else [])
    return PartyRegistry.from_files(*files)
