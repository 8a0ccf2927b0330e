"""PyMuPDF4LLM cells cut at guessed column edges inside a price: the price's tail in the next cell."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2


def test_table2_price_cut_before_its_cents() -> None:
    """Table II's price cut at an edge before its cents ('$42' | '.85<br>11,792'): no amount starts
    with '.', so the cents are the price's and the owned amount under them stays whole."""
    row = "|Phantom<br>Stock|(1)|03/01/2019||A|1,500|(1)|(1)|Common<br>Stock|1,500|$42|.85<br>11,792|I|By SERP|\n"
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2 + row))
    (t,) = doc.derivative_transactions
    assert t.transaction_price_per_share == Decimal("42.85")
    assert (t.shares_owned_following_transaction, t.direct_or_indirect_ownership) == (Decimal("11792"), "I")
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_table1_price_cut_before_its_last_decimal() -> None:
    """Table I's price cut after three decimals, its last digit and marker in the next cell
    ('$0.362' | '1(1)' | '663,203' | 'D'): the digit is the price's, the owned amount comes after."""
    row = "|Common<br>Stock|06/10/2021||F|77,905|D<br>$0.362|1<sup>(1)</sup>||663,203|D|||\n"
    text = MD_FORM4.replace(MD_FORM4.splitlines()[8] + "\n", row)
    doc = read_text(text)
    (t,) = doc.non_derivative_transactions
    assert t.transaction_price_per_share == Decimal("0.3621")
    assert t.footnote_ids.get("transaction_price_per_share") == ["F1"]
    assert t.shares_owned_following_transaction == Decimal("663203")
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_table1_owned_amount_cut_after_its_first_digit_stays_the_owned_amount() -> None:
    """An owned amount cut after its first digit ('$12.50' | '8' | '5,000' | 'D'): the adjacent
    pieces are one amount, not the price's decimals."""
    row = "|Common<br>Stock|06/10/2021||S|1,500|D|$12.50|8|5,000|D|||\n"
    text = MD_FORM4.replace(MD_FORM4.splitlines()[8] + "\n", row)
    (t,) = read_text(text).non_derivative_transactions
    assert t.transaction_price_per_share == Decimal("12.50")
    assert t.shares_owned_following_transaction == Decimal("85000")


def test_table1_price_cut_after_one_decimal_keeps_its_three_last_digits() -> None:
    """Table I's price cut after one decimal, its last three digits and marker in the next cell
    ('$141.8' | '411(1)' | '' | '12,165.0' | 'D'): the digits complete it to 4 places (was a silent
    141.8, the owned amount lost)."""
    row = "|Common<br>Stock|02/20/2020||S|581.0<br>|D<br>$141.8|411<sup>(1)</sup>||12,165.0|D|||\n"
    text = MD_FORM4.replace(MD_FORM4.splitlines()[8] + "\n", row)
    doc = read_text(text)
    (t,) = doc.non_derivative_transactions
    assert t.transaction_price_per_share == Decimal("141.8411")
    assert t.footnote_ids.get("transaction_price_per_share") == ["F1"]
    assert t.shares_owned_following_transaction == Decimal("12165.0")
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields
