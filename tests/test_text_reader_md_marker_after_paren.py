"""PyMuPDF4LLM markdown: a title ending in a closing parenthesis with its raised marker right after
it ('Units (Deferred<br>Compensation)<sup>(2)</sup>'): the marker is the title's footnote, not part of
its words. Typed here in the pattern's shape (seen on the legal-size probe folder), not copied from
a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_marker_right_after_a_closing_parenthesis() -> None:
    row = "|Stock Units<br>(Deferred)<sup>(1)</sup>|05/03/2021||A|1,500|A|$0|8,500|D||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (r,) = doc.non_derivative_transactions
    assert r.security_title == "Stock Units (Deferred)"
    assert r.footnote_ids.get("security_title") == ["F1"]
