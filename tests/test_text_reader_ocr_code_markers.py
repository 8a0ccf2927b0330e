"""OCR text: a transaction code whose several raised markers smeared into one token with it."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW


def test_ocr_code_with_several_markers_smeared() -> None:
    """'JOAE)' for J(1)(2)(3): a code letter and up to five glyphs ending in a marker's ')' in the
    code's place (the amount next) is the code; the amount stays the amount, not the price. A word
    in lower case ending in ')' is no smear of its first letter."""
    rows = (
        "Common Stock    11/01/2021     JOAE)       2,000     A               2,999     D\n"
        "Common Stock    11/01/2021     Stock)      1,000     A     $4.00     3,999     D\n"
    )
    text = OCR_BOX5.replace(OCR_ROW, rows).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n1. A.\n2. B.\n3. C.\n")
    doc = read_text(text)
    j, word = doc.non_derivative_transactions
    assert (j.transaction_code, j.transaction_shares, j.transaction_acquired_disposed_code) == (
        "J", Decimal("2000"), "A")
    assert j.transaction_price_per_share is None
    assert word.transaction_code != "S"  # (not read from 'Stock)'; the row's rules may infer one)
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_stray_stroke_before_the_code_letter() -> None:
    """'iS': a stroke OCR read as an 'i' before the code's capital: the code is S, not I."""
    rows = "Common Stock    10/02/2021     iS          532     D     $34.46      16,138     D\n"
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("S", Decimal("532"))
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields
