"""PyMuPDF4LLM markdown, several owners: box 5's labels cut into two columns, the left stacking the
owners' 'Director' / 'Officer (' lines, the right their '10% Owner' / 'give title below)' / 'Other'
lines, the right one's slices not lined up with the left's. Each '10% Owner' of the right column
starts the next owner's marks there (the first owner's 'X 10% Owner' was read as the last owner's).
Typed here in the pattern's shape (seen on the tuning split and the 92% zoom probe), not copied
from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import md_header

_HEAD = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ACME FUND LP**<br>(Last) (First) (Middle)<br>"
         "**1 MAIN STREET**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>**ROE JANE**<br>"
         "(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)|"
         "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
         "4. Relationsh<br>(Check all ap<br>Director<br>Officer (<br>X Director<br>Officer (|"
         "ip of Reporting Person(s)<br>plicable)<br> <br>X 10% Owner<br>give title below)<br>Other<br> <br>"
         "X 10% Owner<br>give title below)<br>Other|er<br>(specify below)<br>|\n"
         "|---|---|---|---|---|\n")


def test_each_ten_percent_label_of_the_right_column_starts_the_next_owner() -> None:
    doc = read_text(md_header(_HEAD))
    got = [(o.rpt_owner_name, o.is_director, o.is_ten_percent_owner, o.is_officer, o.is_other)
           for o in doc.reporting_owners]
    assert got == [("ACME FUND LP", False, True, False, False), ("ROE JANE", True, True, False, False)]


_HEAD3 = ("|1. Name and Address of<br>**ACME FUND**<br>(Last) (First) (Middle)<br>**C/O ACME CAPIT**<br>"
          "**OAK AVENUE**<br>Stt|Reporting Person<sup>*</sup><br>**LP**<br>**AL 9**<br>**, SUITE 5**|"
          "2. Issuer Name and Ticker<br>"
          "**WIDGET CORP [ WDGT ]**<br>4. Relationsh<br>(Check all ap<br>Director<br>Officer (<br>X Director<br>|"
          "ip of Reporting Person(s) to Issu<br>plicable)<br> <br>X 10% Owner<br>give title below)<br>Other<br> <br>"
          "X 10% Owner<br> <br>|er<br>(specify below)<br>|\n"
          "|---|---|---|---|\n"
          "|(ree)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>**Roe Jane**<br>(Last) (First) (Middle)<br>"
          "**C/O ACME CAPIT**<br>**OAK AVENUE**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>"
          "**Poe Ann**<br>(Last) (First) (Middle)<br>**C/O ACME CAPIT**<br>**OAK AVENUE**<br>(Street)<br>"
          "**BOSTON MA 02110**<br>(City) (State) (Zip)|**AL 9**<br>**, SUITE 5**<br>**AL 9**<br>**, SUITE 5**|"
          "3. Date of Earliest Transaction<br>**05/03/2021**<br>Officer (<br>X Director<br>Officer (<br> <br>|"
          "give title below)<br>Other<br> <br>X 10% Owner<br>give title below)<br>Other|\n"
          "|---|---|---|---|\n")


def test_three_owners_over_two_rows_replace_an_unmatched_flat_reading() -> None:
    """Three owners' groups over two header rows: the flat reading cannot match its groups one per
    owner; the cells' groups, one per owner, replace it (still listed uncertain)."""
    doc = read_text(md_header(_HEAD3))
    got = [(o.is_director, o.is_ten_percent_owner, o.is_officer, o.is_other) for o in doc.reporting_owners]
    assert got == [(False, True, False, False), (True, True, False, False), (True, True, False, False)]
    assert doc.extraction is not None
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields
