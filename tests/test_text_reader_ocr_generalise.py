"""OCR text: rules written for the form's grammar rather than for the glyphs the tuning scans
happened to show (probed on other page geometries and on synthetic forms)."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW


def test_ocr_code_letter_with_any_marker_smear_is_the_code() -> None:
    """The code's letter and its raised marker OCR'd as one short token ('s4' for S(4), 'sty' for
    S(11), 'FL?)' for F(17)) is the code, listed as uncertain; the amount stays the amount (it was
    read as the price, and the smear as the nature)."""
    rows = (
        "Common Stock    05/03/2021     s4        1,500           $12.50      8,500     D\n"
        "Common Stock    05/03/2021     sty         500           $12.60      8,000     D\n"
        "Common Stock    05/03/2021     FL?)        100           $12.70      7,900     D\n"
    )
    text = OCR_BOX5.replace(OCR_ROW, rows).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n1. A.\n2. B.\n3. C.\n4. Sold.\n")
    doc = read_text(text)
    s4, sty, f = doc.non_derivative_transactions
    assert (s4.transaction_code, s4.transaction_shares, s4.transaction_price_per_share) == (
        "S", Decimal("1500"), Decimal("12.50"))
    assert s4.footnote_ids.get("transaction_code") == ["F4"]
    assert (sty.transaction_code, sty.transaction_shares) == ("S", Decimal("500"))
    assert "transaction_code" not in sty.footnote_ids  # the smear's glyphs name no number
    assert (f.transaction_code, f.transaction_shares) == ("F", Decimal("100"))
    assert doc.extraction is not None
    for k in range(3):
        assert f"non_derivative_transactions[{k}].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_table2_code_smear_makes_a_transaction_row() -> None:
    """Table II: a transaction date, then the code's letter with its marker smeared ('p™'), then the
    amount: a transaction row, not a holding row whose exercise date is the transaction date."""
    from text_forms import TABLE2_TITLE, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Call Option     $3.5 | 05/03/2021     p™      2,200      02/13/2022 | 06/19/2022 |} Common | 220,000]"
        "      $0.25      2,200      D\n"
    )
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.transaction_code == "P" and row.transaction_shares == Decimal("2200")
    assert str(row.transaction_date) == "2021-05-03" and str(row.exercise_date) == "2022-02-13"
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_nature_with_any_marker_smear_glued_to_its_end() -> None:
    """A nature's markers smeared into any run of digits, parentheses, quotes and symbols glued to
    its last word ('See footnotes)5)()(7', 'See footnotes@")8)') are markers, not the nature's words;
    a parenthesis closing the nature's own words stays ('401(k)')."""
    rows = (
        "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     See footnotes)5)()(7\n"
        "Common Stock    05/03/2021     S         500     D     $12.60      8,000     I     See footnotes@\")8)\n"
        "Common Stock    05/03/2021     S         100     D     $12.70      7,900     I     Through 401(k)\n"
    )
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    a, b, c = doc.non_derivative_transactions
    assert a.nature_of_ownership == "See footnotes" and b.nature_of_ownership == "See footnotes"
    assert c.nature_of_ownership == "Through 401(k)"


def test_ocr_amount_with_a_run_in_marker_and_a_rule_brace() -> None:
    """An amount whose marker lost its '(' and ran in, a table rule's brace after it ('2,1008)}'), and
    one whose run-in digits cannot be a marker's number ('1,276,773003)'): the comma groups end the
    amount, the rest is the marker."""
    rows = "Common Stock    04/21/2014     P       2,1008)}    A      $4.92      1,276,773003)     D\n"
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal("2100"), Decimal("4.92"), Decimal("1276773"))
    assert row.footnote_ids.get("transaction_shares") == ["F8"]
    assert "shares_owned_following_transaction" not in row.footnote_ids  # '003' names no footnote


def test_ocr_box_label_line_lost_anchors_on_last_first_middle() -> None:
    """OCR dropped the line of box 1's, 2's and 5's labels; box 1's '(Last) (First) (Middle)' still
    anchors the boxes: the owner's name, address and box 2's issuer are read as when the labels show."""
    from text_forms import at

    label = at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
               (99, "5. Relationship of Reporting Person(s) to Issuer"))
    assert label in OCR_BOX5
    doc = read_text(OCR_BOX5.replace(label, ""))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_name, owner.rpt_owner_street1, owner.rpt_owner_city, owner.rpt_owner_state,
            owner.rpt_owner_zip_code) == ("DOE JOHN", "1 MAIN ST", "BOSTON", "MA", "02110")
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("WIDGET CORP", "WDGT")
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"


def test_ocr_table2_grant_and_conversion_with_the_price_lost_are_priced_zero() -> None:
    """OCR dropped the lone '$0' of Table II's price column: a grant (A, acquired) and a conversion (C)
    are priced $0, as a gift or an exercise is; inferred, so uncertain."""
    from text_forms import TABLE2_TITLE, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Stock Option     $10.00 | 05/03/2021     A      1,000      05/03/2022 | 05/03/2031 | Common Stock | 1,000"
        "                  1,000      D\n"
        "Preferred Stock     $1.00 | 05/03/2021     C      500      05/03/2021 | 05/03/2031 | Common Stock | 500"
        "                  0      D\n"
    )
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    grant, conv = doc.derivative_transactions
    assert (grant.transaction_code, grant.transaction_price_per_share) == ("A", 0)
    assert (conv.transaction_code, conv.transaction_price_per_share) == ("C", 0)
    assert doc.extraction is not None
    for k in range(2):
        assert f"derivative_transactions[{k}].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_ocr_table2_disposition_with_its_lone_zero_lost_owns_nothing() -> None:
    """OCR dropped the lone '0' of a Table II disposition's amount owned following: the first row of
    its security owns 0; a later row of the same security owns the previous row's amount less its own.
    Both inferred, so uncertain."""
    from text_forms import TABLE2_TITLE, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Stock Option     $10.00 | 05/03/2021     M      1,000  D    05/03/2020 | 05/03/2031 | Common Stock | 1,000"
        "      $0                D\n"
        "Stock Units     $0 | 05/03/2021     M      300  D    05/03/2020 | 05/03/2031 | Common Stock | 300"
        "      $0      1,200      D\n"
        "Stock Units     $0 | 05/04/2021     M      200  D    05/03/2020 | 05/03/2031 | Common Stock | 200"
        "      $0                D\n"
    )
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    opt, u1, u2 = doc.derivative_transactions
    assert opt.shares_owned_following_transaction == 0
    assert u1.shares_owned_following_transaction == Decimal("1200")
    assert u2.shares_owned_following_transaction == Decimal("1000")
    assert doc.extraction is not None
    for k in (0, 2):
        assert f"derivative_transactions[{k}].shares_owned_following_transaction" in doc.extraction.uncertain_fields


def test_ocr_code_j_read_with_its_tail_as_a_y() -> None:
    """J(1) OCR'd as 'ym' or 'yo' (J's tail below the line read as a 'y', the marker as the rest): no
    code is a Y, so the code is J, uncertain; it is not inferred as a purchase from the price."""
    rows = (
        "Common Stock    12/28/2019     ym        155     A       $58.62      207     I     by 401(k) Plan\n"
        "Common Stock    12/29/2019     yo        100     A       $58.62      307     I     by 401(k) Plan\n"
    )
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (a.transaction_code, a.transaction_shares) == ("J", Decimal("155"))
    assert (b.transaction_code, b.transaction_shares) == ("J", Decimal("100"))
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_marker_that_lost_its_paren_beside_other_markers() -> None:
    """Table II: '2)' beside markers ('628,553" | 2) | (2)') is the exercise date's marker that lost its
    '(', not an amount of 2: the underlying title and amounts after it stay in their columns."""
    from text_forms import TABLE2_TITLE, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Class B Stock     (2) | 12/09/2024     C      628,553\" | 2)      (2)      Class A      628,553"
        "      $0      137,545      I      By Beaver LLC\n"
    )
    doc = read_text(ocr_form(table2, "1. Converted.\n2. Any time.\n"))
    (row,) = doc.derivative_transactions
    assert row.footnote_ids.get("exercise_date") == ["F2"] and row.footnote_ids.get("expiration_date") == ["F2"]
    assert row.underlying_security_shares == Decimal("628553")
    assert row.shares_owned_following_transaction == Decimal("137545")
    assert row.nature_of_ownership == "By Beaver LLC"


def test_ocr_direct_gift_with_its_a_d_lost_is_given() -> None:
    """A gift (G) out of the direct holding whose lone '(D)' OCR dropped is a disposition, uncertain; an
    indirect gift (a trust's) is as often received, so its A/D stays unread."""
    rows = (
        "Common Stock    12/23/2019     G       1,000            $0      124,400     D\n"
        "Common Stock    12/23/2019     G         500            $0       10,500     I     By Trust\n"
    )
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    direct, trust = doc.non_derivative_transactions
    assert direct.transaction_acquired_disposed_code == "D"
    assert trust.transaction_acquired_disposed_code is None
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_ocr_one_date_under_the_expiration_heading_on_a_line_of_its_own() -> None:
    """OCR set column 6's 'Expiration' heading on a line of its own and misread the '(D)' heading
    ('1A) |®)'): a row's one date standing under 'Expiration' is the expiration date, not the
    exercisable one."""
    from text_forms import TABLE2_TITLE, at, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number\n"
        + at((66, "Code"), (75, "Vv"), (79, "1A)"), (85, "|®)"), (94, "Date"), (107, "Expiration"), (121, "Title"))
        + at((94, "Exercisable | Date"))
        + at((1, "Stock Option"), (25, "$39.2 | 09/09/2021"), (71, "A"), (84, "5,000"), (107, "09/08/2024 | Common"),
             (138, "5,000"), (165, "5,000"), (180, "D"))
    )
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    (row,) = doc.derivative_transactions
    assert row.exercise_date is None and str(row.expiration_date) == "2024-09-08"


def test_ocr_see_footnotes_with_its_markers_smeared_into_capitals() -> None:
    """'See Footnotes2OMOM', 'See Footnotes @24O6)G': the phrase with its markers smeared into digits,
    capitals and glyphs (at another page size OCR mixes letters into the smear) is 'See Footnotes'."""
    rows = (
        "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     See Footnotes2OMOM\n"
        "Common Stock    05/03/2021     S         500     D     $12.60      8,000     I     See Footnotes @24O6)G\n"
    )
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert a.nature_of_ownership == "See Footnotes" and b.nature_of_ownership == "See Footnotes"


def test_ocr_price_with_its_point_read_as_a_comma_and_a_marker_run_in() -> None:
    """'$43,932)': OCR read the decimal point as a comma and the marker '(2)' lost its '(' into the price.
    Footnote 2 gives the range the price lies in, so the price is $43.93 with marker 2, uncertain (with no
    range to confirm it, the comma is not re-read: '$43,932' may be a price)."""
    rows = (
        "Common Stock    05/03/2021     S       1,500     D     $43,932)      8,500     D\n"
    )
    notes = ("1. A plan.\n2. The price reported is a weighted average; prices ranging from $43.50 to $44.00.\n")
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n" + notes))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_price_per_share == Decimal("43.93")
    assert row.footnote_ids.get("transaction_price_per_share") == ["F2"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_ocr_joint_filer_whose_city_line_is_garbled_shares_the_same_streets_city() -> None:
    """Two owners of a joint filing at one street; OCR garbled the first owner's city line past reading
    and read its '(Street)' label into the street ('(sce) 116 RADIO CIRCLE'): the owner at the other
    owner's street is in its city, state and ZIP code, listed as uncertain."""
    from text_forms import at, ocr_grid_owners

    box1 = (at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
            + at((0, "(sce) 116 RADIO CIRCLE SUITE 202"), (48, "05/03/2021"), (99, "Director j    10% Owner"))
            + at((0, "Toon otate)"), (99, "Officer (give    L]"))
            + at((11, "' ese"), (99, "Director   10% Owner"))
            + at((0, "ACME VALUE FUND LP"))
            + at((0, "(Last) (First) (Middle)"))
            + at((0, "116 RADIO CIRCLE SUITE 202"))
            + at((0, "(Street)"))
            + at((0, "MOUNT KISCO NY 10549"))
            + at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + at((48, "LJ Form filed by More than One Reporting Person")))
    doc = read_text(ocr_grid_owners(box1))
    first, second = doc.reporting_owners
    assert (second.rpt_owner_city, second.rpt_owner_zip_code) == ("MOUNT KISCO", "10549")
    assert (first.rpt_owner_name, first.rpt_owner_street1, first.rpt_owner_city, first.rpt_owner_state,
            first.rpt_owner_zip_code) == ("ACME CAPITAL LLC", "116 RADIO CIRCLE SUITE 202", "MOUNT KISCO", "NY",
                                          "10549")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields


def test_ocr_title_read_twice_is_read_once() -> None:
    """A holding's title OCR'd twice over ('Class A Common Stock Class A Common Stock': the wrapped title
    lines of a neighbouring row joined to its own) is the title once."""
    rows = ("Class A Common Stock Class A Common Stock      05/03/2021     S       1,500     D     $12.50"
            "      8,500     D\n")
    doc = read_text(OCR_BOX5.replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Class A Common Stock"


def test_ocr_grid_joint_filer_without_a_readable_box5_group_takes_the_others_marks() -> None:
    """A joint filing on OCR's grid whose second owner's box 5 group was not read: the owner takes the
    marks the other owners carry, every flag uncertain (as on tab-cell OCR)."""
    from text_forms import at, ocr_grid_owners

    box1 = (at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
                 (99, "Director    X 10% Owner"))
            + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "LJ Officer (give title below)  LJ Other (specify below)"))
            + at((0, "(Street)"))
            + at((0, "BOSTON MA 02110"))
            + at((0, "(City) (State) (Zip)"))
            + at((0, "ACME PARTNERS FUND LP"))
            + at((0, "(Last) (First) (Middle)"))
            + at((0, "1 MAIN ST"))
            + at((0, "(Street)"))
            + at((0, "BOSTON MA 02110"))
            + at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + at((48, "LJ Form filed by More than One Reporting Person")))
    doc = read_text(ocr_grid_owners(box1))
    first, second = doc.reporting_owners
    assert (first.is_ten_percent_owner, first.is_director) == (True, False)
    assert (second.is_director, second.is_officer, second.is_ten_percent_owner, second.is_other) == (
        False, False, True, False)
    assert doc.extraction is not None
    assert "reporting_owners[1].is_ten_percent_owner" in doc.extraction.uncertain_fields


def test_ocr_table2_lost_zero_not_inferred_when_the_amounts_ran_into_the_nature() -> None:
    """A Table II disposition whose columns 7 to 9 ran into the nature ('Class A 6,250 $0 12,500': the
    underlying title read as a marker's smear '@)') shows its amount owned there, so no lone '0' was
    lost: the amount owned is not inferred as 0. (Column 6's markers smeared to '@)' and '6)' hold
    their places, so the amount owned is read in column 9.)"""
    from text_forms import TABLE2_TITLE, ocr_form

    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Restricted Units     $0) | 03/15/2025     M      6,250 | @)      6)      Class A      6,250      $0°)"
        "      12,500\n"
    )
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    (row,) = doc.derivative_transactions
    assert row.transaction_acquired_disposed_code == "D"
    assert row.shares_owned_following_transaction == Decimal("12500")
