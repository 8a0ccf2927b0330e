"""A Form 3 amendment (3/A) prints Form 3's Table II, holdings only: no transaction columns."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4

_LINES = MD_FORM4.splitlines(keepends=True)
_T2 = "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"


def test_form3_amendment_table2_reads_the_form3_columns() -> None:
    """A 3/A's Table II holding ('Option | 02/08/2020 | 02/08/2028 | Common Stock | 182,006 | $61.22 |
    D'):
    read with Form 3's columns (exercisable, expiration, underlying, conversion price last), as a
    plain Form 3 is; the price after the amount is the conversion price (it was lost: the columns
    were read as Form 4's)."""
    text = (MD_FORM4.replace("**FORM 4**", "**FORM 3**")
            .replace("# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**",
                     "# **INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES**\n\n"
                     "4. If Amendment, Date of Original Filed (Month/Day/Year) **03/01/2020**")
            .replace(_LINES[8], "|Common<br>Stock|||||||8,500|D||\n")
            .replace(_T2, _T2 + "|Non-Qualified Stock<br>Option (right to buy)|02/08/2020|02/08/2028|"
                     "Common Stock|182,006|$61.22|D||\n"))
    doc = read_text(text)
    assert doc.document_type == "3/A"
    (h,) = doc.derivative_holdings
    assert h.conversion_or_exercise_price == Decimal("61.22")
    assert (h.underlying_security_title, h.underlying_security_shares) == ("Common Stock", Decimal("182006"))
