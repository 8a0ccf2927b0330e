"""PyMuPDF4LLM markdown: a two-line title cut at a guessed column edge, its par value cut inside its
cents ('Common St<br>value $0.00' | 'ock, par<br>1'): the '1' is the par value's last digit, not the
row's value, so the row keeps its date and amounts (it was read as a holding). Typed here in the
pattern's shape (seen on the legal-size probe folder), not copied from a document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_par_value_cents_cut_after_their_first_digits() -> None:
    row = "|Common St<br>value $0.00|ock, par<br>1|05/03/2021|A<sup>(1)</sup>|1,50|0<br>A|$0||8,500|D|||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    assert not doc.non_derivative_holdings
    (r,) = doc.non_derivative_transactions
    assert r.security_title == "Common Stock, par value $0.001"
    assert r.transaction_date == date(2021, 5, 3)
    assert r.shares_owned_following_transaction == Decimal("8500")
