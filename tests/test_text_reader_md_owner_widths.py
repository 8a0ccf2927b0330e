"""PyMuPDF4LLM, several owners: box 1's lines cut across three cells, the last cell's pieces put
on the lines whose piece in the middle cell filled it to its edge (widths as printed)."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4

_BOX1 = MD_FORM4.splitlines()[4] + "\n|---|---|---|---|\n"

_HEADER = (
    "|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>"
    "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|\n"
    "|<br>**DOE JANE**<br>(Last) (First) (Middle)<br>**1 ELM STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
    "(City) (State) (Zip)||X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)<br>"
    "Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)|\n\n\n"
    "|**ROE RI**<br>(Last) (First) (<br>**OHIO NAT**<br>**Attn: Jill Smit**<br>(Street)<br>**CINCINNA**<br>"
    "(City) (State) (|**CHARD Investment**<br>Middle)<br>**IONAL FINANCIAL**<br>**h, Fifth Fl**<br>"
    "**TI OH 45226**<br>Zip)|**Management**<br>**SERVICES, INC.**|\n|---|---|---|\n"
)


def test_last_cell_pieces_go_on_the_lines_that_filled_the_middle_cell() -> None:
    """The last cell's two pieces ('Management', 'SERVICES, INC.') go on the name and the first
    street line, whose middle pieces are the widest ('CHARD Investment', 'IONAL FINANCIAL'), not on
    the street line whose piece ended short of the edge ('h, Fifth Fl': more letters in the whole
    line than the name's, but narrow ones)."""
    doc = read_text(MD_FORM4.replace(_BOX1, _HEADER))
    got = [(o.rpt_owner_name, " ".join(x for x in (o.rpt_owner_street1, o.rpt_owner_street2) if x))
           for o in doc.reporting_owners]
    assert len(got) == 2
    assert got[0] == ("DOE JANE", "1 ELM STREET")
    name, street = got[1]
    assert (name or "").replace(" ", "") == "ROERICHARDInvestmentManagement"
    assert street.replace(" ", "") == "OHIONATIONALFINANCIALSERVICES,INC.Attn:JillSmith,FifthFl"
    assert doc.extraction is not None
    assert "reporting_owners[1].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_table_heading_start_cut_into_the_last_cell_is_no_piece() -> None:
    """The tables' heading cut into the header's last row, its first letter at the end of box 1's
    last cell ('**T**', the next cell going on '**able I - Non-Derivative Se**'): it is no line's
    piece, so the pieces before it still go on their own lines."""
    header = _HEADER.replace("**SERVICES, INC.**|\n", "**SERVICES, INC.**<br>**T**|3. Date of Earliest Transaction"
                             "<br>**05/21/2020**<br>**able I - Non-Derivative Se**|\n").replace(
        "|\n|---|---|---|\n", "|\n|---|---|---|---|\n", 2)
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    got = [(o.rpt_owner_name, " ".join(x for x in (o.rpt_owner_street1, o.rpt_owner_street2) if x))
           for o in doc.reporting_owners]
    assert len(got) == 2
    name, street = got[1]
    assert (name or "").replace(" ", "") == "ROERICHARDInvestmentManagement"
    assert street.replace(" ", "") == "OHIONATIONALFINANCIALSERVICES,INC.Attn:JillSmith,FifthFl"


def test_street_label_cut_after_its_first_letter_at_a_row_edge() -> None:
    """Several owners: an owner's '(Street)' label cut at a row's edge after its first letter ('S'
    ending one row, '(treet)' opening the next): the label still ends the street lines, so the
    owner and those after it are read (the reading stopped at the 'S')."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|\n"
              "|<br>**DOE JANE**<br>(Last) (First) (Middle)<br>**1 ELM STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
              "(City) (State) (Zip)||X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)|\n"
              "|**ROE RICHARD**<br>(Last) (First) (Middle)<br>**200 MAIN STREET**<br>S||Director<br>X 10% Owner<br>"
              "Officer (give title below)<br>Other (specify below)|\n"
              "|(treet)<br>**BOSTON MA 02116**<br>(City) (State) (Zip)<br>**POE ANN**<br>(Last) (First) (Middle)<br>"
              "**9 OAK ROAD**<br>(Street)<br>**AUSTIN TX 78730**<br>(City) (State) (Zip)||Director<br>X 10% Owner<br>"
              "Officer (give title below)<br>Other (specify below)|\n")
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    got = [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city) for o in doc.reporting_owners]
    assert got == [("DOE JANE", "1 ELM STREET", "OMAHA"), ("ROE RICHARD", "200 MAIN STREET", "BOSTON"),
                   ("POE ANN", "9 OAK ROAD", "AUSTIN")]


def test_foreign_city_piece_goes_on_the_city_line_not_the_next_name() -> None:
    """A row opening with the rest of the previous owner's foreign city line ('COPENHAG', its piece
    'EN O G7 2100': EDGAR country code and postal code) then the next owner's name: the piece goes
    on the city line (it went on the name: 'Helgason DEN O G7 2100')."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|\n"
              "|<br>**OTEE 2020 ApS**<br>(Last) (First) (Middle)<br>**STOCKHOLMSGADE 45**<br>(Street)||X Director<br>"
              "10% Owner<br>Officer (give title below)<br>Other (specify below)|\n"
              "|**COPENHAG**<br>(City) (State) (Zi<br>**Helgason D**<br>(Last) (First) (Mi<br>**C/O UNITY**<br>"
              "**STREET**<br>(Street)<br>**SAN FRANC**<br>(City) (State) (Zi|**EN O G7 2100**<br>p)<br>**avid**<br>"
              "ddle)<br>**SOFTWARE INC**<br>**ISCO CA 94103**<br>p)|"
              "|X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)|\n")
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    got = [(o.rpt_owner_name, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code)
           for o in doc.reporting_owners]
    assert got == [("OTEE 2020 ApS", "COPENHAGEN O", "G7", "2100"), ("Helgason David", "SAN FRANCISCO", "CA", "94103")]


def test_last_owner_as_a_paragraph_with_an_underlined_label() -> None:
    """The last owner's lines printed as a paragraph after the table ('(Last) (First) (Middle) **...**
    (Street) **...** <u>(City) (State) (Zip)</u>', a rule under the label read as an underline): the
    underline is no text, so the owner is read (it was lost)."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|\n"
              "|<br>**DOE JANE**<br>(Last) (First) (Middle)<br>**1 ELM STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
              "(City) (State) (Zip)<br>**ROE RICHARD**||X Director<br>10% Owner<br>Officer (give title below)<br>"
              "Other (specify below)<br>Director<br>X 10% Owner<br>Officer (give title below)<br>"
              "Other (specify below)|\n"
              "\n\n\n(Last) (First) (Middle) **200 MAIN STREET** (Street) **BOSTON MA 02116** "
              "<u>(City) (State) (Zip)</u> \n\n")
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    got = [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city) for o in doc.reporting_owners]
    assert got == [("DOE JANE", "1 ELM STREET", "OMAHA"), ("ROE RICHARD", "200 MAIN STREET", "BOSTON")]
