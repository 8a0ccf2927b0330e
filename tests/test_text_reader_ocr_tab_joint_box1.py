"""The messy-text reader on OCR text flattened to tab cells: box 1 of a joint filing whose owners'
box 5 and box 6 words OCR put on lines of their own, or cut into cells, between box 1's lines."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1

_FIRST = ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)", "100 MAIN STREET", "(Street)",
          "NEW YORK NY 10022", "(City) (State) (Zip)"]


def test_ocr_tab_box5_line_alone_is_no_part_of_the_next_owners_name() -> None:
    """A line of box 5 alone ('[3.10% Owner': its check box and label; 'birector\u201d': 'Director' misread)
    between one owner's city line and the next owner's name is none of box 1's: the next name is read
    without it, and a city line whose state and ZIP OCR set a line lower, beside a misread 'Director',
    is still joined."""
    box1 = ["Doe John\tAcme Corp [ ACME ]", "(Last) (First) (Middle)", "100 MAIN STREET", "(Street)",
            "SAN FRANCISCO\tCi Officer (give title below)\tOther (specify below)", "CA 94105\tbirector\u201d",
            "[3.10% Owner", "Acme Partners VIII,\tL] Officer (give title below)\tLJ Other (specify below)",
            "L.P.", "(Last) (First) (Middle)\tC1 Director\t10% Owner", "200 ELM STREET", "(Street)",
            "BOSTON MA 02116", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    first, second = doc.reporting_owners
    assert (first.rpt_owner_city, first.rpt_owner_state, first.rpt_owner_zip_code) == ("SAN FRANCISCO", "CA", "94105")
    assert second.rpt_owner_name == "Acme Partners VIII L.P."
    assert (second.rpt_owner_street1, second.rpt_owner_city) == ("200 ELM STREET", "BOSTON")


def test_ocr_tab_lone_check_box_letter_under_street_is_not_the_citys() -> None:
    """A check box read as one letter ('L') alone under '(Street)', over the city line, is no first word
    of the city (a city's first word set a line higher is a word of two letters or more)."""
    box1 = [*_FIRST, "Acme Capital XII L P", "(Last) (First) (Middle)", "2800 SAND HILL ROAD", "(Street)", "L",
            "Owner", "MENLO PARK CA 94025", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    assert doc.reporting_owners[1].rpt_owner_city == "MENLO PARK"


def test_ocr_tab_city_first_word_over_its_line_without_street_label() -> None:
    """OCR lost the owner's '(Street)' label: one word in capitals (no street word, no number) between the
    street line and a city line with its state and ZIP is the city's first word set a line higher
    ('MENLO' over 'PARK CA 94025'), not a second street line; both uncertain."""
    box1 = [*_FIRST, "Acme Management LLC", "(Last) (First) (Middle)", "2800 SAND HILL ROAD, SUITE 101",
            "MENLO", "PARK CA 94025", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    owner = doc.reporting_owners[1]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("2800 SAND HILL ROAD, SUITE 101", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("MENLO PARK", "CA", "94025")
    assert "reporting_owners[1].rpt_owner_city" in doc.extraction.uncertain_fields
    assert "reporting_owners[1].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_ocr_tab_box6_words_in_cells_and_a_wrapped_name_without_its_label() -> None:
    """Box 6's 'Form filed by One Reporting Person' cut into cells beside box 1's lines ('Reporting',
    'One' | 'Person') is no name or street; an owner whose '(Last) (First) (Middle)' label OCR lost keeps
    its name's wrapped line ending in the company's form ('(Parallel), L.P.'), uncertain."""
    box1 = [*_FIRST,
            "Acme Capital Partners VIII\tL]Form filed by\tReporting\tL]\t[X]",
            "One\tPerson\tDirector\t10% Owner",
            "(Parallel), L.P.\tForm filed by More than One Reporting Person\t_]\tL]",
            "415 MISSION STREET", "(Street)", "SAN FRANCISCO CA 94105", "(City) (State) (Zip)",
            "Acme Fund GP, LLC", "(Last) (First) (Middle)", "415 MISSION STREET", "(Street)",
            "SAN FRANCISCO CA 94105", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    names = [o.rpt_owner_name for o in doc.reporting_owners]
    assert names == ["Doe John", "Acme Capital Partners VIII (Parallel), L.P.", "Acme Fund GP, LLC"]
    assert doc.reporting_owners[1].rpt_owner_street1 == "415 MISSION STREET"
    assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_cells_right_of_box2_are_no_owners_words() -> None:
    """A joint filing's box 1 read line by line: the cells right of box 2's 'NAME [ TICKER ]' are box
    5's label misread ('(Sorscta' | 'is 10% owner', 'S eck' | 'applicable)'), none of the first owner's name."""
    box1 = ["Seer, Inc. [ SEER ]\t(Sorscta\tis 10% owner", "Invus Public Equities, L.P.",
            "(Last) (First) (Middle)\t0", "750 LEXINGTON AVENUE", "(Street)", "NEW YORK NY 10022",
            "(City) (State) (Zip)", "Invus Advisors, LLC", "(Last) (First) (Middle)", "750 LEXINGTON AVENUE",
            "(Street)", "NEW YORK NY 10022", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["Invus Public Equities, L.P.", "Invus Advisors, LLC"]


def test_ocr_tab_street_label_misread_is_no_street_line() -> None:
    """A joint filing's '(Street)' label with its '(S' lost ('treet', beside box 5's glyphs) is the label,
    not a second street line: the owner's street is its one line above it."""
    box1 = [*_FIRST, "Acme Partners, L.P.", "(Last) (First) (Middle)", "415 MISSION STREET, SUITE 5700",
            "treet\t]\tL]", "SAN FRANCISCO CA 94105", "(City) (State) (Zip)"]
    owner = read_text(ocr_tab_box1(box1)).reporting_owners[1]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("415 MISSION STREET, SUITE 5700", None)
    assert owner.rpt_owner_city == "SAN FRANCISCO"


def _name_split(upper: str, lower: str, signature: str) -> str | None:
    box1 = [f"{upper}\tAcme Corp [ ACME ]\tall applicable)", f"{lower}\tao\tOwner",
            "(Last) (First) (Middle)\tDirector\t10%", "100 MAIN STREET", "(Street)", "NEW YORK NY 10022",
            "(City) (State) (Zip)"]
    text = ocr_tab_box1(box1).replace("/s/ John Doe\t05/05/2021", signature)
    doc = read_text(text)
    name = doc.reporting_owners[0].rpt_owner_name
    if name != f"{upper} {lower}":
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields
    return name


def test_ocr_tab_name_first_word_a_line_below_put_first_as_the_signature_shows() -> None:
    """One name line OCR split by baseline, its first word (at the box's left edge) a line lower
    ('Richard Jonathan' over 'Hart'): box 1 prints the last name first, so when the signature writes that
    word as the signer's last name ('Is! Richard J. Hart', '... for Tien Tzuo'), or the remarks write it
    before the upper words ('Novo Holdings A/S'), it goes first (uncertain); else the lines' order holds
    ('Altman Elizabeth' over 'Ann', signed 'for Beth Altman')."""
    assert _name_split("Richard Jonathan", "Hart", "Is! Richard J. Hart\t04/23/2020") == "Hart Richard Jonathan"
    assert _name_split("Tien", "Tzuo", "Is! Jane Roe as attorney-in-fact for Tien Tzuo\t02/11/2020") == "Tzuo Tien"
    assert _name_split("Holdings A/S", "Novo", (
        "Novo Holdings A/S is a Danish company.\nIs} Peter Haahr, CFO\t10/28/2020")) == (
        "Novo Holdings A/S")
    assert _name_split("Altman Elizabeth", "Ann", "Is! Joe Roe as Attorney-in-fact for Beth Altman\t02/13/2020") == (
        "Altman Elizabeth Ann")
    assert _name_split("DOE JOHN", "ALAN", "/s/ John Alan Doe\t02/13/2020") == "DOE JOHN ALAN"


def test_ocr_tab_name_split_by_baseline_beside_box2_with_its_ticker_cut() -> None:
    """A joint filing's first name split over two lines by baseline ('Acme Health Science | Holdings,' over
    'US | Inc.') beside box 2's name whose ticker lost its ']' ('Widget Corp [ WDGT'): the ticker left once
    the issuer's name is out is none of the name's cells, so the lower line's words go in the upper's gaps
    (uncertain); a box 5 line with its 10% box checked between ('C1 Director [xX] 10% Owner') is no part of
    the next owner's name, and a box glyph beside a city line ('oO') no part of the city."""
    box1 = ["Acme Health Science\tHoldings,\tWidget Corp [ WDGT\teck all applicable)", "US\tInc.",
            "(Last) (First) (Middle)\tDirector\t10% Owner", "1812 NORTH MOORE STREET", "(Street)",
            "ARLINGTON VA 22209", "(City) (State) (Zip)", "C1 Director [xX] 10% Owner",
            "Societe des Produits Acme S.A.",
            "(Last) (First) (Middle)", "AVENUE ACME 55", "(Street)", "VEVEY V8\toO", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    first, second = doc.reporting_owners
    assert first.rpt_owner_name == "Acme Health Science US Holdings, Inc."
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields
    assert second.rpt_owner_name == "Societe des Produits Acme S.A."
    assert (second.rpt_owner_city, second.rpt_owner_state) == ("VEVEY", "V8")


def test_ocr_tab_box5_words_beside_and_between_a_joint_filers_name_lines() -> None:
    """A joint filer's name over two lines with box 5's group line between them ('[Director _L] 10% Owner',
    its empty box between the labels; 'owner' of '10% owner' alone) and box 5's text right of the name
    ('President & CEO, ACME GP LLC', 'See'): none of them is the name's."""
    box1 = [*_FIRST, "Hennigan Michael\tPresident & CEO, ACME GP LLC", "[Director _L] 10% Owner", "J",
            "(Last) (First) (Middle)", "539 S. MAIN STREET", "(Street)", "FINDLAY OH 45840", "(City) (State) (Zip)",
            "owner", "Acme Partners\tSee", "L] Director _L] 10% Owner", "Management GP, LLC", "(Last) (First) (Middle)",
            "200 E. HARDIN STREET", "(Street)", "FINDLAY OH 45840", "(City) (State) (Zip)"]
    doc = read_text(ocr_tab_box1(box1))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == [
        "Doe John", "Hennigan Michael J", "Acme Partners Management GP, LLC"]
