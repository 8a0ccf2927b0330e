"""PyMuPDF4LLM markdown: a title's raised marker cut at a guessed column edge on a lower line of
a stacked cell, its rest alone on the same line of the next cell's stack (a shape seen on the
A4 probe folder); typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_marker_rest_beside_its_line_goes_back_and_the_title_is_whole() -> None:
    """A three-line title cut into two stacked cells ('Common<br>Value $0.<br>Share<sup>(1)(2</sup>' |
    'Stock Par<br>10 Per<br><sup>)</sup><br>'): the marker's rest ')' beside the line it was cut from
    closes it there; the title's pieces then go back together and the row is read (it was lost)."""
    row = ("|Common<br>Value $0.<br>Share<sup>(1)(2</sup>|Stock Par<br>10 Per<br><sup>)</sup><br>|08/04/2020||"
           "A|7,195<br>A<br>$0||14,9|59<br>D|||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock Par Value $0.10 Per Share"
    assert t.footnote_ids.get("security_title") == ["F1", "F2"]
    assert (t.transaction_date, t.transaction_shares) == (date(2020, 8, 4), Decimal("7195"))
    assert t.shares_owned_following_transaction == Decimal("14959")
    assert doc.non_derivative_holdings == []
