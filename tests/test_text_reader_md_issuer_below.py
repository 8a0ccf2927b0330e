"""PyMuPDF4LLM: box 2's label whole in the table's heading row, its value opening the next row."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4

_BOX1 = MD_FORM4.splitlines()[4] + "\n|---|---|---|---|\n"


def test_issuer_value_in_the_next_row_under_its_label() -> None:
    """Box 2's label alone at the end of its cell ('2. Issuer Name and Ticker or Trading Symbol<br>'),
    the next row's cell in that column opening with the bold value: that is the issuer and ticker
    (was box 5's label, '5. Relationship of Reporting Person(s) to Issuer')."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup>|2. Issuer Name and Ticker or Trading Symbol<br>|"
              "5. Relationship of Reporting Person(s) to Issuer<br>|\n|---|---|---|\n"
              "|<br>**ROE RICHARD**<br>(Last) (First) (Middle)<br>**200 MAIN STREET**<br>(Street)<br>"
              "**BOSTON MA 02116**<br>(City) (State) (Zip)|**Acme Brands Holding Co [ ABH ]**|"
              "(Check all applicable)<br>X Director<br>10% Owner<br>Officer (give title below)<br>"
              "Other (specify below)|\n")
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Acme Brands Holding Co", "ABH")


def test_issuer_label_cut_right_after_its_number() -> None:
    """Box 2's label cut right after its number ('2.' over '**S**' in one cell, 'Issuer Name and' over
    '**EACOAST BAN**' in the next, ...): the value is read across the cells as for a longer cut
    (was box 1's and box 2's text mixed: 'Roe Ann ON ONE EACOAST ...')."""
    header = ("|1. Name and Ad<br>**Roe Ann**<br>(Last) (First) (Mid|dress of Reporting Pers<br>dle)|"
              "on<sup>*</sup><br>**ON ONE**<br>2.<br>**S**<br>3.<br>**0**|Issuer Name and<br>**EACOAST BAN**<br>"
              "Date of Earliest Tr<br>**2/26/2020**|Ticker or Tradin<br>**KING CORP**<br>ansaction (Mon|"
              "g Symbol<br>**OF FLORIDA [ SBCF ]**<br>th/Day/Year)|\n|---|---|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(_BOX1, header))
    assert (doc.issuer.issuer_name or "").replace(" ", "") == "SEACOASTBANKINGCORPOFFLORIDA"
    assert doc.issuer.issuer_trading_symbol == "SBCF"
