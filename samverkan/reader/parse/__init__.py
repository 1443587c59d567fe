"""Parse: cleaned lines into the fields of the protocol contract. (Stub.)"""

from __future__ import annotations

from samverkan.reader.clean import Cleaned
from samverkan.reader.model import Protocol, Source
from samverkan.reader.parties import PartyRegistry


def parse(cleaned: Cleaned, *, source: Source, parties: PartyRegistry) -> Protocol:
    return Protocol(source=source, links=list(cleaned.links))
