"""PyMuPDF4LLM: box 1's street printed on one line in the form and wrapped at the cell's edge onto
three lines: the lines past the first are the second street line, joined (which line wrapped is
unsure), a comma ending a wrapped line kept."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header


def test_street_wrapped_onto_three_lines_across_two_header_rows() -> None:
    """The third street line opens the next header row, above '(Street)': it is kept, after the
    second line's comma."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ROE ANN**|2. Issuer Name and Ticker or "
            "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
            "|---|---|---|\n"
            "|(Last) (First) (Middle)<br>**C/O ACME HOLDINGS**<br>**ACQUISITION CORP. 200 MAIN COURT,**<br>|"
            "3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|X Director|\n"
            "|**19TH FLOOR**<br>(Street)<br>**DALLAS TX 75201**<br>(City) (State) (Zip)|"
            "6. Individual or Joint/Group Filing (Check Applicable Line)||\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_street1, o.rpt_owner_street2) == (
        "C/O ACME HOLDINGS", "ACQUISITION CORP. 200 MAIN COURT, 19TH FLOOR")
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("DALLAS", "TX", "75201")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street2" in doc.extraction.uncertain_fields


def test_street_wrapped_onto_three_lines_in_one_stacked_cell() -> None:
    """Three bold street lines stacked in box 1's cell above '(Street)', the cell running on into
    boxes 3 and 6: the third line is not dropped."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**Roe Ann M.**<br> <br>2. Issuer Name and "
            "Ticker o<br>**Widget Corp [ WDGT ]**|r Trading Symbol|4. Relati<br>(Check a<br>Dire|"
            "onship of Reporting Person(s) to I<br>ll applicable)<br>tor<br>X 10% Owner|ssuer|\n"
            "|---|---|---|---|---|\n"
            "|(Last) (First) (Middle)<br>**C/O WIDGET PRIVATE VENTURE**<br>**CREDIT INC., 2755 HILL ROAD,**<br>"
            "**SUITE 150**<br>(Street)<br>**MENLO PARK CA 94025**<br>(City) (State) (Zip)<br>"
            "3. Date of Event Requiring S<br>**06/09/2020**|tatement (Month/Day/|Year)|X<br>Offic|er|\n")
    doc = read_text(md_header(rows))
    o = doc.reporting_owners[0]
    assert f"{o.rpt_owner_street1} {o.rpt_owner_street2}" == (
        "C/O WIDGET PRIVATE VENTURE CREDIT INC., 2755 HILL ROAD, SUITE 150")
    assert o.rpt_owner_city == "MENLO PARK"
