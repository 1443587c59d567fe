"""Header blocks in their variants: who met, when and where."""

from __future__ import annotations

from samverkan.reader import parse_text
from samverkan.reader.model import Participant

ITEMS = "\n1. Mötets öppnande\nMötet öppnades.\n2. Övriga frågor\nInga.\n"


def header(text: str):
    return parse_text(text + ITEMS)


def people(protocol) -> list[tuple]:
    return [(p.name, p.side, p.party, p.role, p.present) for p in protocol.participants]


def test_present_with_employer_and_employee_columns_read_one_after_the_other():
    protocol = header(
        "Socialförvaltningen\nFÖRVALTNINGSGRUPP PROTOKOLL 2023-09-20\nNärvarande:\n"
        "Arbetsgivarrepresentanter\nVeronica Wolgast Carstorp,\nförvaltningschef, ordförande\n"
        "Elisabeth Edlund, HR-konsult,\nsekreterare\n"
        "Arbetstagarrepresentanter\nGisela Norrman, Kommunal\nRobert Dragan, huvudskyddsombud\nVision\n"
        "Therese Dersten, Akademikerförbundet\nSSR\n"
    )
    assert protocol.organisation == "Socialförvaltningen"
    assert protocol.body == "Förvaltningsgrupp"
    assert protocol.date == "2023-09-20"
    assert people(protocol) == [
        ("Veronica Wolgast Carstorp", "employer", None, "förvaltningschef, ordförande", True),
        ("Elisabeth Edlund", "employer", None, "HR-konsult, sekreterare", True),
        ("Gisela Norrman", "employee", "Kommunal", None, True),
        ("Robert Dragan", "employee", "Vision", "huvudskyddsombud", True),
        ("Therese Dersten", "employee", "Akademikerförbundet SSR", None, True),
    ]
    assert (protocol.chair, protocol.secretary) == ("Veronica Wolgast Carstorp", "Elisabeth Edlund")


def test_union_colon_names_lines():
    protocol = header(
        "Vision: Mimmi Petrini\nKommunal: Charlotte Andersson, Piero Cima\nSACO: Carl Korch\n"
    )
    assert people(protocol) == [
        ("Mimmi Petrini", "employee", "Vision", None, True),
        ("Charlotte Andersson", "employee", "Kommunal", None, True),
        ("Piero Cima", "employee", "Kommunal", None, True),
        ("Carl Korch", "employee", "Saco", None, True),
    ]


def test_union_dash_name_lines_and_misspelled_unions():
    protocol = header(
        "Arbetstagarrepresentanter\nLärarförbundet – Katarina Lindbäck Tell\nSSR- Renée Hultgren\n"
        "Svergies lärare - Anna Ek\n"
    )
    assert [(p.name, p.party) for p in protocol.participants] == [
        ("Katarina Lindbäck Tell", "Lärarförbundet"),
        ("Renée Hultgren", "Akademikerförbundet SSR"),
        ("Anna Ek", "Sveriges Lärare"),
    ]


def test_apologies_mark_people_absent_one_by_one():
    protocol = header(
        "Arbetsgivarrepresentanter\nIngrid Klaus, personalchef, hade\nmeddelat förhinder.\n"
        "Arbetstagarrepresentanter\nKarin Wrannvik, Ledarna, Per Broman,\nVision och Martin Junker,\n"
        "Vårdförbundet hade anmält förhinder.\n"
    )
    assert people(protocol) == [
        ("Ingrid Klaus", "employer", None, "personalchef", False),
        ("Karin Wrannvik", "employee", "Ledarna", None, False),
        ("Per Broman", "employee", "Vision", None, False),
        ("Martin Junker", "employee", "Vårdförbundet", None, False),
    ]


def test_absent_section_heading():
    protocol = header("Närvarande:\nAnna Berg, Kommunal\nFrånvarande:\nBo Ek, Vision\n")
    assert [(p.name, p.present) for p in protocol.participants] == [
        ("Anna Berg", True),
        ("Bo Ek", False),
    ]


def test_time_and_place_lines():
    protocol = header(
        "Förvaltningsgruppsmöte den 18 november 2021\nTid: Kl. 13.00 – 13:55\nPlats:\n"
        "Sankt Eriksgatan 117, lokal Kungsträdgården och delvis via Skype.\n"
    )
    assert (protocol.date, protocol.start_time, protocol.end_time) == (
        "2021-11-18",
        "13:00",
        "13:55",
    )
    assert (protocol.location, protocol.remote) == (
        "Sankt Eriksgatan 117, lokal Kungsträdgården",
        "Skype",
    )


def test_tidpunkt_with_the_value_on_the_next_line():
    protocol = header(
        "Tidpunkt:\n13 januari 2024 kl. 13:00\nPlats: Mötesrum Paddan plan 10 samt via Zoom.\n"
    )
    assert (protocol.date, protocol.start_time, protocol.end_time) == ("2024-01-13", "13:00", None)
    assert (protocol.location, protocol.remote) == ("Mötesrum Paddan plan 10", "Zoom")


def test_same_person_twice_is_kept_once_with_a_warning():
    protocol = header(
        "Arbetsgivarrepresentanter\nMaria Härenstam, avdelningschef\nMaria Härenstam, avdelningschef\n"
    )
    assert protocol.participants == [
        Participant("Maria Härenstam", "employer", None, "avdelningschef")
    ]
    assert (
        "Maria Härenstam står flera gånger i deltagarlistan; en gång räcker." in protocol.warnings
    )


def test_body_from_the_text_when_the_header_names_none():
    protocol = parse_text(
        "1. Öppnande\nMötet öppnades.\n2. Nästa förvaltningsgrupp\nDen 18 september.\n"
    )
    assert protocol.body == "Förvaltningsgrupp"
    assert protocol.organisation is None


def test_abbreviated_roles_name_the_chair_and_secretary():
    protocol = header(
        "Närvarande: Anna Berg (ordf), Bo Ek (vice ordf), Cecilia Lund (sekr), Dan Al (Vision)\n"
    )
    assert (protocol.chair, protocol.secretary) == ("Anna Berg", "Cecilia Lund")
    assert [(p.name, p.side, p.party, p.role) for p in protocol.participants] == [
        ("Anna Berg", "employer", None, "ordf"),
        ("Bo Ek", "employer", None, "vice ordf"),
        ("Cecilia Lund", "employer", None, "sekr"),
        ("Dan Al", "employee", "Vision", None),
    ]


def test_table_rows_that_lost_their_columns():
    protocol = header(
        "Arbetstagarrepresentanter\nAnna Andersson Vision Huvudskyddsombud\nBo Berg Kommunal\n"
        "Arbetsgivarrepresentanter\nCia Carlsson Avdelningschef\n"
    )
    assert [(p.name, p.side, p.party, p.role) for p in protocol.participants] == [
        ("Anna Andersson", "employee", "Vision", "Huvudskyddsombud"),
        ("Bo Berg", "employee", "Kommunal", None),
        ("Cia Carlsson", "employer", None, "Avdelningschef"),
    ]


def test_present_from_each_side_on_one_line():
    protocol = header(
        "Närvarande från arbetsgivaren: Anna Berg, Bo Ek\n"
        "Närvarande från arbetstagarna: Cia Lund (Vision), Dan Al (Kommunal)\n"
        "Ej närvarande: Eva Sten (Saco)\n"
    )
    assert people(protocol) == [
        ("Anna Berg", "employer", None, None, True),
        ("Bo Ek", "employer", None, None, True),
        ("Cia Lund", "employee", "Vision", None, True),
        ("Dan Al", "employee", "Kommunal", None, True),
        ("Eva Sten", "employee", "Saco", None, False),
    ]
    assert protocol.warnings == ["Mötets datum hittades inte i dokumentet."]


def test_a_people_line_that_cannot_be_read_is_named_in_a_warning():
    protocol = header("Närvarande: 12 personer enligt lista\n")
    assert protocol.participants == []
    assert (
        "Raden 'Närvarande: 12 personer enligt lista' i sidhuvudet kunde inte tolkas."
        in protocol.warnings
    )


def test_a_committee_lists_its_members_with_their_political_party():
    protocol = header(
        "Beslutande ledamöter:\nEva Strand (S), ordförande\nPer Holm (M), vice ordförande\n"
        "Lena Ek (C)\nNärvarande ersättare:\nOla Berg (KD)\n"
    )
    assert people(protocol) == [
        ("Eva Strand", "employer", None, "ordförande (S)", True),
        ("Per Holm", "employer", None, "vice ordförande (M)", True),
        ("Lena Ek", "employer", None, "(C)", True),
        ("Ola Berg", "employer", None, "(KD)", True),
    ]
    assert protocol.chair == "Eva Strand"
    assert not [w for w in protocol.warnings if "sidhuvudet" in w]


def test_a_union_alone_on_a_line_heads_its_people_below_it():
    protocol = header(
        "Närvarande\nArbetsgivaren\nLena Holm, förvaltningschef, ordförande\n"
        "Oskar Wall, HR-specialist, sekreterare\n"
        "Kommunal\nRosa Alvarez, huvudskyddsombud\nTomas Lindgren\n"
        "Fackförbundet Vision\nAnn-Sofie Björk\nVårdförbundet\nGustav Öberg\n"
        "Anmält förhinder\nIda Borg, Fysioterapeuterna\n"
    )
    assert people(protocol) == [
        ("Lena Holm", "employer", None, "förvaltningschef, ordförande", True),
        ("Oskar Wall", "employer", None, "HR-specialist, sekreterare", True),
        ("Rosa Alvarez", "employee", "Kommunal", "huvudskyddsombud", True),
        ("Tomas Lindgren", "employee", "Kommunal", None, True),
        ("Ann-Sofie Björk", "employee", "Vision", None, True),
        ("Gustav Öberg", "employee", "Vårdförbundet", None, True),
        ("Ida Borg", "employee", "Fysioterapeuterna", None, False),
    ]


def test_role_or_union_written_before_the_name():
    protocol = header(
        "Närvarande\nFör arbetsgivaren:\nStadsdelsdirektör Karin Ahl, ordförande\n"
        "HR-chef Ola Berggren\nAvdelningschef äldreomsorg Mona Sahlin Ek\n"
        "För de fackliga organisationerna:\nKommunal Anette Roth, huvudskyddsombud\n"
        "Akademikerförbundet SSR Jesper Holm\n"
        "Anmält förhinder: Vision Lars Ekman, Vårdförbundet Annika Grön\n"
    )
    assert people(protocol) == [
        ("Karin Ahl", "employer", None, "stadsdelsdirektör, ordförande", True),
        ("Ola Berggren", "employer", None, "HR-chef", True),
        ("Mona Sahlin Ek", "employer", None, "avdelningschef äldreomsorg", True),
        ("Anette Roth", "employee", "Kommunal", "huvudskyddsombud", True),
        ("Jesper Holm", "employee", "Akademikerförbundet SSR", None, True),
        ("Lars Ekman", "employee", "Vision", None, False),
        ("Annika Grön", "employee", "Vårdförbundet", None, False),
    ]
    assert protocol.chair == "Karin Ahl"
    assert not [w for w in protocol.warnings if "sidhuvudet" in w]


def test_union_and_role_in_one_bracket_and_unions_by_their_short_names():
    protocol = header(
        "Närvarande för arbetstagarna: Mikael Strand (Kommunal, huvudskyddsombud), "
        "Niklas Berg (OFR/ST), Nora Sjöström (Akademikerförbunden), Eva Ek (Vårdförb.)\n"
    )
    assert people(protocol) == [
        ("Mikael Strand", "employee", "Kommunal", "huvudskyddsombud", True),
        ("Niklas Berg", "employee", "Fackförbundet ST", None, True),
        ("Nora Sjöström", "employee", "Saco", None, True),
        ("Eva Ek", "employee", "Vårdförbundet", None, True),
    ]


def test_side_named_before_its_people_on_the_next_lines():
    protocol = header(
        "Närvarande för arbetsgivaren:\nAnna Berg, HR-chef\n"
        "Närvarande för arbetstagarna:\nBo Ek, Vision\n"
    )
    assert people(protocol) == [
        ("Anna Berg", "employer", None, "HR-chef", True),
        ("Bo Ek", "employee", "Vision", None, True),
    ]
    assert not [w for w in protocol.warnings if "sidhuvudet" in w]


def test_letterhead_above_the_title_names_the_organisation():
    protocol = header(
        "AB Stadsbostäder i Ekby\nProtokoll skyddskommitté\nDatum: 2024-05-14\n"
        "Närvarande: Jörgen Falk, Annika Roos\n"
    )
    assert (protocol.organisation, protocol.body) == ("AB Stadsbostäder i Ekby", "Skyddskommitté")
    assert [p.name for p in protocol.participants] == ["Jörgen Falk", "Annika Roos"]


def test_local_and_central_samverkansgrupp_are_bodies_not_keys():
    lsg = header("Länsstyrelsen i Uppsala län\nPROTOKOLL\nLokal samverkansgrupp (LSG)\n")
    assert (lsg.organisation, lsg.body, lsg.location) == (
        "Länsstyrelsen i Uppsala län",
        "Lokal samverkansgrupp",
        None,
    )
    assert header("Central samverkansgrupp (CSG) 2024-02-20\n").body == "Central samverkansgrupp"
    assert header("Cesam 2024-02-20\n").body == "Cesam"


def test_video_service_joined_to_the_room_is_not_part_of_the_place():
    protocol = header("Plats: Hamnesplanaden 3, rum Fyris samt Teams\n")
    assert (protocol.location, protocol.remote) == ("Hamnesplanaden 3, rum Fyris", "Teams")


def test_a_unions_own_board_meeting_puts_its_members_in_the_union():
    protocol = header(
        "Vision Region Skåne\nProtokoll styrelsemöte 2024-02-06\n"
        "Närvarande: Anna Lind (ordförande), Bo Nyström (kassör), Cia Ahl\n"
        "Frånvarande: Eva Ström\n"
    )
    assert (protocol.organisation, protocol.body) == ("Vision Region Skåne", "Styrelse")
    assert people(protocol) == [
        ("Anna Lind", "employee", "Vision", "ordförande", True),
        ("Bo Nyström", "employee", "Vision", "kassör", True),
        ("Cia Ahl", "employee", "Vision", None, True),
        ("Eva Ström", "employee", "Vision", None, False),
    ]


def test_an_associations_board_has_no_employer_side():
    protocol = header(
        "Ekby Idrottsförening\nProtokoll styrelsemöte 2024-02-06\n"
        "Närvarande: Anna Lind (ordförande), Bo Nyström\n"
    )
    assert people(protocol) == [
        ("Anna Lind", "other", None, "ordförande", True),
        ("Bo Nyström", "other", None, None, True),
    ]


def test_chair_and_secretary_named_above_the_list_get_their_roles_in_it():
    protocol = header(
        "Skyddskommitté Norrskolan\nProtokoll nr 3/2024\nDatum: 2024-09-17\n"
        "Ordförande: Jörgen Falk, vd\nSekreterare: Annika Roos\n"
        "Närvarande för arbetsgivaren: Jörgen Falk, Annika Roos (HR-chef)\n"
    )
    assert (protocol.organisation, protocol.body) == (None, "Skyddskommitté")
    assert people(protocol) == [
        ("Jörgen Falk", "employer", None, "vd, ordförande", True),
        ("Annika Roos", "employer", None, "HR-chef, sekreterare", True),
    ]


def test_side_named_in_the_present_line_by_word_or_abbreviation():
    protocol = header(
        "Närvarande AG: Helena Borg (förvaltningschef), Tomas Ahl (HR-chef)\n"
        "Närvarande AT: Rasmus Kjell (Vision), Eva Lind (Kommunal)\n"
        "Närvarande arbetstagare: Pia Ström, huvudskyddsombud, Ola Ek, Vision\n"
    )
    assert people(protocol) == [
        ("Helena Borg", "employer", None, "förvaltningschef", True),
        ("Tomas Ahl", "employer", None, "HR-chef", True),
        ("Rasmus Kjell", "employee", "Vision", None, True),
        ("Eva Lind", "employee", "Kommunal", None, True),
        ("Pia Ström", "employee", None, "huvudskyddsombud", True),
        ("Ola Ek", "employee", "Vision", None, True),
    ]


def test_safety_representatives_heading_and_union_after_the_role():
    protocol = header(
        "Arbetsgivarens representanter:\nMats Grönlund, förvaltningschef\n"
        "Skyddsombud:\nMaria Persson, huvudskyddsombud Kommunal\nYlva Hed, skyddsombud Vision\n"
        "Huvudskyddsombud: Ali Reza, Kommunal\n"
    )
    assert people(protocol) == [
        ("Mats Grönlund", "employer", None, "förvaltningschef", True),
        ("Maria Persson", "employee", "Kommunal", "huvudskyddsombud", True),
        ("Ylva Hed", "employee", "Vision", "skyddsombud", True),
        ("Ali Reza", "employee", "Kommunal", "huvudskyddsombud", True),
    ]


def test_workplace_meeting_staff_are_employees_and_the_note_taker_is_secretary():
    protocol = header(
        "Minnesanteckningar APT\nHemtjänsten Norr, Vallentuna kommun\n"
        "Datum: den 12/3 2024 kl. 8.30-10\n"
        "Deltagare: Camilla Ekström (enhetschef), Fatima Hussein, Anna Lövgren (Kommunal)\n"
        "Antecknare: Fatima Hussein\n"
    )
    assert (protocol.organisation, protocol.body) == (
        "Hemtjänsten Norr, Vallentuna kommun",
        "Arbetsplatsträff",
    )
    assert (protocol.date, protocol.start_time, protocol.end_time) == (
        "2024-03-12",
        "08:30",
        "10:00",
    )
    assert people(protocol) == [
        ("Camilla Ekström", "employer", None, "enhetschef", True),
        ("Fatima Hussein", "employee", None, "antecknare", True),
        ("Anna Lövgren", "employee", "Kommunal", None, True),
    ]
    assert protocol.secretary == "Fatima Hussein"


def test_date_time_and_place_on_one_line_and_hours_only():
    protocol = header(
        "Protokoll samverkan Björkskolan\n"
        "Datum: 2024-02-08    Tid: 13–15    Plats: Björkskolan, personalrummet\n"
    )
    assert (protocol.body, protocol.date, protocol.start_time, protocol.end_time) == (
        "Samverkansgrupp",
        "2024-02-08",
        "13:00",
        "15:00",
    )
    assert protocol.location == "Björkskolan, personalrummet"


def test_a_title_page_s_lines_to_sign_on_are_not_names():
    protocol = header(
        "Utses att justera: Anna Wester\nSekreterare ........ Paragrafer 9–14\n"
        "Ordförande ........\nJusterande ........\nDatum: 2024-03-12\n"
    )
    assert (protocol.secretary, protocol.chair) == (None, None)
    assert [a.name for a in protocol.adjusters] == ["Anna Wester"]


def test_och_inside_a_role_does_not_part_people():
    protocol = header(
        "Närvarande: Emma Ek (enhetschef barn och unga), Bo Al, verksamhetschef Kultur och "
        "Fritid Norr, Cia Lund och Dan Berg\n"
    )
    assert people(protocol) == [
        ("Emma Ek", "employer", None, "enhetschef barn och unga", True),
        ("Bo Al", "employer", None, "verksamhetschef Kultur och Fritid Norr", True),
        ("Cia Lund", "employer", None, None, True),
        ("Dan Berg", "employer", None, None, True),
    ]


def test_a_list_line_broken_inside_a_name_is_joined():
    protocol = header(
        "Närvarande: Anna Berg, Vision; Lena\nOlsson, Naturvetarna; Kent Rask, Kommunal\n"
    )
    assert [(p.name, p.party) for p in protocol.participants] == [
        ("Anna Berg", "Vision"),
        ("Lena Olsson", "Naturvetarna"),
        ("Kent Rask", "Kommunal"),
    ]


def test_labelled_body_and_administration_and_substitutes_on_their_side():
    protocol = header(
        "Organ: Samverkansgrupp Barn och unga\nFörvaltning: Socialförvaltningen\n"
        "Arbetstagarsidan\nLena Hägglund, Kommunal\nErsättare\nHanna Lindström, Vision\n"
    )
    assert (protocol.body, protocol.organisation) == ("Samverkansgrupp", "Socialförvaltningen")
    assert [(p.name, p.side) for p in protocol.participants] == [
        ("Lena Hägglund", "employee"),
        ("Hanna Lindström", "employee"),
    ]
    assert not [w for w in protocol.warnings if "sidhuvudet" in w]


def test_a_negotiation_protocol_names_its_parties_and_who_spoke_for_each():
    protocol = header(
        "FÖRHANDLINGSPROTOKOLL\n"
        "Parter: Höörby kommun, Barn- och skolförvaltningen (arbetsgivaren)\n"
        "Kommunal sektion Höörby\nVision Höörby kommun\nDatum: 2024-04-09\n"
        "Närvarande\nFör arbetsgivaren: Helena Brodin, förvaltningschef\n"
        "För Kommunal: Ewa Nilsson, Pierre Diallo\nFör Vision: Gunilla Jönsson\n"
    )
    assert protocol.organisation == "Höörby kommun, Barn- och skolförvaltningen"
    assert people(protocol) == [
        ("Helena Brodin", "employer", None, "förvaltningschef", True),
        ("Ewa Nilsson", "employee", "Kommunal", None, True),
        ("Pierre Diallo", "employee", "Kommunal", None, True),
        ("Gunilla Jönsson", "employee", "Vision", None, True),
    ]


def test_a_unions_local_body_labels_its_members():
    protocol = header(
        "Arbetsgivaren: Camilla Byström, områdeschef (ordförande), Andreas Lundgren, enhetschef, "
        "Therese\nNordin, HR-specialist (sekreterare)\n"
        "ST inom Försäkringskassan: Roger Lindgren, Mona Åström\n"
        "Saco-S-föreningen: Jenny Marklund\nSeko-klubben: Kent Holmström\n"
    )
    assert [(p.name, p.party) for p in protocol.participants] == [
        ("Camilla Byström", None),
        ("Andreas Lundgren", None),
        ("Therese Nordin", None),
        ("Roger Lindgren", "Fackförbundet ST"),
        ("Mona Åström", "Fackförbundet ST"),
        ("Jenny Marklund", "Saco"),
        ("Kent Holmström", "Seko"),
    ]


def test_a_unions_annual_meeting_and_an_administration_under_its_municipality():
    meeting = header("Vision Bergsviks kommun\nPROTOKOLL ÅRSMÖTE 2025\nNärvarande: Anna Berg\n")
    assert (meeting.organisation, meeting.body) == ("Vision Bergsviks kommun", "Årsmöte")
    assert people(meeting) == [("Anna Berg", "employee", "Vision", None, True)]
    group = header(
        "Norrviks kommun\nKommunstyrelseförvaltningen\nPROTOKOLL\nCentral samverkansgrupp\n"
    )
    assert group.organisation == "Kommunstyrelseförvaltningen"


def test_unions_written_under_each_person_stay_theirs_and_a_title_is_a_role():
    protocol = header(
        "Närvarande:\nAnna Berg\nRektor\nBo Ek\nKommunal\nCia Lund\nVision\nLisa Ny, sekreterare\n"
    )
    assert people(protocol) == [
        ("Anna Berg", "employer", None, "rektor", True),
        ("Bo Ek", "employee", "Kommunal", None, True),
        ("Cia Lund", "employee", "Vision", None, True),
        ("Lisa Ny", "employer", None, "sekreterare", True),
    ]


def test_the_place_after_a_date_line_s_time_is_the_location():
    for line, place in [
        ("12 mars -24, kl 09.00–11.00, Kulturhuset rum Saga", "Kulturhuset rum Saga"),
        ("Samverkansgrupp 2024-03-12, kl. 13.00–15.00, Stadshuset, sal 3", "Stadshuset, sal 3"),
        ("2024-03-12, kl. 13.00–15.00, Teams", None),
        ("2024-03-12 kl. 13.00–15.00", None),
    ]:
        protocol = header(f"Protokoll samverkansgrupp\n{line}\n")
        assert (protocol.start_time, protocol.location) == (
            "13:00" if "13" in line else "09:00",
            place,
        )
    labelled = header(
        "Protokoll samverkansgrupp\n2024-03-12, kl. 13-15, Rum 4\nPlats: Stadshuset\n"
    )
    assert labelled.location == "Stadshuset"


def test_a_reason_for_absence_beside_a_name_marks_the_person_absent():
    protocol = header(
        "Protokoll samverkansgrupp 2024-03-12\n"
        "Närvarande: Rebecka Strand (sjuksköterska), Hassan Ali (sjuk)\n"
        "Ej närvarande: Lisa Wahlberg (föräldraledig), Bo Ek (tjänstledig)\n"
    )
    assert [(p.name, p.role, p.present) for p in protocol.participants] == [
        ("Rebecka Strand", "sjuksköterska", True),
        ("Hassan Ali", None, False),
        ("Lisa Wahlberg", None, False),
        ("Bo Ek", None, False),
    ]


def test_a_dash_list_under_each_side_and_absent_people_of_either_side():
    protocol = header(
        "PROTOKOLL\nFörvaltningsgrupp\nDatum: 2024-05-22\n\n"
        "Arbetsgivarrepresentanter:\n– Annika Sjöberg, förvaltningschef, ordförande\n"
        "– Jasmina Kovač, HR-konsult, sekreterare\n\n"
        "Arbetstagarrepresentanter:\n• Mehmet Yilmaz (Kommunal), huvudskyddsombud\n"
        "- Anna Berg (Vision)\n\n"
        "Förhinder:\n– Kristina Öberg (Vision)\n– Tove Almén, verksamhetsutvecklare\n"
    )
    assert people(protocol) == [
        ("Annika Sjöberg", "employer", None, "förvaltningschef, ordförande", True),
        ("Jasmina Kovač", "employer", None, "HR-konsult, sekreterare", True),
        ("Mehmet Yilmaz", "employee", "Kommunal", "huvudskyddsombud", True),
        ("Anna Berg", "employee", "Vision", None, True),
        ("Kristina Öberg", "employee", "Vision", None, False),
        ("Tove Almén", "employer", None, "verksamhetsutvecklare", False),
    ]
    assert (protocol.chair, protocol.secretary) == ("Annika Sjöberg", "Jasmina Kovač")
    assert protocol.warnings == []


def test_an_absent_list_under_one_sides_heading_stays_on_that_side():
    protocol = header(
        "Protokoll förvaltningsgrupp 2024-05-22\n"
        "Arbetstagarrepresentanter:\nAnna Berg\nFrånvarande:\nBo Ek\n"
    )
    assert people(protocol) == [
        ("Anna Berg", "employee", None, None, True),
        ("Bo Ek", "employee", None, None, False),
    ]


def test_lines_above_the_title_are_the_letterhead_and_name_no_one():
    protocol = header(
        "Kriminalvården\nRegion Mitt, Anstalten Bergsvik\n\nPROTOKOLL\n"
        "Skyddskommittén, möte 3/2024\nDatum: 2024-09-26\n\nNärvarande\nRoger Falk, anstaltschef\n"
    )
    assert protocol.organisation == "Kriminalvården"
    assert [p.name for p in protocol.participants] == ["Roger Falk"]
    assert protocol.warnings == []


def test_a_title_beside_the_letterhead_and_a_diary_number_below_it():
    protocol = header(
        "Mälarstrands universitet                    PROTOKOLL\n"
        "                                            Dnr MSU 2024/0412\n\n"
        "Central skyddskommitté, möte 2/2024\nTid: onsdagen den 13 mars 2024, kl. 9–11\n\n"
        "Ledamöter för arbetsgivaren\nKarin Sandell, universitetsdirektör, ordförande\n"
    )
    assert protocol.organisation == "Mälarstrands universitet"
    assert [p.name for p in protocol.participants] == ["Karin Sandell"]


def test_a_municipality_in_capitals_over_its_administration():
    protocol = header(
        "TALLBERGS KOMMUN\nKultur- och fritidsförvaltningen\n\nProtokoll förvaltningsgrupp\n"
        "Datum: 2024-10-08\n\nNärvarande\nKarin Sjöholm, förvaltningschef\n"
    )
    assert protocol.organisation == "Kultur- och fritidsförvaltningen"
    assert [p.name for p in protocol.participants] == ["Karin Sjöholm"]


def test_a_companys_people_labelled_foretaget_are_the_employers():
    protocol = header(
        "Dalbygdens Vatten och Avfall AB\nProtokoll från samverkansgruppen\n\n"
        "Datum: 2024.03.12\n\nNärvarande\n"
        "Företaget: Göran Alm, vd (ordförande); Linda Persson, HR-chef (sekreterare)\n"
        "Kommunal: Roger Lund\n"
    )
    assert protocol.organisation == "Dalbygdens Vatten och Avfall AB"
    assert protocol.date == "2024-03-12"
    assert people(protocol) == [
        ("Göran Alm", "employer", None, "vd, ordförande", True),
        ("Linda Persson", "employer", None, "HR-chef, sekreterare", True),
        ("Roger Lund", "employee", "Kommunal", None, True),
    ]


def test_initials_after_a_name_are_no_role():
    protocol = header(
        "Protokoll förvaltningsgrupp 2024-10-08\nNärvarande\nFör arbetsgivaren:\n"
        "Karin Sjöholm (KS), förvaltningschef, ordförande\n"
        "För arbetstagarorganisationerna:\nPer Östlund (PÖ), Sveriges Lärare\n"
    )
    assert people(protocol) == [
        ("Karin Sjöholm", "employer", None, "förvaltningschef, ordförande", True),
        ("Per Östlund", "employee", "Sveriges Lärare", None, True),
    ]


def test_a_meeting_held_in_a_service_and_a_room_and_a_list_broken_inside_brackets():
    protocol = header(
        "Protokoll förvaltningsgrupp 2025-02-11\nTid: 13.00\nPlats: Teams / rum 3, Stadshuset\n\n"
        "Närvarande\nArbetsgivaren: Per Holmgren (förvaltningschef, ordförande), Lena Strand\n"
        "(HR-partner, sekreterare)\n"
        "Saco-rådet: Henrik Ståhl (Sveriges Ingenjörer), Ellen Frisk (Sveriges\nArkitekter)\n"
    )
    assert (protocol.location, protocol.remote) == ("rum 3, Stadshuset", "Teams")
    assert people(protocol) == [
        ("Per Holmgren", "employer", None, "förvaltningschef, ordförande", True),
        ("Lena Strand", "employer", None, "HR-partner, sekreterare", True),
        ("Henrik Ståhl", "employee", "Sveriges Ingenjörer", None, True),
        ("Ellen Frisk", "employee", "Sveriges Arkitekter", None, True),
    ]


def test_a_companys_side_a_meeting_form_and_guests_for_one_item():
    protocol = header(
        "Sundby Energi AB\n\nPROTOKOLL – SAMVERKANSGRUPP\n\nDatum: 2024-03-12\n"
        "Mötesform: Mötet hölls via Teams.\n\nNärvarande för bolaget\nHenrik Ståhl, vd\n\n"
        "Närvarande för arbetstagarorganisationerna\nJonas Berg, Kommunal\n\n"
        "Dessutom närvarande under punkt 5\nKarl Nyström, beredskapssamordnare\n"
    )
    assert (protocol.body, protocol.remote) == ("Samverkansgrupp", "Teams")
    assert people(protocol) == [
        ("Henrik Ståhl", "employer", None, "vd", True),
        ("Jonas Berg", "employee", "Kommunal", None, True),
        ("Karl Nyström", "other", None, "beredskapssamordnare", True),
    ]
    assert protocol.warnings == []


def test_a_company_a_dotted_letterhead_and_absent_people_of_either_side():
    protocol = header(
        "St. Görans gymnasium\nProtokoll samverkansgrupp 2024-05-14\nNärvarande\n"
        "Arbetsgivare:\nAnna Berg, rektor\nFörhinder: Eva Holm\nArbetstagare:\nOlle Ek, Vision\n"
        "Förhinder: Lisa Holm, skyddsombud\n"
        "Dessutom närvarande under punkterna 5–7:\nKarl Nyström, ekonom\n"
    )
    assert protocol.organisation == "St. Görans gymnasium"
    assert people(protocol) == [
        ("Anna Berg", "employer", None, "rektor", True),
        ("Eva Holm", "employer", None, None, False),
        ("Olle Ek", "employee", "Vision", None, True),
        ("Lisa Holm", "employee", None, "skyddsombud", False),
        ("Karl Nyström", "other", None, "ekonom", True),
    ]
    assert protocol.warnings == []


def test_a_company_named_among_the_people_is_the_organisation():
    protocol = header("Protokoll samverkansgrupp 2024-05-14\nNärvarande\nBolaget: Ekby Energi AB\n")
    assert (protocol.organisation, protocol.participants) == ("Ekby Energi AB", [])


def test_two_services_and_no_room():
    protocol = header("Protokoll samverkansgrupp 2024-05-14\nPlats: Zoom / Teams\n")
    assert (protocol.location, protocol.remote) == (None, "Zoom")


def test_the_kind_of_body_whatever_the_case_it_is_written_in():
    from samverkan.reader.parse.header import body_of

    assert body_of("PROTOKOLL FÖRVALTNINGSGRUPP") == "Förvaltningsgrupp"
    assert body_of("Protokoll fört vid LSG-möte") == "Lokal samverkansgrupp"
    assert body_of("Minnesanteckningar från samverkan, Kulturskolan") == "Samverkansgrupp"
    assert body_of("Protokoll APT vecka 12") == "Arbetsplatsträff"
    assert body_of("Protokoll, apt och skrivbord") is None  # "apt" is a word, APT a meeting
    # "İ" lower-cases to two characters: the text is searched as written.
    assert body_of("STYRELSEMÖTE İ FÖRENINGEN") == "Styrelse"
