"""Who may see and do what. Views call these; nobody else decides access.

Roles: an administrator (Django staff/superuser); the secretary of a group
(a current membership with role sekreterare); a member of a group (any current
membership); a reader (any logged-in employee).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from samverkan.organisations.models import Membership


def is_admin(user) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or user.is_staff))


def _current_roles(user) -> list[tuple[int, str]]:
    """(group id, role) of the user's current memberships, read once per request."""
    if not hasattr(user, "_current_roles"):
        user._current_roles = list(
            Membership.objects.current().filter(person__user=user).values_list("group_id", "role")
        )
    return user._current_roles


def member_group_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return {group_id for group_id, _role in _current_roles(user)}


def secretary_group_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    secretary = Membership.Role.SEKRETERARE
    return {group_id for group_id, role in _current_roles(user) if role == secretary}


def is_member(user, group) -> bool:
    return is_admin(user) or group.pk in member_group_ids(user)


def is_secretary(user, group) -> bool:
    return is_admin(user) or group.pk in secretary_group_ids(user)


def can_view_meeting(user, meeting) -> bool:
    if not user.is_authenticated:
        return False
    return meeting.is_public or is_member(user, meeting.group)


def can_edit_meeting(user, meeting) -> bool:
    return is_secretary(user, meeting.group)


def can_import_into(user, group) -> bool:
    return is_secretary(user, group)


def can_view_history(user, meeting) -> bool:
    return is_secretary(user, meeting.group)


def meeting_visibility(user, prefix: str = "") -> Q:
    """A filter for meetings the user may read, through `prefix` ("item__meeting__")."""
    from samverkan.meetings.models import Meeting

    if not user.is_authenticated:
        return Q(**{f"{prefix}pk__in": []})
    if is_admin(user):
        return Q()
    public = Q(**{f"{prefix}status__in": Meeting.PUBLIC_STATUSES})
    return public | Q(**{f"{prefix}group_id__in": member_group_ids(user)})


def visible_meetings(queryset: QuerySet, user) -> QuerySet:
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(meeting_visibility(user))


def can_import(user) -> bool:
    """Whether the user may import into at least one group (shows "Importera")."""
    return is_admin(user) or bool(secretary_group_ids(user))


def latest_visible_meetings(queryset: QuerySet, user, limit: int) -> QuerySet:
    """The newest `limit` meetings the user may read, cheap however large the archive.

    "public OR my groups" ordered by date cannot walk an index, so each half is
    limited on its own index first and only those few ids are merged and sorted.
    """
    from samverkan.meetings.models import Meeting

    newest = ("-date", "-id")
    # Undated meetings have no place in "latest" (and NULL sorts first in PostgreSQL).
    queryset = queryset.filter(date__isnull=False)
    if is_admin(user):
        return queryset.order_by(*newest)[:limit]
    public = queryset.filter(status__in=Meeting.PUBLIC_STATUSES).order_by(*newest)
    mine = queryset.filter(group_id__in=member_group_ids(user)).order_by(*newest)
    candidates = Q(pk__in=public.values("pk")[:limit]) | Q(pk__in=mine.values("pk")[:limit])
    return queryset.filter(candidates).order_by(*newest)[:limit]
