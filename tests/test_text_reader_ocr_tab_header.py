"""The messy-text reader on OCR text flattened to tab cells: header boxes whose cells OCR set on
the lines of other boxes (box 5's title beside box 4, box 2's value beside a garbled box 5 label,
a street word beside box 3's date, an empty check box beside the name)."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1


def _box1(street_line: str, title_line: str, under: str = "4.\tDate of Original Filed (Month/Day/Year)") -> list[str]:
    """Box 1 with boxes 3-5 beside it, as OCR'd tab cells print a one-owner Form 4."""
    return [
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "Owner",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "3. Date of Earliest Transaction (Month/Day/Year)",
        "Officer (give title below)\tL] Other (specify below)",
        street_line,
        title_line,
        under,
        "BOSTON MA 02110\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]


def test_ocr_tab_officer_title_right_of_box4_is_box5s() -> None:
    """OCR'd tab cells: the '(Street)' line also holds box 4's label ('lf Amendment,', or its 'If'
    alone) and, right of it, box 5's title; the title has no officer word to find it by, yet it is
    the officer's (and the Officer box then is the one checked), not lost; box 4's words are no title."""
    for box4, title in (("lf Amendment,", "SR Advisor, Widget Works"), ("If", "GC"),
                        ("If Amendment,\tof Original Filed (Month/Day/Year)", "Sr. Analyst")):
        doc = read_text(ocr_tab_box1(_box1("1 MAIN ST\t05/03/2021", f"(Street)\t{box4}\t{title}")))
        owner = doc.reporting_owners[0]
        assert owner.officer_title == title, box4
        assert owner.is_officer is True
        assert (owner.rpt_owner_street1, owner.rpt_owner_city) == ("1 MAIN ST", "BOSTON")
    # a title split over two cells right of '(Street)' is one title
    owner = read_text(ocr_tab_box1(_box1("1 MAIN ST\t05/03/2021", "(Street)\tEVP\tChief Risk Officer"))
                      ).reporting_owners[0]
    assert owner.officer_title == "EVP Chief Risk Officer"
    # box 4's own words right of its 'If Amendment,' are no title
    owner = read_text(ocr_tab_box1(_box1("1 MAIN ST\t05/03/2021", "(Street)\tIf Amendment,\tOriginal",
                                         "4.\tDate of\tFiled (Month/Day/Year)"))).reporting_owners[0]
    assert owner.officer_title is None and owner.is_officer is not True
    # nor is box 1's own label OCR set beside box 4 ('(Middle)')
    owner = read_text(ocr_tab_box1(_box1("1 MAIN ST\t05/03/2021", "(Street)\tIf\t(Middle)"))).reporting_owners[0]
    assert owner.officer_title is None


def test_ocr_tab_garbled_box5_label_is_no_issuer_and_box2_is_the_bracketed_cell() -> None:
    """OCR'd tab cells: box 2's label cell is followed by box 5's label misread ('Reelatonship oF
    Reporting Person(s) to Issuer'); that is no issuer name: box 2's value is the later cell holding
    'NAME [ TICKER ]', beside the owner's name, which keeps neither."""
    text = ocr_tab_box1([
        "ACME HOLDINGS LLC\tWidget Corp [ WDGT ]\tDirector. na",
        "(Last) (First) (Middle)\tOwner",
        "1 MAIN ST\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]).replace("5. Relationship of Reporting Person(s) to Issuer", "Reelatonship oF Reporting Person(s) to Issuer")
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Corp", "WDGT")
    assert doc.reporting_owners[0].rpt_owner_name == "ACME HOLDINGS LLC"


def test_ocr_tab_street_word_of_one_letter_beside_box3s_date_stays_in_the_street() -> None:
    """OCR'd tab cells: a street wrapped so that a one-letter word ('A' of '9900 A CLAYTON ROAD', 'N.'
    of '180 N. LASALLE STREET') is alone on its line beside box 3's date: the word is the street's,
    kept in its place, and the date stays box 3's."""
    for word in ("A", "N."):
        doc = read_text(ocr_tab_box1([
            "Valdez Gloria\tWidget Corp [ WDGT ]\t(Check all applicable)",
            "Owner",
            "(Last) (First)\tX Director j\t10% )",
            "-\t(Middle) .\t3. Date of Earliest Transaction (Month/Day/Year)",
            "C/O WIDGET CORP 9900\tLJ Officer (give title below)\tLJ Other (specify below)",
            f"{word}\t04/17/2020",
            "CLAYTON ROAD\tIf Amendment,",
            "4.\tDate of Original Filed (Month/Day/Year)",
            "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
            "ST LOUIS MO 63124\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]))
        owner = doc.reporting_owners[0]
        street = " ".join(s for s in (owner.rpt_owner_street1, owner.rpt_owner_street2) if s)
        assert street == f"C/O WIDGET CORP 9900 {word} CLAYTON ROAD"
        assert (owner.rpt_owner_city, owner.rpt_owner_zip_code) == ("ST LOUIS", "63124")
        assert doc.period_of_report is not None and doc.period_of_report.isoformat() == "2020-04-17"


def test_ocr_tab_empty_box_read_as_equals_beside_the_name_is_no_name_word() -> None:
    """OCR'd tab cells: box 5's empty 10% Owner box read as '=' in a cell beside the name's wrapped
    line (the middle initial 'A', or 'James S.'): the name goes on with that line, without the '='."""
    for first, wrapped, name in (("Knobel Jeff", "A", "Knobel Jeff A"), ("Johnson", "James S.", "Johnson James S.")):
        doc = read_text(ocr_tab_box1([
            f"{first}\tWidget Corp [ WDGT ]\tall applicable)",
            f"{wrapped}\t=\tOwner",
            "(Last) (First) (Middle)\tDirector\t10%",
            "3. Date of Earliest Transaction (Month/Day/Year)\tLJ",
            "1 MAIN ST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
            "(Street)\tVice President",
            "BOSTON MA 02110\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
            "(City) (State) (Zip)\tForm filed by One Reporting Person",
        ]))
        owner = doc.reporting_owners[0]
        assert owner.rpt_owner_name == name
        assert owner.rpt_owner_street1 == "1 MAIN ST"


def test_ocr_tab_name_words_set_a_line_higher_go_in_the_gap_they_left() -> None:
    """OCR'd tab cells keep no columns, but a gap still shows: when the name line under the one OCR
    set higher holds two cells ('Evans | C', 'Dodge | Stanton'), the gap between them is where the
    higher words were printed ('David', 'R'); they go back there (uncertain). Without such a gap the
    lines are read in order."""
    def box1(upper: str, lower: str) -> list[str]:
        return [
            f"{upper}\tWidget Corp [ WDGT ]\t(Check all applicable)",
            f"{lower}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10%",
            "3. Date of Earliest Transaction (Month/Day/Year)\tLJ",
            "1 MAIN ST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
            "(Street)",
            "BOSTON MA 02110\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
            "(City) (State) (Zip)\tForm filed by One Reporting Person",
        ]
    for upper, lower, name in (("David", "Evans\tC", "Evans David C"), ("R", "Dodge\tStanton", "Dodge R Stanton"),
                               ("Mitchell", "Bart Jay", "Mitchell Bart Jay")):
        doc = read_text(ocr_tab_box1(box1(upper, lower)))
        assert doc.reporting_owners[0].rpt_owner_name == name
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_name_line_with_a_gap_takes_the_words_set_a_line_lower() -> None:
    """OCR'd tab cells: the mirror case: the name line shows the gap ('Winning | Andrew', 'Elliott |
    Keith', 'Valor | Pharma Holdings,') and the words OCR set a line lower ('Scott', 'J.', 'IV | LLC')
    were printed in it, in turn."""
    for upper, lower, name in (("Winning\tAndrew", "Scott", "Winning Scott Andrew"),
                               ("Elliott\tKeith", "J.", "Elliott J. Keith"),
                               ("Valor\tPharma Holdings,", "IV\tLLC", "Valor IV Pharma Holdings, LLC")):
        doc = read_text(ocr_tab_box1([
            f"{upper}\tWidget Corp [ WDGT ]\t(Check all applicable)",
            f"{lower}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10%",
            "3. Date of Earliest Transaction (Month/Day/Year)\tLJ",
            "1 MAIN ST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
            "(Street)",
            "BOSTON MA 02110\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
            "(City) (State) (Zip)\tForm filed by One Reporting Person",
        ]))
        assert doc.reporting_owners[0].rpt_owner_name == name
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_several_owners_name_split_by_baseline_interleaved() -> None:
    """OCR'd tab cells, several owners (box 1 read as owner blocks): an owner's name line OCR split
    over two lines, each showing a gap ('Valor | Pharma Holdings,' over 'IV | LLC'): the words of the
    lower line go in the upper's gaps in turn."""
    doc = read_text(ocr_tab_box1([
        "Valor\tPharma Holdings,\tWidget Corp [ WDGT ]\tall applicable)",
        "IV\tLLC",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1 MAIN ST\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\t3. Date of Event Requiring Statement (Month/Day/Year)",
        "(City) (State) (Zip)\t05/03/2021",
        "Gracias Antonio J.\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "(Last) (First) (Middle)\t6. Individual or Joint/Group Filing (Check Applicable Line)",
        "1 MAIN ST",
        "(Street)",
        "BOSTON MA 02110\tForm filed by More than One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["Valor IV Pharma Holdings, LLC", "Gracias Antonio J."]
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_box2_name_then_bracket_and_box5_words_ticker_lower_and_box3_label_in_box1() -> None:
    """OCR'd tab cells: box 2's name line runs on into box 5's words after the '[' ('... Fund, Inc. [ |
    (Check all applicable)'), its ticker and ']' two lines lower ('LDP ]'); box 3's label, misread
    ('Sjatement for Issuer's ...'), on a line of its own among box 1's, its number read as '[3' at the
    street line's end: the issuer and ticker are read, and the owner's name and street keep none of it."""
    doc = read_text(ocr_tab_box1([
        "Acme Preferred & Income Fund, Inc. [ | (Check all applicable)",
        "Maginnis Gerald J.\tL1",
        "(Last) (First) (Middle)\tLDP ]\tDirector\t10% Owner",
        "280 PARK AVENUE 10TH FLOOR [3\tL] Officer (give title below)\tL] other (specify below)",
        "Sjatement for Issuer's Fiscal Year Ended (Month/Day/Year)",
        "(Street)\t12/31/2019",
        "NEW YORK NY 10017\tlf",
        "4.\tAmendment, Date of Original Filed (Month/Day/Year)",
        "(City) (State)\t(Zip)",
    ]))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Acme Preferred & Income Fund, Inc.", "LDP")
    owner = doc.reporting_owners[0]
    assert owner.rpt_owner_name == "Maginnis Gerald J."
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("280 PARK AVENUE 10TH FLOOR", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("NEW YORK", "NY", "10017")
    # the ticker on the name's line, box 5's words after it with their last word misread
    doc = read_text(ocr_tab_box1([
        "Acme Preferred & Income Fund, Inc. [ PSF ] | (Check all spp",
        "Maginnis Gerald J.\tOwner",
        "(Last) (First)\tx Director j\t10% )",
        "1 MAIN ST\tOfficer (give title below)\tOther (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.issuer.issuer_trading_symbol == "PSF"
    assert doc.reporting_owners[0].rpt_owner_name == "Maginnis Gerald J."


def test_ocr_tab_city_beside_box3s_date_its_state_and_zip_a_line_lower() -> None:
    """OCR'd tab cells: the city line beside box 3's date ('NEW | YORK | 12/31/2019'), its state and ZIP
    set a line lower ('NY 10017'): one city line, without the date, not a street line."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "DOE JOHN\tOwner",
        "(Last) (First) (Middle)\tX Director\t10%",
        "280 PARK AVENUE 10TH FLOOR\tL] Officer (give title below)\tL] other (specify below)",
        "3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
        "NEW\tYORK\t12/31/2019",
        "NY 10017\tlf",
        "4.\tAmendment, Date of Original Filed (Month/Day/Year)",
        "(City) (State)\t(Zip)",
    ]))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("280 PARK AVENUE 10TH FLOOR", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("NEW YORK", "NY", "10017")



def test_ocr_tab_several_owners_box6_label_cut_into_cells_is_no_owner_text() -> None:
    """OCR'd tab cells, several owners: box 6's 'Form filed by ... Reporting Person' cut into cells
    beside box 1's lines ('filed by One Reporting Person', 'by More than One Reporting . | Person'):
    none of it is an owner's name or city."""
    doc = read_text(ocr_tab_box1([
        "ACME SA\tWidget Corp [ WDGT ]\tall applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "AVENUE NESTLE 55\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)",
        "ST. HELIER, Y9 JE1 0BD\tfiled by One Reporting Person\t[X]",
        "(City) (State) (Zip)\t05/03/2021",
        "ACME HOLDINGS SA\tby More than One Reporting .\tPerson",
        "(Last) (First) (Middle)\t6. Individual or Joint/Group Filing (Check Applicable Line)",
        "AVENUE NESTLE 55",
        "(Street)",
        "VEVEY V8 1800",
        "(City) (State) (Zip)",
    ]))
    a, b = doc.reporting_owners
    assert (a.rpt_owner_city, a.rpt_owner_state, a.rpt_owner_zip_code) == ("ST. HELIER", "Y9", "JE1 0BD")
    assert b.rpt_owner_name == "ACME HOLDINGS SA"


def test_ocr_tab_box4_label_words_cut_into_cells_beside_box1_are_no_street() -> None:
    """OCR'd tab cells: box 4's label cut into cells among box 1's lines ('Amendment, Date | Original |
    (Month/Day/Year)'): none of its words is the street's."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "DOE JOHN\tOwner",
        "(Last) (First) (Middle)\tX Director\t10%",
        "11100 MAIN BLVD., SUITE 800\tL] Officer (give title below)\tL] other (specify below)",
        "Amendment, Date\tOriginal\t(Month/Day/Year)\tOo Director\t10% Owner",
        "(Street)",
        "LOS ANGELES CA 90025\t4. If\tof\twat\tFiled cy",
        "(City) (State) (Zip)",
    ]))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("11100 MAIN BLVD., SUITE 800", None)
    assert owner.rpt_owner_city == "LOS ANGELES"


def test_ocr_tab_cells_right_of_box2s_value_are_not_the_owners() -> None:
    """OCR'd tab cells: box 2's 'NAME [ TICKER ]' opens the line above the owner's name and box 5's
    label pieces follow it ('(Check all a' | 'T108'); box 1 is the form's left column, so those pieces
    are no name line: the name is the next line's ('Director | 10% Owner' between it and its label)."""
    doc = read_text(ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all a\tT108",
        "DOE JOHN\tLJ",
        "Director\t10% Owner",
        "(Last) (First) (Middle)\t3. Date of Event Requiring Statement (Month/Day/Year)",
        "Officer (give title below)\tCJ other (specify below)",
        "1 MAIN ST\t05/03/2021",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    assert doc.issuer is not None and doc.issuer.issuer_name == "Widget Corp"
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_name, owner.rpt_owner_street1, owner.rpt_owner_city) == ("DOE JOHN", "1 MAIN ST", "BOSTON")



def test_ocr_tab_city_first_word_a_line_above_the_city_is_not_the_streets() -> None:
    """OCR'd tab cells: the city line's first word OCR set a line higher, alone under '(Street)' beside
    box 4's label ('Wwood' over 'DALE IL 60191'), goes on the city line (uncertain), not on the street
    as a second street line; a check box glyph there ('LI') is no word of either."""
    def box1(word: str, city: str) -> list[str]:
        return [
            "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
            ".\t(Middle) .\t3. Date of Earliest Transaction (Month/Day/Year)",
            "Officer (give\tL]",
            "100 OAK ROAD\t05/03/2021\t;\ttitle below)\tOther (specify below)",
            "(Street)\tSenior VP, General Counsel",
            f"{word}\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
            f"{city}\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
            "or",
            "(City) (State) (Zip)\tForm filed by One Reporting Person",
        ]

    doc = read_text(ocr_tab_box1(box1("Wwood", "DALE IL 60191")))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("100 OAK ROAD", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("Wwood DALE", "IL", "60191")
    assert "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
    owner = read_text(ocr_tab_box1(box1("LONG", "ISLAND CITY NY 11101"))).reporting_owners[0]
    assert (owner.rpt_owner_street2, owner.rpt_owner_city) == (None, "LONG ISLAND CITY")
    owner = read_text(ocr_tab_box1(box1("LI", "AUSTIN TX 78701"))).reporting_owners[0]
    assert owner.rpt_owner_city == "AUSTIN"
