"""PyMuPDF4LLM markdown: box 5 cut across two header rows, the second opening with the Officer
box's 'X O' alone on its slice ('Officer' cut after its first letter) and the title's first letters
under it ('**Chi**' | '**ef Financia**' | '**l Officer**'). Typed here in the pattern's shape (seen
on the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4

_HEAD = ("|1. Name and<br>**DOE**<br>|Address of Re<br>**JOHN**<br>|porting Perso|n<sup>*</sup><br>2. Issuer<br>"
         "**WIDG**|Name and<br>**ET CORP [ WD**|Ticker or Trading Sy<br>**GT ]**|mbol||5. R<br>(Che<br>|"
         "elationship of<br>ck all applica<br>i|Reporting<br>ble)<br>10% O|Person(s) to Issuer<br>|||\n"
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
         "|(Last) (First) (M<br>**1 MAIN**<br>(Street)<br>**SPRINGFI**<br>(City) (State) (Z|iddle)<br>**STREET**<br>"
         "**ELD IL 62**<br>ip)|**701**|3. Date<br>**05/03/**|of Earliest Tr<br>**2021**|ansaction (Month/Da|y/Year)|"
         "ar)|<br>X O<br>**Chi**|rector<br>fficer (give<br>**ef Financia**|<br>title bel<br>**l Officer**|"
         "ner<br>ow)<br>Other (s|pecify bel|ow)|\n")


def test_officer_title_read_from_the_second_row() -> None:
    lines = MD_FORM4.splitlines(keepends=True)
    doc = read_text("".join(lines[:4]) + _HEAD + "".join(lines[6:]))
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True
    assert owner.officer_title == "Chief Financial Officer"
