"""Box 2 of a poor scan on OCR's grid: its label misread past matching ('Ticker-or Trading'), its value
'NAME [ TICKER ]' split at the wide space before the bracket ('SUNPOWER CORP' | '[ SPWR ]}'), or its
brackets set on a grid line of their own ('ERICKSON CORP  EAC' over '[  }'). The name and ticker are read,
uncertain."""

from __future__ import annotations

from section16.readers.text import read_text


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


def _form(value: str) -> str:
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker-or Trading Symbol"),
              (99, "5. Relationship of Reporting Person(s) to Issuer"))
        + value
        + _at((0, "ROE JANE"), (99, "X Director    LJ 10% Owner"))
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


def _issuer(value: str) -> tuple[str | None, str | None, list[str]]:
    doc = read_text(_form(value))
    assert doc.issuer is not None
    return doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol, doc.extraction.uncertain_fields


def test_name_and_bracketed_ticker_in_two_cells() -> None:
    name, sym, _unsure = _issuer(_at((48, "SUNPOWER CORP"), (72, "[ SPWR ]}"), (99, "(Check all applicable)")))
    assert (name, sym) == ("SUNPOWER CORP", "SPWR")


def test_name_and_bracketed_ticker_in_two_cells_label_unread() -> None:
    """The label misread past matching ('Issuer Namie and Ticker'): the value is found by its brackets."""
    text = _form(_at((48, "SUNPOWER CORP"), (72, "[ SPWR ]}"), (99, "(Check all applicable)"))).replace(
        "Issuer Name and Ticker-or", "Issuer Namie and Ticket of")
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("SUNPOWER CORP", "SPWR")
    assert {"issuer.issuer_name", "issuer.issuer_trading_symbol"} <= set(doc.extraction.uncertain_fields)


def test_ticker_brackets_on_the_line_below() -> None:
    value = (_at((48, "ERICKSON CORP"), (66, "EAC"), (99, "(Check all applicable)"))
             + _at((63, "[      }")))
    name, sym, unsure = _issuer(value)
    assert (name, sym) == ("ERICKSON CORP", "EAC")
    assert "issuer.issuer_trading_symbol" in unsure


def test_capital_word_without_brackets_near_is_no_ticker() -> None:
    name, sym, _unsure = _issuer(_at((48, "ERICKSON CORP"), (66, "EAC"), (99, "(Check all applicable)")))
    assert sym is None
