"""The messy-text reader on Tesseract's OCR text of the rendered form (plain and laid out
on a grid): owners, box 5 glyphs, smeared markers, wrapped cells, rows OCR split."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from section16.model import OwnershipDocument
from section16.readers.text import read_text
from text_forms import (
    OCR_BOX5,
    OCR_ROW,
    TABLE2_TAB_HEADER,
    TABLE2_TITLE,
    at,
    ocr_box5_grid,
    ocr_form,
    ocr_grid_owners,
)


def _seed(seeds_dir: Path, stem: str) -> OwnershipDocument:
    path = seeds_dir / f"{stem}.txt"
    return read_text(path.read_text(encoding="utf-8"), source_name=path.name)


def test_ocr_option_grant_table2_cells(seeds_dir: Path) -> None:
    """Seed 001: footnote-only 'Date Exercisable', '0 3/15/2022', '10 4,167' and '104,16 67'."""
    doc = _seed(seeds_dir, "001_21f7f7a3c760f135")
    (row,) = doc.derivative_transactions
    assert row.security_title == "Stock Option (Right to Buy)"
    assert row.conversion_or_exercise_price == Decimal("2.89")
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.expiration_date == date(2022, 3, 15)
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("104167")
    assert row.shares_owned_following_transaction == Decimal("104167")
    flagged = set(doc.extraction.uncertain_fields)
    # the cut-off title and the joined digits are declared, not passed off as read
    assert "derivative_transactions[0].security_title" in flagged
    assert "derivative_transactions[0].shares_owned_following_transaction" in flagged


def test_ocr_box5_without_a_readable_check_mark_takes_the_officer_title() -> None:
    """OCR lost box 5's X; the title written under 'Officer (give title below)' says Officer,
    and the inferred boxes are listed as uncertain."""
    doc = read_text(OCR_BOX5)
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_other is False and owner.is_ten_percent_owner is False
    # a CFO may or may not sit on the board: with the marks lost, Director stays unread
    assert owner.is_director is None
    for f in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields


def test_ocr_marker_smears_glued_to_values_and_the_typed_signature() -> None:
    """OCR of superscript markers glued to a code or an amount ('FO', '8,500?)', '$0®)') keeps
    the value, as does a code letter echoed in lower case ('Mm'); 'Is}' is the '/s/' of a typed
    signature."""
    rows = (
        "Common Stock    05/03/2021     M       1,000     A     $0®)        9,000\n"
        "Common Stock    05/03/2021     FO        500           $12.50      8,500?)\n"
        "Common Stock    05/03/2021     Mm        100           $0          8,600\n"
        "Common Stock    05/03/2021     AM         27     A     $34.99      8,627      Dp?)\n"
    )
    text = OCR_BOX5.replace(OCR_ROW, rows).replace("/s/ John Doe", "Is} John Doe")
    doc = read_text(text)
    m, f, ex, grant = doc.non_derivative_transactions
    # 'AM': A with its marker read as a second capital; 'Dp?)': D with its marker's smear
    assert (grant.transaction_code, grant.transaction_shares, grant.direct_or_indirect_ownership) == (
        "A", Decimal("27"), "D")
    assert grant.transaction_price_per_share == Decimal("34.99")
    # 'Mm': OCR echoed the code letter in lower case
    assert (ex.transaction_code, ex.transaction_shares, ex.shares_owned_following_transaction) == (
        "M", Decimal("100"), Decimal("8600"))
    assert (m.transaction_code, m.transaction_shares, m.transaction_price_per_share) == ("M", Decimal("1000"), 0)
    assert m.shares_owned_following_transaction == Decimal("9000")
    assert (f.transaction_code, f.transaction_shares, f.transaction_price_per_share) == ("F", Decimal("500"),
                                                                                        Decimal("12.50"))
    assert f.shares_owned_following_transaction == Decimal("8500")
    assert f.transaction_acquired_disposed_code == "D"  # code F disposes; the arithmetic agrees
    assert f.direct_or_indirect_ownership == "D"
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields
    (sig,) = doc.owner_signatures
    assert sig.signature_name == "/s/ John Doe"


def test_ocr_marker_read_as_one_glyph_keeps_its_column() -> None:
    """OCR reads a marker as one glyph ('©'), past the table rule after the amount: it still fills
    column 6's first slot, so the next marker is the expiration date's, not the exercise date's;
    its lost number is only inferred from the row's other date (uncertain: see
    test_text_reader_ocr_lost_marker_numbers)."""
    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Restricted Stock Units     $0      05/03/2021      M      1,000 | ©      (1)      Common Stock      1,000"
        "      $0      2,000      D\n"
    )
    text = ocr_form(table2, "1. Vests.\n2. Granted.\n")  # two footnotes: the lost number could be either
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.footnote_ids.get("expiration_date") == ["F1"]
    assert row.footnote_ids.get("exercise_date") == ["F1"]
    assert doc.extraction is not None
    assert "derivative_transactions[0].footnote_ids.exercise_date" in doc.extraction.uncertain_fields
    assert row.underlying_security_title == "Common Stock" and row.underlying_security_shares == Decimal("1000")


def test_ocr_dates_with_a_marker_smear_and_braces_of_table_rules() -> None:
    """OCR: '05/07/2016%4)' and '05/07/2023)' are dates with a marker's smear after them; '}Common' is a word
    beside a table rule read as a brace."""
    table2 = TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    6. Date Exercisable and Expiration Date"
        "      7. Title and Amount      9. Number\n"
        "Stock Option      $47.61      05/07/2016%4) | 05/07/2023)       }Common |}    15,000      15,000      D\n"
    )
    text = ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_holdings
    assert row.exercise_date == date(2016, 5, 7) and row.expiration_date == date(2023, 5, 7)
    assert row.underlying_security_title == "Common"
    assert row.underlying_security_shares == Decimal("15000")


def test_ocr_gift_lost_its_zero_price() -> None:
    """OCR drops a lone '$0' cell: a gift's price is $0, said to be inferred."""
    row = "Common Stock    05/03/2021     G       500     D                 8,000     D\n"
    text = OCR_BOX5.replace(OCR_ROW, row)
    doc = read_text(text)
    (gift,) = doc.non_derivative_transactions
    assert gift.transaction_code == "G" and gift.transaction_shares == Decimal("500")
    assert gift.transaction_price_per_share == 0
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_ocr_footnote_words_set_below_their_gaps_go_back_in() -> None:
    """OCR of justified text sets a few words on a line of their own, each under a gap of the
    line above: they go back in their gaps, not at the end of the footnote."""
    fn = (at((0, "1. The price reported in Column 4 is"), (39, "weighted"), (57, "price. The shares"),
              (80, "sold in multiple transactions."))
          + at((37, "a"), (49, "average"), (75, "were")))
    doc = read_text(ocr_form(footnotes=fn + "Remarks:\n"))
    (f1,) = doc.footnotes
    assert f1.text == ("The price reported in Column 4 is a weighted average price. The shares were sold "
                       "in multiple transactions.")


def test_ocr_box1_middle_initial_and_state_zip_a_line_lower() -> None:
    """OCR sets a middle initial, and a city line's state and ZIP, a little lower than their
    line: they are read with it."""
    text = OCR_BOX5.replace(
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + at((22, "Q")),
    ).replace(at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)")),
              at((0, "BOSTON"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
              + at((10, "MA 02110")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN Q"
    assert owner.rpt_owner_street1 == "1 MAIN ST"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("BOSTON", "MA", "02110")


def test_ocr_amount_after_a_whole_date_is_not_a_date_piece() -> None:
    """A two-digit amount right after a whole date (the code column empty) is the amount, not a
    piece of a date split across cells."""
    row = "Common Stock    05/03/2021             41     A     $24.14      8,541     D\n"
    text = OCR_BOX5.replace(OCR_ROW, row)
    doc = read_text(text)
    (r,) = doc.non_derivative_transactions
    assert r.transaction_date == date(2021, 5, 3)
    assert r.transaction_shares == Decimal("41") and r.transaction_acquired_disposed_code == "A"
    assert r.transaction_code == "P"  # acquired at a price: inferred, and said to be
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_holding_row_of_a_title_and_a_whole_amount_is_a_row() -> None:
    """OCR dropped a holding row's 'D': left with a title under column 1 and a whole amount
    ('6,649') before the nature column, the line is a row of its own, not wrapped words of the
    row above."""
    head = (at((0, "1. Title of Security"), (22, "2. Transaction Date"), (44, "3. Code"),
                (56, "4. Securities Acquired"), (80, "5. Amount Owned"), (100, "6. Form"), (112, "7. Nature"))
            + at((0, "Common Stock"), (22, "05/03/2021"), (44, "S"), (54, "1,500   D   $12.50"),
                  (80, "8,500"), (100, "D"))
            + at((0, "Common"), (80, "224,356"), (100, "D"))
            + at((0, "Stock"))
            + at((0, "Common"), (82, "6,649"))
            + at((0, "Stock")))
    text = OCR_BOX5.replace(
        "1. Title of Security (Instr. 3)\n" + OCR_ROW, head)
    doc = read_text(text)
    assert [h.shares_owned_following_transaction for h in doc.non_derivative_holdings] == [
        Decimal("224356"), Decimal("6649")]
    assert [h.security_title for h in doc.non_derivative_holdings] == ["Common Stock", "Common Stock"]
    assert doc.extraction is not None
    assert "non_derivative_holdings[1].direct_or_indirect_ownership" in doc.extraction.uncertain_fields


def test_ocr_unreadable_code_keeps_its_column() -> None:
    """OCR smeared the code and its marker into 'ym': the amount, price and amount owned that
    follow are still read in their columns; the code is not invented from the smear."""
    text = OCR_BOX5.replace("Common Stock    05/03/2021     S       1,500",
                             "Common Stock    05/03/2021     ym      1,500")
    doc = read_text(text)
    (row,) = doc.non_derivative_transactions
    assert row.transaction_shares == Decimal("1500")
    assert row.transaction_price_per_share == Decimal("12.50")
    assert row.shares_owned_following_transaction == Decimal("8500")
    assert doc.extraction is not None
    assert row.transaction_code is None or (
        "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields)


def test_ocr_street_c_o_with_its_slash_read_as_a_letter() -> None:
    """OCR read the slash of 'C/O' as a letter ('ClO'): the street line starts 'C/O' (and splits
    before the number, as a 'C/O' line does), marked uncertain."""
    text = OCR_BOX5.replace(at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
                             at((0, "ClO WIDGET CORP, 1 MAIN ST"), (48, "05/03/2021"),
                                 (99, "title below)     Other (specify below)")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORP,", "1 MAIN ST")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_ocr_marker_smears_after_the_nature_are_dropped() -> None:
    """OCR smeared the nature's footnote markers into junk after its words ('See Footnotes
    22467)', 'See Footnotes 464'): the junk is dropped; a year in parentheses is kept."""
    for printed, want in (("See Footnotes 22467)", "See Footnotes"), ("See Footnotes 464", "See Footnotes"),
                          ("By Family Trust (2019)", "By Family Trust (2019)")):
        text = OCR_BOX5.replace("      8,500     D\n", f"      8,500     I     {printed}\n")
        doc = read_text(text)
        (row,) = doc.non_derivative_transactions
        assert row.nature_of_ownership == want


def test_ocr_signature_whose_date_was_lost_says_so() -> None:
    """Every signature on the form is dated; a date OCR lost (nothing beside the name) is not read
    as absent: the signature's date is null and listed as uncertain, the dated one is sure."""
    lost = OCR_BOX5.replace("/s/ John Doe       05/05/2021", "/s/ John Doe")
    doc = read_text(lost)
    (sig,) = doc.owner_signatures
    assert sig.signature_name == "/s/ John Doe" and sig.signature_date is None
    assert doc.extraction is not None
    assert "owner_signatures[0].signature_date" in doc.extraction.uncertain_fields
    dated = read_text(OCR_BOX5)
    assert dated.owner_signatures[0].signature_date == date(2021, 5, 5)
    assert "owner_signatures[0].signature_date" not in dated.extraction.uncertain_fields


def test_ocr_lines_framed_by_table_rules_are_not_markdown() -> None:
    """OCR of a scan reads table rules as bars, and a few lines come out framed '| ... |'; without
    a '|---|' separator row they are still OCR text, read with OCR's caution (free text uncertain)."""
    framed = "|   3A. Deemed        5. Number     6. Date      |\n" * 3
    doc = read_text(ocr_form(tables=framed))
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    assert "owner_signatures[0].signature_name" in doc.extraction.uncertain_fields
    md = "| 1. Title of Security | 2. Date |\n|---|---|\n| Common Stock | 05/03/2021 |\n"
    assert read_text(ocr_form(tables=md)).extraction.source_format == "markdown"


def test_ocr_box5_no_mark_and_no_title_ten_percent_for_a_fund_unread_for_a_person() -> None:
    """OCR lost every check mark of box 5 and no title is written: Officer and Other are not
    checked, so Director or 10% Owner is. A fund is not a director: 10% Owner, uncertain. A person
    may be either: both stay unread, not guessed from which is filed more often."""
    text = OCR_BOX5.replace(at((0, "(Street)"), (99, "Chief Financial Officer")), at((0, "(Street)")))
    text = text.replace("Director j    10% Owner", "Director      10% Owner")  # the 10% box lost too
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, False, None, False)
    assert doc.extraction is not None
    for f in ("is_officer", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields
    doc = read_text(text.replace("DOE JOHN", "ACME GROWTH FUND II, L.P."))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "ACME GROWTH FUND II, L.P."
    assert (owner.is_director, owner.is_ten_percent_owner) == (False, True)
    assert doc.extraction is not None
    for f in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields


def test_ocr_price_markers_lost_are_found_by_the_weighted_average_price_range() -> None:
    """OCR drops a price's superscript marker, or keeps its ')' and runs its digit into the price:
    a weighted average price's footnote gives the range the price lies in. '$12.50' lies only in
    footnote 1's range; in '$2,598.325)' the digit 5 is no marker (footnote 5's range is elsewhere),
    the price is 2,598.325 in footnote 2's range; in '$2,571.12202)' the '(1' of '(12)' was lost."""
    rows = ("Common Stock    05/03/2021     S       400     D     $2,598.325)      8,100     D\n"
            "Common Stock    05/03/2021     S       100     D     $2,571.12202)      8,000     D\n")
    fns = ("1. The price reported is a weighted average price; shares were sold at prices ranging from $12.01 to "
           "$12.99, inclusive.\n"
           "2. The price reported is a weighted average price; shares were sold at prices ranging from $2,598.02 to "
           "$2,599.02, inclusive.\n"
           "5. The price reported is a weighted average price; shares were sold at prices ranging from $2,601.35 to "
           "$2,602.35, inclusive.\n"
           "12. The price reported is a weighted average price; shares were sold at prices ranging from $2,570.65 "
           "to $2,571.65, inclusive.\n")
    doc = read_text(ocr_form(rows, fns))
    got = [(r.transaction_price_per_share, r.footnote_ids.get("transaction_price_per_share"))
           for r in doc.non_derivative_transactions]
    assert got == [(Decimal("12.50"), ["F1"]), (Decimal("2598.325"), ["F2"]), (Decimal("2571.1220"), ["F12"])]
    assert doc.extraction is not None
    for k in range(3):
        assert f"non_derivative_transactions[{k}].footnote_ids.transaction_price_per_share" in (
            doc.extraction.uncertain_fields)


def test_ocr_amount_with_a_table_rule_read_as_a_brace() -> None:
    """OCR reads the table rule right of an amount as a brace or bracket ('1,800]', '2,731}'):
    the amount is read without it, and the row's columns stay in place."""
    rows = "Common Stock    05/04/2021     P       1,800]     A     $5.11      10,300}     D\n"
    doc = read_text(ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.transaction_acquired_disposed_code, row.transaction_price_per_share,
            row.shares_owned_following_transaction) == (Decimal("1800"), "A", Decimal("5.11"), Decimal("10300"))
    assert row.nature_of_ownership is None


def test_ocr_table2_a_d_column_heading_read_with_a_bar() -> None:
    """OCR reads Table II's '(A)' heading as 'IA)': the amount printed under it is still read as
    acquired (the lone 'A' itself is not in Table II's row)."""
    table2 = (TABLE2_TITLE
              + at((0, "1. Title of"), (50, "4. Transaction"), (62, "5. Number of"), (76, "6. Date Exercisable"),
                    (100, "7. Title and Amount"))
              + at((50, "Code"), (58, "V"), (62, "IA)"), (70, "(D)"), (76, "Date"), (88, "Expiration"),
                    (100, "Title"))
              + at((0, "Class B"), (12, "(2)"), (20, "05/03/2021"), (50, "G"), (62, "111"), (76, "(2)"),
                    (88, "(2)"), (100, "Class A"), (112, "111"), (122, "11,417"), (132, "I")))
    doc = read_text(ocr_form(table2, "2. Convertible at any time.\n"))
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("G", Decimal("111"))
    assert row.transaction_acquired_disposed_code == "A"


def test_ocr_box1_middle_initial_a_line_above_the_name() -> None:
    """OCR sets a middle initial a little higher than its name, alone on the line under the label:
    it is read with the name, before a generational suffix."""
    text = OCR_BOX5.replace(
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        at((22, "W"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + at((0, "DOE JOHN       III")),
    )
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN W III"
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_zero_price_read_as_the_word_go() -> None:
    """OCR reads a '$0' price between two amounts as 'go' ('$' as 'g', '0' as 'o'): it is $0 and
    the amount after it stays the amount owned."""
    rows = "Common Stock    05/04/2021     J       111     A     go      8,611     D\n"
    doc = read_text(ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal("111"), Decimal("0"), Decimal("8611"))
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_ocr_misspelled_explanation_label_still_starts_the_footnotes() -> None:
    """OCR misspells the footnotes' label ('Expianation of Responses:'): the footnotes still start
    there, and their lines are not read as Table II rows."""
    table2 = TABLE2_TITLE + "1. Title of Derivative Security   2. Conversion   3. Transaction Date\n"
    fns = ("1. The price reported is a weighted average price of shares sold at prices ranging from $12.01 to "
           "$12.99.\n"
           "2. Held by the Doe Family Trust, of which the reporting person is trustee 4 years.\n")
    text = ocr_form(table2, fns).replace("Explanation of Responses:", "Expianation of Responses:")
    doc = read_text(text)
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]
    assert doc.derivative_holdings == [] and doc.derivative_transactions == []


def test_ocr_box1_c_o_alone_on_its_line() -> None:
    """OCR sets 'C/O' alone on its line and the addressee's name on the next: the street keeps it."""
    text = OCR_BOX5.replace(
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        at((0, "C/O"))
        + at((5, "ACME INC. 1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
    )
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O ACME INC.", "1 MAIN ST")


def test_ocr_box1_foreign_city_with_its_codes_a_line_lower() -> None:
    """OCR sets a foreign city alone on its line and its EDGAR country code and postal code a
    line lower: one city line, read as city, country code and postal code."""
    text = OCR_BOX5.replace(
        at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)")),
        at((0, "HELLERUP"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + at((13, "G7 2900")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_street1 == "1 MAIN ST" and owner.rpt_owner_street2 is None
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("HELLERUP", "G7", "2900")


def test_ocr_box5_no_mark_a_company_with_text_under_box5_is_other() -> None:
    """OCR lost box 5's marks; text is written under its labels ('See Remarks'), which for a person
    means Officer: a company, fund or trust is no officer, so for it the box is Other."""
    text = OCR_BOX5.replace(at((0, "(Street)"), (99, "Chief Financial Officer")),
                             at((0, "(Street)"), (99, "See Remarks")))
    text = text.replace(at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
                        at((0, "ACME CAPITAL PARTNERS LP"), (48, "WIDGET CORP [ WDGT ]"),
                            (99, "(Check all applicable)")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other, owner.officer_title, owner.other_text) == (
        False, True, None, "See Remarks")
    assert doc.extraction is not None and "reporting_owners[0].is_other" in doc.extraction.uncertain_fields


def test_ocr_box5_label_misread_still_reads_each_owners_group() -> None:
    """OCR misreads box 5's label ('Teeationship oF Reporting Person(s) to Issuer'): its column is
    still found, and each owner's group of check boxes is read, not only the first owner's."""
    text = (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        + at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
              (99, "Teeationship oF Reporting Person(s) to Issuer"))
        + at((0, "ACME FUND LP"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + at((99, "L] Director    X 10% Owner"))
        + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
              (99, "L] Officer (give title below)  L] Other (specify below)"))
        + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "L] Director    X 10% Owner"))
        + at((0, "(Street)"), (99, "L] Officer (give title below)  L] Other (specify below)"))
        + at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + at((0, "(City) (State) (Zip)"), (48, "X Form filed by More than One Reporting Person"))
        + "".join(at((0, t)) for t in ("ACME GP LLC", "(Last) (First) (Middle)", "1 MAIN ST", "(Street)",
                                        "BOSTON MA 02110", "(City) (State) (Zip)"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        "1. Title of Security (Instr. 3)\n" + OCR_ROW + "Explanation of Responses:\n"
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n"
    )
    doc = read_text(text)
    assert [(o.rpt_owner_name, o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
            for o in doc.reporting_owners] == [("ACME FUND LP", False, False, True, False),
                                               ("ACME GP LLC", False, False, True, False)]


def test_ocr_box3_month_leading_zero_read_as_nine() -> None:
    """OCR reads box 3's month '05' as '95': no month is 91-99, so it is read as 05 (uncertain)."""
    text = OCR_BOX5.replace(
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        at((0, "1 MAIN ST"), (48, "95/03/2021"), (99, "title below)     Other (specify below)")))
    doc = read_text(text)
    assert doc.period_of_report == date(2021, 5, 3)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields


def test_ocr_table_labels_joined_across_a_rule_still_place_column_2() -> None:
    """OCR joins Table II's labels across the table rules into one cell ('... (Instr. | 2. Date
    Exercisable ... | 3. Title'): column 2 starts where its label stands inside the cell, so a
    wrapped line with a number among words ('value $0.01 per share') continues the row above."""
    table2 = (TABLE2_TITLE
              + at((1, "1. Title of Derivative Security (Instr. | 2. Date Exercisable and Expiration Date | "
                        "3. Title and Amount"),
                    (110, "4. Conversion"), (126, "Exercise | 5. Ownership Form | 6. Nature of Indirect"))
              + at((1, "Series H Preferred"), (33, "08/10/2018"), (50, "(4)"), (65, "Common Stock,"),
                    (90, "7,575,758"), (112, "$0.33"), (128, "I"), (150, "By ACME Partners"))
              + at((1, "Stock, par"), (65, "par"), (150, "Opportunity Fund, LP"))
              + at((1, "value $0.01 per share"), (65, "value $0.01 per share")))
    doc = read_text(ocr_form(table2, "4. None.\n"))
    (hold,) = doc.derivative_holdings
    assert hold.security_title == "Series H Preferred Stock, par value $0.01 per share"
    assert hold.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert hold.underlying_security_shares == Decimal("7575758")


def test_ocr_markers_glued_to_the_nature_lost_their_parenthesis() -> None:
    """OCR drops the '(' of the markers after the nature's last word ('See Footnotes2)6)'): the
    nature is read without them and they are its footnotes (uncertain); a smear ('niece®') goes."""
    rows = ("Common Stock    05/04/2021     S       100     D     $12.50      8,400     I     See Footnotes2)6)\n"
            "Common Stock    05/04/2021     S       100     D     $12.50      8,300     I     Trust fbo niece®\n")
    doc = read_text(ocr_form(rows, "2. Held by a trust.\n6. Held by a fund.\n"))
    a, b = doc.non_derivative_transactions[1:]
    assert (a.nature_of_ownership, a.footnote_ids.get("nature_of_ownership")) == ("See Footnotes", ["F2", "F6"])
    assert b.nature_of_ownership == "Trust fbo niece"
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].footnote_ids.nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_amount_with_a_marker_that_lost_its_open_paren() -> None:
    """OCR loses a marker's '(' and glues it to the amount ('8,5002)' for 8,500(2)): the comma
    groups end the amount, the digit past them is the marker's (uncertain, as OCR markers are)."""
    row = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,5002)     D\n"
    doc = read_text(OCR_BOX5.replace(OCR_ROW, row).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n1. Sold.\n2. Held in a 401(k).\n"))
    (sale,) = doc.non_derivative_transactions
    assert sale.shares_owned_following_transaction == Decimal("8500")
    assert sale.footnote_ids.get("shares_owned_following_transaction") == ["F2"]
    assert sale.direct_or_indirect_ownership == "D"
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.shares_owned_following_transaction" in (
        doc.extraction.uncertain_fields)


def test_ocr_title_wrap_between_the_titles_first_word_and_column_2() -> None:
    """OCR grid text: a title's wrapped word starts right of the title's short first word ('Class')
    but left of column 2: it continues the title, so the row is still a transaction row."""
    head = at((1, "1. Title of Security"), (23, "2. Transaction Date"), (47, "3. Code"))
    rows = (at((1, "Class"), (21, "| 05/03/2021"), (47, "S"), (60, "1,500"), (70, "D"), (78, "$12.50"),
                (92, "8,500"), (104, "D"))
            + at((10, "B Common"))
            + at((1, "Stock")))
    doc = read_text(OCR_BOX5.replace("1. Title of Security (Instr. 3)\n", head).replace(OCR_ROW, rows))
    assert not doc.non_derivative_holdings
    (sale,) = doc.non_derivative_transactions
    assert sale.security_title == "Class B Common Stock"
    assert (sale.transaction_code, sale.transaction_shares, sale.shares_owned_following_transaction) == (
        "S", Decimal("1500"), Decimal("8500"))


def test_ocr_code_s_in_lower_case_with_its_markers_smear() -> None:
    """OCR reads the code S(1) as 's®', 'sM' or 'iS)' (lower case, a smear for the marker, a stray
    stroke before it), here with the (A)/(D) column lost: the code is S, listed as uncertain."""
    for code in ("s®", "sM", "iS)"):
        row = f"Common Stock    05/03/2021     {code}       1,500           $12.50      8,500     D\n"
        doc = read_text(OCR_BOX5.replace(OCR_ROW, row))
        (sale,) = doc.non_derivative_transactions
        assert sale.transaction_code == "S", code
        assert doc.extraction is not None
        assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_header_columns_end_at_table2_when_table1_was_not_read() -> None:
    """OCR grid text of a Form 3 whose Table I lines Tesseract never wrote: the header boxes are
    still read column by column up to Table II, so each owner of box 1 is its own owner."""
    text = (
        "FORM 3                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n"
        + at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
              (99, "4. Relationship of Reporting Person(s) to Issuer"))
        + at((0, "ACME FUND LP"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + at((99, "L] Director    X 10% Owner"))
        + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Event Requiring Statement (Month/Day/Year)"),
              (99, "L] Officer (give title below)  L] Other (specify below)"))
        + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "L] Director    X 10% Owner"))
        + at((0, "(Street)"), (99, "L] Officer (give title below)  L] Other (specify below)"))
        + at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + at((0, "(City) (State) (Zip)"), (48, "X Form filed by More than One Reporting Person"))
        + "".join(at((0, t)) for t in ("ACME GP LLC", "(Last) (First) (Middle)", "2 HIGH ST", "(Street)",
                                        "SALEM MA 01970", "(City) (State) (Zip)"))
        + at((1, "1. Title of Derivative Security"), (40, "2. Date Exercisable and Expiration Date"),
              (90, "3. Title and Amount of Securities Underlying"))
        + at((1, "Warrants"), (40, "(1)"), (52, "06/01/2030"), (70, "Common Stock"), (90, "1,000"), (104, "$10.00"),
              (118, "I"), (125, "By ACME FUND LP"))
        + "Explanation of Responses:\n1. Exercisable now.\n"
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n"
    )
    doc = read_text(text)
    assert [(o.rpt_owner_name, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("ACME FUND LP", "BOSTON"), ("ACME GP LLC", "SALEM")]


def test_ocr_table2_amount_with_no_code_leaves_a_d_unread() -> None:
    """OCR'd tab cells of a Table II row whose code was not read: nothing on the row tells the
    (A) column from the (D) one, so (A)/(D) stays unread, not guessed."""
    table2 = TABLE2_TAB_HEADER + (
        "Stock Option\t$9.97\t10/18/2006\t1,125\t10/31/2001\t10/31/2006\tCommon Stock\t1,125\t$0\t0\tD\n")
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    (row,) = doc.derivative_transactions
    assert row.transaction_code is None and row.transaction_shares == Decimal("1125")
    assert row.transaction_acquired_disposed_code is None


def test_ocr_first_name_a_line_above_the_last_name_under_first() -> None:
    """OCR grid text: the first name set a line higher, indented under '(First)' ('Jessica' over
    'Denecour' at the box's edge): the name is read last name first (uncertain)."""
    for upper, lower, want in (("JOHN", "DOE", "DOE JOHN"), ("David", "Evans C", "Evans David C")):
        text = OCR_BOX5.replace(
            at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
            at((12, upper), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + at((0, lower)))
        doc = read_text(text)
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_name_words_on_two_lines_are_set_by_their_columns() -> None:
    """OCR grid text: one printed name line split over two lines by baseline jitter, a word of it
    under the gap it was printed in ('Winning   Andrew' over '   Scott'), or the last name a line
    lower at the box's edge: the words are read in column order (uncertain). A long name that
    wraps starts its next line at the box's edge, under the first word, and is read in line order."""
    for upper, lower, want in (
        (((0, "Winning"), (18, "Andrew")), ((11, "Scott"),), "Winning Scott Andrew"),
        (((0, "Valor"), (9, "Pharma Holdings,")), ((6, "IV"), (28, "LLC")), "Valor IV Pharma Holdings, LLC"),
        (((6, "Holdings A/S"),), ((0, "Novo"),), "Novo Holdings A/S"),
        (((8, "R"),), ((0, "Dodge"), (11, "Stanton")), "Dodge R Stanton"),
        (((0, "Elliott"), (10, "Keith")), ((8, "J."),), "Elliott J. Keith"),
    ):
        text = OCR_BOX5.replace(
            at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
            at(*upper, (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + at(*lower))
        doc = read_text(text)
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields
    text = OCR_BOX5.replace(
        at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        at((0, "Smith Family Trust"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + at((0, "Partners LP")))
    assert read_text(text).reporting_owners[0].rpt_owner_name == "Smith Family Trust Partners LP"


def test_ocr_grid_box5_empty_boxes_leave_director() -> None:
    """OCR on a grid loses a checked box but reads an empty one as a glyph ('ou', 'j', 'L]'): with
    the 10% Owner, Officer and Other boxes all read empty and no title, the box checked is
    Director (every owner checks one), inferred and so uncertain. A 10% box read as '14' is checked."""
    doc = read_text(ocr_box5_grid("ou", "L]", "L]"))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, False, False, False)
    assert doc.extraction is not None
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields
    owner = read_text(ocr_box5_grid("ou", "", "L]")).reporting_owners[0]  # Officer's box lost: checked?
    assert owner.is_director is None and owner.is_ten_percent_owner is False
    owner = read_text(ocr_box5_grid("14", "L]", "L]")).reporting_owners[0]
    assert owner.is_ten_percent_owner is True and owner.is_director is None


def test_ocr_grid_street_wrapped_over_three_lines_is_kept_whole() -> None:
    """OCR on a grid: a long street line wraps at box 1's edge over three lines (a word of it set
    beside box 3's date): the third line is not dropped but joined to the second (uncertain); a
    garbled label line ('OE)') is no street text and is left out."""
    street = (at((0, "C/O WIDGET CORP, INC.")) + at((36, "4747"), (48, "05/03/2021"), (99, "title below)"))
              + at((0, "EXECUTIVE DRIVE, SUITE 210")))
    old = at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    doc = read_text(OCR_BOX5.replace(old, street))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == (
        "C/O WIDGET CORP, INC.", "4747 EXECUTIVE DRIVE, SUITE 210")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street2" in doc.extraction.uncertain_fields
    owner = read_text(OCR_BOX5.replace(old, street.replace("EXECUTIVE DRIVE, SUITE 210", "OE)"))).reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORP, INC.", "4747")


def test_ocr_nature_loses_the_smear_of_the_indirect_letter_and_its_marker() -> None:
    """OCR smears column 6's 'I' and its superscript marker into 'ie)' or 'ee)' before the nature
    of ownership: the smear is not part of the nature (uncertain), and its lost digit is not guessed."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     ie)     Spouse\n"
    doc = read_text(ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[-1]
    assert row.nature_of_ownership == "Spouse"
    assert "nature_of_ownership" not in row.footnote_ids
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_grid_wrapped_title_goes_after_the_words_it_sits_under() -> None:
    """OCR on a grid joins column 7's title to its amount with a rule between ('Common | 176,000');
    the title's wrapped word ('Stock') under 'Common' goes after it, not after the amount, so the
    amount owned after it stays a number and the nature stays its own text."""
    table2 = (TABLE2_TITLE
              + at((0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4. Code"),
                    (56, "5. Number"), (70, "6. Date Exercisable"), (92, "7. Title and Amount"), (114, "8. Price"),
                    (124, "9. Number"), (136, "10."), (142, "11. Nature"))
              + at((0, "Put Option"), (17, "$2.75"), (79, "01/31/2020 | 09/18/2020 | Common | 176,000"),
                    (124, "1,760"), (142, "See footnote"))
              + at((0, "(Obligation"), (104, "Stock")))
    (row,) = read_text(ocr_form(table2, "1. Vests.\n")).derivative_holdings
    assert (row.underlying_security_title, row.underlying_security_shares, row.shares_owned_following_transaction,
            row.nature_of_ownership) == ("Common Stock", Decimal("176000"), Decimal("1760"), "See footnote")


def test_ocr_grid_marker_alone_in_its_cell_with_its_digit_lost() -> None:
    """OCR loses the digit of a marker alone in its column (')' or '()' for '(6)', '(Q(2)' for '(1)(2)'): it
    holds the column's place with no number (none is guessed), so the row's later columns stay theirs."""
    table2 = (TABLE2_TITLE
              + at((0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4. Code"),
                    (56, "5. Number"), (70, "6. Date Exercisable"), (92, "7. Title and Amount"), (114, "8. Price"),
                    (124, "9. Number"), (136, "10."), (142, "11. Nature"))
              + at((0, "Class B"), (19, ")"), (70, "(1)(2)"), (82, "(Q(2)"), (92, "Class A"), (104, "100"),
                    (124, "100"), (142, "By Trust")))
    (row,) = read_text(ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.underlying_security_title, row.underlying_security_shares, row.shares_owned_following_transaction,
            row.nature_of_ownership) == ("Class A", Decimal("100"), Decimal("100"), "By Trust")
    assert row.footnote_ids.get("expiration_date") == ["F2"]
    assert "conversion_or_exercise_price" not in row.footnote_ids
    (row,) = read_text(ocr_form(table2.replace("Class B            )", "Class B            ()"),
                                 "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.underlying_security_title, row.shares_owned_following_transaction) == ("Class A", Decimal("100"))


def test_ocr_code_in_lower_case_with_its_marker_smeared() -> None:
    """OCR sets a code letter in lower case with its marker's smear ('s@)', 'p(t)') or its marker
    whole ('p(10)') before the amount: the code is read, the marker's number only when it survived."""
    for cell, code, fns in (("s@)", "S", None), ("p(t)", "P", None), ("p(10)", "P", ["F10"])):
        rows = f"Common Stock    05/04/2021     {cell}       111     D     $9.50      8,389     D\n"
        doc = read_text(ocr_form(rows, "1. Vests.\n10. Note.\n"))
        row = doc.non_derivative_transactions[1]
        assert (row.transaction_code, row.transaction_shares) == (code, Decimal("111"))
        assert row.footnote_ids.get("transaction_code") == fns


def test_ocr_form3_row_with_only_its_title_left_is_kept() -> None:
    """OCR lost every value of a Form 3's one Table I row but its title ('Common Stock' alone under
    the heading): the holding is kept with its title (uncertain) and its amount stays unread."""
    text = (OCR_BOX5.replace("FORM 4", "FORM 3")
            .replace("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                     "Table I - Non-Derivative Securities Beneficially Owned")
            .replace(OCR_ROW, " Common Stock\n"))
    doc = read_text(text)
    (row,) = doc.non_derivative_holdings
    assert (row.security_title, row.shares_owned_following_transaction) == ("Common Stock", None)
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].security_title" in doc.extraction.uncertain_fields


def test_ocr_grid_city_line_split_by_jitter_is_one_line() -> None:
    """OCR on a grid lost the '(Street)' label and split the city line by baseline jitter ('MENLO'
    over '   PARK CA 94025', the rest starting right of the first word's end): one city line
    (uncertain), not a second street line. A line starting at the box's edge is not joined."""
    old = at((0, "(Street)"), (99, "Chief Financial Officer")) + at(
        (0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    split = at((99, "Chief Financial Officer")) + at((0, "MENLO")) + at(
        (8, "PARK CA 94025"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    doc = read_text(OCR_BOX5.replace(old, split))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city, owner.rpt_owner_state) == (
        "1 MAIN ST", None, "MENLO PARK", "CA")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
    owner = read_text(OCR_BOX5.replace(old, split.replace("        PARK", "PARK"))).reporting_owners[0]
    assert owner.rpt_owner_city == "PARK"


def test_ocr_grid_owner_whose_city_label_was_lost_keeps_the_next_owners_name_lines() -> None:
    """OCR on a grid lost the first owner's '(City) (State) (Zip)' label; the next owner's name was
    split by baseline jitter over two lines ('PARTNERS FUND' over 'ACME   LP'). The first owner ends
    with its city line (a state and ZIP), so both name lines are the next owner's."""
    box1 = (at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
            + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "Director j    10% Owner"))
            + at((0, "(Street)"), (99, "Officer (give    L]"))
            + at((0, "BOSTON MA 02110"), (99, "Director   10% Owner"))
            + at((5, "PARTNERS FUND"))
            + at((99, "Director   10% Owner"))
            + at((0, "ACME"), (20, "LP"))
            + at((0, "(Last) (First) (Middle)"))
            + at((0, "1 MAIN ST"))
            + at((0, "(Street)"))
            + at((0, "BOSTON MA 02110"))
            + at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + at((48, "LJ Form filed by More than One Reporting Person")))
    doc = read_text(ocr_grid_owners(box1))
    first, second = doc.reporting_owners
    assert (first.rpt_owner_name, first.rpt_owner_city, first.rpt_owner_zip_code) == (
        "ACME CAPITAL LLC", "BOSTON", "02110")
    assert (second.rpt_owner_name, second.rpt_owner_street1, second.rpt_owner_city) == (
        "ACME PARTNERS FUND LP", "1 MAIN ST", "BOSTON")


def test_ocr_grid_owner_whose_last_label_was_lost_is_still_an_owner() -> None:
    """OCR on a grid lost the second owner's '(Last) (First) (Middle)' label (or garbled it to lower
    case: '(Lasl) (Firsi) (Midde)'): a '(Street)' label right after the first owner's '(City)' line
    starts an owner of its own, whose name (a wrapped second line too) ends before the street."""
    def box1(label: str) -> str:
        return (at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
                + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
                + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "Director j    10% Owner"))
                + at((0, "(Street)"), (99, "Officer (give    L]"))
                + at((0, "BOSTON MA 02110"))
                + at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
                + at((0, "ACME PARTNERS FUND"), (48, "LJ Form filed by More than One Reporting Person"))
                + at((0, "(Parallel), L.P."))
                + label
                + at((0, "2 HIGH ST"))
                + at((0, "(Street)"))
                + at((0, "SALEM MA 01970"))
                + at((0, "(City) (State) (Zip)")))
    for label in ("", at((0, "(Lasl) (Firsi) (Midde)"))):
        doc = read_text(ocr_grid_owners(box1(label)))
        first, second = doc.reporting_owners
        assert (first.rpt_owner_name, first.rpt_owner_city) == ("ACME CAPITAL LLC", "BOSTON")
        assert (second.rpt_owner_name, second.rpt_owner_street1, second.rpt_owner_city) == (
            "ACME PARTNERS FUND (Parallel), L.P.", "2 HIGH ST", "SALEM")
        assert doc.extraction is not None
        assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_issuer_state_suffix_slash_read_as_i() -> None:
    """OCR reads a slash of EDGAR's state suffix in box 2 as 'I' ('CORP /PAI', 'INCI/MI/'): the slash
    is put back (uncertain) where the 'I' closes a state code or stands between a legal form and the
    state's slash; a name whose 'I' is its own ('MAUI/HI') is left as read."""
    for seen, want in (("WIDGET CORP /PAI", "WIDGET CORP /PA/"), ("WIDGET INCI/MI/", "WIDGET INC/MI/"),
                          ("WIDGET COMPANYI/MN", "WIDGET COMPANY/MN"), ("MAUI/HI", "MAUI/HI")):
        doc = read_text(OCR_BOX5.replace("WIDGET CORP [ WDGT ]", f"{seen} [ WDGT ]"))
        assert doc.issuer is not None and doc.issuer.issuer_name == want
        assert doc.extraction is not None and "issuer.issuer_name" in doc.extraction.uncertain_fields


def test_ocr_roman_numeral_with_a_lower_case_l() -> None:
    """OCR reads an 'I' of a roman numeral after a word as a lower-case 'l' or 'i' ('Associates Il',
    'Fund Xil'): put back in capitals in names and natures; a 'Xi' with no 'l' may be a name, and is kept."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     "
            "By Acme Associates Il, L.P.\n")
    doc = read_text(ocr_form(rows, "1. Vests.\n").replace("WIDGET CORP [ WDGT ]", "WIDGET FUND Xil [ WDGT ]"))
    assert doc.non_derivative_transactions[-1].nature_of_ownership == "By Acme Associates II, L.P."
    assert doc.issuer is not None and doc.issuer.issuer_name == "WIDGET FUND XII"
    doc = read_text(OCR_BOX5.replace("WIDGET CORP [ WDGT ]", "WIDGET Xi [ WDGT ]"))
    assert doc.issuer is not None and doc.issuer.issuer_name == "WIDGET Xi"


def test_ocr_grid_title_ending_in_a_digit_takes_its_wrapped_words_after_it() -> None:
    """OCR on a grid: a title ending in a series number glued to its letter ('SERIES B-1') wraps its
    last words onto the next line ('PREFERRED STOCK'): they go after the whole title, the digit
    being the title's own, not an amount the words sit before."""
    table2 = (TABLE2_TITLE
              + at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"), (63, "3. Title and Amount"),
                    (96, "4. Conversion"), (114, "5. Ownership Form"), (134, "6. Nature of Indirect"))
              + at((1, "SERIES B-1"), (27, "(1)"), (45, "(1)"), (63, "COMMON"), (95, "66,454"), (114, "(1)"),
                    (126, "D"))
              + at((1, "PREFERRED STOCK"), (63, "STOCK")))
    (row,) = read_text(ocr_form(table2, "1. Converts.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title) == ("SERIES B-1 PREFERRED STOCK", "COMMON STOCK")


def test_ocr_grid_nature_wrapped_with_a_year_keeps_its_order() -> None:
    """OCR on a grid: a nature wrapped over several lines, one of them a trust's year ('SMB Pacific' /
    '2021' / 'Charitable' / 'Trust'): the later words go after the year, a bare year being the
    nature's own words, not an amount of the next column (that would print its comma)."""
    table2 = (TABLE2_TITLE
              + at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"), (63, "3. Title and Amount"),
                    (96, "4. Conversion"), (114, "5. Ownership Form"), (134, "6. Nature of Indirect"))
              + at((1, "Class B"), (27, "(1)"), (45, "(1)"), (63, "Class A"), (95, "8,635"), (114, "$0.00"),
                    (126, "I"), (140, "SMB Pacific"))
              + at((1, "Common"), (63, "Common"), (140, "2021"))
              + at((1, "Stock"), (63, "Stock"), (140, "Charitable"))
              + at((140, "Trust")))
    (row,) = read_text(ocr_form(table2, "1. Converts.\n")).derivative_holdings
    assert (row.security_title, row.nature_of_ownership) == (
        "Class B Common Stock", "SMB Pacific 2021 Charitable Trust")


def test_ocr_grid_nature_holding_a_number_takes_its_wrapped_words_after_it() -> None:
    """OCR on a grid: a nature holding a number ('By 70', 'Through 401(k)') wraps its last words
    onto the next line: the nature is the last column, so its number is its own and the words go
    after it, not before it as before an amount of the next column."""
    def table2(nature: str, wrapped: str) -> str:
        return (TABLE2_TITLE
                + at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"),
                      (63, "3. Title and Amount"), (96, "4. Conversion"), (114, "5. Ownership Form"),
                      (134, "6. Nature of Indirect"))
                + at((1, "Class B"), (27, "(1)"), (45, "(1)"), (63, "Class A"), (95, "8,635"), (114, "$0.00"),
                      (126, "I"), (140, nature))
                + at((1, "Common Stock"), (63, "Common Stock"), (140, wrapped)))
    for nature, wrapped in (("By 70", "Thirty Trust"), ("Through 401(k)", "Plan")):
        (row,) = read_text(ocr_form(table2(nature, wrapped), "1. Converts.\n")).derivative_holdings
        assert row.nature_of_ownership == f"{nature} {wrapped}"


def test_ocr_grid_street_line_split_by_jitter_its_end_a_line_higher() -> None:
    """OCR on a grid split a street line by baseline jitter and set its end a line higher, right of
    where the rest ends ('           STREET' over '415 MISSION'): one street line (uncertain); a
    street line starts at the box's edge, so the raised part cannot be a first line of its own."""
    old = at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    split = at((14, "STREET"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")) + at(
        (0, "415 MISSION"))
    doc = read_text(OCR_BOX5.replace(old, split))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city) == (
        "415 MISSION STREET", None, "BOSTON")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields
