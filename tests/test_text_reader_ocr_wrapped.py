"""OCR'd Table II rows whose text cells wrapped onto the lines below: each wrapped word goes back
to the column it sits under."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import TABLE2_TITLE, at, ocr_form

_HEAD = TABLE2_TITLE + (
    at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
        (86, "6. Date Exercisable and"), (112, "7. Title and Amount"))
    + at((60, "Code"), (66, "V"), (69, "(A)"), (76, "(D)"), (100, "Expiration"), (112, "Title"))
)
"""Table II's OCR'd headings, columns 1-7."""


def test_ocr_wrapped_title_word_a_few_characters_left_of_the_words_above() -> None:
    """OCR joined column 5-8 cells across the table's rules ('2,200 | ... | Common | 220,000 | $0.27')
    and placed the underlying title's wrapped 'Stock' five characters left of 'Common': it still
    finishes that title, before the amount, not the price's cell or the nature."""
    table2 = _HEAD + (
        at((0, "Put Option"), (15, "$2.50"), (25, "02/13/2020"), (60, "S"),
            (70, "2,200 | 02/13/2020 | 12/20/2020 | Common | 220,000 | $0.27"), (140, "2,200"), (150, "I"),
            (156, "See"))
        + at((0, "(Obligation"), (99, "Stock"), (156, "footnote"))
        + at((0, "to buy)"), (156, "(1)"))
    )
    doc = read_text(ocr_form(table2, "1. Held by a fund.\n"))
    (row,) = doc.derivative_transactions
    assert row.security_title == "Put Option (Obligation to buy)"
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("220000")
    assert row.nature_of_ownership == "See footnote"


def test_ocr_wrapped_par_value_is_the_titles_own_words_not_an_amount() -> None:
    """A title wrapped over three lines ('Common Stock, par' / 'value $0.01 per' / 'share'): the par
    value is the title's own number, so 'share' goes at the end of the title, not before '$0.01'."""
    table2 = _HEAD + (
        at((0, "Series H Preferred"), (25, "08/10/2018"), (60, "P"), (70, "1,000 | 08/10/2018 | (1)"),
            (112, "Common Stock, par"), (132, "7,575,758"), (145, "$0.33"), (152, "1,000"), (160, "D"))
        + at((0, "Stock"), (112, "value $0.01 per"))
        + at((112, "share"))
    )
    doc = read_text(ocr_form(table2, "1. No expiration date.\n"))
    (row,) = doc.derivative_transactions
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("7575758")


def test_ocr_tab_cells_title_joined_between_values_takes_its_wrapped_word() -> None:
    """OCR'd tab cells: the underlying title sits inside a cell OCR joined across the rules
    ('2,200 | ... | Common | 220,000 | $0.27'), or ends one with its rule read as '}'
    ('... | Common}'): the wrapped line's 'Stock' finishes that title, its 'footnote' the nature."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Put Option\t$2.50 | 02/13/2020\tS\t2,200 | 02/13/2020 | 12/20/2020 | Common | 220,000 | $0.27\t2,200\tI\tSee\n"
        "(Obligation\tStock\tfootnote\n"
        "to buy)\t(1)\n"
        "Put Option\t$2.75\t01/31/2020 | 09/18/2020 | Common}\t24,000\t240\tI\tSee\n"
        "(Obligation\tStock\tfootnote\n"
        "to buy)\t(1)\n"
    )
    text = ocr_form(table2, "1. Held by a fund.\n").replace(" " * 8, "\t")
    doc = read_text(text)
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    (txn,) = doc.derivative_transactions
    (holding,) = doc.derivative_holdings
    for row in (txn, holding):
        assert row.underlying_security_title == "Common Stock"
        assert row.nature_of_ownership == "See footnote"
    assert txn.underlying_security_shares == Decimal("220000")
    assert holding.underlying_security_shares == Decimal("24000")


def test_ocr_tab_cells_a_wrapped_nature_word_skips_an_unfinished_title() -> None:
    """OCR'd tab cells: one wrapped cell besides the title's, 'Footnote', is no title's word, so it
    goes on with the nature ('See Footnote'), not with the underlying title left at 'Common'."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Call\t$4.5\t08/12/2019 | 06/19/2020 | Common}\t42,500\t425\tI\tSee\n"
        "Option(Right\tFootnote\n"
        "to Buy)\t(1)\n"
    )
    doc = read_text(ocr_form(table2, "1. Held by a fund.\n").replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.nature_of_ownership == "See Footnote"
    assert row.underlying_security_title == "Common"


def _form3(table2: str) -> str:
    """A Form 3 with ``table2`` (holdings only)."""
    return ocr_form(table2, "1. Vests monthly.\n").replace("FORM 4", "FORM 3").replace(
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES")


_HEAD3 = TABLE2_TITLE + at(
    (0, "1. Title of Derivative Security"), (33, "2. Date Exercisable and Expiration Date"),
    (74, "3. Title and Amount"), (100, "4. Conversion"))
"""Table II's OCR'd headings on a Form 3."""


def test_ocr_parenthesis_from_title_to_nature_marker_does_not_hide_the_row() -> None:
    """A row whose title opens a parenthesis ('Stock Option (right') and whose nature's smeared
    marker closes one ('footnote®)') is still a row: its date and amounts are not an aside."""
    table2 = _HEAD3 + (
        at((0, "Stock Option (right"), (42, "02/21/2028"), (61, "Common Stock"), (93, "238,635"), (125, "$3.22"),
            (150, "D"))
        + at((0, "to buy)"))
        + at((0, "Stock Option (right"), (42, "02/21/2028"), (61, "Common Stock"), (93, "237,412"), (125, "$3.22"),
              (150, "I"), (166, "footnote®)"))
        + at((162, "See"))
        + at((0, "to buy)"))
    )
    doc = read_text(_form3(table2))
    first, second = doc.derivative_holdings
    assert first.underlying_security_shares == Decimal("238635")
    assert second.underlying_security_shares == Decimal("237412")
    assert second.security_title == "Stock Option (right to buy)"


def test_ocr_marker_past_a_rule_in_the_title_cell_is_column_2s() -> None:
    """OCR read the rule after the title as '|' one space on, then only column 2's smeared marker
    ('Stock Option (right | ®'): the marker holds the exercise date's place, so the date is the
    expiration date, and the wrapped 'to buy)' finishes the title."""
    table2 = _HEAD3 + (
        at((0, "Stock Option (right | ®"), (42, "02/21/2028"), (61, "Common Stock"), (93, "238,635"),
            (125, "$3.22"), (150, "D"))
        + at((0, "to buy)"))
    )
    doc = read_text(_form3(table2))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Stock Option (right to buy)"
    assert row.exercise_date is None and row.expiration_date is not None
    assert row.expiration_date.isoformat() == "2028-02-21"


def test_ocr_tab_cells_par_values_wrapped_with_the_nature_are_no_row() -> None:
    """OCR'd tab cells: the titles' par values wrap with the nature's words ('value $0.01 per share |
    value $0.01 per | Partners, LP'): that line is no row of its own (no date, no amount); its words go
    on with the title (before the date OCR joined to it), the underlying title and the nature; the
    lone 'share' after it goes on with the underlying title, the one not ended."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Series H Preferred Stock, par | 08/10/2018\t(1)\tCommon Stock, par\t2,666,667\t$0.33\tI\t"
        "By Dialectic Antithesis\n"
        "value $0.01 per share\tvalue $0.01 per\tPartners, LP\n"
        "share\n"
    )
    doc = read_text(ocr_form(table2, "1. No expiration date.\n").replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Series H Preferred Stock, par value $0.01 per share"
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("2666667")
    assert row.nature_of_ownership == "By Dialectic Antithesis Partners, LP"
    assert row.exercise_date is not None and row.exercise_date.isoformat() == "2018-08-10"


def test_ocr_title_split_at_a_wide_gap_left_of_column_2_is_one_title() -> None:
    """Positioned OCR split the title at a wide gap between its words ('Class' | 'B Common'), both
    left of column 2: they are one title cell, its wrapped 'Stock' finishes it, and the row's values
    stay in their columns."""
    table2 = _HEAD3 + (
        at((0, "Class"), (9, "B Common"), (42, "(1)"), (52, "(1)"), (61, "Class A Common"), (93, "112,934"),
            (125, "$0"), (150, "D"))
        + at((0, "Stock"), (61, "Stock"))
    )
    doc = read_text(_form3(table2))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("112934")


def test_ocr_code_echoed_in_lower_case_before_an_amount_with_a_smear() -> None:
    """OCR echoed the code letter in lower case ('Cc') and smeared the amount's marker after it
    ('628,553"'): the code is still C, so the row is a transaction, not a holding whose first date
    would be taken for the date exercisable."""
    table2 = _HEAD + (
        at((0, "Class B"), (15, "$0"), (25, "12/09/2024"), (60, "Cc"), (76, '628,553"'), (86, "(1)"), (100, "(1)"),
            (112, "Class A Common"), (128, "628,553"), (138, "$0"), (146, "137,545"), (156, "D"))
        + at((0, "Common Stock"), (112, "Stock"))
    )
    doc = read_text(ocr_form(table2, "1. Converts at any time.\n"))
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.transaction_code == "C"
    assert row.transaction_date is not None and row.transaction_date.isoformat() == "2024-12-09"
    assert row.transaction_shares == Decimal("628553")


def test_ocr_row_read_on_two_baselines_is_one_row() -> None:
    """OCR read one Table II row on two baselines: the title's first word, the date, the code, the
    dates' markers, the price and the amount owned on the upper line; the class letter, the amount
    and the underlying security with its amount on the lower one, each in a gap of the upper line.
    It is one row (a row of its own would start under the title's left edge)."""
    table2 = _HEAD + (
        at((0, "Series"), (25, "07/08/2019"), (60, "J"), (86, "(1)"), (100, "(1)"), (138, "$0"), (146, "6,931,607"),
            (158, "D"))
        + at((8, "A"), (70, "4,702"), (112, "Common"), (128, "4,702"))
        + at((0, "Units"), (112, "Units"))
    )
    doc = read_text(ocr_form(table2, "1. Converts at any time.\n"))
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.security_title == "Series A Units"
    assert row.transaction_shares == Decimal("4702")
    assert row.underlying_security_title == "Common Units"
    assert row.shares_owned_following_transaction == Decimal("6931607")


def test_ocr_tab_cells_initials_wrapped_alone_go_on_with_the_nature() -> None:
    """OCR'd tab cells: a long nature wraps down to its last word alone, initials with no two letters
    together ('L.P.'): they are the nature's too, not a line to skip."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Class B\t(1) | 12/05/2019\tG\t222\t(1)\t(1)\tClass A\t222\t$0\t9,451\tI\tInterest in shares\n"
        "Common\tCommon\theld by Rankin\n"
        "Stock\tStock\tAssociates II,\n"
        "L.P.\n"
    )
    doc = read_text(ocr_form(table2, "1. Converts at any time.\n").replace(" " * 8, "\t"))
    (row,) = doc.derivative_transactions
    assert row.nature_of_ownership == "Interest in shares held by Rankin Associates II, L.P."


def test_ocr_word_on_its_own_baseline_just_past_the_words_above_goes_on_with_them() -> None:
    """Positioned OCR put a title's last word on a baseline of its own, a few characters past the end
    of the words it follows ('Common Stock,' then 'par'): it goes on with them, before the wrapped
    line under them ('value $0.01 per'), not as a cell of its own after the title."""
    table2 = _HEAD3 + (
        at((0, "Series J Preferred"), (42, "(1)"), (52, "(1)"), (74, "Common Stock,"), (100, "1,780,000"),
            (125, "$0.70"), (150, "D"))
        + at((90, "par"))
        + at((0, "Stock"), (74, "value $0.01 per"))
        + at((74, "share"))
    )
    doc = read_text(_form3(table2))
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("1780000")


def test_ocr_title_line_with_a_date_left_of_column_2_heading_is_a_row() -> None:
    """OCR's headings put column 2 right of where the rows' dates sit; a line starting under the row
    above's title with a date of its own is a row (its amounts lost on a line OCR read apart), not
    the row above's wrapped words."""
    table2 = _HEAD3 + (
        at((0, "Series H Preferred"), (28, "08/10/2018"), (52, "(1)"), (74, "Common Stock"), (100, "2,666,667"),
            (125, "$0.33"), (150, "D"))
        + at((0, "Series H Preferred"), (28, "08/10/2018"), (74, "Common Stock"))
    )
    doc = read_text(_form3(table2))
    first, second = doc.derivative_holdings
    assert first.security_title == second.security_title == "Series H Preferred"
    assert first.underlying_security_shares == Decimal("2666667")
    assert second.exercise_date is not None and second.exercise_date.isoformat() == "2018-08-10"


def test_ocr_tab_cells_wrapped_line_ending_in_the_natures_markers() -> None:
    """OCR'd tab cells: a wrapped line whose last cell is the nature's markers ('Debentures | share |
    (2)(3)'): its words still go on with the title and the unfinished underlying title, and the
    markers are the nature's."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "12% Senior Secured\t(1)\t12/31/2020\tCommon Stock, par\t4,590,067\t$0.33\tI\tBy BRC Partners\n"
        "Subordinated Convertible\tvalue $0.01 per\tOpportunity Fund, LP\n"
        "Debentures\tshare\t(2)(3)\n"
    )
    doc = read_text(ocr_form(table2, "1. No exercise date.\n2. Held by a fund.\n3. Disclaimed.\n")
                    .replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "12% Senior Secured Subordinated Convertible Debentures"
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.nature_of_ownership == "By BRC Partners Opportunity Fund, LP"
    assert row.footnote_ids.get("nature_of_ownership") == ["F2", "F3"]


def test_ocr_tab_cells_parenthesised_word_wraps_with_the_others() -> None:
    """OCR'd tab cells: a wrapped line whose nature's part is one word in parentheses ('Stock | Stock |
    (DE)') is still wrapped words in column order, not the nature's alone; and a heading line that
    OCR put under the table's heading with the amount's '(A) | (D)' is no row."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Code Exercisable\tDate Shares\tV\t1(A)\t(D)\tExpiration\tTitle\tAmount\n"
        "Class B\t$0 | 12/09/2024\tC\t628,553\t(1)\t(1)\tClass A\t628,553\t$0\t137,545\tI\tBy SVF Beaver\n"
        "Common\tCommon\tHoldings\n"
        "Stock\tStock\t(DE)\n"
        "LLC\n"
    )
    doc = read_text(ocr_form(table2, "1. Converts at any time.\n").replace(" " * 8, "\t"))
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.nature_of_ownership == "By SVF Beaver Holdings (DE) LLC"


def test_ocr_tab_cells_heading_with_transactions_is_no_row_and_words_go_on_with_open_title() -> None:
    """OCR'd tab cells: a heading line OCR put under Table II's headings ('3, Exercisable | Date Shares |
    4and 5) | Transaction(s)') is no row; and words wrapped alone after the title has ended ('Partner',
    'Interest') go on with the underlying title still open ('Units of Limited'), no nature after it."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "3, Exercisable\tDate Shares\t4and 5)\tTransaction(s) Number of\n"
        "Phantom\t(1)\t(2)\t(2)\tUnits of\t8,642.0\t8,642\tD\n"
        "Units\tLimited\n"
        "Partner\n"
        "Interest\n"
    )
    doc = read_text(ocr_form(table2, "1. One unit each.\n2. Settles on leaving.\n").replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Phantom Units"
    assert row.underlying_security_title == "Units of Limited Partner Interest"
    assert row.underlying_security_shares == Decimal("8642.0")


def test_ocr_tab_cells_marker_past_a_rule_in_the_title_cell_is_column_2s() -> None:
    """OCR'd tab cells, as on positioned text: the rule after the title read as '|' with column 2's
    smeared marker behind it in the title's cell ('Stock Option (right | @'): the marker holds the
    exercise date's place, the date is the expiration date, 'to buy)' finishes the title."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Stock Option (right | @\t07/19/2025\tCommon Stock\t6,688\t$1.57\tD\n"
        "to buy)\n"
    )
    doc = read_text(_form3(table2).replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.security_title == "Stock Option (right to buy)"
    assert row.exercise_date is None and row.expiration_date is not None
    assert row.expiration_date.isoformat() == "2025-07-19"


def test_ocr_tab_cells_title_word_alone_goes_on_with_a_title_joined_behind_dates() -> None:
    """OCR'd tab cells: 'Stock' wrapped alone after the title has ended ('Call Option(Right') goes on
    with the underlying title OCR joined behind the dates ('08/12/2019 | 06/19/2020 | Common}'), the
    one still open, not with the nature."""
    from text_forms import TABLE2_TAB_HEADER

    table2 = TABLE2_TAB_HEADER + (
        "Call\t$4.5\t08/12/2019 | 06/19/2020 | Common}\t42,500\t425\tI\tSee\n"
        "Option(Right\tFootnote\n"
        "Stock\n"
        "to Buy)\t(1)\n"
    )
    doc = read_text(ocr_form(table2, "1. Held by a fund.\n").replace(" " * 8, "\t"))
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Common Stock"
    assert row.nature_of_ownership == "See Footnote"
