"""Justering, adjusters, signatures, the next meeting, and who chaired."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

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
from samverkan.reader.parse.header import (
    NAME,
    ROLE_ENDINGS,
    ROLE_LINE,
    _split_list,
    place_of,
    remote_of,
)
from samverkan.reader.parse.header import (
    _is_role_word as _ends_in_role,  # "avdelningschef": the header's test of a word
)
from samverkan.reader.parse.layout import VALIDATION
from samverkan.reader.parse.text import contains_any, ignorecase_lower, split_sentences

# "justerare", and what associations write: "justeringsperson(er)", "justeringsman/män".
_ADJUSTER = r"(?:justerare|justeringspersoner|justeringsperson|justeringsmän|justeringsman)"
# Each form is anchored at the sentence start so that a long sentence costs little.
ELECTED_ADJUSTERS: Final = [
    re.compile(
        # "Till justerare (jämte ordföranden) valdes …": ALONG_WITH adds the chair.
        rf"^(?:till\s+)?{_ADJUSTER}\s+(?:(?:jämte|tillsammans\s+med)\s+\w+\s+)?"
        r"(?:valdes|utsågs|väljs|utses)(?:\s+till)?\s*:?\s*(?P<names>.+)$",
        re.I,
    ),
    re.compile(
        rf"^(?P<names>[^.]{{3,300}}?)\s+(?:valdes|utsågs|väljs|utses)\s+(?:till\s+)?(?:att\s+)?"
        rf"(?:{_ADJUSTER}|(?:jämte|tillsammans med) ordföranden justera|justera)",
        re.I,
    ),
    re.compile(rf"^{_ADJUSTER}\s*:\s*(?P<names>.+)$", re.I),
    re.compile(
        r"^att\s+(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll(?:et)?\s+(?:valdes|utsågs)\s*:?\s*(?P<names>.+)$",
        re.I,
    ),
    # A decision that names them: "Förvaltningsgruppen beslutar att Anette Roth och
    # Helén Strömberg justerar protokollet den 21 maj".
    re.compile(
        r"^(?:[^.]{0,80}?\bbeslut\w*\s+att\s+)?(?P<names>[^.]{3,200}?)\s+"
        r"(?:justerar|ska\s+justera|skall\s+justera)\s+(?:dagens\s+)?protokoll",
        re.I,
    ),
    re.compile(
        r"^(?:dagens\s+)?protokollet\s+justeras\s+(?:digitalt\s+|elektroniskt\s+)?av\s+"
        r"(?P<names>.+?)(?:\s+(?:senast|den|digitalt|via|efter)\b.*)?$",
        re.I,
    ),
]
# "… valdes att justera protokollet tillsammans med rektor (jämte ordföranden)": the
# participant whose role that is adjusts too.
ALONG_WITH: Final = re.compile(
    r"\b(?:tillsammans med|jämte)\s+(?P<role>[a-zåäö-]+?)(?:en|n)?\b", re.I
)
ALL_UNIONS_ADJUST: Final = re.compile(
    r"(?:alla|samtliga)\s+närvarande\s+(?:fackliga\s+organisationer|fackförbund|fack|fackliga|arbetstagarorganisationer)"
    r"|företrädare\s+(?:från|för)\s+(?:alla|samtliga)\s+närvarande",
    re.IGNORECASE,
)
# Looked for in lower-cased sentences (_says_any): a case-insensitive pattern compares
# each character of a long sentence with each word's first letters, five times slower.
ADJUSTING_WORDS: Final = ("juster",)
COMMENT_WORDS: Final = ("synpunkter", "kommentarer", "ändringar")
DIGITAL_WORDS: Final = ("digital", "elektronisk", "e-signer", "bankid")
JUSTERING: Final = re.compile("|".join(ADJUSTING_WORDS), re.IGNORECASE)
COMMENTS: Final = re.compile("|".join(COMMENT_WORDS), re.IGNORECASE)
DIGITAL: Final = re.compile("|".join(DIGITAL_WORDS), re.IGNORECASE)
# What is opened: a meeting, or in an MBL negotiation protocol the negotiation
# ("Helena Brodin öppnade förhandlingen", "… förklarade förhandlingen öppnad").
_OPENED = r"(?:mötet|sammanträdet|förhandlingen|förhandlingarna)"
CHAIR: Final = re.compile(
    rf"^{_OPENED}\s+öppnades\s+av\s+(?:ordförande(?:n)?\s+)?(?P<a>[^.,]+)"
    r"|^(?:ordförande(?:n)?\s+)?(?P<b>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+){0,3})\s+"
    # "… hälsade (alla) välkommen och förklarade mötet öppnat"
    r"(?:hälsade\s+(?:\w+\s+)?välkom\w*\s+och\s+)?"
    rf"(?:öppnade\s+{_OPENED}|förklarade\s+{_OPENED}\s+(?:för\s+)?öppna[td])",
    re.IGNORECASE,
)
# "Camilla hälsade alla välkomna", "Enhetschef Camilla Ekström hälsar samtliga välkommen".
WELCOMED: Final = re.compile(
    r"^(?:(?i:ordförande(?:n)?)\s+)?(?P<name>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+){0,3})\s+"
    r"hälsa(?:de|r)\s+(?:(?:alla|samtliga|de|närvarande|deltagarna|deltagare)\s+){0,2}välkom"
)
SECRETARY: Final = re.compile(
    r"sekreterare\s+(?:valdes|utsågs)\s+(?:till\s+)?(?P<a>[^.]+)|(?:till\s+)?sekreterare\s+valdes\s+(?P<b>[^.]+)"
    r"|(?P<c>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+){1,3})\s+valdes\s+till\s+sekreterare",
    re.IGNORECASE,
)
# What the next meeting is called: "nästa möte(t)", "nästa samverkan(smöte)", "nästa
# förvaltningsgrupp", "nästa APT" (arbetsplatsträff) or a group's abbreviation ("FSG").
NEXT_MEETING_WORD: Final = (
    r"(?:möte\w*|mötestid|sammanträde\w*|samverkan\w*|förvaltningsgrupp\w*|skyddskommitt\w*"
    r"|arbetsmiljökommitt\w*|arbetsplatsträff\w*|träff\w*|APT|FVG|FSG|CSG|LSG|Cesam)\b"
)
NEXT_TITLE: Final = re.compile(rf"^nästa\s+{NEXT_MEETING_WORD}", re.I)
NEXT_SENTENCE: Final = re.compile(
    rf"nästa\s+{NEXT_MEETING_WORD}(?:\s*:|\s+(?:är|blir|äger rum|hålls|sker|planeras))",
    re.I,
)
# A room is named as a proper noun ("i Stora Hörnet") or after a word for a room or
# a building, which is written in lower case: "i rum Tallen", "i sal Hörnan", "i
# personalrummet", "på brandstationen i Sundsby", "i kommunhuset".
ROOM_WORD: Final = (
    r"(?:\w*(?:rum|rummet|sal|salen|lokal|lokalen|huset|stationen|kontoret|skolan|gården"
    r"|hallen|biblioteket)\b|aulan?\b)"
)
# "i/på" and the place, or a room after a comma right after the date and time:
# "Tisdag 12 april 2022 kl. 15.00, rum 4A." (not "…, Kommunal bjuder på fika.").
# A room after a comma goes on with the place: "i Stadshuset, sal Gävleborg".
LOCATION_AFTER: Final = re.compile(
    rf"(?:\b(?:i|på)\s+(?=[A-ZÅÄÖ0-9]|{ROOM_WORD})|^\s*,\s*(?=(?i:{ROOM_WORD})))"
    rf"(?P<place>[^,.]+?(?:,\s*(?=(?i:{ROOM_WORD}))[^,.]+?)?)"
    r"(?:,|\.|$|\s+(?:samt|och|deltagande|via)\b)"
)
SIGN_FOR: Final = re.compile(
    r"^(?P<name>.+?)\s+för\s+(?P<party>[^()]+?)\s*(?:\((?P<note>[^)]*)\))?\s*$", re.I
)
ROLE_NAMES: Final = {
    "justerande": "justerare",
    "protokollförare": "sekreterare",
    "mötesordförande": "ordförande",
}
VID_PROTOKOLLET: Final = re.compile(r"^(?:vid protokollet|vid anteckningarna|antecknat av)\b", re.I)
# "Justering" heads the block only alone: "Justering sker digitalt …" is a sentence.
SIGNED_BY: Final = re.compile(
    r"^(?:justeras|justerat|underskrift(?:er)?)\b|^justering\s*:?\s*$", re.I
)
# The roles a signature is given for; other roles ("HR-specialist") give way to them.
SIGNING_ROLES: Final = {"ordförande", "sekreterare", "justerare"}


BRACKET: Final = re.compile(r"\(([^)]*)\)")
LABELLED: Final = re.compile(r"^([^:]+):\s*(.+)$")  # "Vision: Mimmi Petrini"


# "Ewa Nilsson för Kommunal", "Helena Brodin för arbetsgivaren".
NAME_FOR_PARTY: Final = re.compile(r"^(?P<name>.+?)\s+för\s+(?P<party>.+)$")
# What is left of "…, Kommunal, och Cecilia Nord" after the comma: "och" parts the names.
AND_BEFORE: Final = re.compile(r"^(?:och|samt)\s+")


def names_with_parties(text: str, parties, participants: list[Participant]) -> list[Adjuster]:
    """ "A (SSR), B (Kommunal) och C" → adjusters, party from the brackets, a "för
    Party" after the name or the participant list."""
    found: list[Adjuster] = []
    party_of = _parties_by_name(participants)
    for chunk in _split_list(text):
        if chunk[:3] in ("och", "sam"):
            chunk = AND_BEFORE.sub("", chunk)  # ", Kommunal, och Cecilia Nord, Vision"
        bracket = BRACKET.search(chunk) if "(" in chunk else None
        name_part = (BRACKET.sub("", chunk) if bracket else chunk).strip()
        colon = LABELLED.match(name_part) if ":" in name_part else None
        party = None
        if colon and parties.lookup(colon[1]):
            party, name_part = parties.canonical(colon[1]), colon[2]
        if bracket and parties.lookup(bracket[1]):
            party = parties.canonical(bracket[1])
        signs_for = NAME_FOR_PARTY.match(name_part) if " för " in name_part else None
        if signs_for and parties.lookup(signs_for["party"]):
            party, name_part = parties.canonical(signs_for["party"]), signs_for["name"]
        if not (bracket or colon) and _is_union(name_part, parties):
            # "Jonas Hedlund, Sveriges Lärare, valdes …": the union of the name before it.
            if found:
                found[-1].party = parties.canonical(name_part)
            continue
        m = NAME.match(name_part)
        if not m:
            continue
        name = m[0]
        found.append(Adjuster(name, party or party_of.get(name.casefold())))
    return found


def _along_with(sentence: str, found: list[Adjuster], participants) -> list[Adjuster]:
    m = ALONG_WITH.search(sentence) if "med" in sentence or "jämte" in sentence else None
    if not m:
        return []
    role = m["role"].lower()
    named = {adjuster.name for adjuster in found}
    for person in participants:
        if person.name not in named and role in (person.role or "").lower():
            return [Adjuster(person.name, _party_of(person))]
    return []


def _is_union(text: str, parties) -> bool:
    info = parties.lookup(text)
    return bool(info) and info.side == "employee"


def _parties_by_name(participants: list[Participant]) -> dict[str, str | None]:
    """Each participant's party (EMPLOYER for the employer's side) by case-folded name;
    the first participant of a name counts."""
    found: dict[str, str | None] = {}
    for p in participants:
        found.setdefault(p.name.casefold(), _party_of(p))
    return found


def _party_of(participant: Participant) -> str | None:
    """Whom a participant adjusts or signs for: their union, or the employer."""
    return participant.party if participant.side == "employee" else EMPLOYER


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
            if not _says_any(sentence, ADJUSTING_WORDS, JUSTERING):
                continue  # each form, and ALL_UNIONS_ADJUST, says "juster…"
            m = next((m for p in ELECTED_ADJUSTERS if (m := p.match(sentence))), None)
            named = names_with_parties(m["names"].rstrip(". "), parties, participants) if m else []
            if named:
                found.extend(named)
                found.extend(_along_with(sentence, found, participants))
            elif ALL_UNIONS_ADJUST.search(sentence):
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
        is_comment = "senast" in lower and _says_any(sentence, COMMENT_WORDS, COMMENTS)
        if "juster" in lower or is_comment:
            if _says_any(sentence, ADJUSTING_WORDS, JUSTERING) and _says_any(
                sentence, DIGITAL_WORDS, DIGITAL
            ):
                result.digital = True
            _dates_in_adjustment(sentence, meeting, result, warnings, bool(is_comment))
        # A link starts with http or www (in any case): other sentences skip the URL pattern.
        m = ("http" in lower or "www." in lower) and URL.search(sentence)
        if m and VALIDATION.search(sentence):
            result.validation_url = m[0].rstrip(".,;:")
    return result


def _says_any(text: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether text says one of the words, in any case (pattern: the words, with
    re.IGNORECASE): looked for in the lower-cased text where that reads every letter
    as the pattern does, else ("ı", "ſ", "İ") by the pattern."""
    folded = ignorecase_lower(text)
    return contains_any(folded, words) if folded is not None else bool(pattern.search(text))


def _dates_in_adjustment(sentence, meeting, result: Adjustment, warnings, is_comment: bool) -> None:
    for found in dates.find_dates(sentence, meeting.year if meeting else None):
        if found.date is None:
            warnings.append(f"Datumet '{found.text}' saknar år och mötets datum är okänt.")
            continue
        if mismatch := dates.weekday_mismatch(found):
            warnings.append(mismatch)
        day = dates.roll_forward(found.date, found.has_year, meeting)
        before = sentence[: found.start].lower()
        if is_comment and (
            _says_any(before, COMMENT_WORDS, COMMENTS)
            or not _says_any(before, ADJUSTING_WORDS, JUSTERING)
        ):
            if result.comments_due is None:
                clock = dates.time_after(sentence, found.end)
                result.comments_due = f"{day.isoformat()}T{clock}" if clock else day.isoformat()
        elif result.date is None:
            result.date = day.isoformat()


def signatures_from(
    lines: list[str], parties, participants, gaps: list[int] | None = None
) -> tuple[list[Signature], bool, str | None]:
    """Signatures from the lines of a signature block (after the last item, or an
    "Underskrifter" block in the header); also whether it says 'digitalt', and who
    took the notes when a line says so ("Antecknat av Kim Sandell").

    A role line ("Sekreterare", "Ordförande", "Justerande") belongs to the name
    after it when one follows ("Sekreterare / Johan Ek"), else to the name before
    it ("Elisabeth Edlund / Sekreterare"), and so also when it sits right under
    that name, apart from the next (gaps: the blank lines before each line).
    "Vid protokollet" marks the secretary. Labels side by side ("Ordförande
    Kommunal") belong to the names side by side below them, or above them when
    those have none yet; a union under a name, with a note after a comma
    ("Akademikerförbundet SSR, oenighet under punkt 6.2"), is that name's.
    """
    block = _SignatureBlock(parties, participants)
    rows = _join_notes(lines, gaps or [0] * len(lines))
    for i, (text, gap) in enumerate(rows):
        following, following_gap = rows[i + 1] if i + 1 < len(rows) else ("", 0)
        block.read(text, following, under_previous=gap < following_gap)
    _unions_from_participants(block.signatures, participants)
    return block.signatures, block.digital, block.noted_by


def _unions_from_participants(signatures: list[Signature], participants) -> None:
    """A union's representative signs for the union, though the block names only the
    person: the participant list says which (the employer's people sign without one)."""
    party_of = _parties_by_name(participants)
    for signature in signatures:
        party = party_of.get(signature.name.casefold())
        if signature.party is None and party not in (None, EMPLOYER):
            signature.party = party


def adjusters_who_signed(
    signatures: list[Signature], participants, officers: set[str | None]
) -> list[Adjuster]:
    """No item names the adjusters: those who sign as justerare, or beside the chair
    and the secretary (`officers`), are them ("Justeras / Mats Grönlund, ordförande /
    Ylva Hed, Vision")."""
    party_of = _parties_by_name(participants)
    return [
        Adjuster(s.name, s.party or party_of.get(s.name.casefold()))
        for s in signatures
        if s.role == "justerare" or (s.role is None and s.name not in officers)
    ]


# A column's label: its kind (see _column_labels), the role or union, and the union
# after a role's comma ("Huvudskyddsombud, Seko").
Label = tuple[str, str, str | None]


class _SignatureBlock:
    """The signatures read so far, and what the lines read say of the names to come."""

    def __init__(self, parties, participants):
        self.parties = parties
        self.participants = participants
        self.signatures: list[Signature] = []
        self.digital = False
        self.pending_role: str | None = None  # a label's role, for the next name
        self.column_labels: list[Label] = []  # labels side by side, for the names below
        self.last_line: list[Signature] = []  # the signatures of the previous name line
        self.last_line_labelled = False  # whether labels above them gave them their roles
        self.noted_by: str | None = None  # "Antecknat av Kim Sandell": who took the notes

    def read(self, text: str, following: str, under_previous: bool = False) -> None:
        """under_previous: the line sits right under the one before, apart from the next."""
        labels = _column_labels(text, self.parties)
        if labels and not ROLE_LINE.match(text) and (len(labels) > 1 or labels[0][0] != "above"):
            self._labels(labels)
        elif m := VID_PROTOKOLLET.match(text):
            self._secretary(text[m.end() :], noted=m[0].lower() == "antecknat av")
        elif m := SIGNED_BY.match(text):
            self.digital = self.digital or bool(DIGITAL.search(text))
            self.signatures += _names_after_label(text[m.end() :], self.parties, self.participants)
        elif ROLE_LINE.match(text):
            self._role(_role(text), following, under_previous)
        elif len(self.last_line) == 1 and (noted := _party_with_note(text, self.parties)):
            signature = self.last_line[0]
            signature.party, signature.note = noted
            self.last_line = []
        elif not URL.search(text):
            self._names(_signatures_on_line(text, self.parties, self.participants))

    def _labels(self, labels: list[Label]) -> None:
        """A row of roles or unions (a label row is never a name): below the names
        side by side ("Karin Ahl   Anette Roth" / "Ordförande   Kommunal"), or above them."""
        below = (
            len(labels) == len(self.last_line)
            and not self.last_line_labelled
            and all(kind not in ABOVE_ONLY for kind, _, _ in labels)
        )
        if below:
            _label(self.last_line, labels)
            self.last_line = []
        else:
            # "Vid protokollet   Justeras" over "Erik Lund   Sara Nyberg"; should the
            # names not line up, the first label is still the first name's.
            self.column_labels = labels
            self.pending_role = labels[0][1] if labels[0][0] not in PARTY_LABELS else None

    def _secretary(self, rest: str, noted: bool = False) -> None:
        self.pending_role = "sekreterare"
        named = _names_after_label(rest, self.parties, self.participants)
        if noted and named:
            # "Antecknat av Kim Sandell" names who took the notes, in a sentence; under
            # "Antecknat av" alone a name is signed, as under "Vid protokollet".
            self.noted_by, self.pending_role = named[0].name, None
            return
        for signature in named:  # "Vid protokollet: Nina Ek"
            signature.role, self.pending_role = "sekreterare", None
        self.signatures += named

    def _role(self, role: str, following: str, under_previous: bool) -> None:
        signatures = self.signatures
        if signatures and signatures[-1].role == role:
            return  # "Vid protokollet / Malin Dahl / Sekreterare" says it twice
        if (
            signatures
            and signatures[-1].role is None
            and (under_previous or not _is_name(following))
        ):
            signatures[-1].role = role
        else:
            self.pending_role = role

    def _names(self, found: list[Signature]) -> None:
        labelled = bool(self.column_labels) and len(self.column_labels) == len(found)
        if labelled:
            _label(found, self.column_labels)
            self.pending_role = None
        self.column_labels = []
        for signature in found:
            signature.role = signature.role or self.pending_role
            self.pending_role = None
            self.signatures.append(signature)
        self.last_line, self.last_line_labelled = found, labelled


# The kinds of _column_labels that name a union, and those that only label names below.
PARTY_LABELS: Final = ("party", "for")
ABOVE_ONLY: Final = ("above", "for")


def _label(signatures: list[Signature], labels: list[Label]) -> None:
    """Each signature's role or union from the label in its column."""
    for signature, (kind, label, union) in zip(signatures, labels, strict=True):
        if kind in PARTY_LABELS:
            signature.party = signature.party or label
        else:
            signature.role = signature.role or label
            signature.party = signature.party or union


def _names_after_label(rest: str, parties, participants) -> list[Signature]:
    """ "Justeras: Lars Holm, Ali Reza" — the names on the label's own line."""
    rest = rest.strip(" :")
    if not rest or DIGITAL.search(rest):
        return []
    found: list[Signature] = []
    for part in _split_list(rest):
        if found and _is_union(part, parties):
            found[-1].party = found[-1].party or parties.canonical(part)  # "Ali Demir, Kommunal"
        else:
            found += _signatures_on_line(part, parties, participants)
    return found


def _role(text: str) -> str:
    """ "Sekreterare" → "sekreterare", "Justerande" → "justerare"; "HR-konsult" keeps its capitals."""
    word = text.rstrip(":").strip()
    lower = word.lower()
    return ROLE_NAMES.get(lower, word if word[:2].isupper() else lower)


def _is_role_word(word: str) -> bool:
    """ "Ordförande", "Justerare", "Huvudskyddsombud", "HR-specialist"."""
    return bool(ROLE_LINE.match(word)) or _ends_in_role(word)


def _column_labels(text: str, parties) -> list[Label] | None:
    """ "Ordförande   Huvudskyddsombud", "Ordförande   Lärarnas Riksförbund",
    "Vid protokollet   Justeras" or "För arbetsgivaren   För Kommunal": one role
    ("role"), union ("party"), role of the names below ("above") or union of the
    names below ("for") per column, else None; a role may have its union after a
    comma ("Ordförande   Huvudskyddsombud, Seko"). Extraction loses the columns,
    so the words are matched greedily, the longest union name first."""
    words = text.split()
    labels: list[Label] = []
    start = 0
    while start < len(words):
        word = words[start].rstrip(":")
        lower = word.lower()
        after = words[start + 1].lower().rstrip(":") if start + 1 < len(words) else ""
        if lower == "vid" and after in ("protokollet", "anteckningarna"):
            labels.append(("above", "sekreterare", None))
            start += 2
        elif lower in ("justeras", "justerat"):
            labels.append(("above", "justerare", None))
            start += 1
        elif _is_role_word(word):
            labels.append(("role", _role(word), None))
            start += 1
        elif word[-1:] == "," and _is_role_word(word[:-1]):
            found = _leading_party(words, start + 1, parties) if start + 1 < len(words) else None
            if not found:
                return None
            labels.append(("role", _role(word[:-1]), found[0]))
            start = found[1]
        elif lower == "för" and (found := _leading_party(words, start + 1, parties)):
            # "För arbetsgivaren   För Kommunal": whom the names below sign for.
            labels.append(("for", found[0], None))
            start = found[1]
        elif found := _leading_party(words, start, parties):
            labels.append(("party", found[0], None))
            start = found[1]
        else:
            return None
    return labels


def _leading_party(words: list[str], start: int, parties) -> tuple[str, int] | None:
    """The union (or "Arbetsgivaren") the words name from `start`, longest name first,
    and where it ends."""
    if not parties.has_first_word(words[start]):
        return None  # most words open no party name: one look spares five
    for end in range(min(len(words), start + 5), start, -1):
        party = parties.canonical(" ".join(words[start:end]))
        if party:
            return party, end
    return None


def _is_name(text: str) -> bool:
    return bool(NAME.match(text)) and not ROLE_LINE.match(text)


def _signatures_on_line(text: str, parties, participants) -> list[Signature]:
    m = SIGN_FOR.match(text)
    if m and NAME.match(m["name"]):
        party = parties.canonical(m["party"]) or m["party"].strip()
        return [Signature(m["name"].strip(), party, _note(m["note"]))]
    if "," in text:
        return _signatures_with_labels(text, parties)
    if NAME.fullmatch(text):
        return [Signature(name) for name in _split_names(text, participants)]
    return []


def _signatures_with_labels(text: str, parties) -> list[Signature]:
    """ "Ali Demir, Kommunal", "Annika Roos, sekreterare", or side by side with the
    columns lost: "Jörgen Falk, ordförande Mikael Strand, justerare". A note may
    follow the union or role, in brackets or after a last comma: "Pirjo Mäkinen,
    Kommunal (oenighet under punkt 7)", "…, Kommunal, oenighet under punkt 7"."""
    first, *parts = [part.strip() for part in text.split(",")]
    if not NAME.fullmatch(first):
        return []
    found = [Signature(first)]
    for at, part in enumerate(parts):
        words = part.split()
        if not words:
            return []
        if _is_role_word(words[0]):
            role, after = _role(words[0]), 1
            if found[-1].role is None or role in SIGNING_ROLES:
                found[-1].role = role
        elif party := _leading_party(words, 0, parties):
            found[-1].party, after = found[-1].party or party[0], party[1]
        elif at and at == len(parts) - 1 and part[0].islower():
            found[-1].note = part  # "oenighet under punkt 7": after the union, a note
            break
        else:
            return []
        rest = " ".join(words[after:])
        if rest.startswith("(") and rest.endswith(")"):
            found[-1].note = _note(rest[1:-1])  # "Kommunal (oenighet under punkt 7)"
        elif rest and not NAME.fullmatch(rest):
            return []
        elif rest:
            found.append(Signature(rest))
    return found


def _split_names(text: str, participants) -> list[str]:
    """Names signed side by side ("Karin Lund   Eva Holm") lose their columns in
    extraction: a known participant tells where one name ends, else, on a line of
    four words or more, a name is a first name and a surname."""
    words = text.split()
    known = sorted((p.name.split() for p in participants), key=len, reverse=True)
    names: list[str] = []
    at = 0
    while at < len(words):
        size = next((len(name) for name in known if words[at : at + len(name)] == name), 0)
        if not size and len(words) >= 4:
            size = _first_name_size(words[at:])
        if not size:
            return [*names, " ".join(words[at:])] if names else [" ".join(words)]
        names.append(" ".join(words[at : at + size]))
        at += size
    return names


NAME_PARTICLES: Final = {"af", "von", "van", "de", "der"}


def _first_name_size(words: list[str]) -> int:
    """How many of the words the first name takes: "Karin Ahl Anette Roth" → 2,
    "Eva af Klint …" → 3; all of them when no name of two words would be left."""
    size = 1
    while size < len(words) and words[size] in NAME_PARTICLES:
        size += 1
    size += 1
    return size if len(words) - size >= 2 else len(words)


def _note(note: str | None) -> str | None:
    return " ".join(note.split()) if note and note.strip() else None


def _party_with_note(text: str, parties) -> tuple[str, str] | None:
    """ "Akademikerförbundet SSR, oenighet under punkt 6.2" under a name: the union
    it signs for and the note after the comma."""
    name, comma, note = text.partition(",")
    note = note.strip()
    if not (comma and note) or NAME.fullmatch(note):
        return None  # "Vision, Anna Ek" names someone
    party = parties.canonical(name.strip())
    return (party, note) if party else None


def _join_notes(texts: list[str], gaps: list[int]) -> list[tuple[str, int]]:
    """A bracketed note that wrapped onto the next line belongs to the line before.

    Each line with the blank lines before it (gaps)."""
    joined: list[tuple[str, int]] = []
    for text, gap in zip(texts, gaps, strict=True):
        if joined and joined[-1][0].count("(") > joined[-1][0].count(")"):
            joined[-1] = (f"{joined[-1][0]} {text}", joined[-1][1])
        else:
            joined.append((text, gap))
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
            result.date = dates.roll_forward(found.date, found.has_year, meeting).isoformat()
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
        if m and (name := _chair_name(m["a"] or m["b"])):
            return name
    return None


# "Ordföranden avslutade mötet kl. 15.50", "Mötet avslutades kl. 16.05".
MEETING_ENDS: Final = re.compile(
    r"\bavslutade\s+(?:mötet|sammanträdet)\b|\b(?:mötet|sammanträdet)\s+avslutades\b"
    r"|\bförklarade\s+(?:mötet|sammanträdet)\s+avslutat\b",
    re.IGNORECASE,
)


def end_time_from(sentences: list[str], start_time: str) -> str | None:
    """When the meeting ended, as the sentence that closes it says: a time after the
    start, before the sentence goes on to the next meeting ("…, nästa möte är …")."""
    for sentence in sentences:
        if "avslut" in sentence and MEETING_ENDS.search(sentence):
            cut = lowered(sentence).find("nästa")
            end, _ = dates.find_times(sentence if cut < 0 else sentence[:cut])
            if end and end > start_time:
                return end
    return None


def chair_from_welcome(paragraphs: list[str]) -> str | None:
    """Who bids everyone welcome in the meeting's first item chairs it, though no
    one is said to open it: "Camilla hälsade alla välkomna."

    paragraphs: the first item's."""
    for paragraph in paragraphs:
        if "hälsa" not in paragraph:
            continue
        for sentence in split_sentences(paragraph):
            m = WELCOMED.match(sentence)
            if m and (name := _chair_name(m["name"])):
                return name
    return None


def _chair_name(text: str) -> str | None:
    name = _without_title(text.strip())
    if full := NAME.match(name):
        return full[0]  # not what follows it: "Anna Berg som hälsade alla välkomna"
    if " " not in name and not _is_title(name):
        return name  # a first name ("Anna öppnade mötet"), not "Ordföranden"
    return None


def full_name(name: str | None, participants: list[Participant]) -> str | None:
    """A first name alone ("Camilla") as the one participant of that first name calls herself."""
    if not name or " " in name:
        return name
    found = {p.name for p in participants if p.name.split(None, 1)[0] == name}
    return found.pop() if len(found) == 1 else name


def _without_title(name: str) -> str:
    """ "Förvaltningschefen Gunilla Aspelin" → "Gunilla Aspelin"."""
    first, _, rest = name.partition(" ")
    return rest if rest and _is_title(first) else name


def _is_title(word: str) -> bool:
    """A role as a title: "Stadsdelsdirektör", "Förvaltningschefen", "Ordföranden"."""
    lower = word.lower()
    return any(lower.removesuffix(ending).endswith(ROLE_ENDINGS) for ending in ("", "n", "en"))


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
