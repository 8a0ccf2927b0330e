"""PyMuPDF4LLM: Table I's heading cut into the header's last row, under box 1's owner lines."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4

_LINES = MD_FORM4.splitlines(keepends=True)
_BOX1 = _LINES[4] + _LINES[5]
_T1_HEADING = _LINES[7]


def test_table1_heading_in_the_owners_row_is_not_read_with_their_lines() -> None:
    """The last header row stacks an owner's lines in box 1's cell, Table I's heading as the last
    bold slices of the next cells ('**Table I -**' | '**Non-Derivative Securities**' | ...): the
    heading goes after the row, so the owner's lines are no Table I rows (they were read as
    holdings) and the owner is whole."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>"
              "**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n|---|---|---|\n"
              "|<br>**DOE JANE**<br>(Last) (First) (Middle)<br>**1 ELM STREET**<br>(Street)<br>**OMAHA NE 68131**<br>"
              "(City) (State) (Zip)||X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)<br>"
              "X Director<br>10% Owner<br>Officer (give title below)<br>Other (specify below)|\n\n\n"
              "|**ROE RICHARD**<br>(Last) (First) (Middle)<br>**200 MAIN STRE**<br>(Street)<br>"
              "**BOSTON MA 02116**<br>(City) (State) (Zip)|**ET**<br> <br>**Table I -**|**Non-Derivative Securities**|"
              "**Acquired, Disposed of, or Beneficially Owned**|\n|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(_T1_HEADING, "").replace(_BOX1, header))
    assert doc.non_derivative_holdings == []
    (t,) = doc.non_derivative_transactions
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))
    assert [(o.rpt_owner_name, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("DOE JANE", "OMAHA"), ("ROE RICHARD", "BOSTON")]
    assert doc.reporting_owners[1].rpt_owner_street1 == "200 MAIN STREET"


def test_table2_heading_in_a_table1_row_whose_date_is_cut_before_its_year_slash() -> None:
    """Table II's heading cut into Table I's last row, the row's date cut before the slash of its
    year ('10/18<br>**Table II**' | '/2006<br>**- Derivative Se**'), the title's par amount cut too:
    the heading goes on a line of its own and the row is read (it was lost)."""
    row = ("|Common<br>Stock, $0.<br>par value|001<br>10/18<br>**Table II**|/2006<br>**- Derivative Se**|"
           "**curities Acquired,**|S<br>**Disposed of, or B**|24<br>**enefi**|,000<br>D<br>**cially Owned**|"
           "$9.50<br> **(e.g.,pu**|**ts, calls, warra**|265,58<br>**nts, option**|2<br>D<br>**s, convertible s**|"
           "**ecurities)**||\n")
    text = MD_FORM4.replace(_LINES[8], row).replace(_LINES[9], "")
    (t,) = read_text(text).non_derivative_transactions
    assert t.security_title == "Common Stock, $0.001 par value"
    assert (t.transaction_code, t.transaction_shares, t.transaction_price_per_share) == ("S", Decimal("24000"),
                                                                                       Decimal("9.50"))
    assert (t.shares_owned_following_transaction, t.direct_or_indirect_ownership) == (Decimal("265582"), "D")


def test_table2_heading_in_a_table1_row_whose_date_is_cut_after_its_month() -> None:
    """Table II's heading cut into Table I's last row ('**Table**' | '**I**' | '**I - Derivative Sec**'),
    the row's date cut after its month ('01' | '/02/2020'), its title in two cut cells: the title is
    put back together and the row read (it was a holding titled 'Common (Limited P Interests)')."""
    row = ("|Common<br>(Limited P<br>Interests)|Units<br>artner<br><br>**Table**|01<br>**I**|/02/2020<br>"
           "**I - Derivative Sec**|**urities Acquired,**|F<br>9<br>**Disposed of, or Benefici**|48<br>D<br>$25.71<br>"
           "**ally Owned(e.g.,put**|**s, calls, warran**|8,9<br>**ts, option**|25<br>D<br>**s, convertible s**|"
           "**ecurities)**||\n")
    doc = read_text(MD_FORM4.replace(_LINES[8], row).replace(_LINES[9], ""))
    assert doc.non_derivative_holdings == []
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Units (Limited Partner Interests)"
    assert (t.transaction_code, t.transaction_shares, t.transaction_price_per_share) == ("F", Decimal("948"),
                                                                                       Decimal("25.71"))
    assert (t.shares_owned_following_transaction, t.direct_or_indirect_ownership) == (Decimal("8925"), "D")


def test_table2_heading_in_a_holding_row_of_table1() -> None:
    """Table II's heading cut into Table I's last row, a holding (no date): 'Common Shares of
    Beneficial<br>Interest<br>**Table II -**' | '0<br>D<br>**Derivative Securities ...**': the heading
    goes on a line of its own and the holding is read (it was lost with the heading)."""
    row = ("|Common Shares of Beneficial<br>Interest<br>**Table II -**|0<br>D<br>**Derivative Securities Beneficially "
           "Owned(e.g.,puts, calls, warrants, options**|**, convert**|**ible securities)**||\n")
    doc = read_text(MD_FORM4.replace(_LINES[8], row).replace(_LINES[9], ""))
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Shares of Beneficial Interest"
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("0"), "D")
