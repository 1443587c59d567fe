"""Item numbering in the forms secretaries use."""

from __future__ import annotations

import pytest

from samverkan.reader import parse_text


def outline(text: str) -> list[tuple]:
    """(number, title, text, [children]) for each item."""

    def one(item):
        return (item.number, item.title, item.text, [one(c) for c in item.items])

    return [one(item) for item in parse_text(text).items]


@pytest.mark.parametrize(
    "first, second, numbers",
    [
        ("1. Mötets öppnande", "2. Dagordning", ["1", "2"]),
        ("1 Mötets öppnande", "2 Dagordning", ["1", "2"]),
        ("§ 1 Mötets öppnande", "§ 2 Dagordning", ["§ 1", "§ 2"]),
        ("§1 Mötets öppnande", "§2 Dagordning", ["§ 1", "§ 2"]),
        ("Punkt 1: Mötets öppnande", "Punkt 2: Dagordning", ["1", "2"]),
        ("§ 45 Mötets öppnande", "§ 46 Dagordning", ["§ 45", "§ 46"]),
    ],
)
def test_numbering_styles(first, second, numbers):
    items = outline(f"{first}\nOrdföranden öppnade mötet.\n{second}\nDagordningen godkändes.\n")
    assert [(n, t) for n, t, _, _ in items] == list(
        zip(numbers, ["Mötets öppnande", "Dagordning"], strict=True)
    )
    assert [text for _, _, text, _ in items] == [
        "Ordföranden öppnade mötet.",
        "Dagordningen godkändes.",
    ]


def test_number_alone_on_its_line_takes_the_next_line_as_title():
    items = outline(
        "§ 1\nAnmälan av övriga frågor\nInga övriga frågor anmäldes.\n§ 2\nJämställdhet\nInget att rapportera.\n"
    )
    assert items == [
        ("§ 1", "Anmälan av övriga frågor", "Inga övriga frågor anmäldes.", []),
        ("§ 2", "Jämställdhet", "Inget att rapportera.", []),
    ]


def test_heading_that_wraps_onto_a_lower_case_line_is_joined():
    items = outline(
        "9. Övergripande information från de fackliga\norganisationerna\n\nVision informerade om årsmötet.\n"
    )
    assert items[0][:2] == ("9", "Övergripande information från de fackliga organisationerna")
    assert items[0][2] == "Vision informerade om årsmötet."


def test_sub_items_nest_under_their_parent_and_keep_the_parents_own_text():
    items = outline(
        "5. Verksamhetsfrågor\nAktuella frågor.\n5.1 Information från ledningsgrupp\nSommaren har varit lugn.\n"
        "5.2 Från HAN/ELU\nRutinen är klar.\n6. Arbetsmiljö\nInget nytt.\n"
    )
    assert items == [
        ("5", "Verksamhetsfrågor", "Aktuella frågor.", [
            ("5.1", "Information från ledningsgrupp", "Sommaren har varit lugn.", []),
            ("5.2", "Från HAN/ELU", "Rutinen är klar.", []),
        ]),
        ("6", "Arbetsmiljö", "Inget nytt.", []),
    ]  # fmt: skip


def test_dash_means_an_empty_item():
    items = outline("12. Verksamhet och kvalitetsfrågor\n-\n13. Kompetensförsörjning\n–\n")
    assert [(n, text) for n, _, text, _ in items] == [("12", ""), ("13", "")]


def test_item_that_reads_as_prose_keeps_its_sentence_and_what_it_decides():
    protocol = parse_text("1. Mötet öppnades av Anna Berg.\n2. Dagordningen godkändes.\n")
    assert [(i.number, i.title) for i in protocol.items] == [
        ("1", "Mötet öppnades av Anna Berg"),
        ("2", "Dagordningen godkändes"),
    ]
    assert protocol.chair == "Anna Berg"
    assert protocol.items[1].decisions == ["Dagordningen godkändes."]


def test_numbers_that_go_backwards_are_body_text_not_items():
    items = outline(
        "1. Ekonomi\nBarngrupperna minskar fram till\n2040 Det kan ske en anpassning.\n"
        "3 Januari var kall.\n2. Övriga frågor\nInga.\n"
    )
    assert [n for n, _, _, _ in items] == ["1", "2"]
    assert "2040 Det kan ske en anpassning." in items[0][2]


def test_deeply_nested_numbering_is_read_without_error():
    lines = ["1. Start", "Text."] + [
        f"1.{'.'.join(['1'] * depth)} Nivå {depth}" for depth in range(1, 4)
    ]
    items = outline("\n".join(lines))
    assert items[0][0] == "1"
    assert items[0][3][0][0] == "1.1"
    assert items[0][3][0][3][0][0] == "1.1.1"


def test_unnumbered_protocol_is_split_on_its_standard_headings():
    protocol = parse_text(
        "Samverkansgrupp 2024-02-01\nMötets öppnande\nAnna Berg öppnade mötet.\n"
        "Val av justerare\nTill justerare valdes Bo Ek.\nÖvriga frågor\nInga övriga frågor.\n"
    )
    assert [(i.number, i.title, i.text) for i in protocol.items] == [
        ("", "Mötets öppnande", "Anna Berg öppnade mötet."),
        ("", "Val av justerare", "Till justerare valdes Bo Ek."),
        ("", "Övriga frågor", "Inga övriga frågor."),
    ]
    assert protocol.warnings == [
        "Punkterna saknar nummer i dokumentet; de har känts igen på sina rubriker (t.ex. Övriga frågor)."
    ]


def test_lettered_entries_below_a_heading_are_the_items_text_not_its_title():
    protocol = parse_text(
        "7. ARBETSMILJÖ\n"
        "Kommunal påtalade att lokalvårdarna på Norraskolan har fått utökade ytor utan utökad tid.\n"
        "8. FÖRANMÄLDA FRÅGOR\n"
        "a) Lärarförbundet: Hur ser planeringen ut för nationella prov digitalt?\n"
        "Svar: En arbetsgrupp tillsätts och rapporterar i maj.\n"
        "b) Vision: När införs det nya schemasystemet?\n"
        "Svar: Införandet sker till hösten.\n"
        "9. NÄSTA MÖTE\nTisdag 12 april 2022 kl. 15.00.\n"
    )
    questions = protocol.items[1]
    assert questions.title == "FÖRANMÄLDA FRÅGOR"
    assert questions.text.startswith("a) Lärarförbundet: Hur ser planeringen")
    assert [(s.party, s.kind) for s in questions.statements] == [
        ("Lärarförbundet", "question"),
        ("Arbetsgivaren", "answer"),
        ("Vision", "question"),
        ("Arbetsgivaren", "answer"),
    ]


@pytest.mark.parametrize(
    "heading, title",
    [
        (
            "5. BUDGET 2022 OCH UPPFÖLJNING AV\nVERKSAMHETSPLANEN",
            "BUDGET 2022 OCH UPPFÖLJNING AV VERKSAMHETSPLANEN",
        ),
        (
            "6. NY LEDNINGSORGANISATION\nFÖR GYMNASIESKOLORNA",
            "NY LEDNINGSORGANISATION FÖR GYMNASIESKOLORNA",
        ),
        ("4. Information från\nFörvaltningsledningen", "Information från Förvaltningsledningen"),
    ],
)
def test_heading_that_ends_in_a_joining_word_goes_on_in_the_next_line(heading, title):
    items = outline(f"{heading}\nElin Roos redovisade budgetuppföljningen.\n")
    assert items[0][1:3] == (title, "Elin Roos redovisade budgetuppföljningen.")


def test_a_sub_heading_in_capitals_under_a_heading_in_capitals_stays_text():
    items = outline("7. FACKLIG INFORMATION\nKOMMUNAL\nKommunal informerade om årsmötet.\n")
    assert items[0][:3] == (
        "7",
        "FACKLIG INFORMATION",
        "KOMMUNAL\n\nKommunal informerade om årsmötet.",
    )


def test_a_whole_sentence_below_a_heading_that_fills_the_line_is_text():
    # Ten lines of full width, so that the heading below reads as filling the line.
    body = "Arbetsgivaren informerade om läget i verksamheterna under våren 2024 i stort.\n" * 10
    items = outline(
        f"5. Ärenden till nämnden\n{body}"
        "5.1 Uppföljning av systematiskt arbetsmiljöarbete 2023 – information enligt MBL § 19\n"
        "Informationen noteras.\n"
        "5.2 Lokalförsörjningsplan för äldreomsorgen under åren 2025–2029 och framåt samt\n"
        "Solhem\n"
        "Planen presenterades.\n"
    )
    first, second = items[0][3]
    assert first[1:3] == (
        "Uppföljning av systematiskt arbetsmiljöarbete 2023 – information enligt MBL § 19",
        "Informationen noteras.",
    )
    assert second[1:3] == (
        "Lokalförsörjningsplan för äldreomsorgen under åren 2025–2029 och framåt samt Solhem",
        "Planen presenterades.",
    )


def test_a_speaker_below_a_heading_that_fills_the_line_opens_its_text():
    body = "Arbetsgivaren informerade om läget i verksamheterna under våren 2024 i stort.\n" * 10
    items = outline(
        f"5. Ärenden till nämnden\n{body}"
        "6. Information enligt 19 § MBL – Hemtjänst Söder flyttar till nya lokaler\n"
        "Lars Ek informerade om att hemtjänst Söder flyttar från Storgatan 14 till\n"
        "Kvarnvägen 3 under vecka 44.\n"
        "7. Förhandling enligt 11 § MBL om inrättande av en bemanningsenhet inom\n"
        "hemtjänsten\n"
        "Arbetsgivaren redogjorde för förslaget.\n"
    )
    assert items[1][1:3] == (
        "Information enligt 19 § MBL – Hemtjänst Söder flyttar till nya lokaler",
        "Lars Ek informerade om att hemtjänst Söder flyttar från Storgatan 14 till "
        "Kvarnvägen 3 under vecka 44.",
    )
    assert items[2][1] == (
        "Förhandling enligt 11 § MBL om inrättande av en bemanningsenhet inom hemtjänsten"
    )


def test_lettered_entries_each_open_a_paragraph():
    protocol = parse_text(
        "Förvaltningsgrupp 2024-05-14\n"
        "1. Föranmälda frågor\n"
        "Två frågor hade skickats in före mötet och de besvarades av arbetsgivaren enligt\n"
        "nedan, och de förs in i balanslistan inför kommande möten under hösten.\n"
        "a) Lärarförbundet: Hur ser bemanningen ut till hösten?\n"
        "Svar: Den är klar och alla tjänster är tillsatta sedan en månad\n"
        "b) Vision: När kommer beslutet om nya lokaler?\n"
        "Svar: I maj.\n"
        "2. Övrigt\nInget.\n"
    )
    assert protocol.items[0].text.split("\n\n")[1:] == [
        "a) Lärarförbundet: Hur ser bemanningen ut till hösten?",
        "Svar: Den är klar och alla tjänster är tillsatta sedan en månad",
        "b) Vision: När kommer beslutet om nya lokaler?",
        "Svar: I maj.",
    ]
    assert [(s.party, s.kind) for s in protocol.items[0].statements][-4:] == [
        ("Lärarförbundet", "question"),
        ("Arbetsgivaren", "answer"),
        ("Vision", "question"),
        ("Arbetsgivaren", "answer"),
    ]


AGENDA = (
    "1. Mötets öppnande\n2. Val av justerare\n3. Information från rektor\n4. Mötets avslutande\n\n"
)
MINUTES = [
    ("Mötets öppnande", "Lars Höök öppnade mötet."),
    ("Val av justerare", "Pia Nord valdes att justera protokollet."),
    ("Information från rektor", "Elevantalet ökar till hösten."),
    ("Mötets avslutande", "Mötet avslutades."),
]


def minutes(number) -> str:
    return "".join(f"{number(n)} {title}\n{text}\n\n" for n, (title, text) in enumerate(MINUTES, 1))


@pytest.mark.parametrize(
    "agenda_heading, number, numbers",
    [
        ("Dagordning\n", "{}.".format, ["1", "2", "3", "4"]),
        ("Dagordning:\n", "§ {}".format, ["§ 1", "§ 2", "§ 3", "§ 4"]),
        ("Föredragningslista\n", lambda n: f"§ {n + 40}", ["§ 41", "§ 42", "§ 43", "§ 44"]),
        ("", "{}.".format, ["1", "2", "3", "4"]),  # no heading: the titles come back
    ],
    ids=["dagordning", "paragraphs", "paragraphs-of-the-year", "no-heading"],
)
def test_an_agenda_listed_above_the_minutes_is_not_read_as_items(agenda_heading, number, numbers):
    protocol = parse_text(f"Samverkan 2024-02-08\n\n{agenda_heading}{AGENDA}{minutes(number)}")
    assert [(i.number, i.title, i.text) for i in protocol.items] == [
        (n, title, text) for n, (title, text) in zip(numbers, MINUTES, strict=True)
    ]
    assert not any("Dagordning" in warning for warning in protocol.warnings)


def test_items_without_text_before_a_numbered_list_are_not_an_agenda():
    # The list in item 3 starts again at 1, but under no agenda heading and with
    # titles the items above do not have: they are the minutes' own items.
    items = outline(
        "1. Mötets öppnande\n2. Val av justerare\n3. Arbetsmiljö\n"
        "1. Bemanning i köket\n2. Schema för sommaren\n4. Övriga frågor\nInga.\n"
    )
    assert [(n, t) for n, t, _, _ in items] == [
        ("1", "Mötets öppnande"),
        ("2", "Val av justerare"),
        ("3", "Arbetsmiljö"),
        ("4", "Övriga frågor"),
    ]


def test_items_under_a_dagordning_heading_keep_a_numbered_list_in_their_text():
    items = outline(
        "Dagordning\n1. Mötets öppnande\n2. Val av justerare\n3. Dagordningen\n4. Arbetsmiljö\n"
        "Två punkter togs upp:\n1. Bemanning i köket\n2. Schema för sommaren\n5. Övriga frågor\nInga.\n"
    )
    assert [n for n, _, _, _ in items] == ["1", "2", "3", "4", "5"]
    assert "1. Bemanning i köket" in items[3][2]


@pytest.mark.parametrize("suffix", ["/24", "/2024", ":24"])
def test_a_state_agencys_running_number_with_its_year_is_kept_as_written(suffix):
    items = outline(
        f"LSG 2024-05-21\n§ 23{suffix} Mötets öppnande\nCamilla Byström öppnade mötet.\n"
        f"§ 24{suffix} Föregående protokoll\nProtokollet godkändes.\n"
    )
    assert [(n, t) for n, t, _, _ in items] == [
        (f"§ 23{suffix}", "Mötets öppnande"),
        (f"§ 24{suffix}", "Föregående protokoll"),
    ]


def test_lettered_sub_items_nest_under_their_parent_like_numbered_ones():
    items = outline(
        "4. Information från arbetsgivaren\n"
        "4 a) Roadmap 2025\nMattias Ho presenterade roadmap för 2025.\n"
        "4b. Rekrytering\nFyra utvecklare börjar i januari.\n"
        "4 c. All hands\nFrågor kan skickas in i förväg.\n"
        "5. Arbetsmiljö\na) Vision: Hur går det med schemat?\nb) Kommunal: Inget nytt.\n"
    )
    assert items == [
        ("4", "Information från arbetsgivaren", "", [
            ("4a", "Roadmap 2025", "Mattias Ho presenterade roadmap för 2025.", []),
            ("4b", "Rekrytering", "Fyra utvecklare börjar i januari.", []),
            ("4c", "All hands", "Frågor kan skickas in i förväg.", []),
        ]),
        ("5", "Arbetsmiljö", "a) Vision: Hur går det med schemat?\n\nb) Kommunal: Inget nytt.", []),
    ]  # fmt: skip


def test_lettered_titles_with_text_of_their_own_are_sub_items():
    items = outline(
        "Ärende 5 Ekonomi och personal\n\n"
        "a) Ekonomisk uppföljning\nPrognosen visar ett underskott.\n\n"
        "b) Sjukfrånvaro\nSjukfrånvaron minskar.\nKommunal påpekade att den är hög.\n\n"
        "Ärende 6 Övriga frågor\nInga.\n"
    )
    assert items == [
        ("5", "Ekonomi och personal", "", [
            ("5a", "Ekonomisk uppföljning", "Prognosen visar ett underskott.", []),
            ("5b", "Sjukfrånvaro", "Sjukfrånvaron minskar.\n\nKommunal påpekade att den är hög.", []),
        ]),
        ("6", "Övriga frågor", "Inga.", []),
    ]  # fmt: skip


def test_lettered_entries_that_are_not_titles_stay_the_items_text():
    items = outline(
        "5. Föranmälda frågor\n\na) Vision: Hur går det med schemat?\nDet går bra.\n\n"
        "b) Kommunal: Inget nytt.\nNoteras.\n"
    )
    assert [(n, t, children) for n, t, _, children in items] == [("5", "Föranmälda frågor", [])]


def test_wrapped_lettered_decisions_stay_the_items_text():
    protocol = parse_text(
        "1. Öppnande\nMötet öppnades.\n\n2. Beslut\n"
        "a) Förvaltningsgruppen beslutar att anta handlingsplanen\nför arbetsmiljö 2024\n\n"
        "b) Förvaltningsgruppen beslutar att ärendet återkommer\nvid nästa möte\n"
    )
    decided = protocol.items[1]
    assert decided.items == []
    assert decided.decisions == [
        "Förvaltningsgruppen beslutar att anta handlingsplanen för arbetsmiljö 2024",
        "Förvaltningsgruppen beslutar att ärendet återkommer vid nästa möte",
    ]


def test_a_lettered_line_is_no_sub_item_of_another_number():
    # "2 b)" after item 1 would skip item 2: it is text.
    items = outline("1. Ekonomi\nPrognosen är oförändrad.\n2 b) Budget\nInget nytt.\n")
    assert [(n, t) for n, t, _, _ in items] == [("1", "Ekonomi")]


def test_headings_standing_alone_split_minutes_without_numbers():
    protocol = parse_text(
        "Minnesanteckningar – samverkansmöte Hemtjänst Söder\n\n"
        "Datum: 2024-10-08\n\n"
        "Närvarande\n\nLina Sundqvist informerade om att alla är här i dag.\n\n"
        "Föregående anteckningar\n\n"
        "Anteckningarna från 2024-09-10 gicks igenom och lades till handlingarna.\n\n"
        "Schema inför jul och nyår\n\n"
        "Vision undrade när schemat för jul och nyår läggs ut.\n\n"
        "Kommunal\n\nSektionen har medlemsmöte den 22 oktober i år.\n\n"
        "Övrigt\n\nJohanna Wiik informerade om att Vision har medlemsmöte.\n\n"
        "Vid anteckningarna\n\nMaja Holm\n"
    )
    assert [(i.number, i.title) for i in protocol.items] == [
        ("", "Föregående anteckningar"),
        ("", "Schema inför jul och nyår"),
        ("", "Övrigt"),
    ]
    assert protocol.items[1].text.endswith("Sektionen har medlemsmöte den 22 oktober i år.")
    assert [s.name for s in protocol.signatures] == ["Maja Holm"]


def test_a_short_line_alone_in_a_numbered_protocol_stays_text():
    items = outline(
        "1. Arbetsmiljö\nSjukfrånvaron var låg.\n\nSchema inför jul\n\n"
        "Vision undrade när schemat för jul och nyår läggs ut.\n2. Övriga frågor\nInga.\n"
    )
    assert [n for n, _, _, _ in items] == ["1", "2"]
    assert "Schema inför jul" in items[0][2]
