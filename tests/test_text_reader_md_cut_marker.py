"""PyMuPDF4LLM: a raised marker after the nature of ownership cut at a column edge to its '('."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4


def test_nature_marker_cut_to_its_parenthesis_leaves_the_markers_unsure() -> None:
    """'See<br>footnote<sup>(</sup><br>(1)': the first marker's number was cut off, so the nature's
    markers read ('F1') may be short of one: uncertain, and the '(' is no part of the nature."""
    row = "|Common<br>Stock||||||8,500|I|See<br>footnote<sup>(</sup><br>(1)|\n"
    text = MD_FORM4.replace("|**Table II - Derivative", row + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("8500"), "I")
    assert h.nature_of_ownership == "See footnote"
    assert h.footnote_ids.get("nature_of_ownership") == ["F1"]
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].footnote_ids.nature_of_ownership" in doc.extraction.uncertain_fields
