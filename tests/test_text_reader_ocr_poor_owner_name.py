"""Box 1 of a poor scan on OCR's grid: its label and the owner's name, printed on two lines, read as lines
of both mixed ('MACARTNEY 1.  arid Addréss LAWSON of Reporting Person”'). The name is the words left once
the label's words are taken off, uncertain; a clean scan's box 1 is read as before."""

from __future__ import annotations

from section16.readers.text import read_text


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


def _form(box1: str) -> str:
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + box1
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
        + _at((62, "/s/ Jane Roe"), (82, "06/02/2022"))
        + _at((62, "** Signature of Reporting Person"), (100, "Date"))
    )


_BOX2_LABELS = ((48, "2. Issuer Name and Ticker or Trading Symbol"), (99, "5. Relationship of Reporting Person(s)"))
_BOX2_VALUE = ((48, "GADGET INC [ GDGT ]"), (99, "X Director    LJ 10% Owner"))


def test_name_among_label_words() -> None:
    box1 = (_at((2, "MACARTNEY 1."), (16, "arid Addréss LAWSON of Reporting Person\u201d"), *_BOX2_LABELS)
            + _at((4, "Name"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "MACARTNEY LAWSON"
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_name_split_over_label_lines_in_column_order() -> None:
    """'Name Adam Address of' over 'Elsesser': one printed line, read in the order of the columns."""
    box1 = (_at((2, "1."), (10, "and"), (25, "Re"), (34, "Person\u201d"), *_BOX2_LABELS)
            + _at((4, "Name Adam Address"), (22, "of"))
            + _at((2, "Elsesser"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "Elsesser Adam"


def test_clean_box1_is_read_as_before() -> None:
    box1 = (_at((0, "1. Name and Address of Reporting Person*"), *_BOX2_LABELS)
            + _at((0, "ROE JANE"), *_BOX2_VALUE))
    doc = read_text(_form(box1))
    assert doc.reporting_owners[0].rpt_owner_name == "ROE JANE"
