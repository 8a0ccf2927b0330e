"""PyMuPDF4LLM markdown: box 5's check marks when the column edges cut its labels into pieces
too short to name them; on a small fixture typed here."""

from __future__ import annotations

from section16.readers.text import read_text
from test_text_reader_markdown_cut_title import _MD3, _ROW

_BOX5 = "|4. Relationship of Reporting Person(s) to Issuer<br>X Director|"


def test_x_beside_a_one_letter_piece_between_director_and_officer_is_ten_percent_owner() -> None:
    """'Di<br>X rector<br>X w<br>X Officer (give title belo' | 'ner<br>w)<br>Other (spec': the 'w' left
    of '10% Owner' names no label alone, but its slice lies between Director's and Officer's, the
    place of 10% Owner (box 5 prints Director and 10% Owner on one line, Officer and Other on the
    next): all three boxes are checked, Other is not."""
    cut = ("|4. Relationship of Reporting Person(s) to Issuer<br>(Check all applicable)<br>Di<br>X rector<br>X w<br>"
           "X Officer (give title belo<br>**Chief Executive**|ner<br>w)<br>Other (spec|ify below)|")
    text = _MD3.replace("ROW", _ROW).replace(_BOX5, cut).replace("|---|---|---|---|", "|---|---|---|---|---|---|")
    (r,) = read_text(text).reporting_owners
    assert (r.is_director, r.is_ten_percent_owner, r.is_officer, r.is_other) == (True, True, True, False)
    assert r.officer_title == "Chief Executive"
