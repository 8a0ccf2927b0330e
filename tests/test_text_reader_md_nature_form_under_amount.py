"""PyMuPDF4LLM markdown: a nature of ownership cut into two cells stacking the same lines ('By DM In<br>
Aggregat' | 'dividual<br>or, LLC'), the form's letter stacked under the amount's end in the cell
before ('2,388' | ',691<br>I'), maybe with an empty last line a heading split out of the row left
('Aggregat<br>'): the lines are put back line by line. Typed here in the pattern's shape (seen on the
legal-size probe folder), not copied from a document."""

from __future__ import annotations

import pytest

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


@pytest.mark.parametrize("tail", ["", "<br>"])
def test_nature_cut_in_two_after_a_form_letter_under_an_amount(tail: str) -> None:
    row = (f"|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|2,388|,691<br>I{tail}|By Roe In<br>Trust{tail}|"
           f"come<br>, LLC{tail}|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_transactions
    assert r.nature_of_ownership == "By Roe Income Trust, LLC"
