"""PyMuPDF4LLM markdown: a Table I row whose nature of ownership is cut into two cells stacking
unequal counts of lines, the ownership form's letter stacked over blank slices ('I<br> <br> <br>':
the nature's lines make the row tall). Typed here in the pattern's shape, not copied from a
document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_nature_cut_in_two_after_a_form_letter_over_blank_slices() -> None:
    row = ("|Common<br>Stock|05/03/2021||G|1,500|D|$0||8,500|I<br> <br> <br> <br>|Beneficial<br>"
           "partnership in<br>held by Ackl<br>L.P.|limited<br>terest in units<br>ey Partners II,|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_transactions
    assert r.direct_or_indirect_ownership == "I"
    assert (r.nature_of_ownership or "").replace(" ", "") == (
        "Beneficiallimitedpartnershipinterestinunitsheldby"
        "AckleyPartnersII,L.P.")
