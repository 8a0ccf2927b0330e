"""OCR: a column rule read as a brace glued to the value before it ('1,500]', '$12.50}').

Like a glued '|', the brace is the table's rule, no part of the value: the row reads as if the rule
were a bar. A brace after digits that may end a footnote marker ('5002]' for 500(2)) is left alone."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_ROW, ocr_form

TABLE2 = (
    "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
    "1. Title of Derivative Security\n"
    "                                  Code  |V (A)](D)     Date        Expiration    Title      Amount\n"
    " Stock     $2.92 | 06/12/2019      GM        18,070]  @           03/08/2021 | Common|      18,070\n"
    " Options                                                                       Stock\n"
    " Stock     $2.92 | 06/12/2019      GM        18,070 | 01/29/2013 | 03/08/2021 | Common      18,070\n"
    " Options                                                                       Stock\n"
)


def _row(text: str):
    doc = read_text(ocr_form().replace(OCR_ROW, text))
    (row,) = doc.non_derivative_transactions
    return row, doc.extraction.uncertain_fields if doc.extraction else []


def test_option_rows_with_a_brace_rule_are_two_transactions() -> None:
    """'18,070]  @': the amount, its rule, then the date exercisable's lost marker: no holding row."""
    doc = read_text(ocr_form(TABLE2))
    assert doc.derivative_holdings == []
    first, second = doc.derivative_transactions
    assert first.transaction_shares == second.transaction_shares == Decimal("18070")
    assert first.expiration_date.isoformat() == "2021-03-08"
    assert second.exercise_date.isoformat() == "2013-01-29"
    assert first.exercise_date is None  # its marker '@' only: the date is not shown
    # an OCR row the arithmetic cannot confirm: its values stay listed as uncertain
    assert "derivative_transactions[0].transaction_shares" in doc.extraction.uncertain_fields


def test_brace_after_a_split_comma_group_is_not_stripped() -> None:
    """'27,5002]': four digits after the comma, so the brace may close a marker (27,500(2)): not a rule."""
    row, _ = _row("Common Stock    05/03/2021     P       27,5002]     A     $16.43      49,263,472     D\n")
    assert row.transaction_shares != Decimal("27500")
