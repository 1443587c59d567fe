"""Protocols written in other organisations' styles than the seeds: a
samverkansgrupp with bracketed roles and signatures side by side, and a
skyddskommitté written like a municipal committee's protocol (running §
numbers, "Plats och tid", "Utses att justera", role lines before names)."""

from __future__ import annotations

from pathlib import Path

from samverkan.reader import read_file
from samverkan.reader.model import Adjuster, Signature, Statement

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
    assert p.items[4].decisions == ["Beslut: Frågan är samverkad."]
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
        Signature("Eva Holm"),
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
        Signature("Anders Pettersson", role="justerare"),
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
