"""An archive to browse: seed protocols imported the way the upload page does it."""

from __future__ import annotations

from samverkan.imports.domain import import_file
from samverkan.meetings.models import Attendance, Meeting, Statement
from tests.browser.pdf import seed_pdf, seed_text


def import_seed_pdf(group, user, prefix: str) -> Meeting:
    return import_file(
        group=group, filename=f"protokoll-{prefix}.pdf", content=seed_pdf(prefix), user=user
    )


def import_seed_txt(group, user, prefix: str) -> Meeting:
    return import_file(
        group=group,
        filename=f"protokoll-{prefix}.txt",
        content=seed_text(prefix).encode(),
        user=user,
    )


def first_statement(meeting: Meeting) -> Statement:
    return (
        Statement.objects.filter(item__meeting=meeting)
        .select_related("party", "item")
        .order_by("item__order", "order")
        .first()
    )


def first_attendance(meeting: Meeting) -> Attendance:
    return meeting.attendances.select_related("person", "party").order_by("order").first()
