"""A tilted page's OCR of Table II: each row's values (its amounts, its two dates and the underlying
title) drift onto lines of their own above its title line, which keeps only the title and its exercise
price. The table's first values come before any title, so every such run of lines joins the title
under it; the columns' order is a guess there, so every field of those rows is uncertain."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import TABLE2_TITLE, at, ocr_form

_HEAD = (TABLE2_TITLE
         + at((0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4. Code"),
              (56, "5. Number"), (70, "6. Date Exercisable"), (92, "7. Title and Amount"), (114, "8. Price"),
              (124, "9. Number"), (136, "10."), (142, "11. Nature")))


def _row(price: str, exercise: str, expiry: str, amount: str) -> str:
    """One row, its values drifted above its title line: amounts, then dates and the underlying title."""
    return (at((92, "|"), (106, amount), (126, amount))
            + at((70, exercise), (82, expiry), (94, "Common"))
            + at((1, "Employee"), (17, price), (94, "Stock"))
            + at((1, "Stock Option"))
            + at((1, "(right to buy)")))


def test_values_above_each_title_line_join_it() -> None:
    table2 = _HEAD + _row("$59.77", "06/01/2014", "06/01/2023", "1,700") + _row(
        "$66.29", "06/01/2015", "06/01/2024", "4,017")
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    rows = doc.derivative_holdings
    assert [(r.conversion_or_exercise_price, r.underlying_security_shares, r.shares_owned_following_transaction)
            for r in rows] == [(Decimal("59.77"), Decimal(1700), Decimal(1700)),
                               (Decimal("66.29"), Decimal(4017), Decimal(4017))]
    assert [(str(r.exercise_date), str(r.expiration_date)) for r in rows] == [
        ("2014-06-01", "2023-06-01"), ("2015-06-01", "2024-06-01")]
    unsure = set(doc.extraction.uncertain_fields)
    for k in range(2):
        for f in ("security_title", "conversion_or_exercise_price", "exercise_date", "expiration_date",
                  "underlying_security_shares", "shares_owned_following_transaction"):
            assert f"derivative_holdings[{k}].{f}" in unsure


def test_title_first_keeps_values_below_it() -> None:
    """A page whose first row's title comes before its values is not drifted that way: nothing joins up."""
    table2 = (_HEAD + at((1, "Employee"), (17, "$59.77"), (70, "06/01/2014"), (82, "06/01/2023"), (94, "Common"),
                         (106, "1,700"), (126, "1,700"), (138, "D"))
              + at((1, "Stock Option"), (94, "Stock")))
    doc = read_text(ocr_form(table2, "1. Vests.\n"))
    (row,) = doc.derivative_holdings
    assert (row.security_title, row.underlying_security_shares, row.shares_owned_following_transaction) == (
        "Employee Stock Option", Decimal(1700), Decimal(1700))
