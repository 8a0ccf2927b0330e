"""OCR text: a footnote marker alone in its cell read as any one or two symbols and its ')'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import TABLE2_TITLE, ocr_form

_HEAD = (
    "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
    "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
)


def test_ocr_conversion_price_marker_read_as_a_symbol() -> None:
    """'&)' for '(5)' in column 2 (no price, its marker only): it holds column 2's place, so the
    date after it is the transaction's and the row is a transaction row."""
    row = ("Dividend      &) | 06/10/2020     A      1.301      (5)      (5)      Common      1.301"
           "      $0.00      3.34      D\n")
    doc = read_text(ocr_form(TABLE2_TITLE + _HEAD + row, "5. Accrued dividend equivalents.\n"))
    assert not doc.derivative_holdings
    (txn,) = doc.derivative_transactions
    assert (txn.transaction_date, txn.transaction_code, txn.transaction_shares) == (
        date(2020, 6, 10), "A", Decimal("1.301"))
    assert txn.conversion_or_exercise_price is None


def test_ocr_date_column_marker_with_its_digit_read_as_a_quote() -> None:
    """'(”)' for '(7)' alone in column 6 (its date given by the footnote): a marker in its parentheses
    whose digit OCR read as any symbol holds the column's place, its number lost, so the columns after
    it stay in step."""
    row = ("Restricted Units     $0 | 03/15/2025     M      20,691 | (”)      (5)      Class A      20,691"
           "      $0      227,595      D\n")
    doc = read_text(ocr_form(TABLE2_TITLE + _HEAD + row, "5. Expires.\n7. Vests.\n"))
    (txn,) = doc.derivative_transactions
    assert (txn.transaction_shares, txn.underlying_security_shares, txn.shares_owned_following_transaction) == (
        Decimal("20691"), Decimal("20691"), Decimal("227595"))
    assert txn.footnote_ids.get("expiration_date") == ["F5"]


def test_ocr_nature_company_suffix_with_markers_smeared_into_capitals() -> None:
    """A nature ending in a company's suffix with its markers smeared into capitals, digits and glyphs
    glued to it ('Partners, LPUA@O4', 'Investments, LLCM'): the smear comes off (uncertain); a nature
    going on after the suffix with a space keeps its words."""
    from text_forms import OCR_BOX5, OCR_ROW

    rows = (
        "Common Stock    05/03/2021     S    1,500   D   $12.50    8,500    I    By Antithesis Partners, LPUA@O4\n"
        "Common Stock    05/03/2021     S      500   D   $12.60    8,000    I    By Riley Investments, LLCM\n"
        "Common Stock    05/03/2021     S      100   D   $12.70    7,900    I    By Fund LLC II\n"
    )
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    a, b, c = doc.non_derivative_transactions
    assert a.nature_of_ownership == "By Antithesis Partners, LP"
    assert b.nature_of_ownership == "By Riley Investments, LLC"
    assert c.nature_of_ownership == "By Fund LLC II"
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].nature_of_ownership" in doc.extraction.uncertain_fields
