"""The messy-text reader on OCR text flattened to tab cells: table rows whose text columns wrap
onto the lines below, each column's words to be put back in their own column."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_nature_wrap_ending_in_a_short_word_beside_the_title_wrap() -> None:
    """OCR'd tab cells: a Table I row's title and nature wrap together, and the last wrapped line
    holds the title's 'Stock' and the nature's short last word ('LP', 'VI', 'II'): each goes on
    with its own column (the title is not cut short, the word not lost nor the nature given 'Stock')."""
    for last in ("LP", "VI", "II"):
        rows = (
            "Class A\t05/04/2021\tG\t396\tA\t84,312\tproportionate partnership interest\n"
            "Common\tshares held by AMR Associates\n"
            f"Stock\t{last}\n"
        )
        doc = read_text(_as_tab_cells(ocr_form(rows)))
        row = doc.non_derivative_transactions[-1]
        assert row.security_title == "Class A Common Stock", last
        assert row.nature_of_ownership == f"proportionate partnership interest shares held by AMR Associates {last}"
