"""PyMuPDF4LLM markdown: one bare date in Table II's column 6 (date exercisable and expiration
date), no marker for the other: an option's end is printed and its start left empty when it is
exercisable at once, so the date is the expiration date, uncertain. Typed here in the pattern's
shape, not copied from a document."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T2

_T2_HEAD = MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable<br>Expiration<br>Date|Title|Amount|||\n"


def _dates(row: str) -> tuple[date | None, date | None, list[str]]:
    doc = read_text(MD_FORM4.replace(MD_T2, _T2_HEAD + row))
    (t,) = doc.derivative_transactions
    assert doc.extraction is not None
    return t.exercise_date, t.expiration_date, doc.extraction.uncertain_fields


def test_one_bare_date_is_the_expiration_date() -> None:
    row = ("|Stock<br>Option<br>(right to<br>buy)|$39.2|09/09/2021|A|5,000|09/08/2031|Common<br>Stock|5,000|$0|"
           "5,000|D||\n")
    exercise, expiration, unsure = _dates(row)
    assert (exercise, expiration) == (None, date(2031, 9, 8))
    assert "derivative_transactions[0].expiration_date" in unsure


def test_a_date_and_a_marker_keep_their_order() -> None:
    """'(1)' then the date: the marker is the date exercisable's, the date the expiration."""
    row = ("|Stock<br>Option<br>(right to<br>buy)|$39.2|09/09/2021|A|5,000|(1)<br>09/08/2031|Common<br>Stock|5,000|$0|"
           "5,000|D||\n")
    exercise, expiration, _ = _dates(row)
    assert (exercise, expiration) == (None, date(2031, 9, 8))
