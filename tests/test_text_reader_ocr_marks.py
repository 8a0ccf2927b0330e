"""OCR'd marks: footnote markers whose digit OCR lost, and what the form still says about them."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import OCR_BOX5, OCR_ROW, at, ocr_form, ocr_tab_box1


def _rows(rows: str, footnotes: str) -> str:
    """The OCR'd form with its one Table I row replaced by ``rows`` and ``footnotes`` listed."""
    return ocr_form(footnotes=footnotes).replace(OCR_ROW, rows)


def test_smeared_marker_is_the_forms_only_footnote() -> None:
    """A marker OCR smeared onto an amount ('1,500?)') lost its number, but the form lists one
    footnote only: the marker can be no other (uncertain). Its value is read as before."""
    rows = "Common Stock    05/03/2021     S       1,500?)     D     $12.50      8,500     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_shares == 1500
    assert row.footnote_ids.get("transaction_shares") == ["F1"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.transaction_shares" in doc.extraction.uncertain_fields


def test_smeared_marker_with_several_footnotes_gets_no_number() -> None:
    """With two footnotes listed, a smeared marker ('8,500®)') could be either: no number is given."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500®)     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n2. Held directly.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.shares_owned_following_transaction == 8500
    assert "shares_owned_following_transaction" not in row.footnote_ids


def test_a_code_letter_echo_is_not_a_marker() -> None:
    """A code echoed in lower case ('Ss') shows no marker: the only footnote is not given to it."""
    rows = "Common Stock    05/03/2021     Ss      1,500     D     $12.50      8,500     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_code == "S"
    assert "transaction_code" not in row.footnote_ids


def test_smeared_price_marker_still_takes_its_price_range_footnote() -> None:
    """A price whose marker smeared ('$12.50°)') lies in one footnote's weighted-average range:
    the smear read as a marker with its number lost does not stop that inference."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50°)      8,500     D\n"
    notes = ("1. Sold under a Rule 10b5-1 plan.\n"
             "2. The price reported is a weighted average of prices ranging from $12.10 to $12.90.\n")
    doc = read_text(_rows(rows, notes))
    (row,) = doc.non_derivative_transactions
    assert row.footnote_ids.get("transaction_price_per_share") == ["F2"]



def _box5_officer_line(glyph: str, title: str) -> str:
    """The OCR'd form with ``glyph`` on the line above box 5's 'Officer' label, left of it (the Other box's
    glyph lost), and ``title`` written under the labels."""
    return OCR_BOX5.replace(at((99, "Officer (give    L]")), at((48, "05/03/2021"), (99, glyph))).replace(
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        at((0, "1 MAIN ST"), (102, "Officer (give title below)    Other (specify below)")),
    ).replace(at((0, "(Street)"), (99, "Chief Financial Officer")), at((0, "(Street)"), (99, title)))


def test_ocr_box5_officer_box_read_empty_makes_the_title_other_text() -> None:
    """OCR lost box 5's X, but the glyph left of 'Officer' reads an empty box ('L]'): the text
    written under the labels is then Other's ('Portfolio Manager'), not an officer's title (uncertain)."""
    doc = read_text(_box5_officer_line("L]", "Portfolio Manager"))
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other) == (False, True)
    assert owner.other_text == "Portfolio Manager" and owner.officer_title is None
    assert doc.extraction is not None
    assert {"reporting_owners[0].is_officer", "reporting_owners[0].is_other"} <= set(doc.extraction.uncertain_fields)


def test_ocr_tab_box5_table_rule_before_officer_is_no_box() -> None:
    """OCR'd tab cells: a table rule's bar in the cell before 'Officer' ('|') says nothing about the
    Officer box: the title under the labels stays an officer's."""
    doc = read_text(ocr_tab_box1([
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First)\tDirector j\t10% 0,",
        "-\t(Middle)\t3. Date of Earliest Transaction (Month/Day/Year)",
        "CIO\t|\tOfficer (give\tL]",
        "WIDGET CORPORATION\t05/03/2021\t.\ttitle below)\tOther (specify below)",
        "1 MAIN STREET\tPortfolio Manager",
        "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)\tL] Form filed by More than One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other) == (True, False)
    assert owner.officer_title == "Portfolio Manager"


def test_ocr_box5_stacked_labels_officer_box_read_empty() -> None:
    """OCR stacks box 5's labels ('L] Officer (give' over 'title below)   Other (specify below)'): the
    Other label on the next line still places the Other box, so an Officer box read empty makes the
    title Other's text (uncertain)."""
    text = OCR_BOX5.replace(at((99, "Officer (give    L]")), at((99, "L] Officer (give"))).replace(
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (105, "title below)     Other (specify below)")),
    ).replace(at((0, "(Street)"), (99, "Chief Financial Officer")), at((0, "(Street)"), (99, "Portfolio Manager")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other) == (False, True)
    assert owner.other_text == "Portfolio Manager"
    assert doc.extraction is not None and "reporting_owners[0].is_other" in doc.extraction.uncertain_fields


def test_code_with_its_marker_read_as_a_letter_takes_the_only_footnote() -> None:
    """OCR reads a code's marker as a letter ('GO' for G(1), 'AM' for A(1)): with one footnote listed
    the marker is that footnote (uncertain); an echoed code letter ('SS') is no marker."""
    rows = ("Common Stock    05/03/2021     GO      1,500     D     $0          8,500     D\n"
            "Common Stock    05/03/2021     SS        500     D     $12.50      8,000     D\n")
    doc = read_text(_rows(rows, "1. A gift to a family trust.\n"))
    gift, sale = doc.non_derivative_transactions
    assert (gift.transaction_code, gift.footnote_ids.get("transaction_code")) == ("G", ["F1"])
    assert (sale.transaction_code, sale.footnote_ids.get("transaction_code")) == ("S", None)
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.transaction_code" in doc.extraction.uncertain_fields


def test_nature_marker_smear_takes_the_only_footnote() -> None:
    """A nature's marker smeared to a glyph ('By Trust®)') is the form's only footnote (uncertain)."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     By Trust®)\n"
    doc = read_text(_rows(rows, "1. Held by a family trust.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.nature_of_ownership == "By Trust"
    assert row.footnote_ids.get("nature_of_ownership") == ["F1"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.nature_of_ownership" in doc.extraction.uncertain_fields


def test_one_footnote_read_with_a_second_merged_in_gives_no_number() -> None:
    """OCR ran footnote 2 into footnote 1 ('... plan. 2..Held ...'): the list read shows one footnote but
    the form has more, so a smeared marker gets no number."""
    rows = "Common Stock    05/03/2021     S       1,500?)     D     $12.50      8,500     D\n"
    doc = read_text(_rows(rows, "1. Sold under a Rule 10b5-1 plan. 2..Held by a family trust.\n"))
    (row,) = doc.non_derivative_transactions
    assert "transaction_shares" not in row.footnote_ids


def test_price_with_its_decimal_point_read_as_a_comma_before_a_marker() -> None:
    """OCR reads a price's decimal point as a comma ('$4,95(12)'): two digits after a comma are no
    thousands group, so it is $4.95 (uncertain, as every OCR price nothing confirms); the marker stays."""
    rows = "Common Stock    05/03/2021     P       1,500     A     $4,95(2)      8,500     D\n"
    doc = read_text(_rows(rows, "1. Held directly.\n2. Weighted average price.\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_price_per_share is not None and str(row.transaction_price_per_share) == "4.95"
    assert row.footnote_ids.get("transaction_price_per_share") == ["F2"]
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields
