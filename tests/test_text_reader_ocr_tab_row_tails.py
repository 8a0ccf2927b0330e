"""The messy-text reader on OCR text flattened to tab cells: the last pieces of a table row that OCR
set on lines of their own under it."""

from __future__ import annotations

import re
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_class_letter_alone_under_a_title_ending_in_class() -> None:
    """OCR'd tab cells: a title wrapped after 'Class' ('Common' | 'Stock Class' | 'A'): the class letter
    alone on its line (no two letters, so no words of its own) ends the title."""
    rows = "Common\t11/15/2019\tG\t270\tD\t$0.0\t41,556\tD\nStock Class\nA\n"
    row = read_text(_as_tab_cells(ocr_form(rows))).non_derivative_transactions[-1]
    assert row.security_title == "Common Stock Class A"
    assert row.shares_owned_following_transaction == 41556


def test_ocr_tab_smeared_code_cell_takes_no_wrapped_words() -> None:
    """OCR'd tab cells: a code letter smeared with its markers into capitals ('JOE)' for J(1)(2)) is the
    code's cell, no text column: the nature's wrapped words ('Stock' | 'nature of the') go on with the
    nature, and the code, amount and amount owned are still read."""
    rows = ("Common\t11/01/2002\tJOE)\t2,000\tA\t$10.00\t9,000\tI\tThis describes the\n"
            "Stock\tnature of the\nownership.\n")
    row = read_text(_as_tab_cells(ocr_form(rows))).non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert (row.transaction_code, row.transaction_shares, row.shares_owned_following_transaction) == ("J", 2000, 9000)
    assert row.nature_of_ownership == "This describes the nature of the ownership."


def test_ocr_tab_code_letter_alone_on_the_line_under_its_row() -> None:
    """OCR'd tab cells: a row whose code letter OCR set alone on the line below ('Common | 10/31/2019 |
    153 | $30.30 | 5,189' over 'F', the title's 'stock' under it) shows no code between its date and its
    amount: the letter is that code (uncertain), and the title still takes its wrapped word."""
    rows = "Common\t10/31/2019\t153\t$30.30\t5,189\tD\nF\nstock\n"
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    row = doc.non_derivative_transactions[-1]
    assert (row.security_title, row.transaction_code, row.transaction_shares) == ("Common stock", "F", 153)
    assert row.shares_owned_following_transaction == 5189
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_tab_title_and_price_one_space_either_side_of_a_rule() -> None:
    """OCR'd tab cells: a Table II title and its conversion price one space either side of the table's
    rule, the date after them ('Incentive | $51.6900 | 11/09/2020'), are two cells, as on positioned OCR:
    the price is column 2's and the title takes its wrapped words ('Stock', 'Option') whole."""
    rows = (TABLE2_TAB_HEADER
            + "Incentive | $51.6900 | 11/09/2020\tM\t1,484 | 02/26/2017 | 02/26/2024 | Common | 1,484 | $0\t0\tD\n"
            "Stock\tStock\nOption\n")
    row = read_text(_as_tab_cells(ocr_form(rows))).derivative_transactions[-1]
    assert row.security_title == "Incentive Stock Option"
    assert row.conversion_or_exercise_price == Decimal("51.69")


def test_ocr_tab_row_lower_half_opening_with_the_class_letter_is_no_row() -> None:
    """OCR'd tab cells: a Table II row's lower half on a line of its own, opening with the class letter of
    a title cut after 'Series' ('Series | 07/08/2019 | ...' over 'A | 4,702 | Common | 4,702.0 | By'): a
    title is never one letter, so it is no row of its own (whose every value would be wrong); its letter
    goes on the title, and its values, unplaceable without columns, are not read."""
    rows = (TABLE2_TAB_HEADER
            + "Series\t07/08/2019\tZ\t4,702\tD\t$0\t(4)\t(4)\tCommon Shares\t4,702\t$0\t6,931,607\tI\tVoting\n"
            "A\t4,702\tCommon\t4,702.0\tBy\nCommon\tTrust\nShares\n")
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert len(doc.derivative_transactions) == 1 and not doc.derivative_holdings
    assert doc.derivative_transactions[0].security_title == "Series A Common Shares"


def test_ocr_tab_row_halves_merged_in_the_columns_order() -> None:
    """OCR'd tab cells: a Table II row split by baseline, its upper line the title cut after 'Class' with
    the date, markers, underlying title and nature, its lower line the class letter, code, amount, A/D
    and the amounts after ('B | G | 462 | A | 462 | 1,252'): one row, the halves merged in the columns'
    order, every value uncertain."""
    rows = (TABLE2_TAB_HEADER
            + "Class\t(4) | 06/13/2020\t(4)\t(4)\tCommon Stock\tBy AMR Associates LP\n"
            "B\tG\t462\tA\t462\t1,252\tI\n")
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    (row,) = doc.derivative_transactions
    assert not doc.derivative_holdings
    assert (row.security_title, row.transaction_code, row.transaction_shares) == ("Class B", "G", 462)
    assert row.transaction_acquired_disposed_code == "A"
    assert "derivative_transactions[0].transaction_shares" in doc.extraction.uncertain_fields
    assert "derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields
