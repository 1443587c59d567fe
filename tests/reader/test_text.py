"""Text helpers of the parse layer that other rules build on."""

from hypothesis import given
from hypothesis import strategies as st

from samverkan.reader.parse.text import lower


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
