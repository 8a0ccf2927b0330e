"""A table row printed as flat words (pdfplumber lost its grid at a page break) whose titles and
nature wrap on the lines below: 'Class B ... Class A ... I child's' over 'Common Common proportionate'."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import FLAT_T2_FORM, TAB_T2_HEAD

_ROW = (
    "Class B (2) 12/05/2019 G 250 (2) (2) Class A 250 $0 7,500 I child's\n"
    "Common Common interest\n"
    "Stock Stock in a family\n"
    "partnership(1)\n"
)


def test_wrapped_words_go_one_to_each_title_and_the_rest_to_the_nature() -> None:
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + _ROW))
    (t,) = doc.derivative_transactions
    assert t.security_title == "Class B Common Stock"
    assert t.underlying_security_title == "Class A Common Stock"
    assert (t.transaction_shares, t.underlying_security_shares) == (Decimal("250"), Decimal("250"))
    assert t.shares_owned_following_transaction == Decimal("7500")
    assert t.nature_of_ownership == "child's interest in a family partnership"
    assert t.footnote_ids.get("nature_of_ownership") == ["F1"]


def test_one_title_word_for_two_titles_is_left_to_the_other_rules() -> None:
    """'Common proportionate' under two open titles: which title the word ends is not settled here."""
    from section16.readers.text.rows import _flat_wraps_spread

    head = "Class B (2) 12/05/2019 G 250 (2) (2) Class A 250 $0 7,500 I child's"
    assert _flat_wraps_spread(head, "Common proportionate") is None
    assert _flat_wraps_spread(head, "interest in") == head + " interest in"
    assert _flat_wraps_spread("Class A 250 D", "Common") is None  # no nature after the mark
