"""Why an import was refused, in Swedish for the page and English for logs and the API."""

from __future__ import annotations


class ImportRefused(Exception):
    """A file that cannot be imported; nothing of it was stored. `str()` is the Swedish message."""

    def __init__(self, message: str, message_en: str):
        super().__init__(message)
        self.message = message
        self.message_en = message_en


class DuplicateMeeting(ImportRefused):
    """The group already has a meeting that day (or from the same file).

    Not an error in the file: the page asks whether to import anyway.
    """

    def __init__(self, message: str, message_en: str, meetings: list):
        super().__init__(message, message_en)
        self.meetings = meetings
