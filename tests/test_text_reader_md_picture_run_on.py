"""PyMuPDF4LLM markdown: a page region taken for a picture opens with the last lines of the nature
of ownership of the table row right above it ('Ackley Partners II,<br>L.P.<br>Class B ...'): they
end that row's nature, not the picture's first row's title. Typed here in the pattern's shape (seen
on the 92% zoom probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_picture_opening_with_the_natures_last_lines() -> None:
    row = ("|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|Held in<br>trust by<br>Ackley<br>Partners|\n\n\n"
           "<!-- Start of picture text -->\n"
           "Fund II,<br>L.P.<br>Common Stock 05/04/2021 G 100 D $0 8,400 D<br><!-- End of picture text -->\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    rows = doc.non_derivative_transactions
    assert [r.security_title for r in rows] == ["Common Stock", "Common Stock"]
    assert rows[0].nature_of_ownership == "Held in trust by Ackley Partners Fund II, L.P."
    assert rows[1].shares_owned_following_transaction is not None
