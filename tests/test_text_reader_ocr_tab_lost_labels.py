"""The messy-text reader on OCR text flattened to tab cells whose line of box 1's, 2's and 5's
labels OCR lost: box 2's 'NAME [ TICKER ]' opens the line over the owner's name, one or two lines
above box 1's '(Last) (First) (Middle)', and both values are still read under their boxes."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1

_LABELS = ("Person*\t2. Issuer Name and Ticker\tTrading Symbol\t5. Relationship of Reporting Person(s) to Issuer\n"
           "1. Name and Address of Reporting\tor\n")


def _unlabelled(box1: list[str]) -> str:
    text = ocr_tab_box1(box1)
    assert _LABELS in text
    return text.replace(_LABELS, "")


def test_ocr_tab_lost_label_line_box2_over_the_owners_name() -> None:
    """OCR'd tab cells without box 1's and 2's labels: the [ticker] line is box 2's, the line under
    it box 1's name, the lines under '(Last) (First) (Middle)' its street and city."""
    doc = read_text(_unlabelled([
        "Widget Corp [ WDGT ]\t(Check all eee",
        "ACME HOLDINGS LLC\tX]\tOwner",
        "(Last) (First) (Middle)\tDirector\t10%",
        "3. Date of Earliest Transaction (Month/Day/Year)\tLJ\tLJ",
        "1 MAIN ST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)",
        "BOSTON MA 02110\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Corp", "WDGT")
    owner = doc.reporting_owners[0]
    assert owner.rpt_owner_name == "ACME HOLDINGS LLC"
    assert (owner.rpt_owner_street1, owner.rpt_owner_city, owner.rpt_owner_state) == ("1 MAIN ST", "BOSTON", "MA")
    assert any("labels" in w for w in doc.extraction.warnings)


def test_ocr_tab_lost_label_line_needs_a_name_between() -> None:
    """The [ticker] line right over '(Last) (First) (Middle)' (no name line between) puts no label back:
    the name's place is not known."""
    doc = read_text(_unlabelled([
        "Widget Corp [ WDGT ]\t(Check all eee",
        "(Last) (First) (Middle)\tDirector\t10%",
        "1 MAIN ST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State) (Zip)",
    ]))
    assert not any("labels" in w for w in doc.extraction.warnings)
