"""PyMuPDF4LLM markdown: a remark holding a date ('... issued 9/30/2019') above the signature's
bold date and bold name (the date printed before the name, as a wider page sets them): the plain
remark is not a second signature. Typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4

_TAIL = "## **Remarks:**\n\n**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n"


def test_remark_with_a_date_is_not_a_signature() -> None:
    """Remarks 'J - 3 for 2 stock split issued 9/30/2019', then '**05/05/2021**', then the bold
    '/s/ John Doe' over the label: one signature (the bold one, its bold date), and the remark kept
    as the remarks."""
    tail = ("**Remarks:** \n\nJ - 3 for 2 stock split issued 9/30/2019 \n\n**05/05/2021** \n\n"
            "### **/s/ John Doe, Attorney in Fact** \n\n** Signature of Reporting Person \n\nDate \n")
    doc = read_text(MD_FORM4.replace(_TAIL, tail))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ John Doe, Attorney in Fact", date(2021, 5, 5))]
    assert doc.remarks == "J - 3 for 2 stock split issued 9/30/2019"
    assert doc.extraction is not None
    assert "owner_signatures[0].signature_name" in doc.extraction.uncertain_fields


def test_two_owners_signatures_are_both_kept() -> None:
    """Two bold signatures, each with its date: both kept as read (the rule above only drops a
    plain remark)."""
    tail = ("**Remarks:** \n\nSee exhibit 99 filed 9/30/2019 \n\n**/s/ John Doe 05/05/2021** \n\n"
            "** Signature of Reporting Person Date \n\n**/s/ Jane Roe 05/06/2021** \n\n"
            "** Signature of Reporting Person Date \n")
    doc = read_text(MD_FORM4.replace(_TAIL, tail))
    names = [s.signature_name for s in doc.owner_signatures]
    assert "/s/ John Doe" in names and "/s/ Jane Roe" in names
