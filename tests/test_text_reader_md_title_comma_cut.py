"""PyMuPDF4LLM: a title column cut at a guessed edge into two stacked cells, one piece starting at
the comma of ', Inc.'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4


def test_title_pieces_starting_with_a_comma_go_on_with_their_lines() -> None:
    """'Acme W<br>Holdings<br>common' | 'idget<br>, Inc.<br>stock' | '09/30/2019': the second cell's
    pieces ('idget', ', Inc.', 'stock') finish the lines beside them (no date starts with a comma),
    two whole title words stay apart, and the row is a transaction on its date."""
    row = "|Acme W<br>Holdings<br>common|idget<br>, Inc.<br>stock|09/30/2019||J||2,440|A|$30.47||7,320|D|||\n"
    doc = read_text(MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative"))
    assert not doc.non_derivative_holdings
    t = doc.non_derivative_transactions[-1]
    assert t.security_title == "Acme Widget Holdings, Inc. common stock"
    assert (t.transaction_date, t.transaction_code, t.transaction_shares) == (date(2019, 9, 30), "J", Decimal("2440"))
    assert (t.transaction_price_per_share, t.shares_owned_following_transaction) == (Decimal("30.47"), Decimal("7320"))


def test_title_piece_ending_a_par_value_goes_on_with_its_line() -> None:
    """'Common<br>Par Valu<br>per share' | 'Stock<br>e $0.01' | '12/31/2019': the piece finishing
    'Valu' with the par amount goes on with its line, and the row is a transaction on its date."""
    row = ("|Common<br>Par Valu<br>per share|Stock<br>e $0.01<br> <br>|12/31/2019||J<br>230.477<br>A<br>$0.00||"
           "47,109|D|||\n")
    doc = read_text(MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative"))
    assert not doc.non_derivative_holdings
    t = doc.non_derivative_transactions[-1]
    assert t.security_title == "Common Stock Par Value $0.01 per share"
    assert (t.transaction_date, t.transaction_shares) == (date(2019, 12, 31), Decimal("230.477"))


def test_holding_title_cut_into_two_stacked_cells_before_its_amount() -> None:
    """A holding row's title cut into two stacked cells, every line of the second a piece of the
    title, the amount next ('Common<br>Par Valu<br>per share' | 'Stock<br>e $0.01' | ... | '10<br>I'):
    the title is put back together, the amount is the amount owned."""
    row = "|Common<br>Par Valu<br>per share|Stock<br>e $0.01<br>||||||10<br>I|by w|ife|\n"
    doc = read_text(MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative"))
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Stock Par Value $0.01 per share"
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("10"), "I")


def test_par_amount_cut_inside_its_digits_goes_on_with_its_line() -> None:
    """'Common<br>Stock, $0.<br>par value' | '01<br>12/16/' | '2019': the cents stacked over the date
    finish the title's dollar line (a date never needs them), and the date is read whole."""
    row = "|Common<br>Stock, $0.<br>par value|01<br>12/16/|2019||G|8,607|D|$0||183,147|D||||\n"
    doc = read_text(MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative"))
    t = doc.non_derivative_transactions[-1]
    assert t.security_title == "Common Stock, $0.01 par value"
    assert (t.transaction_date, t.transaction_shares) == (date(2019, 12, 16), Decimal("8607"))


def test_par_amount_fraction_cut_off_goes_on_with_its_line() -> None:
    """'Stock, $1' | '2/3<br>08/07' | '/2019': the fraction of '$1 2/3' over the date's start is the
    title's, the date after it whole."""
    row = "|Common<br>Stock, $1<br>Par Value|2/3<br>08/07|/2019||G|2,475|A|$0||474,419|I||\n"
    doc = read_text(MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative"))
    t = doc.non_derivative_transactions[-1]
    assert t.security_title == "Common Stock, $1 2/3 Par Value"
    assert (t.transaction_date, t.shares_owned_following_transaction) == (date(2019, 8, 7), Decimal("474419"))
