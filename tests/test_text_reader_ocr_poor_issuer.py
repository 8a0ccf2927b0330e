"""Box 2 of a poor scan on OCR's grid: its label misread past matching ('Ticker-or Trading'), its value
'NAME [ TICKER ]' split at the wide space before the bracket ('SUNPOWER CORP' | '[ SPWR ]}'), or its
brackets set on a grid line of their own ('ERICKSON CORP  EAC' over '[  }'). The name and ticker are read,
uncertain."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import GRID_LABELS, at, grid_form


def _form(value: str) -> str:
    return grid_form(GRID_LABELS.replace("Ticker or", "Ticker-or") + value
                     + at((0, "ROE JANE"), (99, "X Director    LJ 10% Owner")))


def _issuer(value: str) -> tuple[str | None, str | None, list[str]]:
    doc = read_text(_form(value))
    assert doc.issuer is not None
    return doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol, doc.extraction.uncertain_fields


def test_name_and_bracketed_ticker_in_two_cells() -> None:
    name, sym, _unsure = _issuer(at((48, "SUNPOWER CORP"), (72, "[ SPWR ]}"), (99, "(Check all applicable)")))
    assert (name, sym) == ("SUNPOWER CORP", "SPWR")


def test_name_and_bracketed_ticker_in_two_cells_label_unread() -> None:
    """The label misread past matching ('Issuer Namie and Ticker'): the value is found by its brackets."""
    text = _form(at((48, "SUNPOWER CORP"), (72, "[ SPWR ]}"), (99, "(Check all applicable)"))).replace(
        "Issuer Name and Ticker-or", "Issuer Namie and Ticket of")
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("SUNPOWER CORP", "SPWR")
    assert {"issuer.issuer_name", "issuer.issuer_trading_symbol"} <= set(doc.extraction.uncertain_fields)


def test_ticker_brackets_on_the_line_below() -> None:
    value = (at((48, "ERICKSON CORP"), (66, "EAC"), (99, "(Check all applicable)"))
             + at((63, "[      }")))
    name, sym, unsure = _issuer(value)
    assert (name, sym) == ("ERICKSON CORP", "EAC")
    assert "issuer.issuer_trading_symbol" in unsure


def test_capital_word_without_brackets_near_is_no_ticker() -> None:
    name, sym, _unsure = _issuer(at((48, "ERICKSON CORP"), (66, "EAC"), (99, "(Check all applicable)")))
    assert sym is None
