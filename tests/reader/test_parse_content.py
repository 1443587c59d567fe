"""Statements, follow-ups, decisions, MBL parts, figures, justering and signatures."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan.reader import parse_text
from samverkan.reader.model import (
    EMPLOYER,
    Adjuster,
    FollowUp,
    Metric,
    Participant,
    Signature,
    Statement,
)
from samverkan.reader.parse import content
from samverkan.reader.parties import PartyRegistry

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


def test_a_period_written_right_after_a_value_is_that_values():
    found = item(
        "Sjukfrånvaron rullande 12 månader var 8,3 % i april 2023 jämfört med 8,9 % i april 2022.\n\n"
        "Sjukfrånvaron rullande 12 månader var 9,1 % i februari, korttidssjukfrånvaron 3,4 %.\n\n"
        "Sjukfrånvaron var 3,9 % i oktober.\n\n"
        "Sjukfrånvaron i mars var 5 %, i april 6 %."  # April comes before its own value
    ).metrics
    assert found == [
        Metric("sjukfrånvaro rullande 12 månader", 8.3, "%", "2023-04"),
        Metric("sjukfrånvaro rullande 12 månader", 8.9, "%", "2022-04"),
        Metric("sjukfrånvaro rullande 12 månader", 9.1, "%", "2023-02"),
        Metric("korttidssjukfrånvaro", 3.4, "%", "2023-02"),  # "rullande" was sjukfrånvaron's
        Metric("sjukfrånvaro", 3.9, "%", "2023-10"),
        Metric("sjukfrånvaro", 5.0, "%", "2023-03"),
        Metric("sjukfrånvaro", 6.0, "%", "2023-04"),
    ]


def test_a_run_of_months_is_its_quarter_or_else_its_year():
    found = item(
        "Sjukfrånvaron var 6,2 % under januari–mars, jämfört med 7,0 % samma period 2022.\n\n"
        "Sjukfrånvaron var 6,8 % under januari–augusti 2023."
    ).metrics
    assert found == [
        Metric("sjukfrånvaro", 6.2, "%", "2023-Q1"),
        Metric("sjukfrånvaro", 7.0, "%", "2022-Q1"),
        Metric("sjukfrånvaro", 6.8, "%", "2023"),
    ]


def test_a_run_of_short_month_names_is_a_period_but_jul_alone_is_not():
    found = item(
        "Sjukfrånvaron för perioden jan–mars uppgick till 6,4 %.\n\n"
        "Korttidssjukfrånvaron jan-apr var 3,1 %.\n\n"
        "Inför jul var sjukfrånvaron 3,5 %."
    ).metrics
    assert found == [
        Metric("sjukfrånvaro", 6.4, "%", "2023-Q1"),
        Metric("korttidssjukfrånvaro", 3.1, "%", "2023"),
        Metric("sjukfrånvaro", 3.5, "%", None),
    ]


def test_people_the_list_gives_initials_speak_and_own_follow_ups_by_them():
    protocol = parse_text(
        "Protokoll förvaltningsgrupp 2024-10-08\nNärvarande\nFör arbetsgivaren:\n"
        "Karin Sjöholm (KS), förvaltningschef\nNadia Berglund (NB), avdelningschef\n"
        "För arbetstagarorganisationerna:\nSofie Enqvist (SE), Vision\n\n"
        "1. Information\nKS informerar om anställningsstopp.\n"
        "SE undrar om stoppet även gäller biblioteksassistenterna. NB återkommer i november.\n"
    )
    item = protocol.items[0]
    assert [(s.party, s.kind) for s in item.statements] == [
        ("Arbetsgivaren", "information"),
        ("Vision", "question"),
        ("Arbetsgivaren", "answer"),
    ]
    assert [(f.owner, f.due) for f in item.follow_ups] == [("Nadia Berglund", "2024-11")]


def test_a_party_and_one_word_as_title_is_no_statement_and_a_conjunction_is_no_name():
    protocol = parse_text(
        "Protokoll förvaltningsgrupp 2024-03-12\nNärvarande\nArbetsgivaren: Per Holm\n"
        "Vision: Lisa Hedberg\n\n"
        "1. AG informerar\nAG informerar om handläggningstiderna.\n"
        "2. Övriga frågor\nVision hade anmält en fråga om friskvårdsbidraget. Eftersom Lisa\n"
        "Hedberg har lämnat mötet bordläggs frågan till nästa möte.\n"
    )
    first, second = protocol.items
    assert [(s.party, s.kind) for s in first.statements] == [("Arbetsgivaren", "information")]
    assert [(s.party, s.kind) for s in second.statements] == [("Vision", "question")]
    assert [f.owner for f in second.follow_ups] == ["Arbetsgivaren"]


def test_each_value_followed_by_its_own_period_and_a_month_last_year():
    found = item(
        "Sjukfrånvaro totalt: 6,6 % helår 2021, 6,1 % helår 2022.\n\n"
        "Sjukfrånvaron i februari var 7,9 % mot 6,8 % i februari förra året.\n\n"
        "Sjukfrånvaron var 5 % i mars, i april 6 %."
    ).metrics
    assert found == [
        Metric("sjukfrånvaro", 6.6, "%", "2021"),
        Metric("sjukfrånvaro", 6.1, "%", "2022"),
        Metric("sjukfrånvaro", 7.9, "%", "2023-02"),
        Metric("sjukfrånvaro", 6.8, "%", "2022-02"),
        Metric("sjukfrånvaro", 5.0, "%", "2023-03"),
        Metric("sjukfrånvaro", 6.0, "%", "2023-04"),
    ]


def test_a_partys_listed_questions_are_its_own_and_each_answer_the_employers():
    protocol = parse_text(
        "Protokoll samverkansgrupp 2024-03-12\nNärvarande\nKommunal: Roger Lund\n\n"
        "6. Frågor från Kommunal\nKommunal har i förväg anmält följande frågor:\n\n"
        "1. Hur många timanställda har arbetat under januari?\nSvar: Fjorton.\n\n"
        "2. När levereras de nya sopbilarna?\nSvar: Leveransen är försenad.\n\n"
        "Kommunal framförde att frågan är viktig och vill ha ett skriftligt svar.\n\n"
        "7. Ekonomi\nFöljande gäller. Vad avses?\n"
    )
    six, seven = protocol.items
    assert [(s.party, s.kind, s.text[:7]) for s in six.statements] == [
        ("Kommunal", "question", "1. Hur "),
        ("Arbetsgivaren", "answer", "Fjorton"),
        ("Kommunal", "question", "2. När "),
        ("Arbetsgivaren", "answer", "Leveran"),
        ("Kommunal", "request", "Kommuna"),
    ]
    assert seven.statements == []  # no one's questions are listed here


def test_a_deans_or_a_managing_directors_words_are_the_employers():
    said = item("Dekanen informerade om budgetpropositionen.\n\nVd:n svarade att lönen betalas.")
    assert [(s.party, s.kind) for s in said.statements] == [
        ("Arbetsgivaren", "information"),
        ("Arbetsgivaren", "answer"),
    ]


def test_a_double_first_name_is_no_month():
    assert [
        m.period for m in item("Jan-Erik Ek redovisade att sjukfrånvaron är 6,2 %.").metrics
    ] == [None]


def test_initials_win_over_a_union_of_the_same_letters_and_roles_stay_roles():
    protocol = parse_text(
        "Protokoll förvaltningsgrupp 2024-10-08\nNärvarande\nArbetsgivarens företrädare:\n"
        "Lars Ringström (LR), rektor\nHanna Rask, HR\nAnna-Karin Sjöholm (AKS), HR-konsult\n"
        "Arbetstagare:\nSara Olsson, Kommunal, SO\nSara Tell (ST), Vision\n\n"
        "1. Info\nLR informerar om läget.\nST undrar hur det går.\nAKS svarar att det går bra.\n"
    )
    assert [(p.name, p.party, p.role) for p in protocol.participants] == [
        ("Lars Ringström", None, "rektor"),
        ("Hanna Rask", None, "HR"),
        ("Anna-Karin Sjöholm", None, "HR-konsult"),
        ("Sara Olsson", "Kommunal", "SO"),
        ("Sara Tell", "Vision", None),
    ]
    assert [(s.party, s.kind) for s in protocol.items[0].statements] == [
        ("Arbetsgivaren", "information"),
        ("Vision", "question"),
        ("Arbetsgivaren", "answer"),
    ]


def test_listed_questions_end_when_another_union_speaks():
    protocol = parse_text(
        "Protokoll samverkansgrupp 2024-03-12\nNärvarande\nKommunal: Roger Lund\nVision: Mia Sten\n\n"
        "1. Övriga frågor\nKommunal har följande frågor:\n\n1. Hur många har slutat?\n\n"
        "Mia Sten påtalar att schemat är sent.\n\nHur ska vi göra med sommaren?\n\n"
        "2. Övrigt\nKommunal hade följande frågor som besvarades under mötet.\n\nVem bokar?\n"
    )
    first, second = protocol.items
    assert [(s.party, s.kind) for s in first.statements] == [
        ("Kommunal", "question"),
        ("Vision", "opinion"),
    ]
    assert [(s.party, s.kind) for s in second.statements] == [("Kommunal", "question")]


def test_a_change_or_a_gap_is_not_the_figure_itself():
    found = item(
        "Anslaget minskar med 2 procent och prognosen för 2024 är ett underskott på 4,8 mnkr.\n\n"
        "Kommunen redovisar ett resultat på 42,3 mnkr, vilket är 18 mnkr bättre än budget."
    ).metrics
    assert found == [
        Metric("underskott", 4.8, "mnkr", "2024"),
        Metric("resultat", 42.3, "mnkr", None),
    ]


def test_noted_information_closed_negotiations_and_samverkat_are_decisions():
    said = [
        "Informationen noteras.",
        "Informationen noterades.",
        "Förhandling enligt § 11 MBL avslutas i enighet.",
        "Förhandlingen avslutades i oenighet.",
        "Ärendet är samverkat.",
    ]
    assert item("\n\n".join(said), "Ny rutin").decisions == said


def speakers(*participants: Participant) -> content.Speakers:
    return content.Speakers.from_participants(PartyRegistry.default(), list(participants))


def test_a_question_taken_up_again_or_taken_along_is_a_follow_up():
    found = content.follow_ups(
        [
            "Frågan tas upp igen i november.",
            "Frågan tas upp på mötet i december.",
            "Kommunal yrkade på halkskydd. Arbetsgivaren tar med sig frågan.",
            "Vision tar med sig frågan till medlemmarna.",
        ],
        speakers(),
        2023,
    )
    assert found == [
        FollowUp("Frågan tas upp igen i november.", EMPLOYER, "2023-11"),
        FollowUp("Frågan tas upp på mötet i december.", EMPLOYER, "2023-12"),
        FollowUp("Arbetsgivaren tar med sig frågan.", EMPLOYER, None),
        FollowUp("Vision tar med sig frågan till medlemmarna.", "Vision", None),
    ]


def test_a_due_month_lies_ahead_of_the_meeting():
    found = content.follow_ups(
        [
            "Arbetsgivaren återkommer med svar i januari.",
            "Frågan tas upp igen i maj.",
            "Frågan tas upp igen i december.",
        ],
        speakers(),
        2024,
        meeting_date=dt.date(2024, 11, 26),
    )
    assert [follow_up.due for follow_up in found] == ["2025-01", "2025-05", "2024-12"]


def test_an_employee_side_person_without_a_known_union_speaks_for_no_party():
    who = speakers(
        Participant("Eva Lindberg", "employer", None, "rektor"),
        Participant("Noor Haddad", "employee", None, "elevskyddsombud"),
    )
    paragraph = (
        "Eva Lindberg informerade om skåpen. "
        "Noor Haddad tog upp att skåpen i korridoren är trasiga. De behöver lagas."
    )
    # Neither a statement of the employer's nor words added to Eva Lindberg's.
    assert content.statements([paragraph], who) == [
        Statement(EMPLOYER, "information", "Eva Lindberg informerade om skåpen.")
    ]
    # Who says they will come back is still named.
    [follow_up] = content.follow_ups(["Noor Haddad återkommer om skåpen."], who, 2024)
    assert follow_up.owner == "Noor Haddad"


def test_a_party_that_is_positive_or_negative_gives_its_opinion():
    found = content.statements(
        [
            "SSR är positiva men vill att kuratorerna behåller sina arbetsplatser.",
            "Sveriges Lärare är negativa till förslaget.",
            "Kommunal ser positivt på att schemat ses över.",
        ],
        speakers(),
    )
    assert [(s.party, s.kind) for s in found] == [
        ("Akademikerförbundet SSR", "opinion"),
        ("Sveriges Lärare", "opinion"),
        ("Kommunal", "opinion"),
    ]


def test_a_union_written_after_a_persons_name_speaks():
    who = speakers(
        Participant("Lars Berg", "employee", "Kommunal"),
        Participant("Sara Olofsson", "employee", "Vision", "skyddsombud"),
    )
    found = content.statements(
        [
            "Lars Berg (Kommunal) påtalade att kemrummet saknar ventilation.",
            "Eva Lind, Vision, påtalade att lokalerna är trånga.",
            "Anna Ek (Saco, skyddsombud) undrade hur det går.",
            "Sara Olofsson (skyddsombud) tog upp stressen kring morgonpassen.",
        ],
        who,
    )
    assert [(s.party, s.kind) for s in found] == [
        ("Kommunal", "opinion"),
        ("Vision", "opinion"),
        ("Saco", "question"),
        ("Vision", "opinion"),  # a role in brackets: she speaks for her own union
    ]


def test_the_speaker_after_a_topic_label_is_heard():
    found = content.statements(
        [
            "Friskvårdsbidraget: Vision frågade om bidraget kan höjas. "
            "Tomas Ahl svarade att det beslutas centralt.",
            # A balanslista's status line: a follow-up, not something said at the meeting.
            "Arbetstidsmodell för kökspersonal: Arbetsgivaren återkommer med svar.",
        ],
        speakers(),
    )
    assert found == [
        Statement("Vision", "question", "Vision frågade om bidraget kan höjas."),
        Statement(EMPLOYER, "answer", "Tomas Ahl svarade att det beslutas centralt."),
    ]


def test_a_labelled_paragraph_ends_where_another_party_answers():
    found = content.statements(
        [
            "SSR: Frågar om rutinen gäller även biblioteken. "
            "Arbetsgivaren svarade att rutinen gäller hela förvaltningen.",
            "Kommunal: Lönerevisionen är klar. Kommunal upplever att dialogen fungerat.",
        ],
        speakers(),
    )
    assert found == [
        Statement(
            "Akademikerförbundet SSR", "question", "Frågar om rutinen gäller även biblioteken."
        ),
        Statement(
            EMPLOYER, "answer", "Arbetsgivaren svarade att rutinen gäller hela förvaltningen."
        ),
        Statement(
            "Kommunal",
            "information",
            "Lönerevisionen är klar. Kommunal upplever att dialogen fungerat.",
        ),
    ]


def test_words_that_open_sentences_are_no_ones_name():
    found = content.statements(
        [
            "Nästa APT: 9 april kl 8.30 i personalrummet.",
            "Nästa FSG: 2023-12-07 kl. 8.30-10.",
            "Enligt HR har rutinen reviderats.",
            "Per Holm svarade att rutinen gäller.",  # "Per" is a name as well as a word
        ],
        speakers(),
    )
    assert found == [Statement(EMPLOYER, "answer", "Per Holm svarade att rutinen gäller.")]


def test_quarters_written_as_q_kv_or_a_number():
    found = item(
        "Sjukfrånvaro Q3 2023: 4,9 %.\n\n"
        "Sjukfrånvaron var 5,1 % under kvartal 2.\n\n"
        "Sjukfrånvaron kv 1 var 6 %.\n\n"
        "Sjukfrånvaron under 4:e kvartalet 2022 var 7 %."
    ).metrics
    assert [metric.period for metric in found] == ["2023-Q3", "2023-Q2", "2023-Q1", "2022-Q4"]


def test_figures_listed_under_their_indicator():
    found = content.metrics(
        [
            "Sjukfrånvaro 2022:",
            "Q1 6,1 %",
            "- Q2: 5,4 %",
            "Personalomsättningen var 13,2 %.",
            "Sjukfrånvaro:",  # not a list of periods: no figures
            "Kvinnor 6,1 %",
        ],
        2023,
    )
    assert found == [
        Metric("sjukfrånvaro", 6.1, "%", "2022-Q1"),
        Metric("sjukfrånvaro", 5.4, "%", "2022-Q2"),
        Metric("personalomsättning", 13.2, "%", None),
    ]


def test_an_ansvarig_owns_the_follow_up_a_label_line_dates():
    found = content.follow_ups(
        [
            "Ansvarig: Marie Sjögren",
            "Uppföljning: FSG i december",
            "Ansvarig: Linnea Berg",
            "Uppföljning: Återrapporteras på FSG 2023-12-07.",
            "Ansvarig: Per-Olof Wiklund",  # without a due line: no follow-up
            "Inga synpunkter.",
            "Arbetsgivaren återkommer.",
            "Uppföljning: Nästa möte.",  # the date of the follow-up before it
        ],
        speakers(),
        2023,
        meeting_date=dt.date(2023, 10, 5),
    )
    assert found == [
        FollowUp("Uppföljning: FSG i december", "Marie Sjögren", "2023-12"),
        FollowUp("Uppföljning: Återrapporteras på FSG 2023-12-07.", "Linnea Berg", "2023-12-07"),
        FollowUp("Arbetsgivaren återkommer.", EMPLOYER, "next meeting"),
    ]


def test_the_group_agreeing_is_a_decision():
    said = ["Förvaltningsgruppen är enig om förslaget.", "Parterna är eniga."]
    assert content.decisions([*said, "Vision är enig med arbetsgivaren."]) == said


def test_the_next_apt_or_fsg_is_the_next_meeting():
    found = content.follow_ups(
        ["Körlistorna ses över till nästa APT.", "Frågan besvaras på nästa FSG."], speakers(), 2024
    )
    assert [follow_up.due for follow_up in found] == ["next meeting", "next meeting"]


def test_an_explanation_opening_an_item_informs_and_after_a_question_answers():
    opening = item("Arbetsgivaren redogjorde för förslaget. Vision frågade om tidplanen.")
    assert [(s.party, s.kind) for s in opening.statements] == [
        ("Arbetsgivaren", "information"),
        ("Vision", "question"),
    ]
    answering = item("Vision frågade om tidplanen. Arbetsgivaren förklarade att den är klar.")
    assert [(s.party, s.kind) for s in answering.statements] == [
        ("Vision", "question"),
        ("Arbetsgivaren", "answer"),
    ]


def test_a_decision_is_what_was_decided_without_its_label():
    found = item(
        "Förslaget gicks igenom. Beslut: Budgeten godkändes.\n\nBeslut: att anta planen"
    ).decisions
    assert found == ["Budgeten godkändes.", "att anta planen"]


def test_reported_events_are_counted():
    found = item(
        "Rapporterade händelser under tredje kvartalet: 12 tillbud, 3 arbetsskador.\n\n"
        "Av tillbuden gällde 7 hot och våld. En olycka har skett."
    ).metrics
    assert found == [
        Metric("tillbud", 12.0, "st", "2023-Q3"),
        Metric("arbetsskador", 3.0, "st", "2023-Q3"),
    ]


def test_open_questions_of_a_balanslista_table_are_follow_ups():
    found = item(
        "Balanslistan gicks igenom:\n"
        "Nr | Fråga | Ansvarig | Status\n"
        "1 | Lönekartläggning 2023 | HR-chef | Klar – stryks\n"
        "2 | Ventilation Ekbackens förskola | Lokalstrateg | Pågår, åter i november\n"
        "3 | Rutin för ensamarbete | Arbetsgivaren | Ej klar\n"
    ).follow_ups
    assert found == [
        FollowUp("Ventilation Ekbackens förskola", "Lokalstrateg", "2023-11"),
        FollowUp("Rutin för ensamarbete", "Arbetsgivaren", None),
    ]


def test_money_figures_take_the_year_of_the_forecast_or_the_items_title():
    assert item("Prognosen för helåret är ett underskott på 6,4 mnkr.").metrics == [
        Metric("underskott", 6.4, "mnkr", "2023")
    ]
    assert item("Ekonomisk prognos efter april: +1,2 mnkr.").metrics == [
        Metric("prognos", 1.2, "mnkr", "2023")
    ]
    assert item("Kommunen redovisar ett resultat på 42,3 mnkr.", title="Bokslut 2022").metrics == [
        Metric("resultat", 42.3, "mnkr", "2022")
    ]
    assert item("Sjukfrånvaron var 6 procent.", title="Bokslut 2022").metrics == [
        Metric("sjukfrånvaro", 6.0, "%", None)
    ]


def test_more_ways_to_decide_and_to_speak_for_the_employer():
    assert item("Anna Berg utses att jämte ordföranden justera protokollet.").decisions == [
        "Anna Berg utses att jämte ordföranden justera protokollet."
    ]
    said = item("Kommunal frågade om omklädningsrum. Rektor svarade att de byggs i vår.")
    assert [(s.party, s.kind) for s in said.statements] == [
        ("Kommunal", "question"),
        ("Arbetsgivaren", "answer"),
    ]


def test_a_title_before_a_name_leaves_the_person_to_speak_for_their_own_party():
    who = speakers(
        Participant("Johanna Berglund", "employer", None, "rektor"),
        Participant("Tomas Lind", "employee", "Sveriges Lärare", "skyddsombud"),
        Participant("Pirjo Mäkinen", "employee", "Kommunal", "huvudskyddsombud"),
    )
    found = content.statements(
        [
            "Skyddsombudet Tomas Lind lyfter att ventilationen inte fungerar.",
            "Huvudskyddsombudet Pirjo Mäkinen påtalade att vagnarna är tunga.",
            "Kommunals skyddsombud Pirjo Mäkinen påtalade att vagnarna är tunga.",
            "Rektor Johanna Berglund svarade att vagnarna byts.",
            "Skyddsombudet Anna Holm påtalade att det drar.",  # an unlisted ombud: a union's
        ],
        who,
    )
    assert [(s.party, s.kind) for s in found] == [
        ("Sveriges Lärare", "opinion"),
        ("Kommunal", "opinion"),
        ("Kommunal", "opinion"),
        (EMPLOYER, "answer"),
    ]
    [follow_up] = content.follow_ups(["Skyddsombudet Tomas Lind återkommer."], who, 2024)
    assert follow_up.owner == "Tomas Lind"


def test_nobody_speaks_for_the_employer_at_a_unions_own_meeting():
    said = [
        "Kassören Leif Nyström redovisade att avdelningen har ett överskott.",
        "Ola Kvist yrkade bifall till motionen.",
    ]
    for meeting in ({"body": "Årsmöte"}, {"organisation": "Vision Bergsviks kommun"}):
        own = content.Speakers.from_participants(PartyRegistry.default(), [], **meeting)
        assert content.statements(said, own) == [], meeting
    # At samverkan, a person the unions' list leaves out is the employer's.
    assert [s.party for s in content.statements(said, speakers())] == [EMPLOYER, EMPLOYER]


def test_the_employee_side_as_a_whole_speaks_for_no_party_and_ends_the_employers_words():
    found = content.statements(
        [
            "AG informerar om att skolan tar emot nya elever. "
            "AT undrar om eleverna får studiehandledning. "
            "AG svarar att en studiehandledare anställs."
        ],
        speakers(),
    )
    assert found == [
        Statement(EMPLOYER, "information", "AG informerar om att skolan tar emot nya elever."),
        Statement(EMPLOYER, "answer", "AG svarar att en studiehandledare anställs."),
    ]


def test_a_union_not_behind_the_proposal_that_reports_oenighet_disagrees():
    found = content.statements(
        [
            "ST och Seko ställde sig bakom förslaget. Saco-S ställde sig inte bakom "
            "förslaget och anmälde oenighet."
        ],
        speakers(),
    )
    assert [(s.party, s.kind) for s in found] == [
        ("Fackförbundet ST", "opinion"),
        ("Seko", "opinion"),
        ("Saco", "disagreement"),
    ]


def test_the_meeting_deciding_is_a_decision_and_not_the_speaker_before():
    paragraph = "Ola Kvist yrkade bifall. Efter votering beslutade årsmötet att bifalla motion 2."
    assert content.decisions([paragraph, "Nämnden beslutar att anta planen."]) == [
        "Efter votering beslutade årsmötet att bifalla motion 2.",
        "Nämnden beslutar att anta planen.",
    ]
    assert content.statements([paragraph], speakers()) == [
        Statement(EMPLOYER, "request", "Ola Kvist yrkade bifall.")
    ]


def test_a_part_of_a_figure_is_not_a_figure_of_its_own():
    found = content.metrics(
        ["Prognosen är ett underskott på 7,9 mnkr för 2024, varav 4,2 mnkr avser lokalvården."],
        2024,
    )
    assert found == [Metric("underskott", 7.9, "mnkr", "2024")]


def test_a_body_named_by_its_letters_after_nasta_is_the_next_meeting():
    found = content.follow_ups(
        [
            "Arbetsgivaren återkommer på nästa LSG.",
            "Arbetsgivaren återkommer till nästa SVG.",
            "Frågan besvaras på nästa CSG.",
            "Arbetsgivaren återkommer vid nästa FVG.",
        ],
        speakers(),
        2024,
    )
    assert [follow_up.due for follow_up in found] == ["next meeting"] * 4


def test_an_action_point_that_names_who_and_when_is_their_follow_up():
    found = content.follow_ups(
        [
            "Action: Sara Al-Khatib bokar en workshop före 2024-11-30.",
            "Åtgärd: En rutin tas fram till nästa möte.",
            "Ansvarig: Kim Jansson",
            "Inga synpunkter.",
            "Åtgärd: Kommunal informerar sina medlemmar.",  # no date: not a follow-up
            "Inga synpunkter.",
            "Åtgärd: Ventilationen ska åtgärdas.",  # the block's due line is its follow-up
            "Ansvarig: Eva Berg",
            "Klart: senast 2024-10-31",
        ],
        speakers(),
        2024,
    )
    assert found == [
        FollowUp(
            "Action: Sara Al-Khatib bokar en workshop före 2024-11-30.",
            "Sara Al-Khatib",
            "2024-11-30",
        ),
        FollowUp("Åtgärd: En rutin tas fram till nästa möte.", "Kim Jansson", "next meeting"),
        FollowUp("Klart: senast 2024-10-31", "Eva Berg", "2024-10-31"),
    ]


def test_at_a_unions_own_meeting_nobody_speaks_for_the_employer():
    protocol = parse_text(
        "Vision Bergsviks kommun\nPROTOKOLL ÅRSMÖTE 2025\nDatum: 2025-02-20\n"
        "1. Ekonomi\nKassören Leif Nyström redovisade den ekonomiska berättelsen.\n"
        "Ola Kvist yrkade bifall till motionen.\n"
    )
    assert protocol.items[0].statements == []


def test_a_row_still_in_progress_is_open_and_a_year_is_no_count():
    found = item(
        "Nr | Fråga | Ansvarig | Status\n"
        "1 | Ny ventilation i kök | Anna Berg | Pågår, beräknas klar i november\n"
        "2 | Nytt schema | Bo Ek | Klar\n"
    ).follow_ups
    assert found == [FollowUp("Ny ventilation i kök", "Anna Berg", "2023-11")]
    assert item("Statistik 2023 tillbud och arbetsskador redovisades.").metrics == []


def test_an_annual_meeting_s_elections_and_discharge_are_decisions():
    said = [
        "Årsmötet förklarades stadgeenligt utlyst.",
        "Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret 2024.",
        "Årsmötet valde Marie Lindqvist till ordförande.",
        "Ansökan om extra medel beviljades.",
    ]
    not_decided = ["Vision valde att inte delta i arbetsgruppen.", "Mötet förklarades öppnat."]
    assert item("\n\n".join(said + not_decided), "Val").decisions == said


def test_a_chair_declaring_the_meeting_open_says_nothing():
    assert content.statements(["Ordföranden förklarade mötet öppnat."], speakers()) == []
    asked = ["Kommunal undrar om tjänsten tillsätts?", "Arbetsgivaren förklarade att den gör det."]
    found = content.statements(asked, speakers())
    assert [(s.party, s.kind) for s in found] == [
        ("Kommunal", "question"),
        ("Arbetsgivaren", "answer"),
    ]


def test_an_opinion_that_ends_in_a_request_is_a_request():
    said = content.statements(
        [
            "SSR menar att arbetsbelastningen är ohållbar och begär att en riskbedömning görs.",
            "Vision anser att schemat är bra och att det bör behållas.",
        ],
        speakers(),
    )
    assert [(s.party, s.kind) for s in said] == [
        ("Akademikerförbundet SSR", "request"),
        ("Vision", "opinion"),
    ]


def test_a_party_that_undertakes_an_action_has_a_follow_up():
    found = content.follow_ups(
        [
            "Arbetsgivaren avslog yrkandet men åtar sig att göra en riskbedömning före 2024-06-01.",
            "Arbetsgivaren åtgärdar bristerna senast i mars.",
            "Kommunal åtar sig att informera medlemmarna.",
            "Handlingsplanerna ska vara klara senast 2024-06-15.",
            "Arbetsgivaren åtgärdade bristerna i höstas.",
        ],
        speakers(),
        2024,
        meeting_date=dt.date(2024, 2, 8),
    )
    assert [(f.owner, f.due) for f in found] == [
        (EMPLOYER, "2024-06-01"),
        (EMPLOYER, "2024-03"),
        ("Kommunal", None),
    ]


# The words verb forms are made of, adverbs, and others: a text of them may open
# with a verb form, with an adverb before it, or with neither.
VERB_WORDS = sorted(
    {word for _, forms in content.VERBS for word in re.findall(r"[a-zåäöé]+", forms)}
    | set(content.ADVERB_WORDS)
    | {"Kommunal", "mötet", "att", "en", "Nu", "ÄR", "x"}
)


@given(
    st.sampled_from(["", *content.ADVERB_WORDS, "Också", "nuvarande"]),
    st.lists(st.sampled_from(VERB_WORDS), min_size=1, max_size=6),
    st.sampled_from([" ", "  "]),
)
def test_the_verb_found_by_its_first_letter_is_the_one_verb_finds(adverb, words, blank):
    text = blank.join([adverb, *words] if adverb else words)
    expected = content.VERB.match(text.lower())
    found = content.verb_match(text)
    assert (found and (found.lastgroup, found.end())) == (
        expected and (expected.lastgroup, expected.end())
    )


def test_no_verb_form_opens_with_an_adverb():
    # Why the verb's first letter may choose the forms when an adverb opens the text.
    forms = re.compile("|".join(f"(?:{verbs})" for _, verbs in content.VERBS))
    for adverb in content.ADVERB_WORDS:
        for rest in ("", " ", " undrar", " har", " är positiva", " var oenig", " x"):
            assert not forms.match(adverb + rest), adverb + rest


def test_a_verb_after_an_adverb_gives_the_statement_its_kind():
    statements = item(
        "Vision undrar om bemanningen. Kommunal också reserverar sig mot beslutet."
    ).statements
    assert [(s.party, s.kind) for s in statements] == [
        ("Vision", "question"),
        ("Kommunal", "disagreement"),
    ]


FOLLOW_UP_PHRASES = [
    "återkommer",
    "återkom",
    "återrapporteras",
    "besvaras vid nästa möte",
    "tas upp igen",
    "tas upp på mötet i maj",
    "tar med sig frågan",
    "tog med sig ärendet",
    "flyttas till nästa",
    "följs upp",
    "mer info önskas",
    "mer information önskas",
    "bordläggs",
    "åtar sig",
    "åtgärdar bristerna senast i mars",
    "på nästa apt",
    "till nästa förvaltningsgrupp",
    "vid nästa lsg",
    "nästa",
    "med sig",
    "senast:",
    "kommunal",
    "informerar om",
    "x",
]


@given(st.lists(st.sampled_from(FOLLOW_UP_PHRASES), min_size=1, max_size=8))
def test_a_follow_up_is_searched_for_from_its_first_hint_word(phrases):
    text = " ".join(phrases)
    hints = tuple(hint for hint in content.FOLLOW_UP_HINTS if hint in text)
    expected = content.FOLLOW_UP.search(text)
    found = content.follow_up_search(text, hints)
    assert (found and found.span()) == (expected and expected.span())


DECISION_PHRASES = [
    "budgeten godkändes",
    "fastställdes",
    "beslutade styrelsen att",
    "beslutar mötet",
    "beslöts",
    "valdes",
    "föreningsmötet valde",
    "årsmötet valde",
    "stämman valde",
    "beviljade styrelsen ansvarsfrihet",
    "förklarades vara behörigt utlyst",
    "lades till handlingarna",
    "handlingarna",
    "antogs",
    "justerades",
    "ärendet är samverkat",
    "informationen noteras",
    "förhandlingen avslutades i oenighet",
    "avslutas i enighet",
    "enig",
    "kommunal",
    "x",
]


@given(st.lists(st.sampled_from(DECISION_PHRASES), min_size=1, max_size=8))
def test_a_decision_is_searched_for_from_its_first_hint_word(phrases):
    text = " ".join(phrases)
    hints = tuple(hint for hint in content.DECISION_HINTS if hint in text)
    expected = content.DECISION.search(text)
    found = content.decision_search(text, hints)
    assert (found and found.span()) == (expected and expected.span())


def test_a_written_opinion_takes_the_paragraphs_that_follow_it():
    statements = item(
        "Kommunals yttrande: Kommunal anser att schemat ska ses över.\n\n"
        "Vi vill också se en riskbedömning.\n\n"
        "Arbetsgivaren svarar att den görs i maj."
    ).statements
    assert [(s.party, s.kind) for s in statements] == [
        ("Kommunal", "opinion"),
        (EMPLOYER, "answer"),
    ]
    assert statements[0].text.endswith("Vi vill också se en riskbedömning.")


def test_a_verb_form_s_first_letters_or_a_refusal():
    assert content._first_letters("undrar") == {"u"}
    assert content._first_letters("(?:är|var) positiv") == {"ä", "v"}
    assert content._first_letters("(?:en )?fråga") == {"e", "f"}
    assert content._alternatives(r"anmäl(?:er|de) (?:\w+ )?frågor|undrar") == [
        r"anmäl(?:er|de) (?:\w+ )?frågor",
        "undrar",
    ]
    for form in ("e?fterfråga", "(?:en )*fråga", "(?:en ){0,1}fråga", r"\wundrar", "[ab]c"):
        with pytest.raises(ValueError):
            content._first_letters(content._alternatives(form)[0])
