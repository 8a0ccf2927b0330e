"""The 'Remarks:' line of a poor scan on OCR's grid: the tilt set the signature on the label's line, far right
of it where signatures stand ('Remarks:' ... 'Isi Jane Roe  06/02/2022'): that is the signature, not a remark.
Specks OCR read after the label ('.', ':') are no remark either."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import at, grid_form


def _form(tail: str) -> str:
    return grid_form(tail=tail)


def test_signature_on_the_remarks_line_is_the_signature() -> None:
    tail = (at((2, "Remarks:"), (80, "Isi Jane Roe"), (110, "06/02/2022"))
            + at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks is None
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Jane Roe", date(2022, 6, 2))]


def test_remark_after_the_label_stays_a_remark() -> None:
    tail = (at((2, "Remarks: Exhibit 24 - Power of Attorney"))
            + at((80, "is! Jane Roe"), (110, "06/02/2022"))
            + at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks == "Exhibit 24 - Power of Attorney"
    assert doc.owner_signatures[0].signature_name == "/s/ Jane Roe"


def test_specks_after_the_label_are_no_remark() -> None:
    tail = (at((2, "Remarks:"), (20, ". :"))
            + at((80, "Isi Jane Roe"), (110, "06/02/2022"))
            + at((80, "** Signature of Reporting Person"), (118, "Date")))
    assert read_text(_form(tail)).remarks is None


def test_signature_date_on_a_remark_line() -> None:
    """The tilt set the signature's date far right on a line of the remark (or of specks at the margin), the
    name on the line under it: the date is the signature's, not the remark's."""
    tail = (at((2, "Remarks:"))
            + at((2, "Exhibit 24 Power of Attorney"), (112, "06/02/2022"))
            + at((80, "Isi Jane Roe"))
            + at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks == "Exhibit 24 Power of Attorney"
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Jane Roe", date(2022, 6, 2))]
