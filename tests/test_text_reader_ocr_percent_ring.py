"""OCR of box 5 in a small or shrunk type: the '%' sign of '10% Owner' comes apart, its upper ring
read as a glyph of its own ('10 0, % Owner', '10 ) % Owner'). The label is still '10% Owner', so the
10% Owner box beside it reads as before."""

from __future__ import annotations

import pytest

from section16.readers.text import read_text
from text_forms import OCR_BOX5, at, ocr_tab_box1


@pytest.mark.parametrize("label", ["Director  j  10 0, % Owner", "Director  j  10 ) % Owner",
                                   "Director  j   10 0 % Owner"])
def test_ocr_grid_ten_percent_label_with_its_percent_ring_apart(label: str) -> None:
    """On a grid: the 10% Owner box ('j') reads empty beside the broken label; the officer's title is
    read as before and Director stays unread (its mark lost)."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((99, label)))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_ten_percent_owner is False
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_director is None


@pytest.mark.parametrize("ten", ["10 0, % Owner", "10 ) % Owner"])
def test_ocr_tab_ten_percent_box_read_empty_beside_a_broken_label(ten: str) -> None:
    """OCR'd tab cells: the 10% Owner box ('j') between 'Director' and the broken label reads empty;
    with the title written under the labels, the owner is an officer and not a 10% owner."""
    doc = read_text(ocr_tab_box1([
        "Dornau Gregor M",
        f"(Last) (First) (Middle)\tDirector j\t{ten}",
        "1 MAIN STREET\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tPresident",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True and owner.officer_title == "President"
    assert owner.is_ten_percent_owner is False


@pytest.mark.parametrize("label", ["Director ie 10% Owner", "Director ie) 10 % Owner", "Director ies 10% Owner"])
def test_ocr_grid_ten_percent_box_whose_x_reads_as_letters(label: str) -> None:
    """On a grid: the checked 10% Owner box's X read as letters ('ie', 'ie)', 'ies') is a checked box,
    not an unknown glyph: 10% Owner reads True (uncertain, as every box 5 value OCR infers)."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((99, label)))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.is_ten_percent_owner is True
    assert "reporting_owners[0].is_ten_percent_owner" in doc.extraction.uncertain_fields
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"


def test_ocr_grid_ten_percent_box_read_as_oo_is_empty() -> None:
    """On a grid: the empty 10% Owner box's outline read as 'Oo' (as 'QO' or 'oO' already are) reads empty."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((99, "Director   Oo 10 % Owner")))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_ten_percent_owner is False
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
