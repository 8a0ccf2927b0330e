"""The messy-text reader on OCR text flattened to tab cells: a Table II holding's values OCR set on a
line of their own right above the row's title line."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_values_a_line_above_the_row_go_back_in_it() -> None:
    """OCR'd tab cells: '| (4) | 2,621,212 | $0.33' (no words) over 'Series H Preferred Stock | 08/10/2018 |
    Common Stock | By Principal LLC' (no amount): the values are the row's own, the marker after its date,
    the amount and price before its nature, every value uncertain; not lost."""
    table2 = TABLE2_TAB_HEADER + (
        "|\t(4)\t2,621,212\t$0.33\n"
        "Series H Preferred Stock\t08/10/2018\tCommon Stock\tBy Principal LLC\n")
    doc = read_text(_as_tab_cells(ocr_form(table2, "4. Converts.\n")))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Series H Preferred Stock"
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == 2621212
    assert row.nature_of_ownership == "By Principal LLC"
    assert "derivative_holdings[0].underlying_security_shares" in doc.extraction.uncertain_fields


def test_ocr_tab_values_above_a_row_with_its_own_amount_stay_apart() -> None:
    """OCR'd tab cells: a line of values above a row that shows its own amount ('222') is not that row's:
    the row is read as it stands."""
    table2 = TABLE2_TAB_HEADER + (
        "(1)\t(a)\t1,094\n"
        "Class B Common Stock\t09/14/2021\tG\t222\tClass A Common\t222\t1,094\tI\tBy Trust\n")
    doc = read_text(_as_tab_cells(ocr_form(table2, "1. Gift.\n")))
    (row,) = doc.derivative_transactions
    assert row.transaction_shares == 222
    assert row.nature_of_ownership == "By Trust"
