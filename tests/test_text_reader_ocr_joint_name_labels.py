"""OCR of a joint filing: an owner's '(Last) (First) (Middle)' label misread ('(Cast) (First) (Middle)',
'(ag) (est (Middle)') still starts that owner, so the owners do not run together when the owner before
lost its '(City) (State) (Zip)' label too (the second owner's address was read as the first's, its state
and ZIP taken as sure)."""

from __future__ import annotations

import re

import pytest

from section16.readers.text import read_text
from text_forms import at, ocr_grid_owners


def _box1(second_label: str, second_city: str = "NORWALK CT 06851") -> str:
    return (at((0, "ACME HOLDINGS INC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
                 (99, "Director    X 10% Owner"))
            + at((0, "9 HARBOR ROAD"), (48, "05/03/2021"), (99, "LJ Officer (give title below)  LJ Other (specify"))
            + at((0, "(Street)"))
            + at((0, "BOSTON MA 02110"))
            # (the first owner's '(City) (State) (Zip)' label lost)
            + at((0, "ACME FUND LP"))
            + at((0, second_label))
            + at((0, "12 MILL LANE"))
            + at((0, "(Street)"))
            + at((0, second_city))
            + at((0, "(City) (State) (Zip)"))
            + at((48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + at((48, "LJ Form filed by More than One Reporting Person")))


@pytest.mark.parametrize("label", ["(Cast) (First) (Middle)", "(ag) (est (Middle)", "{Last) (Fist) (Middle"])
def test_misread_name_label_starts_the_second_owner(label: str) -> None:
    """The second owner's name label misread: two owners, each with its own street and city line."""
    doc = read_text(ocr_grid_owners(_box1(label)))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ACME HOLDINGS INC", "ACME FUND LP"]
    assert [(o.rpt_owner_street1, o.rpt_owner_city, o.rpt_owner_state) for o in doc.reporting_owners] == [
        ("9 HARBOR ROAD", "BOSTON", "MA"), ("12 MILL LANE", "NORWALK", "CT")]


def test_middle_label_set_apart_is_no_owner_of_its_own() -> None:
    """'(Middle)' that OCR set on a line of its own over '(Last) (First)' is the same owner's label."""
    box1 = _box1("(Last) (First) (Middle)").replace(
        at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
           (99, "Director    X 10% Owner")),
        at((10, "(Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
        + at((0, "(Last) (First)"), (99, "Director    X 10% Owner")))
    doc = read_text(ocr_grid_owners(box1))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ACME HOLDINGS INC", "ACME FUND LP"]


def test_misread_name_label_starts_the_second_owner_in_tab_cells() -> None:
    """The same OCR'd form flattened to tab cells (runs of spaces to tabs, no columns): two owners still."""
    grid = ocr_grid_owners(_box1("(Cast) (First) (Middle)"))
    text = "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in grid.splitlines())
    doc = read_text(text)
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ACME HOLDINGS INC", "ACME FUND LP"]
    assert [o.rpt_owner_state for o in doc.reporting_owners] == ["MA", "CT"]
