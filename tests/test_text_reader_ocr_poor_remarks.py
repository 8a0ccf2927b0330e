"""The 'Remarks:' line of a poor scan on OCR's grid: the tilt set the signature on the label's line, far right
of it where signatures stand ('Remarks:' ... 'Isi Jane Roe  06/02/2022'): that is the signature, not a remark.
Specks OCR read after the label ('.', ':') are no remark either."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


def _form(tail: str) -> str:
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
              (99, "5. Relationship of Reporting Person(s) to Issuer"))
        + _at((0, "ROE JANE"), (48, "GADGET INC [ GDGT ]"), (99, "(Check all applicable)"))
        + _at((99, "X Director    LJ 10% Owner"))
        + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
        + _at((0, "9 ELM ST"), (48, "06/01/2022"))
        + _at((0, "(Street)"))
        + _at((0, "AUSTIN TX 78701"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((0, "(City) (State) (Zip)"), (48, "L] Form filed by More than One Reporting Person"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        + _at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"),
              (67, "5. Amount of Securities"), (99, "6. Ownership Form"))
        + _at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
              (67, "12,000"), (77, "D"))
        + "Explanation of Responses:\n"
        + tail
    )


def test_signature_on_the_remarks_line_is_the_signature() -> None:
    tail = (_at((2, "Remarks:"), (80, "Isi Jane Roe"), (110, "06/02/2022"))
            + _at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks is None
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Jane Roe", date(2022, 6, 2))]


def test_remark_after_the_label_stays_a_remark() -> None:
    tail = (_at((2, "Remarks: Exhibit 24 - Power of Attorney"))
            + _at((80, "is! Jane Roe"), (110, "06/02/2022"))
            + _at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks == "Exhibit 24 - Power of Attorney"
    assert doc.owner_signatures[0].signature_name == "/s/ Jane Roe"


def test_specks_after_the_label_are_no_remark() -> None:
    tail = (_at((2, "Remarks:"), (20, ". :"))
            + _at((80, "Isi Jane Roe"), (110, "06/02/2022"))
            + _at((80, "** Signature of Reporting Person"), (118, "Date")))
    assert read_text(_form(tail)).remarks is None


def test_signature_date_on_a_remark_line() -> None:
    """The tilt set the signature's date far right on a line of the remark (or of specks at the margin), the
    name on the line under it: the date is the signature's, not the remark's."""
    tail = (_at((2, "Remarks:"))
            + _at((2, "Exhibit 24 Power of Attorney"), (112, "06/02/2022"))
            + _at((80, "Isi Jane Roe"))
            + _at((80, "** Signature of Reporting Person"), (118, "Date")))
    doc = read_text(_form(tail))
    assert doc.remarks == "Exhibit 24 Power of Attorney"
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Jane Roe", date(2022, 6, 2))]
