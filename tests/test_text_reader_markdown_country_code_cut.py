"""PyMuPDF4LLM markdown, several owners: a city line's EDGAR country code cut inside at a cell edge
('GEORGE TOWN, E' | '9 KY1-9008'): the code goes back together ('E9'), so the city line splits
into city, country code and postal code. Typed here in the pattern's shape (seen on the 92% zoom
probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and Address<br>**Acme Holdi**<br>(Last) (First) (Middle)<br>**190 ELGIN AVEN**<br>"
         "|of Reporting Person<sup>*</sup><br>**ngs, Ltd.**<br>**UE**|"
         "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
         "5. Relationship of Reporting Person(s) to Issuer<br>X 10% Owner|\n|---|---|---|---|\n"
         "|(Street)||||\n"
         "|**GEORGE TOWN, E**<br>(City) (State) (Zip)<br>**Roe Richard**<br>(Last) (First) (Middle)<br>"
         "**190 ELGIN AVEN**<br>(Street)<br>**GEORGE TOWN, E**<br>(City) (State) (Zip)"
         "|**9 KY1-9008**<br>**UE**<br>**9 KY1-9008**"
         "|3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|X 10% Owner|\n")


def test_country_code_cut_inside_goes_back_together() -> None:
    doc = read_text(md_header(_HEAD))
    got = sorted((o.rpt_owner_name, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code)
                 for o in doc.reporting_owners)
    assert got == [("Acme Holdings, Ltd.", "GEORGE TOWN", "E9", "KY1-9008"),
                   ("Roe Richard", "GEORGE TOWN", "E9", "KY1-9008")]
