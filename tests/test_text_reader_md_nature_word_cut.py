"""PyMuPDF4LLM markdown: a one-line nature of ownership cut inside a word at a guessed column edge,
right after the ownership form's letter ('I' | 'By Fam' | 'ily Trust'). Typed here in the pattern's
shape, not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def _nature(row: str) -> str | None:
    (r,) = read_text(MD_FORM4.replace(MD_T1_ROW, row)).non_derivative_transactions
    return r.nature_of_ownership


def test_word_end_in_the_next_cell_goes_back_on_the_nature() -> None:
    assert _nature("|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|By Fam|ily Trust|\n") == "By Family Trust"


def test_capitalised_next_cell_is_not_a_word_end() -> None:
    """A next cell starting with a capital is a word of its own (the edge fell between words)."""
    assert _nature("|Common<br>Stock|05/03/2021||G|1,500|D|$0|8,500|I|By Family|Trust|\n") == "By Family Trust"
