"""The messy-text reader on OCR text flattened to tab cells: a Table I row whose code letter and
amount owned following OCR set on the line below the rest of the row."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_code_and_amount_owned_a_line_below_the_row() -> None:
    """OCR'd tab cells: 'Common | 09/28/2020 | 5,283 | $1.04' over 'F | 720,529' over 'Stock': one row,
    its code after the date and its amount owned after the price, both uncertain (the order guessed)."""
    rows = (
        "Common\t09/28/2020\t5,283\t$1.04\n"
        "F\t720,529\n"
        "Stock\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert row.transaction_code == "F"
    assert row.transaction_shares == 5283
    assert row.shares_owned_following_transaction == 720529
    assert len(doc.non_derivative_transactions) == 2 and not doc.non_derivative_holdings
    uncertain = set(doc.extraction.uncertain_fields)
    assert "non_derivative_transactions[1].transaction_code" in uncertain
    assert "non_derivative_transactions[1].shares_owned_following_transaction" in uncertain


def test_ocr_tab_date_price_and_owned_a_line_above_the_title() -> None:
    """OCR'd tab cells: '| 01/26/2020 | $64.73 | 27,050' (no words) over 'Common | F | 434' over 'Stock': one
    row, its date after the title, its price and amount owned after its code and amount, all uncertain."""
    rows = (
        "| 01/26/2020\t$64.73\t27,050\n"
        "Common\tF\t434\n"
        "Stock\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[-1]
    assert (row.security_title, str(row.transaction_date), row.transaction_code) == ("Common Stock", "2020-01-26", "F")
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (434, 27050)
    assert "non_derivative_transactions[1].transaction_date" in doc.extraction.uncertain_fields
