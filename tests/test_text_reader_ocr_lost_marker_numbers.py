"""OCR'd footnote markers whose number was lost (a smear such as '°)', '©', ')'): the form's layout
names the footnote they most likely are, and every id so given is listed as uncertain."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import OCR_ROW, TABLE2_TITLE, at, ocr_form

_NOTES = "1. Sold under a Rule 10b5-1 plan.\n2. Weighted average price.\n3. Held by a trust.\n"


def test_lost_marker_number_takes_the_one_its_column_reads_in_every_other_row() -> None:
    """Column 4's price marker read '(2)' in two rows and smeared to '°)' in a third: with three footnotes
    listed the smear is the column's footnote 2 (uncertain)."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50(2)   8,500     D\n"
            "Common Stock    05/03/2021     S       1,000     D     $12.60°)    7,500     D\n"
            "Common Stock    05/03/2021     S         500     D     $12.70(2)   7,000     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    ids = [r.footnote_ids.get("transaction_price_per_share") for r in doc.non_derivative_transactions]
    assert ids == [["F2"], ["F2"], ["F2"]]
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].footnote_ids.transaction_price_per_share" in doc.extraction.uncertain_fields


def test_lost_marker_number_not_given_when_the_column_reads_several() -> None:
    """The other rows' markers in that column name different footnotes: the smear gets no number."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50(2)   8,500     D\n"
            "Common Stock    05/03/2021     S       1,000     D     $12.60°)    7,500     D\n"
            "Common Stock    05/03/2021     S         500     D     $12.70(1)   7,000     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    assert "transaction_price_per_share" not in doc.non_derivative_transactions[1].footnote_ids


def test_lost_marker_number_of_an_amount_is_not_taken_from_its_column() -> None:
    """An amount's footnote is most often the row's own ('includes 300 shares bought ...'): a smeared
    marker on the amount owned gets no number from the column's other rows."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50      8,500(3)     D\n"
            "Common Stock    05/03/2021     S       1,000     D     $12.60      7,500°)     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    assert "shares_owned_following_transaction" not in doc.non_derivative_transactions[1].footnote_ids


def _form3_option(exercisable: str, expiration: str) -> str:
    table2 = TABLE2_TITLE + (
        at((0, "1. Title of Derivative Security"), (25, "2. Date Exercisable and Expiration Date"),
            (60, "3. Title and Amount"), (100, "4. Conversion"))
        + at((0, "Stock Option (right"), (25, exercisable), (45, expiration), (65, "Common Stock"), (100, "9,927"),
              (130, "$3.87"), (145, "D"))
        + at((0, "to buy)"))
    )
    return ocr_form(table2, "1. Vests monthly.\n2. Vests yearly.\n").replace("FORM 4", "FORM 3").replace(
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES")


def test_lost_exercise_date_marker_number_is_the_expiration_dates() -> None:
    """Column 6: the date exercisable's marker read as ')' (its number lost) beside an expiration date
    marked '(2)': one footnote most often explains both dates, so it is footnote 2 (uncertain)."""
    doc = read_text(_form3_option("| )", "(2)"))
    (row,) = doc.derivative_holdings
    assert row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.footnote_ids.get("expiration_date") == ["F2"]
    assert doc.extraction is not None
    assert "derivative_holdings[0].footnote_ids.exercise_date" in doc.extraction.uncertain_fields


def test_marker_number_no_listed_footnote_has_is_dropped() -> None:
    """A marker read as a number the footnote list does not have ('(20)' with three footnotes listed) is
    a misread: it is no footnote id; the marker read whole beside it stays."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     By Trust(3)(20)\n"
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.nature_of_ownership == "By Trust"
    assert row.footnote_ids.get("nature_of_ownership") == ["F3"]


def test_lost_code_marker_number_is_the_one_footnote_saying_what_the_code_means() -> None:
    """A gift's code with its marker smeared ('GO'), three footnotes listed: the only footnote speaking of a
    gift is the marker's (uncertain); a sale's smeared code marker gets none (no footnote names a plan)."""
    rows = ("Common Stock    05/03/2021     GO      1,500     D     $0          8,500     D\n"
            "Common Stock    05/03/2021     FO        200     D     $12.50      8,300     D\n")
    notes = "1. Weighted average price.\n2. A bona fide gift to a family trust.\n3. Held by the spouse.\n"
    doc = read_text(ocr_form(footnotes=notes).replace(OCR_ROW, rows))
    gift, tax = doc.non_derivative_transactions
    assert (gift.transaction_code, gift.footnote_ids.get("transaction_code")) == ("G", ["F2"])
    assert (tax.transaction_code, tax.footnote_ids.get("transaction_code")) == ("F", None)
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.transaction_code" in doc.extraction.uncertain_fields


def test_nature_marker_smear_takes_the_one_footnote_saying_who_holds() -> None:
    """A nature's marker smeared onto its last word ('Trust®'), three footnotes listed, one alone saying who
    holds the shares: the smear comes off the nature and the marker is that footnote (uncertain)."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     By Trust®\n"
    notes = "1. Weighted average price.\n2. Shares are held by the Doe Family Trust.\n3. Sold under a plan.\n"
    doc = read_text(ocr_form(footnotes=notes).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.nature_of_ownership == "By Trust"
    assert row.footnote_ids.get("nature_of_ownership") == ["F2"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.nature_of_ownership" in doc.extraction.uncertain_fields


def test_lower_case_code_with_a_marker_glyph_is_the_code_and_a_lost_marker() -> None:
    """'s®': a sale's code OCR set in lower case, its marker smeared to one glyph; with one footnote alone
    naming a Rule 10b5-1 plan, the marker is that footnote (uncertain)."""
    rows = "Common Stock    05/03/2021     s®      1,500     D     $12.50      8,500     D\n"
    notes = "1. Weighted average price.\n2. Effected under a Rule 10b5-1 trading plan.\n3. Held by the spouse.\n"
    doc = read_text(ocr_form(footnotes=notes).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_code == "S" and row.transaction_shares == 1500
    assert row.footnote_ids.get("transaction_code") == ["F2"]


def test_fractional_amount_with_a_speck_after_it_is_the_amount() -> None:
    """'14,273.9165;': a fractional amount with a speck read as ';' after it is still the row's amount, so
    the A/D letter and the price after it keep their columns."""
    rows = "Common Stock    05/03/2021     M       14,273.9165;     A     $0      26,032.6435     D\n"
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert str(row.transaction_shares) == "14273.9165"
    assert row.transaction_acquired_disposed_code == "A" and row.transaction_price_per_share == 0


def test_lost_marker_on_the_amount_owned_is_the_one_footnote_saying_what_it_includes() -> None:
    """The amount owned with its marker smeared ('8,500°)'), one footnote alone saying what the amount
    includes: the marker is that footnote (uncertain)."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500°)     D\n"
    notes = "1. Weighted average price.\n2. Includes 300 shares bought under the ESPP.\n3. Held by the spouse.\n"
    doc = read_text(ocr_form(footnotes=notes).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.footnote_ids.get("shares_owned_following_transaction") == ["F2"]
    assert doc.extraction is not None
    assert ("non_derivative_transactions[0].footnote_ids.shares_owned_following_transaction"
            in doc.extraction.uncertain_fields)


def test_marker_past_a_whole_footnote_list_is_a_look_alike_digit() -> None:
    """Footnotes 1 to 3 read whole, a marker read '(4)': no footnote 4 was lost from a list without gaps,
    so the digit was misread; a 4 is how OCR reads a small 1, the only look-alike listed (uncertain).
    A '(9)' (a 9 looks like an 8 only, past the list as well) has its number lost."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50      8,500(4)     D\n"
            "Common Stock    05/03/2021     S       1,000     D     $12.60      7,500(9)     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    first, second = doc.non_derivative_transactions
    assert first.footnote_ids.get("shares_owned_following_transaction") == ["F1"]
    assert "shares_owned_following_transaction" not in second.footnote_ids
    assert doc.extraction is not None
    assert ("non_derivative_transactions[0].footnote_ids.shares_owned_following_transaction"
            in doc.extraction.uncertain_fields)


def test_marker_past_a_list_with_a_gap_is_kept() -> None:
    """Footnotes 1 and 3 read, 2 lost: the list is not whole, so a marker '(4)' past it may be a lost
    footnote too; it is kept as read."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500(4)     D\n"
    doc = read_text(ocr_form(footnotes="1. Sold under a plan.\n3. Held by a trust.\n").replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.footnote_ids.get("shares_owned_following_transaction") == ["F4"]


def test_table2_price_with_a_marker_run_in_after_three_places() -> None:
    """Column 2 read '$47.619)': the marker '(3)' lost its '(' and ran into the price, its digit misread; the
    price is $47.61 (uncertain), not unreadable."""
    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    6. Date Exercisable and Expiration Date"
        "      7. Title and Amount      9. Number\n"
        "Stock Option      $47.619)      05/07/2016 | 05/07/2023       Common Stock    15,000      15,000      D\n"
    )
    doc = read_text(ocr_form(table2, _NOTES))
    (row,) = doc.derivative_holdings
    assert str(row.conversion_or_exercise_price) == "47.61"
    assert doc.extraction is not None
    assert "derivative_holdings[0].conversion_or_exercise_price" in doc.extraction.uncertain_fields


def test_marker_run_into_an_amount_both_parentheses_lost() -> None:
    """'38,3472': a comma group of four digits is no amount; the digit past the last whole group is the
    marker '(2)' whose parentheses OCR lost."""
    rows = "Common Stock    05/03/2021     S       4,500     D     $15.28      38,3472     D\n"
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.shares_owned_following_transaction == 38347
    assert row.footnote_ids.get("shares_owned_following_transaction") == ["F2"]


def test_marker_run_into_a_fractional_amount_only_when_it_names_a_footnote() -> None:
    """'348.262)': the '2' before the ')' names footnote 2, so it is the marker '(2)' that lost its '(' and
    the amount is 348.26; '59.907)' with no footnote 7 listed is 59.907 with a smeared marker."""
    rows = ("Common Stock    05/03/2021     A       348.262)     A     $16.13      76,831.2     D\n"
            "Common Stock    05/04/2021     A        59.907)     A     $16.19      76,891.1     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    first, second = doc.non_derivative_transactions
    assert str(first.transaction_shares) == "348.26" and first.footnote_ids.get("transaction_shares") == ["F2"]
    assert str(second.transaction_shares) == "59.907"


def test_four_digits_without_commas_before_the_price_end_in_a_marker() -> None:
    """'3032)' before the price: an amount of four digits would be printed '3,032', so the '2' before the
    ')' is the marker '(2)' (listed) that lost its '('; the amount is 303 and the price after it is read."""
    rows = ("Common Stock    02/27/2020     A         867     A     $9.01      16,339     D\n"
            "Common Stock    02/27/2020     F       3032)           $9.01      16,036     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    _, tax = doc.non_derivative_transactions
    assert tax.transaction_shares == 303 and tax.footnote_ids.get("transaction_shares") == ["F2"]
    assert str(tax.transaction_price_per_share) == "9.01"


def test_one_row_marker_is_no_column_pattern() -> None:
    """Only one other row reads a marker in column 4 ('(2)'): one row's marker may be its own, so the smear
    in the next row gets no number from it."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50(2)   8,500     D\n"
            "Common Stock    05/03/2021     S       1,000     D     $12.60°)    7,500     D\n")
    doc = read_text(ocr_form(footnotes=_NOTES).replace(OCR_ROW, rows))
    assert "transaction_price_per_share" not in doc.non_derivative_transactions[1].footnote_ids
