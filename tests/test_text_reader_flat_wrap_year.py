"""Flat text of Table II rows (a page region PyMuPDF4LLM took for a picture, or a table extractor
that lost its grid): the titles' wrapped words under a row ending in its D/I mark go one to each
title; a wrapped line holding a year among words ('Stock Stock 2021') is the titles' and the
nature's words, not a row. Typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import FLAT_T2_FORM, TAB_T2_HEAD

_ROWS = (
    "Class B $0.00 05/03/2021 C 1,200 (2) (3) Class A 1,200 $0.00 45,000 D\n"
    "Common Common\n"
    "Stock Stock\n"
    "Class B $0.00 (2) (3) Class A 700 700 I Roe\n"
    "Common Common Family\n"
    "Stock Stock 2019\n"
    "Charitable\n"
    "Trust\n"
)


def test_wrapped_title_words_and_a_year_line() -> None:
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + _ROWS))
    (t,) = doc.derivative_transactions
    assert (t.security_title, t.underlying_security_title) == ("Class B Common Stock", "Class A Common Stock")
    assert t.shares_owned_following_transaction == Decimal("45000")
    (h,) = doc.derivative_holdings
    assert (h.security_title, h.underlying_security_title) == ("Class B Common Stock", "Class A Common Stock")
    assert h.nature_of_ownership == "Roe Family 2019 Charitable Trust"


def test_initials_line_with_a_spaced_marker_ends_the_nature() -> None:
    rows = ("Class B $0.00 (2) (3) Class A 700 700 I Held by\n"
            "Common Common Ackley\n"
            "Stock Stock Partners II,\n"
            "L.P. (1)\n")
    doc = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + rows))
    (h,) = doc.derivative_holdings
    assert h.nature_of_ownership == "Held by Ackley Partners II, L.P."
    assert h.footnote_ids.get("nature_of_ownership") == ["F1"]
