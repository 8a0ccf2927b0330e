"""OCR'd Table II rows whose text cells wrapped onto the lines below: each wrapped word goes back
to the column it sits under."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from test_text_reader_details import _TABLE2_TITLE, _at, _ocr_form

_HEAD = _TABLE2_TITLE + (
    _at((0, "1. Title of"), (15, "2."), (25, "3. Transaction"), (60, "4."), (70, "5. Number of"),
        (86, "6. Date Exercisable and"), (112, "7. Title and Amount"))
    + _at((60, "Code"), (66, "V"), (69, "(A)"), (76, "(D)"), (100, "Expiration"), (112, "Title"))
)
"""Table II's OCR'd headings, columns 1-7."""


def test_ocr_wrapped_title_word_a_few_characters_left_of_the_words_above() -> None:
    """OCR joined column 5-8 cells across the table's rules ('2,200 | ... | Common | 220,000 | $0.27')
    and placed the underlying title's wrapped 'Stock' five characters left of 'Common': it still
    finishes that title, before the amount, not the price's cell or the nature."""
    table2 = _HEAD + (
        _at((0, "Put Option"), (15, "$2.50"), (25, "02/13/2020"), (60, "S"),
            (70, "2,200 | 02/13/2020 | 12/20/2020 | Common | 220,000 | $0.27"), (140, "2,200"), (150, "I"),
            (156, "See"))
        + _at((0, "(Obligation"), (99, "Stock"), (156, "footnote"))
        + _at((0, "to buy)"), (156, "(1)"))
    )
    doc = read_text(_ocr_form(table2, "1. Held by a fund.\n"))
    (row,) = doc.derivative_transactions
    assert row.security_title == "Put Option (Obligation to buy)"
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("220000")
    assert row.nature_of_ownership == "See footnote"


def test_ocr_wrapped_par_value_is_the_titles_own_words_not_an_amount() -> None:
    """A title wrapped over three lines ('Common Stock, par' / 'value $0.01 per' / 'share'): the par
    value is the title's own number, so 'share' goes at the end of the title, not before '$0.01'."""
    table2 = _HEAD + (
        _at((0, "Series H Preferred"), (25, "08/10/2018"), (60, "P"), (70, "1,000 | 08/10/2018 | (1)"),
            (112, "Common Stock, par"), (132, "7,575,758"), (145, "$0.33"), (152, "1,000"), (160, "D"))
        + _at((0, "Stock"), (112, "value $0.01 per"))
        + _at((112, "share"))
    )
    doc = read_text(_ocr_form(table2, "1. No expiration date.\n"))
    (row,) = doc.derivative_transactions
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("7575758")
