"""The messy-text reader on OCR text flattened to tab cells: what the gaps between cells still say
about which column a value sat in, once the positions are gone."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def test_ocr_tab_table2_amount_against_the_rule_is_disposed_a_tab_after_it_acquired() -> None:
    """OCR'd tab cells: a gift's (G) Table II amount followed by '|' a space away stood against the
    rule before column 6, so in (D); one that ends its cell had the empty (D) column after it, a wide
    gap turned into a tab, so in (A). Both inferred, so uncertain; a code that fixes the direction
    (M) still decides alone."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B\t(2) | 12/05/2019\tG\t444 | (2)\t(2)\tClass A\t444\t11,417\tI\tBy Trust\n"
        "Class B\t(2) | 12/05/2019\tG\t222\t(2)\t(2)\tClass A\t222\t8,061\tI\tBy Trust\n"
        "Class B\t(2) | 12/05/2019\tM\t111\t(2)\t(2)\tClass A\t111\t5,000\tD\n"
    )
    doc = read_text(ocr_form(table2))
    rows = doc.derivative_transactions
    assert [r.transaction_acquired_disposed_code for r in rows] == ["D", "A", "D"]
    uncertain = doc.extraction.uncertain_fields
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in uncertain
    assert "derivative_transactions[1].transaction_acquired_disposed_code" in uncertain
    assert "gap after the amount" not in doc.extraction.evidence["derivative_transactions[2]."
                                                                 "transaction_acquired_disposed_code"]


def test_ocr_tab_table2_acquired_from_a_tab_dropped_when_less_is_owned_after() -> None:
    """OCR'd tab cells: a gift's amount ending its cell reads as (A), but owning less after the row
    than the amount acquired (18,070 then 0) cannot follow an acquisition: the tab was a rule OCR lost,
    so the direction stays unread rather than guessed."""
    table2 = TABLE2_TAB_HEADER + "Stock Option\t\\$2.92 | 06/12/2019\tG\t18,070\t01/29/2013\t03/08/2021\t" \
        "Common Stock\t18,070\t\\$0\t0\tD\n"
    (row,) = read_text(ocr_form(table2)).derivative_transactions
    assert row.transaction_shares == 18070 and row.shares_owned_following_transaction == 0
    assert row.transaction_acquired_disposed_code is None


def test_ocr_tab_title_split_at_a_gap_keeps_its_wrapped_word_last() -> None:
    """OCR'd tab cells: a Table I title split at a wide gap between its words, its second part joined
    to the date across the rule ('Class' | 'ACommon | 04/24/2014'), then 'Stock' wrapped under it:
    the title is one cell, so the wrapped word ends it rather than landing between its words."""
    rows = "Class\tACommon | 04/24/2014\tS\t272\t\\$75.22\t2,492,957\tD\nStock\n"
    row = read_text(ocr_form(rows)).non_derivative_transactions[-1]
    assert row.security_title == "Class ACommon Stock"
    assert row.transaction_shares == 272


def test_ocr_tab_table2_lone_date_against_the_title_rule_is_the_expiration() -> None:
    """OCR'd tab cells: a Table II row shows one date in column 6, and the underlying title follows it
    a space past a rule ('04/17/2015 | Common'): the date stood against column 7's rule, so it is the
    expiration date (column 6a empty); one followed by a tab had the empty 6b column after it and stays
    the date exercisable. Both readings are uncertain."""
    table2 = TABLE2_TAB_HEADER + (
        "Restricted\t(1) | 04/17/2014\tM\t3,243 |\t04/17/2015 | Common\t3,243\t\\$0.00\t3,244\tD\n"
        "Restricted\t(1) | 04/17/2014\tM\t1,000 |\t04/17/2015\tCommon\t1,000\t\\$0.00\t2,244\tD\n"
    )
    doc = read_text(ocr_form(table2))
    first, second = doc.derivative_transactions
    assert (first.exercise_date, first.expiration_date) == (None, date(2015, 4, 17))
    assert (second.exercise_date, second.expiration_date) == (date(2015, 4, 17), None)
    assert "derivative_transactions[0].expiration_date" in doc.extraction.uncertain_fields


def test_ocr_tab_amount_with_a_percent_sign_smear_of_its_marker() -> None:
    """OCR'd tab cells: a holding's amount whose raised marker OCR read with a '%' for its '('
    ('53,085.4757%)', '250,000%2)'): no percentage is written with thousands' commas, so the amount is
    read and the smear is a marker (its number when one survived), not words of the title."""
    for cell, want, fid in (("53,085.4757%)", 53085.4757, None), ("250,000%1)", 250000, "F1")):
        rows = f"Common Stock\t{cell}\tD\n"
        doc = read_text(ocr_form(rows, footnotes="1. Held directly.\n"))
        (row,) = doc.non_derivative_holdings
        assert row.security_title == "Common Stock"
        assert float(row.shares_owned_following_transaction) == want
        if fid:
            assert row.footnote_ids.get("shares_owned_following_transaction") == [fid]


def test_ocr_tab_table2_code_smeared_with_its_marker_keeps_the_row_a_transaction() -> None:
    """OCR'd tab cells: a Table II code whose raised marker OCR smeared into a glyph after it ('Gc',
    'p\u2122', 'Gl)'), the amount next: the row is a transaction (not a holding whose 'exercise date'
    is the transaction date), and the code is its letter, uncertain."""
    for smear, code in (("Gc", "G"), ("p\u2122", "P"), ("Gl)", "G")):
        table2 = TABLE2_TAB_HEADER + (
            f"Stock Option\t\\$2.92 | 07/24/2020\t{smear}\t18,070 | 01/29/2013 | 03/08/2021 | Common | 18,070"
            "\t\\$0\t0\tD\n")
        doc = read_text(ocr_form(table2))
        assert doc.derivative_holdings == [], smear
        (row,) = doc.derivative_transactions
        assert row.transaction_date == date(2020, 7, 24)
        assert (row.transaction_code, row.transaction_shares) == (code, 18070)
        assert row.expiration_date == date(2021, 3, 8)
        assert "derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields
