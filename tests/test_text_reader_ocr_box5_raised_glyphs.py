"""OCR on a grid: a box 5 check box printed a little taller than its label lands on a line of its own
above the label line, at the box's column. It belongs to the label just right of that column, not to
whatever opens the next line."""

from __future__ import annotations

import pytest

from section16.readers.text import read_text
from test_text_reader_ocr_poor_boxes import _form, _poor
from text_forms import OCR_BOX5, at, ocr_tab_box1


@pytest.mark.parametrize("glyphs", [((126, "[X]"),), ((99, "LJ"), (126, "[X]"))])
def test_ocr_raised_x_over_the_other_label_is_the_other_box(glyphs: tuple[tuple[int, str], ...]) -> None:
    """'[X]' (or 'LJ ... [X]') over 'Officer (give title below)  Other (specify below)': the X (overlapping
    the end of the Officer label on OCR's rough grid) is Other's box; read in line order it stood before
    'Officer' and checked it, silently."""
    text = OCR_BOX5.replace(at((99, "Officer (give    L]")), "").replace(
        at((99, "Director j    10% Owner")), at((96, "L] Director j    10% Owner"))).replace(
        at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        at((0, "1 MAIN ST"), (48, "05/03/2021"), *glyphs)
        + at((102, "Officer (give title below)"), (130, "Other (specify below)")),
    ).replace(at((0, "(Street)"), (99, "Chief Financial Officer")), at((0, "(Street)"), (99, "Portfolio Manager")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other) == (False, True)
    assert owner.other_text == "Portfolio Manager" and owner.officer_title is None


def test_ocr_raised_x_over_ten_percent_is_not_director() -> None:
    """An X raised over '10% Owner' on a line of its own, the next line opening with 'Director': the X is
    the 10% Owner box's (its column), not Director's (the next word in line order)."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((110, "X")) + at((99, "Director      10% Owner")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.is_ten_percent_owner is True
    assert owner.is_director is not True


def test_ocr_glyph_line_with_a_word_is_left_alone() -> None:
    """A line above the labels holding a word besides the glyphs ('See' at box 5's column) is no line of
    raised boxes: nothing is moved and the officer's title is read as before."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((99, "See"), (110, "X"))
                            + at((99, "Director      10% Owner")))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"


def test_ocr_title_with_every_box_read_empty_leaves_director_unread() -> None:
    """OCR'd tab cells, no X read, the 10% Owner, Officer and Other boxes all read empty ('j', 'L]', 'L]'),
    but a title is written under the labels: the Officer box's X was lost (read as its sides), so the boxes
    say nothing of Director. It stays unread instead of inferred checked; the 10% Owner box reads empty."""
    doc = read_text(ocr_tab_box1([
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% Owner",
        "1 MAIN STREET\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)\tChief Financial Officer",
        "BOSTON MA 02110\t3. Date of Earliest Transaction (Month/Day/Year)",
        "(City) (State) (Zip)\t05/03/2021",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_director is None
    assert owner.is_ten_percent_owner is False
    assert doc.extraction is not None and "reporting_owners[0].is_ten_percent_owner" in doc.extraction.uncertain_fields


def test_ocr_poor_scan_label_word_above_director_is_no_glyph() -> None:
    """A poor scan, no glyph left of 'Director' while the 10% Owner box reads empty: Director unchecked
    (uncertain). A label's word on the line above ending at Director's column ('(Cheek' of '(Check all
    applicable)') is no box glyph and does not stop that reading."""
    box5 = (at((98, "(Check all"), (110, "C1"))
            + at((104, "Director"), (115, "10% Owner"))
            + at((104, "L] Officer (give title below)"), (134, "L] Other (specify below)"))
            + at((104, "Chief Financial Officer")))
    doc = read_text(_poor(_form(box5)))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner) == (False, True, False)
    assert doc.extraction is not None and "reporting_owners[0].is_director" in doc.extraction.uncertain_fields


def test_ocr_raised_x_with_a_speck_overlapping_its_label_start() -> None:
    """A poor scan: a speck read as '.' beside the raised '[x]', the box overlapping the start of '10% Owner'
    by a column on OCR's rough grid: still the 10% Owner box's X, not Director's."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((106, "."), (109, "[x]"))
                            + at((99, "Director      10% Owner")))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_ten_percent_owner is True
    assert owner.is_director is not True
