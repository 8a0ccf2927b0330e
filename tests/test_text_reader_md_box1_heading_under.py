"""PyMuPDF4LLM markdown, one owner: the tables' heading stacked under box 1's last label in the same
cell ('(City) (State) (Zip)<br>1. Title of Security (Instr.'), its rest in the next cell under box 1's
pieces ('4)'). That rest is no box's label: the pieces in the cells after it are still box 1's.
Typed here in the pattern's shape (seen on the A4 probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and Address of<br>**ROE JAN**<br>(Last) (First) (Middle)<br>**C/O WIDGET TECH**<br>"
         "**9 HARBOR DRIVE,**<br>(Street)<br>**SPRINGFI**<br>(City) (State) (Zip)<br>1. Title of Security (Instr.|"
         "Reporting Person<sup>*</sup><br>**E**<br>**NOLOGIES HOLD**<br>**SUITE 40**<br>**ELD IL 62701**<br>4)<br>"
         "2. Amount of S|**INGS INC.**<br>2. Issu<br>**Widg**|er Name and Ticker or Trading Symbol<br>"
         "**et Corp [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>X Director|\n"
         "|---|---|---|---|---|\n")


def test_pieces_after_the_heading_rest_under_box_1_are_read() -> None:
    doc = read_text(md_header(_HEAD))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "ROE JANE"
    street = " ".join(x for x in (owner.rpt_owner_street1, owner.rpt_owner_street2) if x)
    assert street.replace(" ", "") == "C/OWIDGETTECHNOLOGIESHOLDINGSINC.9HARBORDRIVE,SUITE40"
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields
