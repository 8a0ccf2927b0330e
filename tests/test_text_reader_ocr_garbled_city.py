"""OCR on a grid: a city line garbled past reading under '(Street)' is not read as a street line."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import OCR_BOX5, at


def _form(city_lines: str) -> str:
    box6 = "6. Individual or Joint/Group Filing (Check Applicable Line)"
    return OCR_BOX5.replace(at((0, "BOSTON MA 02110"), (48, box6)), city_lines + at((48, box6)))


def test_garbled_city_line_under_the_street_label_is_no_street() -> None:
    """'Cay Saco' (NEW YORK garbled) over '10022' under '(Street)': the street stays '1 MAIN ST', the ZIP is
    read, the city left unread."""
    doc = read_text(_form(at((0, "Cay Saco")) + at((17, "10022"))))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("1 MAIN ST", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_zip_code) == (None, "10022")


def test_garbled_city_line_without_its_zip_is_no_street() -> None:
    """'On    ae    ON' alone under '(Street)', the '(City) (State) (Zip)' label lost: no street line, no city."""
    text = _form(at((0, "On    ae    ON"))).replace("(City) (State) (Zip)", "                    ")
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city) == ("1 MAIN ST", None, None)


def test_city_line_read_under_the_street_label_is_kept() -> None:
    """The city line read whole stays the city."""
    doc = read_text(_form(at((0, "BOSTON MA 02110"))))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_city, owner.rpt_owner_zip_code) == ("1 MAIN ST", "BOSTON",
                                                                                          "02110")
