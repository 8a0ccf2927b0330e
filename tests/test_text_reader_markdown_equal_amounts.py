"""PyMuPDF4LLM markdown: a Table II holding row whose column 7 amount and column 9 amount owned
are the same small number in two cells ('563' | '563<br>D'): the form groups thousands, so the
two are not one number's pieces ('563563'). Typed here in the pattern's shape, not copied."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2, MD_T2_HEAD


def _holding(row: str) -> tuple[Decimal | None, Decimal | None]:
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + row))
    (h,) = doc.derivative_holdings
    return h.underlying_security_shares, h.shares_owned_following_transaction


def test_two_equal_ungrouped_amounts_in_two_cells_are_two_columns() -> None:
    """A page's last row in a table of three cells, the title, markers and underlying title stacked in
    the first ('Class B<br>(1)<br>(1)<br>(1)<br>Class A' | '563' | '563<br>D', the titles' other words
    in rows of their own under it): 563 underlying, 563 owned."""
    row = ("|Class B<br>(1)<br>(1)<br>(1)<br>Class A|563|563<br>D|\n|---|---|---|\n|Common<br>Common|||\n"
           "|Stock<br>Stock|||\n")
    assert _holding(row) == (Decimal("563"), Decimal("563"))


def test_grouped_amount_cut_in_two_cells_stays_one_number() -> None:
    """'3,6' | '83' and the amount owned after: the cut amount is joined as before."""
    row = "|Class B<br>Common<br>Stock|(1)|||||(1)<br>(1)|Class A<br>Common<br>Stock|3,6|83|3,683|D||\n"
    assert _holding(row) == (Decimal("3683"), Decimal("3683"))


def test_two_stacked_titles_go_on_line_by_line() -> None:
    """The same row: the rows of their own under it ('Common<br>Common', 'Stock<br>Stock') hold one
    line per title, the k-th going on with the k-th title (not all onto the underlying title)."""
    row = ("|Class B<br>(1)<br>(1)<br>(1)<br>Class A|563|563<br>D|\n|---|---|---|\n|Common<br>Common|||\n"
           "|Stock<br>Stock|||\n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + row))
    (h,) = doc.derivative_holdings
    assert (h.security_title, h.underlying_security_title) == ("Class B Common Stock", "Class A Common Stock")
