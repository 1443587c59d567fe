"""Word (.docx) protocols: body paragraphs and tables in document order.

Word stores automatic numbering apart from the text ("1." lives in
numbering.xml, not in the paragraph), so it is rendered back in here; a
protocol's item numbers are its structure. Headers and footers are page
furniture and are not read.

Each Word paragraph becomes one line with a blank line before it (a paragraph
in Word is a paragraph, never a wrapped line); a manual line break inside a
paragraph gives a line without a blank one. Empty paragraphs that a secretary
typed for spacing add further blank lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from samverkan.reader.errors import CorruptFile, EmptyFile
from samverkan.reader.extract.numbering import Numbering, paragraph_number
from samverkan.reader.extract.sides import (
    attendee_rows,
    is_column_names_row,
    is_side_heading_row,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word elements whose text a reader does not see on paper.
HIDDEN = {f"{W}del", f"{W}instrText", f"{W}delText", f"{W}moveFrom"}
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def extract_docx(data: bytes, name: str):
    from samverkan.reader.extract import Extracted

    document = _open(data, name)
    numbers = _Numbers(Numbering.from_document(document), _style_numbering(document))
    lines: list[str] = []
    for element in _blocks(document.element.body):
        if element.tag == f"{W}p":
            _add_paragraph(lines, element, numbers)
        else:
            _add_table(lines, element, numbers)
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise EmptyFile(
            f"{name}: Word-dokumentet innehåller ingen text",
            f"{name}: the Word document has no text",
        )
    return Extracted("docx", [text], None)


def _open(data: bytes, name: str):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise CorruptFile(
            f"{name}: filen är inget läsbart Word-dokument (.docx)",
            f"{name}: the file is not a readable Word document (.docx)",
        ) from error
    except Exception as error:  # lxml and zlib raise their own types on damaged parts
        raise CorruptFile(
            f"{name}: Word-dokumentet är trasigt och kan inte läsas",
            f"{name}: the Word document is damaged and cannot be read",
        ) from error


def _blocks(parent):
    """Paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _blocks(child if child.tag != f"{W}sdt" else _sdt_content(child))


def _sdt_content(sdt):
    content = sdt.find(f"{W}sdtContent")
    return content if content is not None else sdt


@dataclass
class _Numbers:
    """Word's list numbering, counted in document order (tables included)."""

    numbering: Numbering
    styles: dict

    def text(self, p) -> str:
        text = paragraph_text(p)
        if not text.strip():
            return text
        return paragraph_number(p, self.numbering, self.styles) + text


def _add_paragraph(lines: list[str], p, numbers: _Numbers) -> None:
    text = numbers.text(p)
    if not text.strip():
        lines.append("")
        return
    lines.append("")
    lines.extend(text.split("\n"))


def paragraph_text(p) -> str:
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag in HIDDEN or tag == FALLBACK or tag == f"{W}pPr" or tag == f"{W}rPr":
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}txbxContent" or (tag == f"{W}r" and _hidden(child)):
            continue  # text boxes sit beside the text; hidden text is not printed
        else:
            _collect(child, parts)


def _hidden(run) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off")


def _cell_lines(tc, numbers: _Numbers) -> list[str]:
    lines: list[str] = []
    for element in _blocks(tc):
        if element.tag == f"{W}p":
            lines.extend(line for line in numbers.text(element).split("\n") if line.strip())
        else:
            sub: list[str] = []
            _add_table(sub, element, numbers)
            lines.extend(line for line in sub if line.strip())
    return lines


def _rows(tbl, numbers: _Numbers) -> list[list[list[str]]]:
    """Each row's cells as lines; a cell merged across rows is read once, in its first row."""
    rows = []
    for tr in tbl.iterchildren(f"{W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{W}tc"):
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
            cells.append([] if continued else _cell_lines(tc, numbers))
        rows.append(cells)
    return rows


def _add_table(lines: list[str], tbl, numbers: _Numbers) -> None:
    rows = _rows(tbl, numbers)
    if not rows:
        return
    heading = [" ".join(cell).strip() for cell in rows[0]]  # the first row tells the shape
    names = [text.lower() for text in heading]
    if is_side_heading_row(heading):
        _add_columns(lines, rows)
        return
    if is_column_names_row(heading):
        # "Namn | Funktion | Närvarande": one entry per row, "Nej" read as absent.
        entries = attendee_rows(heading, [[" ".join(cell) for cell in row] for row in rows[1:]])
        lines.extend(["", *entries])
        return
    if columns := _minutes_columns(names):
        _add_minutes(lines, rows, heading, columns)
        return
    if len(names) >= 3 and any(name.startswith("ansvarig") for name in names):
        # A balanslista: its columns (Fråga | Ansvarig | Status) are kept apart, empty
        # cells too, for the parser to read each open question's owner and status.
        for row in rows:
            lines.extend(["", " | ".join(" ".join(cell) for cell in row)])
        return
    if _is_signature_table(rows, heading):
        _add_columns(lines, rows)  # each column a signature: line, name, role below
        return
    if _is_key_value_table(rows):
        _add_key_values(lines, rows)
        return
    for row in rows:
        texts = [" ".join(cell) for cell in row if any(cell)]
        if texts:
            lines.append("")
            lines.append(", ".join(texts))


# A protocol written as a table, one item per row: "Nr | Ärende | Anteckning | Ansvarig".
NUMBER_COLUMNS = ("nr", "§", "punkt", "paragraf")
TITLE_COLUMNS = ("ärende", "rubrik", "punkt", "dagordning", "fråga")
NOTES_COLUMNS = ("anteckning", "noteringar", "diskussion", "beslut", "protokoll", "text")


def _minutes_columns(names: list[str]) -> tuple[int, int, int] | None:
    """The number, title and notes columns of a protocol written as a table, by the
    first row's lower-cased names; None for any other table (a balanslista has no notes
    column)."""
    found = []
    for kinds in (NUMBER_COLUMNS, TITLE_COLUMNS, NOTES_COLUMNS):
        index = next(
            (i for i, name in enumerate(names) if name.startswith(kinds) and i not in found), -1
        )
        if index < 0:
            return None
        found.append(index)
    return found[0], found[1], found[2]


def _add_minutes(lines: list[str], rows, names: list[str], columns: tuple[int, int, int]) -> None:
    """Each row as the item it is: "5. Arbetsmiljö", its notes, then the other columns
    as labels under their names ("Ansvarig: Hussein Ali", "Klart: 2024-12-13")."""
    number_at, title_at, notes_at = columns
    for row in rows[1:]:
        cells = [" ".join(cell).strip() for cell in row] + [""] * (len(names) - len(row))
        number, title = cells[number_at].rstrip("."), cells[title_at]
        if not (number or title):
            continue
        heading = f"{number} {title}" if number.startswith("§") else f"{number}. {title}"
        lines.extend(["", heading.strip(". ")])
        lines.extend(row[notes_at] if notes_at < len(row) else [])
        for index, name in enumerate(names):
            if index not in columns and cells[index]:
                lines.append(f"{name}: {cells[index]}")


SIGNING = re.compile(r"^(?:vid protokollet|justeras|justerare|justerande|ordförande|sekreterare|"
                     r"underskrift(?:er)?|[._…\-–]{4,})\s*:?$", re.IGNORECASE)  # fmt: skip


def _is_signature_table(rows, heading: list[str]) -> bool:
    """Names side by side, under lines to sign on or labels: a first row made of those
    alone ("Vid protokollet | Justeras", "……… | ………"). An attendee row that holds a
    role ("Anna Berg | förvaltningschef | Ordförande") is no such row."""
    if len(rows) > 6:
        return False
    filled = [text for text in heading if text]
    return bool(filled) and all(SIGNING.match(text) for text in filled)


def _is_key_value_table(rows) -> bool:
    """Two columns, the first of labels: "Datum | 2024-03-05", "Närvarande | …"."""
    pairs = [row for row in rows if any(row)]
    if len(pairs) < 2 or any(len(row) != 2 for row in pairs):
        return False
    labels = [" ".join(row[0]) for row in pairs]
    return sum(map(_label_like, labels)) >= 0.6 * len(labels)


def _label_like(text: str) -> bool:
    """ "Tid", "Vid protokollet", "Plats och tid": a capital, then lower-case words."""
    words = text.rstrip(":").split()
    return (
        0 < len(words) <= 3
        and len(text) <= 30
        and words[0][:1].isupper()
        and all(word.islower() for word in words[1:])
        and not any(char.isdigit() for char in text)
    )


def _add_key_values(lines: list[str], rows) -> None:
    for row in rows:
        label = " ".join(row[0]).strip().rstrip(":") if row else ""
        values = row[1] if len(row) > 1 else []
        if not label and not values:
            continue
        lines.append("")
        if len(values) == 1:
            lines.append(f"{label}: {values[0]}")
        else:  # "Närvarande" over its lists, line by line
            lines.extend([f"{label}:", *values] if label else values)


def _add_columns(lines: list[str], rows: list[list[list[str]]]) -> None:
    """Attendees are listed per side, so the table is read one column after the other."""
    width = max(len(row) for row in rows)
    for column in range(width):
        column_lines = [line for row in rows if column < len(row) for line in row[column]]
        if column_lines:
            lines.append("")
            lines.extend(column_lines)


def _style_numbering(document) -> dict:
    """Style id → (numId, ilvl) for styles that number their paragraphs (numbered headings)."""
    styles_part = document.part.styles
    root = styles_part.element if styles_part is not None else None
    if root is None:
        return {}
    direct: dict[str, tuple[str | None, str | None]] = {}
    based_on: dict[str, str] = {}
    for style in root.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(f"{W}numId")
            ilvl = num_pr.find(f"{W}ilvl")
            direct[style_id] = (
                num_id.get(f"{W}val") if num_id is not None else None,
                ilvl.get(f"{W}val") if ilvl is not None else None,
            )
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val")
    resolved = {}
    for style_id in set(direct) | set(based_on):
        seen, current = set(), style_id
        while current and current not in direct and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current in direct:
            resolved[style_id] = direct[current]
    return resolved
