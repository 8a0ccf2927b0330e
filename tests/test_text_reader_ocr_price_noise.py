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


def _t1_price(price: str) -> tuple[Decimal | None, bool]:
    from text_forms import OCR_ROW, ocr_form

    doc = read_text(ocr_form().replace(OCR_ROW, OCR_ROW.replace("$12.50", price)))
    (row,) = doc.non_derivative_transactions
    uncertain = doc.extraction.uncertain_fields if doc.extraction else []
    return row.transaction_price_per_share, "non_derivative_transactions[0].transaction_price_per_share" in uncertain


def test_price_with_its_markers_open_read_as_a_glyph_or_kept_alone() -> None:
    """'$142.2694@)' and '$131.2422(' / '$4.79()': the marker's '(' read as '@' or left without its digit."""
    assert _t1_price("$142.2694@)") == (Decimal("142.2694"), True)
    assert _t1_price("$131.2422(") == (Decimal("131.2422"), True)
    assert _t1_price("$4.79()") == (Decimal("4.79"), True)
