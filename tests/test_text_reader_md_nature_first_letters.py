"""PyMuPDF4LLM markdown: a nature of ownership cut at a guessed column edge right after each line's
first letter, those letters stacked under the ownership form's letter ('I<br>B<br>i<br>h' |
'eneficial<br>nterest in<br>eld by' | ...). Typed here in the pattern's shape (seen on the 92% zoom
probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_first_letters_under_the_form_letter_go_back_on_their_lines() -> None:
    row = ("|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I<br>B<br>i<br>h<br>A|eneficial<br>nterest in<br>"
           "eld by<br>ckley Fund|ly owned<br>shares<br>the Roe<br>, L.P.|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_transactions
    assert r.direct_or_indirect_ownership == "I"
    assert (r.nature_of_ownership or "").replace(" ", "") == "Beneficiallyownedinterestinsharesheldbythe" \
        "RoeAckleyFund,L.P."
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].nature_of_ownership" in doc.extraction.uncertain_fields
