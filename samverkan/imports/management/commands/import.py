"""`samverkan import FILE... --group ORG/GROUP`: load years of protocols at once."""

from __future__ import annotations

import logging
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from samverkan.imports.domain import DuplicateMeeting, ImportRefused, import_file
from samverkan.organisations.models import Group

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Importerar protokollfiler (PDF, DOCX, text) som möten i en grupp, "
        "en transaktion per fil. Avslutas med kod 2 om någon fil inte kunde importeras."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FIL", help="protokollfiler")
        parser.add_argument(
            "--group",
            required=True,
            metavar="FÖRVALTNING/GRUPP",
            help="gruppens kortnamn (slug), t.ex. socialforvaltningen/forvaltningsgrupp",
        )
        parser.add_argument(
            "--allow-duplicate",
            action="store_true",
            help="importera även när gruppen redan har ett möte samma dag",
        )

    def handle(self, *args, files: list[str], group: str, allow_duplicate: bool, **options):
        target = find_group(group)
        failed = 0
        for name in files:
            ok, line = import_one(Path(name), target, allow_duplicate)
            failed += not ok
            (self.stdout if ok else self.stderr).write(line)
        if failed:
            raise CommandError(
                f"{failed} av {len(files)} filer kunde inte importeras.", returncode=2
            )


def import_one(path: Path, group: Group, allow_duplicate: bool) -> tuple[bool, str]:
    """Import one file; (True, summary) or (False, the Swedish reason)."""
    try:
        content = path.read_bytes()
    except OSError as error:
        return False, f"{path}: filen kunde inte öppnas ({error.strerror})."
    try:
        meeting = import_file(
            group=group, filename=path.name, content=content, allow_duplicate=allow_duplicate
        )
    except DuplicateMeeting as duplicate:
        found = ", ".join(f"möte {m.pk} ({m.date or 'utan datum'})" for m in duplicate.meetings)
        return (
            False,
            f"{path}: finns redan: {found}. Använd --allow-duplicate för att importera ändå.",
        )
    except ImportRefused as refused:
        return False, f"{path}: {refused.message.removeprefix(f'{path.name}: ')}"
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a bulk load
        logger.exception("Importing %s failed", path)
        return False, f"{path}: oväntat fel vid importen ({type(error).__name__})."
    day = meeting.date.isoformat() if meeting.date else "utan datum"
    return True, f"{path}: importerad → möte {meeting.pk}, {day}, {meeting.items.count()} punkter"


def find_group(spec: str) -> Group:
    """The group named ORG_SLUG/GROUP_SLUG, or a CommandError that lists the choices."""
    org_slug, _, group_slug = spec.strip().strip("/").partition("/")
    found = Group.objects.filter(organisation__slug=org_slug, slug=group_slug).first()
    if found:
        return found
    choices = [
        f"  {g.organisation.slug}/{g.slug}  ({g})"
        for g in Group.objects.select_related("organisation")
    ]
    listing = "\n".join(choices) if choices else "  (det finns inga grupper ännu)"
    raise CommandError(
        f"Gruppen ”{spec}” finns inte. Ange --group FÖRVALTNING/GRUPP med kortnamnen, "
        f"till exempel socialforvaltningen/forvaltningsgrupp. Grupper:\n{listing}"
    )
