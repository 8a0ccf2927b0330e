"""The messy-text reader on OCR text flattened to tab cells: footnotes whose justified lines OCR
broke, a word set a little lower than its line."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def test_ocr_tab_one_word_under_the_one_gap_of_a_footnote_line() -> None:
    """OCR'd tab cells: a justified footnote line with one gap (a tab) and, on the next line, one
    short word alone, set a little lower: the word goes back into the gap ('... person to | charitable
    organization.' over 'a')."""
    notes = ("1. This gift went from the reporting person to\tcharitable organization.\n"
             "a\n"
             "2. Held by a trust.\n"
             "Remarks:\n")
    text = "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in ocr_form("", notes).splitlines())
    doc = read_text(text)
    assert [f.text for f in doc.footnotes] == [
        "This gift went from the reporting person to a charitable organization.", "Held by a trust."]
