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
        elif len(cells) >= 2 and is_column_names_row(texts, _under_justering(out)):
            i = _named_columns(lines, i + 1, cells, out)
        elif len(cells) >= 3 and _names_periods(texts):
            i = _figures(lines, i, cells, out)
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


def _row_cells(line: str, starts: list[int]) -> list[str]:
    """The row's text in each column of a heading whose cells start at `starts`."""
    cells: list[list[str]] = [[] for _ in starts]
    for position, text in _cells(line):
        cells[_column_of(position, starts)].append(text)
    return [" ".join(parts) for parts in cells]


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
    rows = [_row_cells(line, starts) for line in lines[start:end]]
    columns = [text for _, text in names]
    if side_over_names(columns):
        # "Arbetsgivarledamöter  Funktion": the side's heading, then its people.
        out.extend(["", columns[0]])
        columns[0] = "Namn"
    out.extend(["", *attendee_rows(columns, rows), ""])
    return end


# A column of figures is headed by its period: "2023", "Helår 2022", "Jan–mars 2024", "T1 2024".
_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?"
PERIOD_CELL = re.compile(
    rf"(?:(?:helår(?:et)?|hela året|året|år|[tq][1-4]|kv(?:artal)?\s?[1-4]|{_MONTH}"
    rf"(?:\s?[–-]\s?{_MONTH})?)\s)?(?:19|20)\d\d",
    re.IGNORECASE,
)
# A figure in a cell: "6,6 %", "13 %", "-0,9 mnkr", "12", "1 250 tkr".
FIGURE_CELL = re.compile(
    r"[-−–]?\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?(?:\s?(?:%|procent|mnkr|mkr|tkr|kr|st))?"
)
MISSING = ("-", "–", "—", "")


def _names_periods(cells: list[str]) -> bool:
    """ "Nyckeltal   Helår 2022   Helår 2023": a label's column, then one per period,
    each another ("Budget 2024   Utfall 2024" name measures, not periods)."""
    periods = cells[1:]
    return (
        not PERIOD_CELL.fullmatch(cells[0])
        and len(set(periods)) == len(periods)
        and all(PERIOD_CELL.fullmatch(cell) for cell in periods)
    )


def _figures(lines: list[str], at: int, heading: list[tuple[int, str]], out: list[str]) -> int:
    """The table under a row of periods: each row of figures as a paragraph the metrics
    rule reads ("Sjukfrånvaro totalt: 6,6 % helår 2022, 6,1 % helår 2023."), as far
    as rows of figures go; the rest as it was. Returns where the table ends."""
    end = _table_rows(lines, at + 1)
    starts = [position for position, _ in heading]
    periods = [text.lower() for _, text in heading]
    rows: list[str] = []
    for line in lines[at + 1 : end]:
        row = _figure_row(line, starts, periods)
        if row is None:
            break
        rows.append(row)
    if not rows:
        out.extend(lines[at:end])  # no figures under it: text, each line once
        return end
    out.extend(["", *[part for row in rows for part in (row, "")]])
    out.extend(lines[at + 1 + len(rows) : end])  # "Källa: …" under the table
    return end


def _figure_row(line: str, starts: list[int], periods: list[str]) -> str | None:
    label, *values = _row_cells(line, starts)
    if not label or not all(v in MISSING or FIGURE_CELL.fullmatch(v) for v in values):
        return None
    figures = [f"{v} {p}" for v, p in zip(values, periods[1:], strict=True) if v not in MISSING]
    return f"{label}: {', '.join(figures)}." if figures else None


SIGNING_HEADING = re.compile(r"(?:justering|justeras|justerat|underskrifter?)\s*:?", re.IGNORECASE)


def _under_justering(out: list[str]) -> bool:
    """Whether the line above (blank lines aside) heads the signatures."""
    above = next((line for line in reversed(out[-3:]) if line.strip()), "")
    return bool(SIGNING_HEADING.fullmatch(above.strip()))
