"""OCR'd Table II: columns placed from where the scan's headings sit."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, TABLE2_TITLE, at, ocr_form


def test_ocr_table2_ad_column_with_column_6_heading_on_its_own_line() -> None:
    """OCR puts '(A)  (D)' on one heading line (the '(' glued to a rule's bar) and column 6's
    'Exercisable' on the next: the amount's right edge under (D) or (A) places a gift's or an
    'other' row's direction (no code fixes it), listed as uncertain."""
    table2 = TABLE2_TITLE + (
        at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
            (86, "6. Date Exercisable and"), (112, "7. Title and Amount"))
        + at((60, "Code"), (66, "V"), (69, "|(A)"), (76, "(D)"), (100, "Expiration"), (112, "Title"))
        + at((86, "Exercisable"), (100, "Date"))
        + at((0, "Stock Options"), (15, "$2.92"), (25, "06/12/2019"), (60, "G"), (75, "18,070"),
              (86, "01/29/2013"), (100, "03/08/2021"), (112, "Common Stock"), (128, "18,070"),
              (138, "$0"), (146, "0"), (156, "D"))
        + at((0, "Stock Options"), (15, "$2.92"), (25, "06/12/2019"), (60, "J"), (68, "5,000"),
              (86, "01/29/2013"), (100, "03/08/2021"), (112, "Common Stock"), (128, "5,000"),
              (138, "$0"), (146, "5,000"), (156, "D"))
    )
    doc = read_text(ocr_form(table2, "1. Gift.\n"))
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    gift, other = doc.derivative_transactions
    assert gift.transaction_shares == Decimal("18070") and gift.transaction_acquired_disposed_code == "D"
    assert other.transaction_shares == Decimal("5000") and other.transaction_acquired_disposed_code == "A"
    unsure = doc.extraction.uncertain_fields
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in unsure
    assert "derivative_transactions[1].transaction_acquired_disposed_code" in unsure


def test_ocr_marker_read_as_at_sign_holds_the_exercise_date_column() -> None:
    """OCR reads a Form 3 holding's lone exercise-date marker as '@': it fills column 6's first slot,
    so the date after it is the expiration date and the title is only the title's words."""
    table2 = TABLE2_TITLE + (
        at((0, "1. Title of Derivative Security"), (25, "2. Date Exercisable and Expiration Date"),
            (60, "3. Title and Amount"), (100, "4. Conversion"))
        + at((0, "Stock Option (right"), (23, "| @"), (45, "09/06/2029"), (65, "Common Stock"), (100, "9,927"),
              (130, "$3.87"), (145, "D"))
        + at((0, "to buy)"))
    )
    form3 = ocr_form(table2, "1. Vests monthly.\n").replace("FORM 4", "FORM 3").replace(
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES")
    doc = read_text(form3)
    (row,) = doc.derivative_holdings
    assert row.exercise_date is None and row.expiration_date is not None
    assert row.expiration_date.isoformat() == "2029-09-06"
    assert row.underlying_security_title == "Common Stock"


def test_ocr_nature_markers_glued_with_lost_parentheses_come_off() -> None:
    """OCR glues a nature's markers '(2)(3)(6)' to its last word losing some parentheses
    ('Footnotes)3)6)', 'Footnotes2))4)6)'): they come off the nature (uncertain); a nature's own
    closing parenthesis stays."""
    rows = (
        "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     See Footnotes)3)6)\n"
        "Common Stock    05/03/2021     S       1,000     D     $12.50      7,500     I     See Footnotes2))4)6)\n"
        "Common Stock    05/03/2021     S         500     D     $12.50      7,000     I     By Spouse (as trustee)\n"
    )
    text = ocr_form(footnotes="3. Held by a trust.\n4. Held by a fund.\n6. Disclaimed.\n").replace(
        "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     D\n", rows)
    doc = read_text(text)
    natures = [r.nature_of_ownership for r in doc.non_derivative_transactions]
    assert natures == ["See Footnotes", "See Footnotes", "By Spouse (as trustee)"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_tab_cells_class_letter_cut_from_class() -> None:
    """A table extractor cuts 'Class B Common' at its wide word gap ('Class | B Common'): the class
    letter stays with 'Class', so the wrapped line's 'Stock' words fill the two title columns."""
    table2 = TABLE2_TAB_HEADER + "Class\tB Common\t(1)\t(1)\tClass A Common\t20,000\t(1)\tD\nStock\tStock\n"
    text = ocr_form(table2, "1. Converts at any time.\n").replace(" " * 8, "\t")
    doc = read_text(text)
    (row,) = doc.derivative_holdings
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"


def test_seed_style_code_heading_cut_in_two_cells_still_anchors_the_grid() -> None:
    """Seed-style cells (tabs, '\\$': read as OCR) with Table II's 'Code' heading cut into 'Co' | 'ode'
    (as seed 001 prints it): the row's code sits under either piece, so the row lines up with the
    headings and a gift's amount in the cell under '(D)' is read as D from its cell."""
    from text_forms import FLAT_T2_FORM, TAB_T2_HEAD

    head = TAB_T2_HEAD.replace("\tCode\t\tV\t", "\tCo\tode\tV\t")
    assert head != TAB_T2_HEAD
    for before, after in (("\t\t\t\t", "\t\t\t\t"), ("\t\t\t\t\t", "\t\t\t")):  # code under 'Co', then 'ode'
        row = (f"Stock Option (right to buy)\t$2.92\t\t06/12/2019{before}G{after}\t18,070\t\t01/29/2013\t\t"
               "03/08/2021\t\tCommon Stock\t\t18,070\t$0\t\t0\tD\t\t\n")
        doc = read_text(FLAT_T2_FORM.replace("{table2}", head + row).replace("$", "\\$"))
        assert doc.extraction is not None and doc.extraction.source_format == "ocr"
        (gift,) = doc.derivative_transactions
        assert (gift.transaction_code, gift.transaction_shares) == ("G", Decimal("18070"))
        assert gift.transaction_acquired_disposed_code == "D"
        evidence = doc.extraction.evidence["derivative_transactions[0].transaction_acquired_disposed_code"]
        assert "amount in the cell under (D)" in evidence
