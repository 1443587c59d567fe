"""Statements, follow-ups, decisions, MBL parts, figures, justering and signatures."""

from __future__ import annotations

from samverkan.reader import parse_text
from samverkan.reader.model import Adjuster, FollowUp, Metric, Signature, Statement

HEAD = "Förvaltningsgrupp 2023-09-20\nArbetstagarrepresentanter\nGisela Norrman, Kommunal\n"


def item(body: str, title: str = "Övriga frågor"):
    protocol = parse_text(f"{HEAD}\n1. {title}\n{body}\n2. Mötets avslutande\nMötet avslutades.\n")
    return protocol.items[0]


def test_statements_are_attributed_to_the_party_that_speaks():
    found = item(
        "SSR undrar varför man gör en halvårsrapport?\n\n"
        "Arbetsgivaren svarade att nämnden vill ha en bättre översikt.\n\n"
        "Kommunal ställde sig oeniga till rutinen.\n\n"
        "Vision begär en MBL-förhandling om VP.\n\n"
        "Sveriges Lärare håller med SSR.\n\n"
        "Saco informerade om kommande utbildningar."
    ).statements
    assert found == [
        Statement(
            "Akademikerförbundet SSR", "question", "SSR undrar varför man gör en halvårsrapport?"
        ),
        Statement(
            "Arbetsgivaren",
            "answer",
            "Arbetsgivaren svarade att nämnden vill ha en bättre översikt.",
        ),
        Statement("Kommunal", "disagreement", "Kommunal ställde sig oeniga till rutinen."),
        Statement("Vision", "request", "Vision begär en MBL-förhandling om VP."),
        Statement("Sveriges Lärare", "opinion", "Sveriges Lärare håller med SSR."),
        Statement("Saco", "information", "Saco informerade om kommande utbildningar."),
    ]


def test_named_people_speak_for_their_side():
    found = item(
        "Gisela informerade om båtresan.\n\nLisa Pollack svarar att rutinen finns."
    ).statements
    assert found == [
        Statement("Kommunal", "information", "Gisela informerade om båtresan."),
        Statement("Arbetsgivaren", "answer", "Lisa Pollack svarar att rutinen finns."),
    ]


def test_two_parties_in_one_sentence_give_a_statement_each():
    found = item(
        "Kommunal vill vara med i processen och SACO framhöll vikten av fler medarbetare."
    ).statements
    assert found == [
        Statement("Kommunal", "request", "Kommunal vill vara med i processen"),
        Statement("Saco", "opinion", "SACO framhöll vikten av fler medarbetare."),
    ]


def test_union_paragraphs_under_facklig_information():
    found = item(
        "Kommunal: Imorgon kommer förbundsordföranden på besök.\n\nVision: Har skickat ut en enkät."
    ).statements
    assert found == [
        Statement("Kommunal", "information", "Imorgon kommer förbundsordföranden på besök."),
        Statement("Vision", "information", "Har skickat ut en enkät."),
    ]


def test_follow_ups_with_owner_and_due():
    found = item(
        "Arbetsgivaren återkommer om schemat i december.\n\n"
        "SACO hade frågor som besvaras vid nästa förvaltningsgrupp.\n\n"
        "Rapporten är lång, Mer info önskas? se sid 20."
    ).follow_ups
    assert found == [
        FollowUp("Arbetsgivaren återkommer om schemat i december.", "Arbetsgivaren", "2023-12"),
        FollowUp(
            "SACO hade frågor som besvaras vid nästa förvaltningsgrupp.",
            "Arbetsgivaren",
            "next meeting",
        ),
        FollowUp("Mer info önskas?", "Arbetsgivaren", None),
    ]


def test_decisions_and_att_clauses():
    found = item(
        "Dagordningen godkändes.\n\nFöregående protokoll läggs till handlingarna.\n\n"
        "att godkänna verksamhetsplanen\n\nKommunfullmäktige har beslutat om ny struktur."
    ).decisions
    assert found == [
        "Dagordningen godkändes.",
        "Föregående protokoll läggs till handlingarna.",
        "att godkänna verksamhetsplanen",
    ]


def test_mbl_classes_from_heading_and_text():
    assert item("Inga ärenden.", "Ärenden till nämnden – samverkan").mbl == "§11"
    assert item("Inga ärenden.", "Ärenden till nämnden – information").mbl == "§19"
    both = item(
        "Avser samverkan som motsvarar MBL § 11\n\nVerksamhetsberättelse samverkades.\n\n"
        "Information avser MBL § 19\n\nHundrastgård i Fruängen",
        "Ärenden till nämnden",
    )
    assert both.mbl == "§11"
    assert [(p.mbl, p.text) for p in both.mbl_parts] == [
        ("§11", "Avser samverkan som motsvarar MBL § 11\n\nVerksamhetsberättelse samverkades."),
        ("§19", "Information avser MBL § 19\n\nHundrastgård i Fruängen"),
    ]


def test_figures_with_unit_and_period():
    found = item(
        "Sjukfrånvaron rullande 12 månader för juli 2023 uppgick till 5,98% jämfört med juni 2023 då den uppgick till 6,08%.\n\n"
        "Personalomsättningen är 3,38 procent.\n\n"
        "Bokslutet för 2023 visar ett underskott med 14,7 mnkr."
    ).metrics
    assert found == [
        Metric("sjukfrånvaro rullande 12 månader", 5.98, "%", "2023-07"),
        Metric("sjukfrånvaro rullande 12 månader", 6.08, "%", "2023-06"),
        Metric("personalomsättning", 3.38, "%", None),
        Metric("underskott", 14.7, "mnkr", "2023"),
    ]


def test_adjusters_justering_signatures_and_links():
    protocol = parse_text(
        f"{HEAD}\n1. Val av justerare\nTill justerare valdes Anna Berg (Vision) och Gisela Norrman.\n"
        "Justering sker digitalt fredagen den 29 september. Synpunkter senast den 27 september kl. 12.00.\n"
        "2. Nästa möte\nNästa möte är den 18 oktober kl. 9-11 i Prins Philip, även via Teams.\n"
        "3. Mötets avslutande\nMötet avslutades.\n\n\nJusteras\nAnna Berg för Vision\n"
        "Gisela Norrman för Kommunal (oenighet under\növriga frågor)\n"
        "Underskriftens äkthet valideras här: https://example.se/validera\n"
    )
    assert protocol.adjusters == [
        Adjuster("Anna Berg", "Vision"),
        Adjuster("Gisela Norrman", "Kommunal"),
    ]
    assert (
        protocol.adjustment.date,
        protocol.adjustment.digital,
        protocol.adjustment.comments_due,
    ) == ("2023-09-29", True, "2023-09-27T12:00")
    assert protocol.adjustment.validation_url == "https://example.se/validera"
    assert protocol.signatures == [
        Signature("Anna Berg", "Vision"),
        Signature("Gisela Norrman", "Kommunal", "oenighet under övriga frågor"),
    ]
    nxt = protocol.next_meeting
    assert (nxt.date, nxt.start_time, nxt.end_time, nxt.location, nxt.remote) == (
        "2023-10-18",
        "09:00",
        "11:00",
        "Prins Philip",
        "Teams",
    )
    assert protocol.links == ["https://example.se/validera"]
    assert protocol.items[-1].text == "Mötet avslutades."


def test_all_present_unions_adjust():
    protocol = parse_text(
        "Arbetstagarrepresentanter\nGisela Norrman, Kommunal\nBo Ek, Vision\nCarl Al, Saco hade anmält förhinder.\n"
        "1. Justering\nFöreträdare från alla närvarande fackliga organisationer justerar protokollet.\n"
    )
    assert protocol.adjusters == [
        Adjuster("Gisela Norrman", "Kommunal"),
        Adjuster("Bo Ek", "Vision"),
    ]


def test_next_meeting_line_with_a_colon():
    protocol = parse_text(
        f"{HEAD}\n1. Övriga frågor\nInga.\nNästa möte: den 12 oktober kl. 13-15 i Stadshuset.\n"
    )
    nxt = protocol.next_meeting
    assert (nxt.date, nxt.start_time, nxt.end_time, nxt.location) == (
        "2023-10-12",
        "13:00",
        "15:00",
        "Stadshuset",
    )


def test_a_matter_that_is_samverkad_is_a_decision_though_no_other_word_says_so():
    found = item("Förslaget är samverkad med de fackliga organisationerna.", "Ny rutin")
    assert found.decisions == ["Förslaget är samverkad med de fackliga organisationerna."]
