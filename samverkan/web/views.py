"""The pages: short views that start with an access-checked lookup, then render.

Every page here is cached per session (@cached_page, samverkan/pagecache/pages.py):
a second visit within PAGE_CACHE_SECONDS, with no data changed, renders nothing.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    QuerySet,
    Value,
    When,
)
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from samverkan.accounts import access
from samverkan.audit.models import ChangeRecord
from samverkan.imports.models import ImportedDocument
from samverkan.meetings.models import Attendance, FollowUp, Meeting, Statement
from samverkan.organisations.models import Group, Membership, Organisation, Party, Person
from samverkan.pagecache import data_version
from samverkan.pagecache.pages import cached_page
from samverkan.web import protocol

LATEST = 10
FOLLOW_UPS = 10
PER_PAGE = 25
# A group meets at most a few dozen times a year; the cap keeps a runaway import cheap.
MEETINGS_PER_YEAR = 200
UNDATED = "utan"
# A public protocol's body is cached for every reader, keyed by the data version: any
# change (a person's or party's name included) renews it at once.
PROTOCOL_CACHE_SECONDS = 300


def _visible(user) -> QuerySet[Meeting]:
    return Meeting.objects.visible_to(user).select_related("group__organisation")


# What a list of meetings shows; leaving out the protocol's long and JSON fields keeps lists cheap.
LISTED = ["date", "status", "group__name", "group__slug", "group__organisation__name"]


def _latest(user, meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    newest = access.latest_visible_meetings(meetings, user, LATEST)
    return newest.select_related("group__organisation").only(*LISTED)


def _newest(date_field: str):
    """Newest first, undated last on every database (PostgreSQL sorts NULL first)."""
    return F(date_field).desc(nulls_last=True)


def _page(request: HttpRequest, rows: QuerySet, param: str = "sida") -> Page:
    return Paginator(rows, PER_PAGE).get_page(request.GET.get(param))


def _get_meeting(request: HttpRequest, pk: int) -> Meeting:
    """The meeting if the user may read it; drafts of other groups are 404, not 403."""
    meetings = _visible(request.user).select_related("chair", "secretary")
    meetings = meetings.annotate(
        has_source=Exists(ImportedDocument.objects.filter(meeting=OuterRef("pk"))),
    )
    return get_object_or_404(meetings, pk=pk)


def _open_follow_ups(group_ids: set[int]) -> QuerySet[FollowUp]:
    """Open follow-ups raised in these groups, newest meeting first, with only what is shown."""
    shown = [
        "text",
        "owner_text",
        "due_text",
        "owner_party__name",
        "raised_at__number",
        "raised_at__title",
        "raised_at__meeting__date",
        "raised_at__meeting__group__name",
    ]
    return (
        FollowUp.objects.filter(
            status=FollowUp.Status.OPEN, raised_at__meeting__group_id__in=group_ids
        )
        .select_related("raised_at__meeting__group", "owner_party")
        .only(*shown)
        .order_by(_newest("raised_at__meeting__date"), "-raised_at__meeting_id", "raised_at__order")
    )


@cached_page
@login_required
def home(request: HttpRequest) -> HttpResponse:
    group_ids = access.member_group_ids(request.user)
    # One more than shown tells whether there are more, without counting them all.
    follow_ups = list(_open_follow_ups(group_ids)[: FOLLOW_UPS + 1]) if group_ids else []
    ctx = {
        "groups": Group.objects.filter(pk__in=group_ids).select_related("organisation"),
        "latest": _latest(request.user, Meeting.objects.all()),
        "follow_ups": follow_ups[:FOLLOW_UPS],
        "more_follow_ups": len(follow_ups) > FOLLOW_UPS,
    }
    return render(request, "web/home.html", ctx)


@cached_page
@login_required
def organisations(request: HttpRequest) -> HttpResponse:
    # Meta.ordering is dropped in GROUP BY queries, so order explicitly.
    orgs = Organisation.objects.annotate(group_count=Count("groups")).order_by("name")
    return render(request, "web/organisations.html", {"organisations": orgs})


@cached_page
@login_required
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_object_or_404(Organisation, slug=slug)
    ctx = {
        "organisation": org,
        "groups": org.groups.all(),
        "latest": _latest(request.user, Meeting.objects.filter(group__organisation=org)),
    }
    return render(request, "web/organisation.html", ctx)


def _employer_first() -> Case:
    """0 for the employer side, 1 for the rest: protocols name the employer first."""
    return Case(When(party__side=Party.Side.EMPLOYER, then=Value(0)), default=Value(1))


def _selected_year(request: HttpRequest, years: list[int]) -> int | None:
    """The year asked for in ?ar=, else the latest year; None means undated meetings."""
    asked = request.GET.get("ar", "")
    if asked == UNDATED:
        return None
    if asked.isdigit() and int(asked) in years:
        return int(asked)
    return years[0] if years else None


@cached_page
@login_required
def group(request: HttpRequest, org_slug: str, slug: str) -> HttpResponse:
    grp = get_object_or_404(
        Group.objects.select_related("organisation"), organisation__slug=org_slug, slug=slug
    )
    meetings = Meeting.objects.visible_to(request.user).filter(group=grp)
    years = [day.year for day in meetings.dates("date", "year", order="DESC")]
    year = _selected_year(request, years)
    shown = meetings.filter(date__year=year) if year else meetings.filter(date__isnull=True)
    members = Membership.objects.current().filter(group=grp).select_related("person", "party")
    ctx = {
        "group": grp,
        "years": years,
        "year": year,
        "undated_param": UNDATED,
        "meetings": shown.select_related("group__organisation")
        .only(*LISTED)
        .order_by("-date", "-id")[:MEETINGS_PER_YEAR],
        "undated": meetings.filter(date__isnull=True).exists(),
        "members": members.annotate(employer_first=_employer_first()).order_by(
            "employer_first", "party__name", "person__name"
        ),
    }
    return render(request, "web/group.html", ctx)


@cached_page
@login_required
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    mtg = _get_meeting(request, pk)
    ctx = {
        "meeting": mtg,
        "body": protocol.ProtocolBody(mtg),
        "cache_seconds": PROTOCOL_CACHE_SECONDS,
        "data_version": data_version.for_request(request),
        "can_edit": access.can_edit_meeting(request.user, mtg),
        "can_view_history": access.can_view_history(request.user, mtg),
    }
    return render(request, "web/meeting.html", ctx)


def change_rows(changes: dict) -> list[tuple[str, object, object]]:
    """(field, before, after) for each change; a plain value is shown as "after"."""
    rows = []
    for name, value in (changes or {}).items():
        if isinstance(value, list | tuple) and len(value) == 2:
            rows.append((name, value[0], value[1]))
        elif isinstance(value, dict) and {"from", "to"} <= value.keys():
            rows.append((name, value["from"], value["to"]))
        else:
            rows.append((name, None, value))
    return rows


@cached_page
@login_required
def meeting_history(request: HttpRequest, pk: int) -> HttpResponse:
    mtg = _get_meeting(request, pk)
    if not access.can_view_history(request.user, mtg):
        raise PermissionDenied
    records = _page(request, ChangeRecord.objects.filter(meeting=mtg).select_related("user"))
    for record in records:
        record.rows = change_rows(record.changes)
    return render(request, "web/meeting_history.html", {"meeting": mtg, "records": records})


@cached_page
@login_required
def party(request: HttpRequest, slug: str) -> HttpResponse:
    pty = get_object_or_404(Party, slug=slug)
    statements = (
        Statement.objects.filter(party=pty)
        .filter(access.meeting_visibility(request.user, "item__meeting__"))
        .select_related("item__meeting__group__organisation")
        .order_by(_newest("item__meeting__date"), "-item__meeting_id", "item__order", "order")
    )
    ctx = {
        "party": pty,
        "people": _page(request, pty.people.order_by("name"), "personer"),
        "statements": _page(request, statements),
    }
    return render(request, "web/party.html", ctx)


@cached_page
@login_required
def person(request: HttpRequest, pk: int) -> HttpResponse:
    who = get_object_or_404(Person.objects.select_related("party"), pk=pk)
    attendances = (
        Attendance.objects.filter(person=who)
        .filter(access.meeting_visibility(request.user, "meeting__"))
        .select_related("meeting__group__organisation", "party")
        .order_by(_newest("meeting__date"), "-meeting_id")
    )
    memberships = who.memberships.select_related("group__organisation", "party")
    ctx = {
        "person": who,
        # Open-ended seats first on every database (NULL sorts differently in SQLite and PostgreSQL).
        "memberships": memberships.order_by(F("start").desc(nulls_first=True), "group__name"),
        "attendances": _page(request, attendances),
    }
    return render(request, "web/person.html", ctx)
