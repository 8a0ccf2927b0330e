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


def test_ocr_tab_dated_remarks_above_a_typed_signature_stay_remarks() -> None:
    """OCR'd tab cells keep no left margin: a remarks sentence holding a date ('J | 3 for 2 stock split
    issued 9/30/2019') above the typed signature ('/s/' read as 'Is!') and no signature label between
    them is the remarks', not a signature of its own."""
    text = ocr_form("", "1. IRA\nRemarks:\nJ\t3 for 2 stock split issued 9/30/2019\n-\n").replace(
        "/s/ John Doe", "Is! John Doe")
    doc = read_text("\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines()))
    assert doc.remarks is not None and "3 for 2 stock split issued 9/30/2019" in doc.remarks
    assert [(s.signature_name, str(s.signature_date)) for s in doc.owner_signatures] == [
        ("/s/ John Doe", "2021-05-05")]
