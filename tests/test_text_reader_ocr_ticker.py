"""OCR: a short bracketed ticker may be a longer one that lost a narrow glyph, so it is listed uncertain."""

from section16.readers.text import read_text
from text_forms import ocr_form


def test_ocr_two_letter_ticker_is_uncertain() -> None:
    doc = read_text(ocr_form().replace("WIDGET CORP [ WDGT ]", "WIDGET CORP [ WD ]"))
    assert doc.issuer.issuer_trading_symbol == "WD"
    assert "issuer.issuer_trading_symbol" in doc.extraction.uncertain_fields


def test_ocr_four_letter_ticker_stays_sure() -> None:
    doc = read_text(ocr_form())
    assert doc.issuer.issuer_trading_symbol == "WDGT"
    assert "issuer.issuer_trading_symbol" not in doc.extraction.uncertain_fields
