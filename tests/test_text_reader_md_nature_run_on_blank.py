"""PyMuPDF4LLM markdown: a nature of ownership cut into two cells ending in an empty line
('Compa<br>' | 'ny<br>'), its next line a row of its own under them ('|...|Sponso|red 401k|'): the
empty line is no line of the nature, so the lines read in order. Typed here in the pattern's shape
(seen on the 92% zoom probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_run_on_row_after_cells_ending_in_an_empty_line() -> None:
    row = ("|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|Emplo<br>|yee<br>|\n"
           "||||||||||Savin|gs Plan|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_transactions
    assert r.nature_of_ownership == "Employee Savings Plan"


def test_one_cell_run_on_under_a_form_letter_stacked_with_its_amount() -> None:
    """The title's last word and the nature's next line in a row of their own ('|Stock|...|401(k)|'),
    one cell under the nature's first cell, the form's letter under the amount in one cell
    ('1,526.1042<br>I'): both lines go on with the row above."""
    row = ("|Common|||||||1,526.1042<br>I|By Spou|se's|\n"
           "|Stock||||||||401(k)<sup>(1)</sup>||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_holdings
    assert r.security_title == "Common Stock"
    assert r.nature_of_ownership == "By Spouse's 401(k)"
    assert r.footnote_ids.get("nature_of_ownership") == ["F1"]
