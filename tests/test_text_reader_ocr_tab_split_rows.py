"""The messy-text reader on OCR text flattened to tab cells: one table row OCR split over lines by its
cells' baselines, where the tab cells keep no column positions to put the halves back together."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_table1_price_over_the_date_code_and_amount_is_one_row() -> None:
    """Table I: the row's title, price and amount owned on the upper line ('Common | $64.73 | 27,050'),
    its date, code and amount on the line under it ('03/14/2025 | F | 434'), the title's last word
    below that: one transaction (the price after the code and amount, as column 4 is), every value
    uncertain; not a holding titled 'Common Stock' and a line of values dropped."""
    rows = (
        "Common\t$64.73\t27,050\n"
        "03/14/2025\tF\t434\n"
        "Stock\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert not doc.non_derivative_holdings
    assert len(doc.non_derivative_transactions) == 2  # the form's own row and this one
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert str(row.transaction_date) == "2025-03-14"
    assert row.transaction_code == "F"
    assert row.transaction_shares == 434
    assert str(row.transaction_price_per_share) == "64.73"
    assert row.shares_owned_following_transaction == 27050
    uncertain = set(doc.extraction.uncertain_fields)
    for f in ("transaction_date", "transaction_code", "transaction_shares", "transaction_price_per_share",
              "shares_owned_following_transaction"):
        assert f"non_derivative_transactions[1].{f}" in uncertain, f


def _t2_holdings(rows: str) -> str:
    """A Form 3's Table II of holdings, its rows ``rows``, as OCR'd tab cells."""
    return _as_tab_cells(ocr_form(
        "Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options)\n"
        "1. Title of Derivative Security\t2. Date Exercisable and Expiration Date\t3. Title and Amount\t"
        "4. Conversion or Exercise Price\t5. Ownership Form\t6. Nature of Indirect Beneficial Ownership\n"
        "Date Exercisable\tExpiration Date\tTitle\tAmount or Number of Shares\n" + rows))


def test_table2_amount_over_its_row_with_debris_is_the_rows_own() -> None:
    """Table II: the row's amount OCR'd a line above it with debris beside it ('51,4120) | a | ee'),
    the row showing its dates, underlying title and price but no amount: the amount is the row's
    (after the underlying title), uncertain; not a row of its own without a title."""
    doc = read_text(_t2_holdings(
        "51,4120)\ta\tee\tee\n"
        "Stock Options\t10/24/2019\t10/24/2028\tCommon Stock\t$18.27\tD\n"))
    rows = [*doc.derivative_transactions, *doc.derivative_holdings]
    assert len(rows) == 1
    row = rows[0]
    assert row.security_title == "Stock Options"
    assert row.underlying_security_shares == 51412
    assert str(row.expiration_date) == "2028-10-24"
    assert "derivative_holdings[0].underlying_security_shares" in doc.extraction.uncertain_fields


def test_table2_date_over_its_row_with_debris_is_the_date_exercisable() -> None:
    """Table II: the date exercisable OCR'd a line above the row with debris beside it ('05/04/2018) |
    a | ee'), the row showing one date: it goes before that date (the expiration date), both uncertain."""
    doc = read_text(_t2_holdings(
        "05/04/2018)\ta\tee\tee\n"
        "Stock Option\t05/04/2025\tCommon Stock\t22,000\t$56.71\tD\n"))
    rows = [*doc.derivative_transactions, *doc.derivative_holdings]
    assert len(rows) == 1
    row = rows[0]
    assert str(row.exercise_date) == "2018-05-04"
    assert str(row.expiration_date) == "2025-05-04"
    assert row.underlying_security_shares == 22000
    uncertain = set(doc.extraction.uncertain_fields)
    assert {"derivative_holdings[0].exercise_date", "derivative_holdings[0].expiration_date"} <= uncertain


def test_rule_and_speck_line_around_a_number_is_no_row() -> None:
    """A line of a table rule's bars and specks around a number ('| | || | 27] A | oD |'): no word of
    three letters (no title), its first cell no value: not a holding titled '27 A oD'."""
    rows = (
        "| | ||\t27] A\toD\t|\n"
        "Common Stock\t05/04/2021\tS\t2,000\tD\t$13.00\t6,500\tD\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert not doc.non_derivative_holdings
    assert [t.shares_owned_following_transaction for t in doc.non_derivative_transactions] == [8500, 6500]


def test_title_word_with_its_marker_read_as_bang_digit_is_a_wrap() -> None:
    """A title's last word wrapped alone, its marker '(2)' OCR'd as '!2' ('Stock!2'): the title's wrap,
    not a holding titled 'Stock!2'."""
    rows = (
        "Class A\t05/04/2021\tS\t2,000\tD\t$13.00\t6,500\tD\n"
        "Common\n"
        "Stock!2\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert not doc.non_derivative_holdings
    assert doc.non_derivative_transactions[-1].security_title.startswith("Class A Common Stock")
