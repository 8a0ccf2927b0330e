"""PyMuPDF4LLM markdown: a Table I row cut by a page's end, the title's last line and the nature's
last lines coming back as a row of their own on the next page ('|Stock|||...|held by ...|', every
other cell empty): each goes on with its column in the row above. Typed here in the pattern's
shape (seen on the 10 pt probe folder), not copied from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2, MD_T2_HEAD


def test_title_and_nature_run_on_past_the_page_go_back_on_the_row() -> None:
    rows = ("|Class A<br>Common|12/05/2019||G|444|D|$0||11,417|I|proportionate limited<br>partnership interests in"
            " shares|\n\n\n\n|Stock||||||||held by Acme Associates II,<br>L.P.|\n"
            "|---|---|---|---|---|---|---|---|---|\n"
            "|Class A<br>Common<br>Stock|12/05/2019|G|222|A|$0|8,638|I|By Trust|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    first, second = doc.non_derivative_transactions
    assert first.security_title == "Class A Common Stock"
    assert first.nature_of_ownership == ("proportionate limited partnership interests in shares held by Acme "
                                         "Associates II, L.P.")
    assert first.shares_owned_following_transaction == Decimal("11417")
    assert (second.security_title, second.transaction_shares) == ("Class A Common Stock", Decimal("222"))


def test_nature_run_on_cut_into_cells_of_the_next_pages_columns() -> None:
    """The next page's table has other columns, so the nature's last lines came cut into three
    cells ('held<br>L.P.' | 'by Acme' | 'Associates IV,'): put back line by line, they go on with
    the nature above."""
    rows = ("|Class A<br>Common<br>Stock|||||||634|I|proportionate limited<br>partnership interests in shares|\n\n\n"
            "||||||||||held<br>L.P.|by Acme|Associates IV,|\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    (h,) = doc.non_derivative_holdings
    assert h.nature_of_ownership == ("proportionate limited partnership interests in shares held by Acme "
                                     "Associates IV, L.P.")
    assert h.shares_owned_following_transaction == Decimal("634")




def test_data_row_taken_for_a_new_tables_heading_its_text_lines_below() -> None:
    """A page's last holding row printed as a new table's heading row, its columns' next lines in
    rows below the separator, cell for cell ('|Subordinated Convertible||par value $0.01|||Partners,
    LP<sup>(1)</sup>|', '|Debentures||per share||||'): each goes on with the cell above it."""
    rows = ("|12% Senior Secured<br>(8)|12/31/2020|Common Stock,|1,515,152<sup>(8)</sup>|$0.33<sup>(8)</sup>|"
            "I<br>By Acme Antithesis|\n|---|---|---|---|---|---|\n"
            "|Subordinated Convertible||par value $0.01|||Partners, LP<sup>(1)</sup>|\n"
            "|Debentures||per share||||\n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2_HEAD + rows))
    (h,) = doc.derivative_holdings
    assert h.security_title == "12% Senior Secured Subordinated Convertible Debentures"
    assert h.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert h.nature_of_ownership == "By Acme Antithesis Partners, LP"
    assert h.underlying_security_shares == Decimal("1515152")
