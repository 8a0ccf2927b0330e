"""PyMuPDF4LLM: Table II's '(D)' heading cut into one cell with the next column's ('(D)<br>Date<br>
Exercisa'): an amount in that cell is not read as a disposition."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2


def test_amount_in_a_d_heading_cell_shared_with_date_exercisable_is_not_read_as_d() -> None:
    """The '(D)' heading shares its cell with 'Date Exercisable': a grant's amount in that cell may
    stand in either column, so (A)/(D) is not read from the cell; the grant code A says A (uncertain)."""
    rows = ("|||Code<br>V<br>(A)|(D)<br>Date<br>Exercisa|ble|Expiration<br>Date|Title|Amount|||\n"
            "|Stock|(7) 03/05/2020|A|457|(8)<br>(8)<br>Common|457|$76.45|4,473<br>D|\n")
    doc = read_text(MD_FORM4.replace(MD_T2, MD_T2 + rows))
    (t,) = doc.derivative_transactions
    assert (t.transaction_code, t.transaction_shares) == ("A", Decimal("457"))
    assert t.transaction_acquired_disposed_code == "A"
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields
