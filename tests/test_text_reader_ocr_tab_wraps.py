"""The messy-text reader on OCR text flattened to tab cells: table rows whose text columns wrap
onto the lines below, each column's words to be put back in their own column."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_nature_wrap_ending_in_a_short_word_beside_the_title_wrap() -> None:
    """OCR'd tab cells: a Table I row's title and nature wrap together, and the last wrapped line
    holds the title's 'Stock' and the nature's short last word ('LP', 'VI', 'II'): each goes on
    with its own column (the title is not cut short, the word not lost nor the nature given 'Stock')."""
    for last in ("LP", "VI", "II"):
        rows = (
            "Class A\t05/04/2021\tG\t396\tA\t84,312\tproportionate partnership interest\n"
            "Common\tshares held by AMR Associates\n"
            f"Stock\t{last}\n"
        )
        doc = read_text(_as_tab_cells(ocr_form(rows)))
        row = doc.non_derivative_transactions[-1]
        assert row.security_title == "Class A Common Stock", last
        assert row.nature_of_ownership == f"proportionate partnership interest shares held by AMR Associates {last}"


def test_ocr_tab_nature_wrap_holding_a_trusts_date_is_no_new_row() -> None:
    """OCR'd tab cells: a holding's title and nature wrap together, and the nature's wrapped line holds
    a trust's date among its words ('Common | Dtd 08/26/1998 FBO of', 'Common | 4/15/2014, Carl Doe'):
    it is wrapped words (a row of its own would start with a title and show its own amount), and each
    column goes on with its own words."""
    for wrap, nature in (
        (("Dtd 08/26/1998 FBO of", "Jennifer T Doe."), "Lowry Family Trust U/A Dtd 08/26/1998 FBO of Jennifer T Doe."),
        (("4/15/2014, Carl Doe Jr", "and Ana Doe TTEE"),
         "Lowry Family Trust U/A 4/15/2014, Carl Doe Jr and Ana Doe TTEE"),
    ):
        rows = (
            "Class A\t100\tLowry Family Trust U/A\n"
            f"Common\t{wrap[0]}\n"
            f"Stock\t{wrap[1]}\n"
        )
        doc = read_text(_as_tab_cells(ocr_form(rows)))
        (row,) = doc.non_derivative_holdings
        assert row.security_title == "Class A Common Stock"
        assert row.nature_of_ownership == nature
        assert row.shares_owned_following_transaction == 100


def test_ocr_tab_title_par_value_as_a_fraction_wrapped_beside_the_nature() -> None:
    """OCR'd tab cells: a title's par value written as a fraction ('Common Stock, $1 2/3 Par Value')
    wraps onto the lines below beside the nature's last word ('\\$1 2/3 Par | Trust'): the line is the
    row's wrapped words, not a row of its own; the title and the nature go on with their words."""
    rows = (
        "Common Stock, | 05/04/2021\tG\t2,475\tA\t474,419\tThrough Family\n"
        "\\$1 2/3 Par\tTrust\n"
        "Value\n"
        "Common Stock,\t8,198\tThrough 401(k)\n"
        "\\$1 2/3 Par\tPlan\n"
        "Value\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    tx = doc.non_derivative_transactions[-1]
    (hold,) = doc.non_derivative_holdings
    assert (tx.security_title, tx.nature_of_ownership) == ("Common Stock, $1 2/3 Par Value", "Through Family Trust")
    assert (hold.security_title, hold.nature_of_ownership) == ("Common Stock, $1 2/3 Par Value", "Through 401(k) Plan")
    assert hold.shares_owned_following_transaction == 8198


def test_ocr_tab_nature_ends_with_a_legal_form_alone_without_its_last_dot() -> None:
    """OCR'd tab cells: a Table II row's nature wraps over several lines and ends with the legal form
    alone on its line, OCR having lost its last dot or read its letter small ('L.P', 'L.p'): it goes
    on with the nature (it shows no two letters together, which wrapped words otherwise do)."""
    for last in ("L.P", "L.p"):
        table2 = TABLE2_TAB_HEADER + (
            "Class B\t(1) | 05/04/2021\tG\t111\t(1)\t(1)\tClass A\t111\t11,417\tproportionate\n"
            "Common\tCommon\tlimited\n"
            "Stock\tStock\tpartnership\n"
            "interests held by\n"
            "Rankin Associates II,\n"
            f"{last}\n")
        (row,) = read_text(_as_tab_cells(ocr_form(table2, "1. Converts.\n"))).derivative_transactions
        assert row.nature_of_ownership == (
            f"proportionate limited partnership interests held by Rankin Associates II, {last}")


def test_ocr_tab_trusts_date_wrapped_alone_after_dated() -> None:
    """OCR'd tab cells: a Table II holding's nature ends its wrapped lines with a trust's 'Dtd', its date
    alone on the next line ('08/26/1998'): the date goes on with the nature (a row of its own would show
    a title and amounts, not a date alone)."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B\t(1)\t(1)\tClass A\t100\t100\tLowry\n"
        "Common\tCommon\tFamily Trust\n"
        "Stock\tStock\tU/A Dtd\n"
        "08/26/1998\n"
        "FBO of Jane Doe.\n")
    (row,) = read_text(_as_tab_cells(ocr_form(table2, "1. Converts.\n"))).derivative_holdings
    assert row.nature_of_ownership == "Lowry Family Trust U/A Dtd 08/26/1998 FBO of Jane Doe."
    assert row.security_title == "Class B Common Stock"


def test_ocr_tab_code_column_heading_with_a_lost_d_is_no_row() -> None:
    """OCR'd tab cells: Table II's heading line of the code and amount columns, misread ('Code | Vv |
    1(A) | |()', the '(D)' lost): a heading, not a holding row."""
    table2 = TABLE2_TAB_HEADER + (
        "Code\tVv\t1(A)\t|()\n"
        "Stock\t\\$4.32 | 05/04/2021\tM\t1,261 | (1)\t12/14/2028 | Common\t1,261\t\\$0.00\t182,710\tD\n"
        "Option\tStock\n")
    doc = read_text(_as_tab_cells(ocr_form(table2, "1. Vests.\n")))
    assert doc.derivative_holdings == []
    assert [r.transaction_shares for r in doc.derivative_transactions] == [1261]


_GRAT_ROW = (
    "Class B\t05/04/2021\tG\t111\tA\t1,094\tHeld by Grantor\n"
    "Common\tRetained Annuity Trust\n"
    "Series 2\tdated March\n"
    "Voting\t15, 2011\n"
    "Shares\n"
)


def test_ocr_tab_wrapped_words_with_a_digit_are_no_row() -> None:
    """OCR'd tab cells: a row's title and nature wrap over several lines, some holding a digit among
    words ('Series 2 | dated March') or a date written out's day and year ('Voting | 15, 2011'): every
    cell is words or a year, no value in a cell of its own, so the lines go on with the row's columns
    rather than making holdings of their own."""
    doc = read_text(_as_tab_cells(ocr_form(_GRAT_ROW)))
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Class B Common Series 2 Voting Shares"
    assert doc.non_derivative_holdings == []


def test_ocr_tab_number_inside_the_nature_is_the_natures() -> None:
    """A nature of ownership whose words hold a number ('... Trust dated March 15, 2011'), no D/I
    letter read before it: the number in the nature's cell is its own, not a second amount that
    would push the amount owned into the price column."""
    row = read_text(_as_tab_cells(ocr_form(_GRAT_ROW))).non_derivative_transactions[-1]
    assert row.shares_owned_following_transaction == 1094
    assert row.transaction_price_per_share in (None, 0)
    assert row.nature_of_ownership == "Held by Grantor Retained Annuity Trust dated March 15, 2011"


def test_ocr_tab_title_wrap_naming_a_series_is_no_row() -> None:
    """OCR'd tab cells: a long title's wrapped line alone in its cell, whose only number names a
    class or series ('(Class A, Series 2'), goes on with the title rather than making a holding row
    (a row shows an amount of its own)."""
    rows = ("Common Share\t03/11/2025\tA\t10,000\tA\t74,213\tD\n"
            "(Class A, Series 2\n"
            "Voting Shares)\n")
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert doc.non_derivative_transactions[-1].security_title == "Common Share (Class A, Series 2 Voting Shares)"
    assert doc.non_derivative_holdings == []


def test_ocr_tab_heading_with_glued_instruction_number_is_no_row() -> None:
    """OCR'd tab cells: Table II's heading words '(Instr. 3, 4 and 5)' broken over lines, OCR gluing
    the '4' to 'and' ('3, | 4and 5) | Reported'): a heading line, not a derivative holding."""
    table2 = TABLE2_TAB_HEADER + "3,\t4and 5)\tReported\n" + (
        "Stock Option\t\\$2.92 | 06/12/2019\tA\t1,000\t(1)\t03/08/2029\tCommon Stock\t1,000\t\\$0\t1,000\tD\n")
    doc = read_text(ocr_form(table2))
    assert doc.derivative_holdings == []
    assert len(doc.derivative_transactions) == 1


def test_ocr_tab_wrapped_repeat_of_the_titles_last_word_ends_the_underlying_title() -> None:
    """OCR'd tab cells: a Table II holding's title is finished ('Class B Common Stock') and its
    underlying title is not ('Class A Common'); the wrapped line starts with the title's own last word
    again ('Stock | benefit of Reporting'): no title repeats its last word, so it ends the underlying
    title, and the next cell goes on with the nature."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B Common Stock\t(1)\t(1)\tClass A Common\t58,586\t(1)\tI\tHeld by Trust for the\n"
        "Stock\tbenefit of Reporting\n"
        "Person\n"
    )
    (row,) = read_text(ocr_form(table2)).derivative_holdings
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.nature_of_ownership is not None and row.nature_of_ownership.startswith(
        "Held by Trust for the benefit of Reporting")
