"""OCR drops the space after a footnote's number ('1.N/A', '4.The ...'): the next number in sequence glued
to a capital still starts that footnote (it was read as the previous footnote's text, or lost)."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_form


def test_glued_footnote_numbers_start_their_footnotes() -> None:
    doc = read_text(ocr_form(footnotes="1.N/A\n2.The shares were sold in a plan.\n3. Held by a family trust.\n"))
    assert [(f.id, f.text) for f in doc.footnotes[:2]] == [("F1", "N/A"), ("F2", "The shares were sold in a plan.")]
    assert [f.id for f in doc.footnotes] == ["F1", "F2", "F3"]


def test_a_number_out_of_sequence_glued_to_a_word_is_text() -> None:
    """'5.The' after footnote 1 is no footnote 2: it stays the text of footnote 1."""
    doc = read_text(ocr_form(footnotes="1. Sold under a plan adopted on\n5.The first day.\n"))
    assert [f.id for f in doc.footnotes] == ["F1"]
