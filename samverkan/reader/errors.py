"""Errors a person can act on: each names the problem in Swedish and English."""


class ReaderError(Exception):
    """A file the reader cannot read. `str()` is the Swedish message."""

    def __init__(self, message: str, message_en: str):
        super().__init__(message)
        self.message = message
        self.message_en = message_en


class UnsupportedFormat(ReaderError):
    pass


class EncryptedFile(ReaderError):
    pass


class CorruptFile(ReaderError):
    pass


class EmptyFile(ReaderError):
    pass
