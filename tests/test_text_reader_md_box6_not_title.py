"""PyMuPDF4LLM markdown: box 5's check mark lost and its labels cut across cells beside box 6's
('filed by One Reporting Person'): box 6's words read where box 5's title goes are no officer's
title, so no title is read and the officer box is not inferred from one. Typed here in the
pattern's shape (seen on the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and<br>**Roe**|Address of R<br>**Jane**|eporting Person<sup>*</sup>|2. Issuer<br>**Widg**|"
         "Name and Ticker or Trading Symbol<br>**et Corp [ WDGT ]**|<br>|5. Relationship o<br>(Check all applic<br>"
         " <br>|f Reportin<br>able)<br>|g Person(s) to Issuer<br>|||\n"
         "|---|---|---|---|---|---|---|---|---|---|---|\n"
         "|(Last) (First) (<br>**C/O WID**<br>**STREET, S**<br>(Street)<br>**RALEIGH**<br>(City) (State) (|Middle)<br>"
         "**GET INC**<br>**UITE 500**<br>**NC 27606**<br>Zip)|**. 900 MAIN**||3. State<br>**12/31/2**<br>"
         "4. If Ame<br>6. Individ<br>X Form<br>Form|ment for Issuer's Fiscal Year Ended (Month/Day/Year)<br>**019**<br>"
         "ndment, Date of Original Filed (Month/Day/Year)<br>ual or Joint/Group Filing (Check Applicable Line)<br>"
         "filed by One Reporting Person<br>filed byMore than One ReportingPerson||Director<br><br>Officer (giv|"
         "10%<br>e title be|wner<br>low)<br>Other (|specify be|low)|\n")


def test_box_6_words_are_no_officer_title() -> None:
    doc = read_text(md_header(_HEAD))
    (owner,) = doc.reporting_owners
    assert owner.officer_title is None
    assert owner.is_officer is not True
