"""PyMuPDF4LLM markdown: several owners' signatures set as a table, an owner's label row also
opening the next owner's name ('** Signature of Reporting Person<br>**BETA FUND ...**' | 'Date<br>
**05/05/2021**') and that name going on in the rows below it: those rows are that owner's, not the
next one's. Typed here in the pattern's shape (seen on the 10 pt probe folder), not copied."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4

_TAIL = "## **Remarks:**\n\n**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n"


def test_rows_after_a_label_row_go_on_with_the_name_it_opened() -> None:
    tail = ("## **Remarks:**\n\n**/s/ John Doe 05/05/2021**\n\n"
            "|** Signature of Reporting Person<br>**BETA FUND, L.P. By: Beta**|Date<br>**05/05/2021**|\n|---|---|\n"
            "|**Partners GP, its general partner**<br>||\n|**By: /s/ Jane Roe**||\n"
            "|** Signature of Reporting Person|Date|\n|**GAMMA LLC By: /s/ Jane**|**05/06/2021**|\n"
            "|**Roe, Manager**||\n|** Signature of Reporting Person|Date|\n\n\nReminder: Report on a separate line.\n")
    doc = read_text(MD_FORM4.replace(_TAIL, tail))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ John Doe", date(2021, 5, 5)),
        ("BETA FUND, L.P. By: Beta Partners GP, its general partner By: /s/ Jane Roe", date(2021, 5, 5)),
        ("GAMMA LLC By: /s/ Jane Roe, Manager", date(2021, 5, 6))]
