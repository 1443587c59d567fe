"""The attendee table's side headings: "Arbetsgivarrepresentanter | Arbetstagarrepresentanter".

A table whose first row names both sides lists attendees per side, so it is
read one column after the other (each column is one side's list), whether it
comes from a Word table or from a PDF's aligned columns.
"""

from __future__ import annotations

import re

# "Arbetsgivare", "Arbetsgivarens företrädare", "För arbetsgivaren".
EMPLOYER_HEADING = re.compile(
    r"^\s*(?:för\s+)?arbetsgivar\w*(?:\s+(?:företrädare|representanter|ledamöter))?\s*:?\s*$",
    re.IGNORECASE,
)
# "Arbetstagare", "Arbetstagarorganisationernas företrädare", "Fackliga representanter".
EMPLOYEE_HEADING = re.compile(
    r"^\s*(?:för\s+(?:de\s+)?)?(?:arbetstagar\w*|fackliga? \w+|fack\w*)"
    r"(?:\s+(?:företrädare|representanter|ledamöter))?\s*:?\s*$",
    re.IGNORECASE,
)


def names_both_sides(text: str) -> bool:
    """A cheap test on a page or line before its geometry is looked at."""
    lower = text.lower()
    return "arbetsgivar" in lower and ("arbetstagar" in lower or "fack" in lower)


def may_name_columns(text: str) -> bool:
    """A cheap test for a row of column names ("Namn  Organisation  Närvarande")."""
    return "namn" in text.lower()


def is_side_heading_row(cells: list[str]) -> bool:
    headings = [cell for cell in cells if cell.strip()]
    return any(EMPLOYER_HEADING.match(h) for h in headings) and any(
        EMPLOYEE_HEADING.match(h) for h in headings
    )


# A table of attendees with a row of column names: "Namn | Funktion | Organisation | Närvarande".
COLUMN_NAMES = {
    "namn", "funktion", "roll", "befattning", "titel", "uppdrag", "organisation", "förbund",
    "fackförbund", "facklig organisation", "part", "representerar", "enhet", "arbetsplats",
    "e-post", "epost", "telefon", "närvarande", "närvaro", "närv", "deltog", "deltar",
    "närvarande ja/nej", "närvarande (ja/nej)", "funktion/organisation", "roll/organisation",
    "organisation/funktion",
}  # fmt: skip
# A justering table's columns to sign in: read only under a justering heading, where a
# date is the day of signing ("Namn   Funktion/organisation   Datum"), and left out.
SIGNING_COLUMNS = {"datum", "underskrift", "signatur", "namnförtydligande"}
PRESENCE_COLUMNS = {"närvarande", "närvaro", "närv", "deltog", "deltar", "närvarande ja/nej",
                    "närvarande (ja/nej)"}  # fmt: skip
UNREAD_COLUMNS = {"e-post", "epost", "telefon", *SIGNING_COLUMNS}  # nothing the contract holds
ABSENT_MARKS = {"nej", "n", "-", "–", "frånvarande", "förhinder", "anmält förhinder", "ej"}


def _column_name(cell: str) -> str:
    return " ".join(cell.split()).strip(" :").lower()


def is_column_names_row(cells: list[str], signing: bool = False) -> bool:
    """ "Namn  Funktion  Organisation", or a side's heading over its names:
    "Arbetsgivarledamöter  Funktion" (see side_over_names); signing: under a
    justering heading, where "Datum" may be a column too."""
    if len(cells) > len(COLUMN_NAMES):  # a row of column names names each once
        return False
    known = COLUMN_NAMES | SIGNING_COLUMNS if signing else COLUMN_NAMES
    names = [_column_name(cell) for cell in cells if cell.strip()]
    if len(names) < 2 or not all(name in known for name in names[1:]):
        return False
    return names[0] in known and "namn" in names or side_over_names(cells)


def side_over_names(cells: list[str]) -> bool:
    """Whether a row of column names has a side's heading where "Namn" would stand."""
    return bool(EMPLOYER_HEADING.match(cells[0]) or EMPLOYEE_HEADING.match(cells[0]))


def attendee_rows(names: list[str], rows: list[list[str]]) -> list[str]:
    """Each row under a row of column names as one list entry, "Anna Berg, rektor,
    Arbetsgivare"; a "Nej" in the presence column becomes "ej närvarande"."""
    columns = [_column_name(name) for name in names]
    entries = []
    for row in rows:
        cells = []
        for column, cell in zip(columns, row, strict=False):
            cell = " ".join(cell.split())
            if column in UNREAD_COLUMNS or not cell:
                continue
            if column in PRESENCE_COLUMNS:
                if cell.lower() in ABSENT_MARKS:
                    cells.append("ej närvarande")
                continue  # "Ja", "X": present, as everyone listed is
            cells.append(cell)
        if cells:
            entries.append(", ".join(cells))
    return entries
