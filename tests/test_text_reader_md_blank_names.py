"""PyMuPDF4LLM: a form leaving box 2's issuer name and box 1's owner name blank. Box 2's bold value
is only its '[ ticker ]': the name stays null, the ticker is read. Box 2's label cut into box 1's
name line ('Name and Ticker or Trading Symbol') is no owner's name."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4

_HEADER = MD_FORM4.splitlines()[4]


def test_ticker_alone_under_box_2_and_no_owner_name() -> None:
    header = ("|1. Name and Ad<br>(Last) (First) (Midd<br>**1 Main St**<br>(Street)<br>**Anywhere V**"
              "<br>(City) (State) (Zip)|dress of Reporting Person<br>le)<br>**Apt #4**<br>**A 21212**"
              "|<sup>*</sup><br>2. Issuer<br>**[ WDGT]**<br>3. Date o<br>**09/15/2**"
              "|Name and Ticker or Trading Symbol<br>f Earliest Transaction (Month/Day/Year)<br>**003**"
              "|5. Relationship of Reporting Person(s) to Issuer<br>X Director<br>10% Owner|")
    doc = read_text(MD_FORM4.replace(_HEADER, header))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == (None, "WDGT")
    assert doc.reporting_owners[0].rpt_owner_name is None
