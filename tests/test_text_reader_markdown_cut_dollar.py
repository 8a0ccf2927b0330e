"""PyMuPDF4LLM markdown: a Table II price cut at a guessed column edge inside its digits, its head
ending a cell's stack and its rest opening the next cell ('Option<br>$5' | '1.6900 11/09/2020').
Read apart, the pieces gave two wrong values silently; they go back together when the whole
amount is printed elsewhere in the form. Typed here in the pattern's shape (seen on the 92% zoom
probe folder), not copied from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2, MD_T2_HEAD

_EXERCISE = "|Common<br>Stock|11/09/2020||M|1,484.0000|A|$51.6900||12,846.0000|D|||\n"
_OPTION = ("|Incentive<br>Stock<br>Option<br>$5|1.6900 11/09/2020||M|1,484.0000|02/26/2017|02/26/2024|Common<br>"
           "Stock|1,484.0000|$0|0|D||\n")


def test_price_cut_after_its_first_digit_goes_back_together() -> None:
    """'$5' under the option's title, '1.6900' opening the next cell, '$51.6900' printed as the
    exercise's price in Table I: the conversion price is $51.69 and the title keeps no '$5'."""
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, _EXERCISE).replace(MD_T2, MD_T2_HEAD + _OPTION))
    (t,) = doc.derivative_transactions
    assert t.security_title == "Incentive Stock Option"
    assert t.conversion_or_exercise_price == Decimal("51.69")
    assert t.transaction_shares == Decimal("1484")


def test_pieces_stay_apart_when_the_whole_is_printed_nowhere() -> None:
    """No '$51.6900' elsewhere: the pieces are not joined (the conversion price is not $51.69)."""
    exercise = _EXERCISE.replace("$51.6900", "$50.0000")
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, exercise).replace(MD_T2, MD_T2_HEAD + _OPTION))
    assert all(t.conversion_or_exercise_price != Decimal("51.69") for t in doc.derivative_transactions)


_HOLDING_ROW = "|Common<br>Stock|05/03/2021||S<br>1,500|D<br>$12.50||8,500|D|||\n"


def test_par_value_fraction_cut_into_a_holding_rows_next_cell() -> None:
    """A holding row whose par value '$1 2/3' was cut inside it, the fraction alone in the next
    cell and the amount further on ('Common<br>Stock, $1' | '2/3' | ... | '8,198.53'), the title's
    last line wrapped into a row of its own ('Par Value'): the fraction goes back onto the title."""
    rows = _HOLDING_ROW + "|Common<br>Stock, $1|2/3||||||8,198.53|I|By 401(k) Plan|\n|Par Value|||||||||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, rows))
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Stock, $1 2/3 Par Value"
    assert h.shares_owned_following_transaction == Decimal("8198.53")
