"""The messy-text reader on OCR text flattened to tab cells: debris of Table II's column headings (a lone
digit, bars, a misread word) on a line right over the headings' 'Code | V | (A) | (D)' line."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import TABLE2_TITLE, ocr_form


def test_ocr_tab_heading_debris_over_the_code_line_is_no_row() -> None:
    """OCR'd tab cells: '1 | | | | dooms)' right over 'Code | V | (A) | (D) | Date | Expiration | Title' is
    the headings' debris, not a holding titled 'dooms)'; the row below the headings is read."""
    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security\t2. Conversion\t3. Transaction Date\t4. Code\t5. Number\n"
        "1\t|\t|\tdooms)\n"
        "Code\tV\t(A)\t(D)\tDate\tExpiration\tTitle\n"
        "Stock Option\t$3.90\t05/03/2021\tA\t100\tA\t(1)\t05/03/2030\tCommon Stock\t100\t$0\t100\tD\n")
    doc = read_text(ocr_form(table2, "1. Vests.\n").replace("    ", "\t"))
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.security_title == "Stock Option"
