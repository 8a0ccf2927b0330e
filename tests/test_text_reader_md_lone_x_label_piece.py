"""PyMuPDF4LLM markdown: box 5's row with no slice showing 'Director' or '10% O' (a column edge cut
'Di' off and left '10' apart from '% Owner'), an 'X' alone first in one cell and the rest of
'Director' ('rector') first in the next. Typed here in the pattern's shape (seen on the A4 probe
folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and Addr<br>**DOE JOH**|ess of Reporting Person<sup>*</sup><br>**N**|2. Issuer Name and<br>"
         "**WIDGET CORP [ WDGT ]**|5. Relationship of Rep|orting Person(s)||\n"
         "|---|---|---|---|---|---|\n"
         "|(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**SPRINGFIELD IL 62701**<br>"
         "(City) (State) (Zip)|3. Date of Earliest Transaction<br>**05/03/2021**|n<br>**sposed of,**|"
         "X  <br> <br>**or Benefic**|rector<br>10<br>Officer (give titl<br>**ially Owned**|Owner<br>e below)|"
         "<br>Other (speci|\n")


def test_lone_x_first_beside_directors_rest_is_director() -> None:
    doc = read_text(md_header(_HEAD))
    (owner,) = doc.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, False, False, False)


def test_lone_x_not_first_in_its_cell_is_not_lined_up_by_slice() -> None:
    """The X second in its cell, the label cell's slices not lined up with it: no mark is read from
    the slice beside it (the owner's box 5 stays unread, not guessed)."""
    doc = read_text(md_header(_HEAD.replace("|X  <br> <br>", "|<br>X  <br>")))
    (owner,) = doc.reporting_owners
    assert owner.is_director is not True
