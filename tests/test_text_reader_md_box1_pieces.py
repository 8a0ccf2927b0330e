"""PyMuPDF4LLM: box 1's lines cut across cells, a later cell's pieces put on the lines that reached
the edge of the cell before it."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header


def test_a_whole_city_line_sets_no_width_bar_for_the_street_pieces() -> None:
    """Two pieces past the labels' end ('ONICS, INC. 200', ', SUITE 500'), four lines: the city line
    ended with its state and ZIP whole ('N TX 78701'), so its width does not make the name line look
    like one that reached the edge: the pieces are the street lines', the name stays whole."""
    rows = ("|1. Name an<br>**Roebuc**<br>(Last) (First)<br>**C/O ACM**<br>**EAST LO**<br>(Street)<br>**AUSTI**<br>"
            "(City) (State)|d Address of R<br>**k Annabel**<br>(Middle)<br>**WIDGETR**<br>**OP NORTH**<br>"
            "**N TX 78701**<br>(Zip)|eporting Person<sup>*</sup><br>**ONICS, INC. 200**<br>**, SUITE 500**<br>"
            "2. Issuer<br>**WIDGET CO**|Name and Ticker or<br>**RP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|---|---|\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert o.rpt_owner_name == "Roebuck Annabel"
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("AUSTIN", "TX", "78701")
    assert "SUITE 500" in f"{o.rpt_owner_street1} {o.rpt_owner_street2}"


def test_foreign_city_line_cut_before_its_country_code() -> None:
    """One owner abroad, the city line cut right before its EDGAR country code ('CENTRAL' | 'K3
    00000'): the pieces join without the space the edge fell on, yet the line is still city, code
    and postal code (the box was read from the flat text instead: street '(Zip)', city with box 3's
    date)."""
    rows = ("|1. Name and<br>**LANGHAM**|Address of Reporting Person<sup>*</sup><br>**MER FRED**<br>2. Issuer<br>"
            "**WIDGET CO**|Name and Tick<br>**RP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
            "|---|---|---|---|\n"
            "|(Last) (First) (<br>**C/O D8 HO**<br>**CHAMPIO**<br>(Street)<br>**CENTRAL**<br>(City) (State) (|"
            "Middle)<br>**LDINGS CORP. UNIT 1008, 10/F,**<br>**N TOWER, 3 GARDEN ROAD**<br>**K3 00000**<br>Zip)<br>"
            "3. Date o<br>**04/23/2**|f Earliest Trans<br>**014**|X Director|\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("CENTRAL", "K3", "00000")
    assert (o.rpt_owner_street1 or "").replace(" ", "") == "C/OD8HOLDINGSCORP.UNIT1008,10/F"


def test_box2_stacked_under_the_name_in_box1_first_cell() -> None:
    """Box 2's label stacked under the owner's name in box 1's first cell ('**Dunn Craig E**<br>2. Issuer
    Name ...'), box 1's label lines opening the next row: box 1 goes on there, so the street and city
    are read from the cells (the flat text gave the street '10% Owner')."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**Dunn Craig E**<br>"
            "2. Issuer Name and Ticker o<br>**WIDGET CO**|r Trading Symbol<br>**RP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to Issuer<br>"
            "(Check all applicable)<br> <br>|\n|---|---|---|\n"
            "|(Last) (First) (Middle)<br>**9693 WEST FARM ROAD 156**<br>(Street)<br>**REPUBLIC MO 65738**<br>"
            "(City) (State) (Zip)<br>3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**||"
            "Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)|\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1) == ("Dunn Craig E", "9693 WEST FARM ROAD 156")
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("REPUBLIC", "MO", "65738")


def test_city_piece_with_its_state_and_a_cut_zip_goes_on_the_city_line() -> None:
    """Fewer pieces than lines, the last ending in a state and the first digits of a ZIP ('RK NY 1017',
    its last digit in the next cell): it goes on the city line ('NEW YO' + 'RK NY 1017' + '1'), not on
    a street line that ended ('13TH FL.')."""
    rows = ("|1. Name an<br>**Bell Sand**|d Address of Re<br>**ra**|porting Person<sup>*</sup><br>2. Issuer<br>"
            "**WIDGET CO**|Name and Ticker or Trading S<br>**RP [ WDGT ]**|5. Relationship|\n|---|---|---|---|---|\n"
            "|(Last) (First) (<br>**C/O TIPT**<br>**13TH FL.**<br>(Street)<br>**NEW YO**<br>(City) (State)|Middle)<br>"
            "**REE INC. 2**<br>**RK NY 1017**<br>(Zip)|**99 PARK AVENUE,**<br>**1**<br>3. Date of<br>**05/03/2**|"
            "Earliest Transaction (Month/D<br>**021**|X Director|\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_street1 or "").replace(" ", "").rstrip(",") == "C/OTIPTREEINC.299PARKAVENUE"
    assert o.rpt_owner_street2 == "13TH FL."
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("NEW YORK", "NY", "10171")


def test_box2_stacked_under_the_name_label_in_box1_first_cell() -> None:
    """Box 2 stacked under the owner's name and its '(Last) (First) (Middle)' label in box 1's first
    cell, the street and city lines opening the next row: box 1 goes on there (it was read from the
    flat text, the issuer's name and box 5's labels mixed into the street)."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**Roe Ann**<br>(Last) (First) (Middle)<br>"
            "2. Issuer Name and Ticker o<br>**WIDGET CO**|r Trading Symbol<br>**RP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to<br>(Check all applicable)<br>Director<br>10% Owner|Issuer|\n"
            "|---|---|---|---|\n"
            "|**333 W. WACKER DRIVE**<br>(Street)<br>**CHICAGO IL 60606**<br>(City) (State) (Zip)<br>"
            "3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**||X Officer (give title below)|\n")
    doc = read_text(md_header(rows))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1) == ("Roe Ann", "333 W. WACKER DRIVE")
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == ("CHICAGO", "IL", "60606")
