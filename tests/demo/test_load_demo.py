"""`manage.py load_demo`: the administrations, protocols, drafts and accounts it makes."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from samverkan.accounts.access import is_member, is_secretary
from samverkan.demo.loader import DATA_DIR, ORGANISATIONS
from samverkan.meetings.models import Attendance, Meeting
from samverkan.organisations.models import Group, Membership, Organisation, Person

SEEDS = Path(__file__).resolve().parent.parent / "reader" / "fixtures" / "seeds"
ROW = re.compile(
    r"^  (?P<role>.+?)\s{2,}(?P<username>[a-z]+)\s{2,}(?P<password>\w{4}-\w{4}-\w{4})$", re.M
)


@pytest.fixture
def fast_hashing(settings):
    # Five accounts with the production hasher would cost seconds for nothing here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def load(url: str | None = None) -> str:
    out = StringIO()
    call_command("load_demo", *(["--url", url] if url else []), stdout=out)
    return out.getvalue()


@pytest.fixture
def first_output(db, fast_hashing) -> str:
    return load()


def accounts_in(output: str) -> dict[str, tuple[str, str]]:
    return {m["username"]: (m["role"].strip(), m["password"]) for m in ROW.finditer(output)}


def group_of(organisation: str) -> Group:
    return Group.objects.get(organisation__name=organisation)


def test_four_administrations_each_with_a_forvaltningsgrupp(first_output):
    groups = Group.objects.order_by("organisation__name")
    assert [(g.organisation.name, g.name, g.kind) for g in groups] == [
        ("Hägersten-Älvsjö stadsdelsförvaltning", "Förvaltningsgrupp", "forvaltningsgrupp"),
        ("Norrmalms stadsdelsförvaltning", "Förvaltningsgrupp", "forvaltningsgrupp"),
        ("Skärholmens stadsdelsförvaltning", "Förvaltningsgrupp", "forvaltningsgrupp"),
        ("Socialförvaltningen", "Förvaltningsgrupp", "forvaltningsgrupp"),
    ]


def test_each_group_has_its_seed_protocol_imported(first_output):
    imported = Meeting.objects.filter(status=Meeting.Status.IMPORTED)
    assert sorted((m.group.organisation.name, m.source_document.filename) for m in imported) == [
        ("Hägersten-Älvsjö stadsdelsförvaltning", "hagersten-alvsjo-forvaltningsgrupp.txt"),
        ("Norrmalms stadsdelsförvaltning", "norrmalm-forvaltningsgrupp.txt"),
        ("Skärholmens stadsdelsförvaltning", "skarholmen-forvaltningsgrupp.txt"),
        ("Socialförvaltningen", "socialforvaltningen-forvaltningsgrupp.txt"),
    ]
    social = imported.get(group__organisation__name="Socialförvaltningen")
    assert social.date.isoformat() == "2023-09-20"
    assert social.items.count() > 5


def test_output_gives_the_url_and_every_account_with_a_working_password(first_output):
    assert "Open http://127.0.0.1:8000 and log in with one of these accounts." in first_output
    accounts = accounts_in(first_output)
    assert {name: role for name, (role, _) in accounts.items()} == {
        "admin": "Administrator",
        "sekreterare": "Secretary",
        "chef": "Employer member",
        "ombud": "Union member (Kommunal)",
        "lasare": "Reader (any employee)",
    }
    for username, (_, password) in accounts.items():
        assert authenticate(username=username, password=password).username == username


def test_url_option_changes_the_address_shown(db, fast_hashing):
    assert "Open http://samverkan.test:9000 and log in" in load("http://samverkan.test:9000")


def test_passwords_differ_between_accounts(first_output):
    passwords = [password for _, password in accounts_in(first_output).values()]
    assert len(set(passwords)) == 5


def test_every_role_is_represented_with_its_rights(first_output):
    users = {u.username: u for u in get_user_model().objects.all()}
    home, other = group_of("Socialförvaltningen"), group_of("Norrmalms stadsdelsförvaltning")
    assert users["admin"].is_superuser and users["admin"].is_staff
    assert is_secretary(users["sekreterare"], home) is True
    assert is_secretary(users["sekreterare"], other) is False
    assert [is_member(users[name], home) for name in ("chef", "ombud", "lasare")] == [
        True,
        True,
        False,
    ]
    assert is_secretary(users["ombud"], home) is False


def test_each_account_has_a_person_with_party_and_membership(first_output):
    people = Person.objects.filter(user__isnull=False).order_by("user__username")
    assert [(p.user.username, p.name, p.party.name if p.party else None) for p in people] == [
        ("admin", "Kim Andersson", None),
        ("chef", "Lina Blombergsson", "Arbetsgivaren"),
        ("lasare", "Sara Lindqvist", None),
        ("ombud", "Gisela Norrman", "Kommunal"),
        ("sekreterare", "Elisabeth Edlund", "Arbetsgivaren"),
    ]
    memberships = Membership.objects.filter(person__user__isnull=False).order_by("role")
    assert [(m.person.user.username, m.group.organisation.name, m.role) for m in memberships] == [
        ("chef", "Socialförvaltningen", "ledamot"),
        ("ombud", "Socialförvaltningen", "ledamot"),
        ("sekreterare", "Socialförvaltningen", "sekreterare"),
    ]


def test_demo_people_are_the_people_the_protocol_names(first_output):
    # The secretary's account is linked to the Elisabeth Edlund of the imported
    # attendance list, not to a namesake, so her protocols lead to her.
    secretary = Person.objects.get(user__username="sekreterare")
    attended = Attendance.objects.filter(meeting__status=Meeting.Status.IMPORTED)
    assert attended.filter(person=secretary).count() == 1
    assert Person.objects.filter(name="Elisabeth Edlund").count() == 1


def test_drafts_are_visible_only_to_their_groups_members(first_output):
    users = {u.username: u for u in get_user_model().objects.all()}
    drafts = Meeting.objects.exclude(status__in=Meeting.PUBLIC_STATUSES)
    assert sorted((m.group.organisation.name, m.status) for m in drafts) == [
        ("Norrmalms stadsdelsförvaltning", "planned"),
        ("Socialförvaltningen", "held"),
        ("Socialförvaltningen", "planned"),
    ]

    def visible_drafts(username: str) -> list[tuple[str, str]]:
        visible = Meeting.objects.visible_to(users[username]).exclude(
            status__in=Meeting.PUBLIC_STATUSES
        )
        return sorted((m.group.organisation.name, m.status) for m in visible)

    assert visible_drafts("lasare") == []
    assert visible_drafts("ombud") == [
        ("Socialförvaltningen", "held"),
        ("Socialförvaltningen", "planned"),
    ]
    assert len(visible_drafts("admin")) == 3
    assert Meeting.objects.visible_to(users["lasare"]).count() == 4


def test_held_draft_has_the_standard_agenda_in_order(first_output):
    held = Meeting.objects.get(status=Meeting.Status.HELD)
    titles = list(held.items.values_list("number", "title"))
    assert titles[:3] == [
        ("1", "Mötets öppnande"),
        ("2", "Godkännande av dagordning"),
        ("3", "Val av justerare"),
    ]
    assert titles[-1] == ("14", "Mötets avslutande")
    assert held.date.weekday() == 2
    assert held.secretary.name == "Elisabeth Edlund"


def test_held_draft_records_attendance_statements_and_an_open_question(first_output):
    held = Meeting.objects.get(status=Meeting.Status.HELD)
    assert [(a.person.name, a.party.name) for a in held.attendances.all()] == [
        ("Veronica Wolgast Carstorp", "Arbetsgivaren"),
        ("Elisabeth Edlund", "Arbetsgivaren"),
        ("Lina Blombergsson", "Arbetsgivaren"),
        ("Gisela Norrman", "Kommunal"),
    ]
    item = held.items.get(title="Övriga frågor")
    assert [(s.party.name, s.kind) for s in item.statements.all()] == [
        ("Kommunal", "question"),
        ("Arbetsgivaren", "answer"),
    ]
    assert [(f.text, f.status) for f in item.follow_ups.all()] == [
        ("Hur ska sommarens bemanning planeras?", "open")
    ]


def test_second_run_changes_nothing_and_prints_no_password(first_output):
    counts = (get_user_model().objects.count(), Meeting.objects.count(), Person.objects.count())
    second = load()
    assert second == (
        "The demo data is already there (accounts: admin, sekreterare, chef, ombud, lasare); "
        "its passwords were printed when it was loaded.\n"
        "Set a new one with `.venv/bin/python manage.py changepassword USERNAME`.\n"
    )
    assert (
        get_user_model().objects.count(),
        Meeting.objects.count(),
        Person.objects.count(),
    ) == counts
    assert Organisation.objects.count() == 4


def test_demo_protocols_are_copies_of_the_reader_seeds():
    demo = sorted(path.read_bytes() for path in DATA_DIR.glob("*.txt"))
    assert demo == sorted(path.read_bytes() for path in SEEDS.glob("*.txt"))
    assert sorted(filename for _, filename in ORGANISATIONS) == sorted(
        path.name for path in DATA_DIR.glob("*.txt")
    )
