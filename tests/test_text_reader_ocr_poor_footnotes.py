"""A poor scan's footnote numbers misread ('1;', 'i.') or lost (the first footnote's text above '2.'): the
footnotes are still read, by the number that comes next."""

from __future__ import annotations

from section16.readers.text import read_text


def _form(notes: str) -> str:
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        "1. Name and Address of Reporting Person*   2. Issuer Name and Ticker or Trading Symbol\n"
        "ROE JANE                                   GADGET INC [ GDGT ]\n"
        "(Last) (First) (Middle)                    3. Date of Earliest Transaction (Month/Day/Year)\n"
        "9 ELM ST                                   06/01/2022\n"
        "(Street)\n"
        "AUSTIN TX 78701\n"
        "(City) (State) (Zip)\n"
        "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        "Common Stock    06/01/2022     P      2,000    A    $9.50(1)    12,000(2)    D\n"
        "Explanation of Responses:\n"
        + notes
        + "Remarks:\n"
        "                                           /s/ Jane Roe          06/02/2022\n"
        "                                           ** Signature of Reporting Person   Date\n"
    )


def test_misread_footnote_numbers_in_sequence() -> None:
    doc = read_text(_form("1; The price is a weighted average.\ni. Not a footnote number here.\n"
                          "2: Held directly by the reporting person.\n"))
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]
    assert doc.footnotes[1].text == "Held directly by the reporting person."


def test_first_footnote_number_lost() -> None:
    doc = read_text(_form("The price is a weighted average of several trades.\n"
                          "2. Held directly by the reporting person.\n"))
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]
    assert doc.footnotes[0].text == "The price is a weighted average of several trades."
    assert "footnotes[0].id" in doc.extraction.uncertain_fields
