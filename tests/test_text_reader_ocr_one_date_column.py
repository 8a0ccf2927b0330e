"""OCR'd Table II on the grid, one date in column 6: which of its two columns holds it is told from where
the date starts against the 'Exercisable' and 'Expiration' headings. OCR's headings sit a few columns off
the values, so a date a little left of 'Expiration' but far right of 'Exercisable' is the expiration date
(listed uncertain), not a sure exercise date."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import TABLE2_TITLE, at, ocr_form


def _table2(date_col: int) -> str:
    return TABLE2_TITLE + (
        at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
           (87, "6. Date Exercisable and"), (112, "7. Title and Amount"))
        + at((60, "Code"), (66, "V"), (70, "(A)"), (77, "(D)"), (87, "Date"), (98, "Expiration"), (111, "Title"))
        + at((0, "Stock Option"), (15, "$39.20"), (25, "08/29/2020"), (58, "A"), (68, "5,000"),
             (date_col, "09/08/2024"), (108, "Common Stock"), (122, "5,000"), (136, "$0"), (145, "5,000"),
             (156, "D"))
    )


def test_ocr_one_date_nearer_the_expiration_heading_is_the_expiration() -> None:
    doc = read_text(ocr_form(_table2(94), "1. Granted under the plan.\n"))
    (row,) = doc.derivative_transactions
    assert row.exercise_date is None and str(row.expiration_date) == "2024-09-08"
    assert doc.extraction is not None
    assert "derivative_transactions[0].expiration_date" in doc.extraction.uncertain_fields


def test_ocr_one_date_under_the_exercisable_heading_stays_the_exercise_date() -> None:
    doc = read_text(ocr_form(_table2(86), "1. Granted under the plan.\n"))
    (row,) = doc.derivative_transactions
    assert str(row.exercise_date) == "2024-09-08" and row.expiration_date is None
