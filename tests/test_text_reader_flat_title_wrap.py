"""Flat text of a holding row ending in its nature ('Class A 100,000 I By Roe Family LLC') with the
title's wrapped line under it ('Common Stock'): a line of title words alone is the one title's."""

from __future__ import annotations

from section16.readers.text import read_text

FORM = """**FORM 4**

# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**

<mark>X</mark> Check this box if no longer subject to Section 16.

<!-- Start of picture text -->
""" + "<br>".join((
    "1. Name and Address of Reporting Person * 2. Issuer Name and Ticker or Trading Symbol",
    "Roe Jane Gadget Inc. [ GDGT ]", "(Last) (First) (Middle) 3. Date of Earliest Transaction (Month/Day/Year)",
    "9 ELM ST 06/01/2022", "(Street)", "SPRINGFIELD IL 62701", "(City) (State) (Zip)",
    "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
    "1. Title of Security 2. Transaction Date 3. Transaction Code 5. Amount of Securities Beneficially Owned",
    "Code V Amount (A) or (D) Price",
    "Class A 65,000 D", "Common Stock", "Class A 100,000 I By Roe Family LLC", "Common Stock",
    "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned", "")) + """
<!-- End of picture text -->

## **Explanation of Responses:**

**/s/ Jane Roe**

** Signature of Reporting Person

**06/03/2022**

Date
"""


def test_title_words_under_a_row_with_its_nature_are_the_titles() -> None:
    """'Common Stock' all goes to the title (was 'Class A Common' and a nature ending in 'Stock')."""
    rows = read_text(FORM).non_derivative_holdings
    assert [(r.security_title, r.nature_of_ownership) for r in rows][-1] == (
        "Class A Common Stock", "By Roe Family LLC")
