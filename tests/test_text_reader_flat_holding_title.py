"""A Table II holding row a table extractor printed flat, its markers stacked between the two
titles ('Class B (2) (2) (2) Class A 40,000 40,000 I ...'): the security title ends at the markers,
so column 7's title and amount are not soaked into it (was a silent exercise price of 40,000)."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import FLAT_T2_FORM, TAB_T2_HEAD

_ROW = (
    "Class B (2) (2) (2) Class A 40,000 40,000 I share of\n"
    "Common Common a family\n"
    "Stock Stock partnership\n"
)


def test_flat_holding_title_ends_at_its_markers() -> None:
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + _ROW))
    (h,) = doc.derivative_holdings
    assert h.security_title == "Class B Common Stock"
    assert h.underlying_security_title == "Class A Common Stock"
    assert h.conversion_or_exercise_price is None
    assert h.underlying_security_shares == Decimal("40000")
    assert h.shares_owned_following_transaction == Decimal("40000")
    assert h.footnote_ids.get("exercise_date") == ["F2"] and h.footnote_ids.get("expiration_date") == ["F2"]


def test_title_with_one_marker_then_words_keeps_its_words() -> None:
    """'Stock Option (1) (Right to Buy)': one marker inside a title does not end it."""
    row = "Stock Option (1) (Right to Buy) $10.00 06/12/2019 A 100 (2) 06/12/2029 Common Stock 100 $0 100 D\n"
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + row))
    (t,) = doc.derivative_transactions
    assert t.security_title == "Stock Option (Right to Buy)"


def test_flat_transaction_markers_before_column_7_are_column_6s() -> None:
    """'G 250 (2) (2) Class A': no dates follow the amount, so its two markers are column 6's."""
    row = "Class B (2) 12/05/2019 G 250 (2) (2) Class A 250 $0 7,500 I family trust\n"
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + row))
    (t,) = doc.derivative_transactions
    assert t.transaction_shares == Decimal("250")
    assert "transaction_shares" not in t.footnote_ids
    assert t.footnote_ids.get("exercise_date") == ["F2"] and t.footnote_ids.get("expiration_date") == ["F2"]


def test_flat_table1_holding_title_ends_at_its_amount() -> None:
    """'Class A 635 I Spouse's ...': a bare count followed by its form letter ends the title."""
    head = "1. Title of Security (Instr. 3)\t2. Transaction Date (Month/Day/Year)\n"
    rows = head + "Class A 635 I Spouse's share of\nCommon a family partnership\nStock\n"
    doc = read_text(FLAT_T2_FORM.replace(head, rows).replace("{table2}", ""))
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Class A Common Stock"
    assert h.shares_owned_following_transaction == Decimal("635")
    assert h.direct_or_indirect_ownership == "I"


def test_flat_row_nature_wrapped_onto_its_initials_keeps_them() -> None:
    """'... Partners II,' | 'L.P(1)': a wrapped line of initials alone is the nature's end, marker too."""
    row = ("Class B (2) (2) (2) Class A 40,000 40,000 I share of\n"
           "Common Common Smith\n"
           "Stock Stock Partners II,\n"
           "L.P(1)\n")
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + row))
    (h,) = doc.derivative_holdings
    assert h.nature_of_ownership == "share of Smith Partners II, L.P"
    assert h.footnote_ids.get("nature_of_ownership") == ["F1"]
