"""The messy-text reader on OCR text flattened to tab-separated cells (as the seeds' OCR'd
tables are): boxes read across cells, wrapped lines, markers a cell apart."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW, TABLE2_TAB_HEADER, at, ocr_form, ocr_tab_box1


def test_ocr_tab_cells_box2_value_on_a_later_line() -> None:
    """OCR'd tab cells: box 2's label cell is followed by box 5's label, and its value (with the
    [ticker]) is a cell of a later line, beside box 1's name."""
    text = OCR_BOX5.replace(" " * 8, "\t")
    lines = text.splitlines(keepends=True)
    head = ("Person*\t2. Issuer Name and Ticker\tTrading Symbol\t5. Relationship of Reporting Person(s) to Issuer\n"
            "1. Name and Address of Reporting\tor\n"
            "DOE JOHN\tWIDGET CORP [ WDGT ]\t(Check all applicable)\n")
    text = "".join(lines[:3]) + head + "".join(lines[5:])
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("WIDGET CORP", "WDGT")


def test_ocr_tab_cells_of_a_wrapped_line_continue_each_text_column() -> None:
    """OCR'd tab cells: the line under a Table II row holds the wrapped words of column 1 and of
    column 7 ('Stock<TAB>Common'): each continues its own column, not the title."""
    table2 = TABLE2_TAB_HEADER + (
        "Restricted\t$0\t05/03/2021\tM\t1,000\t(1)\t(1)\tClass A\t1,000\t$0\t2,000\tD\n"
        "Stock\tCommon\n"
        "Units\tStock\n"
    )
    text = ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.security_title == "Restricted Stock Units"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("1000")


def test_ocr_tab_box1_lines_drop_the_cells_of_boxes_2_and_5() -> None:
    """OCR'd tab cells: box 1's name line also holds box 2's value and box 5's words; the name
    is what is left, without a lower-case smear of the next box ('ar')."""
    text = OCR_BOX5.replace(" " * 8, "\t")
    lines = text.splitlines(keepends=True)
    head = ("1. Name and Address of Reporting Person*\t2. Issuer Name and Ticker or Trading Symbol\t"
            "5. Relationship of Reporting Person(s) to Issuer\n"
            "DOE JOHN ar\tWIDGET CORP [ WDGT ]\t(Check all applicable)\n")
    text = "".join(lines[:3]) + head + "".join(lines[5:])
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN"
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_row_nature_wraps_longest_and_amounts_in_own_cells() -> None:
    """OCR'd tab cells of a Table II row: the lone '$0' of column 8 was dropped, so column 7's
    amount (the row's amount) and column 9's sit in adjacent cells; after the columns wrapped
    together, a line of one cell goes on with the nature of ownership, not the title."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B\t(1) | 05/03/2021\tG\t111\t(1)\t(1)\tClass A\t111\t11,417\tproportionate\n"
        "Common\tCommon\tlimited\n"
        "Stock\tStock\tpartnership\n"
        "interests\n"
    )
    text = ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("111")
    assert row.shares_owned_following_transaction == Decimal("11417")
    assert row.nature_of_ownership == "proportionate limited partnership interests"


def test_ocr_tab_footnote_words_fill_the_gaps_of_the_line_above() -> None:
    """OCR'd tab cells: a line of as many short words as the line above has gaps is those gaps'
    words, set a little lower."""
    fn = ("1. The price reported in Column 4 is\tweighted\tprice. The shares\tsold in multiple transactions.\n"
          "a\taverage\twere\n")
    text = OCR_BOX5.replace(" " * 8, "\t").replace("Explanation of Responses:\n",
                                                      "Explanation of Responses:\n" + fn + "Remarks:\n")
    doc = read_text(text)
    (f1,) = doc.footnotes
    assert f1.text == ("The price reported in Column 4 is a weighted average price. The shares were sold "
                       "in multiple transactions.")


def test_ocr_tab_title_cell_with_the_date_takes_its_wrapped_words() -> None:
    """OCR'd tab cells: the title's cell also holds the date ('Common Stock, | 05/03/2021'); the
    wrapped line goes to the title before the date, and a two-letter code cell ('AY': A and its
    marker) is the code."""
    row = "Common Stock, | 05/03/2021\tAY\t1,381\tA\t9,881\tD\npar value\n"
    text = OCR_BOX5.replace(OCR_ROW, row)
    doc = read_text(text)
    (r,) = doc.non_derivative_transactions
    assert r.security_title == "Common Stock, par value"
    assert (r.transaction_code, r.transaction_shares, r.transaction_acquired_disposed_code) == (
        "A", Decimal("1381"), "A")
    assert r.shares_owned_following_transaction == Decimal("9881")


def test_ocr_tab_box1_street_label_line_drops_the_cells_of_boxes_4_and_5() -> None:
    """OCR'd tab cells: the line of box 1's '(Street)' label also holds box 4's 'If' and box 5's
    officer title; the street is only the line above it."""
    box = OCR_BOX5.replace(at((0, "(Street)"), (99, "Chief Financial Officer")),
                            at((0, "(Street)"), (50, "If"), (99, "President")))
    text = "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in box.splitlines())  # as OCR tab cells
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("1 MAIN ST", None)
    assert owner.rpt_owner_city == "BOSTON"


def test_ocr_tab_markers_a_cell_apart_are_the_date_columns() -> None:
    """OCR'd tab cells of Table II: a marker glued to its value is the value's; one a cell away
    is the next column's (the conversion price's marker, then the dates' own markers)."""
    table2 = TABLE2_TAB_HEADER + (
        "Restricted\t$0(3)\t05/03/2021\tM\t1,000 |\t(1)\t(2)\tClass A\t1,000\t$0\t2,000\tD\n"
        "Stock\tCommon\n"
        "Units\tStock\n"
        "Class B\t(3)\t(1)\t(2)\tClass A\t3,683\t3,683\tD\n"
        "Common\tCommon\n"
        "Stock\tStock\n"
    )
    text = ocr_form(table2, "1. Vests.\n2. Expires.\n3. One for one.\n")
    doc = read_text(text)
    (txn,) = doc.derivative_transactions
    assert txn.transaction_shares == Decimal("1000")
    assert "transaction_shares" not in txn.footnote_ids
    assert (txn.footnote_ids.get("exercise_date"), txn.footnote_ids.get("expiration_date")) == (["F1"], ["F2"])
    (hold,) = doc.derivative_holdings
    assert hold.footnote_ids.get("conversion_or_exercise_price") == ["F3"]
    assert (hold.footnote_ids.get("exercise_date"), hold.footnote_ids.get("expiration_date")) == (["F1"], ["F2"])
    assert hold.underlying_security_shares == Decimal("3683")
    assert hold.shares_owned_following_transaction == Decimal("3683")  # the next cell is column 9's


def test_ocr_tab_holding_amount_in_the_cell_after_the_title() -> None:
    """OCR'd tab cells of a Table I holding whose D/I letter OCR dropped: the number in the cell
    after the title is the amount owned, not a word of the title; the nature makes it 'I'."""
    rows = ("Common Stock\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tD\n"
            "Class A\t634\tChild's proportionate interest in\n"
            "Common\tshares held by Family LP\n"
            "Stock\n")
    text = OCR_BOX5.replace(OCR_ROW, rows)
    doc = read_text(text)
    (hold,) = doc.non_derivative_holdings
    assert hold.security_title == "Class A Common Stock"
    assert hold.shares_owned_following_transaction == Decimal("634")
    assert hold.nature_of_ownership == "Child's proportionate interest in shares held by Family LP"
    assert hold.direct_or_indirect_ownership == "I"
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].direct_or_indirect_ownership" in doc.extraction.uncertain_fields


def test_ocr_tab_amount_stops_at_its_cell() -> None:
    """OCR'd tab cells of a Table I row whose A/D and price OCR dropped: the whole amount's next
    cell is the amount owned, not more digits of the same amount."""
    text = OCR_BOX5.replace(OCR_ROW, "Common Stock\t05/03/2021\tS\t1,500\t8,500\tD\n")
    doc = read_text(text)
    (row,) = doc.non_derivative_transactions
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))


def test_ocr_tab_box1_name_and_c_o_wrapped_and_other_boxes_cells_dropped() -> None:
    """OCR'd tab cells: a name wrapped onto a second line above '(Last) (First)', 'CIO' alone on its
    line (the addressee on the next), a line of box 4 starting with its number ('4.' cell) and box 5's
    title in a cell beside a street in capitals: box 1 keeps only its own text."""
    doc = read_text(ocr_tab_box1([
        "Hennigan\tWidget Corp [ WDGT J\t(Check all applicable)",
        "Michael J\tOwner",
        "(Last) (First)\tDirector j\t10% 0,",
        "-\t(Middle)\t3. Date of Earliest Transaction (Month/Day/Year)",
        "CIO\t|\tOfficer (give\tL]",
        "WIDGET CORPORATION\t05/03/2021\t.\ttitle below)\tOther (specify below)",
        "539 S. MAIN STREET\tPresident & CEO",
        "4.\tDate",
        "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "FINDLAY OH 45840\tForm filed by One Reporting Person",
        "(City) (State) (Zip)\tL] Form filed by More than One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "Hennigan Michael J"
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORPORATION", "539 S. MAIN STREET")
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("FINDLAY", "OH", "45840")


def test_ocr_tab_box1_city_wrapped_or_its_zip_a_line_lower() -> None:
    """OCR'd tab cells: a two-word city's first word alone on the line after '(Street)', or the ZIP
    alone under 'CITY ST': one city line; a line of only box 5's 'Owner' is not the name."""
    doc = read_text(ocr_tab_box1([
        "O'ROURKE STEPHEN T.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "3854 FALLING ROCK RD\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tIf Amendment,",
        "RAPID\t4.\tDate of Original Filed (Month/Day/Year)",
        "CITY SD 57702\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_street1 == "3854 FALLING ROCK RD"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("RAPID CITY", "SD", "57702")
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
    doc = read_text(ocr_tab_box1([
        "Owner",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "1717 MAIN STREET\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tEVP",
        "DALLAS TX\t-",
        "75201\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name is None
    assert owner.rpt_owner_street1 == "1717 MAIN STREET" and owner.rpt_owner_street2 is None
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("DALLAS", "TX", "75201")


def test_ocr_tab_several_owners_one_city_label_lost() -> None:
    """OCR'd tab cells of a box 1 with several owners, box 5's groups between them: the first
    owner's '(City) (State) (Zip)' label was lost; its city line is the last with a state and ZIP
    before the next owner, so each owner keeps its own box."""
    doc = read_text(ocr_tab_box1([
        "ACME HOLDINGS US, INC.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1812 NORTH MOORE STREET\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)\tL]\t[X]",
        "ARLINGTON VA 22209\tC1\tC1",
        "Officer (give title below)\tOther (specify below)",
        "ACME S.A.",
        "(Last) (First) (Middle)",
        "AVENUE NESTLE 55",
        "(Street)",
        "VEVEY V8 1800",
        "(City) (State) (Zip)",
        "ACME US HOLDCO, INC.",
        "(Last) (First) (Middle)",
        "1812 NORTH MOORE STREET",
        "(Street)",
        "ARLINGTON VA 22209",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == [
        "ACME HOLDINGS US, INC.", "ACME S.A.", "ACME US HOLDCO, INC."]
    assert [(o.rpt_owner_city, o.rpt_owner_state) for o in doc.reporting_owners] == [
        ("ARLINGTON", "VA"), ("VEVEY", "V8"), ("ARLINGTON", "VA")]
    # the first owner's '(Zip)' label set a line lower, at the head of the next owner's lines
    doc = read_text(ocr_tab_box1([
        "ACME GROUP CORP.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1 MAIN STREET\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State)\tOfficer (give title below)\tOther (specify below)",
        "(Zip)\tLI\t[X]",
        "ACME ADVISERS LTD",
        "(Last) (First) (Middle)",
        "2 MAIN STREET",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ACME GROUP CORP.", "ACME ADVISERS LTD"]


def test_ocr_tab_title_wraps_longer_than_the_nature_and_underlying_title_behind_dates() -> None:
    """OCR'd tab cells: after a line that wrapped the title and the nature together, a line of
    title words only ('Stock') ends the unfinished title, not the nature; in Table II the
    underlying title glued behind the dates ('06/01/2014 | 06/01/2023 | Common') goes on too."""
    rows = ("Class A\t05/04/2021\tS\t1,000\tD\t\\$72.85\t7,500\tI\tBy DM Trust\n"
            "Common\tAggregator, LLC\n"
            "Stock\n")
    table2 = TABLE2_TAB_HEADER + (
        "Employee\t\\$59.77\t06/01/2014 | 06/01/2023 | Common\t1,700\t1,700\tD\n"
        "Stock\tStock\n"
        "Option\n"
    )
    doc = read_text(ocr_form(rows + table2, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert row.security_title == "Class A Common Stock"
    assert row.nature_of_ownership == "By DM Trust Aggregator, LLC"
    (hold,) = doc.derivative_holdings
    assert hold.security_title == "Employee Stock Option"
    assert hold.underlying_security_title == "Common Stock"


def test_ocr_tab_issuer_ticker_a_line_lower_or_with_a_misread_i() -> None:
    """OCR'd tab cells: box 2's value is a cell ending in '[' with its ticker and ']' a line or two
    lower, or its ticker has an 'I' read as '!': the issuer and ticker are read, and neither is
    left in the owner's name; a box label is never taken for the issuer."""
    doc = read_text(ocr_tab_box1([
        "Pittard Christian\tAcme Global Income Fund [\tall applicable)",
        "Director\tLJ 10% Owner",
        "(Last) (First) (Middle)\tACGI ]",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)\tPresident",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Acme Global Income Fund", "ACGI")
    assert doc.reporting_owners[0].rpt_owner_name == "Pittard Christian"
    doc = read_text(ocr_tab_box1([
        "OCEAN WIDGET CORP [ OWC! ]\t(Check all applicable)",
        "Dornau Gregor M",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("OCEAN WIDGET CORP", "OWCI")
    assert doc.reporting_owners[0].rpt_owner_name == "Dornau Gregor M"
    doc = read_text(ocr_tab_box1([
        "Dornau Gregor M",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.issuer.issuer_name is None


def test_ocr_tab_box1_middle_initial_a_line_lower_above_box5_words() -> None:
    """OCR'd tab cells: the middle initial a line below the name, with a check box's smear ('ou')
    and box 5's 'Owner' on the lines between it and '(Last) (First)': it joins the name."""
    doc = read_text(ocr_tab_box1([
        "Klobnak Jennifer\tWidget Corp [ WDGT ]\tall applicable)",
        "L\tou\tOwner",
        "Owner",
        "(Last) (First)\tX Director j\t10% )",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.reporting_owners[0].rpt_owner_name == "Klobnak Jennifer L"


def test_ocr_tab_holding_nature_wraps_longer_than_a_finished_title() -> None:
    """OCR'd tab cells of a holding row (three cells): after title and nature wrapped together, a
    lone line goes on with the nature once the title is finished ('Common Stock')."""
    rows = ("Common\t16,660.8984\tACME Corp. Employee\n"
            "Stock\tStock Ownership\n"
            "Plan\n")
    doc = read_text(ocr_form(rows, "1. Vests.\n"))
    (hold,) = doc.non_derivative_holdings
    assert hold.security_title == "Common Stock"
    assert hold.nature_of_ownership == "ACME Corp. Employee Stock Ownership Plan"


def test_ocr_tab_box3_date_away_from_its_label_month_read_with_a_nine() -> None:
    """OCR'd tab cells: box 3's date is lines away from its label and its month's 0 reads as 9
    ('97/07/2020'): the header's only date, read as 07/07/2020 (uncertain)."""
    doc = read_text(ocr_tab_box1([
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "3. Date of Earliest Transaction (Month/Day/Year)",
        "C/O WIDGET CORP. 35 GATEHOUSE\tOfficer (give title below)\tL] Other (specify below)",
        "97/07/2020",
        "DRIVE\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.period_of_report == date(2020, 7, 7)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields


def test_ocr_tab_box2_brackets_with_a_lower_case_ticker_or_n_a() -> None:
    """OCR'd tab cells: box 2's value a line below its label, its brackets holding an 'I' read as 'l'
    ('[ lILG ]', read IILG, uncertain) or 'n/a' (no ticker, kept as printed); either way the
    issuer is not read into the owner's name."""
    box1 = [
        "Widget Leisure Group, Inc. [ lILG ]\t(Check all",
        "KUHN THOMAS",
        "Owner",
        "(Last) (First)\tX Director j\t10% )",
        "1 MAIN STREET\tL] Officer (give title below)\tLJ Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]
    doc = read_text(ocr_tab_box1(box1))
    assert doc.issuer is not None and doc.extraction is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Leisure Group, Inc.", "IILG")
    assert "issuer.issuer_trading_symbol" in doc.extraction.uncertain_fields
    assert doc.reporting_owners[0].rpt_owner_name == "KUHN THOMAS"
    box1[0] = "Widget Realty Trust, Inc. [ n/a ]\t(Check all pee"
    doc = read_text(ocr_tab_box1(box1))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Realty Trust, Inc.", "n/a")
    assert doc.reporting_owners[0].rpt_owner_name == "KUHN THOMAS"


def test_ocr_tab_box1_name_beside_box5s_check_box_read_as_two_glyphs() -> None:
    """OCR'd tab cells: box 5's empty check box beside the name is read as two glyphs in a cell of
    their own ('14', 'LJ', 'L1'): they are no part of the name."""
    for box in ("14", "LJ", "L1"):
        doc = read_text(ocr_tab_box1([
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"MCCANN CHRISTOPHER G\t{box}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10% Owner",
            "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]))
        assert doc.reporting_owners[0].rpt_owner_name == "MCCANN CHRISTOPHER G", box


def test_ocr_tab_owner_whose_city_label_and_zip_are_both_garbled() -> None:
    """OCR'd tab cells of two owners: the first one's '(City)' label and ZIP are both unreadable
    (a foreign city read as 'Con'); its lines end above the next owner's name, which sits a
    line of box 5's check boxes above its '(Last) (First) (Middle)'. Each owner is read."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "OTEE 2020 ApS",
        "Director\t10% Owner",
        "(Last) (First) (Middle)",
        "STOCKHOLMSGADE 45",
        "(Street)",
        "Con",
        "Helgason David\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "_] Officer (give title below)\t[1 Other (specify below)",
        "(Last) (First) (Middle)\t6. Individual or Joint/Group Filing (Check Applicable Line)",
        "C/O WIDGET CORP 30 3RD STREET",
        "(Street)\tForm filed by More than One Reporting Person",
        "SAN FRANCISCO CA 94103",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["OTEE 2020 ApS", "Helgason David"]
    second = doc.reporting_owners[1]
    assert (second.rpt_owner_city, second.rpt_owner_state, second.rpt_owner_zip_code) == (
        "SAN FRANCISCO", "CA", "94103")
    assert "STOCKHOLMSGADE" in (doc.reporting_owners[0].rpt_owner_street1 or "")


def test_ocr_tab_street_wrapped_over_three_lines_and_box6_or() -> None:
    """OCR'd tab cells: a street wrapped over three lines, its middle one beside box 3's date, and
    box 6's label split so its 'or' sits alone under '(Street)': the 'or' is no street line and
    the third line is joined to the second (uncertain)."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "DOE JOHN",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "C/O WIDGET CORP, INC. 12340\tOfficer (give title below)\tOther (specify below)",
        "EL\t05/03/2021",
        "CAMINO REAL, SUITE 250\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "or",
        "SAN DIEGO CA 92130\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city) == (
        "C/O WIDGET CORP, INC. 12340", "EL CAMINO REAL, SUITE 250", "SAN DIEGO")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street2" in doc.extraction.uncertain_fields


def test_ocr_tab_box5_checked_box_beside_the_name_is_not_a_name_word() -> None:
    """OCR'd tab cells: box 5's checked box ('XX') lands in a cell on the name's line: it is no
    part of the name."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "Haymarket Insurance Co\tXX\tOwner",
        "(Last) (First) (Middle)\tDirector\t10%",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.reporting_owners[0].rpt_owner_name == "Haymarket Insurance Co"


def test_ocr_tab_wrapped_cells_skip_a_finished_title() -> None:
    """OCR'd tab cells of a Table II row wrapped over two more lines: the first wrap continues the
    title, the underlying title and the nature ('Stock | Stock | Compensation'); the second has one
    cell fewer ('(unitized) | Plan'), and the underlying title is finished ('Common Stock'), so its
    word goes on with the nature."""
    table2 = TABLE2_TAB_HEADER + (
        "Phantom\t$0\t07/23/2020\tA\t43\t(1)\t(1)\tCommon\t43\t$15.89\t68,365\tI\tBy Deferred\n"
        "Stock\tStock\tCompensation\n"
        "(unitized)\tPlan\n")
    (row,) = read_text(ocr_form(table2, "1. Vests.\n")).derivative_transactions
    assert (row.security_title, row.underlying_security_title, row.nature_of_ownership) == (
        "Phantom Stock (unitized)", "Common Stock", "By Deferred Compensation Plan")


def test_ocr_tab_lone_title_word_goes_to_the_unfinished_title() -> None:
    """OCR'd tab cells: 'Stock' wrapped alone under a Table II holding whose own title is finished
    ('Stock Option') goes on with the underlying title that is not ('Class A Common')."""
    table2 = TABLE2_TAB_HEADER + "Stock Option\t(2)\t02/19/2030\tClass A Common\t151,578\t$59.53\tD\nStock\n"
    (row,) = read_text(ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title) == ("Stock Option", "Class A Common Stock")


def test_ocr_tab_box5_empty_boxes_leave_director() -> None:
    """OCR'd tab cells keep no columns but keep the order of box 5's glyphs: the 10% Owner box
    before 'Owner' on the line above 'Director | 10%', the Officer and Other boxes alone on the
    line above their labels. All three read empty with no title: Director (inferred, uncertain);
    a '14' there is a checked 10% Owner box."""
    def box1(ten: str) -> list[str]:
        return [
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"DOE JOHN\t{ten}\tOwner",
            "(Last) (First) (Middle)\tDirector\t10%",
            "3. Date of Earliest Transaction (Month/Day/Year)\tL]\tL]",
            "1 MAIN STREET\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]
    doc = read_text(ocr_tab_box1(box1("ou")))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, False, False, False)
    assert doc.extraction is not None
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields
    owner = read_text(ocr_tab_box1(box1("14"))).reporting_owners[0]
    assert owner.is_ten_percent_owner is True and owner.is_director is None


def test_ocr_tab_name_in_capitals_with_a_mixed_case_smear() -> None:
    """OCR'd tab cells: a name in capitals with one two-letter word in mixed case ('fF', 'Ff'),
    the smear of a rule or a check box: the smear is taken out (uncertain)."""
    for line, want in (("LOFFREDO fF JOHN M", "LOFFREDO JOHN M"), ("LANG LINDA Ff", "LANG LINDA")):
        doc = read_text(ocr_tab_box1([
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"{line}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10% Owner",
            "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]))
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_wrapped_line_with_a_trusts_year_in_the_nature() -> None:
    """OCR'd tab cells: a Table II holding's title, underlying title and nature wrap together, the
    nature's wrap holding a year ('Common | Common | 2021'): the line is wrapped words, not a new row,
    and the year goes on with the nature. Its last line's 'Unitrust |' is the Roman numeral I OCR read
    as a bar (tests/test_text_reader_ocr_pipe_as_roman_i.py)."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B\t$0.00\t(2)\t(2)\tClass A\t8,635\t8,635\tSMB Pacific\n"
        "Common\tCommon\t2021\n"
        "Stock\tStock\tCharitable\n"
        "Remainder\n"
        "Unitrust |\n")
    (row,) = read_text(ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title, row.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "SMB Pacific 2021 Charitable Remainder Unitrust I")
    assert row.underlying_security_shares == Decimal("8635")


def test_ocr_tab_box6_or_alone_above_the_city_label_is_not_the_city() -> None:
    """OCR'd tab cells: box 6's 'or' (of 'Individual or Joint/Group Filing') alone on the line above
    '(City) (State) (Zip)': the city line is the one above it, a foreign city with its EDGAR code,
    not a street line."""
    doc = read_text(ocr_tab_box1([
        "DOE JANE\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "12 KING STREET WEST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tIf",
        "4.\tAmendment, Date of Original Filed (Month/Day/Year)",
        "TORONTO A6 M5H 1A1\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "or",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("12 KING STREET WEST", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state) == ("TORONTO", "A6")


def test_ocr_tab_several_owners_box5_glyph_and_label_cells_beside_box1() -> None:
    """OCR'd tab cells of several owners: box 5's check boxes read as glyphs in cells of their own
    beside box 1's lines ('_]', 'C1]', '[1', 'ea)') and its label's words each in a cell ('(give .' |
    'title .'): none of them goes into a street or city line."""
    doc = read_text(ocr_tab_box1([
        "ACME FUND, LP\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1 MAIN STREET, SUITE 5\t_]\t[X]",
        "(Street)\tOfficer .\t(give .\ttitle .\tbelow)\tOther (specify :\tbelow)",
        "BOSTON MA 02110\tC1]\t[1",
        "(City) (State) (Zip)\tDirector\t10% Owner",
        "ACME ADVISERS LLC",
        "(Last) (First) (Middle)\tL]\t[X]",
        "2 HIGH STREET\tea)",
        "(Street)",
        "SALEM MA 01970",
        "(City) (State) (Zip)",
    ]))
    assert [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("ACME FUND, LP", "1 MAIN STREET, SUITE 5", "BOSTON"), ("ACME ADVISERS LLC", "2 HIGH STREET", "SALEM")]


def test_ocr_tab_natures_first_word_read_after_the_row() -> None:
    """OCR'd tab cells: a nature printed on two lines in a taller row ('By' over 'Trust') had its
    first word read on a line after the row's, before the title's wrapped word ('Stock'): 'By' or
    'See' only starts a nature, so it goes before the nature, not into the title."""
    rows = ("Common\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tI\tTrust\n"
            "By\n"
            "Stock\n"
            "Class A\t05/03/2021\tS\t100\tD\t$12.50\t8,400\tI\tfootnotes\n"
            "See\n"
            "Common Stock\n")
    doc = read_text(ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (a.security_title, a.nature_of_ownership) == ("Common Stock", "By Trust")
    assert (b.security_title, b.nature_of_ownership) == ("Class A Common Stock", "See footnotes")


def test_ocr_tab_row_split_over_two_lines_by_its_cells_baselines() -> None:
    """OCR'd tab cells: a Table I row OCR split over two lines, the title with the date, price and the
    nature's last word above ('Common | 05/04/2021 | $12.75 | Footnote'), the code, amount, amount
    following and the nature's first word under it ('S | 200 | 8,300 | See'): one row, its cells
    in the columns' order, the row arithmetic agreeing."""
    rows = ("Common\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tI\tSee Footnote\n"
            "Stock\n"
            "Common\t05/04/2021\t$12.75\tFootnote\n"
            "S\t1,200\t7,300\tSee\n"
            "Stock\n")
    doc = read_text(ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (b.security_title, b.transaction_date, b.transaction_code, b.transaction_shares) == (
        "Common Stock", date(2021, 5, 4), "S", Decimal("1200"))
    assert (b.transaction_price_per_share, b.shares_owned_following_transaction, b.nature_of_ownership) == (
        Decimal("12.75"), Decimal("7300"), "See Footnote")


def test_ocr_tab_wrapped_nature_starting_short_or_with_a_number() -> None:
    """OCR'd tab cells: a Table II row's nature starts with a short word or a number ('By', 'By 70')
    and wraps with the titles ('Common | Common | Renyan'), then alone, its year on a line of its own:
    the nature's words go on with it, not into the titles."""
    table2 = TABLE2_TAB_HEADER + (
        "Class B\t$0.0 | 08/06/2019\tG\t2,731\t(1)\t(1)\tClass A\t2,731\t364,402\tBy\n"
        "Common\tCommon\tRenyan\n"
        "Stock\tStock\tTzuo\n"
        "2010\n"
        "Annuity\n"
        "Trust\n"
        "Class B\t$0.0 | 08/06/2019\tG\t5,462\t(1)\t(1)\tClass A\t5,462\t6,998,547\tBy 70\n"
        "Common\tCommon\tThirty\n"
        "Stock\tStock\tTrust\n")
    a, b = read_text(ocr_form(table2, "1. Converts.\n")).derivative_transactions
    assert (a.security_title, a.underlying_security_title, a.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "By Renyan Tzuo 2010 Annuity Trust")
    assert (b.security_title, b.underlying_security_title, b.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "By 70 Thirty Trust")


def test_ocr_tab_title_par_value_wrapped_alone_with_its_number() -> None:
    """OCR'd tab cells: a title's par value wraps onto lines of its own, its number with them
    ('par value' / '$0.001', 'Stock, $0.01' / 'par value'): title words around one '$' number are
    the title's wrap, not a row of their own nor a price, and go before the row's date."""
    rows = ("Common Stock, | 05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tD\n"
            "par value\n"
            "$0.001\n"
            "Common\t05/04/2021\tS\t100\tD\t$12.75\t8,400\tD\n"
            "Stock, $0.01\n"
            "par value\n")
    doc = read_text(ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (a.security_title, a.transaction_price_per_share) == ("Common Stock, par value $0.001", Decimal("12.50"))
    assert (b.security_title, b.transaction_price_per_share) == ("Common Stock, $0.01 par value", Decimal("12.75"))


def test_ocr_tab_wrapped_word_of_an_underlying_title_joined_to_its_amount() -> None:
    """OCR'd tab cells: the underlying title joined to its amount across a rule ('Common |
    14,225.8819') is a text column too: the wrapped line's second word ('Stock') goes after the
    title, before the amount."""
    table2 = TABLE2_TAB_HEADER + (
        "Restricted\t(3) | 04/22/2014\tM\t14,225.8819 | (4)\t(4)\tCommon | 14,225.8819\t(4)\tD\n"
        "Stock\tStock\n"
        "Units\n")
    (row,) = read_text(ocr_form(table2, "3. Vests.\n4. Converts.\n")).derivative_transactions
    assert (row.security_title, row.underlying_security_title) == ("Restricted Stock Units", "Common Stock")
    assert row.underlying_security_shares == Decimal("14225.8819")


def test_ocr_tab_wrapped_nature_ending_in_a_glued_marker_still_wraps_by_column() -> None:
    """OCR'd tab cells: the title's and the nature's last words wrap together, the nature's ending in
    a marker glued to it with its parentheses lost ('Stock | Associates II, L.P.2'): still wrapped
    words of both columns, the title's word to the title."""
    rows = ("Class A\t05/03/2021\tG\t111\tA\t$0\t902\tI\tChild's trust's interests held by Rankin\n"
            "Common\tinterests in shares of\n"
            "Stock\tAssociates II, L.P.2\n")
    doc = read_text(ocr_form(rows, "2. Held by a trust.\n"))
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Class A Common Stock"
    assert row.nature_of_ownership is not None and "Stock" not in row.nature_of_ownership
