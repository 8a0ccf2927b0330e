"""OCR on a grid: an underlying title wrapped over three lines with its par value on the second
('Common Stock,' / 'par value $0.01' / 'per share'): the last words go on after the par value."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from test_text_reader_ocr_rule_glyphs import _form3
from text_forms import at


def test_ocr_underlying_title_words_wrapped_after_its_par_value() -> None:
    """'per share' wrapped under 'par value $0.01' was put before the par value, so the title ended
    at 'share' and '$0.01' stood as the amount of column 3 in place of 7,575,758."""
    rows = (at((0, "Series H Preferred Stock,   |08/10/2018"), (43, "(4)"), (60, "Common Stock,"), (85, "7,575,758"),
               (110, "$0.33"), (128, "I"), (137, "By BRC Partners"))
            + at((0, "par value $0.01 per share"), (60, "par value $0.01"), (137, "Opportunity Fund, LP"))
            + at((60, "per share")))
    doc = read_text(_form3(rows, "4. No expiration date.\n"))
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("7575758")
    assert row.conversion_or_exercise_price == Decimal("0.33")


def test_ocr_title_word_wrapped_after_a_par_value_with_words_past_it() -> None:
    """'Common Stock,' / '$1 2/3 Par' / 'Value': the par value and its words are the title's own run,
    so 'Value' goes on after 'Par', not between 'Stock,' and '$1 2/3'."""
    from text_forms import OCR_BOX5, OCR_ROW

    head = (at((1, "1. Title of Security  | 2. Transaction Date  2A. Deemed Execution"), (71, "3. Transaction"),
               (88, "4. Securities Acquired (A)"), (119, "5. Amount of Securities"), (157, "6. Ownership Form:"),
               (177, "7. Nature of Indirect"))
            + at((1, "(Instr. 3)"), (21, "(Month/Day/Year)"), (43, "Date, if any"), (71, "Code (Instr. 8)"),
                 (88, "Disposed Of (D)"), (119, "Owned Following Reported"), (157, "Direct (D)"),
                 (177, "Beneficial Ownership")))
    rows = (at((1, "Common Stock,"), (139, "8,198.53"), (160, "I"), (177, "Through 401(k)"))
            + at((1, "$1 2/3 Par"), (177, "Plan"))
            + at((1, "Value")))
    doc = read_text(OCR_BOX5.replace("1. Title of Security (Instr. 3)\n", head).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_holdings
    assert row.security_title == "Common Stock, $1 2/3 Par Value"
    assert row.shares_owned_following_transaction == Decimal("8198.53")


def test_ocr_title_par_value_alone_on_its_line() -> None:
    """'Common Stock,' / 'par value' / '$0.001': the par value wrapped alone under the title (no letter on
    its line) is still the title's, not a line of nothing."""
    from text_forms import OCR_BOX5, OCR_ROW

    head = (at((1, "1. Title of Security  | 2. Transaction Date  2A. Deemed Execution"), (71, "3. Transaction"),
               (88, "4. Securities Acquired (A)"), (119, "5. Amount of Securities"), (157, "6. Ownership Form:"),
               (177, "7. Nature of Indirect"))
            + at((1, "(Instr. 3)"), (21, "(Month/Day/Year)"), (43, "Date, if any"), (71, "Code (Instr. 8)"),
                 (88, "Disposed Of (D)"), (119, "Owned Following Reported"), (157, "Direct (D)"),
                 (177, "Beneficial Ownership")))
    rows = (at((1, "Common Stock, | 09/30/2021"), (72, "A"), (90, "1,381"), (98, "A"), (106, "$0"), (139, "35,248"),
               (160, "D"))
            + at((1, "par value"))
            + at((1, "$0.001")))
    doc = read_text(OCR_BOX5.replace("1. Title of Security (Instr. 3)\n", head).replace(OCR_ROW, rows))
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock, par value $0.001"
    assert row.shares_owned_following_transaction == Decimal("35248")
