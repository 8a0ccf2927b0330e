"""PyMuPDF4LLM markdown: an amount cut at a guessed column edge inside its cents, its last digit
opening the next cell ('Stock<br>100.1' | '2 $1,001.23'). Read apart, the lone '2' became the
amount owned following and '100.1' the underlying amount, both given as sure. Typed here in the
pattern's shape (seen on the 10-point font probe folder), not copied from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2, MD_T2_HEAD

_OPTION = ("|Stock<br>Option|$50.55 12/25/2019||M|500<br>12/25/2019|12/25/2019|Common<br>Stock<br>100.1"
           "|2 $1,001.23|3,210.88<br>D||\n")


def test_cents_cut_into_the_next_cell_go_back_on_the_amount() -> None:
    """The digit goes back onto '100.1'; the next column's '3,210.88' is the amount owned following,
    and both amounts in cents where shares are counted stay listed uncertain."""
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + _OPTION))
    (t,) = doc.derivative_transactions
    assert t.underlying_security_shares == Decimal("100.12")
    assert t.shares_owned_following_transaction == Decimal("3210.88")
    unsure = set(doc.extraction.uncertain_fields)
    assert "derivative_transactions[0].underlying_security_shares" in unsure
    assert "derivative_transactions[0].shares_owned_following_transaction" in unsure


def test_whole_amount_beside_a_digit_cell_is_left_alone() -> None:
    """'100.25' already ends in two decimals: the next cell's digit is not glued onto it."""
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + _OPTION.replace("100.1", "100.25")))
    (t,) = doc.derivative_transactions
    assert t.underlying_security_shares != Decimal("100.252")
