"""PyMuPDF4LLM markdown: a Table II row whose text columns wrapped past the page's end, the
next page's table opening with their last lines (shapes seen on the probe folders); each on
a small fixture typed here."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2


def test_wrapped_title_word_goes_before_the_amount_stacked_under_the_underlying_title() -> None:
    """The underlying title and its amount share a cell ('Common<br>1,856'), the title's last word
    ('Stock') opening the next page's table in that cell: the word goes on with the title, before
    the amount; the price, owned-following amount and form letter keep their columns."""
    rows = (MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Stock|$4.32|07/08/2020|M|856|(1)|12/14/2028|Common<br>1,856|$0.00|181,854|D|\n\n\n"
            "|Option<br>(right to buy)|||||||Stock||||\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    (t,) = doc.derivative_transactions
    assert t.underlying_security_title == "Common Stock"
    assert t.underlying_security_shares == Decimal("1856")
    assert (t.shares_owned_following_transaction, t.direct_or_indirect_ownership) == (Decimal("181854"), "D")
    assert t.nature_of_ownership is None


def test_no_par_value_wrapped_before_the_amount_and_price_stacked_under_the_title() -> None:
    """The underlying title's cell stacks its amount and the next column's price under it
    ('Common<br>1,484.0000 $51.69'), its wrapped 'Stock, no par value' opening the next page:
    the words go before the amount, and the amount after 'value' is no par value's figure but
    column 7's amount."""
    rows = (MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Stock|$4.32|07/08/2020|M|1,484.0000|(1)|12/14/2028|Common<br>1,484.0000 $51.69|0.0000|D|\n\n\n"
            "|Option|||||||Stock, no par<br>value|||\n|---|---|---|---|---|---|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    (t,) = doc.derivative_transactions
    assert t.underlying_security_title == "Common Stock, no par value"
    assert t.underlying_security_shares == Decimal("1484")
    assert (t.shares_owned_following_transaction, t.direct_or_indirect_ownership) == (Decimal("0"), "D")
    assert t.nature_of_ownership is None




def test_nature_marker_alone_on_the_wrapped_line_goes_on_with_the_nature() -> None:
    """A holding row whose title's last word and the nature's marker wrapped onto a line of their
    own ('|Stock|...|(1)|', the nature's words ended above): the word goes on with the title, the
    marker with the nature, as the other cells' wrapped words do."""
    rows = MD_T1_ROW + "|Common<br>|||||||1,526|I|By Spouse's 401(k)<br>|\n|Stock|||||||||(1)|\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    (h,) = doc.non_derivative_holdings
    assert (h.security_title, h.shares_owned_following_transaction) == ("Common Stock", Decimal("1526"))
    assert (h.direct_or_indirect_ownership, h.nature_of_ownership) == ("I", "By Spouse's 401(k)")
    assert h.footnote_ids.get("nature_of_ownership") == ["F1"]
