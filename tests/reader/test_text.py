"""Text helpers of the parse layer that other rules build on."""

from hypothesis import given
from hypothesis import strategies as st

from samverkan.reader.parse import content
from samverkan.reader.parse.text import SENTENCE_END, lower, sentence_pieces, split_sentences
from samverkan.reader.parties import PartyRegistry


def test_lower_matches_str_lower_for_every_latin1_character():
    for code in range(256):
        assert lower(chr(code) + "å") == (chr(code) + "å").lower(), hex(code)


def test_lower_of_swedish_text():
    assert lower("ÅTERKOMMER Ärendet Öppnades") == "återkommer ärendet öppnades"


def test_lower_beyond_latin1_falls_back_to_str_lower():
    assert lower("Sjukfrånvaro – ”ÖKAR” İ") == "Sjukfrånvaro – ”ÖKAR” İ".lower()


@given(st.text())
def test_lower_always_equals_str_lower(text):
    assert lower(text) == text.lower()


# What decides a sentence break: marks, closers, openers, blanks of several kinds,
# capitals (Swedish too), digits and lower-case letters.
SENTENCE_ALPHABET = '.?!"”’)( \n\t\u00a0\u2003AaÅåÉéÖö09Zz,'


@given(st.text(alphabet=SENTENCE_ALPHABET, max_size=60))
def test_sentence_pieces_split_where_the_sentence_pattern_does(text):
    assert sentence_pieces(text) == SENTENCE_END.split(text)


@given(st.text(max_size=80))
def test_sentence_pieces_of_any_text_equal_the_pattern_split(text):
    assert sentence_pieces(text) == SENTENCE_END.split(text)


def test_sentences_break_after_a_closing_quote_and_before_an_opening_bracket():
    text = (
        'Kommunal undrar "varför?" (Svar i maj.) Arbetsgivaren svarar. ”Bra.” 2024 var bra...  Ja'
    )
    assert split_sentences(text) == [
        'Kommunal undrar "varför?"',
        "(Svar i maj.)",
        "Arbetsgivaren svarar.",
        "”Bra.”",
        "2024 var bra...",
        "Ja",
    ]


@given(st.text(alphabet="och \n\t\u00a0xO", max_size=30), st.integers(0, 30))
def test_and_word_finds_what_the_and_pattern_finds(text, position):
    m = content.AND_WORD.search(text, position)
    assert content._and_word(text, position) == ((m.start(), m.end()) if m else None)


def test_a_sentence_splits_at_och_before_another_speaker():
    speakers = content.Speakers(PartyRegistry.default(), {})
    sentence = "Kommunal undrar över schemat och  Vision framhöll att bemanningen brister."
    assert content._split_clauses(sentence, speakers) == [
        "Kommunal undrar över schemat",
        "Vision framhöll att bemanningen brister.",
    ]


def test_a_committee_s_sub_heading_in_any_case():
    from samverkan.reader.parse.text import is_subheading

    assert is_subheading("Beslut")
    assert is_subheading("ÄRENDEBESKRIVNING:")
    assert is_subheading("ſammanfattning")  # as re.IGNORECASE reads a long s
    assert not is_subheading("Beslutet fattades i går")
    assert not is_subheading("Budget")


@given(
    st.lists(
        st.sampled_from(["t.ex", "bl.a", "fr.o.m", "kl", "Kommunal", "mötet", "o", ")", '"', "x"]),
        min_size=1,
        max_size=4,
    ).map(" ".join)
    | st.text(alphabet='ab. )"”ex', max_size=12)
)
def test_an_abbreviation_ends_a_text_as_its_last_word_says(text):
    from samverkan.reader.parse.text import ABBREVIATIONS, _ends_in_abbreviation

    last_word = (text[text.rfind(" ") + 1 :] + ".").rstrip('.!?"”’)').lower()
    assert _ends_in_abbreviation(text) == (last_word in ABBREVIATIONS)
