"""The closing of a protocol as secretaries write it: signature blocks, adjusters, who
opened the meeting and where the next one is held."""

from __future__ import annotations

import pytest

from samverkan.reader import parse_text
from samverkan.reader.model import Adjuster, Signature

HEAD = (
    "Förvaltningsgrupp 2024-05-14\n"
    "Närvarande\nArbetsgivare: Karin Ahl, stadsdelsdirektör\n"
    "Kommunal: Anette Roth\nVision: Helén Strömberg\n\n"
)
LAST_ITEM_TEXT = "Nästa möte är den 11 juni 2024 kl. 13.00."  # what the signatures must leave
LAST_ITEM = f"7. Nästa möte\n{LAST_ITEM_TEXT}\n\n"


def closing(signature_block: str):
    return parse_text(f"{HEAD}{LAST_ITEM}{signature_block}")


def test_a_name_with_its_union_after_a_comma_signs_for_that_union():
    protocol = closing("Justeras\n\nAli Demir, Kommunal\n")
    assert protocol.signatures == [Signature("Ali Demir", "Kommunal")]
    assert protocol.items[-1].text == LAST_ITEM_TEXT


def test_names_with_roles_after_commas_also_when_signed_side_by_side():
    # Extraction joins the two columns: "Jörgen Falk, ordförande      Mikael Strand, justerare".
    protocol = closing(
        "Justeras\n\nJörgen Falk, ordförande Mikael Strand, justerare\n\nAnnika Roos, sekreterare\n"
    )
    assert protocol.signatures == [
        Signature("Jörgen Falk", role="ordförande"),
        Signature("Mikael Strand", role="justerare"),
        Signature("Annika Roos", role="sekreterare"),
    ]
    assert protocol.items[-1].text == LAST_ITEM_TEXT


def test_vid_protokollet_then_justeras_over_names_with_roles_and_union_abbreviations():
    protocol = closing(
        "Vid protokollet\nMoa Svärd\n\nJusteras\nBengt Lundqvist, ordförande\n"
        "Ingrid Palm, Lärarförbundet\nKristoffer Boman, LR\n"
    )
    assert protocol.signatures == [
        Signature("Moa Svärd", role="sekreterare"),
        Signature("Bengt Lundqvist", role="ordförande"),
        Signature("Ingrid Palm", "Lärarförbundet"),
        Signature("Kristoffer Boman", "Lärarnas Riksförbund"),
    ]
    assert protocol.secretary == "Moa Svärd"


def test_justering_heading_over_three_names_side_by_side_with_their_labels_below():
    # Nobody in the participant list: each name is a first name and a surname.
    protocol = parse_text(
        f"{LAST_ITEM}Justering\n\nMagnus Ohlsson Erik Sundin Niklas Berg\n"
        "Ordförande Saco-S Vision\n\nVid protokollet\nTove Almgren\n"
    )
    assert protocol.signatures == [
        Signature("Magnus Ohlsson", role="ordförande"),
        Signature("Erik Sundin", "Saco"),
        Signature("Niklas Berg", "Vision"),
        Signature("Tove Almgren", role="sekreterare"),
    ]
    assert protocol.items[-1].text == LAST_ITEM_TEXT


def test_known_participants_tell_where_names_side_by_side_end():
    protocol = closing(
        "Justeras\n\nKarin Ahl Anette Roth Helén Strömberg\nOrdförande Kommunal Vision\n"
    )
    assert protocol.signatures == [
        Signature("Karin Ahl", role="ordförande"),
        Signature("Anette Roth", "Kommunal"),
        Signature("Helén Strömberg", "Vision"),
    ]


def test_a_label_row_above_the_names_is_never_a_name():
    protocol = closing(
        "Sekreterare Justeras\nLinnea Forsberg Jonas Hedlund\n\nOrdförande\nHelena Sjöberg\n"
    )
    assert protocol.signatures == [
        Signature("Linnea Forsberg", role="sekreterare"),
        Signature("Jonas Hedlund", role="justerare"),
        Signature("Helena Sjöberg", role="ordförande"),
    ]


def test_role_labels_above_names_then_a_name_with_its_union():
    protocol = closing(
        "Ordförande Sekreterare\n\nGunilla Aspelin Therese Holm\n\nJusteras\n\n"
        "Sara Modig, Naturvetarna\n"
    )
    assert protocol.signatures == [
        Signature("Gunilla Aspelin", role="ordförande"),
        Signature("Therese Holm", role="sekreterare"),
        Signature("Sara Modig", "Naturvetarna"),
    ]
    assert (protocol.chair, protocol.secretary) == ("Gunilla Aspelin", "Therese Holm")


def test_a_role_row_below_names_gives_roles_of_any_kind():
    protocol = closing(
        "Justeras:\n\nEva Lindberg Matti Koskinen\nOrdförande Huvudskyddsombud\n\n"
        "Vid protokollet:\n\nUlrika Svensson\n"
    )
    assert protocol.signatures == [
        Signature("Eva Lindberg", role="ordförande"),
        Signature("Matti Koskinen", role="huvudskyddsombud"),
        Signature("Ulrika Svensson", role="sekreterare"),
    ]


def test_a_union_after_a_name_on_the_justeras_line_is_that_names_party():
    protocol = closing("Justeras: Ali Demir, Kommunal, Eva Holm, Vision\n")
    assert protocol.signatures == [
        Signature("Ali Demir", "Kommunal"),
        Signature("Eva Holm", "Vision"),
    ]


def test_a_sentence_about_justering_stays_in_the_last_item():
    protocol = closing("Justering sker digitalt senast den 21 maj.\n")
    assert protocol.items[-1].text.endswith("Justering sker digitalt senast den 21 maj.")
    assert protocol.signatures == []


def adjusters(sentence: str) -> list[Adjuster]:
    return parse_text(f"{HEAD}2. Val av justerare\n{sentence}\n").adjusters


def test_a_union_between_commas_is_the_adjusters_party_not_an_adjuster():
    assert adjusters("Jonas Hedlund, Sveriges Lärare, valdes att justera protokollet.") == [
        Adjuster("Jonas Hedlund", "Sveriges Lärare")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Förvaltningsgruppen beslutar att Anette Roth och Helén Strömberg justerar protokollet "
        "den 21 maj 2024.",
        "Anette Roth och Helén Strömberg justerar protokollet.",
        "Protokollet justeras av Anette Roth och Helén Strömberg.",
    ],
)
def test_adjusters_named_in_a_decision_take_their_parties_from_the_participants(sentence):
    assert adjusters(sentence) == [
        Adjuster("Anette Roth", "Kommunal"),
        Adjuster("Helén Strömberg", "Vision"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Förvaltningschefen Gunilla Aspelin hälsade välkommen och förklarade mötet öppnat.",
        "Ordförande Gunilla Aspelin hälsade alla välkomna och förklarade mötet öppnat.",
        "Gunilla Aspelin förklarade mötet öppnat.",
        "Stadsdelsdirektör Gunilla Aspelin öppnade mötet.",
        "Mötet öppnades av förvaltningschefen Gunilla Aspelin som hälsade alla välkomna.",
    ],
)
def test_who_declared_the_meeting_open_chairs_it(sentence):
    assert parse_text(f"1. Mötets öppnande\n{sentence}\n2. Övriga frågor\nInga.\n").chair == (
        "Gunilla Aspelin"
    )


def test_a_title_alone_is_not_the_chairs_name():
    protocol = parse_text(
        "1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Övriga frågor\nInga.\n"
    )
    assert protocol.chair is None


@pytest.mark.parametrize(
    "line, location",
    [
        ("2024-09-10 kl. 08.30 i rum Tallen.", "rum Tallen"),
        ("Tisdag 10 september 2024 kl 13.00–15.00 i personalrummet.", "personalrummet"),
        ("2024-06-11 kl. 13:00 i sal Hörnan.", "sal Hörnan"),
        ("Tisdag 12 april 2022 kl. 15.00, rum 4A.", "rum 4A"),
        (
            "Onsdagen den 15 maj 2024 klockan 13.30 i Sammanträdesrum Ängen.",
            "Sammanträdesrum Ängen",
        ),
        ("2025-03-19 kl. 08.00 på brandstationen i Sundsby.", "brandstationen i Sundsby"),
        ("2024-12-12 kl. 9–11.30 i Stadshuset, sal Gävleborg.", "Stadshuset, sal Gävleborg"),
        ("Tisdag 10 september 2024 kl 13.00 i samband med APT.", None),
        ("Tisdag 10 september 2024 kl 13.00, Kommunal bjuder på fika.", None),
    ],
)
def test_next_meeting_location_in_lower_case_after_a_word_for_a_room(line, location):
    protocol = parse_text(f"1. Övriga frågor\nInga.\n2. Nästa möte\n{line}\n")
    assert protocol.next_meeting.location == location


def test_next_meeting_video_service_joined_to_the_room_is_not_part_of_it():
    protocol = parse_text("1. Nästa möte\n2024-09-10 kl. 13.00 i rum Fyris samt Teams.\n")
    assert (protocol.next_meeting.location, protocol.next_meeting.remote) == ("rum Fyris", "Teams")


def test_a_union_representative_signs_for_the_union_the_list_names():
    protocol = parse_text(
        "Samverkansgrupp 2024-05-14\nNärvarande: Anna Berg (HR-chef), Ali Demir (Kommunal)\n"
        "1. Mötets öppnande\nMötet öppnades.\n\nJusteras\nAnna Berg    Ali Demir\n"
    )
    assert [(s.name, s.party) for s in protocol.signatures] == [
        ("Anna Berg", None),
        ("Ali Demir", "Kommunal"),
    ]


def test_role_or_union_on_the_line_under_each_name_is_that_names():
    protocol = closing(
        "Justeras\n\nMalin Åkerlund\nOrdförande\n\nKarin Ekberg\n"
        "Akademikerförbundet SSR, oenighet under punkt 6.2\n\nMehmet Yilmaz\nKommunal\n"
    )
    assert protocol.signatures == [
        Signature("Malin Åkerlund", role="ordförande"),
        Signature("Karin Ekberg", "Akademikerförbundet SSR", "oenighet under punkt 6.2"),
        Signature("Mehmet Yilmaz", "Kommunal"),
    ]
    assert protocol.items[-1].text == LAST_ITEM_TEXT


def test_a_role_over_the_name_below_it_stays_that_names():
    protocol = closing("Sekreterare\nJohan Ek\n\nOrdförande\nKarin Ahl\n")
    assert protocol.signatures == [
        Signature("Johan Ek", role="sekreterare"),
        Signature("Karin Ahl", role="ordförande"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        "1. Övriga frågor\nInga.\n2. Nästa APT\nNästa APT: 9 april 2024 kl 8.30 i personalrummet.\n",
        "1. Mötets avslutande\nMötet avslutades. Nästa samverkan är den 9 april 2024 kl. 8.30 "
        "i personalrummet.\n",
        "1. Övriga frågor\nInga.\n2. Mötets avslutande\nNästa samverkansmöte hålls "
        "den 9 april 2024 kl. 8.30 i personalrummet.\n",
    ],
)
def test_next_meeting_called_apt_or_samverkan(items):
    found = parse_text(items).next_meeting
    assert (found.date, found.start_time, found.location) == (
        "2024-04-09",
        "08:30",
        "personalrummet",
    )


def test_who_bids_everyone_welcome_in_the_first_item_chairs_the_meeting():
    protocol = parse_text(
        "APT 2024-03-12\nDeltagare: Camilla Ekström (enhetschef), Sara Olofsson (Kommunal)\n\n"
        "1. Incheckning och dagordning\nCamilla hälsade alla välkomna. Dagordningen godkändes.\n"
        "2. Övriga frågor\nInga.\n"
    )
    assert protocol.chair == "Camilla Ekström"


def test_a_title_bidding_welcome_is_not_the_chairs_name():
    protocol = parse_text(
        "1. Välkommen\nOrdföranden hälsade alla välkomna.\n2. Övriga frågor\nInga.\n"
    )
    assert protocol.chair is None


ADJUSTING_HEAD = (
    "Samverkansgrupp 2024-02-08\nNärvarande: Lars Höök (rektor), Pia Nord (Sveriges Lärare), "
    "Sanna Ek (Kommunal), Maria Lindh (förvaltningschef, ordförande)\n"
)


def test_adjusters_named_in_a_digital_justering_sentence():
    protocol = parse_text(
        ADJUSTING_HEAD + "1. Justering\n"
        "Protokollet justeras digitalt av Maria Lindh och Sanna Ek senast 19/3.\n"
    )
    assert protocol.adjusters == [
        Adjuster("Maria Lindh", "Arbetsgivaren"),
        Adjuster("Sanna Ek", "Kommunal"),
    ]
    assert (protocol.adjustment.date, protocol.adjustment.digital) == ("2024-03-19", True)


@pytest.mark.parametrize(
    "sentence, second",
    [
        ("Pia Nord valdes att justera protokollet tillsammans med rektor.", "Lars Höök"),
        ("Pia Nord utsågs att jämte ordföranden justera protokollet.", "Maria Lindh"),
    ],
)
def test_an_adjuster_named_by_role_beside_the_elected_one(sentence, second):
    protocol = parse_text(ADJUSTING_HEAD + f"1. Val av justerare\n{sentence}\n")
    assert protocol.adjusters == [
        Adjuster("Pia Nord", "Sveriges Lärare"),
        Adjuster(second, "Arbetsgivaren"),
    ]


def test_adjusters_are_those_who_sign_beside_chair_and_secretary_when_no_item_names_them():
    protocol = parse_text(
        "Skyddskommitté 2023-10-05\nNärvarande: Mats Grönlund (ordförande), Lina Ahl "
        "(sekreterare), Ylva Hed (Vision)\n1. Öppnande\nMötet öppnades.\n\n"
        "Vid protokollet\n……………\nLina Ahl\n\nJusteras\n……………\nMats Grönlund, ordförande\n\n"
        "……………\nYlva Hed, Vision\n"
    )
    assert protocol.adjusters == [Adjuster("Ylva Hed", "Vision")]


def test_a_follow_up_owned_by_a_first_name_is_the_participants():
    protocol = parse_text(
        "APT 2024-03-12\nDeltagare: Camilla Ekström (enhetschef), Fatima Hussein\n"
        "1. Arbetsmiljö\nFatima Hussein frågade om bilarna. Camilla tar med sig frågan och återkommer.\n"
    )
    assert [(f.owner, f.due) for f in protocol.items[0].follow_ups] == [("Camilla Ekström", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Anette Roth, Kommunal (oenighet under punkt 7)",
        "Anette Roth, Kommunal, oenighet under punkt 7",
    ],
)
def test_a_note_after_the_signers_union_is_kept(line):
    protocol = closing(f"Justeras\nKarin Ahl, ordförande\n{line}\nHelén Strömberg, Vision\n")
    assert protocol.signatures == [
        Signature("Karin Ahl", role="ordförande"),
        Signature("Anette Roth", "Kommunal", "oenighet under punkt 7"),
        Signature("Helén Strömberg", "Vision"),
    ]


def test_the_union_after_each_of_two_adjusters_is_that_ones():
    assert adjusters(
        "Till justerare valdes Pirjo Mäkinen, Kommunal, och Cecilia Nord, Vision."
    ) == [
        Adjuster("Pirjo Mäkinen", "Kommunal"),
        Adjuster("Cecilia Nord", "Vision"),
    ]


def test_adjusters_elected_jamte_ordforanden_include_the_chair():
    protocol = parse_text(
        ADJUSTING_HEAD + "1. Val av justerare\n"
        "Till justerare jämte ordföranden valdes Pia Nord, Sveriges Lärare.\n"
    )
    assert protocol.adjusters == [
        Adjuster("Pia Nord", "Sveriges Lärare"),
        Adjuster("Maria Lindh", "Arbetsgivaren"),
    ]


def test_adjusters_who_justera_for_a_party():
    assert adjusters(
        "Protokollet justeras av Ewa Nilsson för Kommunal, Gunilla Jönsson för Vision "
        "och Helena Brodin för arbetsgivaren."
    ) == [
        Adjuster("Ewa Nilsson", "Kommunal"),
        Adjuster("Gunilla Jönsson", "Vision"),
        Adjuster("Helena Brodin", "Arbetsgivaren"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Helena Brodin öppnade förhandlingen.",
        "Förhandlingen öppnades av Helena Brodin.",
        "Helena Brodin förklarade förhandlingen öppnad.",
    ],
)
def test_who_opened_the_negotiation_chairs_it(sentence):
    protocol = parse_text(f"§ 1 Förhandlingens öppnande\n{sentence}\n§ 2 Ärendet\nInga.\n")
    assert protocol.chair == "Helena Brodin"


def test_whom_each_signs_for_written_above_the_names_side_by_side():
    protocol = closing(
        "Vid protokollet\n\nJoakim Persson\n\nJusteras\n\n"
        "För arbetsgivaren För Kommunal För Vision\n\n"
        "Helena Brodin Ewa Nilsson Gunilla Jönsson\n"
    )
    assert protocol.signatures == [
        Signature("Joakim Persson", role="sekreterare"),
        Signature("Helena Brodin", "Arbetsgivaren"),
        Signature("Ewa Nilsson", "Kommunal"),
        Signature("Gunilla Jönsson", "Vision"),
    ]


def test_whom_one_signs_for_above_the_name_is_not_the_name_above():
    protocol = closing("Justeras\n\nKarin Ahl\n\nFör Kommunal\nAnette Roth\n")
    assert protocol.signatures == [Signature("Karin Ahl"), Signature("Anette Roth", "Kommunal")]


def test_antecknat_av_names_the_note_taker_who_signs_only_under_the_label():
    noted = closing("Antecknat av Kim Sandell\n")
    assert (noted.secretary, noted.signatures) == ("Kim Sandell", [])
    signed = closing("Antecknat av\n……………\nKim Sandell\n")
    assert signed.signatures == [Signature("Kim Sandell", role="sekreterare")]
    assert signed.secretary == "Kim Sandell"


def test_a_role_with_its_union_under_each_name_side_by_side():
    protocol = closing(
        "Justeras\n\nKarin Ahl                        Anette Roth\n"
        "Ordförande                       Huvudskyddsombud, Kommunal\n"
    )
    assert [(s.name, s.party, s.role) for s in protocol.signatures] == [
        ("Karin Ahl", None, "ordförande"),
        ("Anette Roth", "Kommunal", "huvudskyddsombud"),
    ]


def test_elected_to_justera_together_with_the_chair_makes_the_chair_an_adjuster():
    protocol = parse_text(
        HEAD.replace("stadsdelsdirektör", "stadsdelsdirektör, ordförande")
        + "1. Val av justerare\nAnette Roth valdes att tillsammans med ordföranden\n"
        "justera protokollet.\n\n" + LAST_ITEM
    )
    assert protocol.adjusters == [
        Adjuster("Anette Roth", "Kommunal"),
        Adjuster("Karin Ahl", "Arbetsgivaren"),
    ]


def test_the_sentence_that_closes_the_meeting_gives_its_end_time():
    protocol = parse_text(
        "Förvaltningsgrupp 2024-05-14\nTid: 13.00\n\n1. Övriga frågor\nInga.\n"
        "2. Mötets avslutande\nOrdföranden avslutade mötet kl. 15.50.\n"
    )
    assert (protocol.start_time, protocol.end_time) == ("13:00", "15:50")


def test_a_justering_table_with_a_date_column_signs_each_row():
    protocol = closing(
        "Justering\n\n"
        "Namn                          Funktion/organisation      Datum\n"
        "Karin Ahl                     dekan, ordförande          2024-11-20\n"
        "Anette Roth                   Kommunal                   2024-11-21\n"
    )
    assert [(s.name, s.party, s.role) for s in protocol.signatures] == [
        ("Karin Ahl", None, "ordförande"),
        ("Anette Roth", "Kommunal", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ordföranden avslutade mötet, nästa möte är den 15 april kl. 09.00.",
        "Mötet avslutades och nästa möte hålls 15 april kl 13.00–15.00.",
    ],
)
def test_the_next_meetings_time_is_no_end_time(sentence):
    protocol = parse_text(
        f"Förvaltningsgrupp 2024-05-14\nTid: 13.00\n\n1. Övriga frågor\nInga.\n2. Avslutning\n{sentence}\n"
    )
    assert protocol.end_time is None
