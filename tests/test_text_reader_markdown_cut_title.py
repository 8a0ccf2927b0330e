"""PyMuPDF4LLM markdown: a Form 3 holding row whose one-line title a guessed column edge cut
inside a word, the word's end printed in the amount's cell (shapes seen on the probe folders
re-rendered at other geometries); each on a small fixture typed here."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text

_ROW = "|Widget Holdings Corp|200,000|D||\n"

_MD3 = """**FORM 3**

# **INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES**

|1. Name and Address of Reporting Person<sup>*</sup><br>**DOE JOHN**|2. Issuer Name and Ticker or Trading Symbol<br>**Widget Holdings Corp [ WDGT ]**||4. Relationship of Reporting Person(s) to Issuer<br>X Director|
|---|---|---|---|
|(Last) (First) (Middle)<br>**1 MAIN STREET**<br>(Street)<br>**SPRINGFIELD IL 62701**<br>(City) (State) (Zip)|3. Date of Event Requiring Statement (Month/Day/Year)<br>**10/16/2019**|||
||**Table I - Non-Derivative Securities Beneficially Owned**|||
|1. Title of Security (Instr. 4)|2. Amount of Securities Beneficially Owned (Instr. 4)|3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)|4. Nature of Indirect Beneficial Ownership (Instr. 5)|
ROW||**Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)**|||

## **Explanation of Responses:**

# **/s/ John Doe**

** Signature of Reporting Person

**10/18/2019** Date
"""  # noqa: E501 - extractor lines are as wide as the page


def _holding(row: str) -> tuple[str | None, Decimal | None, str | None, str | None]:
    doc = read_text(_MD3.replace("ROW", row))
    (h,) = doc.non_derivative_holdings
    return h.security_title, h.shares_owned_following_transaction, h.direct_or_indirect_ownership, h.nature_of_ownership


def test_fixture_reads_whole() -> None:
    """The fixture's uncut row reads as printed."""
    assert _holding(_ROW) == ("Widget Holdings Corp", Decimal("200000"), "D", None)


def test_word_end_stacked_over_the_amount_goes_back_onto_the_title() -> None:
    """'Widget Holdi' | 'ngsCorp<br>200,000' | 'D' (the space before 'Corp' lost, as the extractor
    drops it): the lower-case piece finishes the title's cut word (no value starts so), the amount
    stays in its column; the amount and form letter are not read as the nature of ownership."""
    title, amount, form, nature = _holding("|Widget Holdi|ngsCorp<br>200,000|D||\n")
    assert (title, amount, form, nature) == ("Widget HoldingsCorp", Decimal("200000"), "D", None)


def test_word_end_alone_in_its_cell_goes_back_onto_the_title() -> None:
    """'Widget Holdi' | 'ngsCorp' | '200,00' | '0' | 'D': the word's end alone in the next cell
    before an amount goes back onto the title; the amount cut at an edge joins as before."""
    title, amount, form, nature = _holding("|Widget Holdi|ngsCorp|200,00|0|D|||\n")
    assert (title, amount, form, nature) == ("Widget HoldingsCorp", Decimal("200000"), "D", None)


def test_amount_and_form_letter_stacked_in_one_cell_of_a_three_cell_row() -> None:
    """The amount and ownership columns merged into one cell ('100<br>D'), the row three cells
    wide: the number opening the cell after the title, its form letter after it, is the amount,
    not more of the title."""
    title, amount, form, nature = _holding("|Common Shares of Beneficial<br>Interest|100<br>D||\n")
    assert (title, amount, form, nature) == ("Common Shares of Beneficial Interest", Decimal("100"), "D", None)


def test_amount_with_its_marker_and_form_letter_stacked_in_one_cell() -> None:
    """As above with the amount's raised marker between it and the letter
    ('100<sup>(1)</sup><br>I' | 'See Footnote'): the marker is the amount's, the rest the nature."""
    doc = read_text(_MD3.replace("ROW", "|Common Stock|100<sup>(1)</sup><br>I|See Footnote|\n"))
    (h,) = doc.non_derivative_holdings
    assert (h.security_title, h.shares_owned_following_transaction) == ("Common Stock", Decimal("100"))
    assert (h.direct_or_indirect_ownership, h.nature_of_ownership) == ("I", "See Footnote")
    assert h.footnote_ids.get("shares_owned_following_transaction") == ["F1"]
