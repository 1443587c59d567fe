"""The few PDFium calls the reader needs, through pypdfium2's raw bindings.

pypdfium2's helper layer costs about a tenth of a second to import (logging,
font info, library scope), more than reading a short protocol; `samverkan
parse` is a whole process per call, so the reader goes through the raw
ctypes bindings (`pypdfium2_raw`, the same library and signatures) and keeps
the helper's method names: get_text_range, get_charbox, count_rects, get_rect,
get_text_bounded.
"""

from __future__ import annotations

import ctypes
from functools import cache

# FPDF_GetLastError codes for a password and an unsupported security handler.
PASSWORD_ERRORS = (4, 5)


class PdfError(Exception):
    def __init__(self, code: int):
        super().__init__(f"PDFium error {code}")
        self.code = code


@cache
def _pdfium():
    import pypdfium2_raw as raw

    raw.FPDF_InitLibrary()
    return raw


class Document:
    """An open PDF; close() it (or use `with`) to free PDFium's memory."""

    def __init__(self, data: bytes):
        self.raw = _pdfium()
        # PDFium reads from this buffer while the document is open: keep it alive here.
        self._buffer = ctypes.create_string_buffer(data, len(data))
        self.handle = self.raw.FPDF_LoadMemDocument64(self._buffer, len(data), None)
        if not self.handle:
            raise PdfError(self.raw.FPDF_GetLastError())

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return self.raw.FPDF_GetPageCount(self.handle)

    def textpage(self, index: int) -> TextPage:
        page = self.raw.FPDF_LoadPage(self.handle, index)
        if not page:
            raise PdfError(self.raw.FPDF_GetLastError())
        return TextPage(self.raw, page)

    def close(self) -> None:
        if self.handle:
            self.raw.FPDF_CloseDocument(self.handle)
            self.handle = None


class TextPage:
    def __init__(self, raw, page):
        self.raw = raw
        self.page = page
        self.handle = raw.FPDFText_LoadPage(page)
        if not self.handle:
            raw.FPDF_ClosePage(page)
            raise PdfError(raw.FPDF_GetLastError())

    def close(self) -> None:
        self.raw.FPDFText_ClosePage(self.handle)
        self.raw.FPDF_ClosePage(self.page)

    def count_chars(self) -> int:
        return self.raw.FPDFText_CountChars(self.handle)

    def get_text_range(self) -> str:
        """The whole page's text."""
        count = self.count_chars()
        if count <= 0:
            return ""
        # Room for twice the characters: PDFium may insert some (line ends) in its output.
        buffer = (ctypes.c_ushort * (2 * count + 2))()
        written = self.raw.FPDFText_GetText(self.handle, 0, count, buffer)
        return _decode(buffer, written)

    def get_charbox(self, index: int, loose: bool = True) -> tuple[float, float, float, float]:
        rect = self.raw.FS_RECTF()
        if not self.raw.FPDFText_GetLooseCharBox(self.handle, index, rect):
            raise PdfError(0)
        return rect.left, rect.bottom, rect.right, rect.top

    def count_rects(self, start: int, count: int) -> int:
        return self.raw.FPDFText_CountRects(self.handle, start, count)

    def get_rect(self, index: int) -> tuple[float, float, float, float]:
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        if not self.raw.FPDFText_GetRect(self.handle, index, left, top, right, bottom):
            raise PdfError(0)
        return left.value, bottom.value, right.value, top.value

    def get_text_bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        args = (self.handle, left, top, right, bottom)
        count = self.raw.FPDFText_GetBoundedText(*args, None, 0)
        if count <= 0:
            return ""
        buffer = (ctypes.c_ushort * (count + 1))()
        written = self.raw.FPDFText_GetBoundedText(*args, buffer, count)
        return _decode(buffer, written)


def _decode(buffer, written: int) -> str:
    data = ctypes.string_at(buffer, max(0, written) * 2)
    return data.decode("utf-16-le", errors="ignore").rstrip("\x00")
