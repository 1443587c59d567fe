"""Real PDF and DOCX files made from a protocol's text, for reading back.

The text is split into blocks the way the source shows it: one block per
source paragraph (a blank gap wider than the text's ordinary line spacing
ends a paragraph), numbered headings as their own blocks. Inside a paragraph
a hard-wrapped line (one that filled the source's line width) is joined with
the next, so that the PDF wraps (and may hyphenate) it anew; a short line
keeps its line break, as in lists of participants.

PDFs come from Typst with the text passed as JSON (never as markup); DOCX
files from python-docx with real automatic numbering and tables.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

TEMPLATE = Path(__file__).with_name("protocol.typ")
HEADING = re.compile(
    r"^(?P<label>§\s*(?P<para>\d+)|(?P<num>\d+(?:\.\d+)*)\.?)(?:\s+(?P<title>\S.*))?$"
)
URL_LINE = re.compile(r"^https?://\S+$")
BULLET = re.compile(r"^[•◦▪\-–]\s")
EMPLOYER = re.compile(r"^arbetsgivar\w*:?$", re.IGNORECASE)
EMPLOYEE = re.compile(r"^(arbetstagar\w*|fackliga \w+):?$", re.IGNORECASE)
HEADER_FIELD = re.compile(r"^(tid|tidpunkt|datum|plats|justerare|frånvarande)\b", re.IGNORECASE)


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "table" | "pagebreak"
    lines: list[str] = field(default_factory=list)
    number: str | None = None  # headings: "5.1", "§ 3"
    columns: list[list[str]] = field(default_factory=list)  # tables: each column's cells


# --- text → blocks ----------------------------------------------------------


def blocks_from_text(text: str) -> list[Block]:
    rows = _rows(text)
    ordinary = _ordinary_gap(rows)
    width = _line_width([line for _, line in rows])
    blocks: list[Block] = []
    numbers = _HeadingSequence()
    current: Block | None = None
    for gap, line in rows:
        heading = numbers.match(line)
        if heading is not None:
            current = Block("heading", [line], heading)
            blocks.append(current)
        elif URL_LINE.match(line):
            # A link on its own line stays so; a run of them stays together.
            if current is not None and URL_LINE.match(current.lines[-1]) and gap <= ordinary:
                current.lines.append(line)
            else:
                current = Block("paragraph", [line])
                blocks.append(current)
        elif (
            current is not None
            and current.kind == "heading"
            and _continues_heading(current, line, gap, ordinary)
        ):
            current.lines.append(line)
        elif (
            current is None
            or current.kind != "paragraph"
            or gap > ordinary
            or URL_LINE.match(current.lines[-1])
        ):
            current = Block("paragraph", [line])
            blocks.append(current)
        else:
            _add_line(current, line, width)
    return blocks


def _rows(text: str) -> list[tuple[int, str]]:
    rows, gap = [], 0
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            rows.append((gap, line))
            gap = 0
        else:
            gap += 1
    return rows


def _ordinary_gap(rows: list[tuple[int, str]]) -> int:
    counts = Counter(gap for gap, _ in rows[1:])
    return min(counts, key=lambda gap: (-counts[gap], gap)) if counts else 0


def _line_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _continues_heading(block: Block, line: str, gap: int, ordinary: int) -> bool:
    if gap > ordinary:
        return False
    number_only = len(block.lines) == 1 and HEADING.match(block.lines[0])["title"] is None
    return number_only or line[0].islower()


def _add_line(block: Block, line: str, width: int) -> None:
    previous = block.lines[-1]
    if len(previous) < 0.75 * width or BULLET.match(line):
        block.lines.append(line)
    elif previous.endswith("-") and line[0].islower() and len(previous) > 1:
        # A hyphen after a capital or digit is part of the word ("SIP-möten").
        keep = previous[-2].isupper() or previous[-2].isdigit()
        block.lines[-1] = (previous if keep else previous[:-1]) + line
    else:
        block.lines[-1] = previous + " " + line


class _HeadingSequence:
    """Accepts a numbered line as a heading only if it continues the numbering."""

    def __init__(self) -> None:
        self.last: list[int] = [0]

    def match(self, line: str) -> str | None:
        found = HEADING.match(line)
        if not found:
            return None
        parts = [int(found["para"])] if found["para"] else [int(n) for n in found["num"].split(".")]
        # "§ 45" may open a protocol (paragraphs numbered through the year); "13 januari" not.
        first_paragraph = found["para"] is not None and self.last == [0]
        if not (first_paragraph or self._next(parts)):
            return None
        self.last = parts
        return f"§ {parts[0]}" if found["para"] else ".".join(map(str, parts))

    def _next(self, parts: list[int]) -> bool:
        top = self.last[0]
        if len(parts) == 1:
            return parts[0] == top + 1
        if parts[:-1] != self.last[: len(parts) - 1]:
            return False
        previous = self.last[len(parts) - 1] if len(self.last) >= len(parts) else 0
        return parts[-1] == previous + 1


# --- PDF ---------------------------------------------------------------------


@cache
def _compiler():
    import typst

    return typst.Compiler(root=str(TEMPLATE.parent), ignore_system_fonts=True)


def pdf_from_blocks(
    blocks: list[Block],
    *,
    header: str | None = "Protokoll",
    page_numbers: bool = True,
    hyphenate: bool = False,
    size: float = 11,
) -> bytes:
    data = {
        "title": header or "Protokoll",
        "header": header,
        "page_numbers": page_numbers,
        "hyphenate": hyphenate,
        "size": size,
        "blocks": [asdict(block) for block in blocks],
    }
    inputs = {"data": json.dumps(data, ensure_ascii=False)}
    return _compiler().compile(input=str(TEMPLATE), sys_inputs=inputs)


def pdf_from_text(text: str, *, attendee_table: bool = False, **options) -> bytes:
    """A PDF of the text; attendee_table=True sets the attendee lists side by side."""
    return pdf_from_blocks(
        blocks_with_table(text) if attendee_table else blocks_from_text(text), **options
    )


def blocks_with_table(text: str) -> list[Block]:
    """Blocks with the attendee lists (Arbetsgivarrepresentanter, Arbetstagarrepresentanter) as one table."""
    before, columns, after = _split_attendees(text)
    if columns is None:
        return blocks_from_text(text)
    return blocks_from_text(before) + [Block("table", columns=columns)] + blocks_from_text(after)


def pdf_from_pages(pages: list[list[str]], **options) -> bytes:
    """One page per list, each string a paragraph (for page-by-page tests)."""
    blocks: list[Block] = []
    for page in pages:
        if blocks:
            blocks.append(Block("pagebreak"))
        blocks.extend(Block("paragraph", [text]) for text in page)
    return pdf_from_blocks(blocks, **options)


# --- DOCX --------------------------------------------------------------------


def docx_from_text(
    text: str,
    *,
    numbering: bool = False,
    attendee_table: bool = False,
    header: str | None = None,
) -> bytes:
    """A Word file: headings numbered automatically (numbering=True) or as
    typed, and the attendee lists as a two-column table (attendee_table=True)."""
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
        document.sections[0].footer.paragraphs[0].text = "Sida 1 av 1"
    before, table, after = _split_attendees(text) if attendee_table else (text, None, "")
    numbers = _WordNumbering(document, blocks_from_text(text)) if numbering else None
    for block in blocks_from_text(before):
        _add_block(document, block, numbers)
    if table:
        _add_attendee_table(document, table)
    for block in blocks_from_text(after) if table else []:
        _add_block(document, block, numbers)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_from_paragraphs(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _split_attendees(text: str) -> tuple[str, list[list[str]] | None, str]:
    """The text before the attendee lists, the lists as two columns, the text after."""
    lines = text.replace("\r\n", "\n").split("\n")
    stripped = [" ".join(line.split()) for line in lines]
    start = next((i for i, line in enumerate(stripped) if EMPLOYER.match(line)), None)
    middle = next((i for i, line in enumerate(stripped) if EMPLOYEE.match(line)), None)
    if start is None or middle is None or middle < start:
        return text, None, ""
    end = middle + 1
    while (
        end < len(lines)
        and not HEADER_FIELD.match(stripped[end])
        and not HEADING.match(stripped[end])
    ):
        end += 1
    employer = [line for line in stripped[start:middle] if line]
    employee = [line for line in stripped[middle:end] if line]
    return "\n".join(lines[:start]), [employer, employee], "\n".join(lines[end:])


def _add_attendee_table(document, columns: list[list[str]]) -> None:
    height = max(len(column) for column in columns)
    table = document.add_table(rows=height, cols=len(columns))
    for c, column in enumerate(columns):
        for r, text in enumerate(column):
            table.cell(r, c).text = text


def _add_block(document, block: Block, numbers: _WordNumbering | None) -> None:
    if block.kind == "pagebreak":
        document.add_page_break()
        return
    if block.kind == "heading":
        title = " ".join(block.lines)
        if numbers is not None and numbers.apply(document, block, title):
            return
        document.add_paragraph(title, style="Heading 2")
        return
    paragraph = document.add_paragraph()
    for i, line in enumerate(block.lines):
        run = paragraph.add_run(line)
        if i < len(block.lines) - 1:
            run.add_break()


class _WordNumbering:
    """One multi-level list for the item headings: "%1." (or "§ %1") and "%1.%2"."""

    def __init__(self, document, blocks: list[Block]) -> None:
        headings = [b for b in blocks if b.kind == "heading"]
        self.paragraph_sign = bool(headings) and headings[0].number.startswith("§")
        dotted = sum(1 for b in headings if re.match(r"^\d+\.\s", b.lines[0]))
        self.top_text = (
            "§ %1" if self.paragraph_sign else ("%1." if dotted * 2 >= len(headings) else "%1")
        )
        first = int(headings[0].number.lstrip("§ ").split(".")[0]) if headings else 1
        self.numbering = document.part.numbering_part.element
        self.abstract_id = "90"
        self.num_id = self._add_definition(first)
        self.expected = [first - 1]

    def apply(self, document, block: Block, title: str) -> bool:
        parts = [int(n) for n in block.number.lstrip("§ ").split(".")]
        level = len(parts) - 1
        expected = self._expected(level)
        if level == 0 and parts[0] != expected:
            self.num_id = self._add_instance(restart=parts[0])
        elif level > 0 and parts[-1] != expected:
            return False  # Word cannot print this number; it stays as typed
        self.expected = parts
        text = HEADING.match(title)["title"] or ""
        paragraph = document.add_paragraph(text, style="Heading 1" if level == 0 else "Heading 2")
        _set_num_pr(paragraph, self.num_id, level)
        return True

    def _expected(self, level: int) -> int:
        if level < len(self.expected):
            return self.expected[level] + 1
        return 1

    def _add_definition(self, start: int) -> str:
        from docx.oxml import parse_xml

        levels = [("decimal", self.top_text, start)]
        levels += [("decimal", ".".join(f"%{n}" for n in range(1, i + 2)), 1) for i in range(1, 4)]
        xml = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{s}"/><w:numFmt w:val="{f}"/>'
            f'<w:lvlText w:val="{t}"/><w:suff w:val="space"/></w:lvl>'
            for i, (f, t, s) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {_NS} w:abstractNumId="{self.abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{xml}</w:abstractNum>'
        )
        first_num = self.numbering.find(f"{_W}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        return self._add_instance()

    def _add_instance(self, restart: int | None = None) -> str:
        from docx.oxml import parse_xml

        num_id = str(100 + len(self.numbering.findall(f"{_W}num")))
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>'
            if restart is not None
            else ""
        )
        self.numbering.append(
            parse_xml(
                f'<w:num {_NS} w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract_id}"/>'
                f"{override}</w:num>"
            )
        )
        return num_id


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _set_num_pr(paragraph, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = parse_xml(
        f'<w:numPr {_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    # The schema puts numPr right after pStyle; Word refuses other orders.
    p_pr.insert(1 if p_pr.find(f"{_W}pStyle") is not None else 0, num_pr)
