"""PyMuPDF4LLM: a title's wrapped last line on the row that also holds Table II's cut heading."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4

_T2 = "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"


def test_wrapped_title_word_with_its_marker_on_the_heading_row() -> None:
    """'|Stock<sup>(2)</sup>|**Tabl**|**e II - Derivati**|...': the wrapped word and its raised marker
    go on with the title above, the heading on a line of its own."""
    rows = ("|Common|06/10/2021||F|77,905|D<br>$0.36|<sup>(3)</sup>||663,203|D|||||\n"
            "|Stock<sup>(2)</sup>|**Tabl**|**e II - Derivati**|**ve Securities Acq **|**uired, Disp**|"
            "**osed of, or Benefi**|**cially Owned**||\n")
    doc = read_text(MD_FORM4.replace(_T2, rows))
    t = doc.non_derivative_transactions[-1]
    assert (t.security_title, t.transaction_date) == ("Common Stock", date(2021, 6, 10))
    assert t.footnote_ids.get("security_title") == ["F2"]
    assert not doc.non_derivative_holdings
