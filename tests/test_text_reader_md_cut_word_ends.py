"""PyMuPDF4LLM: a title cut inside a word at a guessed column edge, the word's end stacked in the
next cell over the row's date: the end goes back on the line it was cut from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW


def test_word_end_completes_the_second_line_when_the_first_ends_in_a_class_letter() -> None:
    """'Class A<br>Common Sto' | 'ck<br>08/17/2020': 'A' is a whole class letter, so 'ck' ends
    'Sto' on the second line (was 'Class Ack Common Sto')."""
    row = "|Class A<br>Common Sto|ck<br>08/17/2020||P|110,000|A|$16.43||49,235,972|D||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Class A Common Stock"
    assert (t.transaction_date, t.transaction_shares) == (date(2020, 8, 17), Decimal("110000"))


def test_one_line_title_word_end_stacked_over_the_date() -> None:
    """'Noble Energy, In' | 'c.<br>04/23/2014': the title's end goes back on the title (it was read
    after the title's wrapped line, 'Noble Energy, In Common Stock c.')."""
    row = "|Noble Energy, In|c.<br>04/23/2014||S|6,000|D|$75.07||49,960|D||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Noble Energy, Inc."
    assert (t.transaction_date, t.transaction_code) == (date(2014, 4, 23), "S")


def test_title_piece_ending_in_raised_markers_goes_on_its_line() -> None:
    """'Common St<br>$0.10 Per S' | 'ock Par Value<br>hare<sup>(1)</sup>' | date: the second piece's
    markers do not stop the pieces going on line by line."""
    row = "|Common St<br>$0.10 Per S|ock Par Value<br>hare<sup>(1)</sup><br>|08/04/2020|A|7,195|A|$0||14,959|D||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock Par Value $0.10 Per Share"
    assert t.transaction_shares == Decimal("7195")


def test_date_digit_stacked_under_the_title_goes_back_on_the_date() -> None:
    """'Common Stock<br>0' | '6/10/2020': the date cut after its first digit, that digit stacked
    under the title; it is the date's, not the title's (was 'Common Stock 0')."""
    row = "|Common Stock<br>0|6/10/2020||A<br>4,422<br>A<br>$277.27||4,335|D|||\n"
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row))
    (t,) = doc.non_derivative_transactions
    assert t.security_title == "Common Stock"
    assert t.transaction_date == date(2020, 6, 10)
