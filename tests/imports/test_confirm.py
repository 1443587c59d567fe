"""confirm_import: a reviewed protocol becomes a meeting with every row, or nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from samverkan.audit.models import ChangeRecord
from samverkan.imports.domain import DuplicateMeeting, ImportRefused, confirm_import
from samverkan.imports.models import ImportedDocument
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
from samverkan.organisations.models import Party, Person
from tests import factories
from tests.imports.protocols import full, participant, pending

STOCKHOLM = ZoneInfo("Europe/Stockholm")
MEETING_ROWS = (
    Meeting,
    AgendaItem,
    Attendance,
    Statement,
    Decision,
    FollowUp,
    Metric,
    Adjuster,
    Signature,
    ChangeRecord,
)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (*MEETING_ROWS, Person, Party)}


@pytest.fixture
def confirmed(home_group, secretary):
    return confirm_import(document=pending(home_group), user=secretary)


def test_meeting_gets_the_header_facts(confirmed, home_group):
    m = confirmed
    assert (m.group, m.status, m.date) == (
        home_group,
        Meeting.Status.IMPORTED,
        dt.date(2023, 8, 23),
    )
    assert (m.start_time, m.end_time) == (dt.time(13, 0), dt.time(14, 55))
    assert (m.location, m.remote_link) == ("Sammanträdesrum Måsen", "https://zoom.us/j/123")
    assert (m.adjustment_date, m.adjustment_digital) == (dt.date(2023, 8, 25), True)
    assert m.comments_due == dt.datetime(2023, 8, 24, 12, 0, tzinfo=STOCKHOLM)
    assert m.validation_url == "https://validering.example.se/abc"
    assert m.next_meeting_text == "2023-09-20 kl. 13:00–15:00, Måsen, Zoom"
    assert m.links == ["https://zoom.us/j/123", "https://insyn.stockholm.se/x"]
    assert m.warnings == ["Rad 40 kunde inte placeras."]


def test_remote_text_is_kept_when_there_is_no_video_link(home_group, secretary):
    doc = pending(home_group, full(links=[], remote="Teams"))
    assert confirm_import(document=doc, user=secretary).remote_link == "Teams"


def test_chair_and_secretary_are_the_participants(confirmed):
    assert (confirmed.chair.name, confirmed.secretary.name) == (
        "Magnus Borgsten",
        "Caroline Seidefors",
    )
    assert confirmed.chair == confirmed.attendances.get(person__name="Magnus Borgsten").person


def test_items_keep_number_title_text_order_parent_and_mbl(confirmed):
    rows = [
        (i.number, i.title, i.kind, i.mbl, i.parent.number if i.parent else None, i.order)
        for i in confirmed.items.all()
    ]
    assert rows == [
        ("1", "Mötet öppnas", "standard", "", None, 1),
        ("2", "Godkännande av dagordning", "standard", "", None, 2),
        ("5", "Information från arbetsgivaren", "information", "", None, 3),
        ("5.1", "Sjukfrånvaro", "information", "", "5", 4),
        ("6", "Nämndärenden", "matter", "§11", None, 5),
        ("6.1", "Verksamhetsplan 2024", "matter", "§19", "6", 6),
        ("7", "Föranmälda frågor", "preregistered", "", None, 7),
        ("8", "Övriga frågor", "question", "", None, 8),
        ("9", "Nästa möte", "standard", "", None, 9),
    ]
    six = confirmed.items.get(number="6")
    assert six.mbl_parts == [
        {"mbl": "§11", "text": "Organisation"},
        {"mbl": "§19", "text": "Budget"},
    ]
    assert confirmed.items.get(number="1").text == "Mötet öppnades av Magnus Borgsten."


def test_attendance_per_participant_with_matched_parties(confirmed):
    rows = [
        (a.person.name, a.party.name, a.role, a.status, a.order)
        for a in confirmed.attendances.select_related("person", "party")
    ]
    assert rows == [
        ("Magnus Borgsten", "Arbetsgivaren", "stadsdelsdirektör", "present", 1),
        ("Caroline Seidefors", "Arbetsgivaren", "HR-specialist", "present", 2),
        ("Irene Holm", "Kommunal", "huvudskyddsombud", "present", 3),
        ("Carin Trygg Monvall", "Akademikerförbundet SSR", "", "present", 4),
        ("Malin Danhard", "Sveriges Lärare", "", "present", 5),
        ("Monika Marek", "Vision", "", "absent", 6),
    ]
    assert Person.objects.get(name="Irene Holm").party.name == "Kommunal"


def test_statements_decisions_and_metrics(confirmed, home_group):
    statements = [
        (s.item.number, s.party.name, s.kind, s.text, s.order)
        for s in Statement.objects.filter(item__meeting=confirmed).order_by("id")
    ]
    assert statements == [
        ("5.1", "Kommunal", "question", "Kommunal undrar varför.", 1),
        ("5.1", "Arbetsgivaren", "answer", "Arbetsgivaren svarade.", 2),
        ("7", "Sveriges Lärare", "disagreement", "Oenighet.", 1),
    ]
    decisions = [(d.item.number, d.text) for d in Decision.objects.filter(item__meeting=confirmed)]
    assert decisions == [("2", "Dagordningen godkändes.")]
    metrics = [
        (m.name, m.value, m.unit, m.period, m.organisation)
        for m in Metric.objects.filter(item__meeting=confirmed)
    ]
    assert metrics == [
        (
            "sjukfrånvaro rullande 12 månader",
            Decimal("5.98"),
            "%",
            "2023-07",
            home_group.organisation,
        ),
        ("underskott", Decimal("14.7"), "mnkr", "", home_group.organisation),
    ]


def test_follow_ups_name_their_owner_party_or_person(confirmed):
    rows = [
        (
            f.text,
            f.owner_text,
            f.owner_party and f.owner_party.name,
            f.owner_person and f.owner_person.name,
            f.due_text,
            f.due_date,
            f.status,
        )
        for f in FollowUp.objects.filter(raised_at__meeting=confirmed)
    ]
    assert rows == [
        (
            "Arbetsgivaren återkommer.",
            "Arbetsgivaren",
            "Arbetsgivaren",
            None,
            "next meeting",
            None,
            "open",
        ),
        (
            "Irene tar fram underlag.",
            "Irene Holm",
            None,
            "Irene Holm",
            "2023-09-20",
            dt.date(2023, 9, 20),
            "open",
        ),
        ("Mer info önskas.", "", None, None, "", None, "open"),
    ]


def test_adjusters_and_signatures(confirmed):
    adjusters = [(a.person.name, a.party.name, a.order) for a in confirmed.adjusters.all()]
    assert adjusters == [
        ("Carin Trygg Monvall", "Akademikerförbundet SSR", 1),
        ("Irene Holm", "Kommunal", 2),
    ]
    signatures = [
        (s.name, s.person.name, s.party.name, s.role, s.note, s.order)
        for s in confirmed.signatures.all()
    ]
    assert signatures == [
        ("Caroline Seidefors", "Caroline Seidefors", "Arbetsgivaren", "sekreterare", "", 1),
        (
            "Malin Danhard",
            "Malin Danhard",
            "Sveriges Lärare",
            "",
            "oenighet under föranmälda frågor",
            2,
        ),
    ]


def test_document_is_linked_and_the_change_recorded(confirmed, secretary):
    document = ImportedDocument.objects.get()
    assert (document.meeting, document.status) == (confirmed, ImportedDocument.Status.CONFIRMED)
    change = ChangeRecord.objects.get()
    assert (change.meeting, change.user, change.action, change.summary) == (
        confirmed,
        secretary,
        "import",
        "importerade protokoll från fil fvg-2023-08-23.txt",
    )


def test_a_second_import_reuses_people_and_parties(home_group, secretary):
    confirm_import(document=pending(home_group), user=secretary)
    before = (Person.objects.count(), Party.objects.count())
    confirm_import(
        document=pending(home_group, full(date="2023-09-20"), filename="b.txt"), user=secretary
    )
    assert (Person.objects.count(), Party.objects.count()) == before


def test_an_unknown_union_is_created_with_a_warning(home_group, secretary):
    data = full(participants=[participant("Bo Ek", "employee", "Brandfacket")])
    meeting = confirm_import(document=pending(home_group, data), user=secretary)
    party = Party.objects.get(name="Brandfacket")
    assert (party.side, meeting.attendances.get().party) == (Party.Side.EMPLOYEE, party)
    assert meeting.warnings == [
        "Rad 40 kunde inte placeras.",
        "Parten ”Brandfacket” var okänd och har lagts till som ny part.",
    ]


def test_an_employer_participant_belongs_to_the_employer_whatever_is_written(home_group, secretary):
    data = full(participants=[participant("Eva Chef", "employer", "Kommunal")])
    meeting = confirm_import(document=pending(home_group, data), user=secretary)
    assert meeting.attendances.get().party.name == "Arbetsgivaren"


def test_a_participant_listed_twice_attends_once_with_a_warning(home_group, secretary):
    twice = participant("Bo Ek", "employee", "Vision")
    data = full(participants=[twice, {**twice, "name": "bo  ek"}], warnings=[])
    meeting = confirm_import(document=pending(home_group, data), user=secretary)
    assert meeting.attendances.count() == 1
    assert meeting.warnings == [
        "Bo Ek står flera gånger bland deltagarna; den första raden gäller."
    ]


def test_an_undated_protocol_is_imported_with_its_odd_values_warned(home_group, secretary):
    data = full(date=None, start_time="25:99", warnings=[])
    meeting = confirm_import(document=pending(home_group, data), user=secretary)
    assert (meeting.date, meeting.start_time) == (None, None)
    assert meeting.warnings == ["Mötets starttid ”25:99” kunde inte tolkas och har lämnats tomt."]


def test_same_group_and_date_is_a_duplicate(home_group, secretary):
    existing = factories.meeting(home_group, date=dt.date(2023, 8, 23))
    document = pending(home_group)
    with pytest.raises(DuplicateMeeting) as raised:
        confirm_import(document=document, user=secretary)
    assert raised.value.meetings == [existing]
    assert str(raised.value) == (
        "Förvaltningsgrupp har redan ett möte 2023-08-23 (eller ett från samma fil). "
        "Kryssa i ”Importera ändå” om det ändå ska importeras."
    )
    document.refresh_from_db()
    assert (document.status, Meeting.objects.count()) == (ImportedDocument.Status.PENDING, 1)


def test_a_duplicate_is_imported_when_allowed(home_group, secretary):
    factories.meeting(home_group, date=dt.date(2023, 8, 23))
    meeting = confirm_import(document=pending(home_group), user=secretary, allow_duplicate=True)
    assert Meeting.objects.filter(date=dt.date(2023, 8, 23)).count() == 2
    assert meeting.status == Meeting.Status.IMPORTED


def test_same_date_in_another_group_is_no_duplicate(home_group, other_group, secretary):
    factories.meeting(other_group, date=dt.date(2023, 8, 23))
    assert confirm_import(document=pending(home_group), user=secretary).group == home_group


def test_the_same_file_twice_is_a_duplicate_even_without_date(home_group, secretary):
    data = full(date=None)
    confirm_import(document=pending(home_group, data), user=secretary)
    with pytest.raises(DuplicateMeeting):
        confirm_import(document=pending(home_group, data), user=secretary)


def test_confirm_into_another_group(home_group, other_group, secretary):
    document = pending(home_group)
    meeting = confirm_import(document=document, user=secretary, group=other_group)
    document.refresh_from_db()
    assert (meeting.group, document.group) == (other_group, other_group)


def test_a_confirmed_document_cannot_be_confirmed_again(home_group, secretary):
    document = pending(home_group)
    confirm_import(document=document, user=secretary)
    with pytest.raises(ImportRefused) as raised:
        confirm_import(document=document, user=secretary, allow_duplicate=True)
    assert raised.value.message == "fvg-2023-08-23.txt är redan importerad."
    assert Meeting.objects.count() == 1


def test_a_failure_halfway_leaves_nothing_behind(home_group, secretary):
    data = full()
    data["participants"][3]["name"] = "X" * 201  # longer than Person.name
    document = pending(home_group, data)
    before = counts()
    with pytest.raises(ImportRefused) as raised:
        confirm_import(document=document, user=secretary)
    assert counts() == before
    assert raised.value.message.startswith(
        "fvg-2023-08-23.txt: protokollet kunde inte sparas. Person, fältet ”namn” (”XXXX"
    )
    document.refresh_from_db()
    assert (document.status, document.meeting) == (ImportedDocument.Status.PENDING, None)


def test_a_too_long_item_title_late_in_the_protocol_leaves_nothing_behind(home_group, secretary):
    data = full()
    data["items"][-1]["title"] = "R" * 1001
    before = counts()
    with pytest.raises(ImportRefused):
        confirm_import(document=pending(home_group, data), user=secretary)
    assert counts() == before


def test_an_absurd_metric_is_skipped_with_a_warning(home_group, secretary):
    data = full(warnings=[])
    data["items"][2]["items"][0]["metrics"] = [
        {"name": "underskott", "value": 1e15, "unit": "mnkr", "period": None}
    ]
    meeting = confirm_import(document=pending(home_group, data), user=secretary)
    assert Metric.objects.count() == 0
    assert meeting.warnings == [
        "Nyckeltalet ”underskott” har ett orimligt värde (1000000000000000.0) och sparades inte."
    ]


def test_a_refusal_is_worded_in_both_languages_whatever_is_active(home_group, secretary):
    from django.utils import translation

    data = full()
    data["participants"][0]["name"] = "N" * 201
    with translation.override("en"), pytest.raises(ImportRefused) as raised:
        confirm_import(document=pending(home_group, data), user=secretary)
    value = "N" * 60
    assert raised.value.message == (
        f"fvg-2023-08-23.txt: protokollet kunde inte sparas. Person, fältet ”namn” (”{value}…”): "
        "Säkerställ att detta värde har som mest 200 tecken (den har 201)."
    )
    assert raised.value.message_en == (
        f"fvg-2023-08-23.txt: the protocol could not be stored. Person, field “name” (“{value}…”): "
        "Ensure this value has at most 200 characters (it has 201)."
    )
