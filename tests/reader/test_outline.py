"""The text outline `samverkan parse --format text` prints for a person."""

from __future__ import annotations

from samverkan.reader import parse_text
from samverkan.reader.model import (
    Adjuster,
    Adjustment,
    FollowUp,
    Item,
    Metric,
    NextMeeting,
    Participant,
    Protocol,
    Signature,
    Source,
    Statement,
)
from samverkan.reader.outline import outline


def test_outline_shows_header_people_items_and_closing():
    protocol = Protocol(
        source=Source("fvg.pdf", "pdf", 3),
        organisation="Socialförvaltningen",
        body="Förvaltningsgrupp",
        date="2023-09-20",
        start_time="13:00",
        end_time="15:00",
        location="Rum Paddan",
        remote="Zoom",
        participants=[
            Participant("Anna Berg", "employer", None, "förvaltningschef, ordförande"),
            Participant("Bo Ek", "employer", None, "personalchef", present=False),
            Participant("Cecilia Falk", "employee", "Kommunal", "huvudskyddsombud"),
        ],
        chair="Anna Berg",
        secretary="Dina Gran",
        adjusters=[Adjuster("Cecilia Falk", "Kommunal")],
        adjustment=Adjustment(date="2023-09-27", digital=True),
        items=[
            Item(
                "5",
                "Arbetsmiljö",
                text="Sjukfrånvaron redovisades.",
                mbl="§19",
                statements=[Statement("Kommunal", "question", "Kommunal undrar varför?")],
                follow_ups=[FollowUp("Arbetsgivaren återkommer.", "Arbetsgivaren", "next meeting")],
                decisions=["Informationen lades till handlingarna."],
                metrics=[Metric("sjukfrånvaro", 5.98, "%", "2023-07")],
                items=[Item("5.1", "Tillbud", text="-")],
            )
        ],
        next_meeting=NextMeeting("2023-10-18", "13:00", None, "Rum Paddan"),
        signatures=[
            Signature("Cecilia Falk", "Kommunal", "oenighet under övriga frågor"),
            Signature("Dina Gran", role="sekreterare"),
        ],
        links=["https://example.se"],
        warnings=["Datum utan år: 3 september"],
    )
    assert outline(protocol) == (
        "fvg.pdf (pdf, 3 sidor)\n"
        "Socialförvaltningen · Förvaltningsgrupp · 2023-09-20 · 13:00–15:00\n"
        "Plats: Rum Paddan, Zoom\n"
        "Ordförande: Anna Berg   Sekreterare: Dina Gran\n"
        "\n"
        "Arbetsgivare\n"
        "  Anna Berg, förvaltningschef, ordförande\n"
        "  Bo Ek, personalchef (frånvarande)\n"
        "\n"
        "Arbetstagare\n"
        "  Cecilia Falk, huvudskyddsombud, Kommunal\n"
        "\n"
        "Justerare: Cecilia Falk (Kommunal)\n"
        "Justering: 2023-09-27, digital\n"
        "\n"
        "5 Arbetsmiljö  [MBL §19]\n"
        "  Sjukfrånvaron redovisades.\n"
        "  [Kommunal, fråga] Kommunal undrar varför?\n"
        "  Återkommer (Arbetsgivaren, till nästa möte): Arbetsgivaren återkommer.\n"
        "  Beslut: Informationen lades till handlingarna.\n"
        "  Nyckeltal: sjukfrånvaro 5.98 % (2023-07)\n"
        "  5.1 Tillbud\n"
        "    -\n"
        "\n"
        "Nästa möte: 2023-10-18, 13:00, Rum Paddan\n"
        "\n"
        "Underskrifter\n"
        "  Cecilia Falk för Kommunal (oenighet under övriga frågor)\n"
        "  Dina Gran, sekreterare\n"
        "\n"
        "Länkar\n"
        "  https://example.se\n"
        "\n"
        "Varningar\n"
        "  - Datum utan år: 3 september\n"
    )


def test_outline_of_an_empty_protocol():
    assert outline(Protocol(source=Source("tom.txt", "txt"))) == "tom.txt (txt)\n(okänt möte)\n"


def test_a_decision_the_protocol_labels_itself_is_labelled_once():
    protocol = parse_text(
        "Protokoll förvaltningsgrupp 2024-03-01\n\n1. Budget\nBeslut: Budgeten godkändes.\n"
    )
    assert "  Beslut: Budgeten godkändes.\n" in outline(protocol)
    assert "Beslut: Beslut:" not in outline(protocol)
