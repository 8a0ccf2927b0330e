"""Small value parsers: dates, numbers, footnote markers, and the squashed text labels are
matched against."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

DAMAGE = "\ufffd"
"""Stands in for characters of another script that OCR put in place of Latin letters."""

# ---------------------------------------------------------------------------------------
# Small value parsers
# ---------------------------------------------------------------------------------------

_DATE_FULL = re.compile(r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4})(?![\d/])")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUM = re.compile(r"^\(?\$?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?$")
_FN = re.compile(r"^(?:\((\d{1,2})\)|\[(\d{1,2})\]|\(F(\d{1,2})\)|F(\d{1,2}))[,;.]?$")
_GLUED_FN = re.compile(r"^(.*?[\dA-Za-z%.,])((?:\((?:F?\d{1,2})\),?)+)$")
_CODES = set("PSVAMCDEFGHIJKLOUWXZ")


_CONFIRMED = re.compile(r"agrees with row arithmetic|(?<!not )confirmed by (?:the )?row arithmetic")
"""Evidence of an amount the row arithmetic confirmed (not the note saying it did not)."""


def _code_agrees(code: str, ad: str | None, price: Decimal | None, derivative: bool = False) -> bool:
    """Whether a code fits its (A)/(D) and price: P buys, S sells (at a price), F disposes, A grants;
    C, M, X acquire shares in Table I and dispose of the derivative in Table II."""
    if code in ("P", "S") and price is not None and price == 0:
        return False
    if code == "A" and price is not None and price > 0 and not derivative:
        return False
    conv = "D" if derivative else "A"
    want = {"P": "A", "A": "A", "S": "D", "F": "D", "C": conv, "M": conv, "X": conv}.get(code)
    return want is None or ad is None or ad == want


def _to_date(m: tuple[str, str, str] | re.Match[str], iso: bool = False) -> date | None:
    g = m.groups() if isinstance(m, re.Match) else m
    try:
        if iso:
            return date(int(g[0]), int(g[1]), int(g[2]))
        return date(int(g[2]), int(g[0]), int(g[1]))
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first full date (MM/DD/YYYY or ISO) in ``text``."""
    m = _DATE_FULL.search(text)
    if m:
        return _to_date(m)
    m = _DATE_ISO.search(text)
    return _to_date(m, iso=True) if m else None


_VALID_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _valid_number(s: str) -> bool:
    return bool(_VALID_NUMBER.fullmatch(s))


def _dec(s: str) -> Decimal | None:
    s = s.replace("$", "").replace(",", "").strip("()")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_OCR_TRACES = re.compile(r"\S \| \S|(?<!\S)(?:L\]|LJ|L_\]|\[_\]|LC|Is[}!|]|\[XJ|\[X\}|\{X\])(?!\S)|[©°®{}]")
_PARENS = re.compile(r"\([^()]*\)")  # not from a cut title's open "(" across the row
_HEAD_WORDS = re.compile(r"instr\b|month/day|\(a\) or \(d\)|title of|ownership form|code\s+v\b|(?:\b|(?<=\d))and \d\)")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


_WORDY = re.compile(r"[A-Za-z]{3,}.*\d|\d.*[A-Za-z]{3,}")
"""A cell whose number sits among words ("value $0.01 per"): wrapped text, not a data column."""


_ASCII_NOT_ALNUM = {c: None for c in range(128) if _NOT_ALNUM.fullmatch(chr(c))}
"""A str.translate table deleting the ASCII characters _NOT_ALNUM matches (on ASCII text translate is faster)."""


def _squash(s: str) -> str:
    low = s.lower()
    return low.translate(_ASCII_NOT_ALNUM) if low.isascii() else _NOT_ALNUM.sub("", low)


def _clean(s: str) -> str:
    s = s.replace(DAMAGE, " ")
    return " ".join(s.split()).strip(" ,;:|_`'\"-")




def _majority(seen: list[tuple]) -> tuple | None:
    """The box 5 marks most owners of a joint filing carry; on a tie, the first owner's of the tied sets.
    (Not ``max(set(seen))``: the marks hold None, whose hash, and so a set's order, changes from run to
    run, and so did the marks a tie gave.)"""
    return max(seen, key=seen.count) if seen else None
