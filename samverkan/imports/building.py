"""Turn a read Protocol into a stored Meeting with all its rows.

Called only by `confirm_import`, inside its transaction: any error here rolls
the whole meeting back.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import asdict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import translation

from samverkan.imports import values
from samverkan.imports.errors import ImportRefused
from samverkan.meetings.models import (
    Adjuster,
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    Meeting,
    Metric,
    Signature,
    Statement,
)
from samverkan.organisations.domain import (
    create_party,
    employer_party,
    ensure_parties,
    find_person,
    match_or_create_person,
    match_party,
)
from samverkan.organisations.models import Group, Party, Person, normalise_name
from samverkan.reader import model as rm

OTHERS = "Övriga"  # the party of participants who belong to no union and not to the employer
METRIC_LIMIT = Decimal("1e10")  # Metric.value has 14 digits, 4 of them decimals


def build_meeting(protocol: rm.Protocol, *, group: Group, filename: str) -> Meeting:
    return MeetingBuilder(protocol, group, filename).build()


class MeetingBuilder:
    def __init__(self, protocol: rm.Protocol, group: Group, filename: str):
        self.protocol = protocol
        self.group = group
        self.filename = filename
        self.warnings: list[str] = []
        self.order = itertools.count(1)
        self.people: dict[str, Person] = {}  # normalised name → person, for this meeting
        self.parties: dict[str, Party] = {}  # normalised name → party, for this meeting

    def build(self) -> Meeting:
        ensure_parties()
        self.employer = employer_party()
        meeting = self.save(self.new_meeting())
        self.add_attendances(meeting)
        meeting.chair = self.person_named(self.protocol.chair)
        meeting.secretary = self.person_named(self.protocol.secretary)
        self.add_items(meeting, self.protocol.items, parent=None, parent_kind=None)
        self.add_adjusters(meeting)
        self.add_signatures(meeting)
        meeting.warnings = [*self.protocol.warnings, *self.warnings]
        meeting.save(update_fields=["chair", "secretary", "warnings"])
        return meeting

    # -- helpers -------------------------------------------------------------

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def save(self, obj: models.Model) -> models.Model:
        """Validate then save, so that SQLite refuses too long values as PostgreSQL does."""
        meta = obj._meta
        skip = [f.name for f in meta.concrete_fields if f.is_relation or not f.editable]
        try:
            obj.clean_fields(exclude=skip)
        except ValidationError as error:
            raise self.refusal(obj, error) from error
        obj.save()
        return obj

    def refusal(self, obj: models.Model, error: ValidationError) -> ImportRefused:
        """The first problem, worded in Swedish and in English whatever the page's language."""
        name = next(iter(error.error_dict))
        value = str(getattr(obj, name, ""))[:60]
        with translation.override("sv"):
            sv = self.problem(obj, name, error)
        with translation.override("en"):
            en = self.problem(obj, name, error)
        return ImportRefused(
            f"{self.filename}: protokollet kunde inte sparas. {sv[0]}, fältet ”{sv[1]}” "
            f"(”{value}…”): {sv[2]}",
            f"{self.filename}: the protocol could not be stored. {en[0]}, field “{en[1]}” "
            f"(“{value}…”): {en[2]}",
        )

    @staticmethod
    def problem(obj: models.Model, name: str, error: ValidationError) -> tuple[str, str, str]:
        meta = obj._meta
        label = str(meta.get_field(name).verbose_name)
        return str(meta.verbose_name).capitalize(), label, next(iter(error.message_dict[name]))

    def party_named(self, name: str | None, *, side: str = Party.Side.EMPLOYEE) -> Party | None:
        """The party a name means; a union the list does not know is created, with a warning."""
        if not name or not name.strip():
            return None
        key = normalise_name(name)
        if key not in self.parties:
            self.parties[key] = self.matched_or_new_party(name, side)
        return self.parties[key]

    def matched_or_new_party(self, name: str, side: str) -> Party:
        party = match_party(name)
        if party is None:
            try:
                party = create_party(name, side)
            except ValidationError as error:
                raise self.refusal(Party(name=name), error) from error
            self.warn(f"Parten ”{party.name}” var okänd och har lagts till som ny part.")
        return party

    def others(self) -> Party:
        return match_party(OTHERS) or create_party(OTHERS, Party.Side.OTHER)

    def person_named(self, name: str | None, party: Party | None = None) -> Person | None:
        if not name or not name.strip():
            return None
        key = normalise_name(name)
        if key not in self.people:
            try:
                self.people[key] = match_or_create_person(name, party)
            except ValidationError as error:
                raise self.refusal(Person(name=name), error) from error
        return self.people[key]

    # -- the meeting -----------------------------------------------------------

    def new_meeting(self) -> Meeting:
        p = self.protocol
        return Meeting(
            group=self.group,
            status=Meeting.Status.IMPORTED,
            date=self.checked(values.iso_date, p.date, "datum"),
            start_time=self.checked(values.iso_time, p.start_time, "starttid"),
            end_time=self.checked(values.iso_time, p.end_time, "sluttid"),
            location=p.location or "",
            remote_link=values.remote_link(p.remote, p.links),
            adjustment_date=values.iso_date(p.adjustment.date),
            adjustment_digital=p.adjustment.digital,
            comments_due=values.iso_datetime(p.adjustment.comments_due),
            validation_url=self.valid_url(p.adjustment.validation_url),
            next_meeting_text=values.next_meeting_text(p.next_meeting)[:300],
            links=list(p.links),
        )

    def checked(self, convert, text: str | None, label: str):
        value = convert(text)
        if value is None and text:
            self.warn(f"Mötets {label} ”{text}” kunde inte tolkas och har lämnats tomt.")
        return value

    def valid_url(self, url: str | None) -> str:
        if not url:
            return ""
        try:
            URLValidator()(url)
        except ValidationError:
            self.warn(f"Valideringsadressen ”{url}” är ingen giltig webbadress.")
            return ""
        return url

    # -- people ----------------------------------------------------------------

    def add_attendances(self, meeting: Meeting) -> None:
        seen: set[int] = set()
        for participant in self.protocol.participants:
            party = self.participant_party(participant)
            person = self.person_named(participant.name, party)
            if person is None:
                continue
            if person.pk in seen:
                self.warn(
                    f"{person.name} står flera gånger bland deltagarna; den första raden gäller."
                )
                continue
            seen.add(person.pk)
            self.save(
                Attendance(
                    meeting=meeting,
                    person=person,
                    party=party,
                    role=participant.role or "",
                    status=Attendance.Status.PRESENT
                    if participant.present
                    else Attendance.Status.ABSENT,
                    order=len(seen),
                )
            )

    def participant_party(self, participant: rm.Participant) -> Party:
        if participant.side == Party.Side.EMPLOYER:
            return self.employer
        side = Party.Side.OTHER if participant.side == Party.Side.OTHER else Party.Side.EMPLOYEE
        party = self.party_named(participant.party, side=side)
        if party is None and side == Party.Side.EMPLOYEE:
            self.warn(f"{participant.name} saknar facklig organisation och förs till ”{OTHERS}”.")
        return party or self.others()

    def add_adjusters(self, meeting: Meeting) -> None:
        seen: set[int] = set()
        for adjuster in self.protocol.adjusters:
            party = self.party_named(adjuster.party)
            person = self.person_named(adjuster.name, party)
            if person is None or person.pk in seen:
                continue
            seen.add(person.pk)
            party = party or person.party or self.others()
            self.save(Adjuster(meeting=meeting, person=person, party=party, order=len(seen)))

    def add_signatures(self, meeting: Meeting) -> None:
        for order, signature in enumerate(self.protocol.signatures, start=1):
            party = self.party_named(signature.party)
            key = normalise_name(signature.name)
            person = self.people.get(key) or find_person(signature.name, party)
            self.save(
                Signature(
                    meeting=meeting,
                    name=" ".join(signature.name.split()),
                    person=person,
                    party=party or (person.party if person else None),
                    role=signature.role or "",
                    note=signature.note or "",
                    order=order,
                )
            )

    # -- items -----------------------------------------------------------------

    def add_items(self, meeting, items: list[rm.Item], *, parent, parent_kind) -> None:
        for item in items:
            kind = values.item_kind(item.title)
            if kind == AgendaItem.Kind.STANDARD and parent_kind:
                kind = parent_kind  # "6.1 Budget 2024" under Nämndärenden is a matter too
            row = self.save(
                AgendaItem(
                    meeting=meeting,
                    parent=parent,
                    number=item.number or "",
                    title=item.title or item.number or "–",
                    text=item.text or "",
                    kind=kind,
                    mbl=item.mbl if item.mbl in AgendaItem.Mbl.values else "",
                    mbl_parts=[asdict(part) for part in item.mbl_parts],
                    order=next(self.order),
                )
            )
            self.add_statements(row, item.statements)
            self.add_decisions(row, item.decisions)
            self.add_follow_ups(row, item.follow_ups)
            self.add_metrics(row, item.metrics)
            self.add_items(meeting, item.items, parent=row, parent_kind=kind)

    def add_statements(self, row: AgendaItem, statements: list[rm.Statement]) -> None:
        for order, statement in enumerate(statements, start=1):
            kind = statement.kind
            if kind not in Statement.Kind.values:
                kind = Statement.Kind.INFORMATION
            party = self.party_named(statement.party) or self.others()
            self.save(Statement(item=row, party=party, kind=kind, text=statement.text, order=order))

    def add_decisions(self, row: AgendaItem, decisions: list[str]) -> None:
        for order, text in enumerate((d for d in decisions if d.strip()), start=1):
            self.save(Decision(item=row, text=text, order=order))

    def add_follow_ups(self, row: AgendaItem, follow_ups: list[rm.FollowUp]) -> None:
        for order, follow_up in enumerate(follow_ups, start=1):
            owner = (follow_up.owner or "").strip()
            owner_party = match_party(owner) if owner else None
            owner_person = None
            if owner and owner_party is None:
                owner_person = self.people.get(normalise_name(owner)) or find_person(owner)
            self.save(
                FollowUp(
                    raised_at=row,
                    text=follow_up.text,
                    owner_text=owner,
                    owner_party=owner_party,
                    owner_person=owner_person,
                    due_text=follow_up.due or "",
                    due_date=values.iso_date(follow_up.due),
                    order=order,
                )
            )

    def add_metrics(self, row: AgendaItem, metrics: list[rm.Metric]) -> None:
        for metric in metrics:
            value = self.metric_value(metric)
            if value is None:
                continue
            self.save(
                Metric(
                    item=row,
                    organisation=self.group.organisation,
                    name=metric.name,
                    value=value,
                    unit=metric.unit,
                    period=metric.period or "",
                )
            )

    def metric_value(self, metric: rm.Metric) -> Decimal | None:
        """The figure rounded to the column's four decimals; absurd values are skipped."""
        try:
            number = float(metric.value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number) or abs(Decimal(str(number))) >= METRIC_LIMIT:
            self.warn(
                f"Nyckeltalet ”{metric.name}” har ett orimligt värde ({metric.value}) och sparades inte."
            )
            return None
        return Decimal(str(number)).quantize(Decimal("0.0001"))
