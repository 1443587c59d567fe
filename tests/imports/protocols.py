"""Protocols as the reader hands them over, written out in full for the import tests."""

from __future__ import annotations

import copy
import hashlib
import json

from samverkan.imports.models import ImportedDocument
from samverkan.reader.model import protocol_from_dict

FULL: dict = {
    "schema": "samverkan.protocol/1",
    "source": {"filename": "fvg-2023-08-23.txt", "format": "txt", "pages": None},
    "organisation": "Skärholmens stadsdelsförvaltning",
    "body": "Förvaltningsgrupp",
    "date": "2023-08-23",
    "start_time": "13:00",
    "end_time": "14:55",
    "location": "Sammanträdesrum Måsen",
    "remote": "Zoom",
    "participants": [
        {
            "name": "Magnus Borgsten",
            "side": "employer",
            "party": None,
            "role": "stadsdelsdirektör",
            "present": True,
        },
        {
            "name": "Caroline Seidefors",
            "side": "employer",
            "party": None,
            "role": "HR-specialist",
            "present": True,
        },
        {
            "name": "Irene Holm",
            "side": "employee",
            "party": "Kommunal",
            "role": "huvudskyddsombud",
            "present": True,
        },
        {
            "name": "Carin Trygg Monvall",
            "side": "employee",
            "party": "SSR",
            "role": None,
            "present": True,
        },
        {
            "name": "Malin Danhard",
            "side": "employee",
            "party": "Svergies lärare",
            "role": None,
            "present": True,
        },
        {
            "name": "Monika Marek",
            "side": "employee",
            "party": "Vision",
            "role": None,
            "present": False,
        },
    ],
    "chair": "Magnus Borgsten",
    "secretary": "Caroline Seidefors",
    "adjusters": [
        {"name": "Carin Trygg Monvall", "party": "Akademikerförbundet SSR"},
        {"name": "Irene Holm", "party": "Kommunal"},
    ],
    "adjustment": {
        "date": "2023-08-25",
        "digital": True,
        "comments_due": "2023-08-24T12:00",
        "validation_url": "https://validering.example.se/abc",
    },
    "items": [
        {
            "number": "1",
            "title": "Mötet öppnas",
            "text": "Mötet öppnades av Magnus Borgsten.",
            "mbl": None,
            "statements": [],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "items": [],
            "mbl_parts": [],
        },
        {
            "number": "2",
            "title": "Godkännande av dagordning",
            "text": "Dagordningen godkändes.",
            "mbl": None,
            "statements": [],
            "follow_ups": [],
            "decisions": ["Dagordningen godkändes."],
            "metrics": [],
            "items": [],
            "mbl_parts": [],
        },
        {
            "number": "5",
            "title": "Information från arbetsgivaren",
            "text": "",
            "mbl": None,
            "statements": [],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "mbl_parts": [],
            "items": [
                {
                    "number": "5.1",
                    "title": "Sjukfrånvaro",
                    "text": "Sjukfrånvaron är 5,98 %.",
                    "mbl": None,
                    "statements": [
                        {
                            "party": "Kommunal",
                            "kind": "question",
                            "text": "Kommunal undrar varför.",
                        },
                        {
                            "party": "Arbetsgivaren",
                            "kind": "answer",
                            "text": "Arbetsgivaren svarade.",
                        },
                    ],
                    "follow_ups": [
                        {
                            "text": "Arbetsgivaren återkommer.",
                            "owner": "Arbetsgivaren",
                            "due": "next meeting",
                        },
                        {
                            "text": "Irene tar fram underlag.",
                            "owner": "Irene Holm",
                            "due": "2023-09-20",
                        },
                        {"text": "Mer info önskas.", "owner": None, "due": None},
                    ],
                    "decisions": [],
                    "metrics": [
                        {
                            "name": "sjukfrånvaro rullande 12 månader",
                            "value": 5.98,
                            "unit": "%",
                            "period": "2023-07",
                        },
                        {"name": "underskott", "value": 14.7, "unit": "mnkr", "period": None},
                    ],
                    "items": [],
                    "mbl_parts": [],
                },
            ],
        },
        {
            "number": "6",
            "title": "Nämndärenden",
            "text": "Budget och organisation.",
            "mbl": "§11",
            "statements": [],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "mbl_parts": [{"mbl": "§11", "text": "Organisation"}, {"mbl": "§19", "text": "Budget"}],
            "items": [
                {
                    "number": "6.1",
                    "title": "Verksamhetsplan 2024",
                    "text": "",
                    "mbl": "§19",
                    "statements": [],
                    "follow_ups": [],
                    "decisions": [],
                    "metrics": [],
                    "items": [],
                    "mbl_parts": [],
                },
            ],
        },
        {
            "number": "7",
            "title": "Föranmälda frågor",
            "text": "",
            "mbl": None,
            "statements": [
                {"party": "Sveriges Lärare", "kind": "disagreement", "text": "Oenighet."},
            ],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "items": [],
            "mbl_parts": [],
        },
        {
            "number": "8",
            "title": "Övriga frågor",
            "text": "Inga.",
            "mbl": None,
            "statements": [],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "items": [],
            "mbl_parts": [],
        },
        {
            "number": "9",
            "title": "Nästa möte",
            "text": "",
            "mbl": None,
            "statements": [],
            "follow_ups": [],
            "decisions": [],
            "metrics": [],
            "items": [],
            "mbl_parts": [],
        },
    ],
    "next_meeting": {
        "date": "2023-09-20",
        "start_time": "13:00",
        "end_time": "15:00",
        "location": "Måsen",
        "remote": "Zoom",
    },
    "signatures": [
        {"name": "Caroline Seidefors", "party": None, "note": None, "role": "sekreterare"},
        {
            "name": "Malin Danhard",
            "party": "Sveriges Lärare",
            "note": "oenighet under föranmälda frågor",
            "role": None,
        },
    ],
    "links": ["https://zoom.us/j/123", "https://insyn.stockholm.se/x"],
    "warnings": ["Rad 40 kunde inte placeras."],
}


def participant(name: str, side: str, party: str | None = None, **fields) -> dict:
    """One participant as the reader writes it: present, without a role, unless told."""
    return {"name": name, "side": side, "party": party, "role": None, "present": True, **fields}


def full(**changes) -> dict:
    """A deep copy of FULL with top-level fields replaced."""
    data = copy.deepcopy(FULL)
    data.update(changes)
    protocol_from_dict(data)  # fails early if a test writes a field the reader does not have
    return data


def pending(
    group, data: dict | None = None, *, filename: str = "fvg-2023-08-23.txt", user=None
) -> ImportedDocument:
    """A document waiting for review, as prepare_import leaves it, with a chosen protocol."""
    data = full() if data is None else data
    content = json.dumps(data, ensure_ascii=False).encode()
    return ImportedDocument.objects.create(
        group=group,
        filename=filename,
        content_type="text/plain",
        content=content,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        source_text="Protokoll\f sida två",
        parsed=data,
        uploaded_by=user,
    )
