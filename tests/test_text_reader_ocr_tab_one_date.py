"""The messy-text reader on OCR text flattened to tab cells: a Table II holding showing one date of
column 6, a mark in a cell of its own before it."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_mark_before_the_one_date_makes_it_the_expiration() -> None:
    """OCR'd tab cells: 'Stock Option (right | 4 | 03/09/2030 | Common Stock | 87,462 | $3.90' (column 6a's
    footnote smeared to '4', or its box's rule '|'): the one date is the expiration date, uncertain."""
    for mark in ("| 4", "| \u00ae", "|\t|"):
        table2 = TABLE2_TAB_HEADER + (
            f"Stock Option (right {mark}\t03/09/2030\tCommon Stock\t87,462\t$3.90\t87,462\tD\n"
            "to buy)\n")
        doc = read_text(_as_tab_cells(ocr_form(table2, "1. Vests.\n")))
        (row,) = doc.derivative_holdings
        assert (row.exercise_date, str(row.expiration_date)) == (None, "2030-03-09"), mark
        assert "derivative_holdings[0].expiration_date" in doc.extraction.uncertain_fields, mark
