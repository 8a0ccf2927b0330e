"""PyMuPDF4LLM cells cut at guessed column edges inside the deemed execution date, stacked under the
transaction date: its month's first digit ends the left cell ('11/01/2021<br>1' | '1/03/2021<br>S')."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_deemed_date_cut_after_its_months_first_digit_is_joined() -> None:
    """'1' | '1/03/2021' is November 3rd, not January 3rd (was a silent 2021-01-03)."""
    row = "|Common<br>Stock|11/01/2021<br>1|1/03/2021<br>S<br>1,500<br>D|$12.50|||8,500|D|||\n"
    (t,) = read_text(MD_FORM4.replace(MD_T1_ROW, row)).non_derivative_transactions
    assert t.transaction_date == date(2021, 11, 1)
    assert t.deemed_execution_date == date(2021, 11, 3)
