"""PyMuPDF4LLM: Table II's markers of columns 2 and 6 stacked in one cell under a cut edge."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2


def test_repeated_marker_stacked_under_column_two_is_column_sixs() -> None:
    """'(2)<br>(2)<br>(2)<br>Class A<br>Common<br>Stock' in one cell: the conversion price's marker,
    then the exercisable and expiration dates' (one footnote is never given twice to one field)."""
    row = "|Class B<br>Common<br>Stock|(2)<br>(2)<br>(2)<br>Class A<br>Common<br>Stock|3,683|3,683|I|held by Trust|\n"
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2 + row))
    (h,) = doc.derivative_holdings
    assert h.footnote_ids.get("conversion_or_exercise_price") == ["F2"]
    assert h.footnote_ids.get("exercise_date") == ["F2"] and h.footnote_ids.get("expiration_date") == ["F2"]
    assert (h.underlying_security_title, h.underlying_security_shares) == ("Class A Common Stock", Decimal("3683"))
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("3683"), "I")
