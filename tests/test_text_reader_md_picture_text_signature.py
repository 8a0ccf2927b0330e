"""PyMuPDF4LLM with no table cut into <br> stacks (the header boxes printed as a 'picture text'
block, read as HTML): the bold signature lines below the footnotes are still the signature."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text

FORM = """**FORM 4**

# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**

<mark>X</mark> Check this box if no longer subject to Section 16.

<!-- Start of picture text -->
""" + "<br>".join((
    "1. Name and Address of Reporting Person * 2. Issuer Name and Ticker or Trading Symbol",
    "Roe Jane Gadget Inc. [ GDGT ]", "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year)",
    "9 ELM ST 06/01/2022", "(Street)", "SPRINGFIELD IL 62701", "(City) (State) (Zip)", "")) + """
<!-- End of picture text -->

## **Explanation of Responses:**

1. Held in a brokerage account. **Remarks:**

**/s/ Mark Poe, Attorney-in-Fact for Jane Roe**

** Signature of Reporting Person

**06/03/2022**

Date

Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.
"""


def test_bold_signature_below_the_footnotes_without_cut_tables() -> None:
    """The bold name and the bold date apart from it, the label between (was no signature at all)."""
    doc = read_text(FORM)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Mark Poe, Attorney-in-Fact for Jane Roe", date(2022, 6, 3))]
