"""The attendee table's side headings: "Arbetsgivarrepresentanter | Arbetstagarrepresentanter".

A table whose first row names both sides lists attendees per side, so it is
read one column after the other (each column is one side's list), whether it
comes from a Word table or from a PDF's aligned columns.
"""

from __future__ import annotations

import re

EMPLOYER_HEADING = re.compile(r"^\s*arbetsgivar\w*\s*:?\s*$", re.IGNORECASE)
EMPLOYEE_HEADING = re.compile(r"^\s*(arbetstagar\w*|fackliga? \w+|fack\w*)\s*:?\s*$", re.IGNORECASE)


def names_both_sides(text: str) -> bool:
    """A cheap test on a page or line before its geometry is looked at."""
    lower = text.lower()
    return "arbetsgivar" in lower and ("arbetstagar" in lower or "fack" in lower)


def is_side_heading_row(cells: list[str]) -> bool:
    headings = [cell for cell in cells if cell.strip()]
    return any(EMPLOYER_HEADING.match(h) for h in headings) and any(
        EMPLOYEE_HEADING.match(h) for h in headings
    )
