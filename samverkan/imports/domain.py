"""The import workflow: a protocol file becomes a stored meeting.

One write path for the upload page, the `import` command and the demo loader:
`prepare_import` reads and keeps the file for review, `confirm_import` turns it
into a meeting, `import_file` does both at once, `discard_import` drops it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q

from samverkan.audit.models import record_change
from samverkan.imports.building import build_meeting
from samverkan.imports.errors import DuplicateMeeting, ImportRefused
from samverkan.imports.models import ImportedDocument
from samverkan.imports.values import iso_date
from samverkan.meetings.models import Meeting
from samverkan.organisations.domain import match_party
from samverkan.organisations.models import Group, Party
from samverkan.reader import ReaderError, read_bytes
from samverkan.reader.model import Protocol, protocol_from_dict
from samverkan.reader.parties import PartyRegistry

__all__ = [
    "DuplicateMeeting",
    "ImportRefused",
    "confirm_import",
    "discard_import",
    "duplicates_of",
    "import_file",
    "prepare_import",
    "review",
]

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
}


# -- prepare -------------------------------------------------------------------


def prepare_import(*, group: Group, filename: str, content: bytes, user) -> ImportedDocument:
    """Read a file and keep it, untouched, with what the reader made of it, for review.

    Raises ImportRefused (and stores nothing) when the file is too large, empty
    or unreadable.
    """
    filename = clean_filename(filename)
    check_size(filename, content)
    protocol, source_text = read_protocol(filename, content)
    return ImportedDocument.objects.create(
        group=group,
        filename=filename,
        content_type=CONTENT_TYPES.get(protocol.source.format, "application/octet-stream"),
        content=content,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        source_text=without_nul(source_text),
        parsed=without_nul(protocol.to_dict()),
        status=ImportedDocument.Status.PENDING,
        uploaded_by=user if getattr(user, "is_authenticated", False) else None,
    )


def clean_filename(filename: str) -> str:
    """The file's own name: browsers may send a path, Windows ones with backslashes."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip() or "protokoll"
    if len(name) > 255:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem[: 254 - len(suffix)]}{dot}{suffix}" if dot else name[:255]
    return name


def check_size(filename: str, content: bytes) -> None:
    limit = settings.IMPORT_MAX_BYTES
    if not content:
        raise ImportRefused(f"{filename}: filen är tom.", f"{filename}: the file is empty.")
    if len(content) > limit:
        size, most = _megabytes(len(content)), _megabytes(limit)
        raise ImportRefused(
            f"{filename}: filen är för stor ({size} MB). Största tillåtna storlek är {most} MB.",
            f"{filename}: the file is too large ({size} MB). The largest allowed is {most} MB.",
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def read_protocol(filename: str, content: bytes) -> tuple[Protocol, str]:
    """The reader's protocol and the text it read (pages separated by form feeds)."""
    from samverkan.reader.extract import extract

    try:
        protocol = read_bytes(content, filename)
        pages = extract(content, filename).pages
    except ReaderError as error:
        raise ImportRefused(error.message, error.message_en) from error
    except Exception as error:
        # A reader bug must not take the page down; the file is refused and logged.
        logger.exception("The reader failed on %s", filename)
        raise ImportRefused(
            f"{filename}: filen kunde inte läsas på grund av ett oväntat fel. "
            "Pröva att spara den i ett annat format (PDF, DOCX eller text) och importera igen.",
            f"{filename}: the file could not be read because of an unexpected error.",
        ) from error
    text = "\f".join(page.replace("\r\n", "\n").replace("\r", "\n") for page in pages)
    return protocol, text


def without_nul(value: Any) -> Any:
    """The value with NUL characters removed: PostgreSQL text and jsonb refuse them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    if isinstance(value, dict):
        return {k: without_nul(v) for k, v in value.items()}
    return value


# -- confirm -------------------------------------------------------------------


def confirm_import(
    *, document: ImportedDocument, user, group: Group | None = None, allow_duplicate: bool = False
) -> Meeting:
    """Store the reviewed protocol as a meeting with all its rows, in one transaction.

    Raises DuplicateMeeting when the group already has a meeting that day (unless
    allow_duplicate), ImportRefused when the document is no longer pending or
    its data cannot be stored. Either way nothing is left behind.
    """
    try:
        with transaction.atomic():
            return _confirm(document.pk, user, group, allow_duplicate)
    except DatabaseError as error:
        logger.exception("Storing the import of %s failed", document.filename)
        raise ImportRefused(
            f"{document.filename}: protokollet kunde inte sparas i databasen.",
            f"{document.filename}: the protocol could not be stored in the database.",
        ) from error


def _confirm(document_id: int, user, group: Group | None, allow_duplicate: bool) -> Meeting:
    # Locked so that a double click cannot turn one file into two meetings.
    document = ImportedDocument.objects.select_for_update().defer("content").get(pk=document_id)
    check_pending(document)
    group = group or document.group
    protocol = protocol_from_dict(document.parsed)
    if not allow_duplicate:
        refuse_duplicates(document, group, protocol)
    meeting = build_meeting(protocol, group=group, filename=document.filename)
    document.meeting, document.group = meeting, group
    document.status = ImportedDocument.Status.CONFIRMED
    document.save(update_fields=["meeting", "group", "status"])
    record_change(
        meeting=meeting,
        user=user,
        action="import",
        summary=f"importerade protokoll från fil {document.filename}",
        changes={"document": document.pk, "filename": document.filename, "sha256": document.sha256},
    )
    return meeting


def check_pending(document: ImportedDocument) -> None:
    if document.status == ImportedDocument.Status.CONFIRMED:
        raise ImportRefused(
            f"{document.filename} är redan importerad.", f"{document.filename} is already imported."
        )
    if document.status == ImportedDocument.Status.DISCARDED:
        raise ImportRefused(
            f"{document.filename} har förkastats och kan inte importeras.",
            f"{document.filename} was discarded and cannot be imported.",
        )


def duplicates_of(document: ImportedDocument, group: Group | None = None) -> list[Meeting]:
    """Meetings of the group on the protocol's date, or made from the very same file."""
    group = group or document.group
    day = iso_date(document.parsed.get("date"))
    same = Q(source_document__sha256=document.sha256)
    if day:
        same |= Q(date=day)
    found = Meeting.objects.filter(group=group).filter(same).exclude(source_document=document)
    return list(found.distinct().order_by("date", "pk"))


def refuse_duplicates(document: ImportedDocument, group: Group, protocol: Protocol) -> None:
    found = duplicates_of(document, group)
    if not found:
        return
    day = protocol.date or "samma datum"
    raise DuplicateMeeting(
        f"{group.name} har redan ett möte {day} (eller ett från samma fil). "
        "Kryssa i ”Importera ändå” om det ändå ska importeras.",
        f"{group.name} already has a meeting on {protocol.date or 'the same date'} (or one "
        "from the same file). Tick “Import anyway” to import it all the same.",
        meetings=found,
    )


# -- both at once, and discard ---------------------------------------------------


def import_file(
    *, group: Group, filename: str, content: bytes, user=None, allow_duplicate: bool = False
) -> Meeting:
    """Read and store a file without review, in one transaction (command, demo loader)."""
    with transaction.atomic():
        document = prepare_import(group=group, filename=filename, content=content, user=user)
        return confirm_import(document=document, user=user, allow_duplicate=allow_duplicate)


def discard_import(*, document: ImportedDocument, user) -> ImportedDocument:
    """Drop a pending file: its content and text go, a trace of the upload stays."""
    with transaction.atomic():
        document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
        check_pending(document)
        document.status = ImportedDocument.Status.DISCARDED
        document.content, document.source_text, document.parsed = b"", "", {}
        document.save(update_fields=["status", "content", "source_text", "parsed"])
    logger.info("Import %s of %s discarded by %s", document.pk, document.filename, user)
    return document


# -- what the review page shows -------------------------------------------------


@dataclass
class Review:
    document: ImportedDocument
    protocol: Protocol
    duplicates: list[Meeting]
    participants: list[tuple[str, list]] = field(default_factory=list)  # (side label, people)
    items: list[tuple[Any, int]] = field(default_factory=list)  # (item, depth) in order
    new_parties: list[str] = field(default_factory=list)  # would be created on confirm
    pages: list[str] = field(default_factory=list)


def review(document: ImportedDocument) -> Review:
    protocol = protocol_from_dict(document.parsed)
    return Review(
        document=document,
        protocol=protocol,
        duplicates=duplicates_of(document),
        participants=_by_side(protocol),
        items=_flatten(protocol.items, 0),
        new_parties=_unknown_parties(protocol),
        pages=document.source_text.split("\f") if document.source_text else [],
    )


def _by_side(protocol: Protocol) -> list[tuple[str, list]]:
    """(side label, participants) for each side that has any, employer first."""
    sides = []
    for side in Party.Side:
        people = [p for p in protocol.participants if p.side == side.value]
        if people:
            sides.append((side.label, people))
    return sides


def _flatten(items: list, depth: int) -> list[tuple[Any, int]]:
    flat: list[tuple[Any, int]] = []
    for item in items:
        flat.append((item, depth))
        flat.extend(_flatten(item.items, depth + 1))
    return flat


def _unknown_parties(protocol: Protocol) -> list[str]:
    names = [p.party for p in protocol.participants if p.side != "employer"]
    names += [a.party for a in protocol.adjusters] + [s.party for s in protocol.signatures]
    names += [s.party for item in protocol.all_items() for s in item.statements]
    registry = PartyRegistry.default()
    unknown: list[str] = []
    for name in names:
        known = registry.lookup(name) if name else True
        if not known and name not in unknown and match_party(name) is None:
            unknown.append(name)
    return unknown
