"""The messy-text reader on OCR text flattened to tab cells: box 6's label word 'Individual' in a tab
cell of its own beside box 1's city line is no part of the owner's address."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1


def test_ocr_tab_foreign_city_codes_below_with_box6_word_beside_them() -> None:
    """OCR'd tab cells: a foreign city alone on its line, its EDGAR country code and postal code a
    line lower beside box 6's label cut into cells ('G7 2900 | Individual | Joint/Group Filing ...'):
    the city, state and postal code are read (uncertain), 'Individual' is none of them."""
    box1 = ["Novo Holdings A/S\tGalecto Inc. [ GLTO ]", "(Last) (First) (Middle)", "TUBORG HAVNEVEJ 19\t10/28/2020",
            "(Street)", "HELLERUP\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
            "G7 2900\tIndividual\tJoint/Group Filing (Check Applicable Line)", "6.\tor",
            "(City) (State) (Zip)\tForm filed by One Reporting Person"]
    doc = read_text(ocr_tab_box1(box1))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("HELLERUP", "G7", "2900")
    assert owner.rpt_owner_street1 == "TUBORG HAVNEVEJ 19"
    assert "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
