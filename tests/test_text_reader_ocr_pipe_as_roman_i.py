"""The messy-text reader on OCR text: a Roman numeral 'I' ending a name that OCR read as a table rule '|'
('Rankin Associates |, L.P.', 'Charitable Remainder Unitrust |') is the 'I', read as such and listed
uncertain, not a rule dropped from the nature."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_pipe_before_a_comma_after_a_name_is_an_i() -> None:
    """'Rankin Associates |, L.P.': the '|' right before the comma is the 'I' of 'Associates I'."""
    rows = (
        "Class A\t49,811\tI\tinterest held by\n"
        "Common\tRankin Associates |, L.P.\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    (held,) = doc.non_derivative_holdings
    assert held.nature_of_ownership == "interest held by Rankin Associates I, L.P."
    assert "non_derivative_holdings[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_pipe_ending_a_trusts_wrap_line_is_an_i() -> None:
    """'Charitable Remainder' over 'Unitrust |': the lone '|' one space after 'Unitrust' ends the name."""
    rows = (
        "Class A\t8,635\tI\tCharitable Remainder\n"
        "Common\tUnitrust |\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    (held,) = doc.non_derivative_holdings
    assert held.nature_of_ownership == "Charitable Remainder Unitrust I"
    assert "non_derivative_holdings[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_rule_a_gap_after_a_trust_stays_a_rule() -> None:
    """'By Trust   |': a rule a column gap after the word is the table's rule, not an 'I'."""
    rows = "Class A\t8,635\tI\tBy Trust   |\n"
    doc = read_text(ocr_form(rows))
    (held,) = doc.non_derivative_holdings
    assert held.nature_of_ownership == "By Trust"
