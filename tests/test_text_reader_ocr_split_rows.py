"""Positioned OCR text: one Table I row read on two baselines, its upper line without the title."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


_HEAD = _at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"), (49, "(A)"), (55, "Price"),
            (67, "5. Owned"), (77, "6. Form"))


def _read(rows: str):
    text = OCR_BOX5.replace("1. Title of Security (Instr. 3)\n", _HEAD).replace(OCR_ROW, OCR_ROW + rows)
    return read_text(text)


def test_ocr_row_upper_half_with_the_date() -> None:
    """'05/04/2021 ... $64.73 ... 27,050' over 'Common Stock ... F ... 434 ... D': one row."""
    doc = _read(_at((16, "05/04/2021"), (55, "$64.73"), (67, "27,050"))
                + _at((0, "Common Stock"), (31, "F"), (39, "434"), (49, "D"), (77, "D")))
    first, row = doc.non_derivative_transactions
    assert first.transaction_shares == Decimal("1500")
    assert (row.security_title, row.transaction_date, row.transaction_code) == ("Common Stock", date(2021, 5, 4), "F")
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal("434"), Decimal("64.73"), Decimal("27050"))


def test_ocr_row_upper_half_without_the_date() -> None:
    """'S ... $12.75' over 'Common Stock 05/04/2021 ... 913 ... D ... 7,587': one row."""
    doc = _read(_at((31, "S"), (55, "$12.75"))
                + _at((0, "Common Stock"), (16, "05/04/2021"), (39, "913"), (49, "D"), (67, "7,587"), (77, "D")))
    _first, row = doc.non_derivative_transactions
    assert (row.transaction_code, row.transaction_shares, row.transaction_price_per_share) == (
        "S", Decimal("913"), Decimal("12.75"))
    assert row.shares_owned_following_transaction == Decimal("7587")
