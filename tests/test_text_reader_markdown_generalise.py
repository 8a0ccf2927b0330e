"""PyMuPDF4LLM markdown: rules of the form's layout found on the probe folders (tuning forms
re-rendered at other page geometries, and recombined into unusual shapes); each on a small
fixture typed here, in the shape of the pattern, not copied from a document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2


def test_date_cut_inside_its_day_is_the_pieces_joined_as_they_stand() -> None:
    """A column edge cut the date inside its day ('05/1' | '3/2021'): cells cut at guessed edges
    share no characters, so the date is the pieces joined as they stand (05/13/2021), not month and
    day read from the first piece alone (05/01/2021); assembled, so uncertain."""
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, "|Common<br>Stock|05/1|3/2021||S<br>1,500|D<br>$12.50||8,500|D|||\n"))
    (row,) = doc.non_derivative_transactions
    assert row.transaction_date == date(2021, 5, 13)
    assert row.transaction_shares == Decimal("1500")
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_date" in doc.extraction.uncertain_fields


def test_title_par_value_wrapped_into_a_row_of_its_own_goes_on_with_the_title() -> None:
    """The title's wrapped lines came as a row of their own under the data row, the par value cut
    at a column edge ('Stock, par<br>value $0.0' | '<br>01', every other cell empty): a dollar
    figure among title words is the par value, not a value of a new row; the lines go on with the
    title above (no holding row is made of them)."""
    row = ("|Common|05/03/2021||S<br>1,500|D<br>$12.50||8,500|D|||\n"
           "|Stock, par<br>value $0.0|<br>01|||||||||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock, par value $0.001"
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))
    assert doc.non_derivative_holdings == []




def test_table2_row_continued_on_the_next_page_goes_on_cell_by_cell() -> None:
    """A Table II row whose title and underlying title wrapped past the page's end: the next page's
    table opens with the lines left, in the same columns ('Option<br>(right to buy)' under the
    title, 'Stock' under the underlying title 'Common', every other cell empty). Each goes on with
    the cell above it, not all onto the title."""
    rows = (MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Stock|$4.32|07/08/2020|M|856|(1)|12/14/2028|Common|856|$0.00|181,854|D|\n\n\n"
            "|Option<br>(right to buy)|||||||Stock|||||\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    (t,) = doc.derivative_transactions
    assert t.security_title == "Stock Option (right to buy)"
    assert t.underlying_security_title == "Common Stock"
    assert (t.transaction_shares, t.shares_owned_following_transaction) == (Decimal("856"), Decimal("181854"))


def test_issuer_name_wrapped_with_its_ticker_onto_a_second_line() -> None:
    """Box 2's long name filled its first line ('GRAND WI' | 'DGET HOLD' | 'INGS FUN' | 'D,') and its
    rest and ticker wrapped onto the line under it, cut too ('INC. [ GW' | 'F ]'): the second line
    goes on after the first, the ticker read from it."""
    head = ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
            "iddle)|2. Issuer N<br>**GRAND WI**<br>**INC. [ GW**<br>3. Date of|ame and Tick<br>**DGET HOLD**<br>"
            "**F ]**<br>Earliest Trans|er or Trading Sy<br>**INGS FUN**<br>action (Month/D|**D,**|"
            "5. Relationship of Reporting Person(s) to Issuer|\n")
    text = MD_FORM4.replace(MD_FORM4.splitlines()[4] + "\n", head)
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("GRAND WIDGET HOLDINGS FUND, INC.", "GWF")


def test_nature_run_past_the_page_end_as_a_paragraph_goes_on_with_the_nature() -> None:
    """The last row's nature of ownership ran past the page's end and its last line came as a
    paragraph of its own under the table ('Remainder Trust II'), before the footnotes' heading:
    the row's title has ended ('Class B Common Stock') and the row ends with the form letter 'I' and
    the nature, so the words go on with the nature, not the title."""
    rows = (MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Class B<br>Common<br>Stock|$0.00||||(1)|(1)|Class A<br>Common<br>Stock|2,500||2,500|I|"
            "Family Pacific<br>2019<br>Charitable|\n\n\n\nRemainder Trust II \n")
    doc = read_text(MD_FORM4.replace(MD_T2, rows))
    (h,) = doc.derivative_holdings
    assert h.security_title == "Class B Common Stock"
    assert h.nature_of_ownership == "Family Pacific 2019 Charitable Remainder Trust II"
    assert h.shares_owned_following_transaction == Decimal("2500")


def test_title_cut_into_two_stacked_cells_with_a_lone_period_piece() -> None:
    """A title of three lines cut into two stacked cells, the date under the second's pieces
    ('Acme Re<br>Estate In<br>Trust, Inc' | 'al<br>come<br>.<br>05/03/' | '2021'): the lone '.'
    (the end of 'Inc.') is a piece of the third line like the words above it, so the lines are
    put back and the date found; the row was lost."""
    row = ("|Acme Re<br>Estate In<br>Trust, Inc|al<br>come<br>.<br>05/03/|2021||P<br>1,5|00<br>A<br>$9||"
           "1,500|D|||\n")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Acme Real Estate Income Trust, Inc."
    assert (t.transaction_date, t.transaction_code, t.transaction_shares) == (date(2021, 5, 3), "P", Decimal("1500"))


def test_form3_table2_heading_cut_into_the_last_holding_row() -> None:
    """A Form 3's Table II heading ('Table II - Derivative Securities Beneficially Owned (e.g., ...)',
    no 'Acquired, Disposed of') printed in the cells of Table I's last holding row, cut anywhere
    ('**Table I**' | '**I - Derivative Se**' | '**curities Beneficia**' | ...): every slice is the
    heading's, none is left on the row's title."""
    row = ("|Common Stock, par<br>|value $0.01 per shar<br>**Table I**<br>|e<br>**I - Derivative Se**<br>|"
           "**curities Beneficia**<br>|8,500<sup>(1)</sup><br>**lly Owned (e.g., puts, c**<br>|D<br>"
           "**alls, warrants, options, co**<br>|**nvertible securities)**<br>||\n")
    text = MD_FORM4.replace(MD_T1_ROW, row).replace(MD_T2, "")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Stock, par value $0.01 per share"
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("8500"), "D")


def test_officer_title_under_the_other_label_cut_after_two_letters() -> None:
    """Box 5's labels stacked in one cell, 'Other (specify below)' cut at the column edge after its
    first letters ('Ot' | 'er (specify below)'): the bold line under it is still the title written
    under the checked Officer box."""
    head = ("|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>"
            "iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "5. Relationship of Reporting Person(s) to Issuer<br>Director<br>X Officer (give title below)<br>Ot<br>"
            "**Vice President and Controller**|10% Owner<br>er (specify below)|\n")
    doc = read_text(MD_FORM4.replace(MD_FORM4.splitlines()[4] + "\n", head))
    (o,) = doc.reporting_owners
    assert o.is_officer is True
    assert o.officer_title == "Vice President and Controller"
