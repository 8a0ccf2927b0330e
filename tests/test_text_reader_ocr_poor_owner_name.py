"""Box 1 of a poor scan on OCR's grid: its label and the owner's name, printed on two lines, read as lines
of both mixed ('MACARTNEY 1.  arid Addréss LAWSON of Reporting Person”'). The name is the words left once
the label's words are taken off, uncertain; a clean scan's box 1 is read as before."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import at, grid_form


def _form(box1: str) -> str:
    return grid_form(box1)


_BOX2_LABELS = ((48, "2. Issuer Name and Ticker or Trading Symbol"), (99, "5. Relationship of Reporting Person(s)"))
_BOX2_VALUE = ((48, "GADGET INC [ GDGT ]"), (99, "X Director    LJ 10% Owner"))


def test_name_among_label_words() -> None:
    box1 = (at((2, "MACARTNEY 1."), (16, "arid Addréss LAWSON of Reporting Person\u201d"), *_BOX2_LABELS)
            + at((4, "Name"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "MACARTNEY LAWSON"
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_name_split_over_label_lines_in_column_order() -> None:
    """'Name Adam Address of' over 'Elsesser': one printed line, read in the order of the columns."""
    box1 = (at((2, "1."), (10, "and"), (25, "Re"), (34, "Person\u201d"), *_BOX2_LABELS)
            + at((4, "Name Adam Address"), (22, "of"))
            + at((2, "Elsesser"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "Elsesser Adam"


def test_clean_box1_is_read_as_before() -> None:
    box1 = (at((0, "1. Name and Address of Reporting Person*"), *_BOX2_LABELS)
            + at((0, "ROE JANE"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "ROE JANE"
