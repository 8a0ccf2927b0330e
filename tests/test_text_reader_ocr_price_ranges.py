"""OCR text: a weighted average price's lost footnote marker told by the footnote whose range of
trade prices holds it (the form's arithmetic, not the smeared glyph)."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW

_RANGES = (
    "Explanation of Responses:\n"
    "1. The price reported is a weighted average price of trades at prices ranging from $10.00 to $10.40.\n"
    "2. The price reported is a weighted average price of trades at prices ranging from $10.30 to $10.60.\n"
    "3. The price reported is a weighted average price of trades at prices ranging from $10.50 to $10.90.\n"
)


def _read(rows: str):
    return read_text(OCR_BOX5.replace(OCR_ROW, rows).replace("Explanation of Responses:\n", _RANGES))


def test_ocr_lost_price_markers_from_overlapping_ranges() -> None:
    """Three prices whose markers OCR smeared or dropped ('$10.35)', '$10.55©)'), the ranges
    overlapping: cited in order and each cited, the markers can only be F1, F2, F3, listed as
    uncertain."""
    doc = _read(
        "Common Stock    05/03/2021     S       1,500     D     $10.35)      8,500     D\n"
        "Common Stock    05/03/2021     S         500     D     $10.55©)     8,000     D\n"
        "Common Stock    05/03/2021     S         100     D     $10.70       7,900     D\n"
    )
    rows = doc.non_derivative_transactions
    assert [r.transaction_price_per_share for r in rows] == [Decimal("10.35"), Decimal("10.55"), Decimal("10.70")]
    assert [r.footnote_ids.get("transaction_price_per_share") for r in rows] == [["F1"], ["F2"], ["F3"]]
    assert doc.extraction is not None
    for k in range(3):
        assert f"non_derivative_transactions[{k}].footnote_ids.transaction_price_per_share" in (
            doc.extraction.uncertain_fields)


def test_ocr_price_range_marker_needs_one_answer() -> None:
    """When the ranges leave a price's marker open (two rows, three footnotes: no order cites them
    all; both ranges hold '$10.35'), it stays unread; one range alone holding a price still names
    its marker, and a marker read as a range that cannot hold the price was misread."""
    doc = _read(
        "Common Stock    05/03/2021     S       1,500     D     $10.35)      8,500     D\n"
        "Common Stock    05/03/2021     S         100     D     $10.80(1)    7,900     D\n"
    )
    a, b = doc.non_derivative_transactions
    assert "transaction_price_per_share" not in a.footnote_ids
    assert b.footnote_ids.get("transaction_price_per_share") == ["F3"]
