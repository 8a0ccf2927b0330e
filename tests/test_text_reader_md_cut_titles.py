"""PyMuPDF4LLM: a row's title cut at a guessed column edge or run past the table, put back
together before the row is decoded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2


def test_title_run_past_the_table_goes_before_the_date_stacked_under_it() -> None:
    """A Table II row whose cell stacks the title's first words over column 2's marker and the
    transaction date ('Common<br>Stock<br>(4) 05/08/2020'), the title's rest printed as a paragraph
    below the table: the rest goes on with the title, before the marker and date, so the row is
    still a transaction (it was read as a holding, its date as the exercisable date)."""
    row = ("|Common<br>Stock<br>(4) 05/08/2020||A|3.1098|(4)<br>(4)|Common<br>Stock<br>3.1098|$76.77|2,987.3|"
           "312<br>D||\n\n\n\nEquivalents subject to the Amended and Restated \n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2 + row))
    assert doc.derivative_holdings == []
    (t,) = doc.derivative_transactions
    assert t.security_title == "Common Stock Equivalents subject to the Amended and Restated"
    assert (t.transaction_date, t.transaction_code, t.transaction_shares) == (date(2020, 5, 8), "A", Decimal("3.1098"))
    assert t.shares_owned_following_transaction == Decimal("2987.3312")


def test_par_value_amount_cut_off_alone_goes_back_after_its_dollar_sign() -> None:
    """A two-line title cut at an edge whose par amount alone went into the next cell ('Common S<br>par
    value $ per share' | 'tock,<br>0.001'), the date in the cell after: the amount goes back after
    the '$' and the row is a transaction (it was read as a holding of 0.001 shares)."""
    row = "|Common S<br>par value $ per share|tock,<br>0.001|05/22/2020||A|53.976<sup>(1)</sup>|A|$0|77|5.25|D|||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    assert doc.non_derivative_holdings == []
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock, par value $0.001 per share"
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("53.976"), Decimal("775.25"))


def test_holding_title_word_cut_on_its_first_line_of_two() -> None:
    """A holding row's two-line title cut inside its first line's last word ('Class B Co<br>Stock' |
    'mmon'), an amount next: the piece finishes that word ('Class B Common Stock', was 'Class B Co
    Stock mmon')."""
    row = "|Class B Co<br>Stock|mmon|||||||2,738|,726|D|||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Class B Common Stock"
    assert h.shares_owned_following_transaction == Decimal("2738726")


def test_title_cut_in_two_cells_with_its_markers_before_the_date() -> None:
    """A title cut into two stacked cells whose second cell ends with the title's raised markers
    ('Common<br>Par Value<br>Per Share' | 'Stock<br>$0.10<br> <sup>(1)(2)</sup>'), the date next: the
    pieces are put back line by line and the markers stay the title's (was 'Common Stock Par', its
    markers lost)."""
    row = ("|Common<br>Par Value<br>Per Share|Stock<br>$0.10<br> <sup>(1)(2)</sup><br>|08/04/2020||A<br>7,195<br>A<br>"
           "$0||14,9|59<br>D|||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock Par Value $0.10 Per Share"
    assert t.footnote_ids.get("security_title") == ["F1", "F2"]
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("7195"), Decimal("14959"))


def test_row_going_on_in_a_line_cut_as_the_row_was() -> None:
    """A row whose title and nature were cut into two cells each and joined, going on in the next
    table line cut the same way ('Restated' | 'Plan' under the title's cells, 'is trustee)' under the
    nature's second cell): the line's pieces are joined as the row's were, so the title ends 'Restated
    Plan' and the nature 'is trustee)' (both were lost)."""
    row = ("|Common<br>subject to<br>Amended|Stock<br>the<br>and|05/22/2020||P<br>200|A|$5.1||16,539|I|"
           "Held by Grantor<br>Annuity Trust da<br>15, 2011 (Repo|Retained<br>ted March<br>rting Person|\n"
           "|Restated|Plan|||||||||is trustee)||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert (t.security_title or "").endswith("Restated Plan")
    assert t.nature_of_ownership == ("Held by Grantor Retained Annuity Trust dated March 15, 2011 (Reporting Person "
                                     "is trustee)")
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("200"), Decimal("16539"))


def test_amount_cut_at_two_column_edges_is_joined_whole() -> None:
    """An amount cut at two guessed edges into three cells ('J<br>8,8' | '6' | '9' | 'A'): the pieces
    make one amount, 8,869 (the row lost its amount, price and A/D)."""
    row = "|Common<br>Stock|09/30/2019|09/30/2019|J<br>8,8|6|9|A|$30.47||26,607|D|||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert (t.transaction_shares, t.transaction_acquired_disposed_code, t.transaction_price_per_share) == (
        Decimal("8869"), "A", Decimal("30.47"))
    assert t.shares_owned_following_transaction == Decimal("26607")
