"""Table rows as tokens: the row grammar's pieces (dates, numbers, markers, codes) and the
readings of split or duplicated digits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from section16.readers.text.values import _CODES, _DATE_FULL, _FN, _GLUED_FN, DAMAGE, _to_date, _valid_number

# ---------------------------------------------------------------------------------------
# Table rows: tokens and grammar
# ---------------------------------------------------------------------------------------

# compiled once: the token readers run them on every token of every row
_NUMBER_TEXT = re.compile(r"\$?\s?[\d,]*\.?[\d,]*")
_DATE_FRAGMENT = re.compile(r"\d{0,2}/?\d{0,2}/\d{0,4}|\d{1,2}/\d{1,2}")
_RULE_WORD = re.compile(r"[|\u00a6]*(?:=+|[}{\]]|_+)[|\u00a6]*")
"""A table rule OCR read with its box's edge: '=|', '}', '|_', '='."""
_VALUE_THEN_BRACE = re.compile(r"(?:\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+\.\d+|\d{1,2}/\d{1,2}/\d{4})[\]}]")
"""A value with the column rule after it read as a brace ('18,070]', '$59.907]', '10/24/2028]'): the
rule, like a glued '|', is no part of the value. Only values whose digits are whole (comma groups of
three, a decimal, a full date): in '27,5002]' or '500]' the brace may end a footnote marker '(2)'."""
_DIGIT_OR_POINT = re.compile(r"[\d.]")
_MARKER = re.compile(r"\(F?\d{1,2}\)")
_MARKERS_ONLY = re.compile(r"(?:\(F?\d{1,2}\),?){2,}")


@dataclass(slots=True)
class _Tok:
    text: str
    gap: int  # empty cells before this token (0 = same or adjacent cell)
    cell: int
    x: int = 0  # character column, when the input has positions
    ruled: bool = False  # a table rule ('|') stands between this token and the one before

    @property
    def fn(self) -> str | None:
        m = _FN.match(self.text)
        if not m:
            return None
        return "F" + next(g for g in m.groups() if g)

    @property
    def is_num(self) -> bool:
        t = self.text
        return bool(t) and bool(_NUMBER_TEXT.fullmatch(t)) and any(c.isdigit() for c in t)

    @property
    def is_dollar(self) -> bool:
        return self.text.startswith("$")

    @property
    def is_datefrag(self) -> bool:
        return "/" in self.text and bool(_DATE_FRAGMENT.fullmatch(self.text))


def _tokens(
    cells: list[str], offsets: list[int] | None = None, widths: list[int] | None = None, min_gap: int = 3
) -> list[_Tok]:
    out: list[_Tok] = []
    gap = 0
    for ci, cell in enumerate(cells):
        c = cell.replace(DAMAGE, " ").strip()
        if not c:
            gap += 1
            continue
        if offsets is not None and ci > 0:
            # positioned cells: a wide horizontal gap stands for an empty column
            w = widths[ci - 1] if widths is not None and ci - 1 < len(widths) else len(cells[ci - 1])
            gap = 1 if offsets[ci] - (offsets[ci - 1] + w) >= min_gap else 0
        words = c.split()
        first = True
        ruled = False
        i = 0
        while i < len(words):
            w = words[i].strip("|\u00a6")  # '\u00a6' (broken bar): a rule markdown's <br> stacks hide
            if _VALUE_THEN_BRACE.fullmatch(w):
                w = w[:-1]
            if _RULE_WORD.fullmatch(words[i]):
                # '=|', '}', '|_', '=': a table rule OCR read with its box's edge as '=' or '_', or as a brace
                w = ""
            if not w:
                ruled = True
                i += 1
                continue
            if w == "$" and i + 1 < len(words) and _DIGIT_OR_POINT.match(words[i + 1]):
                w = "$" + words[i + 1]
                i += 1
            elif w == "$" and i + 1 == len(words) and ci + 1 < len(cells):
                pass
            m = _GLUED_FN.match(w)
            parts = [w]
            if m and m.group(1):
                parts = [m.group(1)] + _MARKER.findall(m.group(2))
                if m.group(1).startswith("(") and not m.group(1).endswith(")"):
                    parts = [w]
            elif _MARKERS_ONLY.fullmatch(w):
                parts = _MARKER.findall(w)  # "(1)(2)": two markers, no value
            for p in parts:
                out.append(_Tok(p, gap if first else 0, ci, (offsets[ci] if offsets else 0) + c.find(p), ruled))
                first = False
                gap = 0
                ruled = False
            i += 1
        gap = 0
    # "$" alone in a cell followed by a number cell: the price is in the number's cell, where its
    # glued markers are ('\$ | | 0(3)')
    merged: list[_Tok] = []
    for t in out:
        if merged and merged[-1].text == "$" and _DIGIT_OR_POINT.match(t.text):
            merged[-1] = _Tok("$" + t.text, merged[-1].gap, t.cell, merged[-1].x)
        else:
            merged.append(t)
    return merged


_NUM_MARK_NOISE = re.compile(r"^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)([?°®©'\"*”“™]{1,2}\)?|(?<=\d)\))$")
_CODE_MARK_NOISE = re.compile(r"^([A-Z])([O0o°®©?'\"*”“™]{1,2}\)?|\)|(?i:\1)|[A-Z])$")
"""A code letter with its footnote marker's smear ('FO', 'F?)'), echoed in lower case ('Ss'), or
with the marker read as a second capital ('AM' for A(1): no code has two letters)."""
_DI_MARK_NOISE = re.compile(r"^([DI])(?:[a-z]{1,2}[?®©°)'\"”“™]{0,2}|[?®©°)'\"”“™]{1,2})$")
"""The ownership form with its footnote marker's smear: 'Dp?)' for D(2)."""


_SMEAR = re.compile(r"[?°®©'\"*”“™]{1,2}\)?|\)|[O0o][?°®©'\"*”“™]?\)")
"""What a marker glued to a value smeared into ('?)', '®', ')', 'O)'): a marker was there, its number lost.
(After a code, a second capital or 'O' ('AM', 'FO') is one too; a code's echoed letter ('Ss', 'SS') is not.)"""
_LOWER_SMEAR = re.compile(r"[a-z]{1,2}[?®©°)'\"”“™]{1,2}")


def _marker_smeared(rest: str) -> bool:
    """Whether what OCR left of a marker glued to a value shows the marker itself (its number lost).
    ('7)' alone is no value with a smear: it may be the marker '(7)' that lost its '(')"""
    return bool(_SMEAR.fullmatch(rest) or _LOWER_SMEAR.fullmatch(rest))


def _whole_amount(left: str, right: str) -> bool:
    """OCR'd tab cells: is ``left`` a whole amount, ``right`` the next column's, rather than two
    pieces of one split amount ('10 | 4,167', '3,0 | 000')? Yes when ``left`` is written with its
    thousands commas, when the two read the same (column 9 repeating column 7), or when they do not join;
    no when ``left`` ends in a comma group cut short and the two join."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*,\d{1,2}", left) and any(
            h != "read" for _, h in _number_readings([left, right])):
        return False  # '3,0 | 000': a comma group cut short is a piece, its last digit repeated or not
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+", left) or left == right
                or not re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", left + right))


_DATE_SMEAR = r"[^\w\s/()\[\].,;:$\-]"
"""A glyph a raised footnote marker smears into after a date: any symbol ('?', '°', '®', '©', '™', '%',
'*', quotes, a rule's '|' or brace), not a letter, digit or punctuation a text has there."""

# what _ocr_marker_noise recognises in a token (see there for examples)
_DATE_WITH_SMEAR = re.compile(r"[}{|]*(\d{1,2}/\d{1,2}/\d{4})(?:" + _DATE_SMEAR + r"+\d{0,2}\)?|\d{0,2}\))")
_DATE_SMEAR_MARKER = re.compile(_DATE_SMEAR + r"*(\d{0,2})\)")
_RULE_THEN_DATE = re.compile(r"[\[\]}{|]*(\d{1,2}/\d{1,2}/\d{4})[.:;]?")
"""A date with the table rule before it read as a bracket or bar ('[07/08/2020', '|07/08/2020'), or a speck
after it read as a stop ('01/13/2020.')."""
_WORD_WITH_BRACE = re.compile(r"[}{]+[A-Za-z].*|[A-Za-z][^}{]*[}{]+")
_AMOUNT_WITH_BRACE = re.compile(r"\{?(\$?\d[\d,]*(?:\.\d+)?)[}\]]|\{(\$?\d[\d,]*(?:\.\d+)?)")
_NON_DIGIT = re.compile(r"\D")
_ZERO_PRICE_AS_GO = re.compile(r"go[)\]]?|\$0\]")
_PRICE_COMMA_FOR_POINT = re.compile(r"\$\d{1,3},(?:\d{2}|\d{4})\)?")
_AMOUNT_MARKER_NO_OPEN = re.compile(r"(\$?\d{1,3}(?:,\d{3})+)(\d{1,3})\)[}\]]?")
_AMOUNT_MARKER_NO_PARENS = re.compile(r"(\d{1,3}(?:,\d{3})+)(\d)")
_FRACTION_MARKER_NO_OPEN = re.compile(r"(\d{1,3}(?:,\d{3})*\.\d{2,})([1-9])\)")
_SHORT_AMOUNT_MARKER_NO_OPEN = re.compile(r"([1-9]\d{2})([1-9])\)")
_MARKER_NUMBER = re.compile(r"[1-9]\d?")
_AMOUNT_PERCENT_MARKER = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?)%(\d{0,2})\)?")
_ZERO_PRICE_MARKER_NO_OPEN = re.compile(r"\$0(\d{1,2})\)")
_GLYPH_MARKER = re.compile(r"[©®°]{1,2}\)?|[^\w\s|$()]{1,2}\)")
_ONE_GLYPH_MARKER = re.compile(r"[@“”\"'*™?%]")
_DATE_MDY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_MARKER_DIGIT_LOST = re.compile(r"\)|\(\)|\((?:Q|[^\w\s()$|])\)?((?:\(\d{1,2}\))*)")
_NUMBERED_MARKER = re.compile(r"\(\d{1,2}\)")
_LOWER_CODE_MARKER = re.compile(r"([a-z])(?:\((\d{1,2})\)|[(Q®©°?@t]{0,2}\)|[®©°])")
_MARKER_NO_OPEN = re.compile(r"[1-9]\d?\)")
_DIGITS_MARKER_NO_OPEN = re.compile(r"\d{1,2}\)")
_TITLE_WORD = re.compile(r"[A-Z][A-Za-z]{2,}\S*")
_AMOUNT_SEMICOLON = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?;")
_PRICE_DIGITS_WITH_MARKER = re.compile(r"\d{1,3},\d{3,5}")
_MARKER_AS_LETTER = re.compile(r"[A-Z0O]")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")


def _ocr_marker_noise(toks: list[_Tok], ids: frozenset[str] = frozenset()) -> list[_Tok]:
    """OCR of a superscript footnote marker glued to a value: '1,138,960?)', '$0®)', 'FO'.
    The value is kept and the smear dropped (the marker's number is lost)."""
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        d = _DATE_WITH_SMEAR.fullmatch(t.text)
        if d or _WORD_WITH_BRACE.fullmatch(t.text):
            # a date with a marker's smear after it ('05/07/2016)'); a word with a table rule's ('}Common')
            out.append(_Tok(d.group(1) if d else t.text.strip("}{"), t.gap, t.cell, t.x, t.ruled))
            if d and (mark := _date_smear_marker(t.text[d.end(1):])):
                out.append(_Tok(mark, 0, t.cell, t.x + d.end(1), False))
            continue
        if (rd := _RULE_THEN_DATE.fullmatch(t.text)) and rd.group(1) != t.text:
            out.append(_Tok(rd.group(1), t.gap, t.cell, t.x + rd.start(1), t.ruled))
            continue
        r = _AMOUNT_WITH_BRACE.fullmatch(t.text)
        if r and len(_NON_DIGIT.sub("", r.group(1) or r.group(2))) >= 2:
            # an amount with the table rule beside it read as a brace ('1000000}', '30,000]')
            out.append(_Tok(r.group(1) or r.group(2), t.gap, t.cell, t.x, t.ruled))
            continue
        if (_ZERO_PRICE_AS_GO.fullmatch(t.text) and 0 < k < len(toks) - 1 and toks[k + 1].is_num
                and (toks[k - 1].is_num or toks[k - 1].text.strip("()") in ("A", "D"))):
            # '$0' after an amount (or its A/D) read as the word 'go' (the '$' as 'g', the '0' as 'o'), its
            # marker's ')' or the rule's brace after it ('go)', '$0]')
            out.append(_Tok("$0", t.gap, t.cell, t.x, t.ruled))
            if t.text.endswith(")"):
                out.append(_Tok("(0)", 0, t.cell, t.x + 2, False))
            continue
        if _PRICE_COMMA_FOR_POINT.fullmatch(t.text):
            # a price whose decimal point OCR read as a comma ('$4,95(12)'): a comma group has three digits
            out.append(_Tok(t.text.replace(",", "."), t.gap, t.cell, t.x, t.ruled))
            continue
        lead = t.text[:1].isdigit()
        g = _AMOUNT_MARKER_NO_OPEN.fullmatch(t.text) or (
            # ... both its parentheses lost ('38,3472', '11,0840'): a comma group of four digits is no amount
            lead and "," in t.text and _AMOUNT_MARKER_NO_PARENS.fullmatch(t.text)) or (
            lead and "." in t.text and t.text.endswith(")")
            # ... or glued to a fractional amount ('348.262)', '47,109.4572)'): the digit before its ')', when it
            # names a listed footnote ('59.907)' with one footnote listed is 59.907 and a smear)
            and _FRACTION_MARKER_NO_OPEN.fullmatch(t.text)) or None
        if g and "." in g.group(1) and f"F{g.group(2)}" not in ids:
            g = None
        if (g is None and lead and len(t.text) == 5 and t.text.endswith(")") and k + 1 < len(toks)
                and (toks[k + 1].is_num or toks[k + 1].text in ("A", "D", "I"))):
            # '3032)' before the price: an amount of four digits or more is printed with its commas, so the
            # digit before the ')' is the marker's (its '(' lost), when it names a listed footnote
            g = _SHORT_AMOUNT_MARKER_NO_OPEN.fullmatch(t.text)
            g = g if g and f"F{g.group(2)}" in ids else None
        if g:
            # a marker that lost its '(' glued to an amount ('19,0482)' for 19,048(2)), a table rule's
            # brace after it or not ('2,1008)}'): the comma groups end the amount, so the digits past the
            # last full group are the marker's (its number lost when they cannot be one: '1,276,773003)')
            out.append(_Tok(g.group(1), t.gap, t.cell, t.x, t.ruled))
            num = g.group(2) if _MARKER_NUMBER.fullmatch(g.group(2)) else "0"
            out.append(_Tok(f"({num})", 0, t.cell, t.x + len(g.group(1)), False))
            continue
        pc = _AMOUNT_PERCENT_MARKER.fullmatch(t.text)
        if pc:
            # a marker OCR read with a '%' for its '(' after an amount ('250,000%2)', '1,151%', '53,085.4757%)'):
            # no percentage is written with thousands' commas; the digits past it, if any, are its number
            out.append(_Tok(pc.group(1), t.gap, t.cell, t.x, t.ruled))
            out.append(_Tok(f"({int(pc.group(2)) if pc.group(2) else 0})", 0, t.cell, t.x + len(pc.group(1)), False))
            continue
        z = _ZERO_PRICE_MARKER_NO_OPEN.fullmatch(t.text)
        if z:
            # '$08)' for '$0(8)': no price is written with a leading zero, so the digits past the
            # '$0' are a marker that lost its '('
            out.append(_Tok("$0", t.gap, t.cell, t.x, t.ruled))
            out.append(_Tok(f"({z.group(1)})", 0, t.cell, t.x + 2, False))
            continue
        if _GLYPH_MARKER.fullmatch(t.text) or (
                _ONE_GLYPH_MARKER.fullmatch(t.text) and k + 1 < len(toks)
                and (_DATE_MDY.fullmatch(toks[k + 1].text) or toks[k + 1].fn
                     or toks[k + 1].text in (")", "()"))):
            # a footnote marker read as one glyph ('@', '“') before column 6's other date or its marker
            # (whole or its ')' left):
            # it holds its column's place; its number is lost
            out.append(_Tok("(0)", t.gap, t.cell, t.x, t.ruled))
            continue
        q = _MARKER_DIGIT_LOST.fullmatch(t.text)
        if q and (t.gap or k == 0 or not toks[k - 1].text.endswith("(")):
            # a marker alone in its cell whose digit OCR lost (')', '()', '(Q' of '(1)(2)'): it holds its
            # column's place, its number lost; a marker after it keeps its own
            out.append(_Tok("(0)", t.gap, t.cell, t.x, t.ruled))
            for n in _NUMBERED_MARKER.findall(q.group(1) or ""):
                out.append(_Tok(n, 0, t.cell, t.x, False))
            continue
        lc = _LOWER_CODE_MARKER.fullmatch(t.text)
        if (lc and lc.group(1).upper() in _CODES and lc.group(1) != "v" and k + 1 < len(toks)
                and toks[k + 1].is_num):
            # a code letter OCR set in lower case with its marker's smear ('s@)', 'p(t)', 'p(10)'):
            # the code, then its marker (its number when read, else a place holder)
            out.append(_Tok(lc.group(1).upper(), t.gap, t.cell, t.x, t.ruled))
            out.append(_Tok(f"({lc.group(2) or 0})", 0, t.cell, t.x + 1, False))
            continue
        if (_MARKER_NO_OPEN.fullmatch(t.text) and (k == 0 or not toks[k - 1].text.endswith("("))
                and not (k > 0 and toks[k - 1].is_datefrag)  # (after a date it stands where the code does)
                and ((k > 0 and out and out[-1].fn) or (k + 1 < len(toks) and toks[k + 1].fn))):
            # '2)' beside a marker ('628,553" | 2) | (2)'): a marker that lost its '(' among the markers of
            # its neighbours, not an amount of 2 with a smear (an amount that small sits apart from them)
            out.append(_Tok(f"({t.text[:-1]})", t.gap, t.cell, t.x, t.ruled))
            continue
        nxt = k + 2 if k + 2 < len(toks) and (toks[k + 1].fn or toks[k + 1].text in (")", "()")) else k + 1
        if (_MARKER_NO_OPEN.fullmatch(t.text) and 0 < k < len(toks) - 1 and toks[k - 1].is_num
                and (t.gap or t.cell != toks[k - 1].cell) and nxt < len(toks)
                and _TITLE_WORD.fullmatch(toks[nxt].text)):
            # '20,691 |   6)   Class A', '$0.00   6)   )   Class A': a marker that lost its '(' in a cell
            # of its own between an amount and a title (Table II's date columns before column 7's title,
            # the other date's marker between or not), not an amount of 6
            out.append(_Tok(f"({t.text[:-1]})", t.gap, t.cell, t.x, t.ruled))
            continue
        if _price_marker_after(toks, k):
            # '$2,595.578 29)': a marker that lost its '(' right after the price, in its cell, is the price's
            out.append(_Tok(f"({t.text[:-1]})", t.gap, t.cell, t.x, t.ruled))
            continue
        if _AMOUNT_SEMICOLON.fullmatch(t.text):
            out.append(_Tok(t.text[:-1], t.gap, t.cell, t.x, t.ruled))  # '400;': a speck read after an amount
            continue
        m = _NUM_MARK_NOISE.match(t.text.lstrip("$"))
        if m and t.text.startswith("$") and m.group(2) == ")" and (
                "." in m.group(1) or _PRICE_DIGITS_WITH_MARKER.fullmatch(m.group(1))):
            m = None  # '$2,556.73462)', '$43,932)': the marker's digit may sit in the price (see _choose_price)
        if m is None and k + 1 < len(toks) and (toks[k + 1].is_num or _NUM_MARK_NOISE.match(toks[k + 1].text)):
            # (the amount after the code may carry a marker's smear of its own: 'Cc | 628,553"')
            m = _CODE_MARK_NOISE.match(t.text) if t.text[:1] in _CODES and t.text[:1] != "V" else None
        if m is None and k > 0 and toks[k - 1].is_num and all(not x.is_num for x in toks[k + 1:]):
            m = _DI_MARK_NOISE.match(t.text)  # after the last amount: the ownership form column
        out.append(_Tok(("$" if t.text.startswith("$") else "") + m.group(1), t.gap, t.cell, t.x, t.ruled) if m else t)
        rest = t.text[m.end(1) + (1 if t.text.startswith("$") and m.re is _NUM_MARK_NOISE else 0):] if m else ""
        code_marker = m is not None and m.re is _CODE_MARK_NOISE and bool(_MARKER_AS_LETTER.fullmatch(rest)) and (
            rest.lower() != m.group(1).lower())  # 'FO', 'AM': the marker read as a letter; 'SS' is an echo
        if (m and (_marker_smeared(rest) or code_marker)
                and not _ONE_OR_TWO_DIGITS.fullmatch(m.group(1) + rest.rstrip(")"))):
            out.append(_Tok("(0)", 0, t.cell, t.x + len(t.text) - len(rest), False))
    return out


def _date_smear_marker(smear: str) -> str | None:
    """The marker a date's smear shows, ending in its ')': '(4)' for '%4)' (its '(' read as a glyph) or '4)';
    '(0)', the number lost, for ')' or '%)'. None for a smear without the ')' (a table rule read as '|')."""
    m = _DATE_SMEAR_MARKER.fullmatch(smear)
    return None if m is None else f"({int(m.group(1)) if m.group(1) else 0})"


def _price_marker_after(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` is a footnote marker that lost its '(' ('29)'), right after a price in its cell:
    a price's marker follows it; an amount of the next column stands a column away."""
    t = toks[k]
    return (k > 0 and bool(_DIGITS_MARKER_NO_OPEN.fullmatch(t.text)) and toks[k - 1].is_dollar
            and t.cell == toks[k - 1].cell and t.gap == 0)


def _number_readings(frags: list[str]) -> list[tuple[str, str]]:
    """All readings of digit fragments split or repeated across cells, best first.

    Returns ``(number text, how)``: overlap joins first ("104,16"+"67" -> "104,167"),
    then plain concatenation ("10"+"4,167" -> "104,167").
    """
    readings: list[tuple[str, str]] = [(frags[0].lstrip("$"), "read")]
    for f in frags[1:]:
        f = f.lstrip("$")
        nxt: list[tuple[str, str]] = []
        for acc, _how in readings:
            if acc.endswith(f):
                nxt.append((acc, "dropped repeated digits"))
            for k in range(min(len(acc), len(f)) - 1, 0, -1):
                if acc.endswith(f[:k]):
                    nxt.append((acc + f[k:], "joined overlapping fragments"))
            nxt.append((acc + f, "joined split fragments"))
        readings = nxt
    seen: dict[str, str] = {}
    for r, how in readings:
        if _valid_number(r) and r not in seen:
            seen[r] = how
    return list(seen.items())


@dataclass
class _Val:
    """A read value with its source text and whether it is uncertain."""

    value: Any
    text: str = ""
    rule: str = "read"
    uncertain: bool = False
    fns: list[str] = field(default_factory=list)


def _assemble_date(frags: list[str]) -> _Val | None:
    """Put a date back together from fragments like '02/15/3', '/2013' or '03/15', '5/2012'."""
    joined = " ".join(frags)
    for f in frags:
        m = _DATE_FULL.fullmatch(f)
        if m:
            d = _to_date(m)
            if d:
                return _Val(d, joined, "read")
    for i in range(len(frags)):
        for j in range(i + 2, len(frags) + 1):
            # a date cut at a column edge ('09/3' | '0/2021'): pieces that share no characters make the
            # date joined as they stand (a repeated digit, as OCR echoes it, never makes a whole date)
            m = _DATE_FULL.fullmatch("".join(frags[i:j]))
            d = _to_date(m) if m else None
            if d:
                return _Val(d, joined, "date cut across cells, its pieces joined", True)
    md = None
    year = None
    for i, f in enumerate(frags):
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/?\d{0,3}", f)
        if m and md is None:
            md = (m.group(1), m.group(2))
            for g in frags[i + 1 :]:
                y = re.search(r"(\d{4})$", g)
                if y:
                    year = y.group(1)
                    break
            break
    if md and year:
        d = _to_date((md[0], md[1], year))
        if d:
            return _Val(d, joined, "date assembled from fragments split across cells", True)
    years = [re.search(r"(\d{4})$", f) for f in frags]
    ys = [y.group(1) for y in years if y]
    if ys:
        return _Val(None, joined, f"year-only:{ys[0]}", True)
    return None


