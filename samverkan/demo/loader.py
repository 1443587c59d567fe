"""Demo data: four administrations with their real protocols, draft meetings and one
account per role, so that `make run` shows a working archive at once.

The protocols go through the import workflow like any uploaded file.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from samverkan.imports.domain import DuplicateMeeting, import_file
from samverkan.meetings.models import AgendaItem, Attendance, FollowUp, Meeting, Statement
from samverkan.organisations.domain import (
    employer_party,
    ensure_parties,
    find_person,
    match_or_create_person,
    match_party,
)
from samverkan.organisations.models import Group, Membership, Organisation, Party, Person
from samverkan.pagecache import data_version

DATA_DIR = Path(__file__).with_name("data")

# Administration → the protocol of its förvaltningsgrupp (seed 000–003).
ORGANISATIONS = [
    ("Skärholmens stadsdelsförvaltning", "skarholmen-forvaltningsgrupp.txt"),
    ("Hägersten-Älvsjö stadsdelsförvaltning", "hagersten-alvsjo-forvaltningsgrupp.txt"),
    ("Norrmalms stadsdelsförvaltning", "norrmalm-forvaltningsgrupp.txt"),
    ("Socialförvaltningen", "socialforvaltningen-forvaltningsgrupp.txt"),
]
HOME = "Socialförvaltningen"  # the administration whose group the demo accounts sit in
GROUP_NAME = "Förvaltningsgrupp"
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class AccountSpec:
    username: str
    role: str
    person: str
    title: str
    party: str | None  # None: no party (the administrator and the reader)
    membership: str | None  # Membership.Role in the home group, or None


ACCOUNTS = [
    AccountSpec("admin", "Administrator", "Kim Andersson", "systemförvaltare", None, None),
    AccountSpec(
        "sekreterare",
        "Secretary",
        "Elisabeth Edlund",
        "HR-konsult",
        "Arbetsgivaren",
        Membership.Role.SEKRETERARE,
    ),
    AccountSpec(
        "chef",
        "Employer member",
        "Lina Blombergsson",
        "avdelningschef",
        "Arbetsgivaren",
        Membership.Role.LEDAMOT,
    ),
    AccountSpec(
        "ombud",
        "Union member (Kommunal)",
        "Gisela Norrman",
        "fackligt ombud",
        "Kommunal",
        Membership.Role.LEDAMOT,
    ),
    AccountSpec("lasare", "Reader (any employee)", "Sara Lindqvist", "handläggare", None, None),
]

STANDARD_AGENDA = [
    "Mötets öppnande",
    "Godkännande av dagordning",
    "Val av justerare",
    "Föregående protokoll",
    "Balanslista",
    "Information från arbetsgivaren",
    "Facklig information",
    "Arbetsmiljö",
    "Ekonomi och budget",
    "Nämndärenden",
    "Föranmälda frågor",
    "Övriga frågor",
    "Nästa möte",
    "Mötets avslutande",
]


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    role: str


@dataclass(frozen=True)
class DemoResult:
    accounts: list[Account]
    imported: list[Meeting]
    drafts: list[Meeting]


def is_loaded() -> bool:
    usernames = [spec.username for spec in ACCOUNTS]
    return get_user_model().objects.filter(username__in=usernames).exists()


@transaction.atomic
def load_demo() -> DemoResult | None:
    """Create the demo administrations, protocols, drafts and accounts.

    Returns None, changing nothing, when the demo accounts already exist. Each
    account gets a random password, returned here and stored only as a hash.
    """
    if is_loaded():
        return None
    ensure_parties()
    admin_password = new_password()
    admin = get_user_model().objects.create_superuser(
        username="admin", password=admin_password, email="admin@example.se"
    )
    groups = {name: ensure_group(name) for name, _ in ORGANISATIONS}
    imported = [
        meeting
        for name, filename in ORGANISATIONS
        if (meeting := import_demo_protocol(groups[name], filename, admin)) is not None
    ]
    accounts = [Account("admin", admin_password, ACCOUNTS[0].role)]
    link_person(admin, ACCOUNTS[0], groups[HOME])
    accounts += [create_account(spec, groups[HOME]) for spec in ACCOUNTS[1:]]
    drafts = create_drafts(groups)
    return DemoResult(accounts=accounts, imported=imported, drafts=drafts)


def ensure_group(organisation_name: str) -> Group:
    organisation, _ = Organisation.objects.get_or_create(
        name=organisation_name, defaults={"slug": slugify(organisation_name)}
    )
    group, _ = Group.objects.get_or_create(
        organisation=organisation,
        slug=slugify(GROUP_NAME),
        defaults={"name": GROUP_NAME, "kind": Group.Kind.FORVALTNINGSGRUPP},
    )
    return group


def import_demo_protocol(group: Group, filename: str, user) -> Meeting | None:
    content = (DATA_DIR / filename).read_bytes()
    try:
        return import_file(group=group, filename=filename, content=content, user=user)
    except DuplicateMeeting:
        return None  # imported by hand before the demo was loaded: keep that one


def new_password() -> str:
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4)) for _ in range(3))


def create_account(spec: AccountSpec, home: Group) -> Account:
    password = new_password()
    user = get_user_model().objects.create_user(
        username=spec.username, password=password, email=f"{spec.username}@example.se"
    )
    link_person(user, spec, home)
    return Account(spec.username, password, spec.role)


def link_person(user, spec: AccountSpec, home: Group) -> Person:
    """The account's person: the one the protocols name, if they do, else a new one."""
    party = party_named(spec.party)
    person = match_or_create_person(spec.person, party)
    person.user, person.title, person.email = user, spec.title, user.email
    person.save()
    if spec.membership:
        Membership.objects.create(group=home, person=person, party=party, role=spec.membership)
    return person


def party_named(name: str | None) -> Party | None:
    if name is None:
        return None
    return employer_party() if name == "Arbetsgivaren" else match_party(name)


# -- drafts: meetings whose protocol only the group's members may read --------------


def create_drafts(groups: dict[str, Group]) -> list[Meeting]:
    """A held meeting whose protocol is being written and a planned next one at home,
    and a planned meeting in another group that the home group's members must not see."""
    last_week, in_three_weeks = wednesday_near(-7), wednesday_near(21)
    home = groups[HOME]
    secretary = find_person("Elisabeth Edlund")
    chair = find_person("Veronica Wolgast Carstorp")
    norrmalm = groups["Norrmalms stadsdelsförvaltning"]
    held = draft(home, Meeting.Status.HELD, last_week, chair, secretary, texts=HELD_TEXTS)
    record_held_meeting(held)
    return [
        held,
        draft(home, Meeting.Status.PLANNED, in_three_weeks, chair, secretary),
        draft(norrmalm, Meeting.Status.PLANNED, wednesday_near(14), None, None),
    ]


def record_held_meeting(meeting: Meeting) -> None:
    """Who came, what was said under övriga frågor, and the question left open."""
    present = [meeting.chair, *(p for p in demo_people() if p.memberships.exists())]
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting, person=person, party=person.party, role=role_of(person), order=n
        )
        for n, person in enumerate(p for p in present if p is not None and p.party)
    )
    item = meeting.items.get(title="Övriga frågor")
    kommunal, employer = match_party("Kommunal"), employer_party()
    Statement.objects.bulk_create(
        [
            Statement(
                item=item,
                party=kommunal,
                kind=Statement.Kind.QUESTION,
                order=0,
                text="Kommunal undrar hur sommarens bemanning ska planeras.",
            ),
            Statement(
                item=item,
                party=employer,
                kind=Statement.Kind.ANSWER,
                order=1,
                text="Arbetsgivaren återkommer vid nästa möte.",
            ),
        ]
    )
    data_version.bump()  # bulk_create sends no signals; the cached pages must see these rows
    FollowUp.objects.create(
        text="Hur ska sommarens bemanning planeras?",
        owner_text="Arbetsgivaren",
        owner_party=employer,
        raised_at=item,
        due_text="nästa möte",
    )


def role_of(person: Person) -> str:
    """The person's title, or the role the latest imported protocol gave them."""
    latest = person.attendances.exclude(role="").order_by("-meeting__date").first()
    return person.title or (latest.role if latest else "")


def demo_people() -> list[Person]:
    names = [spec.person for spec in ACCOUNTS]
    return sorted(
        Person.objects.filter(name__in=names, user__isnull=False), key=lambda p: names.index(p.name)
    )


def wednesday_near(days: int) -> dt.date:
    """The Wednesday in the week `days` from today: groups here meet midweek."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return day + dt.timedelta(days=2 - day.weekday())


HELD_TEXTS = {
    "Mötets öppnande": "Ordföranden öppnade mötet.",
    "Godkännande av dagordning": "Dagordningen godkändes.",
    "Information från arbetsgivaren": (
        "Arbetsgivaren informerade om arbetet med verksamhetsplanen för nästa år."
    ),
    "Facklig information": "Kommunal meddelade att arbetsplatsombuden har fått utbildning.",
    "Övriga frågor": (
        "Kommunal undrar hur sommarens bemanning ska planeras. "
        "Arbetsgivaren återkommer vid nästa möte."
    ),
}


def draft(group: Group, status: str, day: dt.date, chair, secretary, texts=None) -> Meeting:
    meeting = Meeting.objects.create(
        group=group,
        status=status,
        date=day,
        start_time=dt.time(13, 0),
        end_time=dt.time(15, 0),
        location="Mötesrum Ekensberg samt via Teams",
        chair=chair,
        secretary=secretary,
        adjustment_date=day + dt.timedelta(days=14),
        adjustment_digital=True,
    )
    texts = texts or {}
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, number=str(n), title=title, text=texts.get(title, ""), order=n)
        for n, title in enumerate(STANDARD_AGENDA, start=1)
    )
    data_version.bump()  # bulk_create sends no signals; the cached pages must see these rows
    return meeting
