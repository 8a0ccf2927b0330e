"""OCR on a grid: an underlying title wrapped over three lines with its par value on the second
('Common Stock,' / 'par value $0.01' / 'per share'): the last words go on after the par value."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from test_text_reader_ocr_rule_glyphs import _form3
from text_forms import at


def test_ocr_underlying_title_words_wrapped_after_its_par_value() -> None:
    """'per share' wrapped under 'par value $0.01' was put before the par value, so the title ended
    at 'share' and '$0.01' stood as the amount of column 3 in place of 7,575,758."""
    rows = (at((0, "Series H Preferred Stock,   |08/10/2018"), (43, "(4)"), (60, "Common Stock,"), (85, "7,575,758"),
               (110, "$0.33"), (128, "I"), (137, "By BRC Partners"))
            + at((0, "par value $0.01 per share"), (60, "par value $0.01"), (137, "Opportunity Fund, LP"))
            + at((60, "per share")))
    doc = read_text(_form3(rows, "4. No expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("7575758")
    assert row.conversion_or_exercise_price == Decimal("0.33")
