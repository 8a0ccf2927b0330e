"""OCR text: a table rule read with its box's edge as '=' ('=|'), and a Table II date column's
marker read as one glyph ('@', '“') before the other date column's value or marker."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW, at

_FORM3_T2 = (
    "Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options)\n"
    + at((0, "1. Title of Derivative"), (24, "2. Date Exercisable and Expiration Date"),
         (65, "3. Title and Amount of Securities Underlying"), (112, "4. Conversion"), (128, "5. Ownership Form"))
    + at((24, "Date Exercisable"), (42, "Expiration Date"), (60, "Title"), (80, "Amount or Number of"))
)


def _form3(rows: str, footnotes: str) -> str:
    text = OCR_BOX5.replace("FORM 4", "FORM 3").replace(
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES")
    text = text.replace("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                        "Table I - Non-Derivative Securities Beneficially Owned")
    text = text.replace(OCR_ROW, at((0, "Common Stock"), (60, "1,000"), (90, "D")))
    return text.replace("Explanation of Responses:\n", _FORM3_T2 + rows + "Explanation of Responses:\n" + footnotes)


def test_ocr_rule_read_with_an_equals_sign_is_no_cell() -> None:
    """'=|' between the title and column 2's marker is the table's rule: without the rule taken as such
    the '=' stood as a cell of its own, and the row's columns slid into the nature."""
    rows = (at((0, "Option to Acquire  =| @"), (38, "03/01/2027"), (55, "Common"), (83, "2,767.0"),
               (107, "$204.91"), (128, "D"))
            + at((0, "Common Stock"), (55, "Stock")))
    doc = read_text(_form3(rows, "1. Vests in full on the first anniversary.\n"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Option to Acquire Common Stock"
    assert row.expiration_date == date(2027, 3, 1)
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("2767.0")
    assert row.conversion_or_exercise_price == Decimal("204.91")
    assert row.direct_or_indirect_ownership == "D" and row.nature_of_ownership is None


def test_ocr_date_column_marker_read_as_a_quote_before_the_other_dates_marker() -> None:
    """'|“' for '(1)' in Date Exercisable, the expiration date given by the same footnote '(1)': the
    glyph holds column 2's place, so the title and amount land in column 3."""
    rows = (at((0, "Class B Common  |“"), (38, "(1)"), (55, "Class A Common"), (83, "20,000,000"),
               (112, "(1)"), (128, "D"))
            + at((0, "Stock"), (55, "Stock")))
    doc = read_text(_form3(rows, "1. Convertible at any time; no expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("20000000")
    assert row.direct_or_indirect_ownership == "D" and row.nature_of_ownership is None
    assert row.footnote_ids.get("expiration_date") == ["F1"]


def test_ocr_date_column_marker_read_as_a_glyph_before_the_other_markers_paren() -> None:
    """'@' for '(1)' in Date Exercisable and ')' for the expiration date's marker whose digit was lost:
    the glyph holds column 2's place like a marker in its parentheses would."""
    rows = (at((0, "Series F Preferred Stock"), (30, "@"), (48, ")"), (60, "Class B Common"), (83, "1,291,598"),
               (128, "D"))
            + at((60, "Stock")))
    doc = read_text(_form3(rows, "1. Convertible at any time; no expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Series F Preferred Stock"
    assert row.underlying_security_title == "Class B Common Stock"
    assert row.underlying_security_shares == Decimal("1291598")
    assert row.direct_or_indirect_ownership == "D"


def test_ocr_marker_without_its_paren_between_an_amount_and_the_underlying_title() -> None:
    """'6)' for '(6)' alone in column 6 between column 5's amount and column 7's title: a marker, not an
    amount of 6, so the title, amounts and ownership form after it stay in their columns."""
    from text_forms import TABLE2_TITLE, ocr_form

    head = ("1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
            "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n")
    row = ("Restricted Units     $0 | 03/15/2025     M      20,691 |            6)      Class A | 20,691"
           "      $0      227,595      D\n")
    doc = read_text(ocr_form(TABLE2_TITLE + head + row, "6. Vests in four equal installments.\n"))
    (txn,) = doc.derivative_transactions
    assert txn.underlying_security_title == "Class A"
    assert (txn.transaction_shares, txn.underlying_security_shares, txn.shares_owned_following_transaction) == (
        Decimal("20691"), Decimal("20691"), Decimal("227595"))
    assert txn.direct_or_indirect_ownership == "D" and txn.nature_of_ownership is None


def test_ocr_title_and_price_one_space_either_side_of_a_rule_are_two_cells() -> None:
    """'Employee | $125.50': OCR set the title's first word and column 2's price one space either side of
    the table's rule, so the grid gave them one cell; the price belongs to column 2, not the title."""
    from text_forms import TABLE2_TITLE, ocr_form

    head = ("1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
            "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number"
            "     10. Ownership\n")
    row = (at((0, "Employee | $125.50"), (70, "12/12/2017 | 12/12/2026 | Common | 5,000"), (130, "5,000"),
              (150, "D"))
           + at((0, "Stock"), (94, "Stock"))
           + at((0, "Option")))
    doc = read_text(ocr_form(TABLE2_TITLE + head + row))
    (row2,) = doc.derivative_holdings
    assert row2.security_title == "Employee Stock Option"
    assert row2.conversion_or_exercise_price == Decimal("125.50")
    assert (row2.exercise_date, row2.expiration_date) == (date(2017, 12, 12), date(2026, 12, 12))


def test_ocr_marker_without_its_paren_after_the_price_before_the_other_dates_marker() -> None:
    """'$0.00   6)   )   Class A': column 2's price, then the Date Exercisable marker that lost its '(' and
    the expiration date's that lost its digit; the title and amounts after them keep their columns."""
    from text_forms import TABLE2_TITLE, ocr_form

    head = ("1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
            "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number"
            "     10. Ownership\n")
    row = (at((0, "Class B"), (15, "$0.00"), (76, "6)"), (86, ")"), (96, "Class A"), (113, "8,635"), (136, "8,635"),
              (150, "D"))
           + at((0, "Common"), (96, "Common")))
    doc = read_text(ocr_form(TABLE2_TITLE + head + row, "6. Convertible at any time; no expiration date.\n"))
    (row2,) = doc.derivative_holdings
    assert row2.conversion_or_exercise_price == Decimal("0.00")
    assert row2.underlying_security_title == "Class A Common"
    assert row2.underlying_security_shares == Decimal("8635")
    assert row2.shares_owned_following_transaction == Decimal("8635")
    assert row2.direct_or_indirect_ownership == "D"


def _t2_form4(rows: str, footnotes: str) -> str:
    from text_forms import TABLE2_TITLE, ocr_form

    head = ("1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
            "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number"
            "     10. Ownership\n")
    return ocr_form(TABLE2_TITLE + head + rows, footnotes)


def test_ocr_brace_alone_for_a_rule_before_a_marker_without_its_paren() -> None:
    """'47,110 } 2)': the table rule read as a lone brace stands between the amount and the date column's
    marker; it is a rule, so the marker is still seen beside the amount and the title after it is column 7's."""
    row = (at((0, "Subscription"), (20, "$7.14 | 09/22/2020"), (62, "M"), (76, "47,110 } 2)"), (96, "(3)"),
              (107, "Class C | 47,110.0"), (150, "125,086"), (170, "D"))
           + at((107, "Common Shares")))
    doc = read_text(_t2_form4(row, "2. Exercisable now.\n3. No expiration date.\n"))
    (txn,) = doc.derivative_transactions
    assert txn.underlying_security_title == "Class C Common Shares"
    assert txn.underlying_security_shares == Decimal("47110.0")
    assert txn.shares_owned_following_transaction == Decimal("125086")
    assert txn.nature_of_ownership is None


def test_ocr_title_with_an_underscore_glued_takes_its_wrapped_words() -> None:
    """'ClassA_ | 58,586' over 'Common Stock': the cell's bottom rule glued to the title as '_' did not
    stop the wrapped words from going in after the title (they went to the end, into the nature)."""
    row = (at((0, "Class B"), (20, "(2)"), (86, "(2)"), (99, "(2)"), (110, "ClassA_ | 58,586"), (150, "58,586"),
              (170, "D"))
           + at((0, "Common"), (110, "Common Stock")))
    doc = read_text(_t2_form4(row, "2. Convertible at any time.\n"))
    (h,) = doc.derivative_holdings
    assert h.underlying_security_title == "ClassA Common Stock"
    assert h.underlying_security_shares == Decimal("58586")
    assert h.nature_of_ownership is None


def test_ocr_rule_read_as_bar_and_brace_before_an_amount_takes_the_wrapped_title_word() -> None:
    """'Common |} 255,000' over 'Stock': a rule read as '|}' is no value, and the word wrapped under the
    title goes in after it, not to the end of the row (the nature)."""
    row = (at((0, "Put Option"), (17, "$3.00"), (78, "08/09/2019 | 06/19/2020 | Common |} 255,000"), (143, "2,550"),
              (162, "I"), (170, "See"))
           + at((0, "(Obligation"), (104, "Stock"), (170, "footnote")))
    doc = read_text(_t2_form4(row, "4. Held by a fund.\n"))
    (h,) = doc.derivative_holdings
    assert h.underlying_security_title == "Common Stock"
    assert h.underlying_security_shares == Decimal("255000")
    assert h.nature_of_ownership == "See footnote"



def test_ocr_rule_read_as_a_lone_underscore_or_equals_sign_is_no_value() -> None:
    """'Common _ | 01/26/2020', 'Common =    |07/02/2019': the box's edge beside the title read as '_' or
    '=' alone is the rule, no word of the title and no value of another column."""
    from text_forms import OCR_BOX5, OCR_ROW

    rows = (at((0, "Common _ | 01/26/2020"), (40, "F"), (50, "434"), (58, "D"), (64, "$64.73"), (80, "27,050"),
               (92, "D"))
            + at((0, "Stock"))
            + at((0, "Common =    |01/27/2020"), (40, "F"), (50, "180"), (58, "D"), (64, "$62.72"), (80, "26,870"),
                 (92, "D"))
            + at((0, "Stock")))
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert a.security_title == b.security_title == "Common Stock"
    assert (a.transaction_shares, b.transaction_shares) == (Decimal("434"), Decimal("180"))
    assert (a.shares_owned_following_transaction, b.shares_owned_following_transaction) == (
        Decimal("27050"), Decimal("26870"))


def test_ocr_title_price_and_date_one_space_either_side_of_rules_are_apart() -> None:
    """'Incentive | $51.6900 | 11/09/2020': the title, column 2's price and column 3's date one space
    either side of the table's rules were one cell; the price was read into the title."""
    row = (at((0, "Incentive | $51.6900 | 11/09/2020"), (62, "M"), (70, "1,484.0000 | 02/26/2017 | 02/26/2024 | Common"
               " | 1,484.0000 | $51.6900"), (150, "0.0000"), (170, "D"))
           + at((0, "Stock"), (132, "Stock"))
           + at((0, "Option")))
    doc = read_text(_t2_form4(row, ""))
    (txn,) = doc.derivative_transactions
    assert txn.security_title == "Incentive Stock Option"
    assert txn.conversion_or_exercise_price == Decimal("51.6900")


def test_ocr_underlying_title_ending_in_par_value_stops_before_the_amount() -> None:
    """'Common' / 'Stock, no' / 'par value' over 'Common | 1,484.0000': the title's last word is 'value',
    yet an amount with its thousands comma after it is column 7's amount, not a par value."""
    row = (at((0, "Incentive"), (13, "$51.6900 | 11/09/2020"), (62, "M"), (70, "1,484.0000 | 02/26/2017 | 02/26/2024 |"
               " Common | 1,484.0000 | $51.6900"), (150, "0.0000"), (170, "D"))
           + at((0, "Stock"), (109, "Stock, no"))
           + at((0, "Option"), (109, "par value")))
    doc = read_text(_t2_form4(row, ""))
    (txn,) = doc.derivative_transactions
    assert txn.underlying_security_title == "Common Stock, no par value"
    assert txn.underlying_security_shares == Decimal("1484.0000")


@pytest.mark.parametrize("price", ["go)", "go]", "$0]"])
def test_ocr_zero_price_read_as_go_with_a_smear_or_brace(price: str) -> None:
    """An exercise priced 'go)' ('$0(1)' its marker's number lost), 'go]' or '$0]' (the rule's brace
    glued): a $0 price, so the amount owned after it stays column 5's."""
    from text_forms import OCR_BOX5, OCR_ROW

    row = f"Common Stock    05/03/2021     M       1,500     A     {price}      8,500     D\n"
    doc = read_text(OCR_BOX5.replace(OCR_ROW, row))
    (txn,) = doc.non_derivative_transactions
    assert txn.transaction_price_per_share == Decimal("0")
    assert txn.shares_owned_following_transaction == Decimal("8500")
