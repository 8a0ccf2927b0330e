"""Box 1's sub-labels a poor scan's OCR misread and ran into the street line ('955 PERIMETER (Steen) ROAD',
'P.O. BOX 730 {Sueet)', '(Mididie) 415 MISSION STREET'): no part of the address."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import at, grid_form


def _form(street: str) -> str:
    return grid_form(street=street)


def test_misread_sublabel_in_the_street_is_dropped() -> None:
    doc = read_text(_form("955 PERIMETER (Steen) ROAD"))
    assert doc.reporting_owners[0].rpt_owner_street1 == "955 PERIMETER ROAD"
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_street_words_in_parentheses_stay() -> None:
    doc = read_text(_form("1 MAIN ST (REAR)"))
    assert doc.reporting_owners[0].rpt_owner_street1 == "1 MAIN ST (REAR)"



def test_city_line_read_in_two_pieces_is_put_back() -> None:
    """The state set a grid line under the city and ZIP code ('SEATTLE   98104' over '  WA'), '(Street)'
    misread: the city line read as a second street line and the state as the city; put back, uncertain."""
    filing = "6. Individual or Joint/Group Filing (Check Applicable Line)"
    city_line = at((0, "AUSTIN TX 78701"), (48, filing))
    pieces = at((0, "SEATTLE"), (17, "98104"), (48, filing)) + at((13, "WA"))
    text = _form("255 KING ST").replace("(Street)", "(Suet)").replace(city_line, pieces)
    doc = read_text(text)
    o = doc.reporting_owners[0]
    assert (o.rpt_owner_street2, o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (
        None, "SEATTLE", "WA", "98104")
    assert {"reporting_owners[0].rpt_owner_city", "reporting_owners[0].rpt_owner_zip_code"} <= set(
        doc.extraction.uncertain_fields)


def test_street_and_city_run_together_keep_state_and_zip() -> None:
    """The street, the city and the ZIP code read as one street line, the state as the city: the state and
    ZIP code are put back, the city is not told apart from the street (left unread), all uncertain."""
    filing = "6. Individual or Joint/Group Filing (Check Applicable Line)"
    city_line = at((0, "AUSTIN TX 78701"), (48, filing))
    pieces = at((0, "1016 CIVIC DRIVE ROCHESTER"), (30, "55901"), (48, filing)) + at((13, "MN"))
    doc = read_text(_form("").replace("(Street)", "(Suet)").replace(city_line, pieces))
    o = doc.reporting_owners[0]
    assert (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) == (None, "MN", "55901")
    assert {"reporting_owners[0].rpt_owner_street1", "reporting_owners[0].rpt_owner_street2"} <= set(
        doc.extraction.uncertain_fields)
