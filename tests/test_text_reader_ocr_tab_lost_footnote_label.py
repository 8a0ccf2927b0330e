"""The messy-text reader on OCR text (tab cells and positioned) whose footnotes' label 'Explanation of
Responses:' OCR lost: the footnotes, remarks and signature below the tables are no table rows."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import OCR_BOX5, TABLE2_TAB_HEADER


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def _form(below_tables: str) -> str:
    """The OCR'd form with an empty Table II, then ``below_tables`` where its footnotes' label was."""
    return OCR_BOX5.replace("Explanation of Responses:\n", TABLE2_TAB_HEADER + below_tables)


def _rows(doc) -> list:
    return [*doc.non_derivative_transactions, *doc.non_derivative_holdings, *doc.derivative_transactions,
            *doc.derivative_holdings]


NOTES = (
    "1. Represents shares held by the Roe Family Trust dated 03/15/2011, of which the reporting\n"
    "person is trustee; 1,250 shares were transferred to the trust on 05/01/2021 for no value.\n"
    "2. The price reported is a weighted average price; prices ranged from $12.10 to $12.90.\n"
)


def test_tab_cells_first_footnote_starts_the_footnotes_when_the_label_is_lost() -> None:
    """OCR'd tab cells: no 'Explanation of Responses:' line, the first footnote's line ('1. Represents
    shares ...') starts the footnotes: both read, and none of their lines (dates, amounts, prices among
    words) taken for a Table II row."""
    doc = read_text(_as_tab_cells(_form(NOTES)))
    assert len(_rows(doc)) == 1  # the form's one Table I row
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]
    assert doc.footnotes[1].text.startswith("The price reported")


def test_positioned_ocr_first_footnote_starts_the_footnotes_when_the_label_is_lost() -> None:
    """Positioned OCR the same: the footnotes are read (they were lost with their label)."""
    doc = read_text(_form(NOTES))
    assert len(_rows(doc)) == 1
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]


def test_tab_cells_remarks_and_signature_end_the_tables_without_footnotes() -> None:
    """OCR'd tab cells of a form without footnotes whose label OCR lost: the 'Remarks:' heading ends the
    tables, and the signature's line ('/s/ John Doe, attorney-in-fact | 05/05/2021') is no Table II row."""
    text = _as_tab_cells(_form("Remarks:\n")).replace(
        "/s/ John Doe\t05/05/2021", "Exhibit 24 - Power of Attorney\n/s/ John Doe\t05/05/2021")
    doc = read_text(text)
    assert len(_rows(doc)) == 1
    without_remarks = _as_tab_cells(_form(""))
    doc = read_text(without_remarks)
    assert len(_rows(doc)) == 1
    assert doc.owner_signatures and "John Doe" in (doc.owner_signatures[0].signature_name or "")
