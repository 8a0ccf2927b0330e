"""The messy-text reader on OCR text flattened to tab cells: an amendment's box 4 date, which
tab cells no longer place under its label by column."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import ocr_tab_box1


def _box1(under_label: list[str]) -> list[str]:
    return ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)",
            "3. Date of Earliest Transaction (Month/Day/Year)", "100 MAIN STREET\t05/04/2021",
            "If Amendment,", "4.\tDate of Original Filed (Month/Day/Year)", *under_label,
            "(City) (State) (Zip)\tForm filed by One Reporting Person"]


def test_ocr_tab_amendment_date_in_a_cell_under_box4_label() -> None:
    """OCR'd tab cells: box 4's date alone in a cell a line or two under 'Date of Original Filed',
    beside box 1's city line or on a line of its own, makes the form an amendment ('4/A'); with no
    column to confirm it, the date and the form type it sets are uncertain, not silent."""
    for under in (["(Street)", "OMAHA NE 68131\t05/06/2021"], ["(Street)", "05/06/2021", "OMAHA NE 68131"]):
        doc = read_text(ocr_tab_box1(_box1(under)))
        assert doc.date_of_original_submission == date(2021, 5, 6), under
        assert doc.document_type == "4/A"
        assert {"date_of_original_submission", "document_type"} <= set(doc.extraction.uncertain_fields)


def test_ocr_tab_no_date_under_box4_label_is_no_amendment() -> None:
    """OCR'd tab cells: box 3's date above box 4's label is not box 4's; nothing under the label, no
    amendment."""
    doc = read_text(ocr_tab_box1(_box1(["(Street)", "OMAHA NE 68131"])))
    assert doc.date_of_original_submission is None
    assert doc.document_type == "4"


def test_ocr_tab_amendment_box3_date_is_the_other_header_date() -> None:
    """OCR'd tab cells: box 3's date beside a long street line, too far past its label to be read
    there, is the header's only date but box 4's (read already): the amendment's box 4 date does
    not hide box 3's."""
    box1 = ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)",
            "3. Date of Earliest Transaction (Month/Day/Year)",
            "C/O ACME HOLDINGS CORP. UNIT 1008, TENTH FLOOR\t05/04/2021\tOfficer (give title below)",
            "If Amendment,", "4.\tDate of Original Filed (Month/Day/Year)", "(Street)", "05/06/2021",
            "OMAHA NE 68131", "(City) (State) (Zip)\tForm filed by One Reporting Person"]
    doc = read_text(ocr_tab_box1(box1))
    assert doc.date_of_original_submission == date(2021, 5, 6)
    assert doc.period_of_report == date(2021, 5, 4)
    assert "period_of_report" in doc.extraction.uncertain_fields
