"""A price per share printed as a whole number of $100,000 or more ('$783684' for $78.3684): the
text lost the decimal point and cannot say where it went, so the price is kept as read but listed
uncertain rather than given as sure. Typed here in the pattern's shape (seen on the legal-size
probe folder), not copied from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW

_ROW = "|Common<br>Stock|05/03/2021||S|1,500|D|{price}||8,500|D|||\n"
_PATH = "non_derivative_transactions[0].transaction_price_per_share"


def test_whole_six_digit_price_is_listed_uncertain() -> None:
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, _ROW.format(price="$783684")))
    (t,) = doc.non_derivative_transactions
    assert t.transaction_price_per_share == Decimal("783684")
    assert _PATH in doc.extraction.uncertain_fields


def test_ordinary_price_stays_sure() -> None:
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, _ROW.format(price="$78.3684")))
    (t,) = doc.non_derivative_transactions
    assert t.transaction_price_per_share == Decimal("78.3684")
    assert _PATH not in doc.extraction.uncertain_fields
