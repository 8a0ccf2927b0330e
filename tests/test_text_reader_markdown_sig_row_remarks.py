"""PyMuPDF4LLM markdown: the remarks and a typed signature set in one table row, the signature cut
across its cells and wrapped ('**/s/ Jane Ro**<br>**Doe**' | '**e, as attorney-in-fact fo**' |
'**r John**' | '**05/05/2021**'), the remarks in the row's first cell under a bold 'Remarks:' (a shape
seen on the 10 pt probe folder). Typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4

_TAIL = MD_FORM4[MD_FORM4.index("## **Explanation of Responses:**"):]


def test_signature_pieces_joined_line_by_line_and_the_remarks_apart() -> None:
    tail = ("|**Explanation of Responses:**<br>**Remarks:**<br>Exhibit 24 - Power of Attorney|||**/s/ Jane Ro**<br>"
            "**Doe**|**e, as attorney-in-fact fo**|**r John**|**05/05/2021**|\n\n\n\n** Signature of Reporting "
            "Person \n\nDate \n")
    doc = read_text(MD_FORM4.replace(_TAIL, tail))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Jane Roe, as attorney-in-fact for John Doe", date(2021, 5, 5))]
    assert doc.remarks == "Exhibit 24 - Power of Attorney"
    assert doc.extraction is not None
    assert {"owner_signatures[0].signature_name", "remarks"} <= set(doc.extraction.uncertain_fields)
