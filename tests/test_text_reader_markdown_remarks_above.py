"""PyMuPDF4LLM markdown: the 'Remarks:' heading printed above 'Explanation of Responses:' (the two
side by side on the form), no numbered footnote under the latter: the text there is the remarks,
and Table II ends at the 'Remarks:' heading (not a line of its last row's title). Typed here in the
pattern's shape (seen on the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2, MD_T2_HEAD

_TAIL = MD_FORM4[MD_FORM4.index("## **Explanation of Responses:**"):]


def test_remarks_heading_above_the_explanation_heading() -> None:
    row = ("|Employee<br>Stock<br>Option|$45.2|04/23/2014|M|6,000|02/01/2012|02/01/2021|Common<br>Stock|6,000|$0|"
           "14,990|D||\n")
    tail = ("\n\n**Remarks:** \n\n**Explanation of Responses:** \n\nTransaction pursuant to a Rule 10b5-1 trading "
            "plan. \n\n**John Doe 04/25/2014** ** Signature of Reporting Person Date \n\nReminder: Report on a "
            "separate line.\n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + row).replace(_TAIL, tail))
    (t,) = doc.derivative_transactions
    assert t.security_title == "Employee Stock Option"
    assert doc.remarks == "Transaction pursuant to a Rule 10b5-1 trading plan."
    assert [s.signature_name for s in doc.owner_signatures] == ["John Doe"]
