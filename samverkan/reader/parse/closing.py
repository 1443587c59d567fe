"""Justering, adjusters, signatures, the next meeting, and who chaired."""

from __future__ import annotations

import datetime as dt
import re

from samverkan.reader.clean import URL
from samverkan.reader.model import (
    EMPLOYER,
    Adjuster,
    Adjustment,
    NextMeeting,
    Participant,
    Signature,
)
from samverkan.reader.parse import dates
from samverkan.reader.parse.content import lowered
from samverkan.reader.parse.header import NAME, ROLE_LINE, _split_list, place_of, remote_of
from samverkan.reader.parse.layout import VALIDATION
from samverkan.reader.parse.text import split_sentences

# "justerare", and what associations write: "justeringsperson(er)", "justeringsman/män".
_ADJUSTER = r"(?:justerare|justeringspersoner|justeringsperson|justeringsmän|justeringsman)"
# Each form is anchored at the sentence start so that a long sentence costs little.
ELECTED_ADJUSTERS = [
    re.compile(
        rf"^(?:till\s+)?{_ADJUSTER}\s+(?:valdes|utsågs|väljs|utses)(?:\s+till)?\s*:?\s*(?P<names>.+)$",
        re.I,
    ),
    re.compile(
        rf"^(?P<names>[^.]{{3,300}}?)\s+(?:valdes|utsågs|väljs|utses)\s+(?:till\s+)?(?:att\s+)?"
        rf"(?:{_ADJUSTER}|jämte ordföranden justera|justera)",
        re.I,
    ),
    re.compile(rf"^{_ADJUSTER}\s*:\s*(?P<names>.+)$", re.I),
    re.compile(
        r"^att\s+(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll(?:et)?\s+(?:valdes|utsågs)\s*:?\s*(?P<names>.+)$",
        re.I,
    ),
]
ALL_UNIONS_ADJUST = re.compile(
    r"(?:alla|samtliga)\s+närvarande\s+(?:fackliga\s+organisationer|fackförbund|fack|fackliga|arbetstagarorganisationer)"
    r"|företrädare\s+(?:från|för)\s+(?:alla|samtliga)\s+närvarande",
    re.IGNORECASE,
)
JUSTERING = re.compile(r"juster", re.IGNORECASE)
COMMENTS = re.compile(r"synpunkter|kommentarer|ändringar", re.IGNORECASE)
DIGITAL = re.compile(r"digital|elektronisk|e-signer|BankID", re.IGNORECASE)
CHAIR = re.compile(
    r"^(?:mötet|sammanträdet)\s+öppnades\s+av\s+(?:ordförande(?:n)?\s+)?(?P<a>[^.,]+)"
    r"|^(?:ordförande(?:n)?\s+)?(?P<b>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+){0,3})\s+öppnade\s+(?:mötet|sammanträdet)",
    re.IGNORECASE,
)
SECRETARY = re.compile(
    r"sekreterare\s+(?:valdes|utsågs)\s+(?:till\s+)?(?P<a>[^.]+)|(?:till\s+)?sekreterare\s+valdes\s+(?P<b>[^.]+)"
    r"|(?P<c>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+){1,3})\s+valdes\s+till\s+sekreterare",
    re.IGNORECASE,
)
NEXT_TITLE = re.compile(
    r"^nästa\s+(?:möte|förvaltningsgrupp|sammanträde|samverkan|skyddskommitt|träff|mötestid)", re.I
)
NEXT_SENTENCE = re.compile(
    r"nästa\s+(?:möte|förvaltningsgrupp\w*|sammanträde|samverkans\w*|skyddskommitt\w*)"
    r"(?:\s*:|\s+(?:är|blir|äger rum|hålls|sker|planeras))",
    re.I,
)
LOCATION_AFTER = re.compile(
    r"\b(?:i|på)\s+(?P<place>[A-ZÅÄÖ0-9][^,.]*?)(?:,|\.|$|\s+(?:samt|och|deltagande|via)\b)"
)
SIGN_FOR = re.compile(
    r"^(?P<name>.+?)\s+för\s+(?P<party>[^()]+?)\s*(?:\((?P<note>[^)]*)\))?\s*$", re.I
)
ROLE_NAMES = {
    "justerande": "justerare",
    "protokollförare": "sekreterare",
    "mötesordförande": "ordförande",
}
VID_PROTOKOLLET = re.compile(r"^(?:vid protokollet|vid anteckningarna|antecknat av)\b", re.I)
SIGNED_BY = re.compile(r"^(?:justeras|justerat|underskrift(?:er)?)\b", re.I)


BRACKET = re.compile(r"\(([^)]*)\)")
LABELLED = re.compile(r"^([^:]+):\s*(.+)$")  # "Vision: Mimmi Petrini"


def names_with_parties(text: str, parties, participants: list[Participant]) -> list[Adjuster]:
    """ "A (SSR), B (Kommunal) och C" → adjusters, party from the brackets or the participant list."""
    found: list[Adjuster] = []
    party_of = _parties_by_name(participants)
    for chunk in _split_list(text):
        bracket = BRACKET.search(chunk) if "(" in chunk else None
        name_part = (BRACKET.sub("", chunk) if bracket else chunk).strip()
        colon = LABELLED.match(name_part) if ":" in name_part else None
        party = None
        if colon and parties.lookup(colon[1]):
            party, name_part = parties.canonical(colon[1]), colon[2]
        if bracket and parties.lookup(bracket[1]):
            party = parties.canonical(bracket[1])
        m = NAME.match(name_part)
        if not m:
            continue
        name = m[0]
        found.append(Adjuster(name, party or party_of.get(name.casefold())))
    return found


def _parties_by_name(participants: list[Participant]) -> dict[str, str | None]:
    """Each participant's party (EMPLOYER for the employer's side) by case-folded name;
    the first participant of a name counts."""
    found: dict[str, str | None] = {}
    for p in participants:
        found.setdefault(p.name.casefold(), p.party if p.side == "employee" else EMPLOYER)
    return found


def adjusters_from(
    paragraphs: list[str], lines: list[str], parties, participants
) -> list[Adjuster]:
    """Adjusters from the item that elects them (or the header's Justerare line)."""
    found: list[Adjuster] = []
    # "Justerare:" followed by "Party: Name" lines.
    for i, line in enumerate(lines):
        if line[:9].lower() == "justerare" and re.match(r"^justerare\s*:?\s*$", line, re.I):
            for following in lines[i + 1 :]:
                colon = LABELLED.match(following)
                if not colon or not parties.lookup(colon[1]):
                    break
                found.extend(names_with_parties(following, parties, participants))
    if found:
        return found
    for paragraph in paragraphs:
        if "juster" not in lowered(paragraph):
            continue
        for sentence in split_sentences(paragraph):
            m = next((m for p in ELECTED_ADJUSTERS if (m := p.match(sentence))), None)
            if m:
                found.extend(names_with_parties(m["names"].rstrip(". "), parties, participants))
            elif "juster" in lowered(sentence) and ALL_UNIONS_ADJUST.search(sentence):
                found.extend(
                    Adjuster(p.name, p.party)
                    for p in participants
                    if p.side == "employee" and p.present
                )
    return found


def adjustment_from(
    sentences: list[str], meeting: dt.date | None, warnings: list[str]
) -> Adjustment:
    result = Adjustment()
    for sentence in sentences:
        lower = lowered(sentence)
        if "juster" not in lower and "senast" not in lower and "valider" not in lower:
            continue
        is_comment = "senast" in lower and COMMENTS.search(sentence)
        if "juster" in lower or is_comment:
            if DIGITAL.search(sentence) and JUSTERING.search(sentence):
                result.digital = True
            _dates_in_adjustment(sentence, meeting, result, warnings, bool(is_comment))
        # A link starts with http or www (in any case): other sentences skip the URL pattern.
        m = ("http" in lower or "www." in lower) and URL.search(sentence)
        if m and VALIDATION.search(sentence):
            result.validation_url = m[0].rstrip(".,;:")
    return result


def _dates_in_adjustment(sentence, meeting, result: Adjustment, warnings, is_comment: bool) -> None:
    for found in dates.find_dates(sentence, meeting.year if meeting else None):
        if found.date is None:
            warnings.append(f"Datumet '{found.text}' saknar år och mötets datum är okänt.")
            continue
        if mismatch := dates.weekday_mismatch(found):
            warnings.append(mismatch)
        day = dates.roll_forward(found, meeting)
        before = sentence[: found.start].lower()
        if is_comment and (COMMENTS.search(before) or not JUSTERING.search(before)):
            if result.comments_due is None:
                clock = dates.time_after(sentence, found.end)
                result.comments_due = f"{day.isoformat()}T{clock}" if clock else day.isoformat()
        elif result.date is None:
            result.date = day.isoformat()


def signatures_from(lines: list[str], parties, participants) -> tuple[list[Signature], bool]:
    """Signatures from the lines of a signature block (after the last item, or an
    "Underskrifter" block in the header); also whether it says 'digitalt'.

    A role line ("Sekreterare", "Ordförande", "Justerande") belongs to the name
    after it when one follows ("Sekreterare / Johan Ek"), else to the name before
    it ("Elisabeth Edlund / Sekreterare"); "Vid protokollet" marks the secretary.
    """
    signatures: list[Signature] = []
    digital = False
    pending_role: str | None = None
    last_line: list[Signature] = []  # the signatures of the previous name line
    column_roles: list[str] = []  # roles of labels side by side, for the names below
    texts = _join_notes(lines)
    for i, text in enumerate(texts):
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if m := VID_PROTOKOLLET.match(text):
            pending_role = "sekreterare"
            if SIGNED_BY.match(text[m.end() :].strip()):
                # "Vid protokollet   Justeras" over "Erik Lund   Sara Nyberg"
                column_roles = ["sekreterare", "justerare"]
                continue
            named = _names_after_label(text[m.end() :], parties, participants)
            for signature in named:  # "Vid protokollet: Nina Ek"
                signature.role, pending_role = "sekreterare", None
            signatures += named
            continue
        if m := SIGNED_BY.match(text):
            digital = digital or bool(DIGITAL.search(text))
            signatures += _names_after_label(text[m.end() :], parties, participants)
            continue
        if ROLE_LINE.match(text):
            role = _role(text)
            if signatures and signatures[-1].role == role:
                continue  # "Vid protokollet / Malin Dahl / Sekreterare" says it twice
            if signatures and signatures[-1].role is None and not _is_name(following):
                signatures[-1].role = role
            else:
                pending_role = role
            continue
        labels = _column_labels(text, parties) if len(last_line) > 1 else None
        if labels and len(labels) == len(last_line):
            # Names signed side by side with each one's role or union on the line below.
            for signature, (kind, label) in zip(last_line, labels, strict=True):
                if kind == "role":
                    signature.role = signature.role or label
                else:
                    signature.party = signature.party or label
            last_line = []
            continue
        if URL.search(text):
            continue
        last_line = _signatures_on_line(text, parties, participants)
        if column_roles and len(column_roles) == len(last_line):
            for signature, role in zip(last_line, column_roles, strict=True):
                signature.role = signature.role or role
            pending_role = None
        column_roles = []
        for signature in last_line:
            signature.role = signature.role or pending_role
            pending_role = None
            signatures.append(signature)
    return signatures, digital


def _names_after_label(rest: str, parties, participants) -> list[Signature]:
    """ "Justeras: Lars Holm, Ali Reza" — the names on the label's own line."""
    rest = rest.strip(" :")
    if not rest or DIGITAL.search(rest):
        return []
    found: list[Signature] = []
    for part in _split_list(rest):
        found += _signatures_on_line(part, parties, participants)
    return found


def _role(text: str) -> str:
    word = text.lower().rstrip(":").strip()
    return ROLE_NAMES.get(word, word)


def _column_labels(text: str, parties) -> list[tuple[str, str]] | None:
    """ "Ordförande   Justerare" or "Ordförande   Lärarnas Riksförbund": one role or
    union per column, else None. Extraction loses the columns, so the words are
    matched greedily, the longest union name first."""
    words = text.split()
    labels: list[tuple[str, str]] = []
    start = 0
    while start < len(words):
        if ROLE_LINE.match(words[start]):
            labels.append(("role", _role(words[start])))
            start += 1
            continue
        for end in range(min(len(words), start + 5), start, -1):
            party = parties.canonical(" ".join(words[start:end]))
            if party:
                labels.append(("party", party))
                start = end
                break
        else:
            return None
    return labels


def _is_name(text: str) -> bool:
    return bool(NAME.match(text)) and not ROLE_LINE.match(text)


def _signatures_on_line(text: str, parties, participants) -> list[Signature]:
    m = SIGN_FOR.match(text)
    if m and NAME.match(m["name"]):
        party = parties.canonical(m["party"]) or m["party"].strip()
        return [Signature(m["name"].strip(), party, _note(m["note"]))]
    if NAME.fullmatch(text):
        # Names signed side by side ("Karin Lund   Eva Holm") lose their columns
        # in extraction; known participants tell where one name ends.
        return [Signature(name) for name in _split_known_names(text, participants)]
    return []


def _split_known_names(text: str, participants) -> list[str]:
    names: list[str] = []
    rest = text
    known = sorted((p.name for p in participants), key=len, reverse=True)
    while rest:
        found = next((n for n in known if rest.startswith(n)), None)
        if found is None:
            return [*names, rest] if names else [text]
        names.append(found)
        rest = rest[len(found) :].strip()
    return names


def _note(note: str | None) -> str | None:
    return " ".join(note.split()) if note and note.strip() else None


def _join_notes(texts: list[str]) -> list[str]:
    """A bracketed note that wrapped onto the next line belongs to the line before."""
    joined: list[str] = []
    for text in texts:
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def next_meeting_from(
    title: str, paragraphs: list[str], meeting: dt.date | None, warnings
) -> NextMeeting | None:
    text = " ".join(paragraphs)
    if not NEXT_TITLE.match(title):
        # The paragraphs are lower-cased already; joined, they are the text lower-cased.
        lower = " ".join([lowered(paragraph) for paragraph in paragraphs])
        at = lower.find("nästa ")
        m = _next_sentence(text, lower, at) if at >= 0 else None
        if not m:
            return None
        text = text[m.start() :]
    year = meeting.year if meeting else None
    result = NextMeeting()
    found = dates.first_date(text, year)
    if found:
        if found.date is None:
            warnings.append(
                f"Nästa mötes datum '{found.text}' saknar år och mötets datum är okänt."
            )
        else:
            result.date = dates.roll_forward(found, meeting).isoformat()
    result.start_time, result.end_time = dates.find_times(text)
    after = text[found.end :] if found else text
    place = LOCATION_AFTER.search(re.sub(r"kl\.?\s*[\d.:–\-\s]+", " ", after))
    if place:
        result.location = place_of(place["place"])
    result.remote = remote_of(text)
    return result


def _next_sentence(text: str, lower: str, at: int) -> re.Match | None:
    """NEXT_SENTENCE's first match from `at`, tried only where the text says "nästa".

    re would try the IGNORECASE pattern at every character of a long item. A match
    starts where the lower-cased text reads "nästa" — unless the text holds a long
    s (ſ), which re also takes for an s, or lower() changed its length."""
    if "ſ" in text or len(lower) != len(text):
        return NEXT_SENTENCE.search(text, at)
    while at >= 0:
        m = NEXT_SENTENCE.match(text, at)
        if m:
            return m
        at = lower.find("nästa", at + 1)
    return None


def chair_from(sentences: list[str]) -> str | None:
    for sentence in sentences:
        if "öppna" not in sentence:
            continue
        m = CHAIR.search(sentence)
        if m:
            name = (m["a"] or m["b"]).strip()
            if NAME.match(name) or " " not in name:
                return name
    return None


def secretary_from(sentences: list[str]) -> str | None:
    for sentence in sentences:
        if "ekreterare" not in sentence or ("valdes" not in sentence and "utsågs" not in sentence):
            continue
        m = SECRETARY.search(sentence)
        if m:
            text = next(g for g in m.groups() if g)
            name = NAME.match(text.strip())
            if name:
                return name[0]
    return None
