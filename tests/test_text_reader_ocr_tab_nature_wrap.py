"""The messy-text reader on OCR text flattened to tab cells: a row's nature wraps alone onto the lines
below a title that has ended."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_nature_wrapped_alone_under_a_finished_title() -> None:
    """OCR'd tab cells: 'Common Stock | 05/01/2003 | ... | This describes the' over 'nature of the' over
    'ownership.': the title has ended ('Stock'), so the lines go on with the nature, not the title;
    title words wrapped alone ('(right to buy)') still go on with the title."""
    rows = (
        "Common Stock | 05/01/2003\tS\t2,000\tD\t$120\t22,000\tI\tThis describes the\n"
        "nature of the\n"
        "ownership.\n"
        "Stock Option\t100\tI\tBy Trust\n"
        "(right to buy)\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert row.nature_of_ownership == "This describes the nature of the ownership."
    assert doc.non_derivative_holdings[-1].security_title == "Stock Option (right to buy)"


def test_ocr_tab_nature_last_words_with_a_glued_marker_are_no_row() -> None:
    """OCR'd tab cells: a nature wrapped with the title ('proportionate limited' | 'partnership interests
    held by') ends on a line of its own whose marker OCR glued to the last word ('Rankin Associates II,
    L.P@4'): the digit is the marker's, the line the nature's last words, not a row without values."""
    rows = (
        "Class A\t08/12/2019\tG\t222\tA\t144,744\tI\tproportionate limited\n"
        "Common\tpartnership interests held by\n"
        "Stock\tRankin\n"
        "Associates II, L.P@4\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Class A Common Stock"
    assert row.nature_of_ownership.startswith("proportionate limited partnership interests held by Rankin Associates")


def test_ocr_tab_title_wrap_beside_a_401k_nature_is_no_row() -> None:
    """OCR'd tab cells: 'Common | 1,526.1042 | By Spouse's' over 'Stock | 401(k) 2)': the plan's number is a
    name, the line the title's and nature's wrapped words, not a row titled 'Stock 401(k)'."""
    rows = (
        "Common\t1,526.1042\tI\tBy Spouse's\n"
        "Stock\t401(k) (2)\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    (held,) = doc.non_derivative_holdings
    assert held.security_title == "Common Stock"
    assert held.nature_of_ownership.startswith("By Spouse's 401(k)")


def test_ocr_tab_trusts_date_right_after_its_dtd_is_no_row() -> None:
    """OCR'd tab cells: a holding's nature wrapped with its title, the trust's date right after 'U/A Dtd'
    ('Common | U/A Dtd 08/26/1998'): wrapped words, not a row dated 1998."""
    rows = (
        "Class A\t100\tI\tNgaio T Lowry Trust\n"
        "Common\tU/A Dtd 08/26/1998\n"
        "Stock\tFBO of Jennifer T\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    assert len(doc.non_derivative_transactions) == 1  # the form's own row only
    (held,) = doc.non_derivative_holdings
    assert held.security_title == "Class A Common Stock"
    assert held.nature_of_ownership == "Ngaio T Lowry Trust U/A Dtd 08/26/1998 FBO of Jennifer T"
