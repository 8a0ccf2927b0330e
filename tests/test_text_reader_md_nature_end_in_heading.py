"""PyMuPDF4LLM markdown: the last line of Table I's last nature of ownership printed in Table II's
heading row, as plain slices among the heading's bold pieces ('<br>L.P.<sup>(2)</sup><br>**ns,
convertible**'): it ends that nature (and its marker is the nature's). Typed here in the pattern's
shape (seen on the tuning split and the 92% zoom probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2


def test_nature_end_in_the_heading_row_goes_back_on_the_row() -> None:
    row = "|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|Held by<br>Ackley Partners II,|\n"
    heading = ("||**Table II - Derivative Se**|**curities Acquired, Disposed**|**of, or Beneficially Owned**|"
               "<br>L.P.<sup>(2)</sup><br>**(e.g., puts, calls)**||||\n")
    text = MD_FORM4.replace(MD_T1_ROW, row).replace(MD_T2, heading).replace(
        "1. Held in a brokerage account.", "1. Held in a brokerage account.\n\n2. A partnership.")
    doc = read_text(text)
    (r,) = doc.non_derivative_transactions
    assert r.nature_of_ownership == "Held by Ackley Partners II, L.P."
    assert r.footnote_ids.get("nature_of_ownership") == ["F2"]
