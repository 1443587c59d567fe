"""Clean: page furniture, hyphenation, decoration and injected link lines."""

from __future__ import annotations

import pytest

from samverkan.reader.clean import Line, clean


def texts(pages: list[str]) -> list[str]:
    return [line.text for line in clean(pages).lines]


def gaps(pages: list[str]) -> list[tuple[int, str]]:
    return [(line.gap, line.text) for line in clean(pages).lines]


# --- characters and spacing ---------------------------------------------------


def test_line_ends_and_spaces_are_normalised():
    page = "Mötet\u00a0öppnades\r\nav  Anna\tBerg.\rNästa\u2009rad\u202fhär"
    assert texts([page]) == ["Mötet öppnades", "av Anna Berg.", "Nästa rad här"]


def test_zero_width_and_control_characters_are_removed():
    assert texts(["Ar\u200bbets\u200dgivaren\ufeff svarade\x00."]) == ["Arbetsgivaren svarade ."]


def test_soft_hyphens_inside_a_line_are_removed():
    # U+FFFE is what pypdfium2 returns for a Typst hyphenation point it already joined.
    assert texts(["kompetens\u00adförsörjning och verksam\ufffehetsplan"]) == [
        "kompetensförsörjning och verksamhetsplan"
    ]


def test_blank_lines_become_the_gap_of_the_next_line_capped_at_three():
    page = "Ett\nTvå\n\nTre\n \n\t\nFyra" + "\n" * 9 + "Fem"
    assert gaps([page]) == [(0, "Ett"), (0, "Två"), (1, "Tre"), (2, "Fyra"), (3, "Fem")]


def test_lines_know_their_page():
    assert clean(["Ett", "Två"]).lines == [Line("Ett", 0, 0), Line("Två", 0, 1)]


# --- page numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["1 (5)", "Sida 2 av 4", "Sida 2", "2/5", "- 3 -", "– 3 –", "2 av 5", "Sidan 3 (7)"]
)
def test_page_numbers_are_dropped(number):
    assert texts([f"Dagordningen godkändes.\n{number}"]) == ["Dagordningen godkändes."]


def test_lone_number_at_top_or_bottom_of_a_page_is_a_page_number():
    pages = ["Första sidans text.\n1", "2\nAndra sidans text.\nMötet avslutades."]
    assert texts(pages) == ["Första sidans text.", "Andra sidans text.", "Mötet avslutades."]


def test_numbers_that_are_not_page_numbers_stay():
    page = "Se sid\n29\ni rapporten. Datum 7/3 gäller.\n7/3"
    assert texts([page]) == ["Se sid", "29", "i rapporten. Datum 7/3 gäller.", "7/3"]


# --- running headers and footers ----------------------------------------------


def test_running_header_and_footer_are_dropped_on_every_page():
    pages = [
        "Socialförvaltningen Protokoll 2023-09-20\n1. Mötets öppnande\nMötet öppnades.\nSida 1 av 3",
        "Socialförvaltningen Protokoll 2023-09-20\n2. Val av justerare\nAnna valdes.\nSida 2 av 3",
        # PDFium may put a running header last on a page.
        "3. Övriga frågor\nInga frågor.\nSida 3 av 3\nSocialförvaltningen Protokoll 2023-09-20",
    ]
    assert texts(pages) == [
        "1. Mötets öppnande",
        "Mötet öppnades.",
        "2. Val av justerare",
        "Anna valdes.",
        "3. Övriga frågor",
        "Inga frågor.",
    ]


def test_header_with_changing_digits_counts_as_the_same_line():
    bodies = [
        "Mötet öppnades.\nDagordningen godkändes.",
        "Anna valdes.\nBo valdes.",
        "Inga frågor.\nSlut.",
    ]
    pages = [f"Protokoll FVG sida {n}\n{body}" for n, body in enumerate(bodies, 1)]
    assert texts(pages) == [
        "Mötet öppnades.",
        "Dagordningen godkändes.",
        "Anna valdes.",
        "Bo valdes.",
        "Inga frågor.",
        "Slut.",
    ]


def test_a_line_at_the_edge_of_only_one_page_in_three_stays():
    pages = ["Socialförvaltningen\nText ett.", "Text två.", "Text tre."]
    assert texts(pages) == ["Socialförvaltningen", "Text ett.", "Text två.", "Text tre."]


def test_item_numbers_opening_two_pages_are_not_a_header():
    pages = ["§ 3\nBalanslista\nTom.", "§ 7\nJämställdhet\nInget nytt."]
    assert texts(pages) == ["§ 3", "Balanslista", "Tom.", "§ 7", "Jämställdhet", "Inget nytt."]


def test_margin_around_furniture_is_no_paragraph_spacing():
    pages = [
        "Protokoll\n\n\nFörsta sidan slutar\n\n\n1 (2)",
        "Protokoll\n\nmitt i en mening.\n\n2 (2)",
    ]
    assert gaps(pages) == [(0, "Första sidan slutar"), (0, "mitt i en mening.")]


# --- hyphenation --------------------------------------------------------------


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u00ad", "\ufffe"])
def test_hyphenation_at_line_end_is_undone(hyphen):
    page = f"Arbetet med verksamhets{hyphen}\nplanen pågår just nu.\nNästa stycke."
    assert texts([page]) == ["Arbetet med verksamhetsplanen", "pågår just nu.", "Nästa stycke."]


def test_hyphen_after_capital_or_digit_is_kept():
    page = "utbildning i att hålla i SIP-\nmöten. Under\n2040-\ntalet kommer"
    assert texts([page]) == ["utbildning i att hålla i SIP-möten.", "Under", "2040-talet", "kommer"]


def test_hyphenated_word_completing_a_whole_line_removes_that_line():
    assert gaps(["Vi har en ny verksam-\nhetsplan.\n\nNästa."]) == [
        (0, "Vi har en ny verksamhetsplan."),
        (1, "Nästa."),
    ]


def test_hyphenation_is_undone_across_a_page_break():
    pages = [
        "Protokoll\nFörvaltningen informerade om kompetens-\n1 (2)",
        "Protokoll\nförsörjningen i år.\n2 (2)",
    ]
    assert texts(pages) == ["Förvaltningen informerade om kompetensförsörjningen", "i år."]


def test_suspended_compound_keeps_its_hyphen():
    page = "I rutinen för sjuk-\noch friskanmälan står det. Även sjuk- friskanmälan."
    assert texts([page]) == [
        "I rutinen för sjuk-",
        "och friskanmälan står det. Även sjuk- friskanmälan.",
    ]


def test_dash_before_a_capital_or_after_a_space_is_not_hyphenation():
    page = "Kommunal -\nframför allt. Vision-\nSveriges Lärare"
    assert texts([page]) == ["Kommunal -", "framför allt. Vision-", "Sveriges Lärare"]


def test_soft_hyphen_at_a_line_end_that_joins_nothing_is_removed():
    assert texts(["Slut på raden\u00ad\nNy mening."]) == ["Slut på raden", "Ny mening."]


# --- decoration ---------------------------------------------------------------


@pytest.mark.parametrize("rule", [":" * 60, "-----", "_____", "=====", "* * *", "-=-=-=-="])
def test_rules_of_punctuation_are_dropped_and_separate_like_a_blank_line(rule):
    assert gaps([f"Mer info önskas.\n{rule}\nNästa ärende"]) == [
        (0, "Mer info önskas."),
        (1, "Nästa ärende"),
    ]


def test_a_single_dash_meaning_nothing_to_report_stays():
    assert texts(["12. Verksamhet och kvalitetsfrågor\n-\n13. Kompetens"]) == [
        "12. Verksamhet och kvalitetsfrågor",
        "-",
        "13. Kompetens",
    ]


# --- links ---------------------------------------------------------------------


def test_links_list_every_url_once_in_order_without_trailing_punctuation():
    page = (
        "Se https://a.example.se/x. och (https://b.example.se/y), igen https://a.example.se/x\n"
        "Läs www.stockholm.se/protokoll."
    )
    assert clean([page]).links == [
        "https://a.example.se/x",
        "https://b.example.se/y",
        "www.stockholm.se/protokoll",
    ]


def test_url_run_repeating_an_earlier_link_is_dropped_and_an_introduced_link_stays():
    page = (
        "8. Genomgång av nämndhandlingar\n\n"
        "Länk till nämndhandlingar på Edokmeetings:\n\n"
        "https://edokmeetings.stockholm.se/\n\n"
        "9.2 Hur ser personalomsättningen ut? Hur många\n\n"
        "tomma tjänster finns det per avdelning?\n\n"
        "https://edokmeetings.stockholm.se/\n"
        "https://intranat.stockholm.se/cesam/?f_id=724\n"
        " Andreas Thorstensson: På stöd och service finns ingen\n"
    )
    cleaned = clean([page])
    assert [(line.gap, line.text) for line in cleaned.lines] == [
        (0, "8. Genomgång av nämndhandlingar"),
        (1, "Länk till nämndhandlingar på Edokmeetings:"),
        (1, "https://edokmeetings.stockholm.se/"),
        (1, "9.2 Hur ser personalomsättningen ut? Hur många"),
        (1, "tomma tjänster finns det per avdelning?"),
        (1, "Andreas Thorstensson: På stöd och service finns ingen"),
    ]
    assert cleaned.links == [
        "https://edokmeetings.stockholm.se/",
        "https://intranat.stockholm.se/cesam/?f_id=724",
    ]


def test_url_at_the_end_of_a_pdf_page_is_injected():
    pages = [
        "Arbetsgivaren redogjorde för rapporten som\nhttps://rapport.example.se/2023",
        "finns på intranätet.\nUnderskriftens äkthet valideras här:\nhttps://validera.example.se",
    ]
    cleaned = clean(pages)
    assert [line.text for line in cleaned.lines] == [
        "Arbetsgivaren redogjorde för rapporten som",
        "finns på intranätet.",
        "Underskriftens äkthet valideras här:",
        "https://validera.example.se",
    ]
    assert cleaned.links == ["https://rapport.example.se/2023", "https://validera.example.se"]


def test_url_before_a_line_continuing_the_sentence_is_injected():
    page = "Protokollet från Cesam finns\nhttps://cesam.example.se/protokoll\npå intranätet."
    assert texts([page]) == ["Protokollet från Cesam finns", "på intranätet."]


def test_url_on_its_own_line_inside_a_paragraph_stays():
    page = "Mer information:\nhttps://info.example.se\nMötet avslutades."
    assert texts([page]) == ["Mer information:", "https://info.example.se", "Mötet avslutades."]


def test_hyphen_in_a_url_broken_at_a_line_end_is_kept():
    page = "Se https://intranat.example.se/anstallning-\noch-arbetsmiljo för detaljer."
    cleaned = clean([page])
    assert cleaned.links == ["https://intranat.example.se/anstallning-och-arbetsmiljo"]


def test_ligatures_and_symbol_font_bullets_become_plain_text():
    assert texts(["\uf0b7 Det \ufb01nns en \ufb02ik.", "\uf0a7 Punkt två"]) == [
        "• Det finns en flik.",
        "• Punkt två",
    ]


def test_header_block_of_several_lines_is_dropped():
    header = "STOCKHOLMS STAD\nSocialförvaltningen\nProtokoll\nDnr 2023/12"
    bodies = [
        "Mötet öppnades.\nAnna valdes.",
        "Kommunal undrar.\nSvar gavs.",
        "Inga frågor.\nSlut.",
    ]
    pages = [f"{header}\nSida: {n}\n{body}" for n, body in enumerate(bodies, 1)]
    assert texts(pages) == [
        "Mötet öppnades.",
        "Anna valdes.",
        "Kommunal undrar.",
        "Svar gavs.",
        "Inga frågor.",
        "Slut.",
    ]


def test_pdfium_hyphen_marker_is_a_soft_hyphen():
    assert texts(["Arbetet med kompetens\x02\nförsörjningen fortsätter."]) == [
        "Arbetet med kompetensförsörjningen",
        "fortsätter.",
    ]


def test_link_wrapped_after_a_slash_is_joined():
    page = "Protokollet finns på https://intranat.stockholm.se/anstallning/\nfacklig-samverkan/cesam/?f_id=724 för alla."
    cleaned = clean([page])
    assert cleaned.links == [
        "https://intranat.stockholm.se/anstallning/facklig-samverkan/cesam/?f_id=724"
    ]
    assert [line.text for line in cleaned.lines] == [
        "Protokollet finns på https://intranat.stockholm.se/anstallning/facklig-samverkan/cesam/?f_id=724",
        "för alla.",
    ]


def test_link_ending_a_line_before_ordinary_text_stays_whole():
    page = "Länk: https://edokmeetings.stockholm.se/\nMagnus berättar om rapporten.\nhttps://a.se/\noch/eller mer."
    assert clean([page]).links == ["https://edokmeetings.stockholm.se/", "https://a.se/och/eller"]


def test_hyphenated_multipage_pdf_reads_back_word_for_word():
    from samverkan.reader.extract import extract
    from tests.reader.builders import Block, pdf_from_blocks

    words = [
        "Förvaltningsgruppen",
        "diskuterade",
        "kompetensförsörjningen,",
        "arbetsmiljöarbetet",
        "och",
        "verksamhetsplaneringen",
        "för",
        "socialtjänstens",
        "barn-",
        "och",
        "ungdomsenheter",
        "samt",
        "SIP-möten.",
    ]

    # Every line different, as in a protocol: the item's own name every few words.
    def paragraph(n: int) -> str:
        name = f"ärende{chr(97 + n // 26)}{chr(97 + n % 26)}"
        rotated = words[n % 13 :] + words[: n % 13]
        return f"{n}. " + " ".join(
            f"{w} {name}" if i % 4 == 3 else w for i, w in enumerate(rotated)
        )

    paragraphs = [paragraph(n) for n in range(1, 60)]
    pdf = pdf_from_blocks(
        [Block("paragraph", [p]) for p in paragraphs], header="Protokoll 2024-03-12", hyphenate=True
    )
    extracted = extract(pdf, "p.pdf")
    cleaned = clean(extracted.pages)
    assert extracted.page_count >= 3
    assert " ".join(line.text for line in cleaned.lines) == " ".join(paragraphs)


def test_a_short_line_ending_two_of_four_pages_by_chance_stays():
    pages = ["Text ett och\nmer info.", "Text två.", "Text tre och\nmer info.", "Text fyra."]
    assert texts(pages) == [
        "Text ett och",
        "mer info.",
        "Text två.",
        "Text tre och",
        "mer info.",
        "Text fyra.",
    ]


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        ("kompetens\ufffeförsörjningen ökar", ["kompetensförsörjningen ökar"]),
        ("barn\ufffeoch ungdomsenheter", ["barn- och ungdomsenheter"]),
        ("i att hålla i SIP\ufffemöten.", ["i att hålla i SIP-möten."]),
        ("socialtjänstens barn\ufffe10. Ärende", ["socialtjänstens barn-", "10. Ärende"]),
    ],
)
def test_pdfium_hyphen_joins_are_undone_where_the_word_did_not_continue(joined, expected):
    assert texts([joined]) == expected
