"""PyMuPDF4LLM markdown: a Table II holding row taken for a new table's heading (the separator under
it), its text columns' next lines in rows below, cell for cell; a nature's line opening with a year
('2019<br>Charitable<br>Trust') is text, not a row's value. Typed here in the pattern's shape (seen on
the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2


def test_rest_rows_with_a_year_line_go_on_with_the_row() -> None:
    table2 = (MD_T2 + "\n\n\n|Class B|$0.00|(1)<br>(1)|Class A|700|700<br>|I<br>Roe|\n"
              "|---|---|---|---|---|---|---|\n"
              "|Common|||Common|||Family|\n"
              "|Stock|||Stock|||2019<br>Charitable<br>Trust|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, table2))
    (h,) = doc.derivative_holdings
    assert (h.security_title, h.underlying_security_title) == ("Class B Common Stock", "Class A Common Stock")
    assert h.nature_of_ownership == "Roe Family 2019 Charitable Trust"


def test_rest_row_title_word_goes_under_the_title_not_after_the_amount() -> None:
    """The underlying title stacked over its amount in one cell ('Common<br>40,292'): the rest row's
    'Stock' goes under 'Common', not after the amount (it was read as the nature: 'Stock 40,292 D')."""
    table2 = (MD_T2 + "\n\n\n|Restricted|$0.00|03/01/2018 03/01/2021|Common<br>4,000|4,000<br>D|\n"
              "|---|---|---|---|---|\n"
              "|Stock<br>Units|||Stock||\n")
    doc = read_text(MD_FORM4.replace(MD_T2, table2))
    (h,) = doc.derivative_holdings
    assert (h.security_title, h.underlying_security_title) == ("Restricted Stock Units", "Common Stock")
    assert (h.direct_or_indirect_ownership, h.nature_of_ownership) == ("D", None)
