"""PyMuPDF4LLM markdown: an amount's raised markers wrapped onto the line under it
('222<sup>(4)</sup><br>(9)'), the next cell already holding both of column 6's markers ('(2)<br>(2)'):
the wrapped '(9)' is the amount's, not column 6's (two silent footnote errors before). Typed here in
the pattern's shape (seen on the recombined probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2, MD_T2_HEAD


def test_marker_wrapped_under_an_amount_stays_the_amounts() -> None:
    row = ("|Class B<br>Common<br>Stock|(2)|03/04/2020|G|222<sup>(4)</sup><br>(9)|(2)<br>(2)|Class A<br>Common<br>"
           "Stock|222|$0|9,451|I|By LP|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + row))
    (t,) = doc.derivative_transactions
    assert t.footnote_ids.get("transaction_shares") == ["F4", "F9"]
    assert t.footnote_ids.get("exercise_date") == ["F2"]
    assert t.footnote_ids.get("expiration_date") == ["F2"]
