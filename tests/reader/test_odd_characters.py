"""Characters that are rare in protocols but must not crash or garble the reader."""

from __future__ import annotations

import datetime as dt

from samverkan.reader.clean import clean
from samverkan.reader.parse import dates


def texts(pages: list[str]) -> list[str]:
    return [line.text for line in clean(pages).lines]


def test_a_soft_hyphen_between_spaces_leaves_one_space():
    assert texts(["a \u00ad b", "\u00ad Nästa rad"]) == ["a b", "Nästa rad"]


def test_a_line_that_starts_with_a_soft_hyphen_after_a_wrapped_link():
    # The line after "…/" used to keep a leading space, and the link check
    # then read its first word as "" and failed.
    assert texts(["https://a.se/\n\u00ad Nästa"]) == ["https://a.se/", "Nästa"]


def test_month_names_with_characters_ignorecase_takes_for_letters():
    # re.IGNORECASE matches "ſ" (long s) as "s" and the Kelvin sign as "k".
    assert dates.first_date("den 3 \u017feptember 2023").date == dt.date(2023, 9, 3)
    assert dates.first_date("den 3 o\u212atober 2023").date == dt.date(2023, 10, 3)


def test_a_follow_up_due_in_a_month_written_with_a_long_s():
    from samverkan.reader.parse.content import _due

    assert _due("Arbetsgivaren återkommer i \u017feptember.", 2024) == "2024-09"


def test_hint_words_are_found_beside_a_lone_surrogate():
    # Half a UTF-16 pair has no UTF-8 form, which the one-pass search needs. Extraction
    # drops them, but parse() may be handed any text.
    from samverkan.reader.parse.content import hints_in

    assert hints_in("budgeten godkändes \ud800 till nästa möte") == {"godkän", "nästa"}


def _justering(sentence: str):
    from samverkan.reader import parse_text

    return parse_text(
        "Protokoll samverkansgrupp\nDatum: 2024-03-01\n\n1. Mötets öppnande\n"
        f"Mötet öppnades.\n\n2. Justering\n{sentence}\n"
    ).adjustment


def test_justering_words_with_letters_ignorecase_reads_otherwise():
    # "ı" and "İ" are "i", "ſ" is "s" to a case-insensitive pattern, not to lower().
    assert _justering("Protokollet justeras dıgıtalt.").digital is True
    assert _justering("PROTOKOLLET JUSTERAS DİGİTALT.").digital is True
    adjustment = _justering("Protokollet justeras senast 5 mars. Ändrıngar lämnas senast 3 mars.")
    assert adjustment.comments_due == "2024-03-03"


def test_the_body_with_letters_ignorecase_reads_otherwise():
    from samverkan.reader.parse.header import body_of

    assert body_of("Protokoll ſkyddskommittén samverkan") == "Skyddskommitté"
    assert body_of("MEDLEMSMÖTE İ ARBETSMİLJÖKOMMİTTÉN") == "Skyddskommitté"
