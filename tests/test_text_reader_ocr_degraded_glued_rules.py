"""A poor scan's OCR of a table row: the rule before the date read as a bracket or a bar glued to it
('[07/08/2020', '|07/08/2020'), a four-place price's decimal point read as a comma ('$24,7685')."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import at, ocr_form


def test_date_after_a_rule_glyph_is_the_rows_date() -> None:
    """'Common Stock | [07/08/2020 | S | 794 | D | $24.76 | 7,706 | D': the row's date, not a holding's words."""
    for glyph in ("[", "|"):
        row = at((0, "Common Stock"), (16, f"{glyph}05/04/2021"), (31, "S"), (39, "794"), (47, "D"),
                 (55, "$24.76"), (67, "7,706"), (77, "D"))
        doc = read_text(ocr_form(row))
        assert not doc.non_derivative_holdings
        assert [r.transaction_date for r in doc.non_derivative_transactions] == [date(2021, 5, 3), date(2021, 5, 4)]
        assert doc.non_derivative_transactions[1].transaction_shares == Decimal(794)


def test_four_place_price_with_a_comma_for_its_point() -> None:
    """'$24,7685': a comma group holds three digits, so the comma is the decimal point."""
    row = at((0, "Common Stock"), (16, "05/04/2021"), (31, "S"), (39, "794"), (47, "D"), (55, "$24,7685"),
             (67, "7,706"), (77, "D"))
    doc = read_text(ocr_form(row))
    assert doc.non_derivative_transactions[1].transaction_price_per_share == Decimal("24.7685")
