"""PyMuPDF4LLM cells cut at guessed column edges inside a price's decimals, the owned amount in the
very next cell ('$2,603.1' | '4' | '100'): the row arithmetic tells whose digits the '4' is."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW

FIRST = "|Common<br>Stock|04/13/2022|||S|400|D|$25.50||200|D|||\n"
"""A sale leaving 200 shares: the previous owned amount the cut row's arithmetic starts from."""


def _read(rows: str):  # noqa: ANN202 - a Form4
    return read_text(MD_FORM4.replace(MD_T1_ROW, rows))


def test_cut_decimals_go_back_to_the_price_when_the_owned_amount_agrees_without_them() -> None:
    """200 - 100 = 100: the owned amount is '100' alone, so the '4' is the price's last decimal
    (was a silent 2,026.1 and an unsure 4,100); the joined price is listed unsure."""
    doc = _read(FIRST + "|Common<br>Stock|04/13/2022|||S|100|D|$2,026.1|4|100|D|||\n")
    t = doc.non_derivative_transactions[1]
    assert t.transaction_price_per_share == Decimal("2026.14")
    assert t.shares_owned_following_transaction == Decimal("100")
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_cut_decimals_without_arithmetic_leave_the_price_unsure() -> None:
    """A first row has no previous owned amount: '$2,026.1' | '4' | '100' may be 2,026.14 and 100 or 2,026.1
    and 4,100; neither is certain, so the price is listed unsure with the owned amount."""
    doc = _read("|Common<br>Stock|04/13/2022|||S|100|D|$2,026.1|4|100|D|||\n")
    t = doc.non_derivative_transactions[0]
    assert t.transaction_price_per_share in (Decimal("2026.1"), Decimal("2026.14"))
    assert doc.extraction is not None
    unsure = doc.extraction.uncertain_fields
    assert "non_derivative_transactions[0].transaction_price_per_share" in unsure
    assert "non_derivative_transactions[0].shares_owned_following_transaction" in unsure


def test_owned_amount_cut_after_its_first_digit_stays_whole_when_the_arithmetic_says_so() -> None:
    """200 + 4,100 = 4,300: the '4' is the owned amount's first digit, the price stays 2,026.1."""
    doc = _read(FIRST + "|Common<br>Stock|04/13/2022|||P|4,100|A|$2,026.1|4|300|D|||\n")
    t = doc.non_derivative_transactions[1]
    assert t.transaction_price_per_share == Decimal("2026.1")
    assert t.shares_owned_following_transaction == Decimal("4300")
