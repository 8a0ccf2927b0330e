"""A poor scan's OCR of Table I: a row's date and code lost, its amounts kept (the row is still a
transaction: a holding shows no price), and a tilted page's title words read out of order (the
table's other titles say the order, and the rows of one security then chain in the arithmetic)."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import at, ocr_form


def _row(title: str, *cells: tuple[int, str]) -> str:
    return at((0, title), *cells)


def test_row_without_date_but_with_a_price_is_a_transaction() -> None:
    """'Common Stock | 1,000 | $12.60 | 7,500 | D': no date, no code; a price between two amounts is a
    transaction's. Read as one, every field uncertain; the previous row's 8,500 less 1,000 is 7,500, so
    it disposed of the shares (D), at a price: a sale (S), both inferred."""
    doc = read_text(ocr_form(_row("Common Stock", (39, "1,000"), (55, "$12.60"), (67, "7,500"), (77, "D"))))
    assert not doc.non_derivative_holdings
    assert len(doc.non_derivative_transactions) == 2
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal(1000), Decimal("12.60"), Decimal(7500))
    assert row.transaction_date is None
    assert (row.transaction_acquired_disposed_code, row.transaction_code) == ("D", "S")
    unsure = set(doc.extraction.uncertain_fields)
    for f in ("security_title", "transaction_shares", "transaction_price_per_share",
              "shares_owned_following_transaction", "transaction_acquired_disposed_code", "transaction_code"):
        assert f"non_derivative_transactions[1].{f}" in unsure


def test_holding_without_a_price_stays_a_holding() -> None:
    """'Common Stock | 7,500 | D | By Trust': one amount, no price: a holding."""
    doc = read_text(ocr_form(_row("Common Stock", (67, "7,500"), (77, "I"), (85, "By Trust"))))
    assert [h.shares_owned_following_transaction for h in doc.non_derivative_holdings] == [Decimal(7500)]
    assert len(doc.non_derivative_transactions) == 1


def test_title_words_out_of_order_take_the_tables_order() -> None:
    """Two rows read 'Class A Common Stock', a third 'Class Common A Stock' (the 'A' a line lower on a
    tilted page): the third takes the others' order, uncertain."""
    rows = "".join(_row(t, (24, "05/03/2021"), (37, "S"), (41, "100"), (49, "D"), (55, "$12.50"), (67, owned),
                        (77, "D"))
                   for t, owned in (("Class A Common Stock", "900"), ("Class A Common Stock", "800"),
                                    ("Class Common A Stock", "700")))
    doc = read_text(ocr_form(rows))
    titles = [r.security_title for r in doc.non_derivative_transactions]
    assert titles[1:] == ["Class A Common Stock"] * 3
    assert "non_derivative_transactions[3].security_title" in doc.extraction.uncertain_fields


def test_title_order_tie_goes_to_the_class_letter_after_class() -> None:
    """One row each way: the order with the class's letter after 'Class' is the title's."""
    rows = "".join(_row(t, (24, "05/03/2021"), (37, "S"), (41, "100"), (49, "D"), (55, "$12.50"), (67, owned),
                        (77, "D"))
                   for t, owned in (("Class Common A Stock", "900"), ("Class A Common Stock", "800")))
    doc = read_text(ocr_form(rows))
    assert [r.security_title for r in doc.non_derivative_transactions][1:] == ["Class A Common Stock"] * 2
    assert "non_derivative_transactions[1].security_title" in doc.extraction.uncertain_fields


def _grid_rows(rows: str) -> str:
    """The poor-scan grid form with ``rows`` for its one Table I row."""
    from text_forms import grid_form

    one = at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
             (67, "12,000"), (77, "D"))
    form = grid_form()
    assert one in form
    return form.replace(one, rows)


def test_values_a_line_above_their_titles_on_a_tilted_page() -> None:
    """A tilted page's drift set each row's values (no date read) on a line of their own above its title:
    the first row's values come before any title, right under the headings, so every values line goes
    with the title under it, not the row above."""
    rows = (at((39, "1,000"), (55, "$12.60"), (67, "7,500"))
            + at((0, "Common"))
            + at((0, "Stock"))
            + at((39, "500"), (55, "$12.70"), (67, "7,000"))
            + at((0, "Common"))
            + at((0, "Stock")))
    doc = read_text(_grid_rows(rows))
    got = [(r.security_title, r.transaction_shares, r.transaction_price_per_share,
            r.shares_owned_following_transaction) for r in doc.non_derivative_transactions]
    assert got == [("Common Stock", Decimal(1000), Decimal("12.60"), Decimal(7500)),
                   ("Common Stock", Decimal(500), Decimal("12.70"), Decimal(7000))]
    assert doc.non_derivative_transactions[1].transaction_acquired_disposed_code == "D"
    assert "non_derivative_transactions[1].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_dated_values_a_line_above_their_titles() -> None:
    """The same drift with each row's date on its values line ('06/01/2022 ... 1,000 ... $12.60 ... 7,500'
    over 'Common Stock'): one row each."""
    rows = (at((16, "06/01/2022"), (39, "1,000"), (55, "$12.60"), (67, "7,500"))
            + at((0, "Common Stock"))
            + at((16, "06/01/2022"), (39, "500"), (55, "$12.70"), (67, "7,000"))
            + at((0, "Common Stock")))
    doc = read_text(_grid_rows(rows))
    got = [(r.security_title, r.transaction_shares, r.shares_owned_following_transaction)
           for r in doc.non_derivative_transactions]
    assert got == [("Common Stock", Decimal(1000), Decimal(7500)), ("Common Stock", Decimal(500), Decimal(7000))]


def test_row_with_a_price_alone_is_a_transaction() -> None:
    """'Common Stock | $12.60 | By Trust': its date, code and amounts lost, the price says a transaction."""
    one = at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
             (67, "12,000"), (77, "D"))
    doc = read_text(_grid_rows(one + at((0, "Common Stock"), (55, "$12.60"), (85, "By Trust"))))
    assert not doc.non_derivative_holdings
    assert [r.transaction_price_per_share for r in doc.non_derivative_transactions] == [Decimal("9.50"),
                                                                                        Decimal("12.60")]
    assert "non_derivative_transactions[1].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_row_with_two_amounts_and_no_price_is_a_transaction() -> None:
    """'Common Stock | 59.907 | 826.868': date, code and price lost, two amounts in cells of their own (the
    amount and the amount owned after); a holding shows one. A transaction, every field uncertain."""
    one = at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
             (67, "12,000"), (77, "D"))
    doc = read_text(_grid_rows(one + at((0, "Common Stock"), (39, "59.907"), (67, "826.868"))))
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (Decimal("59.907"),
                                                                                Decimal("826.868"))
    assert "non_derivative_transactions[1].transaction_shares" in doc.extraction.uncertain_fields
