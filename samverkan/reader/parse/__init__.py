"""Parse: cleaned lines into the fields of the protocol contract (docs/reader.md)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from samverkan.reader.clean import Cleaned
from samverkan.reader.model import Item, MblPart, Protocol, Source
from samverkan.reader.parse import closing, content, header
from samverkan.reader.parse.layout import LIST_ENTRY, RawItem, find_items
from samverkan.reader.parse.text import (
    forget_sentences,
    lower,
    normal_gap,
    paragraphs,
    split_sentences,
    strip_end,
    typical_width,
)
from samverkan.reader.parties import PartyRegistry

EMPTY_BODY: Final = {"-", "–", "—", "--"}


class _Builder:
    def __init__(
        self,
        speakers: content.Speakers,
        meeting_date: dt.date | None,
        spacing: int,
        width: int,
        wrapped: bool = True,
    ):
        self.speakers = speakers
        self.meeting_date = meeting_date
        self.spacing = spacing
        self.width = width
        self.wrapped = wrapped
        self.paragraphs_by_item: list[tuple[Item, list[str]]] = []
        self.lines_by_item: list[list[str]] = []
        self.body_by_item: list[list[str]] = []
        self.lower_by_item: list[str] = []  # each item's paragraphs, lower-cased and joined
        self.hints_by_item: list[set[str]] = []  # the content.ITEM_HINTS each contains

    def item(self, raw: RawItem) -> Item:
        title = strip_end(raw.title) if not raw.title.endswith("?") else raw.title
        body = paragraphs(raw.body, self.spacing, self.width, self.wrapped)
        if len(body) == 1 and body[0].strip() in EMPTY_BODY:
            body = []
        analysed = ([raw.title] if _reads_as_sentence(raw.title, self.speakers) else []) + (
            [_without_list_letter(paragraph) for paragraph in body]
            if any(paragraph[1:2] in (")", ".") for paragraph in body)
            else body
        )
        year = self.meeting_date.year if self.meeting_date else None
        said = content.analyse(analysed, self.speakers, year, self.meeting_date, title)
        content.date_money_by_title(said.metrics, title)
        item = Item(
            number=raw.number,
            title=title,
            text="\n\n".join(body),
            mbl=content.mbl_class(title, body),
            statements=said.statements,
            follow_ups=said.follow_ups,
            decisions=said.decisions,
            metrics=said.metrics,
            mbl_parts=_mbl_parts(body),
        )
        self.paragraphs_by_item.append((item, analysed))
        self.lines_by_item.append([line.text for line in raw.body])
        self.body_by_item.append(body)
        self.lower_by_item.append(said.lower)
        self.hints_by_item.append(said.hints)
        item.items = [self.item(child) for child in raw.children]
        return item


def _without_list_letter(paragraph: str) -> str:
    """ "a) Lärarförbundet: Hur ser …?" is read as "Lärarförbundet: Hur ser …?": the
    letter only orders the entries (the item's text keeps it)."""
    if paragraph[1:2] in (")", ".") and LIST_ENTRY.match(paragraph):
        return paragraph[3:].lstrip()
    return paragraph


def _reads_as_sentence(title: str, speakers) -> bool:
    """A title that says something ("Kommunal undrar över schemat"), not "AG informerar",
    "Facket informerar": a party and one word head the item as its name."""
    if title.rstrip().endswith((".", "?", "!")):
        return True
    found = speakers.party_prefix(title) if speakers else None
    return found is not None and len(title[found[1] :].split()) > 1


def _mbl_parts(body: list[str]) -> list[MblPart]:
    """An item with both a § 11 and a § 19 part: each part's text."""
    parts: list[MblPart] = []
    if not content._any_contains(body, "§"):
        return parts
    for paragraph in body:
        kind = content.mbl_of(content.lowered(paragraph)) if "§" in paragraph else None
        if kind:
            parts.append(MblPart(kind, paragraph))
        elif parts:
            parts[-1].text += "\n\n" + paragraph
    return parts if len({p.mbl for p in parts}) > 1 else []


BODY_STEMS: Final = {
    "förvaltningsgrupp": "Förvaltningsgrupp", "samverkansgrupp": "Samverkansgrupp",
    "skyddskommitt": "Skyddskommitté", "arbetsmiljökommitt": "Skyddskommitté",
}  # fmt: skip


def _first_body_mention(lower: str) -> str | None:
    """The body a protocol names when its header does not: "nästa förvaltningsgrupp" first."""
    for prefix in ("nästa ", ""):
        found = [(lower.find(prefix + stem), name) for stem, name in BODY_STEMS.items()]
        found = [(position, name) for position, name in found if position >= 0]
        if found:
            return min(found)[1]
    return None


def parse(cleaned: Cleaned, *, source: Source, parties: PartyRegistry) -> Protocol:
    forget_sentences()
    content.forget_protocol()
    spacing = normal_gap(cleaned.lines)
    width = typical_width(cleaned.lines)
    skeleton = find_items(cleaned.lines, width, spacing, parties.lookup)
    head = header.HeaderReader(parties).read(skeleton.header)
    speakers = content.Speakers.from_participants(
        parties,
        head.participants,
        body=head.body,
        organisation=head.organisation,
        initials=head.initials,
    )
    meeting_date = head.date.date if head.date else None
    builder = _Builder(speakers, meeting_date, spacing, width, wrapped=source.format != "docx")
    items = [builder.item(raw) for raw in skeleton.items]

    protocol = Protocol(
        source=source,
        organisation=head.organisation,
        body=head.body,
        date=builder.meeting_date.isoformat() if builder.meeting_date else None,
        start_time=head.start_time,
        end_time=head.end_time,
        location=head.location,
        remote=head.remote,
        participants=head.participants,
        chair=head.chair,
        secretary=head.secretary,
        items=items,
        links=list(cleaned.links),
        warnings=list(head.warnings),
    )
    _closing(protocol, builder, skeleton.tail, parties, head)
    return protocol


def _closing(protocol: Protocol, builder: _Builder, tail, parties: PartyRegistry, head) -> None:
    sentences = _closing_sentences(builder)
    tail_texts = [line.text for line in tail]
    warnings = protocol.warnings
    meeting = builder.meeting_date

    if protocol.body is None:
        protocol.body = _first_body_mention(_lowered_document(builder))
    protocol.chair = protocol.chair or closing.full_name(
        closing.chair_from(sentences) or _welcomed_by(builder), protocol.participants
    )
    protocol.secretary = protocol.secretary or closing.secretary_from(sentences)
    if protocol.start_time and not protocol.end_time:
        ending = _closing_sentences(builder, ("avslut",))
        protocol.end_time = closing.end_time_from(ending, protocol.start_time)
    protocol.adjusters = _adjusters(builder, parties, protocol, head)
    extra = [f"Justering {head.adjustment_text}"] if head.adjustment_text else []
    protocol.adjustment = closing.adjustment_from(extra + sentences + tail_texts, meeting, warnings)
    protocol.signatures, digital, noted_by = closing.signatures_from(
        tail_texts, parties, protocol.participants, [line.gap for line in tail]
    )
    if not protocol.signatures and head.signature_lines:
        protocol.signatures, _, _ = closing.signatures_from(
            head.signature_lines, parties, protocol.participants
        )
    if digital:
        protocol.adjustment.digital = True
    protocol.secretary = protocol.secretary or noted_by
    for signature in protocol.signatures:
        if signature.role == "sekreterare" and not protocol.secretary:
            protocol.secretary = signature.name
        if signature.role == "ordförande" and not protocol.chair:
            protocol.chair = signature.name
    if not protocol.adjusters:
        protocol.adjusters = closing.adjusters_who_signed(
            protocol.signatures, protocol.participants, {protocol.chair, protocol.secretary}
        )
    _owners_by_full_name(protocol.items, protocol.participants, head.initials)
    protocol.next_meeting = _next_meeting(builder, meeting, warnings)
    if meeting is None:
        warnings.append("Mötets datum hittades inte i dokumentet.")
    if not protocol.items:
        warnings.append("Inga numrerade punkter hittades; texten kunde inte delas upp i punkter.")
    elif not any(item.number for item in protocol.items):
        warnings.append(
            "Punkterna saknar nummer i dokumentet; de har känts igen på sina rubriker (t.ex. Övriga frågor)."
        )


def _owners_by_full_name(items: list[Item], participants, initials: dict[str, str]) -> None:
    """ "Camilla tar med sig frågan", "NB återkommer": the follow-up is Camilla Ekström's,
    Nadia Berglund's, as the list calls them."""
    for item in items:
        for follow_up in item.follow_ups:
            owner = follow_up.owner
            follow_up.owner = initials.get(owner or "") or closing.full_name(owner, participants)
        _owners_by_full_name(item.items, participants, initials)


def _closing_sentences(builder: _Builder, looked_for: tuple[str, ...] = ()) -> list[str]:
    """Sentences of the paragraphs that speak of opening, secretaries or justering
    (content.CLOSING_HINTS), or of the words looked for."""
    sentences: list[str] = []
    for (_, analysed), item_lower, hints in zip(
        builder.paragraphs_by_item, builder.lower_by_item, builder.hints_by_item, strict=True
    ):
        words = (
            content._present(item_lower, looked_for)
            if looked_for
            else content.among(hints, content.CLOSING_HINTS)
        )
        if not words:
            continue  # the item mentions none of them: no paragraph of it does
        for paragraph in analysed:
            if content._mentions(paragraph, words):
                sentences.extend(split_sentences(paragraph))
    return sentences


def _welcomed_by(builder: _Builder) -> str | None:
    """Who bids everyone welcome in the first item (see closing.chair_from_welcome)."""
    if not builder.paragraphs_by_item or "välkom" not in builder.lower_by_item[0]:
        return None
    return closing.chair_from_welcome(builder.paragraphs_by_item[0][1])


def _lowered_document(builder: _Builder) -> str:
    """Every item's title and text, lower-cased, from the paragraphs already lower-cased.

    Equal to lower-casing the joined text: lower() maps characters one by one (a
    final sigma looks only as far as the next blank)."""
    parts = []
    for (item, _), body in zip(builder.paragraphs_by_item, builder.body_by_item, strict=True):
        text = "\n\n".join([content.lowered(paragraph) for paragraph in body])
        parts.append(f"{lower(item.title)}\n{text}")
    return "\n".join(parts)


def _adjusters(builder: _Builder, parties, protocol: Protocol, head):
    """The header's "Justerare:" line, else the first item that names adjusters."""
    if head.adjuster_text:
        found = closing.names_with_parties(head.adjuster_text, parties, protocol.participants)
        if found:
            return found
    for (_, analysed), lines in zip(builder.paragraphs_by_item, builder.lines_by_item, strict=True):
        found = closing.adjusters_from(analysed, lines, parties, protocol.participants)
        if found:
            return found
    return []


def _next_meeting(builder: _Builder, meeting, warnings):
    for item, analysed in builder.paragraphs_by_item:
        if item.title[:5].lower() == "nästa" and closing.NEXT_TITLE.match(item.title):
            return closing.next_meeting_from(item.title, analysed, meeting, warnings)
    for (item, analysed), item_lower in zip(
        builder.paragraphs_by_item, builder.lower_by_item, strict=True
    ):
        # Text names the next meeting only after "nästa": the rest are not searched. (No
        # title here starts with it: the loop above would have taken that item.)
        if "nästa" not in item_lower:
            continue
        found = closing.next_meeting_from(item.title, analysed, meeting, warnings)
        if found:
            return found
    return None
