"""OCR'd marks: footnote markers whose digit OCR lost, and what the form still says about them."""

from __future__ import annotations

from section16.readers.text import read_text
from test_text_reader_details import _OCR_ROW, _ocr_form


def _rows(rows: str, footnotes: str) -> str:
    """The OCR'd form with its one Table I row replaced by ``rows`` and ``footnotes`` listed."""
    return _ocr_form(footnotes=footnotes).replace(_OCR_ROW, rows)


def test_smeared_marker_is_the_forms_only_footnote() -> None:
    """A marker OCR smeared onto an amount ('1,500?)') lost its number, but the form lists one
    footnote only: the marker can be no other (uncertain). Its value is read as before."""
    rows = "Common Stock    05/03/2021     S       1,500?)     D     $12.50      8,500     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_shares == 1500
    assert row.footnote_ids.get("transaction_shares") == ["F1"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.transaction_shares" in doc.extraction.uncertain_fields


def test_smeared_marker_with_several_footnotes_gets_no_number() -> None:
    """With two footnotes listed, a smeared marker ('8,500®)') could be either: no number is given."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500®)     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n2. Held directly.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.shares_owned_following_transaction == 8500
    assert "shares_owned_following_transaction" not in row.footnote_ids


def test_a_code_letter_echo_is_not_a_marker() -> None:
    """A code echoed in lower case ('Ss') shows no marker: the only footnote is not given to it."""
    rows = "Common Stock    05/03/2021     Ss      1,500     D     $12.50      8,500     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_code == "S"
    assert "transaction_code" not in row.footnote_ids


def test_smeared_price_marker_still_takes_its_price_range_footnote() -> None:
    """A price whose marker smeared ('$12.50°)') lies in one footnote's weighted-average range:
    the smear read as a marker with its number lost does not stop that inference."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50°)      8,500     D\n"
    notes = ("1. Sold under a Rule 10b5-1 plan.\n"
             "2. The price reported is a weighted average of prices ranging from $12.10 to $12.90.\n")
    doc = read_text(_rows(rows, notes))
    (row,) = doc.non_derivative_transactions
    assert row.footnote_ids.get("transaction_price_per_share") == ["F2"]

