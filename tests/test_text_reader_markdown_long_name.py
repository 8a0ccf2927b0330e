"""PyMuPDF4LLM markdown: one owner whose name runs to several lines, only the first under box 1's
label in the header's first row, the rest opening the next rows' first cell above '(Last) (First)
(Middle)' (a wide page: A4). Typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = """|1. Name and Address of Reporting Person<sup>*</sup><br>**Trust dated 1/1/1990, Acme Bank & John Q.**|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)<br> <br>|
|---|---|---|
|**Public, Jr. as Co-Trustees & Jane R. Public,**<br>**fbo Jane R. Public**|3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|Director<br>10% Owner<br>Officer (give title below)<br>X Other (specify below)<br>|
|(Last) (First) (Middle)|4. If Amendment, Date of Original Filed (Month/Day/Year)|**member of a group**|
|**1 MAIN STREET**<br>(Street)<br>**SPRINGFIELD IL 62701**<br>(City) (State) (Zip)|6. Individual or Joint/Group Filing (Check Applicable Line)<br>X Form filed by One Reporting Person||
"""  # noqa: E501 - extractor lines are as wide as the page


def test_name_lines_past_the_first_rows_edge_go_on_with_the_name() -> None:
    """The name is the three bold lines above '(Last) (First) (Middle)', not the first alone;
    assembled across rows, so uncertain."""
    text = md_header(_HEAD)
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == ("Trust dated 1/1/1990, Acme Bank & John Q. Public, Jr. as Co-Trustees & "
                                    "Jane R. Public, fbo Jane R. Public")
    assert owner.rpt_owner_street1 == "1 MAIN STREET"
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields
