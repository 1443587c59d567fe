"""The few PDFium calls the reader needs, bound with ctypes to pypdfium2's library.

`samverkan parse` is a whole process per call, so start-up counts. pypdfium2's
helper layer costs about a tenth of a second to import, and even its raw
bindings (`pypdfium2_raw`) take some 15 ms: they declare every one of PDFium's
functions and import `platform`, `shutil` and `subprocess` to do it. The reader
needs fifteen functions, so it loads the same shared library (the one the
pypdfium2 wheel ships) and declares those itself, with the signatures of
pypdfium2_raw's generated bindings. The helper's method names are kept:
get_text_range, get_charbox, count_rects, get_rect, get_text_bounded.

PDFium is not thread-safe, not even for different documents: hold LOCK while
calling it (extract/pdf.py holds it for a whole document).
"""

from __future__ import annotations

import _thread
import ctypes
import os
from ctypes import POINTER, c_double, c_float, c_int, c_size_t, c_ulong, c_ushort, c_void_p
from functools import cache

# FPDF_GetLastError codes for a password and an unsupported security handler.
PASSWORD_ERRORS = (4, 5)
LOCK = _thread.allocate_lock()  # threading.Lock, without importing threading


class PdfError(Exception):
    def __init__(self, code: int):
        super().__init__(f"PDFium error {code}")
        self.code = code


class FS_RECTF(ctypes.Structure):  # noqa: N801 — PDFium's name
    _fields_ = (("left", c_float), ("top", c_float), ("right", c_float), ("bottom", c_float))


HANDLE = c_void_p  # FPDF_DOCUMENT, FPDF_PAGE, FPDF_TEXTPAGE: opaque pointers
TEXT = POINTER(c_ushort)  # UTF-16LE output buffers
# name: (argument types, result type), as in pypdfium2_raw/bindings.py.
SIGNATURES = {
    "FPDF_InitLibrary": ((), None),
    "FPDF_GetLastError": ((), c_ulong),
    "FPDF_LoadMemDocument64": ((c_void_p, c_size_t, ctypes.c_char_p), HANDLE),
    "FPDF_CloseDocument": ((HANDLE,), None),
    "FPDF_GetPageCount": ((HANDLE,), c_int),
    "FPDF_LoadPage": ((HANDLE, c_int), HANDLE),
    "FPDF_ClosePage": ((HANDLE,), None),
    "FPDFText_LoadPage": ((HANDLE,), HANDLE),
    "FPDFText_ClosePage": ((HANDLE,), None),
    "FPDFText_CountChars": ((HANDLE,), c_int),
    "FPDFText_GetText": ((HANDLE, c_int, c_int, TEXT), c_int),
    "FPDFText_GetLooseCharBox": ((HANDLE, c_int, POINTER(FS_RECTF)), c_int),
    "FPDFText_CountRects": ((HANDLE, c_int, c_int), c_int),
    "FPDFText_GetRect": ((HANDLE, c_int, *[POINTER(c_double)] * 4), c_int),
    "FPDFText_GetBoundedText": ((HANDLE, *[c_double] * 4, TEXT, c_int), c_int),
}


@cache
def _pdfium() -> ctypes.CDLL:
    library = ctypes.CDLL(_library_path())
    for name, (argtypes, restype) in SIGNATURES.items():
        function = getattr(library, name)
        function.argtypes, function.restype = argtypes, restype
    library.FPDF_InitLibrary()
    return library


def _library_path() -> str:
    """libpdfium.so inside the installed pypdfium2_raw package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("pypdfium2_raw")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pypdfium2 is not installed (the reader reads PDFs with its PDFium)")
    folder = next(iter(spec.submodule_search_locations))
    for name in ("libpdfium.so", "libpdfium.dylib", "pdfium.dll"):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    raise ImportError(f"PDFium's library is missing from {folder}")


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
        buffer = (c_ushort * (2 * count + 2))()
        written = self.raw.FPDFText_GetText(self.handle, 0, count, buffer)
        return _decode(buffer, written)

    def get_charbox(self, index: int, loose: bool = True) -> tuple[float, float, float, float]:
        rect = FS_RECTF()
        if not self.raw.FPDFText_GetLooseCharBox(self.handle, index, rect):
            raise PdfError(0)
        return rect.left, rect.bottom, rect.right, rect.top

    def count_rects(self, start: int, count: int) -> int:
        return self.raw.FPDFText_CountRects(self.handle, start, count)

    def get_rect(self, index: int) -> tuple[float, float, float, float]:
        left, top, right, bottom = (c_double() for _ in range(4))
        if not self.raw.FPDFText_GetRect(self.handle, index, left, top, right, bottom):
            raise PdfError(0)
        return left.value, bottom.value, right.value, top.value

    def get_text_bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        args = (self.handle, left, top, right, bottom)
        count = self.raw.FPDFText_GetBoundedText(*args, None, 0)
        if count <= 0:
            return ""
        buffer = (c_ushort * (count + 1))()
        written = self.raw.FPDFText_GetBoundedText(*args, buffer, count)
        return _decode(buffer, written)


def _decode(buffer, written: int) -> str:
    data = ctypes.string_at(buffer, max(0, written) * 2)
    return data.decode("utf-16-le", errors="ignore").rstrip("\x00")
