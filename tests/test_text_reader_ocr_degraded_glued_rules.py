"""A poor scan's OCR of a table row: the rule before the date read as a bracket or a bar glued to it
('[07/08/2020', '|07/08/2020'), a four-place price's decimal point read as a comma ('$24,7685')."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import at, ocr_form


def test_date_after_a_rule_glyph_is_the_rows_date() -> None:
    """'Common Stock | [07/08/2020 | S | 794 | D | $24.76 | 7,706 | D': the row's date, not a holding's words."""
    for glyph in ("[", "|"):
        row = at((0, "Common Stock"), (16, f"{glyph}05/04/2021"), (31, "S"), (39, "794"), (47, "D"),
                 (55, "$24.76"), (67, "7,706"), (77, "D"))
        doc = read_text(ocr_form(row))
        assert not doc.non_derivative_holdings
        assert [r.transaction_date for r in doc.non_derivative_transactions] == [date(2021, 5, 3), date(2021, 5, 4)]
        assert doc.non_derivative_transactions[1].transaction_shares == Decimal(794)


def test_four_place_price_with_a_comma_for_its_point() -> None:
    """'$24,7685': a comma group holds three digits, so the comma is the decimal point."""
    row = at((0, "Common Stock"), (16, "05/04/2021"), (31, "S"), (39, "794"), (47, "D"), (55, "$24,7685"),
             (67, "7,706"), (77, "D"))
    doc = read_text(ocr_form(row))
    assert doc.non_derivative_transactions[1].transaction_price_per_share == Decimal("24.7685")


def test_date_with_a_speck_read_as_a_stop_after_it() -> None:
    """'05/04/2021.': a speck after the date read as a full stop; still the row's date."""
    row = at((0, "Common Stock"), (16, "05/04/2021."), (31, "S"), (39, "794"), (47, "D"), (55, "$24.76"),
             (67, "7,706"), (77, "D"))
    doc = read_text(ocr_form(row))
    assert not doc.non_derivative_holdings
    assert doc.non_derivative_transactions[1].transaction_date == date(2021, 5, 4)


def test_a_two_heading_at_the_margin_is_not_column_2() -> None:
    """Heading debris '2.' at the left margin over the real '1. Title of | 2. Date' line: column 2 starts
    at the real label, so the row under the headings is read."""
    from text_forms import grid_form

    head = at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"),
              (67, "5. Amount of Securities"), (99, "6. Ownership Form"))
    form = grid_form()
    assert head in form
    doc = read_text(form.replace(head, at((0, "2."), (20, "|]"), (39, "Securities Acquired")) + head))
    assert [r.transaction_shares for r in doc.non_derivative_transactions] == [Decimal(2000)]


def test_a_two_heading_read_with_a_colon_sets_column_2() -> None:
    """'2: Date' (the stop read as a colon) is column 2's heading: the row read a line above its title on a
    tilted page joins it (the title's lines, no value, under the row's values)."""
    from text_forms import grid_form

    head = at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"),
              (67, "5. Amount of Securities"), (99, "6. Ownership Form"))
    row = at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
             (67, "12,000"), (77, "D"))
    form = grid_form()
    assert head in form and row in form
    rows = (at((16, "06/01/2022"), (39, "2,000"), (55, "$9.50"), (67, "12,000"))
            + at((0, "Common")) + at((0, "Stock")))
    doc = read_text(form.replace(head, head.replace("2. Date", "2: Date")).replace(row, rows))
    assert [(r.security_title, r.transaction_shares) for r in doc.non_derivative_transactions] == [
        ("Common Stock", Decimal(2000))]
