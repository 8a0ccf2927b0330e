"""OCR: a price whose decimal point was read as a comma, a marker run into it ('$4,940)' for $4.94(10))."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_ROW, ocr_form

_RANGES = ("1. Sold in multiple trades at prices ranging from $4.90 to $4.99, inclusive.\n"
           "2. Sold in multiple trades at prices ranging from $4.85 to $4.96, inclusive.\n")


def _price(price: str, footnotes: str = _RANGES) -> tuple[Decimal | None, bool]:
    doc = read_text(ocr_form(footnotes=footnotes).replace(OCR_ROW, OCR_ROW.replace("$12.50", price)))
    (row,) = doc.non_derivative_transactions
    uncertain = doc.extraction.uncertain_fields if doc.extraction else []
    return row.transaction_price_per_share, "non_derivative_transactions[0].transaction_price_per_share" in uncertain


def test_comma_price_with_a_closing_parenthesis_is_the_price_in_a_range() -> None:
    """'$4,940)': 4,940 lies in no range the footnotes give, 4.94 in two (so no marker is told): 4.94."""
    assert _price("$4,940)") == (Decimal("4.94"), True)


def test_comma_amount_inside_a_range_is_left_as_read() -> None:
    """Ranges of thousands of dollars: '$4,940)' may be the price itself; the comma reading is not taken."""
    ranges = "1. Sold in multiple trades at prices ranging from $4,900.00 to $4,990.00, inclusive.\n"
    assert _price("$4,940)", ranges)[0] != Decimal("4.94")


def test_comma_price_without_a_marker_is_the_price_in_a_range() -> None:
    """'$4,980' (its marker's glyphs gone): 4,980 lies in no range, 4.980 in one: the comma was the point."""
    assert _price("$4,980") == (Decimal("4.98"), True)


def test_comma_price_without_ranges_is_left_as_read() -> None:
    """No price range in the footnotes: nothing tells '$4,980' is not 4,980 dollars."""
    assert _price("$4,980", "1. A gift.\n")[0] == Decimal("4980")
