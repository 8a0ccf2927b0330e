"""OCR'd Table II: columns placed from where the scan's headings sit."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from test_text_reader_details import _TABLE2_TITLE, _at, _ocr_form


def test_ocr_table2_ad_column_with_column_6_heading_on_its_own_line() -> None:
    """OCR puts '(A)  (D)' on one heading line (the '(' glued to a rule's bar) and column 6's
    'Exercisable' on the next: the amount's right edge under (D) or (A) places a gift's or an
    'other' row's direction (no code fixes it), listed as uncertain."""
    table2 = _TABLE2_TITLE + (
        _at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
            (86, "6. Date Exercisable and"), (112, "7. Title and Amount"))
        + _at((60, "Code"), (66, "V"), (69, "|(A)"), (76, "(D)"), (100, "Expiration"), (112, "Title"))
        + _at((86, "Exercisable"), (100, "Date"))
        + _at((0, "Stock Options"), (15, "$2.92"), (25, "06/12/2019"), (60, "G"), (75, "18,070"),
              (86, "01/29/2013"), (100, "03/08/2021"), (112, "Common Stock"), (128, "18,070"),
              (138, "$0"), (146, "0"), (156, "D"))
        + _at((0, "Stock Options"), (15, "$2.92"), (25, "06/12/2019"), (60, "J"), (68, "5,000"),
              (86, "01/29/2013"), (100, "03/08/2021"), (112, "Common Stock"), (128, "5,000"),
              (138, "$0"), (146, "5,000"), (156, "D"))
    )
    doc = read_text(_ocr_form(table2, "1. Gift.\n"))
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    gift, other = doc.derivative_transactions
    assert gift.transaction_shares == Decimal("18070") and gift.transaction_acquired_disposed_code == "D"
    assert other.transaction_shares == Decimal("5000") and other.transaction_acquired_disposed_code == "A"
    unsure = doc.extraction.uncertain_fields
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in unsure
    assert "derivative_transactions[1].transaction_acquired_disposed_code" in unsure
