"""Positioned OCR: a row read on two baselines, its title line above the line holding its amount."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import OCR_ROW, at, ocr_form

_HEAD = (
    at((1, "1. Title of"), (17, "2. Transaction Date"), (71, "3. Transaction"), (88, "4. Securities Acquired"),
       (135, "5. Amount of Securities"), (170, "6. Ownership Form:"), (190, "7. Nature of Indirect"))
    + at((1, "Security (Instr."), (17, "(Month/Day/Year)"), (71, "Code (Instr. 8)"), (135, "Owned Following"),
         (170, "Direct (D)"), (190, "Beneficial Ownership"))
)


def test_title_line_over_the_line_of_its_amount_is_one_holding_row() -> None:
    """'Common ... Trust?' (the nature's word raised by its marker) over '76,750 ... By': the title's line
    has no number and the amount's line nothing under column 1. The row above already shows its amount
    in that column, so the two lines are a holding row of their own, not the row above's wrapped words."""
    rows = (
        _HEAD
        + at((1, "Common"), (17, "06/30/2020"), (71, "A"), (88, "1,070"), (99, "A"), (142, "52,589"), (172, "D"))
        + at((1, "Stock"))
        + at((1, "Common"), (142, "69,250"), (172, "I"), (190, "By Trust"))
        + at((1, "Stock"))
        + at((1, "Common"), (193, "Trust?"))
        + at((142, "76,750"), (172, "I"), (190, "By"))
        + at((1, "Stock"))
        + at((1, "Common"), (142, "10,417"), (172, "I"), (190, "By Spouse IRA"))
        + at((1, "Stock"))
    )
    doc = read_text(ocr_form().replace(OCR_ROW, rows))
    held = [(h.shares_owned_following_transaction, h.nature_of_ownership) for h in doc.non_derivative_holdings]
    assert held == [(Decimal("69250"), "By Trust"), (Decimal("76750"), "By Trust"),
                    (Decimal("10417"), "By Spouse IRA")]


def test_form3_holding_amount_line_over_its_title_line_is_one_row() -> None:
    """Form 3: the holding's amount and D/I ('198,668   D') on the line above its title ('Common Stock'),
    nothing under column 1 beside the amount and no row above: one holding row."""
    table1 = (
        "                 Table I - Non-Derivative Securities Beneficially Owned\n"
        + at((1, "1. Title of Security (Instr. 4)"), (34, "2. Amount of Securities Beneficially Owned (Instr. 4)"),
             (89, "3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)"),
             (148, "4. Nature of Indirect Beneficial Ownership (Instr. 5)"))
        + at((76, "198,668"), (88, "D"))
        + at((1, "Common Stock"))
    )
    text = ocr_form().replace("FORM 4", "FORM 3").replace(
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES")
    head, _, tail = text.partition("                   Table I - ")
    text = head + table1 + tail[tail.index("Explanation of Responses"):]
    doc = read_text(text)
    (row,) = doc.non_derivative_holdings
    assert row.security_title == "Common Stock"
    assert row.shares_owned_following_transaction == Decimal("198668") and row.direct_or_indirect_ownership == "D"
