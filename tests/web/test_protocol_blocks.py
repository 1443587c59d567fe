"""The protocol page reads once: statements are tagged on the paragraph they begin in."""

from __future__ import annotations

from types import SimpleNamespace

from samverkan.web.protocol import text_blocks


def statement(text: str):
    return SimpleNamespace(text=text)


def test_each_statement_is_tagged_on_its_paragraph_and_not_repeated():
    text = (
        "Kommunal frågar om schemat.\n\nArbetsgivaren svarade att det\nkommer i maj.\n\n"
        "Vision: Har årsmöte i mars."
    )
    asks, answers, vision = (
        statement("Kommunal frågar om schemat."),
        statement("Arbetsgivaren svarade att det kommer i maj."),
        statement("Har årsmöte i mars."),
    )
    blocks, apart = text_blocks(text, [asks, answers, vision])
    assert [(b.text, b.statements) for b in blocks] == [
        ("Kommunal frågar om schemat.", [asks]),
        ("Arbetsgivaren svarade att det\nkommer i maj.", [answers]),
        ("Vision: Har årsmöte i mars.", [vision]),
    ]
    assert apart == []


def test_a_statement_the_text_does_not_hold_is_shown_apart():
    heading_question = statement("SSR frågar om västarna?")
    blocks, apart = text_blocks("Magnus svarar att listan finns.", [heading_question])
    assert [b.statements for b in blocks] == [[]]
    assert apart == [heading_question]


def test_two_statements_in_one_paragraph_keep_their_order():
    first, second = statement("Kommunal vill vara med"), statement("SACO framhöll vikten.")
    blocks, _ = text_blocks("Kommunal vill vara med och SACO framhöll vikten.", [first, second])
    assert blocks[0].statements == [first, second]
