"""OCR on a grid: box 5's '10% Owner' label as a smaller type leaves it ('10 % Owner'), or with its
check box glued to it ('L]10% Owner', '|110% Owner'): the box still reads."""

from __future__ import annotations

import pytest

from section16.readers.text import read_text
from text_forms import OCR_BOX5, at


@pytest.mark.parametrize("label", ["Director  L]10% Owner", "Director  |110% Owner", "Director  j  10 % Owner"])
def test_ocr_ten_percent_box_read_empty_beside_a_spaced_or_glued_label(label: str) -> None:
    """The 10% Owner box reads empty whether OCR spaced the label's '%' off or glued the box to it; the
    officer's title is read as before and Director stays unread (its mark lost, uncertain)."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((99, label)))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_ten_percent_owner is False
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_director is None


@pytest.mark.parametrize("label", ["  rector j    10% Owner", " irector j    10% Owner"])
def test_ocr_director_label_missing_its_first_letters_still_anchors_box5(label: str) -> None:
    """'rector' for 'Director' (OCR lost its first letters) on the line of '10% Owner' is box 5's label:
    without it the group was not found and the officer's title written under it was lost."""
    text = OCR_BOX5.replace(at((99, "Director j    10% Owner")), at((97, label)))
    (owner,) = read_text(text).reporting_owners
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_director is None
