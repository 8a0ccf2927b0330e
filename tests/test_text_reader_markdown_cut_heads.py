"""PyMuPDF4LLM markdown: Table II's underlying title stacked in a cell and cut at a guessed column
edge right after its lines' first letters, or one line's last word cut with its end alone in the
next cell (shapes seen on the 92% zoom probe folder); typed here in the pattern's shape, not copied
from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2, MD_T2_HEAD


def _underlying(row: str) -> tuple[str | None, Decimal | None]:
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + row))
    (t,) = doc.derivative_transactions
    return t.underlying_security_title, t.underlying_security_shares


def test_first_letters_ending_the_cell_before_go_back_onto_their_lines() -> None:
    """'(2)<br>C<br>C<br>S' | 'lass A<br>ommon<br>tock': each capital opens the line beside it."""
    row = ("|Class B<br>Common<br>Stock|$0|10/02/2015|C|16,670|(1)|(2)<br>C<br>C<br>S|lass A<br>ommon<br>tock|"
           "16,670|$0|21,109,310|D||\n")
    assert _underlying(row) == ("Class A Common Stock", Decimal("16670"))


def test_a_lines_cut_word_end_alone_in_the_next_cell_goes_back_onto_it() -> None:
    """'Comm<br>Stock' | 'on': the end completes the first line's word ('Common'), not the last's."""
    row = ("|Phantom<br>Stock<br>Unit|(2)|10/09/2020|A|89.7422|(1)|(1)|Comm<br>Stock|on|89.7422|$51.43|"
           "2,502.6653|D||\n")
    assert _underlying(row) == ("Common Stock", Decimal("89.7422"))


def test_a_lines_word_end_over_the_rows_next_values_goes_back_onto_it() -> None:
    """'Commo<br>Stock' | 'n<br>1,644.4356<br>$42.' | '85 ...': the word end opening the next cell,
    over the row's amount and price, completes the first line ('Common'); the values stay."""
    row = ("|SERP<br>Stock|(3)|03/01/2019|A|1,644.4|356<br>(3)|(3)|Commo<br>Stock|n<br>1,644.4356<br>$42.|"
           "85 11,792.2042|I|By<br>SERP|\n")
    assert _underlying(row) == ("Common Stock", Decimal("1644.4356"))
