"""Positioned OCR: a Form 3 conversion price with what OCR left of its marker after it ('$0.70)')."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from test_text_reader_ocr_rule_glyphs import _form3
from text_forms import at


def test_conversion_price_with_a_markers_close_after_it_is_the_price() -> None:
    """'$0.70)' (the marker '(5)' lost but its ')'): 0.70, uncertain; the amount and D/I as read."""
    rows = (at((0, "Series J Preferred"), (24, "(1)"), (42, "(1)"), (55, "Common Stock"), (83, "1,780,000"),
               (107, "$0.70)"), (128, "D"))
            + at((0, "Stock")))
    doc = read_text(_form3(rows, "1. Convertible at any time; no expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.conversion_or_exercise_price == Decimal("0.70")
    assert row.underlying_security_shares == Decimal("1780000") and row.direct_or_indirect_ownership == "D"
    assert doc.extraction is not None
    assert "derivative_holdings[0].conversion_or_exercise_price" in doc.extraction.uncertain_fields


def test_conversion_price_with_a_digit_in_its_noise_is_left_unread() -> None:
    """'$0.48)2)': a marker's digit among the noise ('(8)(2)' smeared), so the price's own digits are not told
    apart: no price."""
    rows = (at((0, "Series J Preferred"), (24, "(1)"), (42, "(1)"), (55, "Common Stock"), (83, "1,780,000"),
               (107, "$0.48)2)"), (128, "D"))
            + at((0, "Stock")))
    doc = read_text(_form3(rows, "1. Convertible at any time; no expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.conversion_or_exercise_price != Decimal("0.48")
