"""PyMuPDF4LLM markdown: box 5 cut across two header rows, the second opening with the Officer
box's 'X O' alone on its slice ('Officer' cut after its first letter) and the title's first letters
under it ('**Chi**' | '**ef Financia**' | '**l Officer**'). Typed here in the pattern's shape (seen
on the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and<br>**DOE**<br>|Address of Re<br>**JOHN**<br>|porting Perso|n<sup>*</sup><br>2. Issuer<br>"
         "**WIDG**|Name and<br>**ET CORP [ WD**|Ticker or Trading Sy<br>**GT ]**|mbol||5. R<br>(Che<br>|"
         "elationship of<br>ck all applica<br>i|Reporting<br>ble)<br>10% O|Person(s) to Issuer<br>|||\n"
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
         "|(Last) (First) (M<br>**1 MAIN**<br>(Street)<br>**SPRINGFI**<br>(City) (State) (Z|iddle)<br>**STREET**<br>"
         "**ELD IL 62**<br>ip)|**701**|3. Date<br>**05/03/**|of Earliest Tr<br>**2021**|ansaction (Month/Da|y/Year)|"
         "ar)|<br>X O<br>**Chi**|rector<br>fficer (give<br>**ef Financia**|<br>title bel<br>**l Officer**|"
         "ner<br>ow)<br>Other (s|pecify bel|ow)|\n")


def test_officer_title_read_from_the_second_row() -> None:
    doc = read_text(md_header(_HEAD))
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True
    assert owner.officer_title == "Chief Financial Officer"


_HEAD2 = ("|1. Name and Ad<br>**DOE JOH**<br>|dress of Reporting Perso<br>**N**<br>|n<sup>*</sup><br>2. Issuer<br>"
          "**Widge**|Name and Ticker o<br>**t Corp [**|r Trading Symb<br>**WDGT ]**|ol||"
          "5. Relationship of Reporting<br>(Check all applicable)<br>Di<br>10% O|Person(s) to Issuer<br>||\n"
          "|---|---|---|---|---|---|---|---|---|\n"
          "|(Last) (First) (Midd<br>**1 MAIN ST**<br>(Street)<br>**SPRINGFIELD**<br>(City) (State) (Zip)|le)<br>"
          "**REET**<br>**IL 62701**|3. Date of<br>**05/03/2**|Earliest Trans<br>**021**||||rector<br>X  <br>"
          "Officer (give title bel|ner<br>ow)<br>Other (sp|ecify below)|\n")


def test_lone_x_between_directors_rest_and_officer_is_ten_percent_owner() -> None:
    """Box 5's first line ('Di' / '10% O') cut into the first row, the second row's cell stacking
    Director's rest, a lone 'X' and 'Officer (give ...': the X sits on box 5's first line right of
    Director, the 10% Owner box."""
    doc = read_text(md_header(_HEAD2))
    (owner,) = doc.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        False, False, True, False)


_HEAD3 = ("|1. Name and<br>**DOE JOHN**<br>(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>"
          "**SPRINGFIELD IL 62701**<br>(City) (State) (Zip)|2. Issuer Name and<br>**Acme Municipal O**<br>"
          "3. Date of Earliest T<br>**05/03/2021**|Ticker or Trading<br>**pportunities**<br>ransaction (Month|"
          "**Fund [ AMO ]**<br>5.<br>(C<br>X<br>**S**|Relationshi<br>heck all app<br>Director<br> Officer (g<br>"
          "**VP, CLO &**|p of Reportin<br>licable)<br> <br>10% O<br>ive title be<br>**Secretar**|g Person(s) to Iss<br>"
          "wner<br>low)<br>Other<br>**y**|uer<br>(specify be|low)|\n|---|---|---|---|---|---|---|---|\n")


def test_title_begun_after_the_x_not_box_2s_value_above_it() -> None:
    """The box column left of box 5's labels also holds the end of box 2's value ('**Fund [ AMO ]**')
    above its 'X' and the title's first letter ('**S**'): the title starts after the X (the space the
    cut after '&' fell on is not kept)."""
    doc = read_text(md_header(_HEAD3))
    (owner,) = doc.reporting_owners
    assert (owner.officer_title or "").replace(" ", "") == "SVP,CLO&Secretary"
