"""PyMuPDF4LLM: a title's wrapped last line on the row that also holds Table II's cut heading."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2


def test_wrapped_title_word_with_its_marker_on_the_heading_row() -> None:
    """'|Stock<sup>(2)</sup>|**Tabl**|**e II - Derivati**|...': the wrapped word and its raised marker
    go on with the title above, the heading on a line of its own."""
    rows = ("|Common|06/10/2021||F|77,905|D<br>$0.36|<sup>(3)</sup>||663,203|D|||||\n"
            "|Stock<sup>(2)</sup>|**Tabl**|**e II - Derivati**|**ve Securities Acq **|**uired, Disp**|"
            "**osed of, or Benefi**|**cially Owned**||\n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    t = doc.non_derivative_transactions[-1]
    assert (t.security_title, t.transaction_date) == ("Common Stock", date(2021, 6, 10))
    assert t.footnote_ids.get("security_title") == ["F2"]
    assert not doc.non_derivative_holdings


def test_wrapped_title_word_stacked_atop_table_two_column_headings() -> None:
    """'|Stock<br>1. Title of<br>Derivative ...|**Table II -**<br>2. ...': the word atop the column
    headings' first cell is the title's wrapped last line, not a heading."""
    rows = ("|Common|07/15/2020||P|1,431|A|$11.74||3,862|I||Spouse|\n"
            "|Stock<br>1. Title of<br>Derivative<br>Security<br>(Instr. 3)|**Table II -**<br>2.<br>Conversion|"
            "**Derivative Secu**<br>3. Transaction<br>Date|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    t = doc.non_derivative_transactions[-1]
    assert (t.security_title, t.transaction_date, t.nature_of_ownership) == (
        "Common Stock", date(2020, 7, 15), "Spouse")
