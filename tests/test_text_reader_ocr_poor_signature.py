"""A poor scan's typed signature on OCR's grid: specks read before its '/s/' ('31 . /s/ Jane Roe'), the
label's misread words run on after it ('Signatire of Reportin'), and a word of its one printed line set a grid
line lower, under the gap it belongs in ('Isi Jane   Roe' over 'Q.'). The name as printed is read."""

from __future__ import annotations

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
        + _at((80, "** Signature of Reporting Person"), (118, "Date"))
    )


def _signature(tail: str) -> str | None:
    return read_text(_form(tail)).owner_signatures[0].signature_name


def test_specks_before_the_slash_s_and_label_words_after_are_off() -> None:
    assert _signature(_at((76, "31 . /s/ Jane Roe Signatire of Reportin"), (118, "06/02/2022"))) == "/s/ Jane Roe"


def test_word_set_a_line_lower_goes_back_in_its_gap() -> None:
    tail = _at((80, "Isi Jane"), (96, "Roe"), (118, "06/02/2022")) + _at((90, "Q."))
    assert _signature(tail) == "/s/ Jane Q. Roe"


def test_wrapped_line_under_the_first_word_goes_on_after() -> None:
    tail = (_at((80, "/s/ Jane Roe, Attorney-in-Fact for"), (118, "06/02/2022"))
            + _at((80, "John Doe")))
    assert _signature(tail) == "/s/ Jane Roe, Attorney-in-Fact for John Doe"
