"""OCR'd tab cells: box 5's Officer and Other boxes, printed a little taller than their labels, end the line
above as two glyph cells ('... | L] | [X]' over 'Officer (give title below) | Other (specify below)'). Read
in line order the Other box's X stood before 'Officer' and checked it, silently; each glyph goes back
before its own label."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import ocr_tab_box1


def _box1(glyphs: str) -> list[str]:
    return [
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% Owner",
        "1 MAIN STREET\t05/03/2021\t" + glyphs,
        "Officer (give . title below)\tOther (specify . below)",
        "(Street)\tMember of a Group",
        "BOSTON MA 02110\t6. Individual or Joint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]


def test_tab_raised_glyph_pair_goes_back_before_its_labels() -> None:
    doc = read_text(ocr_tab_box1(_box1("L]\t[X]")))
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other) == (False, True)
    assert owner.other_text == "Member of a Group" and owner.officer_title is None


def test_tab_one_glyph_cell_is_left_alone() -> None:
    """One glyph cell cannot be placed without columns: nothing moves (the line keeps its '[X]')."""
    doc = read_text(ocr_tab_box1(_box1("[X]")))
    assert len(doc.reporting_owners) == 1
