"""The messy-text reader on OCR text flattened to tab cells: box 1 of a joint filing, its owners
told apart by their labels once the columns are gone."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1


def test_ocr_tab_last_owner_without_city_label_or_zip_is_still_an_owner() -> None:
    """OCR'd tab cells, several owners: the last owner's '(City) (State) (Zip)' label is lost and its
    address is foreign (no ZIP to find the city line by): its lines run to box 1's end, so the owner is
    read, not every owner dropped for want of that one label."""
    box1 = ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)", "100 MAIN STREET", "(Street)",
            "NEW YORK NY 10022", "(City) (State) (Zip)", "Acme Holdings Ltd", "(Last) (First) (Middle)",
            "P.O. BOX 165 BOROUGH HOUSE", "(Street)", "ST. PETER PORT GY1 3JJ"]
    doc = read_text(ocr_tab_box1(box1))
    names = [o.rpt_owner_name for o in doc.reporting_owners]
    assert names == ["Doe John", "Acme Holdings Ltd"]
    assert doc.reporting_owners[1].rpt_owner_street1 == "P.O. BOX 165 BOROUGH HOUSE"
    assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_owner_whose_last_first_middle_label_was_lost() -> None:
    """OCR'd tab cells, several owners: one owner's '(Last) (First) (Middle)' label is lost, its
    '(Street)' and '(City) (State) (Zip)' labels read. Its '(City)' label with no name label since the
    owner above's still closes an owner of its own (its first line the name), instead of its lines
    running into the next owner's name."""
    box1 = ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)", "100 MAIN STREET", "(Street)",
            "NEW YORK NY 10022", "(City) (State) (Zip)",
            "Roe Richard", "200 ELM STREET", "(Street)", "BOSTON MA 02116", "(City) (State) (Zip)",
            "Acme Holdings LLC", "(Last) (First) (Middle)", "300 OAK AVENUE", "(Street)", "DALLAS TX 75201",
            "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["Doe John", "Roe Richard", "Acme Holdings LLC"]
    assert [o.rpt_owner_city for o in doc.reporting_owners] == ["NEW YORK", "BOSTON", "DALLAS"]
    assert doc.reporting_owners[1].rpt_owner_street1 == "200 ELM STREET"
    assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_name_goes_on_past_box5_check_box_glyphs() -> None:
    """OCR'd tab cells: the name's last words on the line under it share that line, or the one after,
    with box 5's check box read as two glyphs ('=)', 'Xx', 'QO', 'im') and its word 'Owner': the glyphs
    are no name's words, so the name goes on to its '(Last) (First) (Middle)' label whole."""
    cases = (
        (["SIMMONS\tPPD, Inc. [ PPD ]\t(Check all applicable)", "DAVID S\t=)\tOwner"], "SIMMONS DAVID S"),
        (["DORNBUSH\tCANTEL MEDICAL CORP [ CMN ]\t(Check all", "DARWIN C", "Xx\tOwner"], "DORNBUSH DARWIN C"),
        (["Pittard Christian\tAcme Fund [ ACM ]\tall applicable)", "im"], "Pittard Christian"),
        (["WILLIAMS JEFFREY\tAPPLE INC [ AAPL ]\tall applicable)", "E\tQO"], "WILLIAMS JEFFREY E"),
    )
    for lines, name in cases:
        box1 = [*lines, "(Last) (First) (Middle)\tDirector\t10% Owner", "100 MAIN STREET", "(Street)",
                "NEW YORK NY 10022", "(City) (State) (Zip)"]
        (owner,) = read_text(ocr_tab_box1(box1)).reporting_owners
        assert owner.rpt_owner_name == name, lines
