"""OCR of a joint filing: an owner's garbled city line taken from the other owners at the same street."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import at, ocr_grid_owners


def _owner(name: str, city_line: str, extra: str = "") -> str:
    return (at((0, name)) + at((0, "(Last) (First) (Middle)")) + at((0, "9 HARBOR ROAD"))
            + at((0, "(Street)")) + (at((0, extra)) if extra else "") + at((0, city_line))
            + at((0, "(City) (State) (Zip)")))


def _box1(first_city: str, first_extra: str = "") -> str:
    return (at((0, "ACME HOLDINGS INC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
                 (99, "Director    X 10% Owner"))
            + at((0, "9 HARBOR ROAD"), (48, "05/03/2021"), (99, "LJ Officer (give title below)  LJ Other (specify"))
            + at((0, "(Street)"))
            + (at((0, first_extra)) if first_extra else "")
            + at((0, first_city))
            + at((0, "(City) (State) (Zip)"))
            + _owner("ACME FUND LP", "NORWALK CT 06851")
            + _owner("ACME PARTNERS LLC", "NORWALK CT 06851")
            + at((48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + at((48, "LJ Form filed by More than One Reporting Person")))


def test_garbled_city_and_its_remains_as_a_street_line_take_the_others_address() -> None:
    """'CRN' (no digit, a line the others at the street lack) over 'eo CT 06851': the first owner's city line
    garbled; the two other owners at '9 HARBOR ROAD' agree on NORWALK CT 06851, so it is theirs, uncertain."""
    doc = read_text(ocr_grid_owners(_box1("eo CT 06851", "CRN")))
    first = doc.reporting_owners[0]
    assert (first.rpt_owner_street1, first.rpt_owner_street2, first.rpt_owner_city, first.rpt_owner_state,
            first.rpt_owner_zip_code) == ("9 HARBOR ROAD", None, "NORWALK", "CT", "06851")
    assert doc.extraction is not None
    for f in ("rpt_owner_street2", "rpt_owner_city"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields


def test_a_city_only_one_other_owner_gives_is_not_overruled() -> None:
    """Two owners at one street with different city lines: nothing says which is garbled; each keeps its own."""
    box1 = _box1("STAMFORD CT 06901").replace(_owner("ACME PARTNERS LLC", "NORWALK CT 06851"), "")
    doc = read_text(ocr_grid_owners(box1))
    assert [o.rpt_owner_city for o in doc.reporting_owners] == ["STAMFORD", "NORWALK"]


def test_a_city_misread_among_owners_who_agree_is_theirs() -> None:
    """'SAN r RANCISCO' with the ZIP read: the other owners at the street agree on NORWALK CT 06851 (the
    first owner's line, garbled the other way, is outvoted too)."""
    doc = read_text(ocr_grid_owners(_box1("NORW r ALK CT 06851")))
    assert [o.rpt_owner_city for o in doc.reporting_owners] == ["NORWALK"] * 3
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields


def test_a_street_with_a_word_cut_in_two_is_spelled_as_the_others_give_it() -> None:
    """'9 | HAR BOR ROAD' (a word OCR cut, the line split in two): the street the other owners give."""
    box1 = _box1("NORWALK CT 06851").replace(
        _owner("ACME FUND LP", "NORWALK CT 06851"),
        _owner("ACME FUND LP", "NORWALK CT 06851").replace(at((0, "9 HARBOR ROAD")), at((0, "9 HAR BOR ROAD"))))
    doc = read_text(ocr_grid_owners(box1))
    assert [o.rpt_owner_street1 for o in doc.reporting_owners] == ["9 HARBOR ROAD"] * 3
