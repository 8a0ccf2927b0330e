"""The rendered form prints '(Amendment)' under its 'FORM n' heading. When OCR loses box 4's date the
form is still an amendment: its type is 'n/A' (uncertain, no date to confirm it), not a silent 'n'."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import OCR_BOX5


def test_amendment_mark_under_the_heading_without_box4_date() -> None:
    text = OCR_BOX5.replace("STATEMENT OF CHANGES", " (Amendment)\n                      STATEMENT OF CHANGES", 1)
    doc = read_text(text)
    assert doc.document_type == "4/A"
    assert doc.date_of_original_submission is None
    assert doc.extraction is not None and "document_type" in doc.extraction.uncertain_fields


def test_no_mark_no_amendment() -> None:
    """Without the mark (and no box 4 date) the form is an original: 'Amendment' in box 4's label is no mark."""
    text = OCR_BOX5.replace("6. Individual", "4. If Amendment, Date of Original Filed (Month/Day/Year)  6. Individual")
    assert read_text(text).document_type == "4"
