"""PyMuPDF4LLM: box 1 printing a second owner's block whose lines are all blank (only its labels),
box 5 printing a second group of marks: the second owner is read, name and address blank, its
boxes from its own group and listed uncertain."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4

_HEADER = MD_FORM4.splitlines()[4]
"""MD_FORM4's header row (boxes 1, 2 and 5), replaced by each test's own."""


def _form(header: str) -> str:
    return MD_FORM4.replace(_HEADER, header)


_BOX1_TWO_BLOCKS = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**<br>(Last) (First) (Middle)"
                    "<br>**1 MAIN ST**<br>(Street)<br>**ANYTOWN VA 21212**<br>(City) (State) (Zip)"
                    "<br>(Last) (First) (Middle)<br>(Street)<br>(City) (State) (Zip)"
                    "|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**")


def test_blank_second_block_is_an_owner_with_its_own_marks() -> None:
    header = (_BOX1_TWO_BLOCKS + "|5. Relationship of Reporti<br>(Check all applicable)<br>X Director<br>10%"
              "<br>Officer (give title b<br>X Director<br>10%<br>Officer (give title b"
              "|ng Person(s) to Issuer<br>Owner<br>elow)<br>Other (s<br>Owner<br>elow)<br>X Other (s|")
    doc = read_text(_form(header))
    assert len(doc.reporting_owners) == 2
    first, second = doc.reporting_owners
    assert first.rpt_owner_name == "DOE JOHN"
    assert (second.rpt_owner_name, second.rpt_owner_street1, second.rpt_owner_city) == (None, None, None)
    assert (second.is_director, second.is_officer, second.is_ten_percent_owner, second.is_other) == (
        True, False, False, True)
    for fld in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        assert f"reporting_owners[1].{fld}" in doc.extraction.uncertain_fields


def test_no_blank_block_no_second_owner() -> None:
    """One owner's block only: box 1 gives no owner more."""
    header = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**<br>(Last) (First) (Middle)"
              "<br>**1 MAIN ST**<br>(Street)<br>**ANYTOWN VA 21212**<br>(City) (State) (Zip)"
              "|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**"
              "|5. Relationship of Reporting Person(s) to Issuer<br>X Director<br>10% Owner|")
    doc = read_text(_form(header))
    assert len(doc.reporting_owners) == 1


def test_owner_rest_cut_off_starts_the_next_group_in_its_cell() -> None:
    """'10% O' | 'wner' cut at the edge: the 'X Other' after the cell's second 'wner' is the second
    owner's, the first 'X Other' the first owner's (was: both read as the second's)."""
    header = (_BOX1_TWO_BLOCKS + "|5. Relationship<br>X Director<br>10% O<br>X Officer (give title be"
              "<br>X Director<br>10% O<br>Officer (give title be"
              "|of Reporting Person(s)<br>wner<br>low)<br>X Other (spec<br>wner<br>low)<br>Other (spec|")
    doc = read_text(_form(header))
    assert len(doc.reporting_owners) == 2
    first, second = doc.reporting_owners
    assert (first.is_director, first.is_officer, first.is_other) == (True, True, True)
    assert (second.is_director, second.is_officer, second.is_other) == (True, False, False)
