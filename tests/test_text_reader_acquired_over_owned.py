"""A row that acquired more shares than it owns after the transaction: one of the two amounts lost
a separator in extraction ('4.422' read '4422', seen on the legal-size probe folder), so both are
listed uncertain rather than given as read."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_more_acquired_than_owned_is_uncertain() -> None:
    row = "|Common<br>Stock|05/03/2021||A|4422|A|$27.50|4335.633|D||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    assert doc.extraction is not None
    for f in ("transaction_shares", "shares_owned_following_transaction"):
        assert f"non_derivative_transactions[0].{f}" in doc.extraction.uncertain_fields
