"""What was said and settled under an item: statements, follow-ups, decisions, figures."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from ahocorasick_rs import AhoCorasick, Implementation

from samverkan.reader.model import EMPLOYER, FollowUp, Metric, Participant, Statement
from samverkan.reader.parse import dates
from samverkan.reader.parse.header import MEMBERS_MEETINGS, _split_list
from samverkan.reader.parse.text import contains_any, lower, split_sentences
from samverkan.reader.parties import PartyRegistry

VERBS: Final = [
    ("disagreement", r"ställ(?:er|de) sig oeniga?|är oeniga?|var oeniga?|reserverar sig|reserverade sig|anmäl(?:er|de) oenighet"),
    ("question", r"anmäl(?:er|de) (?:en |två |några )?(?:övrig |ny )?fråga|anmäl(?:er|de) (?:\w+ )?övriga frågor|undrar|undrade|frågar|frågade|ställ(?:er|de) (?:en )?frågan?|ha(?:r|de) (?:en |följande |några |flera |ytterligare )?(?:föranmäl\w+ |anmäl\w+ )?fråg(?:a|or|an|orna)|ha(?:r|de) (?:i förväg )?(?:för)?anmält (?:en |två |några |följande )?fråg(?:a|or)|efterfråga(?:r|de)|(?:vill|ville) veta"),
    ("answer", r"sammanfattar|sammanfattade|svarar|svarade|besvarade|besvarar|förklara(?:r|de)(?! (?:\w+ ){0,2}(?:öppna|avslut|stäng))|redogör|redogjorde|återkommer|förtydligar|förtydligade|tar med sig|tog med sig|avslår|avslog|bifaller|biföll"),
    ("request", r"begär|begärde|yrkar|yrkade|kräver|krävde|önskar|önskade|vill"),
    ("opinion", r"ställ(?:er|de) sig (?:inte |ej )?(?:bakom|positiva?|negativa?|tveksamma?)|(?:är|var) (?:mycket |mer |något |överlag )?(?:positiv|negativ|tveksam|kritisk)(?:a|t)?|(?:ser|såg) (?:positivt|negativt|med oro|allvarligt) på|stödjer|stöder|tillstyrker|tillstyrkte|välkomnar|välkomnade|anser|ansåg|menar|menade|tycker|tyckte|håller med|höll med|påpekar|påpekade|lyfter|lyfte|tog upp|tar upp|framhåller|framhöll|påminner|påminde|kompletterar|kompletterade|instämmer|instämde|noterar|noterade|notera|betonar|betonade|ser (?:ett )?behov|uttrycker|uttryckte|har uttryckt|ifrågasätter|ifrågasatte|påtalar|påtalade|framför|framförde|poängterar|poängterade|understryker|underströk|uppmärksammar|uppmärksammade"),
    ("information", r"informerar|informerade|meddelar|meddelade|berättar|berättade|redovisar|redovisade|presenterar|presenterade|rapporterar|rapporterade|har|hade|deltar|deltog|planerar|planerade"),
]  # fmt: skip
# "förklarade mötet öppnat" is the chair's formality, not an answer.
# Matched against lower-cased text (verb_match): IGNORECASE made every one of the
# many alternatives compare case-insensitively, character by character.
ADVERB_WORDS: Final = ("också", "även", "tidigare", "dock", "vidare", "nu")
ADVERB_INITIALS: Final = "".join(dict.fromkeys([word[0] for word in ADVERB_WORDS]))
_ADVERB = "(?:" + "|".join([rf"{word}\s+" for word in ADVERB_WORDS]) + ")"
VERB: Final = re.compile(
    rf"^{_ADVERB}?(?:" + "|".join(f"(?P<{k}>{v})" for k, v in VERBS) + r")\b",
)
ADVERB: Final = re.compile(_ADVERB)
VERB_REACH: Final = 80  # no verb phrase, with the adverb before it, is longer
INVERTED_WORDS: Final = {
    "Vidare",
    "Dessutom",
    "Därefter",
    "Sedan",
    "Slutligen",
    "Avslutningsvis",
    "Även",
    "Också",
    "Här",
    "Då",
    "Nu",
    "Därtill",
}
INVERTED_START: Final = re.compile(
    r"^(?:Vidare|Dessutom|Därefter|Sedan|Slutligen|Avslutningsvis|Även|Också|Här|Då|Nu|Därtill)\s+",
)
INVERTED_PREFIXES: Final = tuple(INVERTED_WORDS)  # str.startswith: a cheap test before the pattern
# Words that open a sentence and are no one's name, though a capitalised word follows
# ("Nästa APT: …", "Enligt Arbetsmiljöverket …", "Inför FSG …"). Not "Per" nor "Inga":
# first names too.
NOT_NAMES: Final = frozenset({
    "nästa", "förra", "föregående", "kommande", "senaste", "ny", "nya", "nytt", "enligt",
    "inför", "efter", "under", "från", "med", "utan", "vid", "på", "till", "om", "för",
    "hos", "mot", "inom", "genom", "sedan", "via", "alla", "ingen", "inget", "flera",
    "några", "många", "övriga", "samtliga", "varje", "båda", "denna", "detta", "dessa",
    "den", "det", "de", "han", "hon", "vi", "man", "en", "ett", "vår", "våra", "vårt",
    "er", "deras", "dess", "även", "också", "dock", "dessutom", "vidare", "därefter",
    "här", "där", "nu", "då", "idag", "igår", "imorgon", "just", "bara", "endast", "både",
    "varken", "inte", "och", "men", "eller", "att", "som", "hur", "vad", "varför", "vem",
    "vilka", "vilken", "när", "var", "ja", "nej", "tack", "eftersom", "medan", "innan",
    "trots", "fastän", "därför", "alltså", "annars", "ifall", "vilket", "tidigare", "senare"
})  # fmt: skip
PERSON_NAME: Final = re.compile(
    r"^(?P<name>[A-ZÅÄÖÉÜ][\w\-éü]+(?:\s+(?:(?:af|von|van|de)(?=\s)|[A-ZÅÄÖÉÜ][\w\-éü]+)){0,3})"
)
# A person's title before the name: "Skyddsombudet Tomas Lind lyfter …", "Kassören Leif
# Nyström redovisade …", "Kommunals skyddsombud Pirjo Mäkinen påtalade …". Matched in
# full against one lower-cased word: a role, bare or definite (-en, -et, -n, -e).
TITLE: Final = re.compile(
    r"(?:[\w-]*ombud|[\w-]*chef|[\w-]*ordförande|[\w-]*rektor|kassör|revisor|sekreterare"
    r"|ledamot|ersättare|representant|företrädare|handläggare|samordnare|[\w-]*strateg"
    r"|[\w-]*specialist|[\w-]*konsult|[\w-]*partner|förtroendevald)(?:en|et|n|e)?"
)
# The employee side as a whole ("AT undrar …", "De fackliga företrädarna framförde …"):
# no canonical party, so no statement (expected/DECISIONS.md), but what it says is not
# the employer's. Matched at the start of lower-cased text.
EMPLOYEE_SIDE: Final = re.compile(
    r"(?:at|arbetstagarsidan|arbetstagarna|arbetstagarparten|facken|facket|fackförbunden"
    r"|(?:de )?fackliga (?:organisationerna|representanterna|företrädarna|ombuden))\b"
)
EMPLOYEE_SIDE_WORDS: Final = frozenset(
    {"AT", "Arbetstagarsidan", "Arbetstagarna", "Arbetstagarparten", "Facken", "Facket",
     "Fackförbunden", "Fackliga", "De"}
)  # fmt: skip
LABEL: Final = re.compile(
    r"^(?P<who>[A-ZÅÄÖÉÜ][^:]{1,60}?)(?:s yttrande)?\s*:\s+(?P<text>\S.*)$", re.S
)
GENITIVE_LABEL: Final = re.compile(
    r"^(?P<who>[A-ZÅÄÖÉÜ][\w ]{1,40}?)s yttrande\s*:\s+(?P<text>\S.*)$", re.S
)
LIST_OR_ADDRESS: Final = re.compile(r"^[•▪◦●○■□➢►‣∙·*–-]\s|^\S+@\S+\.\w+$|^https?://\S+$")
NAME_ONLY: Final = re.compile(
    r"^[A-ZÅÄÖÉÜ][\w\-éü]+(?:\s+[A-ZÅÄÖÉÜ][\w\-éü]+){1,3}(?:\s*,\s*[A-ZÅÄÖÉÜ][\w\-éü]+(?:\s+[A-ZÅÄÖÉÜ][\w\-éü]+){1,3})*[,.]?$"
)
# "och" before a word; the blank before it is checked in _and_joins. A pattern that
# starts with its literal is searched fast, one that starts with \s+ is not.
AND_WORD: Final = re.compile(r"och\s+(?=\S)")  # what _and_word finds

# A piece of each month name in DUE_MONTH without i or s: IGNORECASE also matches
# those with ı and ſ, which lower() leaves alone.
MONTH_PARTS: Final = tuple(
    ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "ept", "okt", "nov", "dec"]
)
# Whole month names: "januari", not "jan"; "maj" is both.
MONTH_NAMES: Final = "|".join(m for m in dates.MONTHS if len(m) > 3 or m == "maj")

# The bodies by the letters secretaries write: APT (arbetsplatsträff); any samverkansgrupp
# "…SG" (LSG, CSG, FSG, SSG); SVG and FVG (samverkans-, förvaltningsgrupp).
_BODY_LETTERS = r"(?:apt|[a-zåäö]{1,2}sg|svg|fvg)\b"
# "nästa APT", "nästa LSG", "nästa skyddskommitté": the next meeting of those bodies.
_NEXT_BODY = (
    r"nästa (?:möte|förvaltningsgrupp\w*|samverkans\w*|sammanträde|skyddskommitt\w*|"
    rf"{_BODY_LETTERS})"
)
# A question taken up again later: "igen", at the next meeting, or in a month ("Frågan
# tas upp igen i maj", "tas upp på mötet i maj", "tas upp i september").
_TAKEN_UP = (
    r"tas upp (?:igen\b|på nytt\b|(?:vid|på|till|under) (?:nästa|kommande)|"
    rf"(?:(?:på|vid) (?:mötet|sammanträdet) )?(?:i|under) (?:{MONTH_NAMES})\b)"
)
# "Arbetsgivaren tar med sig frågan.": the employer will look into it, though it does
# not say "återkommer".
_TAKES_ALONG = r"t(?:ar|og) med sig (?:frågan|frågorna|ärendet|detta|det)\b"
# A party that undertakes something: "åtar sig att genomföra …", "åtgärdar bristerna
# senast i mars" (an action with a deadline; "ska vara klar senast …" only informs).
_UNDERTAKES = r"åt(?:ar|og) sig\b|åtgärdar\b[^.]*?\b(?:senast|före|till)\b"
FOLLOW_UP: Final = re.compile(
    r"återkomm\w*|återkom\b|återrapporter\w*|besvaras (?:vid|på|till|under|i) (?:nästa|kommande)|"
    rf"{_TAKEN_UP}|{_TAKES_ALONG}|flyttas till (?:nästa|kommande)|"
    r"följs upp\b|följas upp\b|mer info(?:rmation)? önskas?\b|bordlägg\w*|"
    rf"{_UNDERTAKES}|"
    rf"på {_NEXT_BODY}|till {_NEXT_BODY}|vid {_NEXT_BODY}",
)  # searched in lower-cased text: IGNORECASE is slow in Python's re. Every alternative
# starts with a letter (not a group), so that re skips to the places where one can start.
# How far before its hint word (FOLLOW_UP_WORDS) a form of FOLLOW_UP can start: "mer
# information önskas". The search starts there: its many first letters are common ones.
FOLLOW_UP_LEAD: Final = len("mer information ")
PAST: Final = re.compile(r"följdes upp|har följts upp|återkom med")
ACTIVE_FOLLOW_UP: Final = re.compile(
    rf"återkomm\w*|återkom\b|återrapporter\w*|{_TAKES_ALONG}|{_UNDERTAKES}"
)
NEXT_MEETING: Final = re.compile(rf"{_NEXT_BODY}|nästa träff")
DECISION: Final = re.compile(
    r"\b(?:godkändes|godkänns|godkänts|godkändes|fastställdes|fastställs|faststäldes|"
    # "beslutade att", "beslutar mötet", "beslutade årsmötet att", "beslutar nämnden att".
    r"beslutades|beslöts|beslut(?:ar|ade) (?:\w+(?:et|en|n) )?att|beslut(?:ar|ade) mötet|"
    r"valdes|utsågs|utses|väljs|samverkades|"
    # An association's annual meeting: "Årsmötet valde …", "beviljade styrelsen
    # ansvarsfrihet", "Årsmötet förklarades stadgeenligt utlyst".
    r"(?:års|medlems|förenings)?mötet valde|stämman valde|beviljades|beviljade (?:\w+ )?ansvarsfrihet|"
    r"förklarades (?:vara )?(?:\w+ )?(?:utlyst|behörig)\w*|"
    r"(?:läggs|lades|lagts) till handlingarna|antogs|justerades|"
    # "Förslaget är samverkad", "Ärendet är samverkat" (a neuter subject); "Informationen
    # noteras."; a negotiation closed: "Förhandling enligt § 11 MBL avslutas i enighet",
    # "Förhandlingen avslutades i oenighet". Few alternatives: each is tried at every word.
    r"samverka[dt]|informationen noter(?:as|ades)|avslut(?:as|ades|ats|ad) i o?enighet)\b",
)
# How far before its hint word (DECISION_HINTS) a form of DECISION can start:
# "föreningsmötet valde". The search starts there: it tries the forms at every word.
DECISION_LEAD: Final = len("föreningsmötet ")
# The meeting as a whole agrees: "Förvaltningsgruppen är enig om förslaget", "Parterna
# är eniga". A party that agrees ("Vision är enig med …") gives an opinion. No \b
# before: "gruppen" ends "samverkansgruppen"; searched only in text with "enig".
AGREED: Final = re.compile(
    r"(?:parterna|mötet|kommittén|gruppen) (?:är|var|blev) (?:helt )?eni(?:g|ga|gt)\b"
)
# The meeting deciding ("Efter votering beslutade årsmötet att …", "Det beslutades att
# …"): not a party's words, though a party spoke in the sentence before.
MEETING_DECIDES: Final = re.compile(r"\bbeslut(?:ar|ade|ades)\b|\bbeslöts?\b")
DECISION_HEADING: Final = re.compile(r"^(?:beslut|utskottets beslut|nämndens beslut)\s*:?$", re.I)
ATT_CLAUSE: Final = re.compile(r"^(?:att\s+\w|beslut\s*:\s*\S)", re.IGNORECASE)
# Each form holds "mbl": a text without it is not searched.
MBL11: Final = re.compile(r"mbl\s*§\s*11|§\s*11\s*mbl|11\s*§\s*mbl|mbl\s*11\s*§")
MBL19: Final = re.compile(r"mbl\s*§\s*19|§\s*19\s*mbl|19\s*§\s*mbl|mbl\s*19\s*§")

INDICATORS: Final = re.compile(
    r"(?P<name>korttidssjukfrånvaro|långtidssjukfrånvaro|sjukfrånvaro|personalomsättning|"
    r"överskott|underskott|resultat|prognos|avvikelse)\w*",
)
VALUE: Final = re.compile(
    r"(?<![\d,.])(?P<minus>[-−–])?(?P<value>\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>%|procent\b|mnkr\b|mkr\b|miljoner kronor\b|miljoner\b|tkr\b|tusen kronor\b|kkr\b)",
)
NUMBER_START: Final = re.compile(r"[-−–\d]")
UNITS: Final = {"%": "%", "procent": "%", "mnkr": "mnkr", "mkr": "mnkr", "miljoner kronor": "mnkr",
         "miljoner": "mnkr", "tkr": "tkr", "tusen kronor": "tkr", "kkr": "tkr"}  # fmt: skip
ROLLING: Final = re.compile(r"rullande\s+(?:12|tolv)\s*(?:månader|mån)|rullande\s+tolvmånaders|r12")
DUE_MONTH: Final = rf"\b(?:i|under|till|senast i)\s+({MONTH_NAMES})\b(?:\s+(\d{{4}}))?"
# A month, or a run of months ("januari–mars", "april till juni"), with its year if
# written; or a year alone.
YEAR_ALONE: Final = r"(?<![\d-])(?:19|20)\d{2}(?![\d-])"  # "2023", not part of "2023-09-20"
# A month's short form only opens a run ("jan–mars"): alone, "jul" is Christmas.
SHORT_MONTHS: Final = "|".join(m for m in dates.MONTHS if len(m) <= 4 and m != "maj")
PERIOD_WORD: Final = re.compile(
    rf"\b(?P<month>{MONTH_NAMES}|(?:{SHORT_MONTHS})(?=\.?\s*[–—-]\s*(?:{MONTH_NAMES}|{SHORT_MONTHS})\b))\b\.?"
    rf"(?:(?:\s*[–—-]\s*|\s+till\s+)(?P<to>{MONTH_NAMES}|{SHORT_MONTHS})\b\.?)?"
    rf"(?:\s+(?P<year>\d{{4}}))?|{YEAR_ALONE}",
)
TITLE_YEAR: Final = re.compile(YEAR_ALONE)


# Cheap substring tests that let most paragraphs skip the slower patterns.
FOLLOW_UP_WORDS: Final = (
    "åter",  # återkommer, återkom, återrapporteras
    "besvaras",
    "tas upp",
    "med sig",
    "flyttas",
    "följ",
    "önska",
    "bordl",
    "nästa",
    "åtar",
    "åtog",
    "åtgärdar",
)
FOLLOW_UP_LABELS: Final = (
    "klart:",  # the due lines DUE_LABEL reads: "Klart: senast 2024-10-31"
    "senast:",
    "action:",  # the action points ACTION_LABEL reads: "Action: Sara Ek bokar … före 30/11"
    "åtgärd:",
)
FOLLOW_UP_HINTS: Final = FOLLOW_UP_WORDS + FOLLOW_UP_LABELS
# Each form DECISION finds contains one of these: an item, paragraph or sentence
# without them is not searched. Each one is looked for in every item, and a longer
# one is found or ruled out faster ("informationen noter", not "noter"), but one
# word for two costs less than two ("besl": beslut, beslöts).
DECISION_HINTS: Final = ("godkän", "fastst", "besl", "valde", "utsågs", "utses", "väljs", "samverkad",
                  "samverkat", "informationen noter", "enig", "handlingarna", "antogs",
                  "justerades", "bevilja", "förklarades")  # fmt: skip
METRIC_HINTS: Final = ("frånvaro", "omsättning", "skott", "resultat", "prognos", "avvikelse")
UNIT_HINTS: Final = ("%", "procent", "kr", "miljon")
COUNT_HINTS: Final = ("tillbud", "arbetsskad", "olyck", "skadeanmäl")
# Opening, secretaries and justering: the sentences parse._closing_sentences reads.
CLOSING_HINTS: Final = ("öppna", "ekreterare", "juster", "senast", "valider")


# Every item is searched for all these hints at once, in one pass (Aho–Corasick, in
# Rust): looking for each of some fifty in turn took a tenth of a protocol's reading.
ITEM_HINT_WORDS: Final = tuple(
    dict.fromkeys(DECISION_HINTS + METRIC_HINTS + COUNT_HINTS + FOLLOW_UP_HINTS + CLOSING_HINTS)
)
ITEM_HINTS: Final = AhoCorasick(ITEM_HINT_WORDS, implementation=Implementation.DFA)


def hints_in(lower: str) -> set[str]:
    """The ITEM_HINTS that the lower-cased text contains."""
    try:
        return set(ITEM_HINTS.find_matches_as_strings(lower, overlapping=True))
    except UnicodeEncodeError:  # a lone surrogate, as a damaged PDF may give: no UTF-8
        return set(_present(lower, ITEM_HINT_WORDS))


def _mentions(text: str, hints: tuple[str, ...]) -> bool:
    return contains_any(lowered(text), hints)


def follow_up_search(lower: str, hints: tuple[str, ...]) -> re.Match[str] | None:
    """FOLLOW_UP.search(lower), where hints are those of FOLLOW_UP_HINTS that the text
    may contain: from a little before the first of them, or not at all."""
    return _search_from_hint(FOLLOW_UP, lower, hints, FOLLOW_UP_LEAD)


def decision_search(lower: str, hints: tuple[str, ...]) -> re.Match[str] | None:
    """DECISION.search(lower), where hints are those of DECISION_HINTS that the text
    may contain: from a little before the first of them, or not at all."""
    return _search_from_hint(DECISION, lower, hints, DECISION_LEAD)


def _search_from_hint(
    pattern: re.Pattern[str], lower: str, hints: tuple[str, ...], lead: int
) -> re.Match[str] | None:
    first = _first_of(lower, hints)
    return pattern.search(lower, max(0, first - lead)) if first >= 0 else None


def _first_of(text: str, parts: tuple[str, ...]) -> int:
    """Where the first of the parts in text starts; -1 if none is there."""
    first = -1
    for part in parts:
        at = text.find(part, 0, first + len(part) - 1 if first >= 0 else len(text))
        if at >= 0:
            first = at
    return first


def _any_contains(texts: list[str], part: str) -> bool:
    for text in texts:  # noqa: SIM110 - a plain loop is cheaper than any() over a generator
        if part in text:
            return True
    return False


class Analysis:
    def __init__(
        self,
        statements: list[Statement],
        follow_ups: list[FollowUp],
        decisions: list[str],
        metrics: list[Metric],
        lower: str,  # the paragraphs lower-cased, joined by newlines: for more word tests
        hints: set[str],  # the ITEM_HINTS they contain
    ) -> None:
        self.statements = statements
        self.follow_ups = follow_ups
        self.decisions = decisions
        self.metrics = metrics
        self.lower = lower
        self.hints = hints


def analyse(
    paragraphs: list[str],
    speakers: Speakers,
    meeting_year: int | None,
    meeting_date: dt.date | None = None,
    title: str = "",
) -> Analysis:
    """What an item's paragraphs say: statements, follow-ups, decisions, figures.

    Each rule first asks whether the item mentions its words at all. Most items
    mention none, and one look at the whole item costs less than one per paragraph
    (no hint spans two paragraphs, so the joined text has the same hints).
    meeting_date, when known, keeps a follow-up's month ahead of the meeting; the
    item's title may name whose questions it lists ("Frågor från Kommunal").
    """
    if not paragraphs:
        # A heading alone ("6. Övrigt"), as items often are.
        return Analysis([], [], [], [], "", set())
    item = "\n".join([lowered(paragraph) for paragraph in paragraphs])
    found = hints_in(item)
    decision_hints = among(found, DECISION_HINTS)
    figure_hints = among(found, METRIC_HINTS)
    unit_hints = _present(item, UNIT_HINTS) if figure_hints else ()
    count_hints = among(found, COUNT_HINTS)
    follow_up_hints = among(found, FOLLOW_UP_HINTS)
    return Analysis(
        statements=statements(paragraphs, speakers, asker_of(title, speakers)),
        follow_ups=(
            follow_ups(
                paragraphs, speakers, meeting_year, follow_up_hints, meeting_date=meeting_date
            )
            if follow_up_hints
            else []
        )
        + (open_rows(paragraphs, meeting_year, meeting_date) if "|" in item else []),
        decisions=decisions(paragraphs, decision_hints),
        metrics=(metrics(paragraphs, meeting_year, figure_hints, unit_hints) if unit_hints else [])
        + (counts(paragraphs, meeting_year, count_hints) if count_hints else []),
        lower=item,
        hints=found,
    )


def _present(lower: str, hints: tuple[str, ...]) -> tuple[str, ...]:
    """The hints the text contains: its paragraphs need be searched for only these."""
    return tuple([hint for hint in hints if hint in lower])


def among(found: set[str], hints: tuple[str, ...]) -> tuple[str, ...]:
    """Those of the hints that were found, in their order."""
    return tuple([hint for hint in hints if hint in found])


# Paragraphs and sentences of the protocol being parsed, lower-cased: several
# rules read the same text, and lower() on Swedish (non-ASCII) text is costly.
# parse() empties it per protocol.
_lowered: Final[dict[str, str]] = {}


def lowered(text: str) -> str:
    found = _lowered.get(text)
    if found is None:
        found = _lowered[text] = lower(text)
    return found


def forget_protocol() -> None:
    """Forget what was kept of the protocol read before."""
    _lowered.clear()


@dataclass
class Speakers:
    """Who can speak: parties by alias, and participants by full or first name."""

    parties: PartyRegistry
    # casefolded name → party: EMPLOYER for the employer side, None for an employee-side
    # person whose union is not known (an elevskyddsombud, a union the registry lacks).
    people: dict[str, str | None]
    # Whom a named person the list does not name speaks for: the employer, whose people
    # the unions' lists leave out; no one at a meeting without an employer side.
    stranger_party: str | None = EMPLOYER
    # The initials the list gives its people ("Lars Ringström (LR)") → their names: in
    # the minutes they name the person, though a union may go by the same letters.
    initials: dict[str, str] = field(default_factory=dict)
    # Several rules ask the same questions of the same sentence: answers are kept
    # for the protocol being read (a Speakers lives as long as one parse).
    _speaking_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _prefixes: dict[str, tuple[str, int] | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    _starts: dict[str, tuple[str | None, str, str] | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The written opinions ("Kommunals yttrande: …") read so far, by id: the paragraphs
    # that follow one belong to it. Kept here, not on the Statement, whose fields are
    # the contract's (and a compiled class has room for no others).
    written_opinions: dict[int, Statement] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_participants(
        cls,
        parties: PartyRegistry,
        participants: list[Participant],
        *,
        body: str | None = None,
        organisation: str | None = None,
        initials: dict[str, str] | None = None,
    ):
        """body, organisation: the header's, which tell a union's own meeting;
        initials: those the list gives its people ("Karin Sjöholm (KS)")."""
        employer_side = _has_employer_side(parties, body, organisation)
        people: dict[str, str | None] = {}
        first_names: dict[str, set[str | None]] = {}
        for p in participants:
            party = _speaks_for(p, employer_side)
            people[p.name.casefold()] = party
            first_names.setdefault(p.name.split()[0].casefold(), set()).add(party)
        for first, found in first_names.items():
            if len(found) == 1 and first not in people:
                people[first] = next(iter(found))
        known = {
            short: name for short, name in (initials or {}).items() if name.casefold() in people
        }
        return cls(parties, people, EMPLOYER if employer_side else None, known)

    def party_at_start(self, sentence: str) -> tuple[str | None, str, str] | None:
        """(party, speaker as written, rest of sentence) when a party or person opens it;
        the party is None for a union-side person whose union is not known."""
        if sentence not in self._starts:
            self._starts[sentence] = self._party_at_start(sentence)
        return self._starts[sentence]

    def _party_at_start(self, sentence: str) -> tuple[str | None, str, str] | None:
        if self.initials:
            first = sentence.split(None, 1)[0] if sentence else ""
            if first in self.initials:  # "LR informerar …", "KS svarar …"
                name = self.initials[first]
                return self._person_speaks(sentence, first, self.people[name.casefold()])
        found = self.party_prefix(sentence)
        if found:
            return self._party_speaks(sentence, *found)
        if not sentence[:1].isupper():
            return None
        m = PERSON_NAME.match(sentence)
        if not m:
            return None
        words = m["name"].split()
        if words[0] in EMPLOYEE_SIDE_WORDS and (side := EMPLOYEE_SIDE.match(lowered(sentence))):
            # "AT undrar …": said by the unions together, no party of its own.
            return None, sentence[: side.end()], sentence[side.end() :].lstrip(" ,")
        if len(words) >= 2 and _is_title(words[0]):
            return self._titled_person(sentence, words)
        return self._named_person(sentence, words, 2, self.stranger_party)

    def _named_person(
        self, sentence: str, words: list[str], fewest: int, stranger: str | None
    ) -> tuple[str | None, str, str] | None:
        """The participant whose name is the sentence's first words; else a person not
        listed (a name of at least `fewest` words), who speaks for `stranger`."""
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            key = candidate.casefold()
            if key in self.people:
                return self._person_speaks(sentence, candidate, self.people[key])
            if n >= fewest and _looks_like_a_name(words[:n]):
                # A name not in the list is taken for the employer's (stranger_party): the
                # unions' representatives are the ones a participant list names.
                return self._person_speaks(sentence, candidate, stranger)
        return None

    def _titled_person(self, sentence: str, words: list[str]) -> tuple[str | None, str, str] | None:
        """ "Skyddsombudet Tomas Lind lyfter …": the person speaks for their own party,
        and the title is no part of the name. An ombud the list does not name is a
        union's, which one is not known: not the employer's."""
        title = words[0]
        stranger = None if "ombud" in title.casefold() else self.stranger_party
        return self._named_person(sentence[len(title) :].lstrip(), words[1:], 1, stranger)

    def _party_speaks(
        self, sentence: str, canonical: str, length: int
    ) -> tuple[str | None, str, str]:
        """A party opens the sentence; a person named right after it speaks: "Rektor
        Johanna Berglund svarar …" for her own party, "Kommunals skyddsombud Pirjo
        Mäkinen påtalade …" for the union written."""
        rest = sentence[length:]
        if rest.startswith("s "):  # "Sveriges Lärares ombud har …"
            rest = re.sub(r"^s\s+\w+\s+", "", rest)
        rest = rest.lstrip(" ,")
        after_title = rest
        if rest[:1].islower():  # mostly the verb: "Kommunal frågade …"
            space = rest.find(" ")
            if space < 0 or not _is_title(rest[:space]):
                return canonical, canonical, rest
            after_title = rest[space + 1 :]
        elif not rest[:1].isupper():
            return canonical, canonical, rest
        person = self._name_after(after_title, canonical)
        if person is None:
            return canonical, canonical, rest
        party = person[0] if canonical == EMPLOYER else canonical
        return party, person[1], person[2]

    def _name_after(self, text: str, party: str) -> tuple[str | None, str, str] | None:
        """The person a party's name or title is followed by, if any; not another party
        ("Vision, Kommunal och SSR …")."""
        m = PERSON_NAME.match(text) if text[:1].isupper() else None
        if m is None or self.party_prefix(text):
            return None
        stranger = self.stranger_party if party == EMPLOYER else party
        return self._named_person(text, m["name"].split(), 1, stranger)

    def _person_speaks(
        self, sentence: str, name: str, party: str | None
    ) -> tuple[str | None, str, str]:
        """(party, name, rest) for a person who opens the sentence."""
        rest = sentence[len(name) :]
        if rest[:1] == "," or rest[:2] == " (":
            return self._union_after_name(rest, name, party)
        return party, name, rest.lstrip(" ,")

    def _union_after_name(
        self, rest: str, name: str, party: str | None
    ) -> tuple[str | None, str, str]:
        """A union written after the name speaks: "Lars Berg (Kommunal) påtalade …",
        "Lars Berg, Kommunal, påtalade …"; a role in brackets is passed over: "Sara
        Olofsson (skyddsombud) tog upp …" is hers. rest: the sentence after the name."""
        if rest.startswith(" (") and (close := rest.find(")")) > 0:
            union = self._union_named(rest[2:close].split(",")[0])
            return union or party, name, rest[close + 1 :].lstrip(" ,")
        rest = rest.lstrip(" ,")
        written = rest.split(",", 1)
        union = self._union_named(written[0]) if len(written) == 2 else None
        if union:
            return union, name, written[1].lstrip()
        return party, name, rest

    def _union_named(self, text: str) -> str | None:
        party = self.parties.canonical(text.strip())
        return party if party != EMPLOYER else None

    def may_speak(self, sentence: str) -> bool:
        """A cheap test that lets most sentences skip the attribution rules."""
        if not sentence[:1].isupper():
            return False  # "och …" after a comma; the first word must be capitalised
        first, _, rest = sentence[:60].partition(" ")
        first = first.rstrip(",.:;")  # keeps the capital: it is none of these
        speaking = self._speaking_words.get(first)
        if speaking is None:
            speaking = self._speaking_words[first] = (
                self.parties.has_first_word(first)
                or first in INVERTED_WORDS
                or first.casefold() in self.people
                or first in self.initials  # "KS svarar …"
                or (first in EMPLOYEE_SIDE_WORDS and first != "De")  # "AT undrar …"
            )
        return (
            speaking
            or rest[:1].isupper()  # "Lisa Pollack svarar …"
            or (first == "De" and rest.startswith("fackliga"))
            or "yttrande" in sentence  # the one look at the whole sentence, last
        )

    def party_prefix(self, text: str) -> tuple[str, int] | None:
        """The party whose alias opens the text, and the alias's length."""
        if text not in self._prefixes:
            self._prefixes[text] = self._party_prefix(text)
        return self._prefixes[text]

    def _party_prefix(self, text: str) -> tuple[str, int] | None:
        first = text[:40].split(" ", 1)[0].rstrip(",.:;")
        candidates = self.parties.starting_with(first)
        if not candidates and first.endswith("s"):
            candidates = self.parties.starting_with(first[:-1])  # genitive: "Kommunals"
        if not candidates:
            return None
        # Case-folded only as far as the longest candidate reaches (at most 80 characters).
        lowered = text[: min(80, len(candidates[0][0]))].casefold()
        for alias, canonical in candidates:
            end = len(alias)
            if lowered.startswith(alias) and (
                end == len(text) or not text[end].isalnum() or text[end] == "s"
            ):
                if (
                    end < len(text)
                    and text[end] == "s"
                    and end + 1 < len(text)
                    and text[end + 1].isalnum()
                ):
                    continue
                return canonical, end
        return None


@lru_cache(maxsize=4096)
def _is_title(word: str) -> bool:
    """Whether the word is a title (TITLE). Asked of the word after every party that
    opens a sentence, mostly the same few verbs: the answers are kept."""
    return TITLE.fullmatch(word.lower()) is not None


def _looks_like_a_name(words: list[str]) -> bool:
    """Capitalised words not in the participant list are a person's name when they
    could be one: not an abbreviation ("APT", "FSG", "HR") nor a word that opens
    sentences ("Nästa APT")."""
    if words[0].casefold() in NOT_NAMES:
        return False
    for word in words:  # noqa: SIM110 - a plain loop; any() over a generator costs more here
        if len(word) > 1 and word.isupper():
            return False
    return True


def _speaks_for(participant: Participant, employer_side: bool = True) -> str | None:
    """The party a participant's words are given to. An employee-side person without a
    known union speaks for no party: a union representative's question given to the
    employer would say the opposite of what was said. Nor does anyone speak for an
    employer that has no side at the meeting (a board's members on side "other")."""
    if participant.side == "employee":
        return participant.party or None
    return EMPLOYER if employer_side else None


def _has_employer_side(parties: PartyRegistry, body: str | None, organisation: str | None) -> bool:
    """Whether the employer takes part: not at a union's own meeting (an årsmöte, a
    board's meeting, a protocol of a union organisation). A list that names only union
    people does not tell: it is why a person it leaves out is taken for the employer's."""
    return body not in MEMBERS_MEETINGS and not _is_a_union(parties, organisation)


def _is_a_union(parties: PartyRegistry, organisation: str | None) -> bool:
    """ "Vision Bergsviks kommun", "Kommunal sektion Malmö": a union opens the name."""
    words = (organisation or "").split()
    for n in range(min(3, len(words)), 0, -1):
        party = parties.canonical(" ".join(words[:n]))
        if party:
            return party != EMPLOYER
    return False


def verb_match(text: str) -> re.Match[str] | None:
    """VERB at the start of text, whatever its case: the match's kind (lastgroup) and
    end are VERB's, in text's positions. Its start is not to be relied on: after an
    adverb where the text lower-cases letter for letter, else ("İ") at 0."""
    start = text[:VERB_REACH]
    lower_start = lower(start)
    if len(lower_start) != len(start):  # "İ" lower-cases to two characters
        return re.compile(VERB.pattern, re.IGNORECASE).match(text)
    at = 0
    if (
        lower_start[:1] in ADVERB_INITIALS
        and lower_start.startswith(ADVERB_WORDS)
        and (adverb := ADVERB.match(lower_start))
    ):
        at = adverb.end()
    pattern = VERB_BY_LETTER.get(lower_start[at : at + 1])
    return pattern.match(lower_start, at) if pattern else None


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives: split at each "|" outside brackets, passing over
    escaped characters ("\\w"). VERBS has no character set, whose "(" or "|" this
    would misread."""
    if "[" in pattern:
        raise ValueError(f"a verb form with a character set: {pattern!r}")
    found, start = [], 0
    for i, char, depth in _bracket_depths(pattern):
        if char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    return [*found, pattern[start:]]


def _bracket_depths(pattern: str) -> list[tuple[int, str, int]]:
    """Each character that is not escaped, with the depth of brackets after it."""
    found: list[tuple[int, str, int]] = []
    depth, escaped = 0, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
            continue
        escaped = char == "\\"
        depth += (char == "(") - (char == ")")
        found.append((i, char, depth))
    return found


def _first_letters(alternative: str) -> set[str]:
    """The letters a text matching this alternative of VERBS can start with.

    Each alternative opens with a letter, or with a group of them, which may be
    optional: "(?:är|var) …", "(?:en )?fråga". Any other opening (an optional or
    repeated letter, a repeated group) is refused rather than misread."""
    if not alternative.startswith("(?:"):
        if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"a verb form must open with a letter: {alternative!r}")
        return {alternative[0]}
    close = _group_end(alternative)
    letters = set().union(*map(_first_letters, _alternatives(alternative[3:close])))
    after = alternative[close + 1 : close + 2]
    if after == "?":  # "(?:en )?fråga": it may open with the rest
        letters |= _first_letters(alternative[close + 2 :])
    elif after in ("*", "+", "{"):
        raise ValueError(f"a verb form must not open with a repeated group: {alternative!r}")
    return letters


def _group_end(pattern: str) -> int:
    """Where the group that opens the pattern closes (an escaped bracket is none)."""
    for i, _, depth in _bracket_depths(pattern):
        if depth == 0:
            return i
    raise ValueError(f"an unclosed group: {pattern!r}")


def _verb_by_letter() -> dict[str, re.Pattern[str]]:
    """VERB's forms by the letter they open with, matched where the verb starts:
    trying the hundred forms one after another, after each of the adverbs, took
    2 µs for each verb looked for, the most of any pattern.

    The adverb is optional, and no form opens with an adverb ("också", "nu", …): a
    text that opens with one can only match with its verb after it, so the letter
    after the adverb chooses the forms (tests/reader/test_parse_content.py checks this).
    """
    forms = [
        (kind, [(form, _first_letters(form)) for form in _alternatives(verbs)])
        for kind, verbs in VERBS
    ]
    letters = sorted(set().union(*[first for _, kind_forms in forms for _, first in kind_forms]))
    patterns = {}
    for letter in letters:
        groups = [
            f"(?P<{kind}>{'|'.join(form for form, first in kind_forms if letter in first)})"
            for kind, kind_forms in forms
            if any(letter in first for _, first in kind_forms)
        ]
        patterns[letter] = re.compile(rf"(?:{'|'.join(groups)})\b")
    return patterns


VERB_BY_LETTER: Final = _verb_by_letter()


def kind_of(rest: str, person: bool) -> str | None:
    m = verb_match(rest)
    if not m:
        return None
    kind = m.lastgroup
    if person and kind == "information" and m[0].split()[-1] in ("har", "hade"):
        return None  # "Sommaren har varit …": a noun, not a person
    return kind


def _adjust_kind(kind: str, text: str, may_disagree: bool = True) -> str:
    """Disagreement wins; an attributed sentence that asks is a question.

    A statement is made of its paragraph's sentences: when the paragraph does not
    say "oenig" or "reserver", the statement cannot, and is not lower-cased again.
    """
    if may_disagree:
        lower_text = lower(text)
        if "oenig" in lower_text or "reserver" in lower_text:
            return "disagreement"
    if "?" not in text:
        return kind
    first = split_sentences(text)
    if first and first[0].rstrip().endswith("?"):
        return "question"
    return kind


def _parties_in_subject(sentence: str, speakers: Speakers) -> tuple[list[str], str] | None:
    """ "Lärarförbundet och Kommunal begär …" → both parties, and the rest. A person of
    no known party adds none: "Noor Haddad tog upp …" → no parties."""
    first = speakers.party_at_start(sentence)
    if not first:
        return None
    found, rest = _known([first[0]]), first[2]
    while rest.startswith("och") and rest[3:4].isspace():
        second = speakers.party_at_start(rest[3:].lstrip())
        if not second:
            break
        found += _known([second[0]])
        rest = second[2]
    return found, rest


def _known(parties: list[str | None]) -> list[str]:
    return [party for party in parties if party is not None]


def _attributed(sentence: str, speakers: Speakers) -> tuple[list[str], str, str] | None:
    """(parties, kind, speaker) when the sentence is said by a party or a person."""
    label = GENITIVE_LABEL.match(sentence) if "yttrande" in sentence else None
    party = speakers.parties.lookup(label["who"].strip()) if label else None
    if label and party:
        return [party.name], "yttrande", label["who"]
    inverted = sentence.startswith(INVERTED_PREFIXES) and INVERTED_START.match(sentence)
    if inverted:
        rest = sentence[inverted.end() :]
        verb = verb_match(rest)
        if verb and verb.lastgroup:  # each of VERB's forms is a group named for its kind
            who = speakers.party_at_start(rest[verb.end() :].lstrip())
            if who:
                return _known([who[0]]), verb.lastgroup, who[1]
    subject = _parties_in_subject(sentence, speakers)
    if not subject:
        return None
    parties, rest = subject
    person = speakers.party_prefix(sentence) is None
    kind = kind_of(rest, person)
    if kind is None:
        return None
    return parties, kind, sentence[: len(sentence) - len(rest)].strip()


def _split_clauses(sentence: str, speakers: Speakers) -> list[str]:
    """ "Kommunal vill … och SACO framhöll …" → two clauses, one per speaker.

    At most MOST_CLAUSES, each found among the first MOST_JOINS "och": no minutes
    chain more speakers in one sentence, and a text that does (a generated one) is
    read in time linear in its length, without a recursion per clause."""
    clauses: list[str] = []
    rest = sentence
    while " och " in rest and len(clauses) < MOST_CLAUSES - 1:
        split = _split_at_speaker(rest, speakers)
        if split is None:
            break
        head, rest = split
        clauses.append(head)
    clauses.append(rest)
    return clauses


MOST_CLAUSES: Final = 50
MOST_JOINS: Final = 100


def _split_at_speaker(sentence: str, speakers: Speakers) -> tuple[str, str] | None:
    """The sentence split before the first "och" that another speaker follows."""
    opened, counted = 0, 0  # brackets opened and not closed before `counted`
    for start, end in _and_joins(sentence)[:MOST_JOINS]:
        opened += sentence.count("(", counted, start) - sentence.count(")", counted, start)
        counted = start
        tail = sentence[end:]
        if not speakers.may_speak(tail):
            continue
        if opened > 0:
            continue  # "(SSR och Vision deltar …)" is an aside, not a new speaker
        who = speakers.party_at_start(tail)
        if who and speakers.party_prefix(tail) and kind_of(who[2], False):
            head = sentence[:start].rstrip(" ,")
            if _attributed(head, speakers):
                return head, tail
    return None


def _and_joins(sentence: str) -> list[tuple[int, int]]:
    """Each blank + "och" + blank before a word: where the blank starts, where the word starts."""
    joins: list[tuple[int, int]] = []
    position = 0
    while found := _and_word(sentence, position):
        at, word = found
        # The blank before "och", not reaching back into the previous join.
        start = at
        while start > position and sentence[start - 1].isspace():
            start -= 1
        if start < at:
            joins.append((start, word))
            position = word
        else:
            position = at + 1  # "toch", or "och" right after the previous join
    return joins


def _and_word(sentence: str, position: int) -> tuple[int, int] | None:
    """AND_WORD.search(sentence, position) as (start, end), found with str.find."""
    end = len(sentence)
    at = sentence.find("och", position)
    while at >= 0:
        word = at + 3
        while word < end and sentence[word].isspace():
            word += 1
        if at + 3 < word < end:
            return at, word
        at = sentence.find("och", at + 1)
    return None


# "Förhandlingen avslutades i oenighet med Kommunal": the union disagrees, though
# the sentence's subject is the negotiation.
DISAGREEMENT_WITH: Final = re.compile(r"\bi oenighet (?:med|från|för) (?P<who>[^.;:]+)")


def _named_disagreements(paragraphs: list[str], found: list[Statement], speakers) -> None:
    for paragraph in paragraphs:
        if "oenighet" not in paragraph:
            continue
        for sentence in split_sentences(paragraph):
            m = DISAGREEMENT_WITH.search(sentence)
            if not m:
                continue
            for party in _parties_named(m["who"], speakers.parties):
                if not any(s.party == party and s.kind == "disagreement" for s in found):
                    found.append(Statement(party, "disagreement", sentence))


def _parties_named(text: str, parties: PartyRegistry) -> list[str]:
    """ "Kommunal och Vision" → both, as the registry names them."""
    named = []
    for part in _split_list(text):
        party = parties.canonical(part)
        if party and party != EMPLOYER and party not in named:
            named.append(party)
    return named


def statements(
    paragraphs: list[str], speakers: Speakers, asker: str | None = None
) -> list[Statement]:
    """asker: the party whose questions the item lists, if its title says so."""
    found = _statements(paragraphs, speakers, asker)
    _named_disagreements(paragraphs, found, speakers)
    if found:
        _unprompted_explanations(found)
    return found


# Verbs that answer when someone has spoken, and inform when no one has.
EXPLAINING: Final = ("redogör", "redogjorde", "sammanfatta", "förklara", "förtydliga")


def _unprompted_explanations(found: list[Statement]) -> None:
    """ "Arbetsgivaren redogjorde för förslaget" opening an item informs: nobody has
    asked or said anything for it to answer."""
    for i, statement in enumerate(found):
        if statement.kind != "answer":
            continue
        if any(other.party != statement.party for other in found[:i]):
            return  # from here on, the party may be answering
        start = lower(statement.text[:VERB_REACH])
        if any(verb in start for verb in EXPLAINING) and "svar" not in start:
            statement.kind = "information"


# "Frågor från Kommunal", "Föranmälda frågor från Vision": the item lists a party's questions.
QUESTIONS_FROM: Final = re.compile(
    r"^(?:(?:för)?anmälda |inkomna )?frågor från (?P<who>.+)$", re.IGNORECASE
)


def asker_of(title: str, speakers: Speakers) -> str | None:
    """The party whose questions an item's title says it lists."""
    m = QUESTIONS_FROM.match(title) if "rågor" in title else None
    party = speakers.parties.canonical(m["who"]) if m else None
    return party if party != EMPLOYER else None


# "1. ", "2) ", "– ": an entry of a list.
LIST_MARK: Final = re.compile(r"^(?:\d{1,2}[.)]|[-–•*])\s")


def _listed_question(paragraph: str) -> bool:
    """A question of its own: an entry of a list, or one sentence that asks ("Hur många
    …?"); not a passage quoted with a question after it ("… i ärendet. Vad avses?")."""
    if not paragraph.endswith("?"):
        return False
    return bool(LIST_MARK.match(paragraph)) or len(split_sentences(paragraph)) == 1


def _announces_questions(statement: Statement) -> bool:
    """ "Kommunal har i förväg anmält följande frågor:" — the list below is its."""
    return statement.kind == "question" and statement.text.endswith(":")


def _statements(paragraphs: list[str], speakers: Speakers, asker: str | None) -> list[Statement]:
    found: list[Statement] = []
    listing = False
    for paragraph in paragraphs:
        if asker and _listed_question(paragraph) and not speakers.may_speak(paragraph):
            # "1. Hur många timanställda …?" under a party's questions: the party asks,
            # and the line that announced them is no question of its own.
            if found and _announces_questions(found[-1]):
                found.pop()
            found.append(Statement(asker, "question", paragraph))
            continue
        listing = listing or bool(found and found[-1].text.endswith(":"))
        if listing and LIST_OR_ADDRESS.match(paragraph):
            found[-1].text += "\n\n" + paragraph  # "X informerar om:" and the list that follows
            continue
        listing = False
        if (
            found
            and found[-1].kind == "opinion"
            and speakers.written_opinions.get(id(found[-1])) is found[-1]
            and not _opens_statement(paragraph, speakers)
        ):
            found[-1].text += "\n\n" + paragraph  # a party's yttrande runs over several paragraphs
            continue
        new = _paragraph_statements(paragraph, speakers)
        if new and _announces_questions(new[-1]):
            asker = new[-1].party
        elif any(s.party not in (asker, EMPLOYER) for s in new):
            asker = None  # another union speaks: the listed questions have ended
        found.extend(new)
    return found


DISAGREEMENT_HINTS: Final = ("oenig", "reserver")


LABEL_FROM: Final = re.compile(
    r"^(?P<noun>frågor|fråga|svar|synpunkter|synpunkt|yrkande|information|yttrande)\s+(?:från|av)\s+(?P<who>.+)$",
    re.I,
)
LABEL_KINDS: Final = {"fråga": "question", "frågo": "question", "svar": "answer", "synpu": "opinion",
               "yrkan": "request", "infor": "information", "yttra": "opinion"}  # fmt: skip


def _label_statement(
    paragraph: str, speakers: Speakers
) -> tuple[Statement | None, list[str]] | None:
    """ "Kommunal: Imorgon ska …" — a party's paragraph under facklig information;
    "Svar: …" — the employer's answer to the question before it. With the statement,
    the sentences left to read one by one: those where another party speaks after the
    label's ("SSR: Frågar om … Arbetsgivaren svarade att …"), or all after a label
    that names a topic, not a speaker ("Friskvårdsbidraget: Vision frågade …")."""
    colon = paragraph.find(": ", 0, 64)  # a label is short: the rest is not searched
    if colon < 0:
        return None
    if paragraph[:colon].strip().lower() in ("svar", "arbetsgivarens svar"):
        return Statement(EMPLOYER, "answer", paragraph[colon + 1 :].strip()), []
    if from_party := LABEL_FROM.match(paragraph[:colon].strip()):
        # "Fråga från Kommunal: Hur följs …?" — the label names the kind and the party.
        party = speakers.parties.canonical(from_party["who"])
        if party:
            kind = LABEL_KINDS[from_party["noun"].casefold()[:5]]  # "ſvar": re.I took ſ for s
            return Statement(party, kind, paragraph[colon + 1 :].strip()), []
    m = LABEL.match(paragraph)
    if not m or GENITIVE_LABEL.match(paragraph):
        return None
    who = m["who"].strip()
    text = m["text"].strip()
    party = speakers.parties.canonical(who)
    if party is None:
        named = speakers.party_at_start(who)
        if not named:  # a topic: who speaks is said after it
            return None, [] if _status_of_a_matter(text, speakers) else _after_label(paragraph)
        if named[2] or named[0] is None:
            return None
        party = named[0]
    if NAME_ONLY.match(text):
        return None  # "Vision: Mimmi Petrini" lists a person, it says nothing
    own, others = _until_another_speaker(text, paragraph, party, speakers)
    # "SSR: Frågar om …": the verb that opens the text says what kind it is.
    kind = kind_of(own, False) or "information"
    kind = _adjust_kind(kind, own, _mentions(paragraph, DISAGREEMENT_HINTS))
    return Statement(party, kind, own), others


def _after_label(paragraph: str) -> list[str]:
    """The paragraph's sentences, the first without its label. The paragraph's own
    sentences, which other rules have split already; no label holds a colon."""
    first, *others = split_sentences(paragraph)
    return [first[first.find(":") + 1 :].strip(), *others]


def _status_of_a_matter(text: str, speakers: Speakers) -> bool:
    """ "Arbetstidsmodell för kökspersonal: Arbetsgivaren återkommer med svar." — a
    line of a list of open matters (a balanslista): the matter's status, a follow-up,
    not something said at the meeting."""
    who = speakers.party_at_start(text)
    return who is not None and ACTIVE_FOLLOW_UP.match(lowered(who[2])) is not None


def _until_another_speaker(
    text: str, paragraph: str, party: str, speakers: Speakers
) -> tuple[str, list[str]]:
    """A labelled paragraph's text, up to a sentence that opens with another party
    speaking (the label's party has stopped and the other answers), and the
    paragraph's sentences from there on."""
    if not _a_later_sentence_may_speak(text, speakers):
        return text, []  # splitting the paragraph costs more than this look
    sentences = split_sentences(paragraph)  # after the first, the same as the text's
    for index in range(1, len(sentences)):
        sentence = sentences[index]
        if not speakers.may_speak(sentence):
            continue
        who = _attributed(sentence, speakers)
        at = text.find(sentence) if who and who[0] and party not in who[0] else -1
        if at > 0:
            return text[:at].rstrip(), sentences[index:]
    return text, []


def _a_later_sentence_may_speak(text: str, speakers: Speakers) -> bool:
    """Whether a word after a full stop, question or exclamation mark may open a
    speaker's sentence (Speakers.may_speak), without splitting the text."""
    for mark in (". ", "? ", "! "):
        position = text.find(mark)
        while position >= 0:
            if speakers.may_speak(text[position + 2 : position + 62]):
                return True
            position = text.find(mark, position + 2)
    return False


def _paragraph_statements(paragraph: str, speakers: Speakers) -> list[Statement]:
    found: list[Statement] = []
    labelled = _label_statement(paragraph, speakers)
    if labelled:
        statement, sentences = labelled
        found.extend([statement] if statement else [])
    else:
        sentences = split_sentences(paragraph)
    said_from = len(found)  # the labelled statement's kind is settled already
    current: list[Statement] = []
    for sentence in sentences:
        clauses = _split_clauses(sentence, speakers) if " och " in sentence else (sentence,)
        for clause in clauses:
            if not speakers.may_speak(clause):
                # "eslut", "eslöt" whatever the first letter's case: most clauses stop here.
                if (
                    current
                    and ("eslut" in clause or "eslöt" in clause)
                    and _meeting_decides(clause)
                ):
                    current = []  # the statement has ended: the meeting decides
                    continue
                for statement in current:
                    statement.text = f"{statement.text} {clause}"
                continue
            who = _attributed(clause, speakers)
            if who and current and [s.party for s in current] == who[0]:
                who = None  # the same party goes on: one statement
            if who:
                # A speaker of no known party (parties == []) ends the statement before
                # and begins none: their words are not given to another party.
                parties, kind, _ = who
                if kind == "yttrande":
                    current = [_yttrande(p, clause, speakers) for p in parties]
                else:
                    kind = _opinion_that_requests(kind, clause)
                    current = [Statement(p, kind, clause) for p in parties]
                found.extend(current)
            elif _other_party_subject(clause, current, speakers):
                current = []  # another party is the subject: the statement has ended
            else:
                for statement in current:
                    statement.text = f"{statement.text} {clause}"
    may_disagree = len(found) > said_from and _mentions(paragraph, DISAGREEMENT_HINTS)
    for statement in found[said_from:]:
        statement.kind = _adjust_kind(statement.kind, statement.text, may_disagree)
    return found


# "SSR menar att … och begär att en riskbedömning görs": the opinion leads to a request.
AND_REQUESTS: Final = re.compile(
    r"\boch (?:begär|begärde|yrkar|yrkade|kräver|krävde|vill ha|ville ha)\b"
)


def _opinion_that_requests(kind: str, clause: str) -> str:
    """A party that gives its view and then asks for something requests it."""
    if kind == "opinion" and " och " in clause and AND_REQUESTS.search(lowered(clause)):
        return "request"
    return kind


def _meeting_decides(clause: str) -> bool:
    return MEETING_DECIDES.search(lowered(clause)) is not None


def _yttrande(party: str, clause: str, speakers: Speakers) -> Statement:
    """ "Kommunals yttrande: …" — the party's written opinion, without the label."""
    statement = Statement(party, "opinion", clause.split(":", 1)[1].strip())
    speakers.written_opinions[id(statement)] = statement
    return statement


def _opens_statement(paragraph: str, speakers: Speakers) -> bool:
    first = split_sentences(paragraph)[:1]
    return bool(first) and (
        _attributed(first[0], speakers) is not None or speakers.party_prefix(first[0]) is not None
    )


def _other_party_subject(clause: str, current: list[Statement], speakers: Speakers) -> bool:
    if speakers.party_prefix(clause) is None:
        return False
    who = speakers.party_at_start(clause)
    return who is not None and all(statement.party != who[0] for statement in current)


def follow_ups(
    paragraphs: list[str],
    speakers: Speakers,
    meeting_year: int | None,
    hints: tuple[str, ...] = FOLLOW_UP_HINTS,
    *,
    meeting_date: dt.date | None = None,
) -> list[FollowUp]:
    """hints: those of FOLLOW_UP_HINTS the paragraphs contain (all, if not known)."""
    found: list[FollowUp] = []
    before = None  # the follow-up the paragraph before ended with: a due line may date it
    for index, paragraph in enumerate(paragraphs):
        if not _mentions(paragraph, hints):
            before = None
            continue
        if ":" in paragraph[:24] and _is_due_line(paragraph):
            follow_up = _due_line(paragraphs, index, before, speakers, meeting_year, meeting_date)
            if follow_up is not before:
                found.append(follow_up)
            before = follow_up
            continue
        if ":" in paragraph[:12] and (
            action := _action_line(paragraphs, index, speakers, meeting_year, meeting_date)
        ):
            found.append(action)
            before = action
            continue
        said = _sentence_follow_ups(paragraph, hints, speakers, meeting_year, meeting_date)
        found.extend(said)
        before = said[-1] if said else None
    return found


def _sentence_follow_ups(
    paragraph: str,
    hints: tuple[str, ...],
    speakers: Speakers,
    meeting_year: int | None,
    meeting_date: dt.date | None,
) -> list[FollowUp]:
    found: list[FollowUp] = []
    for sentence in split_sentences(paragraph):
        lower = lowered(sentence)
        m = follow_up_search(lower, hints)
        if m and not _is_past(lower):
            if m[0].startswith("mer info"):
                # "…, Mer info önskas? se sid 26" — the request itself, to its end mark.
                request = sentence[m.start() :]
                end = re.search(r"[.?!]", request)
                sentence = request[: end.end()] if end else request
            found.append(_follow_up(sentence, speakers, meeting_year, meeting_date))
    return found


# Secretaries close a matter with label lines: "Ansvarig: Marie Sjögren" and
# "Uppföljning: FSG i december" (or "Återrapporteras: …", "Klart: senast 2024-10-31").
# Matched at the start of lower-cased paragraphs.
DUE_LABEL: Final = re.compile(
    r"(?:uppföljning|återrapportering|återrapporteras|återkoppling|klart senast|klart till"
    r"|klart|senast|deadline)\s*:\s*\S"
)
OWNER_LABEL: Final = re.compile(r"ansvarig[at]?\s*:\s*\S")
OWNER_REACH: Final = 2  # "Ansvarig:" a line or two from the due line: the same block of labels


# An action point: "Action: Sara Al-Khatib bokar en workshop före 2024-11-30", "Åtgärd:
# HR-chefen tar fram en rutin till nästa möte". Matched at the start of lower-cased text.
ACTION_LABEL: Final = re.compile(r"(?:action|åtgärd|att göra)\s*:\s*\S")


def _action_line(
    paragraphs: list[str],
    index: int,
    speakers: Speakers,
    meeting_year: int | None,
    meeting_date: dt.date | None,
) -> FollowUp | None:
    """An action point that says who does it and by when is a follow-up, owned as the
    label lines' are: by who opens it, else the Ansvarig beside it. A due line in its
    block ("Åtgärd: …" / "Ansvarig: …" / "Klart: …") is the block's follow-up instead."""
    paragraph = paragraphs[index]
    if not ACTION_LABEL.match(lowered(paragraph)) or _due_line_near(paragraphs, index):
        return None
    said = paragraph.split(":", 1)[1].strip()
    due = _due(said, meeting_year, meeting_date)
    if due is None:
        return None
    who = speakers.party_at_start(said)
    owner = (who[0] if speakers.party_prefix(said) else who[1]) if who else None
    owner = owner or _responsible(paragraphs, index, speakers)
    return FollowUp(paragraph, owner, due) if owner else None


def _due_line_near(paragraphs: list[str], index: int) -> bool:
    for near in range(max(0, index - OWNER_REACH), min(len(paragraphs), index + OWNER_REACH + 1)):
        if ":" in paragraphs[near][:24] and _is_due_line(paragraphs[near]):
            return True
    return False


def _is_due_line(paragraph: str) -> bool:
    return DUE_LABEL.match(lowered(paragraph)) is not None


def _due_line(
    paragraphs: list[str],
    index: int,
    before: FollowUp | None,
    speakers: Speakers,
    meeting_year: int | None,
    meeting_date: dt.date | None,
) -> FollowUp:
    """The follow-up a due line closes: owned by the Ansvarig of its block of labels, or
    else by who the line says comes back. Right after a follow-up without a date and
    with no Ansvarig named, the line dates that one ("Arbetsgivaren återkommer." /
    "Uppföljning: Nästa möte.")."""
    paragraph = paragraphs[index]
    due = _due(paragraph, meeting_year, meeting_date)
    owner = _responsible(paragraphs, index, speakers)
    if owner is None and before is not None and before.due is None:
        before.due = due
        return before
    said = paragraph.split(":", 1)[1].strip()
    return FollowUp(
        paragraph, owner or _follow_up(said, speakers, meeting_year, meeting_date).owner, due
    )


def _responsible(paragraphs: list[str], index: int, speakers: Speakers) -> str | None:
    """Who an "Ansvarig:" line near the due line names: a party by its name, a person
    or a role as written ("Marie Sjögren", "HR-chef")."""
    for distance in range(1, OWNER_REACH + 1):
        for near in (index - distance, index + distance):
            if 0 <= near < len(paragraphs) and OWNER_LABEL.match(lowered(paragraphs[near])):
                named = re.split(r"[,(]", paragraphs[near].split(":", 1)[1], maxsplit=1)[0]
                named = named.strip().rstrip(".")
                return speakers.parties.canonical(named) or named
    return None


def _is_past(sentence: str) -> bool:
    # "följdes upp", "har följts upp": done, not deferred.
    return bool(PAST.search(sentence))


def _follow_up(
    sentence: str, speakers: Speakers, meeting_year: int | None, meeting_date: dt.date | None
) -> FollowUp:
    """Who comes back: the subject, if it says it will or is on the employer's side;
    otherwise the employer, who answers the unions' questions in samverkan."""
    owner: str | None = EMPLOYER
    who = speakers.party_at_start(sentence)
    if who and (ACTIVE_FOLLOW_UP.search(lowered(sentence)) or who[0] == EMPLOYER):
        owner = who[0] if speakers.party_prefix(sentence) else who[1]
    return FollowUp(sentence, owner, _due(sentence, meeting_year, meeting_date))


# A balanslista as a table: "Nr | Fråga | Ansvarig | Status", then one row per question.
ROW_QUESTION: Final = ("fråga", "frågor", "ärende", "rubrik", "punkt", "beskrivning")
ROW_OWNER: Final = ("ansvarig", "ansvar", "ägare")
ROW_STATUS: Final = ("status", "kommentar", "åtgärd", "klart", "datum", "åter")
CLOSED: Final = re.compile(
    r"(?<!ej )(?<!inte )\b(?:klar|klart|stryks|struken|avslutad|avslutas|besvarad|"
    r"avskriven|avskrivs|åtgärdad|utförd)\b"
)


def open_rows(
    paragraphs: list[str], meeting_year: int | None, meeting_date: dt.date | None
) -> list[FollowUp]:
    """Each open question of a balanslista table, owned by its Ansvarig and due when its
    status says ("Pågår, åter i maj"); rows marked klar or stryks are closed."""
    found: list[FollowUp] = []
    columns: dict[str, int] | None = None
    for paragraph in paragraphs:
        cells = [cell.strip() for cell in paragraph.split("|")] if "|" in paragraph else []
        if len(cells) < 3:
            columns = None
            continue
        if columns is None:
            columns = _row_columns(cells)
            continue
        row = _open_row(cells, columns, meeting_year, meeting_date)
        if row:
            found.append(row)
    return found


def _row_columns(cells: list[str]) -> dict[str, int] | None:
    """Which column holds the question, its owner and its status; None if the row is
    no balanslista's heading (the table is then left alone)."""
    names = [cell.lower() for cell in cells]
    columns = {
        kind: next((i for i, name in enumerate(names) if name.startswith(words)), -1)
        for kind, words in (
            ("question", ROW_QUESTION),
            ("owner", ROW_OWNER),
            ("status", ROW_STATUS),
        )
    }
    return columns if columns["question"] >= 0 and columns["owner"] >= 0 else None


# "Pågår, beräknas klar i juni", "ska vara klart till hösten": klar to come, still open.
STILL_OPEN: Final = re.compile(
    r"\b(?:pågår|beräknas|planeras|väntas|ska vara|ska bli|blir|kommer att)\b"
)


def _closed(status: str) -> bool:
    return bool(CLOSED.search(status)) and not STILL_OPEN.search(status)


def _open_row(cells, columns, meeting_year, meeting_date) -> FollowUp | None:
    if columns is None:
        return None
    question, owner, status = [
        _cell(cells, columns[kind]) for kind in ("question", "owner", "status")
    ]
    if not question or _closed(lowered(status)):
        return None
    due = _due(status, meeting_year, meeting_date) if status else None
    return FollowUp(question, owner or None, due)


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if 0 <= index < len(cells) else ""


def _due(
    sentence: str, meeting_year: int | None, meeting_date: dt.date | None = None
) -> str | None:
    """When the matter comes back. A date or month without a year lies ahead of the
    meeting: what is deferred is never due before it."""
    if NEXT_MEETING.search(lowered(sentence)):
        return "next meeting"
    found = dates.first_date(sentence, meeting_year)
    if found and found.date:
        return dates.roll_forward(found.date, found.has_year, meeting_date).isoformat()
    # Compiled once, on first use, by re's cache; a sentence without a month is not searched.
    m = contains_any(lowered(sentence), MONTH_PARTS) and re.search(DUE_MONTH, sentence, re.I)
    if m and m[2]:
        return f"{int(m[2]):04d}-{dates.MONTHS[m[1].casefold()]:02d}"
    if m and meeting_year:
        month = dates.MONTHS[m[1].casefold()]
        return f"{_year_ahead(month, meeting_year, meeting_date):04d}-{month:02d}"
    return None


def _year_ahead(month: int, meeting_year: int, meeting_date: dt.date | None) -> int:
    """The year of the next such month: "återkommer i januari" at a November meeting
    means the coming January."""
    if meeting_date and month < meeting_date.month:
        return meeting_date.year + 1
    return meeting_year


def decisions(paragraphs: list[str], hints: tuple[str, ...] = DECISION_HINTS) -> list[str]:
    """Decided sentences and att-satser; hints: those of DECISION_HINTS the paragraphs
    contain (all, if not known)."""
    found: list[str] = []
    after_heading = False
    for paragraph in paragraphs:
        if after_heading or (paragraph[:1] in "aAbB" and ATT_CLAUSE.match(paragraph)):
            found.append(_unlabelled(paragraph))  # an att-sats, or the paragraph under "Beslut"
            after_heading = False
            continue
        if len(paragraph) < 20 and DECISION_HEADING.match(paragraph):
            after_heading = True
            continue
        if not hints or not _mentions(paragraph, hints):
            continue
        for sentence in split_sentences(paragraph):
            lower = lowered(sentence)
            if contains_any(lower, hints) and (decision_search(lower, hints) or _agreed(lower)):
                found.append(_unlabelled(sentence))
    return found


def _unlabelled(paragraph: str) -> str:
    """ "Beslut: Budgeten godkändes." → what was decided; the label says only that."""
    if paragraph[:6].lower() == "beslut" and (colon := paragraph.find(":", 6, 12)) >= 0:
        return paragraph[colon + 1 :].strip() or paragraph
    return paragraph


def _agreed(lower: str) -> bool:
    return "enig" in lower and AGREED.search(lower) is not None


def mbl_of(lower: str) -> str | None:
    """ "§11" or "§19" when the lower-cased text names MBL § 11 or § 19 (§ 11 first)."""
    if "mbl" not in lower:  # in every form; "§ 3" numbering has none
        return None
    return "§11" if MBL11.search(lower) else "§19" if MBL19.search(lower) else None


def mbl_class(title: str, body: list[str]) -> str | None:
    """ "MBL § 11" or "§ 19" in the title or text; else a nämndärende's "– samverkan"."""
    if "§" in title or _any_contains(body, "§"):
        # The title and text lower-cased, as the paragraphs already are: the same
        # string as lower-casing them joined (lower() maps character by character).
        found = mbl_of("\n".join([title.lower(), *[lowered(paragraph) for paragraph in body]]))
        if found:
            return found
    lower_title = title.lower()
    if "nämnd" in lower_title or "ärende" in lower_title:
        tail = title.rsplit("–", 1)[-1].rsplit("-", 1)[-1].strip().lower()
        if tail.startswith("samverkan"):
            return "§11"
        if tail.startswith("information"):
            return "§19"
    return None


def metrics(
    paragraphs: list[str],
    meeting_year: int | None,
    hints: tuple[str, ...] = METRIC_HINTS,
    unit_hints: tuple[str, ...] = UNIT_HINTS,
) -> list[Metric]:
    """hints, unit_hints: those of METRIC_HINTS and UNIT_HINTS the paragraphs contain."""
    found: list[Metric] = []
    heading = None  # "sjukfrånvaro 2023", of a "Sjukfrånvaro 2023:" line over its figures
    for paragraph in paragraphs:
        if heading and (listed := _listed_metrics(paragraph, heading, meeting_year)):
            found.extend(listed)
            continue
        heading = _list_heading(paragraph, hints) if paragraph[-1:] == ":" else None
        if heading or not _mentions(paragraph, hints) or not _mentions(paragraph, unit_hints):
            continue
        for sentence in split_sentences(paragraph):
            found.extend(_sentence_metrics(sentence, meeting_year, hints))
    return found


# A line of a list under an indicator: a period and a value, nothing else ("Q1 6,1 %",
# "- januari: 5,2 %", "2022 7,9 %"). Matched in lower-cased text.
LISTED_PERIOD: Final = re.compile(
    r"(?:[-–•*]\s*)?(?:q[1-4]|(?:kvartal|kv\.?)\s*[1-4]"
    r"|(?:första|andra|tredje|fjärde|[1-4]:[ae])\s+kvartalet"
    rf"|(?:{MONTH_NAMES})(?:\s*[–-]\s*(?:{MONTH_NAMES}))?|(?:19|20)\d{{2}})"
    r"(?:\s+(?:19|20)\d{2})?\s*[:=]?\s*"
)
YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
LIST_LINE_LENGTH: Final = 40  # "Fjärde kvartalet 2023: 12,5 procent" and a little more


def _list_heading(paragraph: str, hints: tuple[str, ...]) -> str | None:
    """ "Sjukfrånvaro 2023:" — an indicator named over a list of its figures, lower-cased
    and without the colon; None for any other paragraph."""
    if len(paragraph) > 60 or not _mentions(paragraph, hints):
        return None
    heading = lowered(paragraph)[:-1].rstrip()
    if _values(heading) or not INDICATORS.search(heading):
        return None
    return heading


def _listed_metrics(paragraph: str, heading: str, meeting_year: int | None) -> list[Metric]:
    """The figure of a list line under a heading: "Q1 6,1 %" under "Sjukfrånvaro 2023:" is
    sjukfrånvaro in 2023-Q1. Only a line that is a period and a value: anything else
    ends the list."""
    if len(paragraph) > LIST_LINE_LENGTH:
        return []
    line = lowered(paragraph).rstrip(" .")
    period = LISTED_PERIOD.match(line)
    if not period or not VALUE.fullmatch(line, period.end()):
        return []
    year = YEAR.search(heading)
    return _sentence_metrics(f"{heading} {line}", int(year[0]) if year else meeting_year)


def _sentence_metrics(
    original: str, meeting_year: int | None, hints: tuple[str, ...] = METRIC_HINTS
) -> list[Metric]:
    sentence = lowered(original)
    if not contains_any(sentence, hints):
        return []  # every indicator contains one of them; the pattern is slow to search
    indicators = list(INDICATORS.finditer(sentence))
    if not indicators:
        return []
    result: list[Metric] = []
    values = _values(sentence)
    # Found once per sentence, not once per value: neither pattern is quick to search.
    periods = _periods(sentence) if values else []
    rolling = bool(values) and ROLLING.search(sentence) is not None
    parts = "varav" in sentence
    for index, value in enumerate(values):
        indicator = _indicator_of(sentence, value, indicators)
        if indicator is None or _is_difference(sentence, value):
            continue
        if parts and _is_part(sentence, value):
            continue
        limit = _reach(sentence, periods, value.end(), values, index)
        number = float(re.sub(r"[ \u00a0]", "", value["value"]).replace(",", "."))
        if value["minus"]:
            number = -number
        unit = UNITS[value["unit"].lower()]
        earlier = result[-1].period if result else None
        period = (
            _own_period(sentence, periods, value.end(), limit, meeting_year, earlier)
            or _period(sentence, periods, 0, value.start(), meeting_year)
            or _period_after(sentence, periods, value.end(), limit, meeting_year)
            or (str(meeting_year) if meeting_year and "helår" in sentence else None)
        )
        result.append(
            Metric(_metric_name(sentence, indicator, value, rolling), number, unit, period)
        )
    return result


# What a skyddskommitté counts: "12 tillbud, 3 arbetsskador", "1 olycka", "5 st tillbud".
COUNTED: Final = re.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d\b)(?P<value>\d{1,4})\s+(?:st\.?\s+)?(?:rapporterade\s+|anmälda\s+)?"
    r"(?P<what>tillbud|arbetsskad(?:or|a)|olyck(?:or|a)|olycksfall|skadeanmälningar)\b"
)
COUNT_NAMES: Final = {"tillbud": "tillbud", "arbetsskador": "arbetsskador", "arbetsskada": "arbetsskador",
               "olyckor": "olyckor", "olycka": "olyckor", "olycksfall": "olyckor",
               "skadeanmälningar": "skadeanmälningar"}  # fmt: skip


def date_money_by_title(metrics, title: str) -> None:
    """ "Bokslut 2023", "Budget 2022": the year the item's money figures are for, when
    their sentence names none."""
    if not metrics:
        return
    undated = [m for m in metrics if m.period is None and m.unit in ("mnkr", "tkr")]
    year = TITLE_YEAR.findall(title) if undated and any(c.isdigit() for c in title) else []
    if len(year) == 1:
        for metric in undated:
            metric.period = year[0]


def counts(
    paragraphs: list[str], meeting_year: int | None, hints: tuple[str, ...] = COUNT_HINTS
) -> list[Metric]:
    """Reported events as figures with the unit "st": "12 tillbud, 3 arbetsskador";
    hints: those of COUNT_HINTS the paragraphs contain."""
    found: list[Metric] = []
    for paragraph in paragraphs:
        if not _mentions(paragraph, hints):
            continue
        for sentence in split_sentences(paragraph):
            lower = lowered(sentence)
            periods = _periods(lower)
            for m in COUNTED.finditer(lower):
                period = _period(lower, periods, 0, m.start(), meeting_year) or _period_after(
                    lower, periods, m.end(), len(lower), meeting_year
                )
                found.append(Metric(COUNT_NAMES[m["what"]], float(m["value"]), "st", period))
    return found


def _values(sentence: str) -> list[re.Match]:
    """VALUE's matches, as finditer would give them. VALUE starts with a look-behind,
    so re would try it at every character; a value starts at a digit or minus sign,
    and re skips to the next of those fast."""
    found: list[re.Match] = []
    position = 0
    while start := NUMBER_START.search(sentence, position):
        m = VALUE.match(sentence, start.start())
        if m:
            found.append(m)
            position = m.end()
        else:
            position = start.start() + 1
    return found


# "14,7 mnkr i underskott", "5 % sjukfrånvaro": an indicator after its value follows it
# at once, or after one of these small words.
INDICATOR_LEAD: Final = re.compile(r"\s*(?:(?:i|av|som)\s+)?")


def _lead_end(lead: re.Pattern[str], text: str, start: int, limit: int) -> int:
    """Where a lead (a pattern that may match nothing, so always matches) ends."""
    m = lead.match(text, start, limit)
    return m.end() if m else start


def _indicator_of(sentence: str, value: re.Match, indicators: list[re.Match]) -> re.Match | None:
    """What the value measures: the indicator named last before it ("Sjukfrånvaron var
    5 %"), else one right after it. An indicator further on opens a clause of its own
    ("Anslaget minskar med 2 procent och prognosen …"): the value is not its figure."""
    before = None
    for indicator in indicators:
        if indicator.start() >= value.start():
            lead_end = _lead_end(INDICATOR_LEAD, sentence, value.end(), len(sentence))
            if before is None and lead_end == indicator.start():
                return indicator
            break
        before = indicator
    return before


# A change or a gap is not the figure itself: "ökat med 18 procent", "minskar med
# 2 procent", "18 mnkr bättre än budget", "3 mnkr under budget".
CHANGE_BEFORE: Final = re.compile(r"\b(?:ök|minsk|förbättr|försämr)\w* (?:med|på) $")
CHANGE_REACH: Final = 30  # "förbättrats med " and the blanks around it
GAP_AFTER: Final = re.compile(
    r"\s*(?:(?:bättre|sämre|högre|lägre|mer|mindre|större|färre)\s+(?:än|jämfört med)\b"
    r"|(?:över|under)\s+budget)"
)


# "ett underskott på 7,9 mnkr, varav 4,2 mnkr avser lokalvården": a part of the figure
# before, not a figure of its own.
PART_BEFORE: Final = re.compile(r"\bvarav (?:ca\.? |cirka |drygt |knappt |närmare |omkring )?$")
PART_REACH: Final = 16  # "varav närmare " and the blank before it


def _is_part(sentence: str, value: re.Match) -> bool:
    start = value.start()
    return PART_BEFORE.search(sentence, max(0, start - PART_REACH), start) is not None


def _is_difference(sentence: str, value: re.Match) -> bool:
    start = value.start()
    return bool(
        CHANGE_BEFORE.search(sentence, max(0, start - CHANGE_REACH), start)
        or GAP_AFTER.match(sentence, value.end())
    )


def _metric_name(sentence: str, indicator: re.Match, value: re.Match, rolling: bool) -> str:
    """The indicator, with "rullande 12 månader" when its own words say so. Said
    elsewhere in the sentence, it is plain sjukfrånvaro's: korttids- and
    långtidssjukfrånvaro beside it are not rolling figures."""
    name = indicator["name"]
    if ROLLING.search(sentence, indicator.start(), value.end()) or (
        rolling and name == "sjukfrånvaro"
    ):
        name += " rullande 12 månader"
    return name


# "tredje kvartalet", "3:e kvartalet", "kvartal 3", "kv 3", "Q3": a quarter, with its
# year when written after it ("Q3 2023"). Searched only in text with "kv" or "q".
QUARTER: Final = re.compile(
    r"\b(?:(?P<n>första|andra|tredje|fjärde|[1-4]:[ae])\s+kvartalet|(?:kvartal|kv\.?)\s*(?P<d>[1-4])"
    r"|q(?P<q>[1-4]))\b(?:\s+(?P<year>\d{4}))?"
)
QUARTERS: Final = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}
# "7,9 % (föregående år 8,4 %)": the same period a year earlier.
YEAR_BEFORE: Final = re.compile(
    r"föregående år|förra året|fg år|året innan|samma (?:period|månad) (?:förra|föregående) år"
)
# "6,8 % i februari förra året": the month a year before the meeting's.
YEAR_AFTER_PERIOD: Final = re.compile(r"\s+(?:förra året|föregående år)\b")
# What stands between a value and the period written right after it: "6,2 % under
# januari–mars", "3,9 % i oktober", "12 procent 2023", "5 % för hela året 2024".
OWN_PERIOD_LEAD: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:under|för|i)\s+)?(?:(?:hela\s+)?(?:året|år|perioden)\s+|helår(?:et)?\s+)?"
)
# "7,0 % samma period 2023": the period of the value before, in another year.
SAME_PERIOD: Final = re.compile(
    r"samma (?:period|månad|kvartal)\s+(?:(?P<year>(?:19|20)\d{2})\b|föregående år|förra året)"
)


def _periods(sentence: str) -> list[re.Match]:
    """Months, month ranges, years and quarters the sentence names, in order."""
    found = list(PERIOD_WORD.finditer(sentence))
    if "kv" in sentence or "q" in sentence:
        found = sorted([*found, *QUARTER.finditer(sentence)], key=lambda m: m.start())
    return found


# What may stand between a period and the value it introduces: "i april 6 %", "april:
# 6 %", "i april var den 6 %", "juni då den uppgick till 6,08 %".
LEADS_VALUE: Final = re.compile(
    r"[\s:,]*(?:(?:då|när)\s+(?:den|det)\s+)?(?:(?:var|är|blev|låg på|uppgick till)\s+(?:den\s+)?)?"
)


def _reach(
    sentence: str, periods: list[re.Match], start: int, values: list[re.Match], index: int
) -> int:
    """Where the text that may name the value's own period ends: at the next value, or
    at a period that introduces the next value ("5 % i mars, i april 6 %": April is 6 %'s)."""
    if index + 1 == len(values):
        return len(sentence)
    next_value = values[index + 1].start()
    for period in periods:
        between = start <= period.start() and period.end() <= next_value
        if between and LEADS_VALUE.fullmatch(sentence, period.end(), next_value):
            if _period_right_after(sentence, periods, values[index + 1].end()):
                break  # "6,6 % helår 2022, 6,1 % helår 2023": each value, then its period
            return period.start()
    return next_value


def _period_right_after(sentence: str, periods: list[re.Match], end: int) -> bool:
    at = _lead_end(OWN_PERIOD_LEAD, sentence, end, len(sentence))
    return _period_at(periods, at, len(sentence)) is not None


def _period_at(periods: list[re.Match], at: int, limit: int) -> re.Match | None:
    """The period that starts at `at`, before limit."""
    return next((period for period in periods if period.start() == at < limit), None)


def _own_period(sentence, periods, start: int, limit: int, meeting_year, earlier) -> str | None:
    """The period written right after the value is its own: secretaries write a series
    as value, period, value, period ("8,3 % i april 2024 jämfört med 8,9 % i april
    2023"). earlier: the period of the figure before, for "samma period 2023"."""
    at = _lead_end(OWN_PERIOD_LEAD, sentence, start, limit)
    if sentence.startswith("samma", at):
        same = SAME_PERIOD.match(sentence, at, limit)
        return _same_period(same, earlier) if same else None
    period = _period_at(periods, at, limit)
    if period is None:
        return None
    found = _period_of(period, meeting_year)
    if found and len(found) > 4 and YEAR_AFTER_PERIOD.match(sentence, period.end()):
        found = f"{int(found[:4]) - 1:04d}{found[4:]}"  # "i februari förra året"
    return found


def _same_period(same: re.Match, earlier: str | None) -> str | None:
    """ "samma period 2023" after "januari–mars" (2024-Q1) → "2023-Q1"; "samma period
    föregående år" → a year before the earlier period."""
    if earlier is None:
        return same["year"]
    year = int(same["year"]) if same["year"] else int(earlier[:4]) - 1
    return f"{year:04d}{earlier[4:]}"


def _period_after(sentence, periods, start: int, limit: int, meeting_year) -> str | None:
    """ "5,6 % (rullande 12 mån) under tredje kvartalet", "3 % på lagret i oktober": a
    period further after the value, after "under", "för" or "i"."""
    between = sentence[start:limit]
    if "under" not in between and "för" not in between and " i " not in between:
        return None
    return _period(sentence, periods, start, limit, meeting_year)


def _period(
    sentence: str, periods: list[re.Match[str]], start: int, position: int, meeting_year
) -> str | None:
    """The month, quarter or year named last between `start` and the value at `position`;
    a quarter wins over the year it names ("första kvartalet 2025")."""
    words = [m for m in periods if start <= m.start() < position]
    if not words:
        return None
    last = words[-1]
    quarter = next((m for m in reversed(words) if m.re is QUARTER), None)
    if quarter and quarter.end() >= last.end():
        last = quarter
    period = _period_of(last, meeting_year)
    if period and YEAR_BEFORE.search(sentence, last.end(), position):
        period = f"{int(period[:4]) - 1:04d}{period[4:]}"
    if period and len(period) == 7 and sentence.endswith("efter ", 0, last.start()):
        period = period[:4]  # "prognos efter april": the year's, as seen in April
    return period


def _period_of(word: re.Match, meeting_year: int | None) -> str | None:
    """A match of PERIOD_WORD or QUARTER as a period; without a year, the meeting's."""
    if word.re is QUARTER:
        year = int(word["year"]) if word["year"] else meeting_year
        return f"{year:04d}-Q{_quarter_number(word)}" if year else None
    if word["month"] is None:
        return word[0]  # a year
    year = int(word["year"]) if word["year"] else meeting_year
    if year is None:
        return None
    first = dates.MONTHS[word["month"]]
    last = dates.MONTHS[word["to"]] if word["to"] else first
    return _months_period(year, first, last)


def _quarter_number(quarter: re.Match) -> int:
    written = quarter["n"]
    if written in QUARTERS:
        return QUARTERS[written]
    return int((written or quarter["d"] or quarter["q"])[0])  # "3:e", "kvartal 3", "q3"


def _months_period(year: int, first: int, last: int) -> str | None:
    """A month; a run of months that is a quarter ("januari–mars") → the quarter; any
    other run within the year ("januari–augusti") → the year. The contract's periods
    are months, quarters and years, and "2024-08" would read as August alone."""
    if first == last:
        return f"{year:04d}-{first:02d}"
    if last < first:
        return None  # "november–februari" spans two years
    if first % 3 == 1 and last == first + 2:
        return f"{year:04d}-Q{(first + 2) // 3}"
    return f"{year:04d}"
