"""OCR residuals: what Tesseract left of a 300 dpi form that the form itself still settles (prices a
footnote marker ran into, read against the footnotes' weighted-average price ranges; specks after an
amount)."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW, TABLE2_TITLE, at, ocr_form

RANGE_NOTE = ("{n}. The price reported is a weighted average price; shares were sold at prices ranging from ${lo} "
              "to ${hi}.\n")


def _rows(rows: str, footnotes: str) -> tuple[list[tuple[Decimal | None, list[str] | None]], list[str]]:
    """The prices and price markers read from the OCR'd form with ``rows`` as Table I, and the uncertain fields."""
    doc = read_text(ocr_form(footnotes=footnotes).replace(OCR_ROW, rows))
    assert doc.extraction is not None
    return ([(r.transaction_price_per_share, r.footnote_ids.get("transaction_price_per_share"))
             for r in doc.non_derivative_transactions], doc.extraction.uncertain_fields)


def _many_notes(last: str) -> str:
    """Footnotes 1-11 giving no price range, then ``last`` (footnote 12)."""
    return "".join(f"{n}. Held in account {n}.\n" for n in range(1, 12)) + last


def test_price_marker_run_in_naming_a_note_without_a_range_takes_the_range_holding_the_price() -> None:
    """'$25.412)': '(2)' would name a footnote that gives no price range, while the price 25.41 lies in
    footnote 1's range only: the marker was misread; footnote 1 is the price's (uncertain)."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $25.412)      8,500     D\n"
    notes = RANGE_NOTE.format(n=1, lo="25.10", hi="25.90") + "2. Held in a brokerage account.\n"
    got, unsure = _rows(rows, notes)
    assert got == [(Decimal("25.41"), ["F1"])]
    assert "non_derivative_transactions[0].footnote_ids.transaction_price_per_share" in unsure
    assert "non_derivative_transactions[0].transaction_price_per_share" in unsure


def test_price_marker_whose_paren_was_read_as_a_glyph() -> None:
    """'$25.4175@2)': the '(' of '(2)' read as '@'; the price lies in footnote 2's range."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $25.4175@2)      8,500     D\n"
    notes = "1. Held in a brokerage account.\n" + RANGE_NOTE.format(n=2, lo="25.10", hi="25.90")
    got, _unsure = _rows(rows, notes)
    assert got == [(Decimal("25.4175"), ["F2"])]


def test_price_of_four_places_whose_marker_kept_only_its_paren() -> None:
    """'$26.0183)': cut as 26.01 and '(83)' the marker would name no footnote; the whole 26.0183, a price
    of four places, lies in footnote 2's range: only the marker's ')' is left."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $26.0183)      8,500     D\n"
    notes = RANGE_NOTE.format(n=1, lo="25.10", hi="25.90") + RANGE_NOTE.format(n=2, lo="25.95", hi="26.50")
    got, _unsure = _rows(rows, notes)
    assert got == [(Decimal("26.0183"), ["F2"])]


def test_price_marker_misread_as_a_note_without_its_range() -> None:
    """'$25.41(2)': footnote 2 gives no price range; the price lies in footnote 12's only, which ends in
    the digit read: '(12)' lost its '1' (uncertain). A marker whose own range holds the price stays."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $25.41(2)      8,500     D\n"
            "Common Stock    05/03/2021     S       500     D     $25.50(12)      8,000     D\n")
    got, unsure = _rows(rows, _many_notes(RANGE_NOTE.format(n=12, lo="25.10", hi="25.90")))
    assert got == [(Decimal("25.41"), ["F12"]), (Decimal("25.50"), ["F12"])]
    assert "non_derivative_transactions[0].footnote_ids.transaction_price_per_share" in unsure


def test_marker_that_lost_its_paren_after_the_price_and_a_speck_after_the_amount() -> None:
    """'$25.41 12)': a marker right after the price in its cell is the price's, not a piece of the amount
    owned after; '400;' is the amount with a speck read after it."""
    rows = "Common Stock    05/03/2021     S       400;   D     $25.41 12)      8,100     D\n"
    doc = read_text(ocr_form(footnotes=_many_notes(RANGE_NOTE.format(n=12, lo="25.10", hi="25.90")))
                    .replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal(400), Decimal("25.41"), Decimal(8100))
    assert row.footnote_ids.get("transaction_price_per_share") == ["F12"]


def test_box2_ticker_close_bracket_set_a_line_above_the_name() -> None:
    """OCR set the ticker's ']' alone on the line above box 2's name ('WIDGET CORP [ WDGT' then lacks it):
    the name and ticker are read past that line, not the ']' as the issuer's name."""
    text = OCR_BOX5.replace(
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        at((90, "]")) + at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT"), (99, "(Check all applicable)")))
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("WIDGET CORP", "WDGT")
    assert doc.extraction is not None and "issuer.issuer_trading_symbol" in doc.extraction.uncertain_fields


def test_box2_value_lost_leaves_no_issuer_name_of_another_boxs_number() -> None:
    """OCR lost box 2's value: the '3.' of box 3's label under it is no issuer name."""
    text = OCR_BOX5.replace(
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        at((0, "DOE JOHN"), (99, "(Check all applicable)")))
    doc = read_text(text)
    assert doc.issuer is None or doc.issuer.issuer_name is None


def test_box2_ticker_wrapped_a_line_or_two_under_the_name() -> None:
    """A long issuer name fills box 2's line: its '[' ends it and the ticker with its ']' is a line or two
    lower ('Cll]': an 'I' read as 'l'); a name with no bracket takes '[FEO]' from below too (uncertain)."""
    for name, below, want in (("WIDGET CAPITAL & INCOME FUND, INC. [", "Cll]", "CII"),
                              ("WIDGET EMERGING OPPORTUNITY FUND", "[FEO]", "FEO")):
        text = OCR_BOX5.replace(
            at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
            at((0, "DOE JOHN"), (48, name), (99, "(Check all applicable)")),
        )
        box3 = "3. Date of Earliest Transaction (Month/Day/Year)"
        text = text.replace(at((0, "(Last) (First) (Middle)"), (48, box3)),
                            at((0, "(Last) (First) (Middle)"), (48, below)) + at((48, box3)))
        doc = read_text(text)
        assert doc.issuer is not None
        assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == (name.rstrip(" ["), want)
        assert doc.extraction is not None and "issuer.issuer_trading_symbol" in doc.extraction.uncertain_fields


def test_box1_foreign_country_code_with_a_digit_read_as_a_letter() -> None:
    """EDGAR writes a foreign country or province as a letter and a digit: OCR reads the digit as a letter
    ('Al' for A1, 'XO' for X0) or the letter in lower case ('v8'). With no US state and ZIP on the line, the
    code is put right (uncertain) and the city and postal code read around it."""
    for line, want in (("VANCOUVER Al V6E 2K3", ("VANCOUVER", "A1", "V6E 2K3")),
                       ("LONDON XO W1K 3JP", ("LONDON", "X0", "W1K 3JP")),
                       ("VEVEY v8", ("VEVEY", "V8", None))):
        text = OCR_BOX5.replace(at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check "
                                                                 "Applicable Line)")),
                                at((0, line), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)")))
        doc = read_text(text)
        (owner,) = doc.reporting_owners
        assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == want
        assert doc.extraction is not None and "reporting_owners[0].rpt_owner_state" in doc.extraction.uncertain_fields


def test_amount_owned_lost_by_ocr_from_the_previous_row_when_the_rows_add_up() -> None:
    """OCR dropped the last row's lone '0' owned after selling all: the previous row of the same security and
    form owned 9,610 and this row disposed of 9,610, so it owns 0 (uncertain), as the rows before add up."""
    rows = ("Common Stock    05/03/2021     S       18,100     D     $43.94      34,427     D\n"
            "Common Stock    05/04/2021     S       24,817     D     $44.75       9,610     D\n"
            "Common Stock    05/05/2021     S        9,610     D     $45.04                 D\n")
    doc = read_text(ocr_form(footnotes="1. Sold under a Rule 10b5-1 plan.\n").replace(OCR_ROW, rows))
    assert [r.shares_owned_following_transaction for r in doc.non_derivative_transactions] == [
        Decimal(34427), Decimal(9610), Decimal(0)]
    assert doc.extraction is not None
    assert "non_derivative_transactions[2].shares_owned_following_transaction" in doc.extraction.uncertain_fields


def test_amount_owned_lost_stays_empty_when_the_filer_repeats_a_total() -> None:
    """A filer who repeats the total on every line breaks the arithmetic: the lost amount stays null."""
    rows = ("Common Stock    05/03/2021     P       2,000     A     $4.96      1,276,773     D\n"
            "Common Stock    05/04/2021     P       4,000     A     $4.94      1,276,773     D\n"
            "Common Stock    05/05/2021     P       5,000     A     $4.95                   D\n")
    doc = read_text(ocr_form(footnotes="1. Bought in the open market.\n").replace(OCR_ROW, rows))
    assert doc.non_derivative_transactions[2].shares_owned_following_transaction is None


def test_box1_specks_read_as_short_words_among_the_name_labels_are_no_street() -> None:
    """OCR read specks among box 1's '(Last) (First) (Middle)' labels as short words ('y', 'An'): they are
    not the start of the street line below."""
    box3 = "3. Date of Earliest Transaction (Month/Day/Year)"
    text = OCR_BOX5.replace(at((0, "(Last) (First) (Middle)"), (48, box3)),
                            at((0, "(Last) (First) y  (Middle) An"), (48, box3)))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_street1 == "1 MAIN ST"


def test_table2_code_lost_is_the_table1_exercise_of_the_same_date_and_amount() -> None:
    """OCR lost a Table II row's code: the Table I row of code M acquiring the same amount on the same date is
    its exercise, so the Table II row is an M that disposed of the option (both uncertain)."""
    rows = "Common Stock    05/03/2021     M       2,000     A     $10.00      10,500     D\n"
    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date    5. Number    6. Date "
        "Exercisable and Expiration Date      7. Title and Amount      8. Price    9. Number\n"
        "Stock Option      $10.00 | 05/03/2021          2,000 | ©)      05/03/2022 | 05/03/2030 | Common Stock"
        "      2,000      $0.00      8,000      D\n")
    doc = read_text(ocr_form(table2, "1. Vests.\n").replace(OCR_ROW, rows))
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_acquired_disposed_code, row.transaction_shares) == (
        "M", "D", Decimal(2000))
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_price_of_six_places_ran_a_marker_in_with_both_parentheses_lost() -> None:
    """'$25.412910': a price has 2 or 4 places; cut to 25.4129, it lies in footnote 1's range only, so the
    last digits were a marker's whose parentheses OCR lost (uncertain). Without a range it is left whole."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $25.412910      8,500     D\n"
    got, unsure = _rows(rows, RANGE_NOTE.format(n=1, lo="25.10", hi="25.90") + "2. Held in a brokerage account.\n")
    assert got == [(Decimal("25.4129"), ["F1"])]
    assert "non_derivative_transactions[0].transaction_price_per_share" in unsure
    got, _unsure = _rows(rows, "1. Held in a brokerage account.\n")
    assert got[0][0] == Decimal("25.412910")


def test_date_with_a_marker_smear_keeps_the_marker() -> None:
    """A date's marker smeared ('05/07/2016%2)': its '(' read as '%') is still the date's marker; one whose
    number is lost ('05/07/2016)') holds its place, and a form listing one footnote can mean no other."""
    head = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    6. Date Exercisable and Expiration Date"
        "      7. Title and Amount      9. Number\n")
    row = "Stock Option      $47.61      {date} | 05/07/2023       Common Stock    15,000      15,000      D\n"
    doc = read_text(ocr_form(head + row.format(date="05/07/2016%2)"), "1. Vests.\n2. Granted under the plan.\n"))
    (holding,) = doc.derivative_holdings
    assert holding.footnote_ids.get("exercise_date") == ["F2"]
    doc = read_text(ocr_form(head + row.format(date="05/07/2016)"), "1. Vests in four parts.\n"))
    (holding,) = doc.derivative_holdings
    assert holding.exercise_date is not None and holding.footnote_ids.get("exercise_date") == ["F1"]
    assert doc.extraction is not None
    assert "derivative_holdings[0].footnote_ids.exercise_date" in doc.extraction.uncertain_fields


def test_code_with_its_echo_right_before_the_price_when_ocr_lost_the_amount() -> None:
    """OCR lost the amount: the code read with its echo ('Ss') stands right before the price, itself with a
    marker's smear ('$12.50)'); it is still the code, and the price is read as the price."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.40      10,000     D\n"
            "Common Stock    05/03/2021     Ss                      $12.50)      8,500     D\n")
    doc = read_text(ocr_form(footnotes="1. Sold under a Rule 10b5-1 plan.\n").replace(OCR_ROW, rows))
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_code, row.transaction_price_per_share) == ("S", Decimal("12.50"))


def test_nature_loses_a_three_letter_smear_of_the_indirect_letter_and_its_marker() -> None:
    """The D/I letter and its marker smeared into three letters and a ')' ('vse) By Voting Trust') before the
    nature: the smear comes off its front (uncertain)."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     vse) By Voting Trust\n"
    doc = read_text(ocr_form(footnotes="1. Held by a voting trust.\n").replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.nature_of_ownership == "By Voting Trust"


def test_owner_name_capital_i_read_as_the_digit_one() -> None:
    """OCR read the capital 'I' starting a name's word as '1' ('1ZZO RALPH'): a name's word starts with no
    digit."""
    text = OCR_BOX5.replace(at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
                            at((0, "1ZZO RALPH"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")))
    (owner,) = read_text(text).reporting_owners
    assert owner.rpt_owner_name == "IZZO RALPH"
