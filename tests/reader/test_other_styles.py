"""Protocols written in other organisations' styles than the seeds, each a synthetic
protocol in tests/reader/fixtures/synthetic: samverkansgrupper with bracketed roles,
"Sammanträdesprotokoll" headers ("Beslutande/närvarande", "Plats och tid") and names
signed side by side with their roles below; skyddskommittéer written like a municipal
committee's protocol or numbered "Paragraf 1"; a förvaltningsgrupp with
Arbetsgivar-/Arbetstagarföreträdare lists; minnesanteckningar; an association's board
meeting; and an utskott's protocol with diary numbers and signatures first."""

from __future__ import annotations

from pathlib import Path

from samverkan.reader import read_file
from samverkan.reader.model import Adjuster, Metric, Participant, Signature, Statement

HERE = Path(__file__).with_name("fixtures") / "synthetic"


def test_samverkansgrupp_with_bracketed_roles():
    p = read_file(HERE / "samverkansgrupp_utbildning.txt")
    assert (p.organisation, p.body, p.date, p.start_time, p.end_time) == (
        "Utbildningsförvaltningen",
        "Samverkansgrupp",
        "2024-03-12",
        "14:00",
        "16:00",
    )
    assert (p.location, p.remote, p.chair, p.secretary) == (
        "Stadshuset, sal B",
        "Teams",
        "Karin Lund",
        "Per Nyström",
    )
    assert [(x.name, x.side, x.party, x.present) for x in p.participants] == [
        ("Karin Lund", "employer", None, True),
        ("Per Nyström", "employer", None, True),
        ("Eva Holm", "employee", "Vision", True),
        ("Omar Ali", "employee", "Kommunal", True),
        ("Lena Sjö", "employee", "Sveriges Lärare", True),
        ("Jonas Berg", "employee", "Lärarnas Riksförbund", False),
    ]
    assert p.adjusters == [Adjuster("Eva Holm", "Vision")]
    assert [i.number for i in p.items] == [f"§ {n}" for n in range(1, 8)]
    assert p.items[4].mbl == "§11"
    assert p.items[4].decisions == ["Frågan är samverkad."]
    assert p.items[4].statements[1:] == [
        Statement("Vision", "opinion", "Vision och Kommunal ställer sig bakom förslaget."),
        Statement("Kommunal", "opinion", "Vision och Kommunal ställer sig bakom förslaget."),
        Statement(
            "Sveriges Lärare", "disagreement", "Sveriges Lärare reserverar sig mot beslutet."
        ),
    ]
    assert p.items[5].statements[0] == Statement(
        "Kommunal", "question", "Omar Ali frågade om semesterplaneringen."
    )
    assert (p.next_meeting.date, p.next_meeting.start_time, p.next_meeting.location) == (
        "2024-04-09",
        "14:00",
        "Stadshuset",
    )
    assert p.signatures == [
        Signature("Per Nyström", role="sekreterare"),
        Signature("Karin Lund"),
        Signature("Eva Holm", "Vision"),
    ]
    assert p.warnings == []


def test_municipal_committee_style():
    p = read_file(HERE / "skyddskommitte_kommunal_stil.txt")
    assert (p.organisation, p.body, p.date, p.start_time, p.end_time, p.location) == (
        "Tekniska förvaltningen",
        "Skyddskommitté",
        "2022-10-05",
        "09:00",
        "11:30",
        "Konferensrum Älgen",
    )
    assert (p.chair, p.secretary) == ("Maria Lindqvist", "Johan Ek")
    assert p.adjusters == [Adjuster("Anders Pettersson", "Vision")]
    assert (p.adjustment.date, p.adjustment.digital) == ("2022-10-12", True)
    assert [i.number for i in p.items] == ["§ 23", "§ 24", "§ 25", "§ 26", "§ 27"]
    assert [(m.name, m.value) for m in p.items[1].metrics] == [
        ("sjukfrånvaro", 7.1),
        ("korttidssjukfrånvaro", 2.3),
    ]
    assert [(f.owner, f.due) for f in p.items[1].follow_ups] == [("Arbetsgivaren", "next meeting")]
    assert p.items[-1].text == "Ordföranden avslutade mötet."
    assert p.signatures == [
        Signature("Johan Ek", role="sekreterare"),
        Signature("Maria Lindqvist", role="ordförande"),
        Signature("Anders Pettersson", "Vision", role="justerare"),
    ]
    assert p.warnings == []


def test_minnesanteckningar_with_semicolon_lists_and_answer_labels():
    p = read_file(HERE / "minnesanteckningar_forskola.txt")
    assert (p.body, p.date, p.start_time, p.end_time, p.remote) == (
        "Samverkansgrupp",
        "2023-05-04",
        "14:00",
        "15:30",
        "Teams",
    )
    assert [(x.name, x.side, x.party, x.role, x.present) for x in p.participants] == [
        ("Ulla Berg", "employer", None, "avdelningschef", True),
        ("Kent Ström", "employer", None, "HR", True),
        ("Sofia Lind", "employee", "Vision", None, True),
        ("Ahmed Omar", "employee", "Kommunal", None, True),
        ("Pia Ek", "employee", "Lärarförbundet", None, True),
        ("Nils Nord", "employee", "Ledarna", None, False),
    ]
    assert [i.number for i in p.items] == ["1", "2", "3", "4"]
    assert p.items[2].statements == [
        Statement("Vision", "question", "Hur går arbetet med arbetsmiljöenkäten?"),
        Statement("Arbetsgivaren", "answer", "Resultatet redovisas på nästa möte."),
    ]
    assert (p.next_meeting.date, p.next_meeting.start_time) == ("2023-06-08", "14:00")


def test_representatives_lists_absences_and_side_by_side_signatures():
    p = read_file(HERE / "forvaltningsgrupp_foretradare.txt")
    assert (p.organisation, p.body, p.date, p.start_time, p.end_time) == (
        "Socialförvaltningen",
        "Förvaltningsgrupp",
        "2025-02-11",
        "09:00",
        "11:30",
    )
    assert (p.chair, p.secretary) == ("Maria Ek", "Johan Strand")
    assert p.participants[1] == Participant(
        "Johan Strand", "employer", None, "HR-chef, sekreterare", True
    )
    assert p.participants[-1] == Participant(
        "Kim Olsson", "employee", "Sveriges Arbetsterapeuter", None, False
    )
    assert p.warnings == []
    assert p.signatures == [
        Signature("Johan Strand", role="sekreterare"),
        Signature("Maria Ek", role="ordförande"),
        Signature("Anna Berg", party="Vision"),
    ]
    negotiation = p.items[5]
    assert negotiation.mbl == "§11"
    assert negotiation.statements[-2:] == [
        Statement("Arbetsgivaren", "answer", "Arbetsgivaren avslog yrkandet."),
        Statement("Kommunal", "disagreement", "Förhandlingen avslutades i oenighet med Kommunal."),
    ]
    assert p.items[6].metrics == [
        Metric("sjukfrånvaro", 7.9, "%", "2025-01"),
        Metric("sjukfrånvaro", 8.4, "%", "2024-01"),  # "föregående år"
    ]


def test_sammantradesprotokoll_with_plats_och_tid_and_periods_after_values():
    p = read_file(HERE / "samverkansgrupp_sammantradesprotokoll.txt")
    assert (p.organisation, p.body, p.date, p.start_time, p.end_time, p.location) == (
        "Barn- och utbildningsförvaltningen",
        "Samverkansgrupp",
        "2024-10-15",
        "13:15",
        "15:00",
        "Kommunhuset, sal Vänern",
    )
    assert p.warnings == []
    assert (p.chair, p.secretary) == ("Henrik Sjöberg", "Malin Dahl")
    absent = [x.name for x in p.participants if not x.present]
    assert absent == ["Gun Lind"]
    assert [i.number for i in p.items] == [f"§ {n}" for n in range(45, 50)]
    assert p.items[1].statements[0] == Statement(
        "Kommunal", "opinion", "Kommunal påtalade brister i ventilationen på Ekskolan."
    )
    assert p.items[2].mbl == "§19"
    assert p.items[2].statements[-1] == Statement(
        "Lärarnas Riksförbund", "opinion", "Lärarnas Riksförbund framförde oro för större klasser."
    )
    assert p.items[3].metrics == [
        Metric("sjukfrånvaro", 5.6, "%", "2024-Q3"),
        Metric("personalomsättning", 9.0, "%", "2023"),
    ]
    assert p.signatures == [
        Signature("Malin Dahl", role="sekreterare"),
        Signature("Henrik Sjöberg", role="ordförande"),
        Signature("Eva Persson", "Lärarförbundet", role="justerare"),
    ]


def test_skyddskommitte_with_paragraf_numbers_role_labels_and_inline_signatures():
    p = read_file(HERE / "skyddskommitte_paragraf.txt")
    assert (p.organisation, p.body, p.date, p.location, p.remote) == (
        "Tekniska förvaltningen",
        "Skyddskommitté",
        "2025-03-06",
        None,
        "Teams",
    )
    assert [i.number for i in p.items] == [f"§ {n}" for n in range(1, 6)]
    assert p.participants[2:] == [
        Participant("Ali Reza", "employee", "Kommunal", "huvudskyddsombud", True),
        Participant("Jenny Dahl", "employee", "Vision", "skyddsombud", True),
        Participant("Per Ström", "employee", "Ledarna", None, False),
    ]
    assert p.items[1].statements[0] == Statement(
        "Kommunal", "question", "Hur följs tillbuden upp på återvinningscentralen?"
    )
    assert p.items[2].metrics == [
        Metric("sjukfrånvaro", 6.1, "%", "2024"),
        Metric("sjukfrånvaro", 6.8, "%", "2023"),
    ]
    assert p.signatures == [
        Signature("Nina Ek", role="sekreterare"),
        Signature("Lars Holm"),
        Signature("Ali Reza", "Kommunal"),
    ]
    assert p.warnings == []


def test_minnesanteckningar_signed_vid_anteckningarna():
    p = read_file(HERE / "minnesanteckningar_kultur.txt")
    assert (p.body, p.date, p.start_time, p.end_time, p.location) == (
        "Samverkansgrupp",
        "2025-03-12",
        "13:00",
        "15:00",
        "Biblioteket, mötesrum 2",
    )
    assert [(x.name, x.party, x.present) for x in p.participants[2:]] == [
        ("Maja Lo", "Vision", True),
        ("Emil Ek", "Kommunal", True),
        ("Sofia Berg", "DIK", True),
        ("Nils Ny", "Vision", False),
    ]
    assert p.items[-1].text == "Inga."  # the signature is not part of the last item
    assert p.signatures == [Signature("Björn Sand", role="sekreterare")]
    assert p.secretary == "Björn Sand"
    assert [s.party for s in p.items[2].statements] == [
        "Arbetsgivaren", "Vision", "Kommunal", "DIK"
    ]  # fmt: skip


def test_association_board_meeting_with_justeringsperson():
    p = read_file(HERE / "styrelsemote_forening.txt")
    # The body is the board's own, not the förvaltningsgrupp an item reports from.
    assert (p.body, p.date, p.chair, p.secretary) == (
        "Styrelse",
        "2025-01-20",
        "Anna Svensson",
        "Erik Lund",
    )
    assert [a.name for a in p.adjusters] == ["Sara Nyberg"]
    assert [(x.name, x.present) for x in p.participants][-1] == ("Maria Olsson", False)
    assert p.signatures == [
        Signature("Erik Lund", role="sekreterare"),
        Signature("Sara Nyberg", role="justerare"),
        Signature("Anna Svensson", role="ordförande"),
    ]
    assert p.warnings == []


def test_committee_protocol_with_diary_numbers_subheadings_and_signatures_first():
    p = read_file(HERE / "utskott_namndstil.txt")
    assert (p.body, p.date, p.location) == (
        "Personalutskottet",
        "2025-05-14",
        "Stadshuset, rum 301",
    )
    assert p.warnings == []
    first, second, _ = p.items
    # "§ 12 Dnr PU 2025/18" over the title: the title is the line below, the number stays as text.
    assert (first.number, first.title) == ("§ 12", "Lönekartläggning 2024")
    assert first.text.split("\n\n")[:2] == ["Dnr PU 2025/18", "Ärendebeskrivning"]
    assert first.decisions == [
        "Personalutskottet beslutar att lägga informationen till handlingarna."
    ]
    assert second.decisions == ["Informationen läggs till handlingarna."]
    assert second.metrics == [Metric("sjukfrånvaro", 7.2, "%", "2025-Q1")]
    assert p.signatures == [
        Signature("Emma Lind", role="sekreterare"),
        Signature("Eva Strand", role="ordförande"),
        Signature("Nils Berg", role="justerare"),
    ]
