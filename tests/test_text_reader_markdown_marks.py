"""PyMuPDF4LLM markdown: raised footnote markers standing alone in a cell where no value is
printed (shapes seen on the probe folders); each on a small fixture typed here."""

from __future__ import annotations

from section16.readers.text import read_text
from test_text_reader_markdown_cut_title import _MD3, _ROW
from text_forms import MD_FORM4

_T2 = "||**Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)**|||\n"  # noqa: E501
_T2_HEAD = (
    "|1. Title of Derivative<br>Security (Instr. 4)|2. Date Exercisable and Expiration<br>Date (Month/Day/Year)||"
    "3. Title and Amount of Securities<br>Underlying Derivative Security (Instr. 4)||4. Conversion or Exercise<br>"
    "Price of Derivative Security|5. Ownership Form: Direct<br>(D) or Indirect (I) (Instr. 5)|6. Nature of Indirect<br>"
    "Beneficial Ownership (Instr. 5)|\n"
    "||Date Exercisable|Expiration Date|Title|Amount or Number<br>of Shares||||\n")


def test_form3_conversion_price_cell_of_markers_only_keeps_every_marker() -> None:
    """Form 3 Table II: the conversion price column prints no price, only its markers
    ('(1)(2)'): both are the price's footnotes, not the first alone."""
    row = "|Class B Common<br>Stock<sup>(1)</sup>|(1)|(1)|Class A Common<br>Stock|30,000||(1)(2)|D||\n"
    doc = read_text(_MD3.replace("ROW", _ROW).replace(_T2, _T2 + _T2_HEAD + row))
    (h,) = doc.derivative_holdings
    assert h.footnote_ids.get("conversion_or_exercise_price") == ["F1", "F2"]
    assert (h.underlying_security_shares, h.direct_or_indirect_ownership) == (30000, "D")


def test_marker_ruled_off_under_the_date_exercisable_is_the_expiration_dates() -> None:
    """Table II: the date exercisable with its raised marker and, on a line of its own under it in
    the same cell, a plain '(2)' ('05/12/2015<sup>(1)</sup><br>(2)'): the expiration date column
    merged into the cell shows only its footnote; the marker is that column's, not the date's."""
    t2 = "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
    row = ("|Restricted<br>stock<br>units<sup>(1)</sup>|$0|05/12/2014||A|4,801||05/12/2015<sup>(1)</sup><br>(2)|"
           "Common<br>stock|4,801|$0|4,801|D||\n")
    doc = read_text(MD_FORM4.replace(t2, t2 + row))
    (t,) = doc.derivative_transactions
    assert t.footnote_ids.get("exercise_date") == ["F1"]
    assert t.footnote_ids.get("expiration_date") == ["F2"]
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (4801, 4801)


def test_form3_amounts_markers_stop_at_its_cells_edge() -> None:
    """Form 3 Table II: the amount's raised marker, then a marker opening the next cell
    ('30,000<sup>(2)</sup>' | '(1)'): the first is the amount's, the second the conversion
    price's (its column shows only its footnote)."""
    row = "|Class B Common<br>Stock|(1)|(1)|Class A Common<br>Stock|30,000<sup>(2)</sup>|(1)|D||\n"
    doc = read_text(_MD3.replace("ROW", _ROW).replace(_T2, _T2 + _T2_HEAD + row))
    (h,) = doc.derivative_holdings
    assert h.footnote_ids.get("underlying_security_shares") == ["F2"]
    assert h.footnote_ids.get("conversion_or_exercise_price") == ["F1"]
    assert h.direct_or_indirect_ownership == "D"
