"""PyMuPDF4LLM markdown (cells cut at guessed column edges, <br>-stacked boxes, bold slices):
patterns of the corpus' markdown the reader reads, each on a small fixture typed here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from section16.readers.text import read_text

_MD = """**FORM 4**

# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**

|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|
|---|---|---|---|
|1. Title of<br>Security (Instr. 3)|2. Transaction Date<br>(Month/Day/Year)|2A. Deemed Execution<br>Date, if any|3. Transaction<br>Code (Instr. 8)|4. Securities Acquired (A) or Disposed Of (D)|5. Amount of Securities Beneficially Owned|6. Ownership Form|7. Nature of Indirect Beneficial Ownership|
|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||
|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||
|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||

## **Explanation of Responses:**

FOOTNOTES

## **Remarks:**

**/s/ John Doe** ** Signature of Reporting Person Date

**05/05/2021**
"""  # noqa: E501 - extractor lines are as wide as the page


def test_footnotes_run_together_on_one_line_are_cut_at_the_next_number() -> None:
    """PyMuPDF4LLM joined footnotes 2 and 3 into footnote 1's paragraph ('... account. 2. The
    price ...'): each is cut out at its number, in sequence, and marked uncertain; a number
    that is not the next one ('Section 16. ') stays in the text."""
    text = _MD.replace("FOOTNOTES", "1. Held in a brokerage account under Section 16. The account is old. 2. The "
                       "price is a weighted average. 3. Sold at prices from $12.00 to $13.00, inclusive.\n\n"
                       "4. Not a run-on.")
    doc = read_text(text)
    assert [(f.id, f.text) for f in doc.footnotes] == [
        ("F1", "Held in a brokerage account under Section 16. The account is old."),
        ("F2", "The price is a weighted average."),
        ("F3", "Sold at prices from $12.00 to $13.00, inclusive."),
        ("F4", "Not a run-on."),
    ]
    assert doc.extraction is not None
    assert {"footnotes[0].text", "footnotes[1].text", "footnotes[2].text"} <= set(doc.extraction.uncertain_fields)
    assert doc.non_derivative_transactions[0].transaction_shares == Decimal("1500")
    assert doc.owner_signatures[0].signature_date == date(2021, 5, 5)


def test_table2_heading_cut_into_table1_row_with_its_date() -> None:
    """PyMuPDF4LLM printed Table II's heading as bold slices under Table I's last row, its
    first slice only '**Tab**', and cut the row's date across two cells ('01/' | '02/2020'):
    the heading goes on a line of its own and the row reads whole."""
    row = ("|Common<br>(Limited P<br>Interests)|Units<br>artner<br>01/<br>**Tab**|02/2020<br>**le II - Derivative**|"
           "**Securities Acquir**|F<br>948<br>D<br>**ed, Disposed of, or Beneficially Owne**|$25.71<br>**d (e.g., pu**|"
           "**ts, calls, warran**|8,<br>**ts, options,**|925<br>**con**|D<br>**vertible secu**|**rities)**||\n")
    text = _MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n"
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", row)
    doc = read_text(text)
    assert not doc.non_derivative_holdings
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Common Units (Limited Partner Interests)"
    assert (tx.transaction_date, tx.transaction_code) == (date(2020, 1, 2), "F")
    assert (tx.transaction_shares, tx.transaction_acquired_disposed_code) == (Decimal("948"), "D")
    assert tx.transaction_price_per_share == Decimal("25.71")
    assert (tx.shares_owned_following_transaction, tx.direct_or_indirect_ownership) == (Decimal("8925"), "D")


def test_table2_heading_cut_into_table1_row_with_its_date_cut_after_the_year_slash() -> None:
    """As above, the title with its marker and the row's date cut right after its second slash
    ('01/02/' | '2020'): still a date, so the heading goes on a line of its own, the row reads whole."""
    row = ("|Common<br>Stock<sup>(1)</sup>|01/02/<br>**Tab**|2020<br>**le II - Derivative**|"
           "**Securities Acquir**|F<br>948<br>D<br>**ed, Disposed of, or Beneficially Owne**|$25.71<br>**d (e.g., pu**|"
           "**ts, calls, warran**|8,925<br>**ts, options,**|D<br>**vertible secu**|**rities)**||\n")
    text = _MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n"
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", row)
    doc = read_text(text)
    assert not doc.non_derivative_holdings
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Common Stock"
    assert (tx.transaction_date, tx.transaction_code) == (date(2020, 1, 2), "F")
    assert (tx.transaction_shares, tx.transaction_acquired_disposed_code) == (Decimal("948"), "D")
    assert (tx.shares_owned_following_transaction, tx.direct_or_indirect_ownership) == (Decimal("8925"), "D")


def test_signature_blocks_run_together_in_one_paragraph() -> None:
    """PyMuPDF4LLM ran several owners' signature blocks into one paragraph ('**A date** **
    Signature of Reporting Person Date **B date** ** Signature ...'), printed a date again alone,
    and left the last owner's name undated before its label, its date alone below: one
    signature per block, the date from below marked uncertain."""
    sigs = ("**Jane Doe 05/04/2021** ** Signature of Reporting Person Date **Acme LP, By: /s/ John 05/05/2021 Doe, "
            "Director** ** Signature of Reporting Person Date **Uncle Sam 05/06/2021**\n\n**05/06/2021**\n\n"
            "- ** Signature of Reporting Person\n\n"
            "** Signature of Reporting Person Date **Beta LLC By: /s/ Ann Roe** "
            "** Signature of Reporting Person Date\n\n"
            "Date **05/07/2021**\n")
    doc = read_text(_MD.replace("FOOTNOTES", "1. Held in a brokerage account.").replace(
        "**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sigs))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("Jane Doe", date(2021, 5, 4)),
        ("Acme LP, By: /s/ John Doe, Director", date(2021, 5, 5)),
        ("Uncle Sam", date(2021, 5, 6)),
        ("Beta LLC By: /s/ Ann Roe", date(2021, 5, 7)),
    ]
    assert doc.extraction is not None
    assert "owner_signatures[3].signature_date" in doc.extraction.uncertain_fields
    assert "owner_signatures[2].signature_date" not in doc.extraction.uncertain_fields


def test_box2_name_wrapped_onto_a_second_line_across_cut_cells() -> None:
    """Box 2's value cut across cells and wrapped: its ticker (or the end of the name and the
    ticker) on a second line, the bold slice under the first one in the label's cell. A lone
    'n' further down a later cell is another box's text, not a piece of box 2's label."""
    box1 = ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
            "iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to Issuer|")
    cases = (
        ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
         "iddle)|2. Issuer<br>**BLACK**<br>**CII ]**|Name and Tick<br>**ROCK ENH**|er or Trading Sym<br>"
         "**ANCED CAPIT**|bol<br>**AL & INCOME FUND**|**, INC. [**<br>5. Relation<br>(Check all|"
         "ship of Reporting Person(s) to Issuer|",
         ("BLACKROCK ENHANCED CAPITAL & INCOME FUND, INC.", "CII")),
        ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
         "iddle)|2. Issuer<br>**Cohen**<br>**LDP ]**|Name and Ticker or Trading Sym<br>**& Steers Pre**|bol<br>"
         "**ferred & Inc**|**ome Fun**<br>ear)<br>n<br>**sposed o**|**d, Inc. [**<br>5. Relation|"
         "ship of Reporting Person(s) to Issuer|",
         ("Cohen & Steers Preferred & Income Fund, Inc.", "LDP")),
        ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
         "iddle)|2. Issuer<br>**FIRST**<br>**[ FEO ]**|Name and Tick<br>**TRUST/ABE**|er or Trading Sym<br>"
         "**RDEEN FUND**|bol<br>5. Relation|ship of Reporting Person(s) to Issuer|",
         ("FIRST TRUST/ABERDEEN FUND", "FEO")),
        ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
         "iddle)|2. Issuer<br>**Inland**|Name and Ticker or Trading Sym<br>**Real Estate Income Trust,**|bol<br>"
         "**Inc. [ n/a ]**|5. Relationship of Reporting Person(s) to Issuer|",
         ("Inland Real Estate Income Trust, Inc.", "N/A")),  # no ticker: the form prints 'n/a' in the brackets
    )
    for header, want in cases:
        doc = read_text(_MD.replace(box1, header))
        name = doc.issuer.issuer_name or ""
        # whether a space fell at a cell edge is not known: the letters are what is read
        assert (name.replace(" ", ""), doc.issuer.issuer_trading_symbol) == (want[0].replace(" ", ""), want[1])
        assert doc.extraction is not None and "issuer.issuer_name" in doc.extraction.uncertain_fields


def test_box4_marks_of_two_owners_in_a_cell_cut_through_director() -> None:
    """Form 3, two owners: box 4's label column cut through 'Director' ('Direc' | 'tor'), so the
    next cell stacks each owner's 'tor' before its marks ('tor', 'X 10% Owner', ...): each
    owner's marks are the ones after its own 'tor', not all the last owner's."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ACME HOLDINGS INC**<br>(Last) (First) (Middle)"
              "<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)<br>**ROE RICHARD**<br>"
              "(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**Widget Corp [ WDGT ]**<br>3. Date of Event Requiring "
              "Statement (Month/Day/Year)<br>**05/03/2021**|4. Relatio<br>(Check al<br>Direc<br>Office<br>Direc<br>"
              "Office|nship of Reporting Person(s) to Issuer<br>l applicable)<br>tor<br>X 10% Owner<br>"
              "r (give title below)<br>Other (specify below)<br>tor<br> 10% Owner<br>r (give title below)<br>"
              "X Other (specify below)|")
    box1 = ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
            "iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to Issuer|")
    doc = read_text(_MD.replace(box1, header).replace("**FORM 4**", "**FORM 3**"))
    flags = [(o.rpt_owner_name, o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
             for o in doc.reporting_owners]
    assert flags == [("ACME HOLDINGS INC", False, False, True, False), ("ROE RICHARD", False, False, False, True)]


_BOX1_CELL = ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
              "iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
              "5. Relationship of Reporting Person(s) to Issuer|")


_BOX1_CASES = (
    ("|1. Name and<br>**Garascia**<br>(Last) (First) (<br>**1100 N. W**<br>(Street)<br>**WOOD DA**<br>"
     "(City) (State)|Address of Rep<br>**Jessica A.**<br>Middle)<br>**OOD DALE R**<br>**LE IL 60191**<br>"
     "(Zip)|orting Person<sup>*</sup><br>**OAD**|2. Issuer Name and Ticker or Trading Symbol<br>"
     "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n",
     "1100 N. WOOD DALE ROAD", ("WOOD DALE", "IL", "60191")),
    ("|1. Name and<br>**DeVaul Wil**|Address of Reporting Person<br>**liam**|<sup>*</sup><br>"
     "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting "
     "Person(s) to Issuer|\n|---|---|---|---|\n"
     "|(Last) (First) (M<br>**C/O MORP**<br>**DRIVE, A2**<br>(Street)<br>**WALTHAM**<br>(City) (State) (|"
     "iddle)<br>**HIC HOLDING, INC. 35**<br>**MA 02451**<br>Zip)|**GATEHOUSE**<br>3. Date|\n",
     "C/O MORPHIC HOLDING, INC. 35GATEHOUSE DRIVE, A2", ("WALTHAM", "MA", "02451")),
    ("|1. Name an<br>**Hoberma**<br>(Last) (First)<br>**C/O STE**<br>**LEXINGT**<br>(Street)<br>**NEW YO**<br>"
     "(City) (State)|d Address of R<br>**n Kenneth**<br>(Middle)<br>**MLINE THER**<br>**ON AVENU**<br>"
     "**RK NY 1002**<br>(Zip)|eporting Person<sup>*</sup><br>**APEUTICS, IN**<br>**E, ELEVENTH F**<br>**2**|"
     "**C. 750**<br>**LOOR**<br>2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|\n",
     "C/O STEMLINE THERAPEUTICS, INC. 750 LEXINGTON AVENUE, ELEVENTH FLOOR", ("NEW YORK", "NY", "10022")),
    ("|1. Name and Address of Rep<br>**McGuinness JoAnn M**|orting Person<sup>*</sup>|2. Issuer Name and Ticker or "
     "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
     "|---|---|---|---|\n|(Last) (First) (Middle)<br>**2907 BUTTERFIELD R**<br>(Street)<br>**OAK BROOK IL 60523**<br>"
     "(City) (State) (Zip)|**OAD 3RD FLO**|**OR**<br>3. Date of Earliest Transaction|\n",
     "2907 BUTTERFIELD ROAD 3RD FLOOR", ("OAK BROOK", "IL", "60523")),
    ("|1. Name an<br>**RUBLE C**<br>(Last) (First)<br>**1915 SNA**<br>(Street)<br>**GREENE**<br>(City) (State|"
     "d Address of R<br>**HRIS C**<br>(Middle)<br>**PPS FERR**<br>**VILLE TN 37**<br>) (Zip)|eporting Person"
     "<sup>*</sup><br>**Y ROAD BUIL**<br>**745**|**DING N**<br>2. Issuer Name and Ticker or Trading Symbol<br>"
     "**WIDGET CORP [ WDGT ]**|\n",
     "1915 SNAPPS FERRY ROAD BUILDING N", ("GREENEVILLE", "TN", "37745")),
    ("|1. Name and<br>**Tzuo Tien**|Address of Re|porting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading "
     "Symbol<br>**WIDGET CORP [ WDGT ]**|\n|---|---|---|---|\n|(Last) (First) (<br>**C/O ZUOR**<br>**PARKWAY**<br>"
     "(Street)<br>**REDWOO**<br>(City) (State)|Middle)<br>**A, INC. 101**<br><br>**D CITY CA 9**<br>(Zip)|"
     "**REDWOOD SHO**<br>**4065**|**RES**<br>3. Date of Earliest Transaction|\n",
     "C/O ZUORA, INC. 101 REDWOOD SHORES PARKWAY", ("REDWOOD CITY", "CA", "94065")),
    ("|1. Name and<br>**Maginnis**<br>(Last) (First) (<br>**280 PARK**<br>(Street)<br>**NEW YOR**<br>(City) (State) (|"
     "Address of Rep<br>**Gerald J.**<br>Middle)<br>**AVENUE 10T**<br>**K NY 10017**<br>Zip)|orting Person<sup>*</sup>"
     "<br>**H FLOOR 10TH**|**FLOOR**<br>2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|\n",
     "280 PARK AVENUE 10TH FLOOR 10TH FLOOR", ("NEW YORK", "NY", "10017")),
    ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**|2. Issuer Name and Ticker or Trading Symbol"
     "<br>**WIDGET CORP [ WDGT ]**|\n|---|---|---|---|\n|(Last) (First)<br>**P.O BOX**<br>(Street)<br>**LAKELA**<br>"
     "(City) (State|(Middle)<br>**407**<br>**ND FL 33802**<br>) (Zip)|**-0407**|3. Date of Earliest Transaction|\n",
     "P.O BOX 407", ("LAKELAND", "FL", "33802-0407")),
)


@pytest.mark.parametrize(("header", "street", "csz"), _BOX1_CASES,
                         ids=["word", "zip-top", "name-ended", "city-ended", "narrow-street", "empty-slice",
                              "street-not-name", "zip-plus-four"])
def test_box1_address_pieces_put_on_the_lines_they_continue(header: str, street: str,
                                                             csz: tuple[str, str, str]) -> None:
    """Box 1's street and city lines cut across cells, a later cell holding fewer pieces than
    there are lines: a lone piece goes to the line whose address word it completes ('1100 N.
    WOOD DALE R' + 'OAD'); the state and ZIP to the city line even when its pieces ran together
    ('WALTHAM' + 'MA 02451'), the other pieces to the street lines from the top ('C/O MORP' +
    'HIC HOLDING, INC. 35'), a name line having ended before a street line does; a line that
    took no piece in the previous cell ended there ('OAD 3RD FLO' | 'OR' ends the street); a street
    line narrower in characters than the city's may still take a piece ('PPS FERR' | 'Y ROAD BUIL'); an
    empty slice between two label pieces holds the place of a line with no piece in that cell; a lone
    piece no word settles goes on with a street line before a name line ('AVENUE 10T' | 'H FLOOR'); a
    ZIP's '+4' ('-0407') goes on with the city line whose 5-digit ZIP it extends."""
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header + "|---|---|---|---|\n"))
    (owner,) = doc.reporting_owners
    joined = " ".join(x for x in (owner.rpt_owner_street1, owner.rpt_owner_street2) if x)
    # whether a space fell at a cell edge is not known: the letters are what is read
    assert joined.replace(" ", "") == street.replace(" ", "")
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == csz
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_box1_pieces_go_on_lines_short_of_the_widest_that_reached_the_edge() -> None:
    """One owner, box 1's lines cut across four cells: the third cell holds a piece for the name
    and one for the street ('P.', 'TH FLOO') while the name's line is wider in characters than the
    street's; with the city line's state and ZIP whole, the lines that reached the edge are just as
    many as the pieces, so each goes on its line (not one dropped and the box read otherwise)."""
    header = ("|1. Name and<br>**Acme Capi**<br>(Last) (First) (<br>**200 PARK**<br>(Street)<br>**NEW YOR**<br>"
              "(City) (State) (|Address of Repor<br>**tal Partners, L.**<br>Middle)<br>**AVENUE 40**<br>"
              "**K NY 10166**<br>Zip)|ting Person<br>**P.**<br>**TH FLOO**|<sup>*</sup><br>**R**|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header + "|---|---|---|---|\n"))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_name or "").replace(" ", "") == "AcmeCapitalPartners,L.P."
    assert (owner.rpt_owner_street1 or "").replace(" ", "") == "200PARKAVENUE40THFLOOR"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("NEW YORK", "NY", "10166")
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_box1_pieces_fewer_than_lines_pass_the_name_line_first() -> None:
    """One owner, box 1's name and two street lines all as wide in characters at a cell's edge, the
    next cell holding two pieces: a name ends before its street does, so the pieces go on the
    street lines ('ACME' + 'INDUSTRI' + 'ES INC.', 'AVENUE' + 'OF THE AME' + 'RICAS'), the name
    stays whole ('Roe J' + 'ohn Paul')."""
    header = ("|1. Name and<br>**Roe J**<br>(Last) (First) (<br>**ACME**<br>**AVENUE**<br>(Street)<br>**NEW YOR**<br>"
              "(City) (State)|Address of Rep<br>**ohn Paul**<br>Middle)<br>**INDUSTRI**<br>**OF THE AME**<br>"
              "**K NY 10036**<br>(Zip)|orting Person<sup>*</sup><br>**ES INC.**<br>**RICAS**|"
              "**1095**<br>2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header + "|---|---|---|---|\n"))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_name or "").replace(" ", "") == "RoeJohnPaul"
    joined = " ".join(x for x in (owner.rpt_owner_street1, owner.rpt_owner_street2) if x)
    assert joined.replace(" ", "") == "ACMEINDUSTRIESINC.1095AVENUEOFTHEAMERICAS"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("NEW YORK", "NY", "10036")
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_box1_several_owners_issuer_in_the_next_cell_is_not_a_line_end() -> None:
    """Several owners in box 1's column, box 2's issuer with its ticker as the bold slice of the
    next cell on the first owner's row: it is box 2's value, not the end of the owner's street line
    ('Attn: General' + 'Counsel, 4th Floor' on the next row)."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>|"
              "5. Relationship of Reporting Person(s) to Issuer<br>|\n|---|---|---|\n"
              "|<br>**ROE RICHARD**<br>(Last) (First) (Middle)<br>**200 MAIN STREET Attn: General**|"
              "**Widget Corp [ WDGT ]**|(Check all applicable)<br>X Director<br>10% Owner|\n"
              "|**Counsel, 4th Floor**<br>(Street)<br>**BOSTON MA 02116**<br>(City) (State) (Zip)||"
              "Officer (give title below)<br>Other (specify below)|\n"
              "|<br>**DOE JANE**<br>(Last) (First) (Middle)<br>**1 ELM STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
              "(City) (State) (Zip)||Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)|")
    doc = read_text(_MD.replace(_BOX1_CELL, header))
    got = [(o.rpt_owner_name, " ".join(x for x in (o.rpt_owner_street1, o.rpt_owner_street2) if x), o.rpt_owner_city)
           for o in doc.reporting_owners]
    assert got == [("ROE RICHARD", "200 MAIN STREET Attn: General Counsel, 4th Floor", "BOSTON"),
                   ("DOE JANE", "1 ELM STREET", "OMAHA")]


def test_box1_empty_slice_holds_the_name_line_place_in_the_last_cell() -> None:
    """One owner, box 1's last cell: an empty slice under the label's piece holds the place of the
    name line (it ended), so the pieces after it go on the street and city lines ('420 MON' +
    'TGOMERY' + 'STREET', 'SAN FRA' + 'NCISCO CA' + '94104'), not the name."""
    header = ("|1. Name an<br>**Roewe**<br>(Last) (First)<br>**420 MON**<br>(Street)<br>**SAN FRA**<br>(City) (State)|"
              "d Address of R<br>**ntree John R.**<br>(Middle)<br>**TGOMERY**<br>**NCISCO CA**<br>(Zip)|"
              "eporting Person<sup>*</sup><br> <br>**STREET**<br>**94104**|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header + "|---|---|---|---|\n"))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_name or "").replace(" ", "") == "RoewentreeJohnR."
    assert (owner.rpt_owner_street1 or "").replace(" ", "") == "420MONTGOMERYSTREET"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("SAN FRANCISCO", "CA", "94104")


def test_box1_table_heading_start_in_the_last_cell_is_not_a_line_end() -> None:
    """One owner, box 1's last cell ends with Table I's heading cut after two letters ('**Ta**'),
    the next cell going on with it ('**ble I - Non-D**'): the slice is the heading's, not the end
    of a street line ('GREENWICH' + 'STREET' + 'Ta')."""
    header = ("|1. Name and Address of Rep<br>**DOE JOHN**|orting Person<sup>*</sup>|2. Issuer Name and Ticker or "
              "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
              "|---|---|---|---|\n|(Last) (First) (Middl<br>**7 WORLD TRA**<br>**GREENWICH**<br>(Street)<br>"
              "**NEW YORK N**<br>(City) (State) (Zip)|e)<br>**DE CENTE**<br>**STREET**<br>**Y 10007**|"
              "**R 250**<br>**Ta**|3. Date of Earliest Transaction<br>**ble I - Non-D**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header + "|---|---|---|---|\n"))
    (owner,) = doc.reporting_owners
    joined = " ".join(x for x in (owner.rpt_owner_street1, owner.rpt_owner_street2) if x)
    assert joined.replace(" ", "") == "7WORLDTRADECENTER250GREENWICHSTREET"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("NEW YORK", "NY", "10007")


@pytest.mark.parametrize(("cells", "want"), [
    ("Throu<br>Trust|gh Family", "Through Family Trust"),
    ("Proportionate I<br>Shares held by<br>Associates V|nterest in<br>Rankin",
     "Proportionate Interest in Shares held by Rankin Associates V"),
    ("Deferred<br>Compens|ation", "Deferred Compensation"),  # 'Compensation' is printed in footnote 1
])
def test_nature_cut_into_two_cells_of_unequal_line_counts(cells: str, want: str) -> None:
    """The nature column cut at a guessed edge into two cells stacking unequal counts of lines:
    the right cell holds the ends of the left cell's first lines (those that ran to the edge),
    or, for a word's end, of the line it completes into a word the document prints elsewhere."""
    row = f"|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|{cells}|\n"
    text = _MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row).replace(
        "FOOTNOTES", "1. Held in a Deferred Compensation account.")
    doc = read_text(text)
    (tx,) = doc.non_derivative_transactions
    assert tx.shares_owned_following_transaction == Decimal("8500")
    assert tx.nature_of_ownership == want
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].nature_of_ownership" in doc.extraction.uncertain_fields


@pytest.mark.parametrize("amount_cell", ["A<br>1,927<br>(1)|06/11/2030",
                                         "A<br>1,927<sup>(2)</sup><br>(1)<br>06/11/2030"])
def test_plain_marker_under_table2_amount_is_the_date_exercisable(amount_cell: str) -> None:
    """A plain '(1)' on a line of its own under Table II's amount (its own marker would be a
    superscript) is column 6's footnote-only Date Exercisable; the date after it expires."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|||||Code<br>V<br>(A)<br>(D)<br>Date<br>Exercisable|Expiration<br>Date|Title|Amount<br>or<br>Number<br>"
          "of Shares||(Instr. 4)|||\n"
          f"|Stock<br>Option<br>(right to<br>buy)|$99.65|06/11/2020||{amount_cell}|Common<br>Stock|1,927|$0.00|"
          "1,927|D||\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2).replace("FOOTNOTES", "1. Vests in full on 06/11/2021.\n\n2. Granted under the plan.")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.transaction_shares == Decimal("1927")
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F1"]
    assert row.expiration_date == date(2030, 6, 11)
    assert row.footnote_ids.get("transaction_shares", []) == (["F2"] if "<sup>" in amount_cell else [])


@pytest.mark.parametrize(("remarks", "sig", "want_remarks"), [
    ("J - 3 for 2 stock split issued 9/30/2019", "**/s/ Kim Roe, Attorney in Fact**\n\n** Signature of Reporting "
     "Person\n\nDate\n\n**02/04/2020**\n", "J - 3 for 2 stock split issued 9/30/2019"),
    ("J - 3 for 2 stock split issued 9/30/2019", "**/s/ Kim Roe, Attorney in Fact**\n\n**02/04/2020**\n\n"
     "** Signature of Reporting Person Date\n", "J - 3 for 2 stock split issued 9/30/2019"),
    ("**02/04/2020**", "## **/s/ Kim Roe, Attorney in Fact**\n\n** Signature of Reporting Person\n\nDate\n", None),
])
def test_date_in_the_remarks_above_a_typed_signature(remarks: str, sig: str, want_remarks: str | None) -> None:
    """A date in a sentence of the remarks above a typed signature ('... issued 9/30/2019') is
    not the signature's: the '/s/' line is, with the date beside or below it; a date alone on
    the line above the '/s/' line stays the signature's."""
    text = _MD.replace("FOOTNOTES", "1. Held in a brokerage account.").replace(
        "## **Remarks:**\n\n**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n",
        f"## **Remarks:**\n\n{remarks}\n\n{sig}")
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Kim Roe, Attorney in Fact", date(2020, 2, 4))]
    assert doc.remarks == want_remarks


@pytest.mark.parametrize(("row", "title", "title_fns", "amount"), [
    ("|Non-voting common|stock<sup>(1)</sup>||867,759|D<sup>(2)</sup>|||\n", "Non-voting common stock", ["F1"],
     Decimal("867759")),
    ("|BC Partners Lendin|g Corp<br>200,0|00|D|||\n", "BC Partners Lending Corp", [], Decimal("200000")),
])
def test_holding_title_cut_with_its_markers_or_its_amount(row: str, title: str, title_fns: list[str],
                                                          amount: Decimal) -> None:
    """A holding row's title cut at a guessed edge, the next cell holding the rest of the title
    and its markers ('stock(1)') or the start of the amount ('g Corp 200,0' | '00'): the words
    go on with the title, the markers are the title's, the amount is read whole."""
    text = _MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row)
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.security_title, h.footnote_ids.get("security_title", [])) == (title, title_fns)
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (amount, "D")
    assert h.nature_of_ownership is None
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].security_title" in doc.extraction.uncertain_fields


def test_table2_heading_cut_from_two_letters_into_a_holding_row() -> None:
    """Table II's heading printed under a holding row from a first slice of two letters only
    ('**Ta**' | '**ble II - Deriva**'), the amount cut around it ('14,' | '472'): the heading is
    lifted out and the holding reads whole."""
    row = ("|Common<br>Stock|**Ta**|**ble II - Deriva**|**tive Securities Acq**|**uired, Disposed of, or Benefic**|"
           "**ially Owne**|**d (e.g., pu**|**ts, calls, w**|14,<br>**arrants, option**|472<sup>(1)</sup><br>"
           "**s, conve**|D<br>**rtible securitie**|**s)**||\n")
    text = _MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n"
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", row)
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.security_title, h.shares_owned_following_transaction) == ("Common Stock", Decimal("14472"))
    assert h.footnote_ids.get("shares_owned_following_transaction") == ["F1"]
    assert (h.direct_or_indirect_ownership, h.nature_of_ownership) == ("D", None)


def test_plain_marker_under_table2_title_is_the_conversion_price() -> None:
    """Table II's columns merged into fewer cells: a plain '(2)' on a line of its own ending the
    title's cell is column 2's footnote-only conversion price (the title's own marker would be
    a superscript), and the two markers stacked in the next cell are columns 6's dates."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|Class B<br>Common<br>Stock<br>(2)|(2)<br>(2)|Class A<br>Common<br>Stock|51,283|51,283|I<br>By Trust|\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2).replace("FOOTNOTES", "1. Held in a brokerage account.\n\n2. Convertible at any time.")
    doc = read_text(text)
    (h,) = doc.derivative_holdings
    assert h.security_title == "Class B Common Stock" and "security_title" not in h.footnote_ids
    assert h.conversion_or_exercise_price is None
    assert [h.footnote_ids.get(f) for f in ("conversion_or_exercise_price", "exercise_date", "expiration_date")] == [
        ["F2"], ["F2"], ["F2"]]
    assert (h.underlying_security_title, h.shares_owned_following_transaction) == ("Class A Common Stock",
                                                                                   Decimal("51283"))


def test_nature_run_on_past_the_page_end_joins_its_row() -> None:
    """A row's nature of ownership ran on past the page's end: the next page starts with a row
    of empty cells but the last ('||||||||held by Rankin Associates II,<br>L.P<sup>(1)</sup>|'),
    which goes on with the row above, its marker too."""
    rows = ("|Class A<br>Common<br>Stock|12/05/2019||G|222|A|$0|8,638|I|child's proportionate limited<br>"
            "partnership interests in shares|\n\n\n\n||||||||held by Rankin Associates II,<br>L.P<sup>(1)</sup>|\n"
            "|---|---|---|---|---|---|---|---|---|\n")
    text = _MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", rows)
    doc = read_text(text)
    (tx,) = doc.non_derivative_transactions
    assert tx.shares_owned_following_transaction == Decimal("8638")
    assert tx.nature_of_ownership == ("child's proportionate limited partnership interests in shares held by "
                                      "Rankin Associates II, L.P")
    assert tx.footnote_ids.get("nature_of_ownership") == ["F1"]


def test_box1_name_of_several_lines_read_from_the_cut_cells() -> None:
    """One owner whose name (a trust's) wraps onto three lines above '(Last) (First) (Middle)',
    each cut across the cells: the name is box 1's name lines joined, not a label."""
    header = ("|1. Name and<br>**Chloe R. S**<br>**Rankin Tr**<br>**DTD 12/21**<br>(Last) (First) (<br>"
              "**4421 WAT**<br>(Street)<br>**GLEN ALL**<br>(City) (State)|Address of Rep<br>**eelbach, Tru**<br>"
              "**ust for Childr**<br>**/04 FBO Isab**<br>Middle)<br>**ERFRONT D**<br>**EN VA 2306**<br>(Zip)|"
              "orting Person<sup>*</sup><br>**stee under Claiborne**<br>**en of Chloe R. Seelbach**<br>"
              "**elle Scott Seelbach**<br>**RIVE**<br>**0**<br>2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_name or "").replace(" ", "") == (
        "Chloe R. Seelbach, Trustee under Claiborne Rankin Trust for Children of Chloe R. Seelbach DTD 12/21/04 FBO "
        "Isabelle Scott Seelbach").replace(" ", "")
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("GLEN ALLEN", "VA", "23060")
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_box5_marks_not_mixed_with_a_signature_title_below_the_tables() -> None:
    """Tables I and II's headings cut ('**Tab**' | '**le I - ...**'), so the header is not known
    to end there: a 'Director' in a signature row below the tables ('Director, By: /s/ ...') is not a
    box 5 label starting a group of no marks, and the owners' marks are read."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ACME HOLDINGS INC**<br>(Last) (First) (Middle)"
              "<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)<br>**ROE RICHARD**<br>"
              "(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**Widget Corp [ WDGT ]**<br>3. Date of Earliest "
              "Transaction (Month/Day/Year)<br>**05/03/2021**|5. Relationship of Reporting Person(s) to Issuer<br>"
              "X Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)<br>X Director<br>"
              "10% Owner<br>Officer (give title below)<br>Other (specify below)|\n")
    text = _MD.replace(_BOX1_CELL + "\n", header).replace(
        "|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Tab**|**le I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**|||||||\n").replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Ta**|**ble II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**|||||||\n").replace(
        "**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n",
        "|**Acme Holdings Inc, By: Richard Roe, its Managing**|**05/05/2021**|\n|---|---|\n"
        "|**Director, By: /s/ Richard Roe, Director**||\n"
        "|** Signature of Reporting Person|Date|\n")
    doc = read_text(text)
    flags = [(o.rpt_owner_name, o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
             for o in doc.reporting_owners]
    assert flags == [("ACME HOLDINGS INC", True, False, True, False), ("ROE RICHARD", True, False, False, False)]


@pytest.mark.parametrize(("row", "want"), [
    ("|Common<br>Stock|06/08/2026||P||150,000|A<br>$0.00||62|2,308|D|||\n", Decimal("622308")),
    ("|Common<br>Stock|06/08/2026||P||150,000|A<br>$0.00||30|0|D|||\n", Decimal("300")),
])
def test_amount_cut_at_a_column_edge_is_joined_as_it_stands(row: str, want: Decimal) -> None:
    """An amount cut at a guessed column edge ('62' | '2,308', '30' | '0'): the cells share no
    characters, so the pieces join as they stand (622,308; 300), not as a repeated digit
    (62,308; 30) the way OCR repeats one; the joined value stays uncertain."""
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.transaction_shares == Decimal("150000")
    assert tx.shares_owned_following_transaction == want
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].shares_owned_following_transaction" in doc.extraction.uncertain_fields


@pytest.mark.parametrize(("box5", "want"), [
    # 'Director' cut to 'D' in the marks' cell: no slice starts a group, the marks are still read
    ("X D<br>X O<br>**CEO**<br>**r Beneficia**|rector<br>fficer (giv<br><br>**lly Owne**|10% Ow<br>e title belo<br>"
     "**d**|ner<br>w)<br>Other (spe|cify below)|", (True, True, False, False, "CEO")),
    # the title's first letter cut off into the column left of the labels, no box there
    ("**E**<br>**f, or Bene**|Director<br>X Officer (giv<br>**xecutive Vi**<br>**ficially Own**|10% Own<br>"
     "e title belo<br>**ce Preside**<br>**ed**|er<br>w)<br>Other (sp<br>**nt**|ecify below)|",
     (False, True, False, False, "Executive Vice President")),
    # the title in the box column, the slice under 'Officer (giv' empty: the title ended there, the
    # bold 'wned' further right is the rest of the tables' heading ('O' | 'wned')
    ("D<br>X  <br>**GC**<br>**d of, or Bene**|irector<br>Officer (giv<br><br>**ficially O**|10% Ow<br>"
     "e title belo<br>**wned**|ner<br>w)<br>Ot|her (specify b|elow)|", (False, True, False, False, "GC")),
])
def test_box5_marks_and_title_cut_at_the_label_column(box5: str, want: tuple[bool, bool, bool, bool, str]) -> None:
    """Box 5's label column cut so that no slice starts with 'Di' ('X D' | 'rector'), or the
    officer title's first letter left in the column before the labels ('**E**' | 'xecutive Vi')."""
    doc = read_text(_MD.replace("5. Relationship of Reporting Person(s) to Issuer|\n",
                                "5. Relationship of Reporting Person(s) to Issuer|" + box5 + "\n"))
    (o,) = doc.reporting_owners
    assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other, o.officer_title) == want


def test_box1_name_where_the_name_line_and_box_lines_agree() -> None:
    """The unstacked lines ran the street's last piece into the name ('FRIES MICHA EL T UITE
    710'); box 1's name line and box 1's lines, read apart from the raw stacks, agree on
    'FRIES MICHAEL T': that is the name."""
    header = ("|1. Name and Add<br>**FRIES MICHA**<br>(Last) (First) (Midd<br>**1550 WEWAT**<br>(Street)<br>"
              "**DENVER CO**<br>(City) (State) (Zip)|ress of Reportin<br>**EL T**<br>le)<br>**TA STREET S**<br>"
              "**80202**|g Person<sup>*</sup><br>**UITE 710**<br>2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "FRIES MICHAEL T"
    assert (owner.rpt_owner_street1 or "").replace(" ", "") == "1550WEWATTASTREETSUITE710"


def test_marker_opening_the_next_cell_is_the_expiration_dates() -> None:
    """Table II: the date exercisable with its own marker ('05/12/2015(1)') and, opening the next
    cell, a plain '(2)' stacked over the underlying title: that marker is the expiration date's
    (footnote-only), not a second marker of the exercisable date."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|Restricted<br>stock<br>units<sup>(1)</sup>|$0|05/12/2014||A|4,801|05/12/2015<sup>(1)</sup>|(2)<br>Common<br>"
          "stock|4,801|$0|4,801|D||\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2).replace("FOOTNOTES", "1. Vests on 05/12/2015.\n\n2. Units do not expire.")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.exercise_date == date(2015, 5, 12) and row.footnote_ids.get("exercise_date") == ["F1"]
    assert row.expiration_date is None and row.footnote_ids.get("expiration_date") == ["F2"]
    assert (row.underlying_security_title, row.underlying_security_shares) == ("Common stock", Decimal("4801"))


def test_footnotes_heading_cut_into_a_table_row_is_not_a_holding() -> None:
    """The footnotes' heading and a signature cut into a row of cells under Table II
    ('**xplanation of Res**<br>**emarks:**|**ponses:**|...** Signature of Re|porting Person|...'):
    no amount, words of labels: not a derivative holding."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "||Date Exercisable|Expiration Date<br>Title<br>Amount or Number of Shares|||\n"
          "|**xplanation of Res**<br>**emarks:**|**ponses:**|**Haiyan Song**<br>** Signature of Re|porting Person|"
          "**03/06/2020**<br>Date|\n")
    doc = read_text(_MD.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", t2))
    assert doc.derivative_holdings == [] and doc.derivative_transactions == []
    assert doc.non_derivative_transactions[0].transaction_shares == Decimal("1500")


def test_box5_x_on_its_own_slice_after_director_is_the_ten_percent_box() -> None:
    """Box 5 stacked 'Director' and the 'X' on slices of their own, '10% Own' beside 'Director'
    in the next cell (the X printed between the two labels): the X is the 10% owner's box, in
    the group 'Director' just began, for each owner's group."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ACME HOLDINGS INC**<br>(Last) (First) (Middle)"
              "<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)<br>**ROE RICHARD**<br>"
              "(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**Widget Corp [ WDGT ]**|5. Relationship of<br>"
              "(Check all applica<br>Director<br>X<br>Officer (give|Reporting P<br>ble)<br> 10% Own<br>title below|"
              "erson(s) to Issuer<br>er<br>)<br>Other (spe|\n|---|---|---|---|---|\n|||Director<br>X|10% Own|er|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    flags = [(o.rpt_owner_name, o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
             for o in doc.reporting_owners]
    assert flags == [("ACME HOLDINGS INC", False, False, True, False), ("ROE RICHARD", False, False, True, False)]


def test_box5_marks_and_title_on_the_next_header_row() -> None:
    """Box 5 runs on into the next header row: 'Director' and '10% Owner' on the first, the
    checked 'X Office' with its title cut across cells ('**Preside**' | '**nt**') on the next;
    the mark and the title are the owner's."""
    header = (_BOX1_CELL.replace("5. Relationship of Reporting Person(s) to Issuer|",
                                 "5. Relationship of Reporting Person(s) to Issuer<br>Director|10% Owner|")
              + "\n|---|---|---|---|---|\n|(Last) (First) (Middle)|X Office<br>**Preside**|r (give title below)<br>"
              "Other<br>**nt**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other, o.officer_title) == (
        False, True, False, False, "President")


def test_remarks_read_without_a_signature_label() -> None:
    """No signature label (the signature was an image): the remarks after 'Explanation of
    Responses: Remarks:' are still read, up to the form's closing 'Reminder: ...'."""
    text = _MD.replace("## **Explanation of Responses:**\n\nFOOTNOTES\n\n## **Remarks:**\n\n"
                       "**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n",
                       "### **Explanation of Responses: Remarks:**\n\nDivision President, Airframe & Engine "
                       "Materials Exhibit 24 - Power of Attorney.\n\nReminder: Report on a separate line for each "
                       "class of securities beneficially owned directly or indirectly.\n")
    doc = read_text(text)
    assert doc.remarks == "Division President, Airframe & Engine Materials Exhibit 24 - Power of Attorney."
    assert doc.owner_signatures == []


_SIG_BLOCK = ("## **Explanation of Responses:**\n\nFOOTNOTES\n\n## **Remarks:**\n\n"
              "**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n")


@pytest.mark.parametrize("block", [
    # the date set above 'Remarks:', the name below it, the label after both
    "## **Explanation of Responses:**\n\n1. Held in trust.\n\n**05/05/2021**\n\nDate\n\n## **Remarks:**\n\n"
    "## **Attorney-in-Fact: Jane Roe**\n\n** Signature of Reporting Person\n\nReminder: Report on a separate line.\n",
    # the date above the label, the name below 'Date'
    "## **Explanation of Responses:**\n\n1. Held in trust.\n\n**Remarks:**\n\n**05/05/2021**\n\n"
    "** Signature of Reporting Person\n\nDate\n\n**Attorney-in-Fact: Jane Roe**\n\nReminder: Report on a separate "
    "line.\n",
])
def test_bold_signature_and_date_set_apart_from_each_other(block: str) -> None:
    """PyMuPDF4LLM's paragraphs put the signature's bold name and bold date apart, above or below
    the label: the one bold name and the one bold date are the signature; neither is a footnote's
    text nor the remarks."""
    doc = read_text(_MD.replace(_SIG_BLOCK, block))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("Attorney-in-Fact: Jane Roe", date(2021, 5, 5))]
    assert doc.remarks is None
    assert [(f.id, f.text) for f in doc.footnotes] == [("F1", "Held in trust.")]


def test_plain_remarks_before_the_label_and_bold_signature_after_it() -> None:
    """Plain remarks (with a date in their sentence) above the label, the bold name and date below
    it: the remarks stay remarks and the bold lines are the signature."""
    block = ("## **Explanation of Responses:**\n\n## **Remarks:**\n\n1. Shares were distributed in kind; the "
             "fiscal year ended 11/30/2019.\n\n** Signature of Reporting Person\n\n**/s/ John Doe**\n\n"
             "**05/05/2021**\n\nDate\n\nReminder: Report on a separate line.\n")
    doc = read_text(_MD.replace(_SIG_BLOCK, block))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [("/s/ John Doe", date(2021, 5, 5))]
    assert doc.remarks == "1. Shares were distributed in kind; the fiscal year ended 11/30/2019."
    assert doc.extraction is not None
    assert "owner_signatures[0].signature_name" in doc.extraction.uncertain_fields


@pytest.mark.parametrize(("code", "want"), [("S", "D"), ("M", "D"), ("P", "A"), ("G", None), ("J", None)])
def test_table2_direction_only_from_a_code_that_fixes_it(code: str, want: str | None) -> None:
    """Table II's '(A)' and '(D)' headings stacked in one cell: the amount's column cannot tell
    which. A code whose meaning fixes it (a sale or exercise disposes, a purchase acquires) gives
    it, marked uncertain; a gift or 'other' goes either way and stays unread."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|||||Code<br>V<br>(A)<br>(D)<br>Date<br>Exercisable|Expiration<br>Date|Title|Amount<br>or<br>Number<br>"
          "of Shares||(Instr. 4)|||\n"
          f"|Stock<br>Option<br>(right to<br>buy)|$99.65|06/11/2020||{code}<br>1,927|06/11/2021|06/11/2030|Common<br>"
          "Stock|1,927|$0.00|1,927|D||\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == (code, Decimal("1927"))
    assert row.transaction_acquired_disposed_code == want
    assert doc.extraction is not None
    assert ("derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields) == (
        want is not None)


def test_several_owners_box1_lines_cut_into_the_next_cells() -> None:
    """Several owners stacked in box 1's column, each line cut at the cell edges: the next cells'
    bold pieces go on, in order, to the lines that reached the edge. A line whose same text took a
    piece for an earlier owner takes it again (one address), the state and ZIP go on a city line,
    and a name line that fits ('Roe Richard') takes none; the owners so read are uncertain."""
    header = ("|1. Name and Address<br>**Acme Holdi**<br>(Last) (First) (Middle)<br>**100 HARBOR BOUL**<br>"
              "|of Reporting Person<sup>*</sup><br>**ngs, LLC**<br>**EVARD SUITE 9**|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
              "5. Relationship of Reporting Person(s) to Issuer<br>X 10% Owner|\n|---|---|---|---|\n"
              "|(Street)||||\n"
              "|**PORTLAND O**<br>(City) (State) (Zip)<br>**ACME PARTNE**<br>(Last) (First) (Middle)<br>"
              "**100 HARBOR BOUL**<br>(Street)<br>**PORTLAND O**<br>(City) (State) (Zip)<br>**Roe Richard**<br>"
              "(Last) (First) (Middle)<br>**100 HARBOR BOUL**<br>(Street)<br>**PORTLAND O**<br>(City) (State) (Zip)"
              "|**R 97201**<br>**RS FUND I**<br>**EVARD SUITE 9**<br>**R 97201**<br>**EVARD SUITE 9**<br>**R 97201**"
              "|**I, LP**<br>3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|X 10% Owner|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    got = sorted((o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code)
                 for o in doc.reporting_owners)
    street = "100 HARBOR BOULEVARD SUITE 9"
    assert got == sorted([("Acme Holdings, LLC", street, "PORTLAND", "OR", "97201"),
                          ("ACME PARTNERS FUND II, LP", street, "PORTLAND", "OR", "97201"),
                          ("Roe Richard", street, "PORTLAND", "OR", "97201")])
    assert doc.extraction is not None
    assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_par_value_cents_and_amount_decimals_cut_into_the_next_cells() -> None:
    """A title's par value cut before its cents ('Stock, $0' | '.01', the date under the cents)
    and amounts cut after their decimal point ('1,500.' | '0000'): the cents go on with the title
    line ending in the dollar amount, the decimals with their amount, so the row is a transaction."""
    row = ("|Common<br>Stock, $0<br>par value|.01<br>05/03/2|021||S<br>1,500.|0000<br>D|$12.50|8,500.|0000|D||")
    doc = read_text(_MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||",
                                row))
    assert doc.non_derivative_holdings == []
    (tx,) = doc.non_derivative_transactions
    assert (tx.security_title, tx.transaction_date, tx.transaction_code) == (
        "Common Stock, $0.01 par value", date(2021, 5, 3), "S")
    assert (tx.transaction_shares, tx.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))


def test_one_owner_foreign_city_line_from_the_cut_cells() -> None:
    """One owner abroad: box 1's street cut across cells ('KING STREET, W' | 'EST END') and a
    city line of city, EDGAR country code and postal code ('LEEDS X0 LS1'): the street is joined
    from the cells and the city line split, as for a state and ZIP."""
    header = ("|1. Name and Address of<br>**DOE JOHN**|Reporting Person<sup>*</sup><br>2. Issuer Name and Ticker "
              "or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
              "|---|---|---|\n"
              "|(Last) (First) (Middle)<br>**12 KING STREET, W**<br>(Street)<br>**LEEDS X0 LS1 4AP**<br>"
              "(City) (State) (Zip)|**EST END**<br>3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|"
              "X Director<br>**Executi**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (
        "12 KING STREET, WEST END", "LEEDS", "X0", "LS1 4AP")


@pytest.mark.parametrize(("title_cell", "want_title", "want_price"), [
    ("Stock<br>Option<br>(right to<br>buy)<br>$45.20", "Stock Option (right to buy)", Decimal("45.20")),
    ("Preferred<br>Stock, par<br>value<br>$1.00", "Preferred Stock, par value $1.00", None),
])
def test_dollar_amount_stacked_last_under_a_table2_title(title_cell: str, want_title: str,
                                                         want_price: Decimal | None) -> None:
    """Table II's conversion price stacked under the title in its cut cell, the transaction date
    next: it is column 2's (uncertain), unless the title's own words lead to it ('par value $1.00')."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|||||Code<br>V<br>(A)<br>(D)<br>Date<br>Exercisable|Expiration<br>Date|Title|Amount<br>or<br>Number<br>"
          "of Shares||(Instr. 4)|||\n"
          f"|{title_cell}|04/23/2014||M<br>6,000 02/01/2012|02/01/2021|Common<br>Stock<br>6,000|$0|14,990|D||\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.security_title, row.conversion_or_exercise_price) == (want_title, want_price)
    assert row.transaction_date == date(2014, 4, 23)
    if want_price is not None:
        assert doc.extraction is not None
        assert "derivative_transactions[0].conversion_or_exercise_price" in doc.extraction.uncertain_fields


def test_one_owner_name_cut_past_the_end_of_its_label() -> None:
    """Box 1's name cut over three cells, the '(Last) (First) (Middle)' label under it over two
    only ('SCHLAGE' | 'TER STEPH' | 'EN P'): box 1's lines read from the stacks go on past the
    label's end, so the whole name is read (uncertain: the last piece is placed by position)."""
    header = ("|1. Name and<br>**SCHLAGE**<br>(Last) (First) (M<br>**3350 PEAC**<br>(Street)<br>**ATLANTA**<br>"
              "(City) (State) (|Address of Rep<br>**TER STEPH**<br>iddle)<br>**HTREE RO**<br>**GA 30326**<br>Zip)|"
              "orting Person<sup>*</sup><br>**EN P**<br>**AD**<br>2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>X Director|\n"
              "|---|---|---|---|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_zip_code) == (
        "SCHLAGETER STEPHEN P", "3350 PEACHTREE ROAD", "ATLANTA", "30326")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


_STACKED_HEADER = (
    "|1. Name and Address of Reporting Person<sup>*</sup><br>**ROE RICHARD**|2. Issuer Name and Ticker or Trading "
    "Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)"
    "<br> <br>|\n|---|---|---|\n|(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
    "(City) (State) (Zip)|3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**<br>4. If Amendment, "
    "Date of Original Filed (Month/Day/Year)<br>6. Individual or Joint/Group Filing (Check Applicable Line)<br>"
    "X Form filed by One Reporting Person<br>Form filed by More than One Reporting Person|X Director<br>10% Owner"
    "<br>X Officer (give title below)<br>Other (specify below)<br>**TITLE**|\n")


@pytest.mark.parametrize("title", ["President", "Chief Executive Officer", "Managing Director"])
def test_box5_labels_stacked_in_one_column_title_under_other(title: str) -> None:
    """A wider page: box 5's four labels stacked in one cell, one a slice, so 'Other (specify
    below)' sits between 'Officer (give title below)' and the bold title. The title is the bold
    line past the labels, whatever words it uses ('Officer', 'Director'), not the label 'Other'."""
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", _STACKED_HEADER.replace("TITLE", title)))
    (o,) = doc.reporting_owners
    assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other, o.officer_title) == (
        True, True, False, False, title)


def test_title_wrap_shares_its_row_with_table2_heading_that_lost_its_spaces() -> None:
    """A smaller zoom: the last Table I row's wrapped title word ('Stock') shares a row with
    Table II's heading slices, one of which lost the spaces between words ('cially
    Owned(e.g.,pu'). The slices are still the heading's, so 'Stock' ends the title."""
    rows = ("|Common<br>|05/03/2021||S|1,500|D|$12.50|8,500|D||\n"
            "|Stock|**Table II**|**- Derivative Secu**|**rities Acquired, Disposed of, or Benefi**|"
            "**cially Owned(e.g.,pu**|**ts, calls, warrants, options, convertible securities)**||\n")
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n"
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", rows))
    (tx,) = doc.non_derivative_transactions
    assert (tx.security_title, tx.transaction_shares) == ("Common Stock", Decimal("1500"))


def test_box1_city_line_wrapped_its_zip_onto_a_line_of_its_own() -> None:
    """A long city and state filled box 1's width, so the ZIP went on a line of its own under
    them ('**SPRINGFIEL**' | '**D TOWNSHIP PA**', then '**16066**'): the two lines are one city line."""
    header = ("|1. Name and A<br>**ROE RICH**|ddress of Reporting Perso<br>**ARD**|n<sup>*</sup><br>2. Issuer Name "
              "and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to "
              "Issuer|\n|---|---|---|---|\n|(Last) (First) (Mi<br>**1 LONGWA**<br>(Street)<br>**SPRINGFIEL**<br>"
              "**16066**<br>(City) (State) (Zi|ddle)<br>**Y DRIVE**<br>**D TOWNSHIP PA**<br>p)|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (
        "ROE RICHARD", "1 LONGWAY DRIVE", "SPRINGFIELD TOWNSHIP", "PA", "16066")


def test_box1_owners_go_on_as_paragraphs_after_the_table_ended() -> None:
    """Many owners: the header table ended before box 1's column did, so the last owner's lines
    go on as paragraphs ('(City) (State) (Zip) **ROE RICHARD**', '### **OMAHA NE 68131**') and
    the last label comes back in a table row, struck through where a rule crosses it
    ('~~(City) (State) (Zip)~~'). The paragraphs are read as the column's slices."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ACME HOLDINGS INC**<br>(Last) (First) "
              "(Middle)<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**|2. Issuer Name and Ticker or Trading "
              "Symbol<br>**Widget Corp [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>(Check all "
              "applicable)<br>Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)<br>"
              "Director<br>X 10% Owner|\n|---|---|---|\n\n(City) (State) (Zip) **ROE RICHARD** \n\n"
              "(Last) (First) (Middle) **9 ELM STREET** \n\n(Street) \n\n### **LINCOLN NE 68508** \n\n"
              "|~~(City) (State) (Zip)~~|||\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    got = [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_zip_code)
           for o in doc.reporting_owners]
    assert got == [("ACME HOLDINGS INC", "1 MAIN STREET", "OMAHA", "68131"),
                   ("ROE RICHARD", "9 ELM STREET", "LINCOLN", "68508")]


def test_box5_title_opens_the_labels_column_in_the_next_row() -> None:
    """Box 5's labels end their cell (one slice each) and the title went into the next table
    row, in the same column ('|**SUITE 9**|4. If Amendment ...|**Head of Strategy**|'): the
    title is that cell's bold line, not the street line the unstacked lines put under the labels."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ROE RICHARD**|2. Issuer Name and Ticker or "
              "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>(Check "
              "all applicable)<br> <br>|\n|---|---|---|\n|(Last) (First) (Middle)<br>**1 MAIN STREET**|3. Date of "
              "Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|Director<br>10% Owner<br>X Officer (give title "
              "below)<br>Other (specify below)<br>|\n|**SUITE 9**|4. If Amendment, Date of Original Filed "
              "(Month/Day/Year)<br>|**Head of Strategy**|\n|(Street)|6. Individual or Joint/Group Filing (Check "
              "Applicable Line)<br>||\n|**OMAHA NE 68131**|X Form filed by One Reporting Person||\n"
              "|(City) (State) (Zip)|Form filed by More than One Reporting Person||\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other, o.officer_title) == (
        False, True, False, False, "Head of Strategy")


_BOX5_HEAD = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ROE RICHARD**|2. Issuer Name and Ticker or "
              "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|")


@pytest.mark.parametrize(("rows", "want"), [
    # box 5's marks on the row that also holds Table I's heading cut in pieces: '**ities Ac**' is the
    # heading's, not a cut 'Director' starting a group of its own
    ("5. Rel<br>(Chec|ationship of Reporting Person(s) to Issuer<br>k all applicable)|\n|---|---|---|---|\n"
     "|3. Date<br>**05/03/2021**<br>**Table I - Non**|**-Derivative Secur**|**ities Ac**|X Di<br>X Of<br>**Chai**<br>"
     "**quired, Disposed**|rector<br>ficer (give<br>**rman an**|10% Own<br>title below<br>**d CEO**|er<br>)<br>"
     "Other (|specify below)|\n", (True, True, False, False, "Chairman and CEO")),
    # 'Director' cut to 'Dit' and '10% Owner' to '10%' on the first row; the X beside 'rec', a piece of
    # 'Director' only, on the next
    ("5. Relations<br>(Check all a<br>Dit|hip of Reportin<br>pplicable)<br> <br>10%|g Person(s) to Is<br>|\n"
     "|---|---|---|---|---|\n|3. Date of<br>**05/03/2021**|X rec<br>Officer|r<br> <br>(give title be|wner<br>low)<br>"
     "Othe|r (specify b|elow)|\n", (True, False, False, False, None)),
    # no row shows 'Dir' or '10%': the X beside 'recor' is still Director's
    ("5. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)|\n|---|---|---|\n"
     "|3. Date of<br>**05/03/2021**|X recor<br>Officer (|wner<br>give title below)<br>Oth|er (specify below)|\n",
     (True, False, False, False, None)),
    # 'Director' lost its 'i' to the row above ('X Dre' | 'ctor')
    ("5. Relati<br>(Check<br>i|onship of Reporting Person(s) to Issuer<br>all applicable)|\n|---|---|---|---|\n"
     "|3. Date of<br>**05/03/2021**|X Dre<br>Offi|ctor<br>cer (give|10% Own<br>title below|er<br>)<br>Other (s|\n",
     (True, False, False, False, None)),
    # box 2's value cut so a bold piece starts like a cut 'Director' ('**it Widgets**'): a value, no label
    ("2. Issue<br>**Summ**|r Name and Tick<br>**it Widgets**|er or Trading Symbol<br>**Inc.[ SMMT]**|"
     "5. Relationsh<br>(Check all ap<br>Di|ip of Reporting Person(s) to I<br>plicable)<br> <br>10% O|\n"
     "|---|---|---|---|---|\n|3. Date<br>**05/03/2021**|X recto<br>Officer|<br>wner<br>(give title below)<br>"
     "Oth|er (specify below)|\n", (True, False, False, False, None)),
])
def test_box5_marks_beside_label_pieces(rows: str, want: tuple[bool, bool, bool, bool, str | None]) -> None:
    """Box 5 cut at other column edges (a larger font): the marks are read with the piece of the
    label beside them, whatever piece the cut left, and pieces of the tables' heading on the same
    row are not labels."""
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", _BOX5_HEAD + rows))
    (o,) = doc.reporting_owners
    assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other, o.officer_title) == want


def test_box1_label_cut_right_after_name_a() -> None:
    """Box 1's label cut right after its first letters ('1. Name a' | 'nd Address of'): it still
    starts box 1, whose lines are joined from the cells' bold slices."""
    header = ("|1. Name a<br>**ROE RICH**<br>(Last) (First)<br>**1 MAI**<br>(Street)<br>**OMAHA N**<br>"
              "(City) (State|nd Address of<br>**ARD**<br>(Middle)<br>**N STREET**<br>**E 68131**<br>) (Zip)|"
              "Reporting Person<sup>*</sup><br>2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|---|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (
        "ROE RICHARD", "1 MAIN STREET", "OMAHA", "NE", "68131")


def test_box1_piece_ending_in_state_and_zip_goes_on_the_city_line() -> None:
    """Two pieces in the next cell for three lines that all filled the cell before it: the last
    piece ends in a state and ZIP ('Y MO 64117'), so it ends the city line and the other goes on
    the street line above it (a name line may end at a cell's edge); the choice is uncertain."""
    header = ("|1. Name and<br>**ROE RICH**<br>(Last) (First) (M<br>**2800 ROC**<br>(Street)<br>**NORTH K**<br>"
              "(City) (State) (Z|Address of Re<br>**ARD JAMES**<br>iddle)<br>**KCREEK P**<br>**ANSAS CIT**<br>ip)|"
              "porting Person<sup>*</sup><br>**ARKWAY**<br>**Y MO 64117**<br>2. Issuer Name and Ticker or Trading "
              "Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
              "|---|---|---|---|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n|---|---|---|---|\n", header))
    (o,) = doc.reporting_owners
    assert (o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (
        "ROE RICHARD JAMES", "2800 ROCKCREEK PARKWAY", "NORTH KANSAS CITY", "MO", "64117")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_box5_titles_of_several_owners_each_under_its_own_group() -> None:
    """Several owners: box 5 stacks one group of labels per owner in its column, each officer's
    title in bold right under that group's 'Other (specify below)', a title maybe opening the
    column's cell on the next header row. Each owner gets the title under its own group; an
    owner whose group has no bold slice there gets none."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**<br>(Last) (First) (Middle)"
              "<br>**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**Widget Corp [ WDGT ]**|5. Relationship of Reporting "
              "Person(s) to Issuer<br>(Check all applicable)<br>Director<br>10% Owner<br>X Officer (give title below)"
              "<br>Other (specify below)<br>**Senior Vice President**<br>X Director<br>10% Owner|\n|---|---|---|\n"
              "|**ROE RICHARD**<br>(Last) (First) (Middle)<br>**2 ELM STREET**<br>(Street)<br>**OMAHA NE 68132**"
              "<br>(City) (State) (Zip)||Officer (give title below)<br>Other (specify below)<br>X Director<br>"
              "10% Owner<br>X Officer (give title below)<br>Other (specify below)|\n"
              "|**POE ANNE**<br>(Last) (First) (Middle)<br>**3 OAK STREET**<br>(Street)<br>**OMAHA NE 68133**<br>"
              "(City) (State) (Zip)|3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|<br> <br>"
              "**Chief Legal Officer**|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    got = [(o.rpt_owner_name, o.is_director, o.is_officer, o.officer_title) for o in doc.reporting_owners]
    assert got == [("DOE JOHN", False, True, "Senior Vice President"), ("ROE RICHARD", True, False, None),
                   ("POE ANNE", True, True, "Chief Legal Officer")]


def test_title_cut_into_two_stacked_cells_with_a_digit_in_a_piece() -> None:
    """A long title cut at a guessed edge into two stacked cells ('Common S<br>(Class A, S<br>Voting
    Shar' | 'hare<br>eries 2<br>es)'): a piece of the second cell that starts with a letter may hold
    a digit ('eries 2'); the pieces still go on with the lines beside them, and the row is read."""
    row = ("|Common S<br>(Class A, S<br>Voting Shar|hare<br>eries 2<br>es)|05/03/2021||S<br>1,500<br>D|$12.50|"
           "8,500|D|||\n")
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Common Share (Class A, Series 2 Voting Shares)"
    assert (tx.transaction_code, tx.transaction_shares, tx.shares_owned_following_transaction) == (
        "S", Decimal("1500"), Decimal("8500"))


def test_title_cut_inside_its_par_value_amount() -> None:
    """A title cut at a guessed edge inside its par value ('Common<br>value $0.<br>share' |
    'Stock, par<br>001 per'): the amount's digits go on with the line ending in '$0.', and the
    row is read with its whole title."""
    row = "|Common<br>value $0.<br>share|Stock, par<br>001 per|05/03/2021||S<br>|1,500<br>D|$12.50|8,500<br>D|||\n"
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Common Stock, par value $0.001 per share"
    assert (tx.transaction_code, tx.transaction_shares, tx.shares_owned_following_transaction) == (
        "S", Decimal("1500"), Decimal("8500"))


def test_amendment_box4_date_cut_across_cells_as_box3s() -> None:
    """PyMuPDF4LLM cuts box 4's label and date across cells the way it cuts box 3's ('4. If Ame' /
    '**05/06/2**' | 'ndment, Date o' / '**021**'): the bold slices under the label's pieces make the
    original filing's date, and the form is an amendment."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**<br>(Last) (First) (Middle)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship|\n"
              "|---|---|---|\n|**1 MAIN STREET**<br>(Street)<br>**OMAHA NE 68131**<br>(City) (State) (Zip)|"
              "3. Date o<br>**05/03/2**<br>"
              "4. If Ame<br>**05/06/2**<br>6. Individ|f Earliest Trans<br>**021**<br>ndment, Date o<br>**021**<br>"
              "ual or Joint/Gro|X Director|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    assert (doc.document_type, doc.date_of_original_submission) == ("4/A", date(2021, 5, 6))
    assert doc.period_of_report == date(2021, 5, 3)


def test_box1_pieces_of_several_owners_go_on_the_lines_long_enough_to_reach_the_edge() -> None:
    """Several owners, box 1's lines cut at the cell's edge, their ends stacked as bold pieces in
    the next cell: a line much shorter than the longest ('FLOOR 3') ended before the edge, so the
    pieces go on the long lines, the name's included ('HOLDIN' + 'GS LLC', 'BUILDIN' + 'G FOUR')."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN GROWTH HOLDIN**<br>(Last) (First) "
              "(Middle)<br>**10 MAIN STREET BUILDIN**<br>**FLOOR 3**<br>(Street)<br>**OMAHA NE 68131**<br>(City) "
              "(State) (Zip)<br>**ROE RICHARD**<br>(Last) (First) (Middle)<br>**20 ELM STREET**<br>(Street)<br>"
              "**BOSTON MA 02110**<br>(City) (State) (Zip)|**GS LLC**<br>**G FOUR**|2. Issuer Name and Ticker or "
              "Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer<br>"
              "X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)<br>X Director<br>"
              "10% Owner<br>Officer (give title below)<br>Other (specify below)|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    got = [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_street2) for o in doc.reporting_owners]
    assert got[0][0] == "DOE JOHN GROWTH HOLDINGS LLC"
    assert " ".join(x for x in got[0][1:] if x) == "10 MAIN STREET BUILDING FOUR FLOOR 3"
    assert got[1] == ("ROE RICHARD", "20 ELM STREET", None)


def test_rows_in_a_picture_region_are_read_as_plain_lines() -> None:
    """PyMuPDF4LLM took the top of page 2 (Table I's last row, drawn among many rules) for a
    picture and printed its text as one line, the lines apart by <br>, words apart by single spaces;
    the same region came twice. Its lines are read as plain text lines, once: the row is kept."""
    picture = ("<!-- Start of picture text -->\nClass A 05/04/2021 S 500 D $12.75 8,000 D<br>Common<br>Stock<br>"
               "<!-- End of picture text -->\n")
    text = _MD.replace("|**Table II - Derivative", picture * 2 + "\n|**Table II - Derivative")
    doc = read_text(text)
    got = [(r.security_title, r.transaction_date, r.transaction_shares, r.shares_owned_following_transaction)
           for r in doc.non_derivative_transactions]
    assert got[0] == ("Common Stock", date(2021, 5, 3), Decimal("1500"), Decimal("8500"))
    assert got[1:] == [("Class A Common Stock", date(2021, 5, 4), Decimal("500"), Decimal("8000"))]


def test_title_closing_parenthesis_cut_into_the_next_cell() -> None:
    """A Table II title's closing parenthesis fell past its column's edge, alone on a line of the
    next cell ('Units (Deferred<br>Compensation' | '<br> <br>)<br>(3)'): it goes back on the title,
    and the row is read as a transaction, not lost as a holding of nothing."""
    t2 = ("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
          "|Phantom Stock<br>Units (Deferred<br>Compensation|<br> <br>)<br>(2)|05/03/2021||A|10.5|(2)<br>(2)|"
          "Common<br>Stock|10.5|$41.2|310.25|D||\n")
    text = _MD.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                       t2).replace("FOOTNOTES", "1. Held in a brokerage account.\n\n2. Converts one for one.")
    doc = read_text(text)
    assert not doc.derivative_holdings
    (tx,) = doc.derivative_transactions
    assert tx.security_title == "Phantom Stock Units (Deferred Compensation)"
    assert (tx.transaction_date, tx.transaction_code, tx.transaction_shares, tx.shares_owned_following_transaction) == (
        date(2021, 5, 3), "A", Decimal("10.5"), Decimal("310.25"))


def test_title_last_line_on_a_row_of_its_own_goes_above_the_date_in_the_title_cell() -> None:
    """The title's cell stacks the date under the title's lines (columns merged), and the title's
    last line came as a row of its own, every cell empty but the first ('|Shares)||||||'): the
    line goes back into the title above the date, and the row keeps its values."""
    row = ("|Common Stock<br>(Class A Voting<br>05/03/2021||S|1,500|D<br>$12.50|8,500|D|||\n"
           "|Shares)||||||||||\n")
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Common Stock (Class A Voting Shares)"
    assert (tx.transaction_date, tx.transaction_code, tx.transaction_shares, tx.shares_owned_following_transaction,
            tx.nature_of_ownership) == (date(2021, 5, 3), "S", Decimal("1500"), Decimal("8500"), None)


def test_title_and_date_both_cut_the_dates_first_digit_under_the_titles_piece() -> None:
    """A guessed edge cut both the title and the date after its first digit ('Class A C<br>Stock' |
    'ommon<br>0' | '5/03/2021'): the date's start under the title's pieces still says the title
    column was cut, so the pieces go on the title's lines, and the row is read."""
    row = "|Class A C<br>Stock|ommon<br>0|5/03/2021|S<br>1,50|0<br>D|$12.50|8,500|D||\n"
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.security_title == "Class A Common Stock"
    assert (tx.transaction_date, tx.transaction_code, tx.transaction_shares, tx.shares_owned_following_transaction) == (
        date(2021, 5, 3), "S", Decimal("1500"), Decimal("8500"))


def test_box2_label_cut_right_after_its_first_letters() -> None:
    """Box 2's label cut after 'Iss' below the end of box 1's label ('on<sup>*</sup><br>2. Iss<br>**Alp**'
    | 'uer Name and Tick<br>**habet Inc. [ GO**' | 'er or Trading Sy<br>**OG ]**'): the bold slices
    under the label's pieces are still the issuer and its ticker, not box 1's name."""
    header = ("|1. Name and Ad<br>**DOE**<br>(Last) (First) (Mid|dress of Reporting Pers<br>**JOHN**<br>dle)|"
              "on<sup>*</sup><br>2. Iss<br>**Alp**|uer Name and Tick<br>**habet Inc. [ GO**|er or Trading Sy<br>"
              "**OG ]**|5. Relationship of Reporting Person(s) to Issuer|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Alphabet Inc.", "GOOG")


def test_box3_label_cut_after_its_first_two_letters() -> None:
    """Box 3's label cut after 'Da' ('3. Da' / '**05/0**' | 'te of Earliest Trans' / '**3/2021**'):
    the bold slices under the label's pieces still make the period of report."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**<br>(Last) (First) (Middle)|"
              "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**<br>3. Da<br>**05/0**|"
              "te of Earliest Trans<br>**3/2021**|5. Relationship|\n")
    doc = read_text(_MD.replace(_BOX1_CELL + "\n", header))
    assert doc.period_of_report == date(2021, 5, 3)


def test_ownership_form_letter_atop_the_first_cell_of_a_cut_nature() -> None:
    """The nature of ownership cut into three cells stacking the same lines, the ownership form's
    'I' stacked atop the first ('I<br>Chi<br>par' | "ld's proportio<br>tnership inter" | 'nate<br>est
    shares'): the letter is the form's, and the nature's lines are put back together."""
    row = ("|Common<br>Stock|05/03/2021||S|1,500|D<br>$12.50|8,500|I<br>Chi<br>par|ld's proportio<br>tnership inter|"
           "nate<br>est shares|\n")
    doc = read_text(_MD.replace(
        "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50<sup>(2)</sup>|8,500<sup>(1)</sup>|D||\n", row))
    (tx,) = doc.non_derivative_transactions
    assert tx.direct_or_indirect_ownership == "I"
    assert tx.nature_of_ownership == "Child's proportionate partnership interest shares"


def test_markdown_signature_rows_after_an_empty_remarks_box_are_signatures() -> None:
    """PyMuPDF4LLM prints several owners' signatures as table rows '| name | date |', each above its
    label. The first, an entity's signature over several rows whose typed '/s/' comes only on the
    last, follows an empty Remarks box: the date alone in its row's last cell makes it a signature
    (not a remarks sentence that mentions a date), so the remarks stay empty."""
    from text_forms import MD_FORM4

    sigs = ("## **Remarks:**\n\n"
            "|**ACME PARTNERS, L.P. By: ACME**|**04/15/2022**|\n|---|---|\n"
            "|**GP, LLC, its general partner**||\n"
            "|**By: /s/ Jane Roe, Managing Member**||\n"
            "|** Signature of Reporting Person|Date|\n"
            "|**/s/ John Doe**|**04/15/2022**|\n"
            "|** Signature of Reporting Person|Date|\n")
    head = MD_FORM4.split("## **Remarks:**")[0]
    doc = read_text(head + sigs)
    assert doc.remarks is None
    names = [s.signature_name or "" for s in doc.owner_signatures]
    assert len(names) == 2 and names[0].startswith("ACME PARTNERS, L.P.") and "Jane Roe" in names[0]
    assert names[1] == "/s/ John Doe"
    assert [str(s.signature_date) for s in doc.owner_signatures] == ["2022-04-15", "2022-04-15"]
