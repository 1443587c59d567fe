"""Paragraphs and sentences from hard-wrapped lines."""

from __future__ import annotations

import re
from typing import Final

from samverkan.reader.clean import Line

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: Final = {
    "bl.a", "t.ex", "m.m", "dvs", "d.v.s", "kl", "ca", "nr", "s", "sid", "o.s.v", "osv",
    "fr.o.m", "t.o.m", "p.g.a", "pga", "resp", "inkl", "exkl", "jfr", "el", "mfl", "m.fl",
    "st", "tel", "ev", "bl a", "o", "m", "t", "f.d", "d", "jan", "feb", "aug",
    "sep", "sept", "okt", "nov", "dec", "dnr", "ang", "enl", "avd", "forts", "tf", "vs",
}  # fmt: skip

# A sentence ends at a full stop, question or exclamation mark (maybe closed by
# a quote or bracket) before a space and a capital or digit. Splitting on it
# keeps the mark and the blank: [sentence, mark, blank, sentence, …].
SENTENCE_END: Final = re.compile(r"([.?!][\"”’)]?)(\s+)(?=[\"”(]?[A-ZÅÄÖÉ0-9])")
BULLET: Final = re.compile(r"^(?:[•▪◦●○■□➢►‣∙·*]|[-–—](?=\s+[A-ZÅÄÖ0-9]))\s*")
SPEAKER_INITIALS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"  # the first character SPEAKER_COLON takes
# "Kommunal: …", "Lisa Berg: …", "Fråga från Vision: …" open a paragraph of their own.
SPEAKER_COLON: Final = re.compile(
    r"^[A-ZÅÄÖ][\w\-éü]+(?:\s+(?:från\s+)?[A-ZÅÄÖ][\w\-éü]+){0,3}\s?:\s+\S"
)


def _latin1_lower_table() -> bytes:
    table = bytearray(range(256))
    for code in [*range(0x41, 0x5B), *range(0xC0, 0xDF)]:
        if code != 0xD7:  # "×" has no lower case
            table[code] = code + 0x20
    return bytes(table)


LATIN1_LOWER: Final = _latin1_lower_table()


def lower(text: str) -> str:
    """text.lower(), faster for Swedish text.

    str.lower() looks every character up in the Unicode tables as soon as a text
    holds one that is not ASCII (å, ä, ö), some 45 instructions a character: it
    was a twentieth of a parse. A text within Latin-1 is lowered as bytes through
    a table instead, with the same result (tests/reader/test_text.py checks every
    Latin-1 character); any other text goes to str.lower().
    """
    if text.isascii():
        return text.lower()
    # "ignore" drops what is beyond Latin-1 ("–", "”"): a shorter result tells, and
    # costs far less than the exception that "strict" would raise.
    encoded = text.encode("latin-1", "ignore")
    if len(encoded) != len(text):
        return text.lower()
    return encoded.translate(LATIN1_LOWER).decode("latin-1")


def ignorecase_lower(text: str) -> str | None:
    """text lower-cased, when that reads each letter as re.IGNORECASE does: then a
    cheap look at it tells where a case-insensitive pattern can match. None when
    it holds "ı" or "ſ" (which the pattern takes for "i" and "s") or a letter that
    lower-cases to two characters ("İ"); the pattern must then search everywhere."""
    lowered = lower(text)
    return lowered if reads_as_ignorecase(text, lowered) else None


def reads_as_ignorecase(text: str, lowered: str) -> bool:
    """Whether lowered, text lower-cased, reads each letter as re.IGNORECASE does
    (see ignorecase_lower)."""
    return len(lowered) == len(text) and "ı" not in lowered and "ſ" not in lowered


# Sentences of the paragraphs of the protocol being parsed: several rules read
# the same paragraph, so each is split once. parse() empties it per protocol.
_sentences: Final[dict[str, list[str]]] = {}


def forget_sentences() -> None:
    _sentences.clear()


def split_sentences(text: str) -> list[str]:
    found = _sentences.get(text)
    if found is None:
        found = _sentences[text] = _split(text)
    return found


def _split(text: str) -> list[str]:
    # A text whose marks all stand at its end (most paragraphs of one sentence) has
    # no break: SENTENCE_END needs a blank and a capital after the mark.
    if not contains_any(text.rstrip().rstrip(SENTENCE_LAST), (".", "?", "!")):
        return [text.strip()] if text.strip() else []
    pieces = sentence_pieces(text)
    if len(pieces) == 1:
        return [text.strip()] if text.strip() else []
    sentences: list[str] = []
    current = pieces[0]
    for i in range(1, len(pieces), 3):
        mark, blank, following = pieces[i], pieces[i + 1], pieces[i + 2]
        if mark[0] == "." and _ends_in_abbreviation(current):
            current += mark + blank + following  # "t.ex. Kommunal": the sentence goes on
            continue
        sentence = (current + mark).strip()  # with the quote or bracket that closes it
        if sentence:
            sentences.append(sentence)
        current = following
    tail = current.strip()
    if tail:
        sentences.append(tail)
    return sentences


_MARK_CLOSERS: Final = '"”’)'
_OPENERS: Final = '"”('
_SENTENCE_STARTS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ0123456789")


def sentence_pieces(text: str) -> list[str]:
    """SENTENCE_END.split(text), read from the marks outward: the pattern tried every
    character in turn, and splitting was a twentieth of reading a protocol."""
    pieces: list[str] = []
    start, end = 0, len(text)  # start: where the piece being read begins
    for mark in _mark_positions(text):
        if mark < start:
            continue
        blank = mark + 1
        if blank < end and text[blank] in _MARK_CLOSERS:
            blank += 1
        following = blank
        while following < end and text[following].isspace():
            following += 1
        if following in (blank, end):  # no blank, or nothing after it
            continue
        first = text[following]
        if first not in _SENTENCE_STARTS and not (
            first in _OPENERS and following + 1 < end and text[following + 1] in _SENTENCE_STARTS
        ):
            continue
        pieces += [text[start:mark], text[mark:blank], text[blank:following]]
        start = following
    pieces.append(text[start:])
    return pieces


def _mark_positions(text: str) -> list[int]:
    """Where the text has a full stop, question or exclamation mark, in order."""
    found: list[int] = []
    kinds = 0
    for mark in ".?!":
        at = text.find(mark)
        kinds += at >= 0
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    if kinds > 1:
        found.sort()
    return found


def contains_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether text contains one of the parts: the reader's cheap look before a pattern."""
    for part in parts:  # noqa: SIM110 - a plain loop; any() over a generator costs more here
        if part in text:
            return True
    return False


ABBREVIATION_LENGTH: Final = max(map(len, ABBREVIATIONS))
WORD_END_MARKS: Final = '.!?"”’)'


def _ends_in_abbreviation(text: str) -> bool:
    """Whether the word that ends text, before a full stop, is an abbreviation ("t.ex")."""
    start = text.rfind(" ") + 1
    if len(text) - start > ABBREVIATION_LENGTH and text[-1:] not in WORD_END_MARKS:
        return False  # most words: longer than any abbreviation, with no mark to strip
    word = text[start:] + "."
    return word.rstrip(WORD_END_MARKS).lower() in ABBREVIATIONS


def normal_gap(lines: list[Line]) -> int:
    """The document's ordinary spacing between lines (1 for double-spaced exports).

    Measured where a sentence clearly runs on to the next line, so that many
    one-line paragraphs (with a blank between them) do not look like double spacing.
    """
    gaps = [
        line.gap
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.text[:1].islower() and not ends_sentence(previous.text)
    ]
    return 1 if gaps.count(1) > gaps.count(0) else 0


def typical_width(lines: list[Line]) -> int:
    lengths = sorted([length for length in [len(line.text) for line in lines] if length > 20])
    if not lengths:
        return 60
    return lengths[int(len(lengths) * 0.9)]


CLOSERS: Final = '"”’) '  # may follow the mark that ends a sentence
SENTENCE_LAST: Final = ".?!" + CLOSERS  # the last character of a line that ends a sentence


def ends_sentence(text: str) -> bool:
    if not text or text[-1] not in SENTENCE_LAST:
        return False  # most lines: a word that the next line goes on from
    if text[-1] != ".":  # a quote or bracket may close the sentence
        text = text.rstrip(CLOSERS)
        if not text.endswith("."):
            return text.endswith(("?", "!"))
    last = text[text.rfind(" ") + 1 :].rstrip(".").lower()
    return last not in ABBREVIATIONS  # "t.ex." at a line end does not end the sentence


LONE_ADDRESS: Final = re.compile(r"^\S+@\S+\.\w+$|^https?://\S+$")


BULLET_CHARS: Final = set("•▪◦●○■□➢►‣∙·*-–—")
LIST_LETTERS: Final = set("abcdefghijklmnopqrstuvwxyzåäö")


def starts_paragraph(line: Line) -> bool:
    """A speaker's label ("Kommunal: …"), a bullet, a lettered entry ("a) Vision: …") or
    a table's row ("2 | Ventilation | Lokalstrateg") opens a paragraph.

    Asked of every line: the first character tells which of them it can be.
    """
    text = line.text
    first = text[0]
    if "|" in text and text.count("|") >= 2:
        return True
    if first in SPEAKER_INITIALS:
        return text.find(":", 0, 60) >= 0 and bool(SPEAKER_COLON.match(text))
    if first in LIST_LETTERS:
        return text[1:2] in (")", ".") and text[2:3].isspace()
    return first in BULLET_CHARS and bool(BULLET.match(text))


def _bullet(text: str) -> bool:
    return text[0] in BULLET_CHARS and bool(BULLET.match(text))


def _lone_address(text: str) -> bool:
    return (
        " " not in text
        and ("@" in text or text.startswith("http"))
        and bool(LONE_ADDRESS.match(text))
    )


def paragraphs(lines: list[Line], spacing: int, width: int, wrapped: bool = True) -> list[str]:
    """Join hard-wrapped lines into paragraphs (a word processor's lines are paragraphs)."""
    if not wrapped:
        return [line.text for line in lines]
    if not lines:
        return []
    result: list[list[str]] = [[lines[0].text]]
    previous, previous_ends = lines[0], ends_sentence(lines[0].text)
    for line in lines[1:]:
        if _breaks(previous, line, spacing, width, previous_ends):
            result.append([line.text])
        else:
            result[-1].append(line.text)
        previous, previous_ends = line, ends_sentence(line.text)
    return [join_lines(p) for p in result]


def _breaks(previous: Line, line: Line, spacing: int, width: int, previous_ends: bool) -> bool:
    """Whether `line` starts a new paragraph; previous_ends: the previous line ends a sentence."""
    if starts_paragraph(line):
        return True
    # An address is one word: the space test first spares most lines a call.
    if (" " not in previous.text and _lone_address(previous.text)) or (
        " " not in line.text and _lone_address(line.text)
    ):
        return True
    # A committee's sub-heading ("Beslut") is a paragraph of its own; most lines are longer.
    if is_subheading(line.text) or is_subheading(previous.text):
        return True
    if not previous_ends and line.text[:1].islower():
        return False  # a sentence that goes on, whatever page break lies between
    if line.gap > spacing:
        return True
    if line.page != previous.page and previous_ends:
        # A page break hides the paragraph spacing; a sentence that ends the page
        # more often ends its paragraph than not.
        return len(previous.text) < 0.95 * width
    # A short line ends its paragraph: after a full stop, or as a sub-heading
    # ("Avser samverkan som motsvarar MBL § 11") before a capitalised line, as
    # does a one-line list entry before the text goes on.
    if previous_ends:
        return len(previous.text) < 0.7 * width
    if not line.text[:1].isupper():
        return False
    return len(previous.text) < 0.8 * width or _bullet(previous.text)


# The parts of a committee's item, each on its own line: "Ärendebeskrivning", "Beslut".
SUBHEADING: Final = re.compile(
    r"(?:ärendebeskrivning|sammanfattning|bakgrund|beslutsunderlag|förslag till beslut|"
    r"yrkanden?|beslutsgång|beslut|reservationer|reservation|protokollsanteckningar?)\s*:?",
    re.I,
)
# The first letters of SUBHEADING's words, for a cheap look first ("ſ": re.I reads it "s").
SUBHEADING_INITIALS: Final = "äÄsSſbBfFyYrRpP"


def is_subheading(text: str) -> bool:
    """ "Beslut", "Ärendebeskrivning:": a committee's sub-heading; most lines are longer."""
    return len(text) <= 24 and text[:1] in SUBHEADING_INITIALS and bool(SUBHEADING.fullmatch(text))


def join_lines(parts: list[str]) -> str:
    """Lines joined with a space, except after a slash ("tillslag/" + "husrannsakan")."""
    joined = " ".join(parts)
    if "/ " not in joined:
        return joined  # no line ended in a slash
    joined = parts[0]
    for part in parts[1:]:
        joined += part if joined.endswith("/") else " " + part
    return joined


def strip_end(text: str) -> str:
    return text.rstrip(" .:;,")
