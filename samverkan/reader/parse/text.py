"""Paragraphs and sentences from hard-wrapped lines."""

from __future__ import annotations

import re
from collections import Counter

from samverkan.reader.clean import Line

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "bl.a", "t.ex", "m.m", "dvs", "d.v.s", "kl", "ca", "nr", "s", "sid", "o.s.v", "osv",
    "fr.o.m", "t.o.m", "p.g.a", "pga", "resp", "inkl", "exkl", "jfr", "el", "mfl", "m.fl",
    "st", "tel", "ev", "bl a", "o", "m", "t", "f.d", "d", "jan", "feb", "aug",
    "sep", "sept", "okt", "nov", "dec", "dnr", "ang", "enl", "avd", "forts", "tf", "vs",
}  # fmt: skip

# The same break, matched from its mark: no look-behind, so the scan is cheap.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"”(]?[A-ZÅÄÖÉ0-9])")
BULLET = re.compile(r"^(?:[•▪◦●○■□➢►‣∙·*]|[-–—](?=\s+[A-ZÅÄÖ0-9]))\s*")
SPEAKER_COLON = re.compile(r"^[A-ZÅÄÖ][\w\-éü]+(?:\s+[A-ZÅÄÖ][\w\-éü]+){0,3}\s?:\s+\S")


# Sentences of the paragraphs of the protocol being parsed: several rules read
# the same paragraph, so each is split once. parse() empties it per protocol.
_sentences: dict[str, list[str]] = {}


def forget_sentences() -> None:
    _sentences.clear()


def split_sentences(text: str) -> list[str]:
    found = _sentences.get(text)
    if found is None:
        found = _sentences[text] = _split(text)
    return found


def _split(text: str) -> list[str]:
    if "." not in text and "?" not in text and "!" not in text:
        return [text.strip()] if text.strip() else []
    sentences: list[str] = []
    start = 0
    for m in SENTENCE_BREAK.finditer(text):
        end = m.start() + 1  # the full stop, question or exclamation mark
        before = text[start:end]
        if before.endswith("."):
            token = before.rsplit(" ", 1)[-1].rstrip('.!?"”’)').lower()
            if token in ABBREVIATIONS:
                continue
        closing = m[0][1:].rstrip()  # a quote or bracket that closes the sentence
        sentences.append(text[start : end + len(closing)].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def normal_gap(lines: list[Line]) -> int:
    """The document's ordinary spacing between lines (1 for double-spaced exports).

    Measured where a sentence clearly runs on to the next line, so that many
    one-line paragraphs (with a blank between them) do not look like double spacing.
    """
    gaps = Counter(
        min(line.gap, 3)
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.text[:1].islower() and not ends_sentence(previous.text)
    )
    return 1 if gaps.get(1, 0) > gaps.get(0, 0) else 0


def typical_width(lines: list[Line]) -> int:
    lengths = sorted(len(line.text) for line in lines if len(line.text) > 20)
    if not lengths:
        return 60
    return lengths[int(len(lengths) * 0.9)]


def ends_sentence(text: str) -> bool:
    text = text.rstrip('"”’) ')
    if not text.endswith((".", "?", "!")):
        return False
    last = text.rsplit(" ", 1)[-1].rstrip(".").lower()
    return last not in ABBREVIATIONS  # "t.ex." at a line end does not end the sentence


LONE_ADDRESS = re.compile(r"^\S+@\S+\.\w+$|^https?://\S+$")


BULLET_CHARS = set("•▪◦●○■□➢►‣∙·*-–—")


def starts_paragraph(line: Line) -> bool:
    text = line.text
    if text[0] in BULLET_CHARS and BULLET.match(text):
        return True
    return ":" in text[:60] and bool(SPEAKER_COLON.match(text))


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
    result: list[list[str]] = []
    previous: Line | None = None
    for line in lines:
        new = previous is None or _breaks(previous, line, spacing, width)
        if new:
            result.append([line.text])
        else:
            result[-1].append(line.text)
        previous = line
    return [join_lines(p) for p in result]


def _breaks(previous: Line, line: Line, spacing: int, width: int) -> bool:
    """Whether `line` starts a new paragraph."""
    if starts_paragraph(line) or _lone_address(previous.text) or _lone_address(line.text):
        return True
    if not ends_sentence(previous.text) and line.text[:1].islower():
        return False  # a sentence that goes on, whatever page break lies between
    if line.gap > spacing:
        return True
    if line.page != previous.page and ends_sentence(previous.text):
        # A page break hides the paragraph spacing; a sentence that ends the page
        # more often ends its paragraph than not.
        return len(previous.text) < 0.95 * width
    # A short line ends its paragraph: after a full stop, or as a sub-heading
    # ("Avser samverkan som motsvarar MBL § 11") before a capitalised line.
    if BULLET.match(previous.text) and not ends_sentence(previous.text) and line.text[:1].isupper():
        return True  # a one-line list entry, then the text goes on
    if ends_sentence(previous.text):
        return len(previous.text) < 0.7 * width
    return len(previous.text) < 0.8 * width and line.text[:1].isupper()


def join_lines(parts: list[str]) -> str:
    """Lines joined with a space, except after a slash ("tillslag/" + "husrannsakan")."""
    joined = parts[0]
    for part in parts[1:]:
        joined += part if joined.endswith("/") else " " + part
    return joined


def strip_end(text: str) -> str:
    return text.rstrip(" .:;,")
