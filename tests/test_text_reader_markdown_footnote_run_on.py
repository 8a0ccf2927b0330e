"""PyMuPDF4LLM markdown: two footnotes run together on one paragraph line, the first without a
closing period ('1. Held in revocable trust 2. Held by ...'), the tables marking footnote 2 (a
shape seen on the 10 pt probe folder). Typed here in the pattern's shape, not copied."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW

_NOTE = "1. Held in a brokerage account.\n"


def _notes(row: str, note: str) -> list[tuple[str, str]]:
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, row).replace(_NOTE, note))
    return [(f.id, f.text) for f in doc.footnotes]


def test_run_on_footnote_without_a_period_is_cut_at_the_marked_number() -> None:
    row = "|Common<br>Stock|05/03/2021||S<br>1,500|D<br>$12.50||8,500<sup>(1)(2)</sup><br>I|By Trust|||\n"
    note = "1. Held in revocable trust 2. Held by Sherwood Partners, Ltd., a family partnership.\n"
    assert _notes(row, note) == [("F1", "Held in revocable trust"),
                                 ("F2", "Held by Sherwood Partners, Ltd., a family partnership.")]


def test_number_not_marked_in_the_tables_is_not_cut() -> None:
    """No '(2)' in the tables: 'Series 2. The' stays inside footnote 1."""
    row = "|Common<br>Stock|05/03/2021||S<br>1,500|D<br>$12.50||8,500<sup>(1)</sup><br>D||||\n"
    note = "1. Converted into shares of Series 2. The conversion was automatic.\n"
    assert _notes(row, note) == [("F1", "Converted into shares of Series 2. The conversion was automatic.")]
