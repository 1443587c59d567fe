"""Attendee tables in PDFs: side-by-side columns read one after the other, and rows
under column names ("Namn | Organisation | Närvarande") read one entry per row.

PDFium reads a two-column table row by row and joins each row's cells into one
line ("Anna Berg, HR-chef Cecilia Falk, Kommunal"). When a line's pieces,
separated by a gap wider than any word space, are the two side headings
(Arbetsgivarrepresentanter | Arbetstagarrepresentanter), the rows below it are
split at the columns' left edges and the columns are given one after the
other, the way the attendee lists are written. Under a row of column names,
each row becomes one entry with its cells in order (sides.attendee_rows). Other
tables (Datum | Tid) keep their rows: there a row belongs together.
"""

from __future__ import annotations

import re
from collections import namedtuple

from samverkan.reader.extract.sides import (
    attendee_rows,
    is_column_names_row,
    is_side_heading_row,
    may_name_columns,
    names_both_sides,
)

__all__ = ["attendee_columns", "may_hold_attendees"]

COLUMN_GAP = 18.0  # points: wider than a word space, even in justified text
ALIGN = 6.0  # points of slack when matching a piece to a column's left edge
ROW_GAP = 40.0  # points: more than any table row, so a wider gap ends the table
ITEM = re.compile(r"^\s*(?:§\s*\d+|\d+(?:\.\d+)*\.?\s+\S)")
HEADER_FIELD = re.compile(
    r"^\s*(?:tid|tidpunkt|datum|plats|lokal|justerare|justering|frånvarande|förhinder)\s*:",
    re.IGNORECASE,
)


# A named tuple, not a dataclass: importing dataclasses takes some 9 ms of the
# extraction that `samverkan parse` runs in a child process.
Piece = namedtuple("Piece", "left right text")


def pieces(textpage, start: int, length: int) -> list[Piece]:
    """The parts of one line separated by column-wide gaps."""
    boxes: list[list[float]] = []
    for i in range(textpage.count_rects(start, length)):
        left, bottom, right, top = textpage.get_rect(i)
        if boxes and 0 <= left - boxes[-1][2] < COLUMN_GAP:
            box = boxes[-1]
            boxes[-1] = [box[0], min(box[1], bottom), max(box[2], right), max(box[3], top)]
        else:
            boxes.append([left, bottom, right, top])
    found = [Piece(b[0], b[2], " ".join(textpage.get_text_bounded(*b).split())) for b in boxes]
    return [piece for piece in found if piece.text]


def may_hold_attendees(text: str) -> bool:
    return names_both_sides(text) or may_name_columns(text)


def attendee_columns(
    textpage, lines: list[str], tops: list[float | None], starts: list[int]
) -> tuple[list[str], list[float | None]]:
    """The page's lines with each attendee table turned into its columns, one after the other."""
    out_lines: list[str] = []
    out_tops: list[float | None] = []
    i = 0
    while i < len(lines):
        table = (
            _table_at(textpage, lines, tops, starts, i) if may_hold_attendees(lines[i]) else None
        )
        if table is None:
            out_lines.append(lines[i])
            out_tops.append(tops[i])
            i += 1
            continue
        found, i = table
        out_lines.extend(text for text, _ in found)
        out_tops.extend(top for _, top in found)
    return out_lines, out_tops


def _table_at(textpage, lines, tops, starts, first: int):
    """The attendee table whose heading row is line `first`: its lines (with their
    tops) as the header reads them, and the line after it; None if there is none."""
    head = pieces(textpage, starts[first], len(lines[first]))
    names = [piece.text for piece in head]
    sides = len(head) >= 2 and is_side_heading_row(names)
    if not sides and not (len(head) >= 2 and is_column_names_row(names)):
        return None
    table = _Table([piece.left for piece in head], tops[first])
    table.columns = [[(piece.text, tops[first])] for piece in head]
    row = first + 1
    while row < len(lines) and table.add(textpage, lines[row], tops[row], starts[row]):
        row += 1
    if sides:
        return [line for column in table.columns for line in column], row
    return _entries(names, table.rows), row


def _entries(names: list[str], rows: list[tuple[list[str], float | None]]):
    found = []
    for cells, top in rows:
        found.extend((entry, top) for entry in attendee_rows(names, [cells]))
    return found


class _Table:
    """An attendee table being read row by row until text after it begins."""

    def __init__(self, lefts: list[float], top: float | None) -> None:
        self.lefts = lefts
        self.columns: list[list[tuple[str, float | None]]] = []
        self.rows: list[tuple[list[str], float | None]] = []  # each row's cells, by column
        self.previous = top
        self.widest = 0.0  # the largest distance between two rows seen so far

    def add(self, textpage, line: str, top: float | None, start: int) -> bool:
        if not line.strip():
            return True
        if ITEM.match(line) or top is None or self.previous is None:
            return False
        pitch = self.previous - top
        placed = self._place(pieces(textpage, start, len(line)))
        if placed is None or pitch > ROW_GAP:
            return False
        single = len(placed) == 1
        # A lone piece further below than any row so far, or a header field
        # ("Tid:", "Plats:"), is the text after the table.
        if single and (HEADER_FIELD.match(line) or (self.widest and pitch > 1.25 * self.widest)):
            return False
        cells = [""] * len(self.lefts)
        for column, text in placed:
            self.columns[column].append((text, top))
            cells[column] = f"{cells[column]} {text}".strip()
        self.rows.append((cells, top))
        self.widest = max(self.widest, pitch)
        self.previous = top
        return True

    def _place(self, found: list[Piece]) -> list[tuple[int, str]] | None:
        placed = []
        for piece in found:
            column = max(
                (k for k, left in enumerate(self.lefts) if left <= piece.left + ALIGN), default=0
            )
            if column + 1 < len(self.lefts) and piece.right > self.lefts[column + 1] + ALIGN:
                return None  # text running across the columns: the table is over
            placed.append((column, piece.text))
        return placed
