"""The header before the first item: who met, when, where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from samverkan.reader.clean import Line
from samverkan.reader.model import EMPLOYER, Participant
from samverkan.reader.parse import dates
from samverkan.reader.parse.text import (
    BULLET,
    BULLET_CHARS,
    contains_any,
    ignorecase_lower,
    reads_as_ignorecase,
)
from samverkan.reader.parties import PartyRegistry

SIDE_HEADINGS: Final = [
    (re.compile(r"^(?:arbetsgivar(?:ens?|e|nas?|sidans?|representant(?:er|erna)?|företrädare|ledamöter)(?:\s+(?:företrädare|representanter|ledamöter))?|för arbetsgivar(?:en|sidan)|ledningen|bolaget|företaget|(?-i:AG))\b", re.I), "employer"),
    (re.compile(r"^(?:arbetstagar(?:e|nas?|sidans?|representant(?:er|erna)?|företrädare|ledamöter|organisationer(?:nas?)?)(?:\s+(?:företrädare|representanter|ledamöter))?|fackliga?(?: representanter| företrädare| organisationer| ombud)?(?:na)?|för (?:de )?(?:arbetstagar(?:na|sidan|organisationerna)|fackliga(?: organisationerna)?|facket|personalorganisationerna)|fack(?:en|förbund(?:en)?)?|personalorganisationer(?:na)?|(?:huvud)?skyddsombud(?:en)?|(?-i:AT))\b", re.I), "employee"),
    (re.compile(r"^(?:övriga(?: närvarande| deltagare)?|adjungerade?|gäst(?:er)?|dessutom närvarande|inbjudna?|närvarande (?:tjänstemän|gäster))\b", re.I), "other"),
]  # fmt: skip
_PRESENT_WORDS = r"(?:närvarande|deltagare|närvarolista|deltagande|beslutande|ledamöter|(?:tjänstgörande\s+)?ersättare)"
PRESENT_HEADING: Final = re.compile(
    rf"^{_PRESENT_WORDS}(?:(?:\s*(?:/|och|,)\s*|\s+)(?:{_PRESENT_WORDS}|ersättare))*\b\s*:?", re.I
)
ABSENT_HEADING: Final = re.compile(
    r"^(?:frånvarande|förhinder|anmält förhinder|ej närvarande)\b\s*:?", re.I
)
ABSENT_SUFFIX: Final = re.compile(
    r",?\s*(?:hade|har)?\s*(?:meddelat|anmält|anmälde|meddelade|anmält sig)?\s*förhinder\.?$", re.I
)
# What an ABSENT_SUFFIX match is made of, in lower case, but for whitespace other
# than " ". "ı" and "ſ" are there as re.IGNORECASE reads them as "i" and "s".
ABSENT_SUFFIX_CHARS: Final = ", .adefghilmnrstäöıſ"
KEY_VALUE: Final = re.compile(
    r"^(?P<key>plats och tid|tid och plats|tid(?:punkt)?|(?:sammanträdes|mötes)?datum(?: och tid)?|dag|"
    r"plats|lokal(?! samverkan)|mötesplats|sekreterare|protokollförare|antecknare|ordförande|mötesordförande|"
    r"justerare|justerande|utses att justera|justeras av|justeringens (?:plats och )?tid|"
    r"justering|paragrafer|organ|mötesform|förvaltning|organisation|myndighet|enhet|parter)\s*:?\s+(?P<value>.*)$|"
    r"^(?P<bare>tid(?:punkt)?|datum|plats|lokal|justerare|plats och tid)\s*:\s*(?P<empty>)$",
    re.I,
)
TITLE_START: Final = re.compile(
    r"^(?:(?:sammanträdes|mötes)?protokoll|(?:minnes|mötes)?anteckning|kallelse|justerat)", re.I
)
TITLE_ONLY: Final = re.compile(
    r"^(?:protokoll|sammanträdesprotokoll|mötesprotokoll|minnesanteckningar|mötesanteckningar"
    r"|protokollsutdrag)\s*:?$",
    re.I,
)
ORG_IN_BODY_LINE: Final = re.compile(
    r"(?:,\s*|\s+)(?P<org>(?:[A-ZÅÄÖ][\w\-åäö]*-\s+och\s+)?(?:[A-ZÅÄÖ][\w\-åäö]*\s+){0,3}"
    r"[\w\-åäö]*(?:förvaltning(?:en)?|kontoret))\s*$"
)
# Each with the words, one of which the lower-cased text must contain for the pattern
# to match: most texts are spared the patterns, which search every position.
BODY_WORDS: Final[list[tuple[re.Pattern[str], str, tuple[str, ...]]]] = [
    (re.compile(r"förvaltningsgrupp|förvaltningssamverkan|\bFVG\b|\bFSG\b", re.I), "Förvaltningsgrupp", ("förvaltning", "fvg", "fsg")),
    (re.compile(r"skyddskommitt|arbetsmiljökommitt", re.I), "Skyddskommitté", ("skydd", "arbetsmiljö")),
    (re.compile(r"\bCesam\b", re.I), "Cesam", ("cesam",)),  # Stockholm's name for its central group
    (re.compile(r"central samverkansgrupp|\bCSG\b", re.I), "Central samverkansgrupp", ("samverk", "csg")),
    (re.compile(r"lokala? samverkansgrupp|\bLSG\b", re.I), "Lokal samverkansgrupp", ("samverk", "lsg")),  # state agencies
    (re.compile(r"samverkansgrupp|samverkansmöte|\bSVG\b|^(?:protokoll|minnesanteckningar)\s+(?:från\s+)?samverkan\b", re.I), "Samverkansgrupp", ("samverk", "svg")),
    (re.compile(r"arbetsplatsträff|\bAPT\b"), "Arbetsplatsträff", ("arbetsplatsträff", "apt")),
    (re.compile(r"styrelsemöte|styrelsesammanträde|styrelseprotokoll", re.I), "Styrelse", ("styrelse",)),
    (re.compile(r"årsmöte", re.I), "Årsmöte", ("årsmöte",)),
    (re.compile(r"medlemsmöte", re.I), "Medlemsmöte", ("medlemsmöte",)),
]  # fmt: skip
ORG_ENDINGS: Final = (
    "förvaltning",
    "förvaltningen",
    "kontoret",
    "nämnd",
    "nämnden",
    "kommun",
    "stad",
    "region",
)
ORGANISATION: Final = re.compile(
    r"^(?:[A-ZÅÄÖ][\w\-åäö]*-\s+och\s+)?(?:[A-ZÅÄÖ][\w\-åäö]*\s+){0,4}?"
    r"[\w\-åäö]*(?:förvaltning(?:en)?|kontoret|nämnd(?:en)?)$"
    r"|^[A-ZÅÄÖ][\w\-åäö]+\s+(?:kommun|stad|region)$|^Region\s+[A-ZÅÄÖ][\w\-åäö]+$"
    # "Hemtjänsten Norr, Vallentuna kommun": a unit, then its municipality
    r"|^[A-ZÅÄÖ][^,:]{2,50},\s*[A-ZÅÄÖ][\w\-åäö]+\s+(?:kommun|stad)$",
)
REMOTE_SERVICES: Final = re.compile(
    r"\b(Zoom|(?:Microsoft\s+)?Teams|Skype|Google\s+Meet|Webex|Jitsi)\b", re.I
)
REMOTE_PHRASE: Final = re.compile(
    r",?\s*(?:och|samt|eller)?\s*(?:delvis|även|digitalt)?\s*(?:via|på|i|över)\s+"
    r"(?:Zoom|(?:Microsoft\s+)?Teams|Skype|Google\s+Meet|Webex|Jitsi)\b.*$|\s*/\s*(?:Zoom|Teams|Skype)\b.*$"
    # "rum Fyris samt Teams": the service joined to the room without a preposition
    r"|,?\s*(?:och|samt|eller)\s+(?:Zoom|(?:Microsoft\s+)?Teams|Skype|Google\s+Meet|Webex|Jitsi)\b.*$",
    re.I,
)
# The service before the room: "Teams / rum 3, Stadshuset".
SERVICE_FIRST: Final = re.compile(r"^ ?(?:Zoom|(?:Microsoft )?Teams|Skype|Webex) ?/ ?", re.I)
# The words each service's name starts with, in lower case ("Microsoft Teams").
SERVICE_WORDS: Final = ("zoom", "microsoft", "teams", "skype", "google", "webex", "jitsi")
# What a REMOTE_PHRASE match holds before the service's name, in lower case, but
# for whitespace other than " " ("ı" and "ſ": see ABSENT_SUFFIX_CHARS).
REMOTE_LEAD_CHARS: Final = ", /acdeghilmnoprstvåäöıſ"
NAME: Final = re.compile(
    r"^[A-ZÅÄÖÉÜ][\w\-'éüáè]+(?:\s+(?:(?:af|von|van|de|der)(?=\s)|[A-ZÅÄÖÉÜ][\w\-'éüáè]+))+"
)
ROLE_ENDINGS: Final = (
    "chef", "ombud", "direktör", "konsult", "ansvarig", "strateg", "specialist", "handläggare",
    "controller", "ordförande", "sekreterare", "samordnare", "representant", "rektor",
    "administratör", "ekonom", "partner", "assistent", "ledamot", "ersättare", "företrädare",
    "utvecklare", "ombudsman", "dekan", "prefekt",
)  # fmt: skip
ROLE_WORD: Final = re.compile(rf"(?:{'|'.join(ROLE_ENDINGS)})$", re.I)
PARTY_COLON: Final = re.compile(r"^(?P<party>[^:,]{2,40}):\s*(?P<names>.*)$")
AND_OR: Final = re.compile(r"\s+(?:och|samt)\s+")
# "Kim Olsson, Vision (ej närvarande)": an absence noted beside the name, or its reason
# ("Lisa Wahlberg (föräldraledig)").
ABSENCE_NOTE: Final = re.compile(
    r"^(?:ej|inte) närv(?:arande|\.)?$|^frånvarande$|^(?:har |hade )?(?:anmält |meddelat )?förhinder$"
    r"|^deltog (?:ej|inte)$|^(?:föräldra|tjänst)?ledig$|^sjuk(?:skriven)?$|^(?:på )?semester$",
    re.I,
)
COMMITTEE: Final = re.compile(r"^(?:[A-ZÅÄÖ][\w\-åäö]*\s+)?[A-ZÅÄÖ][\w\-åäö]*utskott(?:et)?$")
SIGNATURES_HEADING: Final = re.compile(r"^underskrift(?:er)?\s*:?$", re.I)
# A role alone on a line, in the header's lists and in the signature block (closing.py).
ROLE_LINE: Final = re.compile(
    r"^(?P<role>ordförande|mötesordförande|sekreterare|protokollförare|justerare|justerande)\s*:?$",
    re.I,
)
# The first two letters of every line these patterns (anchored at the start) can
# match, in lower case: see _may_open_heading.
HEADING_OPENINGS: Final = {
    *("pl", "ti", "sa", "mö", "da", "lo", "se", "pr", "an", "or", "ju", "ut", "pa", "fö", "my",
      "en"),  # KEY_VALUE
    *("pr", "sa", "mö", "mi"),  # TITLE_ONLY
    "un",  # SIGNATURES_HEADING
    *("or", "mö", "se", "pr", "ju"),  # ROLE_LINE
    *("fr", "fö", "an", "ej"),  # ABSENT_HEADING
    *("nä", "de", "be", "le", "er", "tj"),  # PRESENT_HEADING
    *("ar", "fö", "le", "fa", "pe", "öv", "ad", "gä", "de", "in", "nä", "ag", "at", "sk",
      "hu"),  # SIDE_HEADINGS
}  # fmt: skip
# What may name a side after "Närvarande": a few words before a colon, or the whole rest.
SIDE_PHRASE: Final = re.compile(r"^(?:(?:från|för)\s+)?(?P<side>[^:,()]{2,45}?)\s*(?::\s*|$)", re.I)
SIGNING_LINE_CHARS: Final = "._…"
MEMBERS_MEETINGS: Final = ("Styrelse", "Årsmöte", "Medlemsmöte")  # an association's own meetings
MUNICIPALITY: Final = re.compile(r"^[A-ZÅÄÖ][\w\-åäö]+\s+(?:kommun|stad)$|^Region\s+[A-ZÅÄÖ]", re.I)
# Present for some items only: "Dessutom närvarande under punkt 5", "Adjungerad § 4",
# "… under punkterna 5–7", "… under punkt 5.1 och 6".
_ITEM_NUMBER = r"\d+(?:\.\d+)*"
ONLY_UNDER_ITEM: Final = re.compile(
    rf" ?(?:(?:under|vid|för) )?(?:punkt(?:erna)?|ärende(?:na)?|§§?) ?{_ITEM_NUMBER}"
    rf"(?: ?(?:[-–,]|och) ?{_ITEM_NUMBER})*",
    re.I,
)
WEB_ADDRESS: Final = re.compile(r"\w\.(?:se|nu|com|org|net)\b|www\.", re.I)
# A company among the people: "Bolaget: Ekby Energi AB".
COMPANY_ENDINGS: Final = (" AB", " HB", " KB", " kommun", " stad", " region")
# Unions of unions: a list under one of them may name each person's own union.
FEDERATIONS: Final = ("Saco", "OFR")
DIARY_NUMBER: Final = re.compile(r"^(?:dnr|diarienummer|diarienr)\b", re.I)
LETTERHEAD_TITLE: Final = re.compile(r"^(?P<org>\S.*?)\s+(?:PROTOKOLL|MINNESANTECKNINGAR)$")
MAX_LETTERHEAD: Final = 4
ADMINISTRATION: Final = re.compile(r"(?:förvaltning(?:en)?|kontoret)$")
# A union's local body as a label: "ST inom Försäkringskassan", "Saco-S-föreningen".
LOCAL_BODY: Final = re.compile(r"[-\s](?:föreningen|klubben|avdelningen|sektionen)$", re.I)
NEXT_KEY: Final = re.compile(
    r"\s+(?=(?:Tid|Tidpunkt|Plats|Lokal|Datum|Ordförande|Sekreterare|Justerare)\s*:)"
)
MANAGER_ROLE: Final = re.compile(
    r"chef|ledare|rektor|direktör|förman|arbetsgivar|HR|personal", re.I
)
DASH_PARTY: Final = re.compile(r"^(?P<left>[^–—:]+?)\s*[–—-]\s+(?P<right>\S.*)$")
PAREN: Final = re.compile(r"\s*\(([^)]*)\)")
# The parties of Swedish politics as a committee's members are listed: "Eva Strand (S)".
# Not a union and not a role of its own: the role keeps it in its brackets.
POLITICAL_PARTIES: Final = {"S", "M", "C", "V", "L", "KD", "MP", "SD", "FP"}


# Roles as secretaries abbreviate them: "(ordf)", "sekr.", "vice ordf" is not the chair.
CHAIR_ROLE: Final = re.compile(r"(?<!vice )\b(?:ordförande|ordf\b|mötesordförande)")
SECRETARY_ROLE: Final = re.compile(r"\b(?:sekreterare|sekr\b|protokollförare|protokollförande)")


@dataclass
class Header:
    organisation: str | None = None
    body: str | None = None
    date: dates.FoundDate | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    remote: str | None = None
    participants: list[Participant] = field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None
    adjuster_text: str | None = None
    adjustment_text: str | None = None
    signature_lines: list[str] | None = None  # an "Underskrifter" block in the header
    warnings: list[str] = field(default_factory=list)
    # "Karin Sjöholm (KS)": the initials the minutes name her by, → her name.
    initials: dict[str, str] = field(default_factory=dict)


BODY_HINTS: Final = tuple(dict.fromkeys([word for _, _, words in BODY_WORDS for word in words]))


def body_of(text: str, lower: str | None = None) -> str | None:
    """The kind of group that met, if the text names one; lower: text.lower(), if known."""
    lower = text.lower() if lower is None else lower
    # A word every pattern needs, before the patterns (which search every position).
    if not contains_any(lower, BODY_HINTS):
        return None
    # Each pattern's own words tell only where lower-casing reads every letter as
    # re.IGNORECASE does: not "ſkyddskommitté" (text.ignorecase_lower).
    exact = reads_as_ignorecase(text, lower)
    for pattern, name, words in BODY_WORDS:
        if (not exact or contains_any(lower, words)) and pattern.search(text):
            return name
    return None


def _first_service(text: str) -> int | None:
    """Where a service may first be named, for REMOTE_SERVICES and REMOTE_PHRASE
    (which are tried at every position) to start their search; None: nowhere.
    """
    lower = ignorecase_lower(text)
    if lower is None:
        return 0  # look everywhere
    found = [at for word in SERVICE_WORDS if (at := lower.find(word)) >= 0]
    return min(found) if found else None


def remote_of(text: str) -> str | None:
    at = _first_service(text)
    m = REMOTE_SERVICES.search(text, at) if at is not None else None
    if not m:
        return None
    name = " ".join(m[1].split())
    return "Teams" if name.lower().endswith("teams") else name[:1].upper() + name[1:]


def _place_after_time(text: str) -> str | None:
    """The place that follows a date line's time after a comma, as no label names it:
    "12 mars -24, kl 09.00–11.00, Kulturhuset rum Saga"."""
    m = dates.time_range(text, bare=True)
    rest = text[m.end() :].lstrip() if m else ""
    if not rest.startswith(","):
        return None
    place = place_of(rest[1:])
    return place if place and not place[0].isdigit() else None


def place_of(text: str) -> str | None:
    if REMOTE_SERVICES.fullmatch(text.strip(" ,.")):
        return None  # "Plats: Teams": no room, only the video service
    if service_first := SERVICE_FIRST.match(text):
        text = text[service_first.end() :]  # "Teams / rum 3, Stadshuset"
        if REMOTE_SERVICES.fullmatch(text.strip(" ,.")):
            return None  # "Zoom / Teams"
    place = _without_remote_phrase(text).strip(" ,.")
    place = re.sub(r"^(?:i|på)\s+", "", place)
    return place or None


def _without_remote_phrase(text: str) -> str:
    """REMOTE_PHRASE.sub("", text): "Rum 3 samt via Zoom." → "Rum 3"."""
    at = _first_service(text)
    if at is None:
        return text
    # A match holds only REMOTE_LEAD_CHARS before the service's name, so it starts
    # within the run of them before its first mention (unless other whitespace
    # ends that run).
    lead = text[:at].lower().rstrip(REMOTE_LEAD_CHARS)
    m = REMOTE_PHRASE.search(text, 0 if lead[-1:].isspace() else len(lead))
    # It runs to the end of the text, so there is one to cut.
    return text[: m.start()] + text[m.end() :] if m else text


def _may_open_heading(lower: str) -> bool:
    """Whether a line (in lower case) may start as a key or section heading does.

    Most header lines name a person and are spared a dozen patterns. re.IGNORECASE
    reads "ı" and "İ" as "i" and "ſ" as "s", which lower() does not; as they are
    not ASCII, a line that starts with one goes on to the patterns.
    """
    opening = lower[:2]
    return opening in HEADING_OPENINGS or not opening.isascii()


def _is_role_word(word: str) -> bool:
    """ROLE_WORD.search(word) for a word (no line break): it ends with a role ("avdelningschef")."""
    lower = word.lower()
    if lower.endswith(ROLE_ENDINGS):
        return True
    # The pattern tries every position (some 2,000 instructions each); lower()
    # compares as it does except on "ı", "İ" and "ſ", which are not ASCII.
    return not lower.isascii() and bool(ROLE_WORD.search(word))


def _first_name_left(text: str) -> bool:
    """ "…, Naturvetarna; Lena" — a list line that breaks inside its last name."""
    tail = text[-80:]  # the last entry is short; a long line is not split whole
    if ";" not in tail:
        return False
    last = tail.rsplit(";", 1)[1].split()
    return len(last) == 1 and last[0][:1].isupper()


def _name_broken(text: str, following: str) -> bool:
    """ "…, enhetschef, Therese" / "Nordin, HR-specialist": a comma list that wrapped
    between a first name and its surname."""
    tail = text[-80:]
    if "," not in tail or "," not in following[:40]:
        return False
    last = tail.rsplit(",", 1)[1].split()
    first = following.split(None, 1)[0] if following.strip() else ""
    return (
        len(last) == 1
        and last[0][:1].isupper()
        and first.endswith(",")
        and first[:1].isupper()
        and first[:-1].isalpha()
    )


def _letterhead_lines(texts: list[str]) -> int:
    """How many lines above the title ("Protokoll …", or the line naming the body) say
    who wrote the protocol: "Region Sörmland" / "Hälso- och sjukvårdsförvaltningen" /
    "Område kirurgi och ortopedi" over "PROTOKOLL". None of them names a person."""
    for count, text in enumerate(texts[: MAX_LETTERHEAD + 1]):
        if _title_beside(text) and count < MAX_LETTERHEAD:
            return count + 1  # the title beside the letterhead ("Ekby universitet   PROTOKOLL")
        if TITLE_START.match(text) or body_of(text):
            return count
        if not _may_be_letterhead(text):
            return 0
    return 0


def _title_beside(text: str) -> re.Match | None:
    # The pattern's lazy start would be tried at every length: the ending first.
    if not text.endswith(("PROTOKOLL", "MINNESANTECKNINGAR")):
        return None
    return LETTERHEAD_TITLE.match(text)


def _may_be_letterhead(text: str) -> bool:
    if is_diary_number(text):
        return True
    return (
        len(text) <= 80
        and ":" not in text
        and not WEB_ADDRESS.search(text)  # "stockholm.se": the page's furniture
        and len(text.split()) <= 8
        and not any(char.isdigit() for char in text)
        and not (PRESENT_HEADING.match(text) or ABSENT_HEADING.match(text))
        and not any(pattern.match(text) for pattern, _ in SIDE_HEADINGS)
    )


def logical_lines(lines: list[Line]) -> list[str]:
    """Join a header line with the next when the entry clearly goes on; part one that
    holds several keys ("Datum: … Tid: … Plats: …")."""
    entries: list[list[str]] = []  # each logical line's physical lines, joined at the end
    for line in lines:
        text = line.text
        if text.count(":") > 1 and (keys := NEXT_KEY.split(text)) and len(keys) > 1:
            entries.extend([key] for key in keys)
            continue
        if text[:1] in BULLET_CHARS and (bullet := BULLET.match(text)):
            # "– Anna Berg (Vision)": a list's entry, read without its bullet
            if text[bullet.end() :]:
                entries.append([text[bullet.end() :]])
            continue
        previous = entries[-1][-1] if entries else None
        if (
            previous is not None
            and (
                previous.endswith((",", " och", " samt", " hade", " har", " –", " -"))
                or previous.count("(")
                > previous.count(")")  # "Ellen Frisk (Sveriges" / "Arkitekter)"
                or text[:1] == "("  # "…, Lena Strand" / "(HR-partner, sekreterare), …"
                or text[:1].islower()
                or _first_name_left(previous)
                or _name_broken(previous, text)
            )
        ):
            entries[-1].append(text)
        else:
            entries.append([text])
    return [" ".join(parts) for parts in entries]


class HeaderReader:
    def __init__(self, parties: PartyRegistry):
        self.parties = parties
        self.header = Header()
        self.side: str | None = None
        self.absent_section = False
        self.pending_key: str | None = None
        self.party_heading: str | None = None  # "Kommunal" over the union's people
        self.parties_block = False  # in a negotiation's "Parter:", one party per line
        self.unions_trail = False  # whether this list gives each person's union below them
        self._officers: list[tuple[str, str]] = []  # ("ordförande", "Jörgen Falk, vd")
        self._texts: list[str] = []
        self._at = 0  # the index in _texts of the line being read
        self._by_name: dict[str, Participant] = {}  # participants by casefolded name

    def read(self, lines: list[Line]) -> Header:
        texts = self._texts = logical_lines(lines)
        letterhead = _letterhead_lines(texts)
        skip = False
        for i, text in enumerate(texts):
            if skip:
                skip = False
                continue
            lower = text.lower()
            heading = _may_open_heading(lower)
            kv = KEY_VALUE.match(text) if heading else None
            if self.header.signature_lines is not None and not kv:
                self.header.signature_lines.append(text)
                continue
            if heading and SIGNATURES_HEADING.match(text):
                # A committee's protocol often signs on its first page, before the items.
                self.header.signature_lines = []
                continue
            if i < letterhead:
                self._letterhead(text)
                continue
            self._at = i
            role = ROLE_LINE.match(text) if heading else None
            if role and not self.pending_key:
                skip = self._role_line(
                    role["role"].lower(), texts[i + 1] if i + 1 < len(texts) else ""
                )
                continue
            self._line(text, lower, heading, kv)
        self._officer_roles()
        if self.header.body in MEMBERS_MEETINGS and self.side is None:
            self._board_members()
        if self.header.body == "Arbetsplatsträff" and self.side is None:
            self._workplace_members()
        return self.header

    def _workplace_members(self) -> None:
        """At a workplace meeting (APT) the staff meet their manager: those without a
        manager's role are employees, though no heading says so."""
        for person in self.header.participants:
            if person.side == "employer" and not MANAGER_ROLE.search(person.role or ""):
                person.side = "employee"

    def _officer_roles(self) -> None:
        """ "Ordförande: Jörgen Falk, vd" above the list that names him: his roles there."""
        for role, value in self._officers:
            name, other_role, _ = _parse_entry(value, self.parties)
            person = self._participant(name) if name else None
            if person is None:
                continue
            if other_role and other_role.lower() not in (person.role or "").lower():
                person.role = f"{other_role}, {person.role}" if person.role else other_role
            self._give_role(person, role)

    def _board_members(self) -> None:
        """A board's own meeting ("styrelsemöte") has no employer side: its members
        belong to the union whose board it is, or to no side at all."""
        organisation = self.header.organisation or ""
        owner = self.parties.canonical(organisation)
        if not owner and (named := _party_at_end(organisation, self.parties)):
            owner = named[0]  # "Vision Region Skåne", "Kommunal sektion Malmö"
        if owner == EMPLOYER:
            return
        for person in self.header.participants:
            if person.party is None and person.side == "employer":
                person.side, person.party = ("employee", owner) if owner else ("other", None)

    def _role_line(self, role: str, following: str) -> bool:
        """A role alone on a line ("Ordförande", "Sekreterare"): it names the person on
        the next line when that person is already listed ("Sekreterare / Johan Ek"),
        else it is the role of the person before ("Maria Ek / Ordförande"). Returns
        whether the next line is used up."""
        name = NAME.match(following)
        known = name and self._participant(name[0])
        people = self.header.participants
        if known:
            self._give_role(known, role)
            return True
        if people and people[-1].role is None:
            self._give_role(people[-1], role)
            return False
        self.pending_key = role
        return False

    def _participant(self, name: str) -> Participant | None:
        return self._by_name.get(" ".join(name.split()).casefold())

    def _give_role(self, participant: Participant, role: str) -> None:
        if role not in (participant.role or "").lower():
            participant.role = f"{participant.role}, {role}" if participant.role else role
        self._note_officer(participant, role)

    def _note_officer(self, participant: Participant, role: str) -> None:
        """The first person listed as ordförande is the chair; as sekreterare, the secretary."""
        # Each pattern starts with a look-behind or \b and so is tried at every
        # position: first the letters every match holds.
        if not self.header.chair and "ordf" in role and CHAIR_ROLE.search(role):
            self.header.chair = participant.name
        if (
            not self.header.secretary
            and ("sekr" in role or "protokollför" in role)
            and SECRETARY_ROLE.search(role)
        ):
            self.header.secretary = participant.name

    def _line(self, text: str, lower: str, heading: bool, kv: re.Match | None) -> None:
        """A header line; lower: in lower case, heading: _may_open_heading(lower),
        kv: its KEY_VALUE match."""
        if self.pending_key:
            key, self.pending_key = self.pending_key, None
            if not kv:
                self._key_value(key, text)
                return
        if is_diary_number(text):
            return  # "Dnr BU 2024/1187": the protocol's number in the registry
        if kv:
            key = (kv["key"] or kv["bare"]).lower()
            self._key_value(key, (kv["value"] or "").strip())
            return
        if heading and (TITLE_ONLY.match(text) or self._section(text)):
            self.parties_block = False
            return
        if self.parties_block:
            self._party_line(text)
            return
        if self._title(text, lower):
            return
        if "förhinder" in lower and (absence := _absence_suffix(text, lower)):
            # The suffix cut off (as ABSENT_SUFFIX.sub would: it runs to the end, so once).
            self._people(text[: absence.start()] + text[absence.end() :], present=False)
            return
        if self._people(text, present=not self.absent_section):
            return
        self.header.warnings.append(f"Raden '{text}' i sidhuvudet kunde inte tolkas.")

    def _letterhead(self, text: str) -> None:
        """A line of the letterhead (_letterhead_lines): the organisation, as an
        administration and its municipality (_title) or the first line that names it."""
        if is_diary_number(text):
            return
        if title := _title_beside(text):
            text = title["org"]  # "Mälarstrands universitet   PROTOKOLL"
        if not self._title(text, text.lower()) and self.header.organisation is None:
            self.header.organisation = text

    def _section(self, text: str) -> bool:
        rest = None
        if m := ABSENT_HEADING.match(text):
            self.absent_section, rest = True, text[m.end() :]
            if {person.side for person in self.header.participants} >= {"employer", "employee"}:
                # "Förhinder:" after both sides' lists: the absent of either side, and
                # one without a union is the employer's, as in a list without headings.
                self.side = None
        elif m := PRESENT_HEADING.match(text):
            self.absent_section, rest = False, text[m.end() :]
        else:
            for pattern, side in SIDE_HEADINGS:
                if m := pattern.match(text):
                    tail = text[m.end() :]
                    if side == "other" and (only := ONLY_UNDER_ITEM.match(tail)):
                        tail = tail[only.end() :]  # "Dessutom närvarande under punkt 5"
                    if tail.strip() and not tail.lstrip().startswith(":"):
                        return False
                    if tail.strip(" :") and _is_role_word(m[0]):
                        return False  # "Huvudskyddsombud: Ali Reza, Kommunal": their role too
                    self.side, rest = side, tail.lstrip(" :")
                    if side == "other":
                        self.absent_section = False  # "Adjungerad:", "Övriga närvarande:"
                    break
            else:
                return False
        self.party_heading = None  # a new section: no union heads it yet
        self.unions_trail = False
        rest = self._side_phrase((rest or "").strip(" :"))
        if rest and not self._people(rest, present=not self.absent_section):
            self.header.warnings.append(f"Raden '{text}' i sidhuvudet kunde inte tolkas.")
        if rest and self.absent_section and ABSENT_HEADING.match(text):
            self.absent_section = False  # "Förhinder: Eva Holm": the absent on its own line
        return True

    def _side_phrase(self, rest: str) -> str:
        """ "Närvarande från arbetsgivaren: A, B", "Närvarande AT: A, B" — the side,
        then the people."""
        phrase = SIDE_PHRASE.match(rest)
        if phrase:
            words = phrase["side"]
            for pattern, side in SIDE_HEADINGS:
                m = pattern.match(words)
                if m and not words[m.end() :].strip():  # the whole phrase names the side
                    self.side = side
                    return rest[phrase.end() :]
        return rest

    def _title(self, text: str, lower: str) -> bool:
        # COMMITTEE backtracks over every word before "utskott": look for that first.
        if not self.header.body and "utskott" in text and COMMITTEE.match(text):
            self.header.body = text  # "Personalutskottet": the committee as it names itself
            return True
        found_body = body_of(text, lower)
        if (
            (lower.endswith(ORG_ENDINGS) or text.startswith("Region "))
            and ORGANISATION.match(text)
            and not found_body
            and len(text.split()) <= 6
        ):
            current = self.header.organisation
            if current is None or (MUNICIPALITY.match(current) and ADMINISTRATION.search(lower)):
                # "Norrviks kommun" / "Kommunstyrelseförvaltningen": the administration met
                self.header.organisation = text
            return True
        found_date = dates.first_date(text)
        if not found_body and not (found_date and found_date.has_year):
            return False
        if len(text.split()) > 12:
            return False
        if found_body and not self.header.body:
            self.header.body = found_body
        org = ORG_IN_BODY_LINE.search(text) if found_body else None
        if org and not self.header.organisation and not body_of(org["org"]):
            self.header.organisation = org["org"]
        self._take_date(text, found_date)
        if found_date and not self.header.location:
            self.header.location = _place_after_time(text)
        return True

    def _take_date(self, text: str, found: dates.FoundDate | None = None) -> None:
        """The meeting's date and times from a line; `found` is its first date, if known."""
        found = found or dates.first_date(text)
        if found and found.has_year and self.header.date is None:
            self.header.date = found
        start, end = dates.find_times(text, bare=found is not None)
        if start and not self.header.start_time:
            self.header.start_time, self.header.end_time = start, end
        if found and not self.header.remote:
            self.header.remote = remote_of(text)  # "2023-05-04, kl 14-15.30, Teams"

    def _key_value(self, key: str, value: str) -> None:
        self.parties_block = key == "parter"
        if value and value[0] in SIGNING_LINE_CHARS:
            # "Sekreterare ........ Paragrafer 9–14": a line to sign on, not a value.
            value = value.lstrip(SIGNING_LINE_CHARS + " ")
            if not NAME.match(value):
                return
        if not value:
            self.pending_key = key
            return
        if key.startswith(("plats och tid", "tid och plats")):
            # "Kommunhuset, sal B, tisdagen den 15 oktober 2024 kl. 13.15": the place
            # ends where the date or the time begins.
            cuts = [len(value)]
            if time_range := dates.TIME_RANGE.search(value):
                cuts.append(time_range.start())
            if found := dates.first_date(value):
                cuts.append(found.start)
            place = value[: min(cuts)]
            self._key_value("tid", value)
            self._key_value("plats", place.strip(" ,"))
        elif key.startswith(("justeringens", "justering")):
            self.header.adjustment_text = value
        elif key == "paragrafer":
            pass
        elif key.startswith(("tid", "datum", "dag", "sammanträdesdatum", "mötesdatum")):
            self._take_date(value)
            start, end = dates.find_times(value, bare=True, hours=key.startswith("tid"))
            if start and not self.header.start_time:
                self.header.start_time, self.header.end_time = start, end
        elif key in ("plats", "lokal", "mötesplats"):
            self.header.location = place_of(value)
            self.header.remote = self.header.remote or remote_of(value)
        elif key in ("sekreterare", "protokollförare", "antecknare"):
            self.header.secretary = self._name_only(value)
            self._officers.append((key, value))
        elif key in ("ordförande", "mötesordförande"):
            self.header.chair = self._name_only(value)
            self._officers.append((key, value))
        elif key == "parter":
            self._party_line(value)
        elif key == "mötesform":  # "Mötesform: Mötet hölls via Teams", "Mötesform: FSG"
            self.header.remote = self.header.remote or remote_of(value)
            self.header.body = self.header.body or body_of(value)
        elif key == "organ":  # "Organ: Samverkansgrupp Barn och unga"
            self.header.body = self.header.body or body_of(value) or value
        elif key in ("förvaltning", "organisation", "myndighet", "enhet"):
            self.header.organisation = self.header.organisation or value
        elif key in ("justerare", "justerande", "utses att justera", "justeras av"):
            self.header.adjuster_text = value

    def _name_only(self, text: str) -> str | None:
        m = NAME.match(text)
        return m[0] if m else text.strip() or None

    # --- participants -------------------------------------------------------

    def _people(self, text: str, *, present: bool) -> bool:
        text = text.strip(" .;")
        if not text:
            return False
        colon = PARTY_COLON.match(text) if ":" in text else None
        party = self._union_label(colon["party"]) if colon else None
        if colon and party:
            for entry in _entries(colon["names"], self.parties):
                self._add(entry, party, present)
            return True
        dash = _has_dash(text) and DASH_PARTY.match(text)
        if dash and self.parties.lookup(dash["left"]):
            self._add(dash["right"], self.parties.canonical(dash["left"]), present)
            return True
        info = self.parties.lookup(text)
        if info:
            if _employer_role(text, self.parties) and self.header.participants:
                # "Rektor" under a name: the person's role, not a party
                self._give_role(self.header.participants[-1], text.strip().lower())
                return True
            party = info.name
            if self._opens_group(party):
                self.party_heading = party if party != EMPLOYER else None
                self.side = "employer" if party == EMPLOYER else "employee"
                return True
            if self.header.participants:
                self._party_continues(party)
                return True
        if colon and _is_role_word(colon["party"].split()[-1]):
            # "Huvudskyddsombud: Ali Reza, Kommunal": the role, then the person.
            role = colon["party"].strip().lower()
            entries = _entries(colon["names"], self.parties)
            added = [self._add(f"{entry}, {role}", None, present) for entry in entries]
            return any(added)
        entries = _entries(text, self.parties)
        if not entries or self.side is None and not NAME.match(text):
            return False
        added = [self._add(entry, None, present) for entry in entries]
        return any(added)  # a line that names nobody is reported, not dropped

    def _party_line(self, text: str) -> None:
        """A negotiation's party: "Höörby kommun, Barn- och skolförvaltningen
        (arbetsgivaren)" is the organisation; a union's local body names no person."""
        if "arbetsgivar" in text.lower() and not self.header.organisation:
            self.header.organisation = PAREN.sub("", text).strip(" ,") or None

    def _union_label(self, label: str) -> str | None:
        """The party a list's label names: "Kommunal", "För Kommunal", "Saco-S-föreningen",
        "ST inom Försäkringskassan"."""
        label = label.strip()
        if label[:4].lower() in ("för ", "från"):
            label = label.split(None, 1)[1] if " " in label else label
        if self.parties.lookup(label):
            return self.parties.canonical(label)
        if LOCAL_BODY.search(label):
            return self._union_label(LOCAL_BODY.sub("", label))
        first = _party_at_end(label, self.parties) if " inom " in label or " i " in label else None
        return first[0] if first else None

    def _opens_group(self, party: str) -> bool:
        """Whether a union alone on a line heads the people below it ("Kommunal", then
        its representatives) rather than belonging to the person above it."""
        people = self.header.participants
        if self.party_heading or not people:
            return True
        if self.side == "employer" and party != EMPLOYER:
            return True  # the employer's people have no union: the unions' list begins
        if people[-1].party not in (None, party):
            return True
        if self.unions_trail and people[-1].party is None:
            return False  # this list writes each union under its person: "Bo Ek / Kommunal"
        # The next line names someone without a union, and no union follows it: "Kommunal /
        # Rosa Alvarez, huvudskyddsombud / Tomas Lindgren".
        following, after = (self._texts[self._at + 1 : self._at + 3] + ["", ""])[:2]
        if not following or self.parties.lookup(following):
            return False
        name, _, own_party = _parse_entry(following, self.parties)
        return bool(name) and own_party is None and not self.parties.lookup(after)

    def _party_continues(self, party: str) -> None:
        """A union on its own line belongs to the person on the line before."""
        last = self.header.participants[-1]
        self.unions_trail = True
        if last.party is None or last.party != party:
            last.party = party
            if party != EMPLOYER:
                last.side = "employee"

    def _add(self, entry: str, party: str | None, present: bool) -> bool:
        if "(" in entry:
            entry = self._without_initials(entry)
        name, role, found_party = _parse_entry(entry, self.parties)
        if not name:
            return False
        if role and any(ABSENCE_NOTE.match(r.strip()) for r in role.split(",")):
            present = False
            kept = [r.strip() for r in role.split(",") if not ABSENCE_NOTE.match(r.strip())]
            role = ", ".join(kept) or None
        if found_party and party in FEDERATIONS:
            party = found_party  # "Saco-rådet: Henrik Ståhl (Sveriges Ingenjörer)": his own union
        if name.endswith(COMPANY_ENDINGS):
            # "Bolaget: Ekby Energi AB": who met, not a person
            self.header.organisation = self.header.organisation or name
            return True
        party = party or found_party or self.party_heading
        side = self._side_for(party)
        if side == "employer" and self.side is None and role and "ombud" in role:
            side = "employee"  # "Förhinder: Lisa Holm, skyddsombud" under both sides' lists
        if party == EMPLOYER:
            party = None
        participant = Participant(name, side, party, role, present)
        self._remember(participant)
        return True

    def _without_initials(self, entry: str) -> str:
        """The entry without the person's initials in brackets ("Karin Sjöholm (KS),
        förvaltningschef"), which the minutes then write for the name: "KS informerar …".
        Letters that are not the name's ("Sara Olsson (SO)" is, "Eva Berg (HR)" is not)
        stay a role or a union."""
        bracket = INITIALS.search(entry)
        named = NAME.match(entry) if bracket else None
        if not (bracket and named):
            return entry
        words = named[0].split()
        for first in range(len(words) - 1):  # "Kommunal Anette Roth (AR)": the name's own
            name = " ".join(words[first:])
            if bracket["initials"] in (_initials(name), _initials(name.replace("-", " "))):
                self.header.initials[bracket["initials"]] = name
                return entry[: bracket.start()] + entry[bracket.end() :]
        return entry

    def _side_for(self, party: str | None) -> str:
        if party == EMPLOYER:
            return "employer"
        if party:
            return "employee"
        return self.side or "employer"

    def _remember(self, participant: Participant) -> None:
        if self._participant(participant.name):
            self.header.warnings.append(
                f"{participant.name} står flera gånger i deltagarlistan; en gång räcker."
            )
            return
        self.header.participants.append(participant)
        self._by_name[participant.name.casefold()] = participant
        self._note_officer(participant, (participant.role or "").lower())


def is_diary_number(text: str) -> bool:
    """ "Dnr MSU 2024/0412": the protocol's or an item's number in the registry."""
    # The pattern is case-insensitive: the first letter is looked at first, for less.
    return text[:1] in ("d", "D") and DIARY_NUMBER.match(text) is not None


# "(KS)", "(PÖ)", "(AKS)": a person's initials in brackets.
INITIALS: Final = re.compile(r"\s?\((?P<initials>[A-ZÅÄÖÉ]{2,4})\)")


def _initials(name: str) -> str:
    """ "Karin Sjöholm" → "KS", "Per Östlund" → "PÖ"."""
    return "".join([word[0] for word in name.split()]).upper()


def _absence_suffix(text: str, lower: str) -> re.Match | None:
    """ABSENT_SUFFIX.search(text) ("…, hade meddelat förhinder."); lower: text.lower().

    The pattern opens with optional parts, so a search tries it at every position,
    at some 2,000 instructions each. A match runs to the end of the line and is made
    of ABSENT_SUFFIX_CHARS and whitespace, so it starts within the run of those that
    ends the line; the whole line is searched only if that run stops at other
    whitespace (a tab) or lower() has made an "İ" two characters.
    """
    start = len(lower.rstrip(ABSENT_SUFFIX_CHARS))
    if len(lower) != len(text) or lower[start - 1 : start].isspace():
        start = 0
    return ABSENT_SUFFIX.search(text, start)


def _entries(text: str, parties: PartyRegistry) -> list[str]:
    """People in a list line: "A, chef; B, HR" (semicolons part people) or "A, B och C"."""
    if ";" in text:
        return [part.strip(" .") for part in text.split(";") if part.strip(" .")]
    return _group_entries(_split_list(text), parties)


def _split_list(text: str) -> list[str]:
    """ "A, role, B och C" → ["A", "role", "B", "C"] (commas inside brackets stay)."""
    parts = _split_commas(text) if "(" in text else text.split(",")
    result: list[str] = []
    for part in parts:
        pieces = _split_and(part) if "och" in part or "samt" in part else [part]
        for piece in pieces:
            if piece.strip() and piece.strip(" .;"):
                result.append(piece.strip(" .;"))
    return result


def _split_and(part: str) -> list[str]:
    """ "Bo Ek och Cia Lund" → two people; "enhetschef barn och unga", "verksamhetschef
    Kultur och Fritid" → one role: "och" parts names, both of them capitalised."""
    pieces = AND_OR.split(part)
    if all(piece.strip()[:1].isupper() for piece in pieces):
        return pieces
    return [part]


def _split_commas(text: str) -> list[str]:
    """Split at the commas outside brackets: "A (SSR, ombud), B" → ["A (SSR, ombud)", " B"]."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _group_entries(chunks: list[str], parties: PartyRegistry) -> list[str]:
    """Attach roles and unions to the name before them: ["A", "chef", "B"] → ["A, chef", "B"]."""
    entries: list[str] = []
    for chunk in chunks:
        starts_name = (
            NAME.match(chunk)
            and not parties.lookup(_unbracketed(chunk))  # "Vision (ej närvarande)": a union
            and (not _is_role(chunk) or _lead(chunk, parties))
        )
        if starts_name or not entries:
            entries.append(chunk)
        else:
            entries[-1] = f"{entries[-1]}, {chunk}"
    return entries


def _unbracketed(text: str) -> str:
    # PAREN starts with \s*, so it is tried at every position: only where it can match.
    return PAREN.sub("", text) if "(" in text else text


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text


def _is_role(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() or first.isupper() or _is_role_word(first)


def _name_and_tail(words_text: str, parties: PartyRegistry) -> tuple[str, str]:
    """ "Anna Andersson Vision Huvudskyddsombud" (a table row that lost its columns)
    → the name, and the union and role that followed it."""
    words = words_text.split()
    for i in range(2, len(words)):
        if parties.has_first_word(words[i]) or _is_role_word(words[i]):
            return " ".join(words[:i]), " ".join(words[i:])
    return words_text, ""


def _party_at_end(text: str, parties: PartyRegistry) -> tuple[str, str] | None:
    """A union first or last in what follows a name: "Vision huvudskyddsombud",
    "Ombud Kommunal" (a table row that lost its columns)."""
    words = text.split()
    for n in range(min(3, len(words)), 0, -1):
        found = parties.canonical(" ".join(words[:n]))
        if found and found != EMPLOYER:
            return found, " ".join(words[n:])
    for n in range(min(3, len(words) - 1), 0, -1):
        found = parties.canonical(" ".join(words[-n:]))
        if found and found != EMPLOYER:
            return found, " ".join(words[:-n])
    return None


def _lead(piece: str, parties: PartyRegistry) -> tuple[str | None, str | None, str] | None:
    """A union or a capitalised role before a name: (union, role, the name and the rest)."""
    words = piece.split()
    for n in range(min(3, len(words) - 2), 0, -1):
        found = parties.canonical(" ".join(words[:n]))
        if found and found != EMPLOYER and NAME.match(" ".join(words[n:])):
            return found, None, " ".join(words[n:])
    if len(words) > 2 and words[0][:1].isupper() and _is_role_word(words[0]):
        # "Avdelningschef äldreomsorg Mona Sahlin Ek": the role runs to the first capital.
        n = 1
        while n < len(words) and not words[n][:1].isupper():
            n += 1
        rest = " ".join(words[n:])
        if NAME.match(rest):
            role = " ".join(words[:n])
            if role[1:2].islower():  # capitalised only as the line's first word
                role = role[0].lower() + role[1:]
            return None, role, rest
    return None


def _employer_role(text: str, parties: PartyRegistry) -> bool:
    """ "HR", "rektor": the employer's aliases that, beside a name, are the person's role."""
    return parties.canonical(text) == EMPLOYER and not text.lower().startswith("arbetsgivar")


def _parse_entry(entry: str, parties: PartyRegistry) -> tuple[str | None, str | None, str | None]:
    """ "Robert Dragan, huvudskyddsombud, Vision" → name, role, party."""
    party = political = None
    roles: list[str] = []
    if "(" in entry:  # the bracket pattern starts with \s*: searching it costs
        # "(Kommunal, huvudskyddsombud)": a bracket may hold the union and the role.
        for inner in [part.strip() for found in PAREN.findall(entry) for part in found.split(",")]:
            if parties.lookup(inner) and not _employer_role(inner, parties):
                party = parties.canonical(inner)
            elif inner in POLITICAL_PARTIES:
                political = f"({inner})"
            elif inner:
                roles.append(inner)
        entry = PAREN.sub("", entry)
    bracketed, roles = roles, []
    pieces = [p.strip() for p in entry.split(",") if p.strip()]
    name = None
    for piece in pieces:
        found = None if _employer_role(piece, parties) else parties.canonical(piece)
        if found:
            party = found
            continue
        if name is None and (lead := _lead(piece, parties)):
            # "Kommunal Anette Roth", "HR-chef Ola Berggren": union or role, then the name.
            lead_party, lead_role, piece = lead
            party = party or lead_party
            if lead_role:
                roles.append(lead_role)
        m = NAME.match(piece)
        if name is None and m:
            name, tail = _name_and_tail(m[0], parties)
            rest = f"{tail} {piece[m.end() :]}".strip()
            tail_party = _party_at_end(rest, parties)
            if tail_party:
                party, rest = tail_party
            if rest:
                roles.append(rest)
        elif party is None and (in_role := _party_at_end(piece, parties)):
            party, rest = in_role  # "huvudskyddsombud Kommunal"
            if rest:
                roles.append(rest)
        else:
            roles.append(piece)
    if name is None:
        return None, None, party
    name = " ".join(name.split())
    roles += bracketed  # "förvaltningschef (ordförande)" reads in that order
    role = ", ".join(roles) if roles else None
    if political:  # "ordförande (S)", or "(S)" alone
        role = f"{role} {political}" if role else political
    return name, role, party
