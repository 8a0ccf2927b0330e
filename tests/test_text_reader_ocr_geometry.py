"""The messy-text reader on OCR text of forms laid out at other page geometries (A4, a 10pt font):
the same damage as at the corpus's geometry, placed a character or so differently on the grid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW, TABLE2_TITLE, at, ocr_box5_grid, ocr_form


def test_ocr_footnote_word_under_a_gap_a_column_early_goes_back_in() -> None:
    """The grid rounds each word's position: a word OCR set under a gap of the line above may start
    one column before the gap ('a' under the space after 'is'); it is still that gap's word."""
    fn = (at((0, "2. The price reported in Column 4 is"), (38, "weighted"), (55, "price. The shares"),
             (79, "sold in multiple transactions."))
          + at((35, "a"), (47, "average"), (72, "were")))
    doc = read_text(ocr_form(footnotes=fn + "Remarks:\n"))
    (f2,) = doc.footnotes
    assert f2.text == ("The price reported in Column 4 is a weighted average price. The shares were sold "
                       "in multiple transactions.")


def test_ocr_box3_date_with_month_and_day_zeros_read_as_nines() -> None:
    """OCR reads the leading '0' of box 3's month and of its day as '9' ('91/92/2020'): no month
    or day is 91-99, so both are read back as 0, and the date is uncertain."""
    doc = read_text(OCR_BOX5.replace("05/03/2021", "95/93/2021", 1))
    assert doc.period_of_report == date(2021, 5, 3)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields


def test_ocr_officer_box_read_empty_although_the_ten_percent_box_reads_as_no_known_glyph() -> None:
    """The Officer box reading empty ('L]') says a title under the labels is Other's text, however
    OCR read the 10% Owner box ('a' here, not one of the glyphs known for an empty or checked box)."""
    text = ocr_box5_grid("a", "L]", "").replace(
        at((0, "(Street)")), at((0, "(Street)"), (102, "Sr. VP, Operations")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.is_other is True and owner.is_officer is False
    assert doc.extraction is not None and "reporting_owners[0].is_other" in doc.extraction.uncertain_fields


def test_ocr_other_label_glued_to_its_box_glyph_still_ends_the_labels() -> None:
    """OCR may read the Other box glued to its label ('(other (specify below)', 'Cother',
    'LJother'): the text under the labels is still the title written there."""
    for glued in ("(other", "Cother", "LJother"):
        text = ocr_box5_grid("ou", "L]", "").replace(
            at((0, "1 MAIN ST"), (48, "05/03/2021"), (102, "Officer (give title below)"),
               (131, "Other (specify below)")),
            at((0, "1 MAIN ST"), (48, "05/03/2021"), (102, "Officer (give title below)"),
               (130, glued + " (specify below)")),
        ).replace(at((0, "(Street)")), at((0, "(Street)"), (102, "Chief Financial Officer")))
        doc = read_text(text)
        (owner,) = doc.reporting_owners
        assert owner.officer_title == "Chief Financial Officer", glued
        assert owner.is_officer is True, glued


def test_ocr_box4_label_broken_over_two_lines_still_finds_its_date() -> None:
    """OCR may set the first words of box 4's label ('If Amendment,') a line above the rest
    ('4.   Date of Original Filed (Month/Day/Year)'), with the date under the label's column a line
    or two lower: the form is an amendment of that date."""
    for label in ([at((48, "If Amendment,")), at((48, "4."), (64, "Date of Original Filed (Month/Day/Year)"))],
                  [at((48, "If")), at((48, "4.  Amendment, Date of Original Filed (Month/Day/Year)"))]):
        street = at((0, "(Street)"), (99, "Chief Financial Officer"))
        text = OCR_BOX5.replace(street, street + label[0] + label[1] + at((0, "BOSTON MA 02110"), (47, "04/25/2014"))
                                ).replace(at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing "
                                                                          "(Check Applicable Line)")),
                                          at((48, "6. Individual or Joint/Group Filing (Check Applicable Line)")))
        doc = read_text(text)
        assert doc.date_of_original_submission == date(2014, 4, 25), label
        assert doc.document_type == "4/A"


def test_ocr_zero_price_whose_marker_lost_its_open_paren() -> None:
    """'$08)' is '$0(8)' with the marker's '(' lost: no price is written with a leading zero, so the
    price is $0 and the marker names footnote 8 (not a price of $8)."""
    row = "Common Stock    05/03/2021     G       1,500     D     $08)      8,500     D\n"
    doc = read_text(OCR_BOX5.replace(OCR_ROW, row).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n1. A gift.\n8. Gift to a trust.\n"))
    (r,) = doc.non_derivative_transactions
    assert r.transaction_price_per_share == 0
    assert r.footnote_ids.get("transaction_price_per_share") == ["F8"]


def test_ocr_footnote_word_under_a_gap_the_line_above_drifted_past() -> None:
    """The grid keeps two spaces between a line's words, so a long line drifts right of the pixel
    columns the words OCR set a line lower keep: near the line's end such a word may sit several
    columns left of its gap ('as' under 'service', its gap 4 columns on). It goes in the nearest gap."""
    fn = (at((0, "4. Grant of deferred shares until the anniversary of the separation from service"),
             (87, "a director of the issuer."))
          + at((76, "as")))
    doc = read_text(ocr_form(footnotes=fn + "Remarks:\n"))
    (f4,) = doc.footnotes
    assert f4.text == ("Grant of deferred shares until the anniversary of the separation from service as a "
                       "director of the issuer.")


def test_ocr_box3_date_whose_slashes_read_as_ones() -> None:
    """OCR of a smaller font may read box 3's date with its slashes as '1' ('0510712021' for
    05/07/2021) and garble its label: the one such run of ten digits in the header is the date,
    uncertain. Two candidates leave it unread."""
    label = "3. Date of Earliest Transaction (Month/Day/Year)"
    text = OCR_BOX5.replace(label, "3. Dale of Earliest 7, nn con").replace("05/03/2021", "0510712021", 1)
    doc = read_text(text)
    assert doc.period_of_report == date(2021, 5, 7)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields
    two = read_text(text.replace("1 MAIN ST", "0611012021", 1))
    assert two.period_of_report is None


def test_ocr_date_with_a_marker_smeared_into_a_symbol_glyph() -> None:
    """OCR reads a date's raised marker as whatever symbol its shape suggests ('™', '®', '%'): any
    symbol glyph glued to a date is the marker's smear, not part of the next column's words."""
    for smear in ("™", "®", "%"):
        table2 = TABLE2_TITLE + (
            at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
                (86, "6. Date Exercisable and"), (112, "7. Title and Amount"))
            + at((60, "Code"), (66, "V"), (69, "(A)"), (76, "(D)"), (100, "Expiration"), (112, "Title"))
            + at((86, "Exercisable"), (100, "Date"))
            + at((0, "Stock Options"), (15, "$2.92"), (25, "06/12/2019"), (60, "M"), (75, "18,070"),
                  (86, "01/29/2013" + smear), (100, "03/08/2021"), (112, "Common Stock"), (128, "18,070"),
                  (138, "$0"), (146, "0"), (156, "D"))
        )
        (row,) = read_text(ocr_form(table2, "1. Vests.\n")).derivative_transactions
        assert row.exercise_date == date(2013, 1, 29), smear
        assert row.underlying_security_title == "Common Stock", smear


def test_ocr_amount_with_a_marker_smeared_into_curly_quotes_or_a_trademark_sign() -> None:
    """A raised marker glued to an amount may read as a curly quote or '™' ('8,500”)', '8,500™'), as
    well as '?' or '®': the amount is kept, the smear is its marker's."""
    for smear in ("”)", "™", "“)"):
        row = f"Common Stock    05/03/2021     S       1,500     D     $12.50      8,500{smear}     D\n"
        (r,) = read_text(OCR_BOX5.replace(OCR_ROW, row)).non_derivative_transactions
        assert r.shares_owned_following_transaction == Decimal("8500"), smear


def test_ocr_grid_empty_box_read_as_a_round_letter() -> None:
    """At another scale OCR reads an empty box's outline as a round letter ('Q', 'QO', 'O', 'a')
    rather than 'ou' or 'j': the 10% Owner box reads empty all the same, so with the Officer and
    Other boxes empty and no title, Director is the box checked (inferred, uncertain)."""
    for glyph in ("Q", "QO", "O", "a"):
        doc = read_text(ocr_box5_grid(glyph, "L]", "L]"))
        owner = doc.reporting_owners[0]
        assert (owner.is_director, owner.is_ten_percent_owner) == (True, False), glyph
        assert doc.extraction is not None and "reporting_owners[0].is_director" in doc.extraction.uncertain_fields


def test_ocr_grid_checked_box_read_as_x_and_the_box_side() -> None:
    """A checked box may read as its X and the box's right side ('Xl', 'Xd', 'X]'): checked."""
    for glyph in ("Xl", "Xd", "X]"):
        owner = read_text(ocr_box5_grid(glyph, "L]", "L]")).reporting_owners[0]
        assert owner.is_ten_percent_owner is True, glyph
