"""PyMuPDF4LLM: a holding's nature of ownership cut into two cells, its second line in a row of its
own under the row ('||...||Sponso|red 401k|'): the second line's piece may hold a plan's digits
('401k'), still words, not an amount, so it goes back under the row's nature."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_nature_second_line_with_plan_digits_joins_the_row_above() -> None:
    """'Compa' | 'ny' over 'Sponso' | 'red 401k': one holding, nature 'Company Sponsored 401k' (was
    'Compa ny', the second line dropped)."""
    rows = ("|Common<br>Stock|||||||1,151<sup>(1)</sup>|I|Compa|ny|\n"
            "||||||||||Sponso|red 401k|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    (h,) = doc.non_derivative_holdings
    assert h.shares_owned_following_transaction == Decimal("1151")
    assert h.nature_of_ownership == "Company Sponsored 401k"
    assert "non_derivative_holdings[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_row_under_with_an_amount_is_not_a_nature_line() -> None:
    """A row under the holding whose last cells hold an amount is no line of the nature above."""
    rows = ("|Common<br>Stock|||||||1,151|I|Compa|ny|\n"
            "||||||||||Sponso|1,200 shares|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    assert doc.non_derivative_holdings[0].nature_of_ownership != "Company Sponsored 1,200 shares"
