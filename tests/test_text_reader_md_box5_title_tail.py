"""PyMuPDF4LLM: box 5's officer title cut across cells on the row that also holds the tables'
heading cut the same way."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4


def test_title_pieces_stop_where_the_heading_goes_on_alone() -> None:
    """'X Of<br>**EVP,**<br>**or Beneficia**' | 'ficer (giv<br>**COO**<br>**lly Owne**' | 'e title below<br>
    **d**': the lone 'd' finishes the heading ('Owne' + 'd'), not the title; a cut after the title's
    comma fell on its space."""
    head = ("|1. Name and Address<br>**DOE JOHN**|2. Issuer Name and Ticker or Trading Symbol<br>"
            "**WIDGET CORP [ WDGT ]**|5. Rel<br>(Chec<br>Di<br>X Of<br>**EVP,**<br>**or Beneficia**|"
            "ationship o<br>k all applic<br>rector<br>ficer (giv<br>**COO**<br>**lly Owne**|"
            "f Reporting P<br>able)<br>10% Own<br>e title below<br>**d**|erson(s) to Issuer<br>er<br>)<br>"
            "Other (spe|cify below)|\n|---|---|---|---|---|---|\n")
    start = MD_FORM4.index("|1. Name and")
    text = MD_FORM4[:start] + head + MD_FORM4[MD_FORM4.index("|1. Title of"):]
    owner = read_text(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer) == (False, True)
    assert owner.officer_title == "EVP, COO"
