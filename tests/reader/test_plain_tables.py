"""Attendee tables laid out with tabs or spaces in text files (and Word tables with a
row of column names) are read as the lines the header understands."""

from __future__ import annotations

import io

import docx

from samverkan.reader import parse_text, read_bytes
from samverkan.reader.extract import extract
from tests.reader.test_parse_header import people

ITEMS = "\n1. Mötets öppnande\nMötet öppnades.\n"


def test_side_by_side_columns_are_read_one_after_the_other():
    text = (
        "Förvaltningsgrupp 2024-02-20\n\n"
        "Arbetsgivarens företrädare                 Arbetstagarorganisationernas företrädare\n"
        "Anneli Forsgren, kommundirektör            Stina Holmberg, Kommunal\n"
        "Jessica Ahl, HR-strateg, sekreterare       Camilla Ryd, Vision\n"
        "                                           Nora Sjöström, Akademikerförbunden\n"
    )
    protocol = parse_text(text + ITEMS)
    assert people(protocol) == [
        ("Anneli Forsgren", "employer", None, "kommundirektör", True),
        ("Jessica Ahl", "employer", None, "HR-strateg, sekreterare", True),
        ("Stina Holmberg", "employee", "Kommunal", None, True),
        ("Camilla Ryd", "employee", "Vision", None, True),
        ("Nora Sjöström", "employee", "Saco", None, True),
    ]
    assert protocol.warnings == []


def test_tab_separated_rows_under_column_names():
    text = (
        "Samverkansgrupp 2024-05-14\n\nNärvarande\nNamn\tFunktion\tOrganisation\n"
        "Helena Sjöberg\tRektor, ordförande\tArbetsgivare\n"
        "Jonas Hedlund\tOmbud\tSveriges Lärare\n"
        "Amina Yusuf\t\tKommunal\n\n"
        "Anmält förhinder\nPetra Lund\tOmbud\tKommunal\n"
    )
    protocol = parse_text(text + ITEMS)
    assert people(protocol) == [
        ("Helena Sjöberg", "employer", None, "Rektor, ordförande", True),
        ("Jonas Hedlund", "employee", "Sveriges Lärare", "Ombud", True),
        ("Amina Yusuf", "employee", "Kommunal", None, True),
        ("Petra Lund", "employee", "Kommunal", "Ombud", False),
    ]
    assert protocol.chair == "Helena Sjöberg"


def test_space_aligned_attendance_list_with_a_yes_no_column():
    text = (
        "Samverkansgrupp 2024-05-14\n\nNärvarolista\n"
        "Namn                  Organisation                 Närvarande\n"
        "Anders Molin          Arbetsgivare                 Ja\n"
        "Tobias Lind           Akademikerförbundet SSR      Nej\n"
        "Rebecka Holm          Vision                       Ja\n"
        "Carina Vik                                         Ja\n"
    )
    protocol = parse_text(text + ITEMS)
    assert people(protocol) == [
        ("Anders Molin", "employer", None, None, True),
        ("Tobias Lind", "employee", "Akademikerförbundet SSR", None, False),
        ("Rebecka Holm", "employee", "Vision", None, True),
        ("Carina Vik", "employer", None, None, True),
    ]


def test_each_sides_heading_over_its_names_and_their_columns():
    text = (
        "Lokal samverkansgrupp 2024-11-14\n\n"
        "Arbetsgivarledamöter          Funktion\n"
        "Margareta Öhman               dekan, ordförande\n"
        "Patrik Nyberg                 HR-specialist, sekreterare\n\n"
        "Arbetstagarledamöter          Organisation      Uppdrag\n"
        "Ulf Hedman                    Saco-S            ordförande Saco-rådet\n"
        "Leila Rahimi                  OFR/S             huvudskyddsombud\n"
        "Tommy Sundqvist               Seko\n\n"
        "Förhinder:    Annika Fors (OFR/S)\n"
        "Adjungerad:   Mattias Rönn, ekonom, § 5\n"
    )
    protocol = parse_text(text + ITEMS)
    assert people(protocol) == [
        ("Margareta Öhman", "employer", None, "dekan, ordförande", True),
        ("Patrik Nyberg", "employer", None, "HR-specialist, sekreterare", True),
        ("Ulf Hedman", "employee", "Saco", "ordförande Saco-rådet", True),
        ("Leila Rahimi", "employee", "Fackförbundet ST", "huvudskyddsombud", True),
        ("Tommy Sundqvist", "employee", "Seko", None, True),
        ("Annika Fors", "employee", "Fackförbundet ST", None, False),
        ("Mattias Rönn", "other", None, "ekonom, § 5", True),
    ]
    assert protocol.chair == "Margareta Öhman"  # not "Margareta Öhman de" (kan)
    assert protocol.warnings == []


def test_a_table_of_figures_under_its_periods():
    text = (
        "Förvaltningsgrupp 2024-04-18\n\n1. Personal\nNina Sundqvist redovisade statistiken.\n\n"
        "Nyckeltal                          Helår 2022    Helår 2023\n"
        "Sjukfrånvaro totalt                6,6 %         6,1 %\n"
        "Korttidssjukfrånvaro (dag 1–14)    2,9 %         2,7 %\n"
        "Personalomsättning                 13 %          11 %\n"
    )
    metrics = parse_text(text).items[0].metrics
    assert [(m.name, m.value, m.period) for m in metrics] == [
        ("sjukfrånvaro", 6.6, "2022"),
        ("sjukfrånvaro", 6.1, "2023"),
        ("korttidssjukfrånvaro", 2.9, "2022"),
        ("korttidssjukfrånvaro", 2.7, "2023"),
        ("personalomsättning", 13.0, "2022"),
        ("personalomsättning", 11.0, "2023"),
    ]


def test_a_table_under_years_without_figures_is_left_as_text():
    text = "Plan\nVad                2024          2025\nUtbildning         våren         hösten\n"
    assert extract(text.encode(), "p.txt").pages == [text]


def test_tables_that_are_not_figures_under_periods_stay_text():
    for table in (
        "Enhet        Budget 2024    Utfall 2024\nA            3              4\n",
        "Grupp    Vt 2024    Ht 2024\nFSG      12/3       17/9\n",
        "Namn       Enhet          Datum\nLisa Ek    Norrskolan     2024-04-01\n",
    ):
        assert extract(table.encode(), "p.txt").pages == [table]


def test_a_figures_table_with_a_missing_value_and_a_source_below():
    text = "Nyckeltal            2022     2023\nSjukfrånvaro         6,6 %    –\nKälla: HR\n"
    assert extract(text.encode(), "p.txt").pages == ["\nSjukfrånvaro: 6,6 % 2022.\n\nKälla: HR\n"]


def test_text_without_tables_keeps_its_spacing_for_clean():
    text = "Samverkansgrupp 2024-05-14\n\n1.   Mötets öppnande\nMötet   öppnades.\n"
    assert extract(text.encode(), "p.txt").pages == [text]


def test_word_table_with_column_names_and_a_presence_column():
    document = docx.Document()
    document.add_paragraph("Samverkansgrupp 2024-05-14")
    rows = [("Namn", "Förbund", "Närvaro"), ("Emma Sund", "Vision", "Ja"),
            ("Tobias Lind", "Kommunal", "Nej")]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("1. Mötets öppnande")
    document.add_paragraph("Mötet öppnades.")
    out = io.BytesIO()
    document.save(out)
    protocol = read_bytes(out.getvalue(), "p.docx")
    assert people(protocol) == [
        ("Emma Sund", "employee", "Vision", None, True),
        ("Tobias Lind", "employee", "Kommunal", None, False),
    ]
