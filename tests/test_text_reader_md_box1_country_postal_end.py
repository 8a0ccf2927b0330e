"""PyMuPDF4LLM markdown, one owner: box 1's lines cut across three cells, the last cell holding fewer
pieces than lines. A city line ending in an EDGAR country code and postal code ('CENTRAL K3 00000')
ended, as one ending in a whole state and ZIP does: the pieces go on the two street lines. Typed
here in the pattern's shape (seen on the 92% zoom probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and Address o<br>**ROE J**|f Reporting Person<sup>*</sup><br>**ANE**|2. Iss<br>**WI**|"
         "uer Name and Ticker or<br>**DGET CORP [ WD**|Trading Symbol<br>**GT ]**||4. Relation<br>(Check all<br>|"
         "ship of Reporting Person(s) to<br>applicable)<br> <br>|Issuer|\n"
         "|---|---|---|---|---|---|---|---|---|\n"
         "|(Last) (First) (Middle)<br>**C/O WIDGET HOLDI**<br>**HARBOUR TOWE**<br>(Street)<br>**CENTRAL K3 000**<br>"
         "(City) (State) (Zip)|**NGS LTD. UNIT 200**<br>**R, 8 QUEEN R**<br>**00**|**8, 12/F,**<br>**OAD**<br>"
         "3. Dat<br>"
         "**05/0**<br>4. If A<br>6. Indi<br>X Fo<br>Fo|e of Event Requiring Sta<br>**3/2021**<br>mendment, Date of Orig"
         "<br>vidual or Joint/Group Fil<br>rm filed by One Rep<br>rm filed byMore tha<br>**Table I - Non-De**|"
         "tement (Month/Day/Ye<br>inal Filed (Month/Day/Y<br>ing (Check Applicable L<br>orting Person<br>"
         "n One ReportingP<br>**rivative Securities**|ar)<br>ear)<br>ine)<br>erson<br>**Beneficial**|"
         "X Direct<br>Officer<br>**ly Owned**|or<br>10% Owner<br>(give title below)<br>Oth|er (specify below)|\n")


def test_pieces_go_on_the_street_lines_when_the_city_line_ended() -> None:
    doc = read_text(md_header(_HEAD))
    (owner,) = doc.reporting_owners
    street = " ".join(x for x in (owner.rpt_owner_street1, owner.rpt_owner_street2) if x)
    assert street.replace(" ", "") == "C/OWIDGETHOLDINGSLTD.UNIT2008,12/FHARBOURTOWER,8QUEENROAD"
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields
