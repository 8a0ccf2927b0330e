"""The messy-text reader on OCR text flattened to tab cells: a Table II row's titles wrap their par
value onto the line below beside the nature's last words and its markers, which OCR smeared into
capitals in a cell of their own."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import TABLE2_TAB_HEADER, ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_par_value_wrap_with_smeared_markers_is_no_row() -> None:
    """OCR'd tab cells: the wrapped line 'value $0.01 per share | value $0.01 per | LLC | AE)' (the
    titles' par values, the nature's last word, its markers (4)(5) smeared to 'AE)') is the row's
    wrapped words, not a row of its own without amounts; each title goes on with its par value."""
    for marks in ("AE)", "(4)(5)"):
        table2 = TABLE2_TAB_HEADER + (
            "Series H Preferred Stock, par\t$0.33\t08/10/2018\t(4)\tCommon Stock, par\t2,621,212\t"
            "2,621,212\tI\tBy Principal Investments,\n"
            f"value $0.01 per share\tvalue $0.01 per\tLLC\t{marks}\n"
            "share\n")
        doc = read_text(_as_tab_cells(ocr_form(table2, "4. Converts.\n5. Held.\n")))
        (row,) = doc.derivative_holdings
        assert row.security_title == "Series H Preferred Stock, par value $0.01 per share", marks
        assert row.underlying_security_shares == 2621212, marks
        assert not doc.derivative_transactions, marks
