"""A poor scan's typed signature on OCR's grid: specks read before its '/s/' ('31 . /s/ Jane Roe'), the
label's misread words run on after it ('Signatire of Reportin'), and a word of its one printed line set a grid
line lower, under the gap it belongs in ('Isi Jane   Roe' over 'Q.'). The name as printed is read."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import at, grid_form


def _form(tail: str) -> str:
    return grid_form(tail=tail + at((80, "** Signature of Reporting Person"), (118, "Date")))


def _signature(tail: str) -> str | None:
    return read_text(_form(tail)).owner_signatures[0].signature_name


def test_specks_before_the_slash_s_and_label_words_after_are_off() -> None:
    assert _signature(at((76, "31 . /s/ Jane Roe Signatire of Reportin"), (118, "06/02/2022"))) == "/s/ Jane Roe"


def test_word_set_a_line_lower_goes_back_in_its_gap() -> None:
    tail = at((80, "Isi Jane"), (96, "Roe"), (118, "06/02/2022")) + at((90, "Q."))
    assert _signature(tail) == "/s/ Jane Q. Roe"


def test_wrapped_line_under_the_first_word_goes_on_after() -> None:
    tail = (at((80, "/s/ Jane Roe, Attorney-in-Fact for"), (118, "06/02/2022"))
            + at((80, "John Doe")))
    assert _signature(tail) == "/s/ Jane Roe, Attorney-in-Fact for John Doe"
