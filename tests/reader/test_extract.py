"""Extract: bytes of a .txt, .pdf or .docx into pages of text."""

from __future__ import annotations

import codecs
import io
import zipfile

import docx
import pytest

from samverkan.reader.errors import CorruptFile, EmptyFile, EncryptedFile, UnsupportedFormat
from samverkan.reader.extract import extract
from samverkan.reader.extract.numbering import format_number
from tests.reader.builders import (
    Block,
    docx_from_paragraphs,
    docx_from_text,
    pdf_from_blocks,
    pdf_from_pages,
    pdf_from_text,
)

SWEDISH = "Mötet öppnades – ”Sveriges Lärare” håller med. Åtgärd: 5 €."


# --- text files ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        SWEDISH.encode("utf-8"),
        codecs.BOM_UTF8 + SWEDISH.encode("utf-8"),
        SWEDISH.encode("cp1252"),
        SWEDISH.encode("utf-16"),
        codecs.BOM_UTF16_BE + SWEDISH.encode("utf-16-be"),
        SWEDISH.encode("utf-16-le"),  # no BOM
        SWEDISH.encode("utf-16-be"),  # no BOM
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "windows-1252",
        "utf-16-bom",
        "utf-16be-bom",
        "utf-16le",
        "utf-16be",
    ],
)
def test_text_encodings_decode_to_the_same_text(data):
    assert extract(data, "protokoll.txt").pages == [SWEDISH]


def test_latin1_text_decodes():
    text = "Närvarande: Åsa Öberg, ordförande"
    assert extract(text.encode("latin-1"), "p.txt").pages == [text]


@pytest.mark.parametrize("encoding", ["cp850", "cp437", "mac_roman"])
def test_swedish_text_from_dos_and_old_macs_decodes(encoding):
    text = "Mötet öppnades av Åsa Ärlig. Kommunal undrar när förändringen sker för våra medlemmar."
    assert extract(text.encode(encoding), "p.txt").pages == [text]


def test_text_with_form_feeds_is_split_into_pages():
    extracted = extract("Sida ett\nrad två\fSida två".encode(), "p.txt")
    assert (extracted.format, extracted.pages, extracted.page_count) == (
        "txt",
        ["Sida ett\nrad två", "Sida två"],
        2,
    )


def test_text_without_form_feeds_has_no_page_count():
    assert extract(b"En rad", "p.txt").page_count is None


@pytest.mark.parametrize(
    "data", [b"", b"  \n\t\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + b" \x00"]
)
def test_empty_text_file_is_empty(data):
    with pytest.raises(EmptyFile) as error:
        extract(data, "tom.txt")
    assert (error.value.message, error.value.message_en) == (
        "tom.txt: filen är tom",
        "tom.txt: the file is empty",
    )


def test_file_without_suffix_is_recognised_by_content():
    pdf = pdf_from_pages([["Innehåll."]], header=None, page_numbers=False)
    assert extract(pdf, "bilaga").format == "pdf"
    assert extract(b"Text", "README").format == "txt"


# --- PDF ----------------------------------------------------------------------


def test_pdf_is_read_page_by_page():
    pdf = pdf_from_pages(
        [["Första sidan."], ["Andra sidan, rad ett.", "Andra stycket."]],
        header=None,
        page_numbers=False,
    )
    extracted = extract(pdf, "p.pdf")
    assert (extracted.format, extracted.pages, extracted.page_count) == (
        "pdf",
        ["Första sidan.", "Andra sidan, rad ett.\nAndra stycket."],
        2,
    )


def test_pdf_paragraph_spacing_becomes_blank_lines():
    long = " ".join(["Arbetsgivaren informerade om verksamhetsplanen."] * 6)
    pdf = pdf_from_pages([[long, long, "Kort stycke."]], header=None, page_numbers=False)
    page = extract(pdf, "p.pdf").pages[0]
    paragraphs = [p.replace("\n", " ").replace("  ", " ").strip() for p in page.split("\n\n")]
    assert paragraphs == [long, long, "Kort stycke."]


def test_password_protected_pdf_is_encrypted(encrypted_pdf):
    with pytest.raises(EncryptedFile) as error:
        extract(encrypted_pdf(user_password="hemligt"), "låst.pdf")
    assert (error.value.message, error.value.message_en) == (
        "låst.pdf: PDF-filen är lösenordsskyddad och kan inte läsas",
        "låst.pdf: the PDF is password-protected and cannot be read",
    )


def test_pdf_with_only_an_owner_password_is_read(encrypted_pdf):
    pages = extract(encrypted_pdf(user_password=""), "p.pdf").pages
    assert pages == ["Hemligt protokoll."]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nnot really a pdf", b"Hello, this is no PDF", b"\x00\x01\x02" * 100],
    ids=["pdf-header-garbage", "text", "binary"],
)
def test_broken_pdf_is_corrupt(data):
    with pytest.raises(CorruptFile) as error:
        extract(data, "trasig.pdf")
    assert (error.value.message, error.value.message_en) == (
        "trasig.pdf: filen är ingen läsbar PDF (trasig eller felaktig)",
        "trasig.pdf: the file is not a readable PDF (damaged or invalid)",
    )


def test_truncated_pdf_is_corrupt():
    pdf = pdf_from_pages([["Ett stycke."]])
    with pytest.raises(CorruptFile):
        extract(pdf[: len(pdf) // 2], "avbruten.pdf")


def test_pdf_without_text_is_a_scanned_image():
    pdf = pdf_from_blocks([], header=None, page_numbers=False)
    with pytest.raises(EmptyFile) as error:
        extract(pdf, "skannad.pdf")
    assert (error.value.message, error.value.message_en) == (
        "skannad.pdf: PDF-filen innehåller ingen text; den verkar vara en inskannad bild utan text",
        "skannad.pdf: the PDF contains no text; it seems to be a scanned image without text",
    )


def test_zero_byte_pdf_is_empty():
    with pytest.raises(EmptyFile):
        extract(b"", "tom.pdf")


# --- DOCX ---------------------------------------------------------------------


def docx_text(data: bytes) -> str:
    extracted = extract(data, "p.docx")
    assert (extracted.format, extracted.page_count) == ("docx", None)
    return extracted.pages[0]


def test_docx_paragraphs_are_separated_by_a_blank_line_and_breaks_kept():
    data = docx_from_paragraphs(["Första stycket.", "Andra stycket\nmed en radbrytning."])
    assert docx_text(data) == "Första stycket.\n\nAndra stycket\nmed en radbrytning."


def test_docx_automatic_numbering_is_rendered_as_printed():
    text = "1. Mötets öppnande\nMötet öppnades.\n2. Verksamhetsfrågor\n2.1 Ledningsgrupp\nInfo.\n2.2 Ekonomi\n3. Övriga frågor"
    data = docx_from_text(text, numbering=True)
    assert docx_text(data).split("\n\n") == [
        "1. Mötets öppnande",
        "Mötet öppnades.",
        "2. Verksamhetsfrågor",
        "2.1 Ledningsgrupp",
        "Info.",
        "2.2 Ekonomi",
        "3. Övriga frågor",
    ]
    # The numbers are Word's, not typed: the paragraph text holds the title only.
    titles = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert titles[:3] == ["Mötets öppnande", "Mötet öppnades.", "Verksamhetsfrågor"]


def test_docx_numbering_keeps_start_value_and_paragraph_sign():
    data = docx_from_text("§ 3 Balanslista\nTom.\n§ 4 Övriga frågor", numbering=True)
    assert docx_text(data).split("\n\n") == ["§ 3 Balanslista", "Tom.", "§ 4 Övriga frågor"]


def test_docx_headings_numbered_by_their_style():
    document = docx.Document()
    _number_heading_style(document, "Heading1", lvl_text="%1.", start=1)
    for title in ("Mötets öppnande", "Val av justerare"):
        document.add_paragraph(title, style="Heading 1")
    document.add_paragraph("Brödtext.")
    assert docx_text(_save(document)).split("\n\n") == [
        "1. Mötets öppnande",
        "2. Val av justerare",
        "Brödtext.",
    ]


def test_docx_bullets_and_list_numbers_from_word_styles():
    document = docx.Document()
    document.add_paragraph("Punkt ett", style="List Bullet")
    document.add_paragraph("Nummer", style="List Number")
    document.add_paragraph("Nummer två", style="List Number")
    assert docx_text(_save(document)) == "• Punkt ett\n\n1. Nummer\n\n2. Nummer två"


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (4, "decimal", "4"),
        (4, "lowerLetter", "d"),
        (28, "upperLetter", "BB"),
        (9, "lowerRoman", "ix"),
        (14, "upperRoman", "XIV"),
        (7, "decimalZero", "07"),
    ],
)
def test_number_formats(value, fmt, expected):
    assert format_number(value, fmt) == expected


def test_docx_attendee_table_is_read_column_by_column():
    text = (
        "Förvaltningsgrupp 2023-09-20\n\n"
        "Arbetsgivarrepresentanter\nAnna Andersson, förvaltningschef\nBo Berg, HR-chef\n"
        "Arbetstagarrepresentanter\nKommunal – Cecilia Ek\nVision – David Falk\nSSR – Eva Gran\n\n"
        "Tid: 13.00–15.00\n1. Mötets öppnande"
    )
    assert docx_text(docx_from_text(text, attendee_table=True)).split("\n\n") == [
        "Förvaltningsgrupp 2023-09-20",
        "Arbetsgivarrepresentanter\nAnna Andersson, förvaltningschef\nBo Berg, HR-chef",
        "Arbetstagarrepresentanter\nKommunal – Cecilia Ek\nVision – David Falk\nSSR – Eva Gran",
        "Tid: 13.00–15.00",
        "1. Mötets öppnande",
    ]


def test_docx_other_tables_are_read_row_by_row_skipping_empty_cells():
    document = docx.Document()
    document.add_paragraph("Före tabellen.")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("Ärende", "", "Beslut"), ("Budget 2024", "MBL § 11", "Samverkades")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Efter tabellen.")
    assert docx_text(_save(document)).split("\n\n") == [
        "Före tabellen.",
        "Ärende, Beslut",
        "Budget 2024, MBL § 11, Samverkades",
        "Efter tabellen.",
    ]


def test_docx_headers_and_footers_are_ignored():
    data = docx_from_text("Protokollets text.", header="Socialförvaltningen – sidhuvud")
    assert docx_text(data) == "Protokollets text."


def test_docx_without_text_is_empty():
    with pytest.raises(EmptyFile) as error:
        extract(docx_from_paragraphs(["", "  "]), "tom.docx")
    assert error.value.message == "tom.docx: Word-dokumentet innehåller ingen text"


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hej")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data", [b"not a zip at all", _zip_without_word()], ids=["not-zip", "zip-without-word"]
)
def test_broken_docx_is_corrupt(data):
    with pytest.raises(CorruptFile) as error:
        extract(data, "trasig.docx")
    assert (error.value.message, error.value.message_en) == (
        "trasig.docx: filen är inget läsbart Word-dokument (.docx)",
        "trasig.docx: the file is not a readable Word document (.docx)",
    )


# --- unsupported --------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "what_sv", "what_en"),
    [
        ("gammal.doc", "äldre Word-format (.doc)", "old Word format (.doc)"),
        ("open.odt", "OpenDocument-text (.odt)", "OpenDocument text (.odt)"),
        ("bild.png", "filtypen .png", "file type .png"),
    ],
)
def test_unsupported_formats_name_the_supported_ones(filename, what_sv, what_en):
    with pytest.raises(UnsupportedFormat) as error:
        extract(b"content", filename)
    assert (error.value.message, error.value.message_en) == (
        f"{filename}: {what_sv} kan inte läsas; spara protokollet som PDF (.pdf), Word (.docx) eller text (.txt)",
        f"{filename}: {what_en} cannot be read; save the protocol as PDF (.pdf), Word (.docx) or text (.txt)",
    )


# --- helpers ------------------------------------------------------------------


@pytest.fixture
def encrypted_pdf():
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    def make(*, user_password: str) -> bytes:
        plain = pdf_from_pages([["Hemligt protokoll."]], header=None, page_numbers=False)
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(plain)))
        writer.encrypt("ägarlösenord", user_password)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return make


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _number_heading_style(document, style_id: str, *, lvl_text: str, start: int) -> None:
    """Number a heading style the way Word's "Define new multilevel list" does."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="decimal"/><w:pStyle w:val="{style_id}"/><w:lvlText w:val="{lvl_text}"/>'
            "</w:lvl></w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {ns} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    style = document.styles.element.xpath(f'w:style[@w:styleId="{style_id}"]')[0]
    style.get_or_add_pPr().append(parse_xml(f'<w:numPr {ns}><w:numId w:val="77"/></w:numPr>'))


# --- PDF tables -----------------------------------------------------------------

ATTENDEES = (
    "Förvaltningsgrupp 2024-03-12\n\n"
    "Arbetsgivarrepresentanter\nAnna Berg, förvaltningschef, ordförande\nBo Ek, HR-chef\nEva Holm, sekreterare\n"
    "Arbetstagarrepresentanter\nCecilia Falk, Kommunal\nDavid Gran, huvudskyddsombud, Vision\n\n"
    "Tid: 13.00–15.00\n\n1. Mötets öppnande"
)


def test_pdf_attendee_table_is_read_column_by_column():
    pdf = pdf_from_text(ATTENDEES, attendee_table=True, header=None, page_numbers=False)
    lines = [line for line in extract(pdf, "p.pdf").pages[0].split("\n") if line]
    assert lines == [
        "Förvaltningsgrupp 2024-03-12",
        "Arbetsgivarrepresentanter",
        "Anna Berg, förvaltningschef, ordförande",
        "Bo Ek, HR-chef",
        "Eva Holm, sekreterare",
        "Arbetstagarrepresentanter",
        "Cecilia Falk, Kommunal",
        "David Gran, huvudskyddsombud, Vision",
        "Tid: 13.00–15.00",
        "1. Mötets öppnande",
    ]


def test_pdf_table_without_side_headings_keeps_its_rows():
    blocks = [Block("table", columns=[["Datum", "Tid"], ["2024-03-12", "13.00–15.00"]])]
    pdf = pdf_from_blocks(blocks, header=None, page_numbers=False)
    assert extract(pdf, "p.pdf").pages == ["Datum 2024-03-12\nTid 13.00–15.00"]


def test_pdf_with_only_page_numbers_is_a_scanned_image():
    pdf = pdf_from_pages([[], []], header=None, page_numbers=True)
    with pytest.raises(EmptyFile) as error:
        extract(pdf, "skannad.pdf")
    assert "inskannad bild utan text" in error.value.message


@pytest.mark.parametrize("filename", ["protokoll.docx", "protokoll.txt", "protokoll"])
def test_old_word_file_under_another_name_is_unsupported(filename):
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(UnsupportedFormat) as error:
        extract(old_word, filename)
    assert error.value.message == (
        f"{filename}: äldre Word-format (.doc) kan inte läsas; "
        "spara protokollet som PDF (.pdf), Word (.docx) eller text (.txt)"
    )


def test_pdf_saved_as_txt_is_read_as_pdf():
    pdf = pdf_from_pages([["Innehåll i PDF."]], header=None, page_numbers=False)
    assert extract(pdf, "protokoll.txt").pages == ["Innehåll i PDF."]


def test_docx_numbering_inside_table_cells_is_rendered():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for r, (title, text) in enumerate(
        [("Mötets öppnande", "Mötet öppnades."), ("Övriga frågor", "Inga.")]
    ):
        table.cell(r, 0).paragraphs[0].text = title
        table.cell(r, 0).paragraphs[0].style = "List Number"
        table.cell(r, 1).text = text
    assert docx_text(_save(document)).split("\n\n") == [
        "1. Mötets öppnande, Mötet öppnades.",
        "2. Övriga frågor, Inga.",
    ]


def test_docx_hidden_and_deleted_text_is_not_read():
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Synligt ")
    paragraph.add_run("dolt ").font.hidden = True
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(
            f'<w:del {ns} w:id="1" w:author="A"><w:r><w:delText>borttaget </w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {ns} w:id="2" w:author="A"><w:r><w:t>tillagt.</w:t></w:r></w:ins>')
    )
    assert docx_text(_save(document)) == "Synligt tillagt."


def test_pdf_attendance_list_under_column_names_is_read_row_by_row():
    columns = [
        ["Namn", "Anders Molin", "Tobias Lind", "Rebecka Holm"],
        ["Organisation", "Arbetsgivare", "Akademikerförbundet SSR", "Vision"],
        ["Närvarande", "Ja", "Nej", "Ja"],
    ]
    pdf = pdf_from_blocks([Block("table", columns=columns)], header=None, page_numbers=False)
    assert [line for line in extract(pdf, "p.pdf").pages[0].split("\n") if line] == [
        "Anders Molin, Arbetsgivare",
        "Tobias Lind, Akademikerförbundet SSR, ej närvarande",
        "Rebecka Holm, Vision",
    ]


def test_docx_balanslista_table_keeps_its_columns():
    document = docx.Document()
    rows = [("Fråga", "Ansvarig", "Status"), ("Ventilation", "", "Pågår")]
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    assert docx_text(_save(document)).split("\n\n") == [
        "Fråga | Ansvarig | Status",
        "Ventilation |  | Pågår",
    ]


def _docx_with_table(rows: list[tuple[str, ...]], before: str = "Protokoll") -> bytes:
    document = docx.Document()
    document.add_paragraph(before)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return _save(document)


def test_docx_header_as_a_table_of_labels_and_values():
    data = _docx_with_table(
        [
            ("Datum", "2024-03-05"),
            ("Tid", "13.00–15.00"),
            ("Närvarande", "Anna Berg (ordförande)\nVision: Nina Kask"),
        ]  # fmt: skip
    )
    assert docx_text(data).split("\n\n") == [
        "Protokoll",
        "Datum: 2024-03-05",
        "Tid: 13.00–15.00",
        "Närvarande:\nAnna Berg (ordförande)\nVision: Nina Kask",
    ]


def test_docx_signature_table_is_read_one_column_after_the_other():
    data = _docx_with_table(
        [("Vid protokollet", "Justeras"), ("Petra Sand", "Olof Bengtsson"), ("", "Vision")]
    )
    assert docx_text(data).split("\n\n") == [
        "Protokoll",
        "Vid protokollet\nPetra Sand",
        "Justeras\nOlof Bengtsson\nVision",
    ]


def test_docx_protocol_written_as_a_table_gives_an_item_per_row():
    data = _docx_with_table(
        [
            ("Nr", "Ärende", "Anteckning", "Ansvarig", "Klart"),
            ("1", "Mötets öppnande", "Mötet öppnades.", "", ""),
            ("5", "Arbetsmiljö", "Lyften är trasig.", "Hussein Ali", "2024-12-13"),
        ]  # fmt: skip
    )
    assert docx_text(data).split("\n\n") == [
        "Protokoll",
        "1. Mötets öppnande\nMötet öppnades.",
        "5. Arbetsmiljö\nLyften är trasig.\nAnsvarig: Hussein Ali\nKlart: 2024-12-13",
    ]


def test_docx_attendee_rows_with_a_role_cell_are_not_signatures():
    data = _docx_with_table(
        [
            ("Anna Berg", "förvaltningschef", "Ordförande"),
            ("Karl Holm", "HR-specialist", "Sekreterare"),
        ]
    )
    assert docx_text(data).split("\n\n") == [
        "Protokoll",
        "Anna Berg, förvaltningschef, Ordförande",
        "Karl Holm, HR-specialist, Sekreterare",
    ]
    labels = _docx_with_table([("Ordförande", "Anna Berg"), ("Plats", "Stadshuset")])
    assert docx_text(labels).split("\n\n") == [
        "Protokoll",
        "Ordförande: Anna Berg",
        "Plats: Stadshuset",
    ]
