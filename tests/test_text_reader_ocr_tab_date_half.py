"""The messy-text reader on OCR text flattened to tab cells: a Table I row OCR split over two lines by
its cells' baselines, the lower line opening with the row's date under the title's line."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_lower_half_opening_with_the_date_is_the_rows_own() -> None:
    """OCR'd tab cells: the row's upper line holds its title, code marker, price and amount owned
    ('Common | Z(1) | $0(1) | 6,230,501'), the line right under it the date, the amount and the nature
    ('07/08/2019 | 4,325 | By Voting Trust'): one row (no row starts without its title), its values
    put in the columns' order, every one uncertain; not a second row without a title."""
    rows = (
        "Common\tZ(1)\t$0(1)\t6,230,501\n"
        "07/08/2019\t4,325\tBy Voting Trust\n"
        "Shares\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    rows_read = [*doc.non_derivative_transactions, *doc.non_derivative_holdings]
    assert len(rows_read) == 2  # the form's own row and this one
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Shares"
    assert str(row.transaction_date) == "2019-07-08"
    assert row.transaction_shares == 4325
    assert row.shares_owned_following_transaction == 6230501
    assert row.nature_of_ownership == "By Voting Trust"
    uncertain = set(doc.extraction.uncertain_fields)
    for f in ("transaction_date", "transaction_shares", "shares_owned_following_transaction", "nature_of_ownership"):
        assert f"non_derivative_transactions[1].{f}" in uncertain, f


def test_ocr_tab_next_row_under_a_holding_is_its_own() -> None:
    """OCR'd tab cells: a row opening with a date under a row that shows no price (a holding:
    'Common Stock | 1,000 | D') is not that row's lower half: it stays a row of its own."""
    rows = (
        "Common Stock\t1,000\tD\n"
        "05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tD\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert any(h.shares_owned_following_transaction == 1000 for h in doc.non_derivative_holdings)
    assert any(str(t.transaction_date) == "2021-05-03" and t.shares_owned_following_transaction == 8500
               for t in doc.non_derivative_transactions)
