"""Attendee tables in plain text, as a PDF or Word export lays them out with tabs
or runs of spaces: turned into the lines the header reads.

- Side by side under "Arbetsgivarens företrädare      Arbetstagarnas företrädare":
  the left column, then the right one (as columns.py does for a PDF).
- Under a row of periods ("Nyckeltal   Helår 2022   Helår 2023"): each row as a
  sentence of its figures, "Personalomsättning: 13 % helår 2022, 11 % helår 2023."
- Under a row of column names ("Namn  Funktion  Organisation  Närvarande"): each row
  as one entry, "Anna Berg, rektor, Arbetsgivare" (sides.attendee_rows). A side's
  heading may stand for "Namn" ("Arbetsgivarledamöter  Funktion"): it heads the entries.

Other text is left as it is: clean joins its runs of spaces.
"""

from __future__ import annotations

import re

from samverkan.reader.extract.sides import (
    attendee_rows,
    is_column_names_row,
    is_side_heading_row,
    side_over_names,
)

# A cell of a space-aligned line: words apart by single spaces; cells are two or more apart.
CELL = re.compile(r"\S+(?: \S+)*")
GAP = re.compile(r"\S(?:\t| {3,})\S")
ALIGNMENT_SLACK = 2  # a cell may start this many characters off its column
HEADING_ROW_LENGTH = 300


def plain_tables(page: str) -> str:
    if not _has_gap(page):
        return page
    lines = page.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        # A row of headings is short: a long line is no table's, however many gaps it has.
        cells = (
            _cells(lines[i]) if len(lines[i]) <= HEADING_ROW_LENGTH and _has_gap(lines[i]) else []
        )
        texts = [text for _, text in cells]
        if len(cells) == 2 and is_side_heading_row(texts):
            i = _side_by_side(lines, i + 1, cells, out)
        elif len(cells) >= 2 and is_column_names_row(texts):
            i = _named_columns(lines, i + 1, cells, out)
        elif (
            len(cells) >= 3
            and _names_periods(texts)
            and (rows := _figure_rows(lines, i + 1, cells))
        ):
            out.extend(rows)
            i = _table_rows(lines, i + 1)
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _has_gap(text: str) -> bool:
    """GAP.search(text), which is slow (a blank is everywhere): gaps are rare, and
    str.find looks for their first blanks quickly."""
    for blank in ("\t", "   "):
        at = text.find(blank)
        while at >= 0:
            if GAP.match(text, max(at - 1, 0)):
                return True
            at = text.find(blank, at + 1)
    return False


def _cells(line: str) -> list[tuple[int, str]]:
    """(where the cell starts, its text): a tab's cell starts at its index, negated, so
    that tab- and space-aligned rows are never compared by position."""
    if "\t" in line:
        parts = re.split(r"\t+", line.rstrip())
        return [(-index, part.strip()) for index, part in enumerate(parts)]
    return [(m.start(), m[0]) for m in CELL.finditer(line)]


def _table_rows(lines: list[str], start: int) -> int:
    """Where the table that starts at `start` ends: at the first blank line."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return end


def _column_of(cell_start: int, starts: list[int]) -> int:
    if cell_start <= 0:  # tab-separated: the cell's index
        return min(-cell_start, len(starts) - 1)
    column = 0
    for index, start in enumerate(starts):
        if start <= cell_start + ALIGNMENT_SLACK:
            column = index
    return column


def _side_by_side(lines, start, heading, out) -> int:
    end = _table_rows(lines, start)
    starts = [position for position, _ in heading]
    columns: list[list[str]] = [[text] for _, text in heading]
    for line in lines[start:end]:
        for position, text in _cells(line):
            if text:
                columns[_column_of(position, starts)].append(text)
    for column in columns:
        out.extend(["", *column])
    out.append("")
    return end


def _named_columns(lines, start, names, out) -> int:
    end = _table_rows(lines, start)
    starts = [position for position, _ in names]
    rows = []
    for line in lines[start:end]:
        cells: list[list[str]] = [[] for _ in names]
        for position, text in _cells(line):
            cells[_column_of(position, starts)].append(text)
        rows.append([" ".join(parts) for parts in cells])
    columns = [text for _, text in names]
    if side_over_names(columns):
        # "Arbetsgivarledamöter  Funktion": the side's heading, then its people.
        out.extend(["", columns[0]])
        columns[0] = "Namn"
    out.extend(["", *attendee_rows(columns, rows), ""])
    return end


# A column of figures is headed by its period: "2023", "Helår 2022", "Jan–mars 2024".
PERIOD_CELL = re.compile(r"^(?:\S+\s+){0,2}(?:19|20)\d\d$")


def _names_periods(cells: list[str]) -> bool:
    """ "Nyckeltal   Helår 2022   Helår 2023": a label's column, then one per period."""
    return all(PERIOD_CELL.match(cell) for cell in cells[1:])


def _figure_rows(lines: list[str], start: int, heading: list[tuple[int, str]]) -> list[str]:
    """Each row under the periods as a paragraph the metrics rule reads: "Sjukfrånvaro
    totalt: 6,6 % helår 2022, 6,1 % helår 2023." None when a row holds no figure."""
    end = _table_rows(lines, start)
    starts = [position for position, _ in heading]
    periods = [text.lower() for _, text in heading]
    out: list[str] = []
    for line in lines[start:end]:
        cells: list[list[str]] = [[] for _ in heading]
        for position, text in _cells(line):
            cells[_column_of(position, starts)].append(text)
        label = " ".join(cells[0])
        figures = [
            (" ".join(values), period)
            for values, period in zip(cells[1:], periods[1:], strict=True)
            if values
        ]
        if not label or not figures or not all(_is_figure(value) for value, _ in figures):
            return []
        listed = ", ".join(f"{value} {period}" for value, period in figures)
        out.extend(["", f"{label}: {listed}."])
    return [*out, ""] if out else []


def _is_figure(cell: str) -> bool:
    return cell[:1].isdigit() or cell[:1] in "-−–" and cell[1:2].isdigit()
