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
