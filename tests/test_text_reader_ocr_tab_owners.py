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
