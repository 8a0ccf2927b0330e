"""The messy-text reader on OCR text flattened to tab cells: a Table I row whose date OCR turned into a
glyph run of digits and letters ('[os/zo2o20'), which the title took as its last word. A holding shows
no date, so the row is a transaction, its date lost, every value it shows uncertain."""

from __future__ import annotations

import re

import pytest

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


@pytest.mark.parametrize("smear", ["[os/zo2o21", "toa/zszoia"])
def test_ocr_tab_date_glyph_run_without_a_price_is_a_transaction(smear: str) -> None:
    """'Preferred Shares | [os/zo2o21 | 4,500': a date's glyph run (digits or a slash among letters, the
    year's '20' smeared, '14' read 'ia'), then one amount, no price. Without the glyph run it would read
    as a holding titled 'Preferred Shares [os/zo2o21'; the glyph run is a lost date, so a transaction
    titled 'Preferred Shares', its date null, its fields uncertain."""
    doc = read_text(_as_tab_cells(ocr_form(f"Preferred Shares\t{smear}\t4,500\n")))
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Preferred Shares"
    assert row.transaction_date is None
    k = len(doc.non_derivative_transactions) - 1
    assert f"non_derivative_transactions[{k}].security_title" in doc.extraction.uncertain_fields


def test_ocr_tab_date_glyph_run_drops_the_letterless_smear_after_it() -> None:
    """'Preferred Shares | fosmu2021 | 1.249,3640/': the amount after the glyph run too garbled to read
    is left out of the title, not read as a value."""
    doc = read_text(_as_tab_cells(ocr_form("Preferred Shares\tfosmu2021\t1.249,3640/\n")))
    assert not doc.non_derivative_holdings
    assert doc.non_derivative_transactions[-1].security_title == "Preferred Shares"


def test_ocr_tab_title_word_with_a_year_stays_a_holding() -> None:
    """'Series 2021 Notes | 4,500': a title word of digits alone is no glyph run; the row stays a holding."""
    doc = read_text(_as_tab_cells(ocr_form("Series 2021 Notes\t4,500\tD\n")))
    assert [h.security_title for h in doc.non_derivative_holdings] == ["Series 2021 Notes"]
