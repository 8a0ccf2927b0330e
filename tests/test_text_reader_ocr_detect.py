"""A clean scan at a small font leaves few OCR traces: two of them with one misread label still mark
the text as OCR, so the OCR rules ('Is!' read back as '/s/') apply to it."""

from section16.readers.text import read_text
from text_forms import GRID_LABELS, GRID_NAME_LINE, at, grid_form


def _clean_scan() -> str:
    """The grid form with only two traces left: box 16's 'LC' and the signature's '/s/' read as 'Is!'."""
    header = GRID_LABELS + GRID_NAME_LINE + at((99, "X Director       10% Owner"))
    signed = at((62, "Is! Jane Roe"), (82, "06/02/2022")) + at((62, "** Signature of Reporting Person"), (100, "Date"))
    return grid_form(header, tail=signed, box6_glyph="X")


def test_two_traces_and_a_broken_label_read_as_ocr() -> None:
    doc = read_text(_clean_scan())
    assert doc.owner_signatures[0].signature_name == "/s/ Jane Roe"
