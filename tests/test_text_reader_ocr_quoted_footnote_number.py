"""A poor scan's OCR sets a speck before the first footnote's number, read as a quote mark
('\u201c1. Reporting Person ...'): the footnote still starts there (its text uncertain), so the ones
after it keep their numbers in sequence."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_form


def test_quote_mark_before_the_next_footnote_number() -> None:
    doc = read_text(ocr_form(footnotes="\u201c1. Held by a trust.\n2. Vests in full.\n"))
    fns = [(f.id, f.text) for f in doc.footnotes]
    assert fns[0] == ("F1", "Held by a trust.")
    assert fns[1][0] == "F2" and fns[1][1].startswith("Vests in full.")
    assert "footnotes[0].text" in doc.extraction.uncertain_fields


def test_quoted_number_out_of_sequence_is_text() -> None:
    """'\u201c3.' where footnote 2 comes next is a quotation in footnote 1's text, not a footnote."""
    doc = read_text(ocr_form(footnotes="1. Held by a trust.\n\u201c3. Vests\u201d in full.\n"))
    assert doc.footnotes[0].id == "F1" and "3. Vests" in doc.footnotes[0].text
    assert all(f.id != "F3" for f in doc.footnotes)
