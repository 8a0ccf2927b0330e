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


def test_officer_label_cut_after_off_still_leads_to_the_title() -> None:
    """The Officer label cut after 'Off' ('X Off<br>**Chief**' | 'icer (give<br>**Operati**' | ...): the
    title under it is read across the cells (it was not, and the flat text's reading mixed box 4's
    date into it)."""
    head = ("|1. Name and Address<br>**DOE JOHN**|2. Issuer Name and Ticker or Trading Symbol<br>"
            "**WIDGET CORP [ WDGT ]**|4. If A<br>**03/07**|mendment, Da<br>**/2025**|Dir<br>X Off<br>**Chief**|"
            "ector<br>icer (give<br>**Operati**|10% Ow<br>title belo<br>**ng Office**|ner<br>w)<br>Other (sp<br>**r**|"
            "ecify below)|\n|---|---|---|---|---|---|---|---|---|\n")
    start = MD_FORM4.index("|1. Name and")
    text = MD_FORM4[:start] + head + MD_FORM4[MD_FORM4.index("|1. Title of"):]
    owner = read_text(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer) == (False, True)
    assert (owner.officer_title or "").replace(" ", "") == "ChiefOperatingOfficer"
