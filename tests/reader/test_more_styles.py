"""Two more organisations' styles, written the way many municipalities and regions
write them: "Arbetsgivarföreträdare / Arbetstagarföreträdare" lists with absences
noted beside the name, a "Sekreterare" heading, and names signed side by side with
each one's role or union on the line below; and a "Sammanträdesprotokoll" with
"Beslutande/närvarande", "Plats och tid" on one line and figures whose period
follows the value."""

from __future__ import annotations

from pathlib import Path

from samverkan.reader import read_file
from samverkan.reader.model import Metric, Participant, Signature, Statement

HERE = Path(__file__).with_name("fixtures") / "synthetic"


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
        Signature("Eva Persson", role="justerare"),
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
        Signature("Ali Reza"),
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
