"""Reading the header boxes (1-6), the owners, the footnotes and the signatures."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from section16.model import (
    Footnote,
    Issuer,
    OwnerSignature,
    ReportingOwner,
)
from section16.readers.text.labels import (
    _ADDRESS_WORDS,
    _BOX5_FLAGS,
    _BOX5_GROUP,
    _BOX5_LABEL_LINE,
    _BOX5_WORDS,
    _BOX_LABEL,
    _CHECKED,
    _CORP_SUFFIX,
    _CUT_NOISE,
    _ENTITY_NAME,
    _FOREIGN_CSZ,
    _GLYPH,
    _LABEL_NOISE,
    _MID_SUFFIX,
    _NOT_BOX1,
    _OCR_SLASH_S,
    _OCR_TICKER,
    _OFFICER_WORDS,
    _OTHER_BOX_WORDS,
    _OTHER_TEXT,
    _SIG_KEYS,
    _STATES,
    _TICK,
    _box4_piece,
    _box5_title,
    _fill_gaps,
    _overlap_join,
    _zip_state,
)
from section16.readers.text.normalize import Line
from section16.readers.text.values import (
    _DATE_FULL,
    _DIGIT,
    _TWO_LETTERS,
    DAMAGE,
    _clean,
    _majority,
    _squash,
    _to_date,
    find_date,
)

_BRACKETS = re.compile(r"\[\s*(n/a|[A-Za-z0-9.\-]{1,10})\s*\]")
"""Box 2's [ticker]; the brackets may hold 'n/a' (no ticker), kept as the form prints it."""
_OCR_CITY_LINE = re.compile(r"[A-Za-z]{2}[\s,]+\d{5}(?:-\d{4})?\s*$|\b[A-Z][0-9]\s*$")
"""An owner's city line as OCR'd tab cells give it: a state and ZIP, or an EDGAR country code, at its end."""
_BOX_GLYPH_CELL = re.compile(r"(?=.{2})[\[(_]?[LCl1I_]?[\]J1lI|)]\]?|\[[1lI]|[\]\[_|]|[a-z]{1,2}\)?")
"""A cell of one check box of box 5 as OCR'd tab cells give it beside box 1's lines ('_]', 'C1]', '[1',
'LJ', 'ea)', 'im'); a lone letter may be a name's ('L' of 'L P') and is not one."""
_BOX5_ONLY_LINE = re.compile(
    r"(?=.*[A-Za-z])(?=.*\S\S)(?!I{2,3}\W*$)\W*(?:(?:[\[(_]?[LCl1I_][\]J1lI|)]?\]?|\[[1lI3]\.?|[\[(|]?[xXK][\]|)]?|[a-z]{1,2}\)?)\s*)?"
    r"(?:(?:[A-Za-z]?[il]rector|Director)\W*(?:[\[(|_]?[xXKLCl1I_]{1,2}[\]|)J]?\s*)?)?(?:10\s*%\s*)?(?:[Oo]wner)?\W*")
"""A line of tab-cell OCR holding box 5 alone, in one cell, among a joint filing's box 1 lines: its
'Director' (maybe misread: 'birector”'), '10% Owner', 'Owner', a check box before it ('[3.10% Owner') or
alone ('L]', 'C1]'), the 10% Owner box checked between ('C1 Director [xX] 10% Owner'); a lone letter may be a
name's ('L' of 'L P') and is not one."""
_BOX6_PIECE = re.compile(
    r"\W*(?:(?:More\s+than\s+)?One(?:\s+Reporting)?(?:\s+Person)?|Reporting(?:\s+Person)?|Person)\W*")
"""A word of box 6's 'Form filed by One Reporting Person' in a tab cell of its own."""
_BOX6_FIRST_WORD = re.compile(r"\W*(?:6\.\s*)?Individual\W*")
"""Box 6's 'Individual' (of 'Individual or Joint/Group Filing') in a tab cell of its own."""
_TITLE_BESIDE = re.compile(
    r"\b(?:President|Chief|C[EFOT]O|E?VP|SVP|Officer|Vice|Secretary|Treasurer|Counsel|Controller|Chair\w*)\b"
    r"|^\W*See(?:\s+Remarks)?\W*$", re.I)
"""Words of an officer's title (or an Other's 'See Remarks'), which box 5 prints in a tab cell right of a
joint filer's box 1 line."""
_DIRECTOR_MISREAD = re.compile(r"\W*(?:[A-Za-z]?[il]rector|Director)\W*")
"""Box 5's 'Director' in a tab cell of its own, its 'D' misread or lost ('birector”', 'irector')."""
_BOX5_LABEL_PIECE = re.compile(r"\(?give\W*|title\W*|below\W*|\(?specify\W*", re.I)
"""A word of box 5's 'Officer (give title below)' or 'Other (specify below)' in a cell of its own."""
_OCR_SIG_OPEN = re.compile(r"^[\W_]*(?<![A-Za-z])(?:[IlJjtf|/!1{]s[il!/}|)\]1]?|is[!/}|)\]1])[ .-]*(?=[A-Z])")
"""A signature's '/s/' as OCR of a poor scan reads it, opening the name ('Isi Michael', 'Js/ Scott', 'fsiLorna',
'is! Richard')."""
_OCR_SIG_TAIL = re.compile(r"\s+(?:\W*Signature\W+of\W+Reporting\W+Person\W*)?Date\W*$"
                           r"|\s+\W*Sig\w{4,7}\W+of\W+Report\w*(?:\W+Person)?\W*(?:Date\W*)?$")
"""The signature label's words OCR ran on after a name ('Jane Doe Date.', 'Jane Doe Signatire of Reportin')."""
_OCR_BOX2_VALUE = re.compile(r"([A-Za-z0-9][^\[\]{}|]{1,70}?)\s*[\[{]\s*([A-Z][A-Z0-9.\-]{0,5})\s*(?:[\]}|)J]|$)")
"""Box 2's value as OCR of a poor scan gives it: the name, then its ticker in brackets read as '{', '}', '|' or
'J', or the closing one lost at the cell's end ('Penumbra inc { PEN]', 'CANTEL MEDICAL CORP [ CMN }')."""
_BOX5_LABEL_MISREAD = re.compile(r"Reporting\s*Person\(?s\)?\s*to\s*Issuer|ations?hip\s*o[fF]\s*Reporting", re.I)
"""Box 5's label 'Relationship of Reporting Person(s) to Issuer' with its first letters or number misread by
OCR ('Teeationship oF Reporting ...'): a label, never box 2's value."""
_BOX5_AFTER_BRACKET = re.compile(r"([\[{])[\s|]*(?:\(?Check\s+all\s+applicable\)?|all\s+applicable\))\s*$", re.I)
"""Box 2's name and its '[' with box 5's '(Check all applicable)' OCR ran on after it in one cell."""
_OCR_MONTH_NINE = re.compile(r"(?<!\d)9([1-9])(?=/\d{1,2}/(?:19|20)\d{2})|(?<=\d/)9([1-9])(?=/(?:19|20)\d{2})")
"""A month or day whose leading '0' OCR read as '9' ('97/07/2020', '91/92/2020'): none is 91-99."""

_GLUED_OTHER = re.compile(r"(?<=[(\[_|CLJl1])(?=[Oo]ther\s*\(s)")
"""Where OCR glued box 5's Other box to its label ('(other (specify', 'Cother', 'LJother'): the glyph is the box's."""

_OCR_SLASHES_ONES = re.compile(r"(?<![\d/])(0[1-9]|1[0-2])[1lI|](0[1-9]|[12]\d|3[01])[1lI|]((?:19|20)\d{2})(?![\d/])")
"""A date whose two slashes OCR read as '1' (or 'l', 'I', '|'): '0710712020' for 07/07/2020."""

# compiled once: the header readers run these on every line or cell of the boxes
_BOX1_LABEL = re.compile(r"Name\s+and\s+Add", re.I)
_BOX5_LABEL = re.compile(r"Relationship\s+of\s+Reporting", re.I)
_OTHER_SPECIFY_BELOW = re.compile(r"Other\s*\(specify\s*below\)", re.I)
_BOX2_LABEL = re.compile(r"Issuer\s+Name\s+and\s+Ticker[\s-]+(?:or[\s-]+)?Trading\s+Symbol", re.I)
_BOX4_LABEL = re.compile(r"If\s*Amendment,?\s*Date", re.I)
_BOX4_LABEL_TAIL = re.compile(r"Date\s*of\s*Original\s*Filed", re.I)
_REMARKS_LABEL = re.compile(r"\bRemarks:", re.I)
_REMARKS_LABEL_CUT = re.compile(r"Remarks:", re.I)
_FOOTNOTES_END = re.compile(r"^\W*(Remarks|Reminder)\b|Signature of Reporting", re.I)
_LAST_LABEL = re.compile(r"\(Last\)", re.I)
_CITY_LABEL = re.compile(r"\(City\)", re.I)
_STREET_LABEL = re.compile(r"\(Street\)", re.I)
_NAME_PART_LABEL = re.compile(r"\((?:Last|First|Middle)\)", re.I)
_OCR_NAME_PART = re.compile(r"[({\[](?:[LCE]ast|Fi?r?st|Midd?le)\)?(?=\W|$)")
"""Box 1's '(Last)', '(First)', '(Middle)' as OCR misreads them ('(Cast)', '{Last)', '(Fist', '(Middle')."""
_STREET_OR_CITY_LABEL = re.compile(r"\((?:Street|City|State|Zip)\)", re.I)
_ONE_X = re.compile(r"[xX]")
_RULE_AS_LETTER = re.compile(r"(?:^|\s)[Il|](?=\s|$)")
_SPECK_AS_DOT = re.compile(r"(?:^|\s)[.,;:'‘’-](?=\s|$)")
_FOOTNOTE_START = re.compile(r"^(?:\((\d{1,2})\)|\[(\d{1,2})\]|F(\d{1,2})[.:)]?|(\d{1,2})[.)])\s+(.*)$")
_FOOTNOTE_GLUED_START = re.compile(r"^()()()(\d{1,2})\.(?=[A-Z])(.*)$")
"""A footnote's number glued to its text ('4.N/A'): groups as `_FOOTNOTE_START`'s (number 4th, text 5th)."""
_FOOTNOTE_QUOTED_START = re.compile(r"^[\u201c\u201d\u2018\u2019\"'`]+()()()(\d{1,2})[.)]\s*(.*)$")
"""OCR: a footnote's number behind a speck read as a quote mark ('\u201c1. Held'): groups as `_FOOTNOTE_START`'s"""
_FOOTNOTE_MISREAD_START = re.compile(r"^(\d{1,2}|[iIl|])[;:,.]\s+(.*)$")
_SHORT_LABEL_WORD = re.compile(r"\W*\(?[A-Za-z]{1,6}\)?\W*")
_OFFICER_OR_OTHER = re.compile(r"Other\s*\(s\w*\s*(?:below\)?)?|Officer\s*\([^)]*\)?", re.I)
_AFTER_SIGNATURES = re.compile(r"\W*(Reminder|Note:|Persons who respond)", re.I)
_FOOTNOTE_ID = re.compile(r"F\d{1,2}")
_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")
_DATE_LABEL_OR_STARS = re.compile(r"(?i)date|\*+|Explanation of Responses:?")
_DIRECTOR_THEN_TEN_PCT = re.compile(r"\bDirector\b.*\s10%")
_STATE_ZIP_CELL = re.compile(r"\W*([A-Z]{2}[\s,]+)?\d{5}(?:-\d{4})?\W*")
_OFFICER_WORD = re.compile(r"\bOffic\w*")
_DATE_FORMAT_LABEL = re.compile(r"\(Month/Day/Year\)")
_BOX_NUMBER_END = re.compile(r"(?<=\S)\s+\[[2-6]\.?\s*$")
_TWO_ALNUM = re.compile(r"[A-Za-z0-9]{2}")
_CARE_OF = re.compile(r"C/O", re.I)
_X_MARKS_ONLY = re.compile(r"[\sXx]*")
_SIGNATURE_LABEL = re.compile(r"\*+\s*Signature of Reporting Person|Signature of Reporting", re.I)
_PERSON_OR_DATE_WORD = re.compile(r"^\s*Person\b|\bDate\b(?=\s*(?:\d|$))")
_PERSON_LABEL_END = re.compile(r"Person\s*(?:\[\*\]|\*|\(\*\))?", re.I)
_WORD_RUN = re.compile(r"\S+")
_NOT_CAPITAL = re.compile(r"[^A-Z]")
_LETTER_DIGIT_PAIR = re.compile(r"[A-Z][0-9]|[0-9][A-Z]")
_OPEN_BRACKET_END = re.compile(r"[(\[{]\s*$")
_OPEN_BRACKET_REST = re.compile(r"[(\[{].*$")
_FORM_NUMBER = re.compile(r"\bFORM\s*([345])\b", re.I)
_AMENDMENT_MARK = re.compile(r"^\W*\(Amendment\)\W*$|\bFORM\s*[345]\s*\(Amendment\)", re.M)
"""The rendered form's '(Amendment)' under (or beside) its 'FORM n' heading, on a line of its own."""
_EXPLANATION_LABEL = re.compile(r"Explanation of Responses:?", re.I)
_CARE_OF_THEN_STREET = re.compile(r"^(C/O .+?|ATTN:? .+?)\s+(\d+\s+\S.*)$", re.I)
_NEXT_BOX_LABEL = re.compile(r"\s*[3-7]\.\s+[A-Z]")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_LOWER_WORD_SHORT = re.compile(r"[a-z]{1,3}")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z.,'&-]*")
_WORDS_THEN_BRACKET = re.compile(r"[A-Za-z]{2}.*[\[{]")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_LOWER = re.compile(r"[a-z]")
_OWNER_LABEL = re.compile(r"\W*(?:10%\s*)?Owner\W*", re.I)
_ONE_OR_TWO_LOWER = re.compile(r"\s*[a-z]{1,2}\s*")
_BOX1_LABEL_START = re.compile(r"^\s*1\.\s*Name\b")


def _zero_for_nine(m: re.Match[str]) -> str:
    return "0" + (m.group(1) or m.group(2))


def _words_at(cells: list[str], ln: Line) -> list[tuple[str, int]] | None:
    """Each word of box 1's ``cells`` with the character column it starts at on ``ln``, when the
    cells are the line's own (positioned input); else None."""
    if ln.offsets is None:
        return None
    out: list[tuple[str, int]] = []
    j = 0
    for c in cells:
        while j < len(ln.cells) and not (ln.cells[j].strip() and ln.cells[j].startswith(c)):
            j += 1
        if j == len(ln.cells):
            return None
        for m in _WORD_RUN.finditer(c):
            out.append((m.group(0), ln.offsets[j] + m.start()))
        j += 1
    return out


def _gap_left(cells: list[str], words: list[tuple[str, int]] | None) -> bool:
    """OCR'd tab cells (no columns): a name line of two cells of name words ('Evans | C', 'Dodge |
    Stanton', 'CRAFT JOSEPH | III'), the gap between them wide enough to have held the words OCR set
    a line higher."""
    return (words is None and len(cells) == 2
            and all(re.fullmatch(r"[A-Za-z][A-Za-z.,'&-]*(?:\s+[A-Za-z][A-Za-z.,'&-]*)*", c.strip()) for c in cells))


def _interleave(upper: list[str], lower: list[str], words: list[tuple[str, int]] | None) -> str | None:
    """OCR'd tab cells (no columns): one name line split over two lines by baseline, one of them
    showing gaps between its cells ('Winning | Andrew' over 'Scott', 'David' over 'Evans | C',
    'Valor | Pharma Holdings,' over 'IV | LLC'): the name, the other line's cells in its gaps in turn,
    or None when neither line shows a gap to fill or a cell is no name word."""
    up, lo = [c.strip() for c in upper], [c.strip() for c in lower]
    if (words is not None or max(len(up), len(lo)) < 2 or abs(len(up) - len(lo)) > 1
            or not all(re.fullmatch(r"[A-Za-z][A-Za-z.,'&-]*(?:\s+[A-Za-z][A-Za-z.,'&-]*)*", c) for c in up + lo)):
        return None
    first, second = (lo, up) if len(lo) > len(up) else (up, lo)
    out = [w for pair in zip(first, [*second, ""], strict=False) for w in pair if w]
    return " ".join(out)


def _only_officer_empty(officer: list[str], other: list[str]) -> bool:
    """Whether the glyphs read at box 5's Officer box say empty ('L]', 'LJ', 'C') and those at the Other
    box do not: a title written under the labels is then Other's text, not an officer's."""
    def empty(words: list[str]) -> bool:
        words = [w for w in words if w.strip("|")]  # a table rule's bar is no box, checked or not
        return bool(words) and all(_EMPTY_BOX.fullmatch(w) or w == "C" for w in words)
    return empty(officer) and not empty(other)


def _by_column(upper: list[tuple[str, int]], lower: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """One printed name line that OCR split over two lines by baseline jitter ('Winning   Andrew'
    over '   Scott' under the gap): its words in column order, when no word of one line sits over
    a word of the other. A wrapped name starts its next line at the box's edge, under the first
    line's first word, so it never qualifies."""
    if not upper or not lower:
        return None
    for w, c in lower:
        for u, d in upper:
            if c < d + len(u) and d < c + len(w):
                return None
    return sorted(upper + lower, key=lambda wc: wc[1])


_CHECK_BOX = re.compile(r"[xX]|i[xX]|[xX]{2}|[kK][xX]|[xX][\]|lI1dJ]|\[[xXkK]+\]|14|ie\)?|ies")
"""A checked box as OCR reads it on a grid: 'x', 'ix', 'XX', 'kX', '[X]', '14' or 'Xl' (the box and its X),
or the X's strokes read as letters ('ie', 'ie)', 'ies')."""
_EMPTY_BOX = re.compile(r"[jo0=_~aOQ]|ou|ao|us|[oQS]O|Oo|[LCl1\[|]?[\]J1lI|]")
"""An empty check box as OCR reads it on a grid: a round letter for its outline ('o', 'O', 'Q', 'a',
'QO', 'Oo', 'ou'), its sides ('L1', 'LJ', '1]'), or a speck ('j', '='); a checked one reads as 'x', 'ix',
'XX', 'kX' or '14', or is lost."""


_LOWER_WORD = re.compile(r"[a-z0-9]+")
_DIRECTOR_MISREAD = re.compile(r"[A-Za-z]{0,3}rector\W{0,2}")  # box 5's 'Director' as a poor scan reads it
_TEN_PCT_GLUED = re.compile(r"(\S{0,5}?)10%\S*")  # box 5's '10%', its box's glyph glued to it ('(10%', 'C)10%')
_FORM_PHRASES = tuple((re.sub(r"[^a-z0-9]", "", p.lower()),
                       [w for w in re.findall(r"[a-z0-9]+", p.lower()) if len(w) > 2]) for p in (
    "Name and Address of Reporting Person", "Issuer Name and Ticker or Trading Symbol",
    "Relationship of Reporting Person(s) to Issuer", "Check all applicable", "Explanation of Responses",
    "Signature of Reporting Person", "Report on a separate line for each class of securities",
    "Persons who respond to the collection of information", "Washington, D.C. 20549",
    "Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934", "Officer (give title below)",
    "Other (specify below)", "Individual or Joint/Group Filing", "Form filed by One Reporting Person",
    "Form filed by More than One Reporting Person", "Title of Security", "Date Exercisable", "Expiration Date",
    "Nature of Indirect Beneficial Ownership", "Ownership Form", "Beneficially Owned Following Reported",
    "OMB APPROVAL", "Number of Derivative Securities"))
"""Phrases every form prints (squashed, and their words) that a clean scan's OCR reads letter for letter and a
poor scan's misreads or splits ('Issuer Namie and Ticker', 'Expianation of Responses')."""
_POOR_TICKED = re.compile(r"[^xX&]*[xX&][^xX&]*|4")
"""A poor scan's checked box beside its label: the X, or its strokes read as '&' or '4' ('{X]', '[x', '(x)', '&')."""
_POOR_EMPTY = re.compile(r"[\u2018'.\u00b0-]?(?:[LC(\[E\u00a3]?[LCJ1lI\])}][\])1]?|[LC(]|CO\]?)|[oO0QS\u00a9]{1,2}")
"""A poor scan's empty box: its sides ('L]', 'C1', 'CL)', '(]', 'C)', a quote or speck before: '\u2018C]'), or
its outline ('O', '©')."""
_POOR_STROKES = re.compile(r"[\[{(]?[A-Za-z]{1,3}[\]})]?")
"""A poor scan's checked box whose X was read as a letter or two ('a', 'Py', 'fap', '{il', '[i'); an empty box's
sides are told apart first (`_POOR_EMPTY`)."""


def _poor_box_state(glyph: str, own_line: bool, poor: bool) -> bool | None:
    """A poor scan's check box glyph read: checked (True), empty (False) or neither. Letters are an X's strokes
    only on a poor scan's own label line (a clean scan's OCR reads an empty box as 'i' or 'j'; the labels'
    words are on the line above)."""
    if _POOR_TICKED.fullmatch(glyph):
        return True
    if _POOR_EMPTY.fullmatch(glyph):
        return False
    if _POOR_STROKES.fullmatch(glyph) and own_line and poor:
        return True
    return None


_BOX_GLYPHS = re.compile(r"[oQS]O|QO|Xx|xX|XX|kX|ix|ie\)|im|ou|ao|=\)")
"""A check box, empty or checked, as OCR reads it in two glyphs beside box 1's words ('QO', 'Xx', 'ie)');
never a name's word (an initial is one letter)."""


def _date_alone(t: str, d: re.Match[str]) -> bool:
    """A line holding only a date, maybe with its printed 'Date' label beside it (PyMuPDF4LLM's
    '**03/12/2025** Date' above the typed name): a signature's date, not a remarks sentence."""
    rest = _clean(t[: d.start()] + " " + t[d.end():]).strip(" *")
    return not rest or rest.lower() == "date"


def _ocr_country_code(line: str) -> str | None:
    """A foreign city line whose EDGAR country/province code OCR misread ('VANCOUVER Al V6E 2K3', 'LONDON, XO
    W1K 3JP', 'VEVEY v8'): a digit read as a letter ('l', 'I' for 1, 'O' for 0) after a capital, or the letter
    in lower case before a digit. The line with the code put right, or None when it shows no such code.
    (Only where no US state and ZIP were found: 'MO' with a ZIP is Missouri.)"""
    m = re.search(r"(?<=\s)(?:([A-Z])([OolI])|([a-z])([0-9]))(?=(?:\s+[A-Z0-9][A-Z0-9 \-]{0,11})?$)", line)
    if m is None:
        return None
    code = (m.group(1) + {"O": "0", "o": "0", "l": "1", "I": "1"}[m.group(2)] if m.group(1)
            else m.group(3).upper() + m.group(4))
    return line[: m.start()] + code + line[m.end():]


_DIGIT_AS_LETTER = {"0": "ODQ", "1": "TIL", "2": "Z", "5": "S", "6": "G", "8": "B"}


def _ocr_state_code(code: str, zip_state: str | None) -> bool:
    """Whether a digit-letter code ('1X' before 75201) is the ZIP's US state with its first letter read as a
    look-alike digit: a foreign EDGAR code stands before a foreign postcode, and shares no such likeness."""
    return bool(zip_state and re.fullmatch(r"[0-9][A-Z]", code) and code[1] == zip_state[1]
                and zip_state[0] in _DIGIT_AS_LETTER.get(code[0], ""))


def _tab_city_line(text: str) -> bool:
    """A city line of box 1 as OCR'd tab cells show it (its first cell): a word, then a US state and a ZIP
    at its end (a state and ZIP alone are no city line: the city's words are elsewhere)."""
    return bool(re.search(r"\S\s+\S*[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*$", text))


def _same_letters(a: str, b: str) -> bool:
    """Whether two readings hold the same letters and digits, as many times each (the same pieces,
    maybe in another order)."""
    return Counter(_squash(a)) == Counter(_squash(b))


def _remarks_before(read: str, name: str) -> str | None:
    """The text a signature line's reading holds before the signature's first piece ('Exhibit 24.1 -
    Power of Attorney' before '/s/ Lauren Wal'): the remarks printed in the same table row."""
    head = name.split()[:2]
    at = read.find(" ".join(head)) if head else -1
    return _clean(read[:at]) or None if at > 0 else None


_BOX2_LABEL_TEXT = "2. Issuer Name and Ticker or Trading Symbol"
"""Box 2's label: a piece of it on box 1's name line is no name."""


_BOX6_WORDS = re.compile(r"(?i)filed\s*by|Reporting\s*Person|Joint\s*/\s*Group")
"""Box 6's words ('Form filed by One Reporting Person'): never an officer's title."""

class HeaderBoxes:
    """Header boxes, owners, footnotes, signatures: a part of `Reader`, whose state it shares."""

    # -- header ---------------------------------------------------------------------------
    def _header_text(self, end: int) -> str:
        return "\n".join(ln.tabbed for ln in self.lines[:end])

    def _document_type(self, end: int) -> None:
        head = self._header_text(min(end, 60))
        # "Form 4 or Form 5 obligations may continue", "Form 4 Transactions Reported" and
        # "Form filed by" name other forms; only the heading names this one
        heading = re.sub(
            r"Form\s*4\s*or\s*Form\s*5\s*obligations|Form\s*[345]\s*(?:Holdings|Transactions)\s*Reported"
            r"|Form\s+filed\s+by",
            " ",
            head,
            flags=re.I,
        )
        m = _FORM_NUMBER.search(heading)
        kind = m.group(1) if m else None
        rule = "'FORM n' heading"
        low = head.lower()
        titled = None
        if "initial statement of beneficial" in low or "date of event requiring" in low:
            titled = "3", "form title 'Initial Statement'"
        elif "annual statement of" in low or "fiscal year ended" in low:
            titled = "5", "form title 'Annual Statement'"
        elif "statement of changes" in low or "earliest transaction" in low:
            titled = "4", "form title 'Statement of Changes'"
        if kind is None and titled:
            kind, rule = titled
        elif kind and titled and titled[0] != kind:
            # an OCR'd heading digit against the form's own title and box labels: the title wins
            kind, rule = titled[0], f"{titled[1]} (heading reads FORM {kind})"
            m = None
        amended = re.search(
            r"If Amendment,?\s*Date\s*(?:of\s*)?Original\s*Filed\s*\(Month/Day/Year\)[ ]{0,3}(\d{1,2}/\d{1,2}/\d{4})",
            head,
            re.I,
        )
        if amended:
            self.doc.date_of_original_submission = find_date(amended.group(1))
            self.notes.see("date_of_original_submission", amended.group(0), "box 4 'If Amendment' date")
        elif original := self.md_original or self._box4_below(min(end, 60)):
            self.doc.date_of_original_submission = original
            self.notes.see("date_of_original_submission", str(original), "box 4 'If Amendment' date under its label")
        elif tab := self._box4_tab(min(end, 60)):
            self.doc.date_of_original_submission = tab[0]
            self.notes.unsure("date_of_original_submission", "OCR'd tab cells: the date alone in a cell a line or "
                              "two under box 4's label, no column to confirm it", tab[1])
        # the rendered form prints '(Amendment)' under its 'FORM n' heading: an amendment whose box 4 date
        # OCR lost is still one (the date stays unread; the type uncertain, its date not there to confirm it)
        marked = not self.doc.date_of_original_submission and bool(_AMENDMENT_MARK.search(head[:3000]))
        if kind:
            self.doc.document_type = kind + ("/A" if self.doc.date_of_original_submission or marked else "")
            if marked:
                rule += "; '(Amendment)' under the heading, box 4's date unread"
            self.notes.see("document_type", m.group(0) if m else kind, rule,
                           uncertain=m is None or marked or "date_of_original_submission" in self.notes.uncertain)
        else:
            self.notes.warnings.append("form type not found (no 'FORM 3/4/5' heading)")

    def _box4_tab(self, end: int) -> tuple[date, str] | None:
        """OCR'd tab cells (no positions): box 4's date in a cell of its own on one of the three lines
        under its label's 'Date of Original Filed' (OCR sets the label's words over two lines, then the
        date beside box 1's street or city line: 'OMAHA NE 68131 | 07/21/2024'); box 3's date sits above
        box 4's label and box 6 below it shows none. Returns (date, the line it was read from)."""
        if self.fmt != "ocr":
            return None
        for i in range(end - 1):
            ln = self.lines[i]
            if (ln.offsets is not None or not _BOX4_LABEL_TAIL.search(ln.text)
                    or re.search(r"\d{1,2}/\d{1,2}/\d{4}", ln.text)):
                continue
            for j in range(i + 1, min(end, i + 4)):
                dates = [c.strip() for c in self.lines[j].cells if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", c.strip())]
                if dates and (d := find_date(dates[0])) is not None:
                    return d, self.lines[j].text
            return None
        return None

    def _box4_below(self, end: int) -> date | None:
        """Box 4's date on the line under its label, in the label's column (a column layout puts the
        label and its value on lines of their own)."""
        for i in range(end - 1):
            ln = self.lines[i]
            if ln.offsets is None:
                continue
            for k, cell in enumerate(ln.cells):
                whole = _BOX4_LABEL.search(cell)
                # OCR may set the label's first words a line above the rest ('If Amendment,' over
                # '4.   Date of Original Filed'), the date then a line or two under the rest
                tail = self.fmt == "ocr" and _BOX4_LABEL_TAIL.search(cell)
                if not (whole or tail) or re.search(r"\d{1,2}/\d{1,2}/\d{4}", cell):
                    continue
                left = ln.offsets[k]
                if not whole and k > 0 and re.fullmatch(r"\s*4\.\s*", ln.cells[k - 1]):
                    left = ln.offsets[k - 1]  # the box's edge is its number's
                for j in range(i + 1, min(end, i + (2 if whole else 3))):
                    nxt = self.lines[j]
                    for off, c in zip(nxt.offsets or [], nxt.cells, strict=False):
                        if abs(off - left) <= 3 and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", c.strip()):
                            return find_date(c.strip())
        return None

    def _issuer(self, end: int) -> None:
        self._issuer_by_label(end)
        if (self.fmt == "ocr" and self.doc.issuer is not None and self.doc.issuer.issuer_trading_symbol is None
                and any(ln.offsets is not None for ln in self.lines[:end])):
            self._ocr_bracketed_issuer(end)
        self._ocr_short_ticker()

    def _ocr_short_ticker(self) -> None:
        """OCR: a ticker of one or two characters is listed uncertain. At a poor scan's resolution a narrow
        glyph beside the bracket drops out ('RLI CORP [RL]', 'Fund [ID]' for IID) or a box 5 checkbox's 'L]'
        stands in for a lost ticker, and what is left still looks like a whole ticker: the text cannot tell."""
        iss = self.doc.issuer
        sym = iss.issuer_trading_symbol if iss is not None else None
        if self.fmt == "ocr" and sym and sym != "n/a" and len(sym) <= 2:
            self.notes.unsure("issuer.issuer_trading_symbol", "OCR: a one- or two-character ticker may have "
                              "lost a narrow glyph beside its bracket", sym)

    def _ocr_bracketed_issuer(self, end: int) -> None:
        """OCR of a poor scan: box 2's label misread past finding ('Issuer Namie and Ticker', 'Ticket of
        Trading') or its value lines apart from it (a tilted page sets box 5's label lines between). Box 2's
        value is the form's one 'NAME [ TICKER ]': the first header cell so shaped, its name at least two
        letters and no label, is taken, both uncertain (OCR laid on a grid only: tab cells run boxes together).
        A name that is only a company suffix ('INC. [ HY ]': the name wrapped above) is not taken, the ticker
        is."""
        iss = self.doc.issuer
        assert iss is not None
        braced = ["[" in ln.text or "{" in ln.text for ln in self.lines[: end + 1]]
        for i in range(end):
            if not any(braced[max(i - 1, 0): i + 2]):
                continue  # no bracket on the line or the lines beside it: no 'NAME [ TICKER ]' (a cheap look first)
            for c in self._box2_cells(i):
                m = _OCR_BOX2_VALUE.search(c)
                if not m or _BOX_LABEL.search(" " + c) or _BOX5_LABEL_MISREAD.search(c):
                    continue
                name = _clean(re.sub(r"^[^A-Za-z0-9]+", "", m.group(1)))
                if not _TWO_LETTERS.search(name) or re.search(
                        r"Director|Officer|ffic|Owner|Other|specify|below|\bgive\b|Reporting|Person", name, re.I):
                    continue
                sym = m.group(2).upper()
                iss.issuer_trading_symbol = sym
                self.notes.unsure("issuer.issuer_trading_symbol", "OCR: box 2's [ticker] found by its brackets, "
                                  "its label unread", m.group(0))
                if not re.fullmatch(r"[\W]*(?:INC|CORP|CO|LTD|LLC|PLC|Inc|Corp|Holding,? Inc)[\W]*", name):
                    iss.issuer_name = name
                    self.notes.unsure("issuer.issuer_name", "OCR: the name before box 2's [ticker] brackets, "
                                      "its label unread", m.group(0))
                    self.vocab.update(w.strip(",.").upper() for w in name.split())
                else:
                    iss.issuer_name = None
                return

    def _box2_cells(self, i: int) -> list[str]:
        """Line ``i``'s cells as box 2's 'NAME [ TICKER ]' may lie in them on a poor scan's grid: a cell opening
        with the ticker's bracket joined to the name's cells before it when a gap of a few columns only parts
        them (OCR split 'SUNPOWER CORP   [ SPWR ]' at the wide space), and a ticker whose brackets OCR set on a
        grid line of their own ('ERICKSON INC. EAC' over '[ }') given them back."""
        ln = self.lines[i]
        cells = list(ln.cells)
        if ln.offsets is None:
            return cells
        lone = [o for k in (i - 1, i + 1) if 0 <= k < len(self.lines) and self.lines[k].offsets is not None
                for c, o in zip(self.lines[k].cells, self.lines[k].offsets, strict=False)
                if re.fullmatch(r"[\[{]\s*[\]}|J)]?", c.strip())]
        if lone and not re.search(r"[\[{]", ln.text):
            for k, c in enumerate(cells):
                m = re.search(r"(?:^|\s)([A-Z][A-Z0-9.\-]{0,5})\s*[\]}|J)]?$", c)
                if m and k and any(-4 <= ln.offsets[k] + m.start(1) - o <= 14 for o in lone):
                    cells[k] = c[:m.start(1)] + "[ " + m.group(1) + " ]"
        offs = list(ln.offsets)
        k = len(cells) - 1
        while k > 0:
            j = k
            while re.match(r"\s*[\[{]\s*[A-Z]", cells[k]) and j > 0 and re.search(r"[A-Za-z]{2}", cells[j - 1]) and (
                    offs[j] - offs[j - 1] - len(cells[j - 1]) <= (16 if j == k else 8)):
                j -= 1
            cells[j:k + 1] = [" ".join(cells[j:k + 1])]
            offs[j:k + 1] = [offs[j]]
            k = j - 1
        return cells

    def _issuer_by_label(self, end: int) -> None:
        iss = Issuer()
        self.doc.issuer = iss
        if self.md_issuer:
            iss.issuer_name, iss.issuer_trading_symbol = self.md_issuer
            if iss.issuer_name:
                self.notes.see("issuer.issuer_name", iss.issuer_name, "box 2: bold slices under the cut label, joined")
            self.notes.see("issuer.issuer_trading_symbol", iss.issuer_trading_symbol, "box 2 [ticker] brackets")
            self.vocab.update(w.strip(",.").upper() for w in (iss.issuer_name or "").split())
            return
        for i in range(end):
            tab = self.lines[i].tabbed
            m = _BOX2_LABEL.search(tab)
            if not m:
                continue
            rest = tab[m.end() :]
            if not rest.strip("\t ") and i + 2 < end and re.fullmatch(r"\W*or\W*", self.lines[i + 1].text):
                i += 1  # OCR put the label's "or" on a line of its own
            shared = False
            vline = i  # the line box 2's value was read from
            nxt = next((j for j in range(i + 1, end) if self.lines[j].text.strip()), i + 1)  # blank lines apart
            if _NEXT_BOX_LABEL.match(rest) and "\t" not in rest and nxt < end:
                # flat text: another box's label follows on the line; the value is on the next line,
                # after box 1's text (the owner's name) when box 1's label was on this line too
                shared = bool(_BOX1_LABEL.search(tab[: m.start()]))
                rest, vline = self.lines[nxt].tabbed, nxt
                br = re.search(r"\[\s*([A-Za-z0-9.\-]{1,10})\s*\]", rest)
                if shared and br:
                    both = _clean(rest[: br.start()])
                    cut = [c.end() for c in _MID_SUFFIX.finditer(both) if c.end() < len(both) - 2]
                    rest = (both[cut[-1]:] if cut else both) + " " + rest[br.start():]
            elif not _ALNUM.search(rest) and i + 1 < end:
                vline = self._box2_value_line(i, end)
                rest = self.lines[vline].tabbed
            cell = re.split(
                r"\t|(?:\s(?:[1-7]\.|3\.?\s*Date of|Date of Earliest|5\.\s*Relationship))", rest.lstrip("\t ")
            )
            value = cell[0] if cell else ""
            if "\t" in tab and (_BOX_LABEL.search(" " + value) or _BOX5_LABEL_MISREAD.search(value)) and not re.search(
                    r"\[.{1,12}[\]J}|]", value):
                # tab cells: the label's cell is followed by another box's label; box 2's value is a
                # cell of a later line, the one with the [ticker] brackets
                for j in range(i + 1, min(end, i + 4)):
                    # (box 5's '(Check all applicable)' OCR ran on after the name's '[' is cut off it)
                    cells_j = [_BOX5_AFTER_BRACKET.sub(r"\1", c) for c in self.lines[j].cells]
                    hit = next((c for c in cells_j if (
                        _OCR_TICKER.search(c) or _BRACKETS.search(c) or re.search(r"[A-Za-z]{3}.*\s[\[{]\s*$", c))
                        and not _BOX_LABEL.search(" " + c)), None)
                    if hit and re.search(r"[\[{]\s*$", hit):
                        # the name's cell ends in '[': the ticker and its ']' are a cell a line or two lower
                        low = next((m.group(1) for k in range(j + 1, min(end, j + 4)) for c in self.lines[k].cells
                                    if (m := re.fullmatch(r"\s*([A-Z][A-Z0-9.\-]{0,9})\s*[\]}|J]\s*", c))), None)
                        hit = hit.rstrip() + f" {low} ]" if low else hit
                    if hit:
                        rest = value = hit
                        shared = True
                        vline = j
                        break
            br = _BRACKETS.search(rest[: max(len(value) + 20, 80)])
            ocr_br = None
            if br is None and self.cut_cells:
                # a ticker cut at a column edge comes back with a space in it ("[ VKT X ]")
                br = ocr_br = re.search(r"\[\s*([A-Z0-9.\-]{1,6}) ([A-Z0-9.\-]{1,5})\s*\]", rest)
            if br is None and self.fmt == "ocr":
                # OCR reads the closing bracket as 'J' or '}' ("[ PEN J")
                br = ocr_br = _OCR_TICKER.search(rest[: max(len(value) + 20, 80)])
            if br:
                nm = rest[: br.start()].strip(" \t")
                iss.issuer_name = _clean(nm.split("\t")[-1] if "\t" in nm.strip() else nm)
                sym = "".join(g for g in br.groups() if g)
                lower_l = self.fmt == "ocr" and sym != "n/a" and "l" in sym
                if lower_l:
                    sym = sym.replace("l", "I")  # a ticker is in capitals: OCR reads its 'I' as 'l' ('[ lILG ]')
                iss.issuer_trading_symbol = sym if sym == "n/a" else sym.upper().replace("!", "I")
                self.notes.see("issuer.issuer_name", rest[: br.end()], "box 2 label", uncertain=shared)
                if shared:
                    self.notes.unsure("issuer.issuer_name", "flat text: box 1 and box 2 values on one line, "
                                      "split after a company suffix", rest[: br.end()])
                self.notes.see("issuer.issuer_trading_symbol", br.group(0), "box 2 [ticker] brackets",
                               uncertain=ocr_br is not None or lower_l)
            else:
                below = self._ocr_ticker_below(vline + 1, end) if self.fmt == "ocr" else None
                name = _clean(value.split("[")[0])
                if below and _TWO_LETTERS.search(name) and not _BOX_LABEL.search(" " + name):
                    # OCR: the name's line ends in '[' or shows no bracket; the ticker and its ']' a line or two
                    # lower in box 2's column ('BLACKROCK ... FUND, INC. [' over 'Cll]')
                    iss.issuer_name, iss.issuer_trading_symbol = name, below
                    self.notes.unsure("issuer.issuer_name", "box 2: the name over a [ticker] a line or two lower",
                                      value)
                    self.notes.unsure("issuer.issuer_trading_symbol", "box 2: OCR'd ticker a line or two under the "
                                      "name", below)
                    value = ""
                value = _clean(value)
                words = value.split()
                if (
                    len(words) >= 3
                    and re.fullmatch(r"[A-Z]{1,5}", words[-1])
                    and _CORP_SUFFIX.search(" ".join(words[:-1]))
                ):
                    iss.issuer_name = " ".join(words[:-1])
                    iss.issuer_trading_symbol = words[-1]
                    self.notes.see("issuer.issuer_name", value, "box 2 label")
                    self.notes.unsure(
                        "issuer.issuer_trading_symbol",
                        "no [brackets]: last upper-case word after a company suffix taken as ticker",
                        value,
                    )
                elif value and not (self.fmt == "ocr" and (_BOX_LABEL.search(" " + value)
                                                           or _BOX5_LABEL_MISREAD.search(value)
                                                           or not _TWO_LETTERS.search(value))):
                    # (OCR: another box's label where box 2's value should be is no issuer name)
                    iss.issuer_name = value
                    self.notes.unsure("issuer.issuer_name", "box 2 text without [ticker]", value)
            iss.issuer_name = iss.issuer_name or None
            if iss.issuer_name:
                self.vocab.update(w.strip(",.").upper() for w in iss.issuer_name.split())
            return

    def _box2_value_line(self, i: int, end: int) -> int:
        """The line of box 2's value under its label on line ``i``: the next one; in OCR, past lines of no
        letters (the ticker's ']' OCR set a line above the name, '[ BMEZ' then lacking it), when the line
        after them holds the name and its '[ ticker'."""
        j = i + 1
        if self.fmt != "ocr":
            return j
        while j < min(end, i + 3) and not _ALNUM.search(self.lines[j].text):
            j += 1
        return j if j < end and _OCR_TICKER.search(self.lines[j].tabbed) else i + 1

    def _ocr_ticker_below(self, start: int, end: int) -> str | None:
        """A ticker alone in a cell with its closing bracket ('ASGI ]', '[FEO]', 'Cll]': an 'I' read as 'l') on
        one of the few lines from ``start``, before another box's label: box 2's, wrapped under its name."""
        for j in range(start, min(end, start + 3)):
            cells = self.lines[j].cells
            if any(_BOX_LABEL.search(" " + c) for c in cells):
                return None
            for c in cells:
                m = re.fullmatch(r"\s*[\[{]?\s*([A-Z][A-Z0-9.\-l]{0,9})\s*[\]}|]\s*", c)
                if m:
                    return m.group(1).replace("l", "I")
        return None

    def _period(self, end: int) -> None:
        if self.md_period is not None:
            self.doc.period_of_report = self.md_period
            self.notes.see("period_of_report", str(self.md_period), "box 3: bold slices under the cut label, joined")
            return
        head = self._header_text(end)
        pats = (
            r"Date\s+of\s+Earliest\s+Transaction\s*(?:Required\s+to\s+be\s+Reported\s*)?\(Month/Day/Year\)",
            r"Date\s+of\s+Event\s+Requiring\s+Statement\s*\(Month/Day/Year\)",
            r"Statement\s+for\s+Issuer'?s\s+Fiscal\s+Year\s+Ended\s*\(Month/Day/Year\)",
        )
        for p in pats:
            m = re.search(p, head, re.I)
            if not m:
                continue
            after = head[m.end() : m.end() + 40]
            fixed = after
            if self.fmt == "ocr":
                fixed = _OCR_MONTH_NINE.sub(_zero_for_nine, after)
            d = _DATE_FULL.search(fixed.split("\n")[0]) or _DATE_FULL.search(fixed)
            if d and (dd := _to_date(d)):
                self.doc.period_of_report = dd
                self.notes.see("period_of_report", m.group(0) + " " + d.group(0), "box 3 label")
                if fixed != after:
                    self.notes.unsure("period_of_report", "OCR: a month's or day's leading 0 read as 9")
                return
        # the label was mangled: the only date in the header boxes, if there is one
        if self.fmt == "ocr":
            head = _OCR_MONTH_NINE.sub(_zero_for_nine, head)
        dates = {(_to_date(m), m.group(0)) for m in _DATE_FULL.finditer(head)}
        dates = {x for x in dates if x[0]}
        if len({d for d, _ in dates}) == 2 and self.doc.date_of_original_submission in {d for d, _ in dates}:
            # an amendment's header shows box 4's date too, read already: box 3's is the other one
            dates = {x for x in dates if x[0] != self.doc.date_of_original_submission}
        if len({d for d, _ in dates}) == 1:
            d, t = next(iter(dates))
            self.doc.period_of_report = d
            self.notes.unsure("period_of_report", "box 3 label unreadable; the only date in the header", t)
            return
        if self.fmt == "ocr" and not dates:
            # no date at all: OCR may read a date's slashes as '1' ('0710712020'); one such run of
            # ten digits, a month and a day where the slashes belong, is the date
            runs = {(m.group(0), m.groups()) for m in _OCR_SLASHES_ONES.finditer(head)}
            if len(runs) == 1:
                t, (mo, dy, yr) = next(iter(runs))
                try:
                    self.doc.period_of_report = date(int(yr), int(mo), int(dy))
                except ValueError:
                    return
                self.notes.unsure("period_of_report", "OCR: the only date in the header, its slashes read as '1'", t)

    # -- box 1, box 5 -----------------------------------------------------------------------
    def _left_cells(self, ln: Line, boundary: int | None) -> list[str]:
        """The cells of box 1's column on one line (stop at another box's label or a wide gap)."""
        out: list[str] = []
        gap = 0
        for ci, c in enumerate(ln.cells):
            if ln.offsets is not None and boundary is not None and ln.offsets[ci] >= boundary - 1:
                break
            if not c.strip():
                gap += 1
                if gap >= 2 and out and ln.offsets is None:
                    break
                continue
            gap = 0
            lab = _BOX_LABEL.search(" " + c)
            if lab:
                pre = (" " + c)[: lab.start()].strip()
                if _BOX1_LABEL.search(c):
                    out.append(c)
                    continue
                if pre:
                    out.append(pre)
                break
            if _ONE_X.fullmatch(c) or _BOX5_WORDS.search(c) or c.startswith("["):
                break
            out.append(c)
        return out

    def _owners(self, end: int) -> None:
        box1_end = self.cols[0][1] if self.cols else end
        starts = [i for i in range(box1_end) if _BOX1_LABEL.search(self.lines[i].tabbed)]
        if not starts:
            starts = [i for i in range(box1_end) if "reportingperson" in self.sq[i]][:1]
        if not starts and self.fmt == "ocr":
            # a poor scan's OCR broke box 1's label past reading ('1. and Re' over 'Name Adam Address'): its
            # '(Last) (First) (Middle)' sub-label still marks the box; the label is the nearest line over it
            # with one of the label's words, else the line over the name
            last = next((i for i in range(box1_end) if re.search(r"\(Last\)", self.lines[i].text)), None)
            if last is not None and last >= 2:
                near = [i for i in range(max(0, last - 4), last)
                        if re.search(r"\bName\b|Address|Reporting|Person", self.lines[i].text)]
                starts = [near[-1] if near else last - 2]
                self.box1_by_last = True
                self.notes.warnings.append("OCR: box 1's label unread; box 1 read from its '(Last) (First) (Middle)'")
        if not starts:
            self.notes.warnings.append("box 1 (reporting person) not found")
            return
        blocks: list[tuple[list[Line], bool]] = []
        if not self.cols and len(starts) == 1:
            cell = next((c for c in self.lines[starts[0]].cells if _BOX1_LABEL.search(c)), "")
            if len(_LAST_LABEL.findall(cell)) > 1:
                # a table extractor put every owner of box 1 in one cell: split after each "(Zip)"
                segs = [x for x in re.split(r"(?<=\(Zip\))", cell, flags=re.I) if _clean(x)]
                lab = re.match(r".*?Person\s*(?:\[\*\]|\*|\(\*\))?", segs[0], re.I)
                prefix = lab.group(0) if lab else "1. Name and Address of Reporting Person*"
                blocks = [(self.lines[starts[0]: starts[0] + 1] if k == 0 else [Line([prefix + " " + seg])], True)
                          for k, seg in enumerate(segs)]
                blocks[0] = ([Line([segs[0]])], True)
        flat_end = box1_end + 1 if box1_end < len(self.lines) and "(City)" in self.lines[box1_end].text else box1_end
        if not self.cols and not blocks and len(starts) == 1 and self._owners_flat(starts[0], flat_end):
            return
        if self.cols and len(starts) == 1:
            s = starts[0]
            lasts = [i for i in range(s, box1_end) if _LAST_LABEL.search(self.lines[i].text)]
            if self.fmt == "ocr":
                lasts = self._ocr_name_labels(s, box1_end, lasts)
            cities = [i for i in range(s, box1_end) if _CITY_LABEL.search(self.lines[i].text)]
            cut: list[int] = []
            if len(lasts) > 1:
                # each owner's block starts after the previous owner's "(City) (State) (Zip)" line
                nxt = [max((c + 1 for c in cities if c < li), default=li - 1) for li in lasts[1:]]
                cut = [s] + [max(a, b - 3) for a, b in zip(nxt, lasts[1:], strict=False)] + [box1_end]
                if self.fmt == "ocr":
                    for j, (pl, li) in enumerate(zip(lasts, lasts[1:], strict=False)):
                        if any(pl < c < li for c in cities):
                            continue
                        # OCR lost the owner's '(City) (State) (Zip)' label: the owner before ends
                        # with its city line (a state and ZIP at its end), and the next owner's name
                        # lines, however many, follow it
                        zl = [i for i in range(pl + 1, li - 1) if re.search(
                            r"\b[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*$", self.lines[i].text)]
                        if zl and li - zl[-1] <= 6:
                            cut[j + 1] = zl[-1] + 1
            if self.fmt == "ocr" and lasts:
                # OCR lost (or garbled past reading) an owner's '(Last) (First) (Middle)' label: a
                # '(Street)' label right after the owner before's '(City) (State) (Zip)' (no '(Last)' or
                # '(Street)' between them) starts an owner of its own, after that '(City)' line
                streets = [i for i in range(s, box1_end) if _STREET_LABEL.search(self.lines[i].text)]
                extra = []
                for st in streets:
                    pc = max((c for c in cities if c < st), default=None)
                    if pc is not None and not any(pc < x < st for x in lasts + streets):
                        extra.append(pc + 1)
                if extra:
                    cut = sorted({*(cut if len(lasts) > 1 else [s, box1_end]), *extra})
            if len(lasts) > 1 or cut:
                blocks = [(self.lines[cut[j] : cut[j + 1]], j == 0) for j in range(len(cut) - 1)]
        if not blocks:
            for k, s in enumerate(starts):
                e = starts[k + 1] if k + 1 < len(starts) else box1_end
                blocks.append((self.lines[s:e], True))
        for k, (lns, labelled) in enumerate(blocks):
            owner = ReportingOwner()
            self.doc.reporting_owners.append(owner)
            self._owner_box(owner, f"reporting_owners[{k}]", lns, labelled)
        self._relationships(end)
        if self.title_below_officer and self.doc.reporting_owners:
            for fld in ("officer_title", "other_text"):  # found by its place alone: uncertain
                if getattr(self.doc.reporting_owners[0], fld):
                    self.notes.unsure(f"reporting_owners[0].{fld}", "OCR: box 5's text under the 'Officer' label, "
                                      "found by its place", self.title_below_officer)

    def _ocr_name_labels(self, s: int, e: int, lasts: list[int]) -> list[int]:
        """Box 1's '(Last) (First) (Middle)' lines, one per owner, as OCR left them: with '(Last)' misread
        ('(Cast) (First) (Middle)', '{Last) (First)', '(ag) (est (Middle)') a joint filing's owners ran
        together, the second owner's address read as the first's (its state and ZIP taken as sure). A line
        with one label part read whole or two read nearly is one, unless a label line taken is within two
        lines of it (the '(Middle)' OCR set on a line of its own under or over '(Last) (First)')."""
        out = list(lasts)
        for i in range(s, e):
            t = self.lines[i].text
            if (i not in out and not any(abs(i - k) <= 2 for k in out) and not _STREET_OR_CITY_LABEL.search(t)
                    and (_NAME_PART_LABEL.search(t) or len(_OCR_NAME_PART.findall(t)) > 1)):
                out.append(i)
        return sorted(out)

    def _md_address(self) -> None:
        """One owner, PyMuPDF4LLM: street and city lines joined from the raw cell stacks, when
        the city line ends in a state and a 5-digit ZIP."""
        box = self.md_owner_box
        if not box or len(self.doc.reporting_owners) != 1:
            return
        city = box["city"]
        if len(city) == 2 and re.fullmatch(r"\d{5}(?:-\d{4})?", _clean(city[1])):
            city = [f"{city[0]} {city[1]}"]  # a long city line wrapped its ZIP onto a line of its own
        if len(city) != 1:
            return
        m = re.fullmatch(r"(.*?),?\s*([A-Z]{2})\s*(\d{5}(?:-\d{4})?)", _clean(city[0]))
        if m is None:  # a foreign city line: city, EDGAR country code, postal code ('MIDRAND T3 1686')
            m = _FOREIGN_CSZ.match(_clean(city[0]))
            if m is None or not m.group(3):
                # its pieces joined without the space a cell edge fell on ('CENTRAL' + 'K3 00000')
                m = _FOREIGN_CSZ.match(re.sub(r"(?<=[A-Za-z])(?=[A-Z][0-9]\s+[0-9A-Z][0-9A-Z -]{2,10}$)", " ",
                                              _clean(city[0]))) or m
            m = m if m and m.group(3) and _clean(m.group(1)) else None
        streets = [_clean(x) for x in box["street"] if _clean(x)]
        if not m or not _clean(m.group(1)) or not streets:
            return
        owner = self.doc.reporting_owners[0]
        p = "reporting_owners[0]"
        owner.rpt_owner_street1 = streets[0]
        # box 1 prints two street lines; more are a long one wrapped at the cell's edge: the rest is the
        # second (which line wrapped is unsure)
        owner.rpt_owner_street2 = _clean(" ".join(x.strip() for x in box["street"][1:] if _clean(x))) or None
        if len(streets) > 2:
            box["guessed"] = []
        owner.rpt_owner_city = _clean(m.group(1)).rstrip(",")
        owner.rpt_owner_state, owner.rpt_owner_zip_code = m.group(2), m.group(3)
        for f in ("rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state", "rpt_owner_zip_code"):
            self.notes.see(f"{p}.{f}", " | ".join(box["street"] + box["city"]),
                           "box 1: bold slices of the cut cells joined line by line"
                           + (" (a piece's line chosen among several)" if "guessed" in box else ""),
                           uncertain="guessed" in box)

    def _md_owners_apply(self) -> None:
        """Several owners, PyMuPDF4LLM: box 1's column read from the raw cells, when it gives
        more owners than the unstacked lines did (they mix the stacked boxes of box 5 in)."""
        found = self.md_owners
        if len(found) < 2:
            return
        extras: list[ReportingOwner] = []
        if len(found) < len(self.doc.reporting_owners):
            # the raw cells stopped early: the unstacked lines' owners past them are kept, those
            # whose name is not one read here nor box 5's words
            names = [_clean(" ".join(o["name"])).upper() for o in found]
            extras = [o for o in self.doc.reporting_owners[len(found):] if o.rpt_owner_name
                      and not _BOX5_WORDS.search(o.rpt_owner_name)
                      and not any(o.rpt_owner_name.upper() in n or n in o.rpt_owner_name.upper() for n in names)]
            if len(found) + len(extras) > len(self.doc.reporting_owners):
                return
        owners: list[ReportingOwner] = []
        same = len(found) == len(self.doc.reporting_owners)
        for k, o in enumerate(found):
            ow = ReportingOwner(rpt_owner_name=_clean(" ".join(o["name"])) or None)
            if same:
                old = self.doc.reporting_owners[k]  # the same owners: keep what box 5 gave each
                for f in (*_BOX5_FLAGS, "officer_title", "other_text"):
                    setattr(ow, f, getattr(old, f))
            streets = [_clean(x) for x in o["street"] if _clean(x)]
            ow.rpt_owner_street1 = streets[0] if streets else None
            ow.rpt_owner_street2 = " ".join(streets[1:]) or None
            city = _clean(" ".join(o["city"]))
            us = re.fullmatch(r"(.*?),?\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)", city)
            fm = _FOREIGN_CSZ.match(city) if not us else None
            csz = us if us and _zip_state(us.group(3)) in (None, us.group(2)) else fm if fm and _clean(
                fm.group(1)) else None
            if csz:
                ow.rpt_owner_city, ow.rpt_owner_state = _clean(csz.group(1)), csz.group(2)
                ow.rpt_owner_zip_code = csz.group(3)
            else:
                ow.rpt_owner_city = city or None
            for f in ("rpt_owner_name", "rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state",
                      "rpt_owner_zip_code"):
                if getattr(ow, f):
                    self.notes.see(f"reporting_owners[{k}].{f}", str(getattr(ow, f)),
                                   "box 1 column of the raw cells: owner after owner between labels"
                                   + (" (some cut in pieces)" if "cut" in o else ""), uncertain="cut" in o)
            owners.append(ow)
        for k, o in enumerate(extras, start=len(owners)):
            for f in ("rpt_owner_name", "rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state",
                      "rpt_owner_zip_code"):
                if getattr(o, f):
                    self.notes.unsure(f"reporting_owners[{k}].{f}", "owner past the raw cells' reading, from the "
                                      "unstacked lines", str(getattr(o, f)))
        self.doc.reporting_owners = owners + extras

    def _md_blank_owners_apply(self) -> None:
        """PyMuPDF4LLM: box 1 printing more owners' blocks than were read, the later ones with
        every line blank, and box 5 one group of marks per block: each blank block is an owner
        whose name and address the form leaves blank. Its boxes are its own group's (uncertain:
        the owner is known from blank labels only)."""
        owners, groups, blank = self.doc.reporting_owners, self.box5_marks, self.md_blank_owners
        if not (blank and owners and len(owners) + blank == len(groups)) or any(g.get("same") for g in groups):
            return
        for n in range(len(owners), len(groups)):
            owner = ReportingOwner()
            for fld in _BOX5_FLAGS:
                setattr(owner, fld, bool(groups[n].get(fld)))
                self.notes.unsure(f"reporting_owners[{n}].{fld}", "box 5 check mark of a box 1 block whose "
                                  "lines are all blank: an owner known from its labels only",
                                  "X" if groups[n].get(fld) else "")
            owners.append(owner)

    def _md_flags(self) -> None:
        """Several owners (box 1 read as flat blocks): box 5's groups read from the raw cells,
        one per owner in order, for owners whose boxes the unstacked lines did not give."""
        owners = self.doc.reporting_owners
        groups = self.box5_marks
        uniform = bool(groups) and all(all(g.get(f) == groups[0].get(f) for f in _BOX5_FLAGS) for g in groups)
        spread = False
        if groups and len(groups) != len(owners):
            if not (uniform and len(owners) > 1 and (len(groups) > 1 or groups[0].get("same"))):
                return
            # every group of box 5 read the same: it holds for each owner, whatever the count
            groups, spread = [groups[0]] * len(owners), True
        if not groups:
            return
        for n, (owner, marks) in enumerate(zip(owners, groups, strict=True)):
            # (a flat reading whose groups of box 5 did not come one per owner is replaced by these, one per
            # owner in the cells' order; it stays listed uncertain, the two readings may disagree)
            unmatched = not spread and all("not matched one per owner" in self.notes.evidence.get(
                f"reporting_owners[{n}].{f}", "") for f in _BOX5_FLAGS)
            if any(getattr(owner, f) is not None for f in _BOX5_FLAGS) and not unmatched:
                continue
            for fld in _BOX5_FLAGS:
                setattr(owner, fld, bool(marks.get(fld)))
                self.notes.see(f"reporting_owners[{n}].{fld}", "X" if marks.get(fld) else "",
                               "box 5 check mark in the cell stack beside its label", uncertain=unmatched)
                if spread:
                    self.notes.unsure(f"reporting_owners[{n}].{fld}",
                                      "box 5 groups not one per owner; every readable group is the same")
        if not spread and len(groups) > 1:
            self._md_group_titles()

    def _md_sign(self) -> None:
        """PyMuPDF4LLM: a signature the unstacked lines lost (cut across the cells of a table row)
        is read from the raw cells; only what is missing is filled in."""
        self._md_sign_bold()
        if self.md_signature is None or len(self.doc.owner_signatures) > 1:
            return
        name, when = self.md_signature
        if not self.doc.owner_signatures:
            self.doc.owner_signatures.append(OwnerSignature(signature_name=None, signature_date=None))
        sg = self.doc.owner_signatures[0]
        read = sg.signature_name or ""
        if read and _squash(read) != _squash(name) and "/s/" in name and "/s/" in read and _same_letters(
                read[read.index("/s/"):], name):
            # the lines' reading holds the cut row's pieces out of their order, maybe after the remarks
            # printed in the row's first cell ('Exhibit 24.1 ... /s/ Lauren Wal Hegde z, as ...'): the
            # pieces joined line by line are the signature
            sg.signature_name = name
            self.notes.unsure("owner_signatures[0].signature_name", f"bold slices of a cut table row joined, not "
                              f"{read[:40]!r}", name)
            remark = _remarks_before(read, name)
            if remark and not self.doc.remarks:
                self.doc.remarks = remark
                self.notes.unsure("remarks", "text before the signature in its table row", remark)
        if not sg.signature_name:
            sg.signature_name = name
            self.notes.see("owner_signatures[0].signature_name", name, "bold slices of a cut table row joined")
        if sg.signature_date is None and when is not None:
            sg.signature_date = when
            self.notes.see("owner_signatures[0].signature_date", str(when), "bold date beside the signature")

    def _md_sign_bold(self) -> None:
        """PyMuPDF4LLM paragraphs: the one signature set in bold (name and date apart, above or below
        the label) replaces a reading of the lines that found no name or took plain text for it (the
        remarks); the remarks are then the plain lines after 'Remarks:'."""
        if self.md_bold_sig is None:
            return
        name, when, remarks = self.md_bold_sig
        sigs = self.doc.owner_signatures
        dropped: list[str] = []
        if len(sigs) > 1:
            # the lines' reading took a remark with a date in it for a signature ('J - 3 for 2 stock split
            # issued 9/30/2019' above the bold one): a plain line of the remarks is no signature. Any
            # other second signature is another owner's (only one of them bold in a paragraph): kept
            remark = _clean(remarks or "")
            others = [sg.signature_name or "" for sg in sigs if not (
                sg.signature_name and _clean(sg.signature_name) in name)]
            if len(others) != len(sigs) - 1 or not all(x and _clean(x) in remark for x in others):
                return
            dropped = others
            for k in range(len(sigs)):
                for fld in ("signature_name", "signature_date"):
                    if f"owner_signatures[{k}].{fld}" in self.notes.uncertain:
                        self.notes.uncertain.remove(f"owner_signatures[{k}].{fld}")
                    self.notes.evidence.pop(f"owner_signatures[{k}].{fld}", None)
            sigs = []
        old = sigs[0].signature_name if sigs else None
        if old and (_clean(old) in name or name in _clean(old)):
            return  # the lines' reading is the bold one
        self.doc.owner_signatures = [OwnerSignature(signature_name=name, signature_date=when)]
        path = "owner_signatures[0]"
        for fld in ("signature_name", "signature_date"):
            if f"{path}.{fld}" in self.notes.uncertain:
                self.notes.uncertain.remove(f"{path}.{fld}")
            self.notes.evidence.pop(f"{path}.{fld}", None)
        if old or dropped:  # another reading was set aside: say so
            self.notes.unsure(f"{path}.signature_name", "the one bold line below the footnotes, not "
                              f"{(old or dropped[0])[:40]!r}", name)
        else:
            self.notes.see(f"{path}.signature_name", name, "the one bold line below the footnotes")
        if when is not None:
            self.notes.see(f"{path}.signature_date", str(when), "the one bold date below the footnotes")
        else:
            self.notes.unsure(f"{path}.signature_date", "no date found beside the signature", name)
        if self.doc.remarks != remarks:
            self.doc.remarks = remarks
            self.notes.evidence.pop("remarks", None)
            if remarks:
                self.notes.see("remarks", remarks, "plain text after 'Remarks:'")

    def _md_name(self) -> None:
        """One owner, PyMuPDF4LLM: the name joined from the raw cell stacks replaces a name the
        unstacked lines mixed with labels or box 2, unless that one is the same name, longer."""
        name = self.md_owner_name
        box = self.md_owner_box
        if not name and box and box["name"]:
            # a name of several lines (a trust's): box 1's name lines read from the same stacks
            name = _clean(" ".join(box["name"]))
        if not name or len(self.doc.reporting_owners) != 1:
            return
        extended = False
        if box and len(box["name"]) == 1 and len(_squash(box["name"][0])) > len(_squash(name)) and _squash(
                box["name"][0]).startswith(_squash(name)):
            # the name line stopped where the label under it did ('SCHLAGE' | 'TER STEPH'); box 1's
            # lines go on with the next cell's piece ('EN P'), placed on the name line by position
            name, extended = _clean(box["name"][0]), True
        elif box and len(box["name"]) > 1 and len(_squash(" ".join(box["name"]))) > len(_squash(name)) and _squash(
                " ".join(box["name"])).startswith(_squash(name)):
            # a name of several lines whose first alone sat under the label, the rest on the table's next
            # row ('Trust dated 1/1/1977, ...' / 'Rankin, Jr. as Co-Trustees ...' / '(Last) (First)'): box 1's
            # lines go on past the row's edge
            name, extended = _clean(" ".join(box["name"])), True
        owner = self.doc.reporting_owners[0]
        cur = _squash(owner.rpt_owner_name or "")
        # the name line and box 1's lines, read apart from the same stacks, agree: that is the name
        agree = bool(box and box["name"]) and _squash(" ".join(box["name"])) == _squash(name)  # type: ignore[index]
        if not agree and cur.startswith(_squash(name)) and "[" not in (owner.rpt_owner_name or "") and not re.search(
                r"Name and|Ticker|Symbol|Relationship|Reporting|Issuer", owner.rpt_owner_name or "", re.I):
            return
        owner.rpt_owner_name = name
        self.notes.see("reporting_owners[0].rpt_owner_name", name, "box 1: bold slices under the cut label, joined"
                       + (", with a piece past the label's end" if extended else ""), uncertain=extended)

    def _owners_flat(self, s: int, end: int) -> bool:
        """Several owners in flat text whose lines interleave box 1 with boxes 2-6.

        Each owner's lines run up to its "(City) (State) (Zip)" label; the words of the other
        boxes (their labels, check-box lines, box 3's date) are cut out of those lines, and
        box 5's check-box groups are taken in order, one per owner.
        """
        lns = self.lines[s:end]
        if any(ln.offsets is not None for ln in lns):
            return False
        lasts = [k for k, ln in enumerate(lns) if _LAST_LABEL.search(ln.text)]
        if self.fmt == "ocr":
            lasts = [i - s for i in self._ocr_name_labels(s, end, [s + k for k in lasts])]
        cities = [k for k, ln in enumerate(lns) if _CITY_LABEL.search(ln.text)]
        if len(lasts) < 2:
            return False
        # each owner's "(City) (State) (Zip)": the first after its "(Last) (First) (Middle)"
        bounds = [*lasts[1:], len(lns)]
        picked = [next((c for c in cities if lasts[k] < c < bounds[k]), None) for k in range(len(lasts))]
        if self.fmt == "ocr":
            # OCR lost an owner's "(City) (State) (Zip)" label: its city line is the last one with a ZIP
            picked = [c if c is not None else next(
                (j for j in range(bounds[k] - 1, lasts[k], -1)
                 if _OCR_CITY_LINE.search((lns[j].cells or [""])[0])), None)
                for k, c in enumerate(picked)]
            # neither label nor ZIP readable (a foreign address, a garbled line): the owner's lines end
            # above the next owner's name, the last line with words of box 1 above its "(Last) (First) (Middle)"
            for k, c in enumerate(picked):
                if c is not None or k + 1 >= len(lasts):
                    continue
                j = lasts[k + 1] - 1
                while j > lasts[k] and not any(
                        re.search(r"[A-Za-z]{3}", _NOT_BOX1.sub(" ", c)) and not _OTHER_BOX_WORDS.search(c)
                        for c in lns[j].cells):
                    j -= 1  # box 5's check-box lines beside the next owner's name
                if j - 1 > lasts[k]:
                    picked[k] = j - 1
            if picked and picked[-1] is None:
                # the last owner's label and ZIP both unread (a foreign address: 'ST. PETER PORT GYI 3JJ'):
                # its lines run to box 1's end, the last line with words of box 1 before Table I
                j = len(lns) - 1
                while j > lasts[-1] and not any(
                        re.search(r"[A-Za-z]{3}", _NOT_BOX1.sub(" ", c)) and not _OTHER_BOX_WORDS.search(c)
                        and not _LABEL_NOISE.search(c) for c in lns[j].cells):
                    j -= 1
                if j - 1 > lasts[-1]:
                    picked[-1] = j
        if any(c is None for c in picked):
            return False
        cities = [c for c in picked if c is not None]
        lost: set[int] = set()  # OCR lost an owner's '(Last) (First) (Middle)': its '(City)' label alone marks it
        if self.fmt == "ocr":
            for c in (k for k, ln in enumerate(lns) if _CITY_LABEL.search(ln.text)):
                before = max((x for x in cities if x < c), default=None)
                if (c not in cities and before is not None and c - before >= 4
                        and not any(before < x < c for x in lasts)
                        and any(_STREET_LABEL.search(lns[j].text) for j in range(before + 1, c))):
                    lost.add(c)
            cities = sorted({*cities, *lost})
        iss = self.doc.issuer
        groups: list[str] = []
        owners_lines: list[list[Line]] = []
        name_cells: dict[int, list[str]] = {}  # OCR'd tab cells: a block line's own cells of box 1
        begin = 0
        for n, city in enumerate(cities):
            block: list[Line] = []
            for k in range(begin, city + 1):
                text = lns[k].text
                if self.fmt == "ocr" and k > 0:
                    text = _BOX1_LABEL_START.sub(" ", text)  # box 1's label split over two lines
                if k == 0:
                    m = _PERSON_LABEL_END.search(text)
                    text = text[m.end():] if m else ""
                if iss is not None and iss.issuer_name and iss.issuer_name in text:
                    text = text.replace(iss.issuer_name, " ")
                    if n == 0 and k <= 1:
                        self.notes.unsure("reporting_owners[0].rpt_owner_name",
                                          "flat text: box 1 and box 2 values on one line, split after a company "
                                          "suffix", lns[k].text)
                for g in _BOX5_GROUP.finditer(text):
                    groups.append(g.group(0))
                if self.fmt == "ocr" and k > 0 and len(lns[k].cells) == 1 and _BOX5_ONLY_LINE.fullmatch(text):
                    # OCR'd tab cells: box 5's words or a check box alone on a line between box 1's lines
                    # (a joint filing prints a box 5 group beside each owner's box 1): none of box 1's
                    continue
                if self.fmt == "ocr" and k > 0 and len(lns[k].cells) > 1:
                    # OCR'd tab cells: a cell of box 5's words beside box 1's ('] Officer (give title below)')
                    # and box 5's check boxes as OCR reads them ('_]', 'C1]', '[1', 'LJ', '[X]', 'ea)') or its
                    # labels' words each in a cell ('Officer .' | '(give .' | 'title .' | 'below)')
                    box56 = any(_OTHER_BOX_WORDS.search(c) for c in lns[k].cells)
                    cells_k = lns[k].cells
                    box2 = next((j for j, c in enumerate(cells_k) if _WORDS_THEN_BRACKET.search(c)
                                 and (_OCR_TICKER.search(c) or _BRACKETS.search(c))), None)
                    if box2 is not None:
                        # box 1 is the form's left column: the cells right of box 2's 'NAME [ TICKER ]' are
                        # box 5's ('(Sorscta' | 'is 10% owner', 'S eck' | 'applicable)'), never an owner's
                        cells_k = cells_k[: box2 + 1]
                    kept = [c for j, c in enumerate(cells_k)
                            if (not _OTHER_BOX_WORDS.search(c) or _BOX_LABEL.search(c))
                            and not (j and any(r.fullmatch(c.strip()) for r in (
                                _BOX_GLYPH_CELL, _BOX_GLYPHS, _CHECKED, _BOX5_LABEL_PIECE, _DIRECTOR_MISREAD)))
                            # box 6's 'Form filed by One Reporting Person' cut into cells ('Reporting' | ...,
                            # 'One' | 'Person' | 'Director'), on a line with other boxes' words
                            and not (box56 and _BOX6_PIECE.fullmatch(c))
                            # box 5's officer title written right of the owner's name ('Hennigan Michael |
                            # President & CEO, MPLX GP LLC')
                            and not (j and _TITLE_BESIDE.search(c))]
                    text = " ".join(kept)
                    if iss is not None and iss.issuer_name:
                        kept = [c.replace(iss.issuer_name, " ") for c in kept]
                    kept = [c for c in (_NOT_BOX1.sub(" ", c).strip() for c in kept) if c]
                    if box2 is not None:
                        # box 2's ticker left of its cell once the issuer's name is out ('[ AIMT', its ']' lost)
                        kept = [c for c in kept if not re.fullmatch(r"[\[{]\s*[A-Z0-9.!-]{0,10}\s*[\]}|J]?", c)]
                else:
                    kept = []
                text = _NOT_BOX1.sub(" ", text)
                if self.fmt == "ocr":
                    # box 1's '(Street)' label with its '(S' lost or its '(' read apart ('treet', '(Stree', 'Street)')
                    text = re.sub(r"(?<!\S)(?:\(S?treet\)?|S?treet\)|treet|\(Stree)(?!\S)", "(Street)", text)
                if _clean(text) and not _X_MARKS_ONLY.fullmatch(text):
                    block.append(Line([_clean(text)]))
                    if kept:
                        name_cells[id(block[-1])] = kept
            begin = city + 1
            if city in lost and len(block) >= 3:
                # the owner's name is its first line; the label OCR lost goes back under it (OCR'd tab cells:
                # under a wrapped line ending in a company's form that goes on with it, '(Parallel), L.P.')
                at = 1
                if (ln_ := block[1].text) and not _DIGIT.search(ln_) and _CORP_SUFFIX.search(ln_) and (
                        ln_.startswith("(") or not _CORP_SUFFIX.search(block[0].text)) and len(block) >= 4:
                    at = 2
                block.insert(at, Line(["(Last) (First) (Middle)"]))
                self.notes.unsure(f"reporting_owners[{n}].rpt_owner_name", "OCR lost the owner's '(Last) (First) "
                                  "(Middle)' label: the first line after the owner above taken as the name",
                                  block[0].text)
            owners_lines.append(block)
        for ln in lns[begin:]:
            groups.extend(g.group(0) for g in _BOX5_GROUP.finditer(ln.text))
        for n, block in enumerate(owners_lines):
            while self.fmt == "ocr" and len(block) > 1 and _LABEL_NOISE.search(block[0].text) and not re.search(
                    r"[A-Za-z]{3}", _LABEL_NOISE.sub(" ", block[0].text)):
                block = owners_lines[n] = block[1:]  # OCR set the last label of the owner above ('(Zip)') lower
            # the name: every line before "(Last) (First) (Middle)" (a long name wraps)
            at = next((k for k, ln in enumerate(block) if _LABEL_NOISE.search(ln.text)), None)
            if at is None or at == 0:
                return False
            name = Line([" ".join(ln.text for ln in block[:at])])
            split = [name_cells.get(id(ln)) for ln in block[:at]] if at == 2 else []
            if split and all(split) and (inter := _interleave(split[0], split[1], None)) is not None:  # type: ignore[arg-type]
                # one name line OCR split over two lines by baseline, the words of one in the other's gaps
                name = Line([inter])
                self.notes.unsure(f"reporting_owners[{n}].rpt_owner_name", "OCR: a name's words on two lines, the "
                                  "words of one put in the gaps between the other's cells", inter)
            owners_lines[n] = [Line(["1. Name and Address of Reporting Person*"]), name, *block[at:]]
        for n, block in enumerate(owners_lines):
            owner = ReportingOwner()
            self.doc.reporting_owners.append(owner)
            self._owner_box(owner, f"reporting_owners[{n}]", block, True)
        # box 5: one "Director .. 10% Owner / Officer .. Other" group per owner, in order
        text = " ".join(groups)
        directors = len(re.findall(r"\bDirector\b", text))
        self._relationships_columns(text)
        seen = [tuple(getattr(o, f) for f in _BOX5_FLAGS) for o in self.doc.reporting_owners
                if any(getattr(o, f) for f in _BOX5_FLAGS)]
        common = _majority(seen)
        for n, owner in enumerate(self.doc.reporting_owners):
            marked = any(getattr(owner, f) for f in _BOX5_FLAGS)
            if not marked and common is not None:
                # a joint filing's owners are usually one group (a fund and its managers); the marks
                # are an inference from this form, never a silent value: every flag is listed uncertain
                for f, v in zip(_BOX5_FLAGS, common, strict=True):
                    setattr(owner, f, v)
                    self.notes.unsure(f"reporting_owners[{n}].{f}", "no check mark readable in this owner's box 5 "
                                      "group; inferred from the other owners of this joint filing")
            elif directors != len(self.doc.reporting_owners):
                # a check mark printed a line off lands in another owner's group in flat text
                for f in _BOX5_FLAGS:
                    self.notes.unsure(f"reporting_owners[{n}].{f}", "box 5 groups not matched one per owner")
        return True

    def _lower_word_first(self, up: str, low: str) -> bool:
        """OCR'd tab cells: whether a name's one word OCR set a line below the rest of its line ('Hart' under
        'Richard Jonathan', 'Novo' under 'Holdings A/S') is its first: the form's text past box 1 writes
        it right before the upper words ('Novo Holdings A/S'), or a signature writes it as the signer's
        last name after the upper line's first word ('/s/ Richard J. Hart', '... for Tien Tzuo'; box 1
        prints the last name first). A lone initial, a suffix ('JR', 'III', 'LLC') is never first."""
        ups = up.split()
        if (not ups or len(ups) > 3 or not re.fullmatch(r"[A-Z][A-Za-z'-]+", low)
                or re.fullmatch(r"(?:JR|SR|II|III|IV|V|VI|LLC|LP|INC|LTD|CO|CORP|TRUST|FUND)", low.upper())
                or any(not re.fullmatch(r"[A-Za-z][A-Za-z.'/&-]*,?", w) for w in ups)):
            return False
        tail = self.lines[getattr(self, "head_end", 0) or 0:]
        words = " ".join(ln.text for ln in tail)
        seq = r"\s+".join(re.escape(w.rstrip(",")) for w in [low, *ups])
        if re.search(rf"(?<![\w-]){seq}(?![\w-])", words):
            return True
        for k, ln in enumerate(tail):
            if not re.search(r"Signature of Reporting", ln.text):
                continue
            for sig in tail[max(0, k - 3): k]:
                for mt in re.finditer(rf"(?:^|(?<=\s))(\S+\s+)?{re.escape(ups[0])}\s+(?:\S+\s+){{0,2}}?"
                                      rf"{re.escape(low)}(?=$|[\s,])", sig.text, re.I):
                    before = (mt.group(1) or "").strip()
                    if (not before or before.lower() in ("for", "by", "of")
                            or re.fullmatch(r"\W*[Il|/][sS]\W+", before)):
                        return True
        return False

    def _owner_box(self, owner: ReportingOwner, path: str, lines: list[Line], labelled: bool) -> None:
        boundary = None
        first = lines[0]
        if first.offsets is not None and not self.cols:
            for ci, c in enumerate(first.cells):
                if re.search(r"Issuer Name|^2\.", c):
                    boundary = first.offsets[ci]
                    break
        grid = any(ln.offsets is not None for ln in lines)  # positioned input: columns, not gaps, place words
        rows: list[tuple[int, list[str]]] = [] if labelled else [(0, ["Name and Address of Reporting Person*"])]
        row_at: dict[int, int] = {}  # positioned input: the character column a row's text starts at
        words_at: dict[int, list[tuple[str, int]] | None] = {}  # OCR on a grid: a row's words and columns
        for ln in lines:
            cells = self._left_cells(ln, boundary)
            if self.fmt == "ocr":
                # box 3's number read as '[3' at the street line's end; box 3's label (misread past
                # `_BOX_LABEL`: 'Sjatement for Issuer's ...') in a cell of its own among box 1's lines
                cells = [c for c in (_BOX_NUMBER_END.sub("", c) for c in cells)
                         if not (_DATE_FORMAT_LABEL.search(c) and not _DIGIT.search(c.split("(Month")[0]))]
            if self.cut_cells:
                # rebuilt from cell slices: other boxes' words glued onto box 1's lines
                # (a trailing comma is kept: a street line wrapped after it goes on past it)
                cells = [c + ("," if c and raw.rstrip().endswith(",") else "")
                         for raw, c in ((x, _clean(_CUT_NOISE.sub(" ", x))) for x in cells) if c]
            if (self.fmt == "ocr" and ln.offsets is None and len(cells) == 1
                    and (_OWNER_LABEL.fullmatch(cells[0])
                         or _BOX_GLYPHS.fullmatch(cells[0].strip()))):
                cells = []  # box 5's 'Owner' (of '10% Owner') on a line of its own, or a check box alone
            if self.fmt == "ocr" and ln.offsets is None and len([c for c in ln.cells if c.strip()]) > 1:
                # OCR'd tab cells: a line of box 1 also holds box 2's value and box 5's words, and
                # a lower-case smear of a check box ('ou') or the box itself read as two glyphs ('LJ', 'L1', '14')
                box2 = next((k for k, c in enumerate(cells) if _WORDS_THEN_BRACKET.search(c)
                             and (_OCR_TICKER.search(c) or _BRACKETS.search(c))), None)
                if box2 is not None:
                    # box 1 is the form's left column: the cells right of box 2's 'NAME [ TICKER ]' are
                    # box 5's ('(Check all a' | 'T108'), never the owner's
                    cells = cells[: box2 + 1]
                cells = [c for k, c in enumerate(cells) if not (
                    _OCR_TICKER.search(c) or _BRACKETS.search(c)
                    or _OTHER_BOX_WORDS.search(c) or _ONE_OR_TWO_LOWER.fullmatch(c)
                    or (k and re.fullmatch(r"\s*[\[LCl1][\]J41I|]\s*", c))
                    or (k and _CHECKED.fullmatch(c.strip()))  # box 5's checked box ('XX') beside the name
                    or (k and re.fullmatch(r"\s*[=~]\s*", c))  # an empty box read as '=' beside it
                    or (k and _BOX_GLYPHS.fullmatch(c.strip()))  # a box read as two glyphs ('QO', 'Xx', 'ie)')
                    # box 6's label's first word in a cell of its own beside the city line ('G7 2900 | Individual |
                    # Joint/Group Filing'), its '6.' on another line
                    or (k and _BOX6_FIRST_WORD.fullmatch(c))
                    # a checked box opening the line of box 5's words ('Xx | Owner'): no name's
                    or (not k and _BOX_GLYPHS.fullmatch(c.strip())
                        and any(_OTHER_BOX_WORDS.search(x) for x in cells[1:]))
                    or _box4_piece(c))]  # box 4's label cut into cells ('Amendment, Date | Original')
                # box 1 is the left column: past a cell that is only its own label ("(Street)"),
                # the line's later cells are boxes 3-5 (a date, box 4's 'If', the officer title)
                lab_only = next((k for k, c in enumerate(cells) if _LABEL_NOISE.search(c)
                                 and not re.sub(r"[^A-Za-z0-9]", "", _LABEL_NOISE.sub(" ", c))), None)
                if lab_only is not None:
                    cells = cells[: lab_only + 1]
                # a cell that is only a box number ('4.') starts box 3, 4 or 6: box 1 ends before it
                num_only = next((k for k, c in enumerate(cells) if re.fullmatch(r"\s*[2-6]\.\s*", c)), None)
                if num_only is not None:
                    cells = cells[:num_only]
                # box 1 written in capitals: a later cell in lower case is box 5's title beside it
                if cells and _TWO_CAPITALS.search(cells[0]) and not _LOWER.search(cells[0]):
                    lower = next((k for k, c in enumerate(cells) if k and re.search(r"[a-z]{2}", c)), None)
                    if lower is not None:
                        cells = cells[:lower]
            lead_empty = 0
            for c in ln.cells:
                if c.strip():
                    break
                lead_empty += 1
            if cells:
                rows.append((lead_empty, cells))
                words_at[id(cells)] = _words_at(cells, ln) if self.fmt == "ocr" else None
                if ln.offsets is not None:
                    first_at = next((o for c, o in zip(ln.cells, ln.offsets, strict=False) if c.strip()), None)
                    if first_at is not None:
                        row_at[id(cells)] = first_at
        if not rows:
            return
        if self.fmt == "ocr" and not labelled:
            self._lost_name_label(rows, path)
        # the name: after the label on its line, else the next line's text
        lead, cells0 = rows[0]
        joined0 = " ".join(cells0)
        m = _PERSON_LABEL_END.search(joined0)
        name_txt = joined0[m.end() :] if m else ""
        name_txt = _LABEL_NOISE.split(name_txt)[0]
        rest_rows = rows[1:]
        raised = None
        raised_cells: list[str] = []
        name_w: list[tuple[str, int]] | None = None  # the name's words and columns (OCR on a grid)
        if (self.fmt == "ocr" and not _clean(name_txt) and len(rest_rows) > 1
                and re.fullmatch(r"[A-Z]\.?", " ".join(rest_rows[0][1]).strip())
                and not _LABEL_NOISE.search(" ".join(rest_rows[1][1]))):
            raised = " ".join(rest_rows[0][1]).strip()  # a middle initial OCR set a line higher than the name
            raised_cells = rest_rows[0][1]
            rest_rows = rest_rows[1:]
        if not _clean(name_txt) and rest_rows:
            cand = " ".join(rest_rows[0][1])
            up_w, low_w = words_at.get(id(raised_cells)) if raised else None, words_at.get(id(rest_rows[0][1]))
            merged = _by_column(up_w, low_w) if raised and up_w and low_w else None
            if merged and re.search(r"\s+(?:JR|SR|II|III|IV|V)\.?$", cand.strip(), re.I):
                merged = None  # a generational suffix ends the name: the initial goes before it
            if merged and _TWO_LETTERS.search(cand):
                cand = " ".join(w for w, _c in merged)
                words_at[id(rest_rows[0][1])] = merged
                self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a middle initial a line above the name, "
                                  "set by its column", cand)
            elif raised and _TWO_LETTERS.search(cand) and not grid and _gap_left(rest_rows[0][1], low_w):
                # OCR'd tab cells: the name line shows a gap ('Dodge | Stanton'): the initial was printed there
                c0, c1 = (c.strip() for c in rest_rows[0][1])
                cand = f"{c0} {raised} {c1}"
                self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a middle initial a line above the name, put in "
                                  "the gap between the name's cells", cand)
            elif raised and _TWO_LETTERS.search(cand):
                # the initial goes before a generational suffix ('CRAFT JOSEPH W III'), else last
                sfx = re.search(r"\s+(?:JR|SR|II|III|IV|V)\.?$", cand.strip(), re.I)
                c = cand.strip()
                cand = f"{c[: sfx.start()]} {raised}{c[sfx.start():]}" if sfx else f"{c} {raised}"
                self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a middle initial a line above the name", cand)
            if _TWO_LETTERS.search(_OTHER_BOX_WORDS.sub(" ", cand)) and not _LABEL_NOISE.search(cand):
                name_txt = cand
                cand_cells = rest_rows[0][1]
                name_w = words_at.get(id(cand_cells))
                rest_rows = rest_rows[1:]
                # read column by column, a long name wraps onto the lines above "(Last) (First) (Middle)"
                while (
                    (self.cols or self.fmt == "ocr")
                    and rest_rows
                    and len(rest_rows) > 1
                    and not _LABEL_NOISE.search(" ".join(rest_rows[0][1]))
                    and _LABEL_NOISE.search(" ".join(rest_rows[1][1]))
                    # OCR: only a run of name words ('Michael J' under 'Hennigan') or a middle initial,
                    # not a glyph of a rule
                    and (self.cols or not _OTHER_BOX_WORDS.search(" ".join(rest_rows[0][1])) and re.fullmatch(
                        r"[A-Za-z][A-Za-z.,'&-]+(?:\s+[A-Za-z][A-Za-z.,'&-]*)*|[A-Z]\.?",
                        " ".join(rest_rows[0][1]).strip()) is not None)
                ):
                    up, low = name_txt.strip(), " ".join(rest_rows[0][1]).strip()
                    at_up, at_low = row_at.get(id(cand_cells)), row_at.get(id(rest_rows[0][1]))
                    up_w, low_w = words_at.get(id(cand_cells)), words_at.get(id(rest_rows[0][1]))
                    jessica = (self.fmt == "ocr" and at_up is not None and at_low is not None and at_up >= at_low + 5
                               and re.fullmatch(r"[A-Za-z][A-Za-z.'-]+", up) is not None and len(low.split()) <= 2)
                    merged = _by_column(up_w, low_w) if up_w and low_w and not raised and not jessica else None
                    if merged:
                        # one name line OCR split by baseline: its words in the order of their columns
                        name_txt = " ".join(w for w, _c in merged)
                        words_at[id(cand_cells)] = merged
                        name_w = merged
                        self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a name's words on two lines, set by "
                                          "their columns", f"{up} / {low}")
                    elif (self.fmt == "ocr" and not raised and not grid and up == " ".join(cand_cells).strip()
                          and (inter := _interleave(cand_cells, rest_rows[0][1], low_w)) is not None):
                        # OCR'd tab cells: one name line OCR split over two lines by baseline; the line with
                        # a gap between its cells ('Evans | C' under 'David', 'Winning | Andrew' over
                        # 'Scott') had the other line's words printed in it
                        name_txt = inter
                        name_w = None
                        self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a name's words on two lines, the words "
                                          "of one put in the gaps between the other's cells", f"{up} / {low}")
                    elif jessica:
                        # OCR set the first name a line higher, under '(First)', than the last name at the
                        # box's edge under '(Last)' ('Jessica' over 'Denecour'): last name first
                        lw = low.split()
                        name_txt = " ".join([lw[0], up, *lw[1:]])
                        name_w = None
                        self.notes.unsure(f"{path}.rpt_owner_name", "OCR: the first name a line above the last "
                                          "name, under '(First)'", f"{up} / {low}")
                    elif self.fmt == "ocr" and not grid and not raised and self._lower_word_first(up, low):
                        # OCR'd tab cells: one name line OCR split by baseline, its first word (at the box's
                        # left edge) a line lower ('Richard Jonathan' over 'Hart'); the form's other text
                        # shows that word first ('Novo Holdings A/S') or as the signer's last name ('/s/
                        # Richard J. Hart'): last name first, as box 1 prints it
                        name_txt = f"{low} {up}"
                        name_w = None
                        self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a name's first word a line below the "
                                          "rest, put first as the signature or remarks write it", f"{up} / {low}")
                    else:
                        name_txt += " " + " ".join(rest_rows[0][1])
                        name_w = None
                    rest_rows = rest_rows[1:]
        if m:
            after_name = joined0[m.end() :]
            lab = _LABEL_NOISE.search(after_name)
            if lab and _clean(_LABEL_NOISE.sub(" ", after_name[lab.start() :])):
                rest_rows = [(0, [after_name[lab.start() :]])] + rest_rows
        labelled = [k for k, (_l, cells) in enumerate(rest_rows) if _LABEL_NOISE.search(" ".join(cells))]
        if labelled:
            rest_rows = rest_rows[labelled[0] :]
        if (self.fmt == "ocr" and rest_rows and re.fullmatch(r"[A-Z]\.?", " ".join(rest_rows[0][1]).strip())
                and len(rest_rows) > 1 and _LABEL_NOISE.search(" ".join(rest_rows[1][1]))):
            low_w = words_at.get(id(rest_rows[0][1]))
            merged = _by_column(name_w, low_w) if name_w and low_w else None
            if merged:
                # the initial OCR set a line lower, under the gap it was printed in ('Elliott  Keith' / 'J.')
                name_txt = " ".join(w for w, _c in merged)
                self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a middle initial a line below the name, set "
                                  "by its column", name_txt)
            else:
                name_txt += " " + " ".join(rest_rows[0][1]).strip()  # a middle initial OCR set a line lower
            rest_rows = rest_rows[1:]
        nm = _clean(name_txt)
        if self.fmt == "ocr" and (re.fullmatch(r"(?:[A-Z][A-Z.,'&-]*\s+)+[a-z]{1,3}", nm)
                                  or re.fullmatch(r"(?:[A-Z][A-Za-z.,'&-]*\s+){2,}[a-z]{1,2}", nm)):
            # a name in capitals (or of two capitalised words) and a lower-case smear of the box beside it ('ou')
            nm = nm.rsplit(" ", 1)[0]
        words = nm.split()
        if (self.fmt == "ocr" and len(words) > 2
                and len([w for w in words if _CAPITALS_WORD.fullmatch(w)]) == len(words) - 1):
            # a name in capitals and one short word in mixed case ('LOFFREDO fF JOHN M', 'LANG LINDA Ff'):
            # a smear of a rule or a check box, not a name word
            kept = [w for w in words if not re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])[A-Za-z]{2}", w)]
            if len(kept) == len(words) - 1:
                self.notes.unsure(f"{path}.rpt_owner_name", "OCR: a smear in mixed case taken out of a name in "
                                  "capitals", nm)
                nm = " ".join(kept)
        iss = self.doc.issuer.issuer_name if self.doc.issuer is not None else None
        if self.fmt == "ocr" and nm and iss and len(iss) > 5 and iss in nm and _clean(nm.replace(iss, " ")):
            # OCR'd tab cells put box 2's issuer name (and its '[ ticker') on the name's line
            # (its '[' and ticker, or the '[' and a rule's bar when the ticker went a line lower: '[ |'; box 5's
            # '(Check all applicable)' after them, its last word maybe misread: '(Check all spp')
            nm = _clean(re.sub(r"\s*[\[{][\s|]*(?:[A-Z0-9.\-!]{1,10}\s*[\]}|J]?)?"
                               r"(?:[\s|]*\(?Check\s+all(?:\s+[a-z]\S*)?)?(?=\s|$)", " ", nm.replace(iss, " ")))
            self.notes.unsure(f"{path}.rpt_owner_name", "OCR: box 2's issuer name taken off the name's line", nm)
        if self.fmt == "markdown" and len(nm) >= 8 and nm in _BOX2_LABEL_TEXT:
            nm = ""  # box 2's label cut into the line box 1's name leaves blank ('Name and Ticker or Trading Symbol')
        if nm:
            owner.rpt_owner_name = nm
            self.notes.see(f"{path}.rpt_owner_name", name_txt, "box 1 label", uncertain=DAMAGE in name_txt)
            self.vocab.update(w.strip(",.").upper() for w in nm.split())
        # street lines between the (Last)(First)(Middle) labels and (Street)
        parts: list[tuple[str, int, bool]] = []  # (text, lead_empty, after_street_label)
        prev_w: list[tuple[str, int]] | None = None  # OCR on a grid: the last part's words and columns
        seen_street = False
        for ri, (lead_e, cells) in enumerate(rest_rows):
            txt = ""
            repaired = False
            for c in cells:
                c = _LABEL_NOISE.sub(" ", c).strip()
                c = _RULE_AS_LETTER.sub(" ", c).strip()  # table rule read as a letter
                if self.fmt == "ocr":
                    c = _SPECK_AS_DOT.sub(" ", c).strip()  # a speck of dust read as a dot
                if not c:
                    continue
                if txt:
                    txt, rep = _overlap_join(txt, c, self.vocab)
                    repaired = repaired or rep
                else:
                    txt = c
            full = " ".join(cells)
            if _STREET_LABEL.search(full):
                before = _STREET_LABEL.split(full)[0]
                before = _clean(_LABEL_NOISE.sub(" ", before))
                if before and len(before) > 2:
                    parts.append((before, lead_e, False))
                after = _STREET_LABEL.split(full)[1]
                city_lab = _CITY_LABEL.search(after)
                after = _clean(_LABEL_NOISE.sub(" ", after[: city_lab.start()] if city_lab else after))
                seen_street = True
                prev_w = None
                if after:
                    # one run of text ("... (Street) HELLERUP G7 2900 (City) (State) (Zip)"): the city line
                    parts.append((after, lead_e, "city" if city_lab else True))
                continue
            if _CITY_LABEL.search(full) and parts and not any(p[2] == "city" for p in parts):
                parts[-1] = (parts[-1][0], parts[-1][1], "city")
            if self.fmt == "ocr" and _LOWER_WORD_SHORT.fullmatch(txt):
                # a lone short lower-case word is box 6's label split at its line ('or' of 'Individual or
                # Joint/Group Filing'), not a street or city line: '(City)' below marks the line above it
                continue
            if _SHORT_LABEL_WORD.fullmatch(txt) and "(" in full:
                continue  # a garbled box label like "(Ott)"
            if (self.fmt == "ocr" and not grid and seen_street and re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,4}", txt)
                    and not _BOX_GLYPH_CELL.fullmatch(txt)  # a check box beside it ('LI'), no word
                    and ri + 1 < len(rest_rows) and _tab_city_line(rest_rows[ri + 1][1][0])):
                # OCR'd tab cells: one short word alone under '(Street)', right over the city line ('LONG' over
                # 'ISLAND CITY NY 11101', 'WwooD' over 'DALE IL 60191'), is the city line's first word OCR set a
                # line higher, not the street's: it goes on the city line
                nxt_lead, nxt_cells = rest_rows[ri + 1]
                rest_rows[ri + 1] = (nxt_lead, [f"{txt} {nxt_cells[0]}", *nxt_cells[1:]])
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR'd tab cells: a word a line over the city line "
                                  "taken as its first", f"{txt} / {nxt_cells[0]}")
                self.notes.unsure(f"{path}.rpt_owner_street1", "OCR'd tab cells: a word under '(Street)' over the "
                                  "city line taken as the city's, not the street's", txt)
                continue
            if (self.fmt == "ocr" and _NAME_PART_LABEL.search(full)
                    and all(len(w) <= 3 and not _DIGIT.search(w) for w in re.sub(r"[^\w\s]", " ", txt).split())):
                continue  # specks OCR read as short words among the name's labels ('(First) y (Middle) An')
            cur_w = words_at.get(id(cells))
            if (txt and parts and prev_w and cur_w and not repaired and len(prev_w) == 1
                    and re.fullmatch(r"[A-Z][A-Za-z.'-]{2,}", parts[-1][0])
                    and re.fullmatch(r"[A-Z][A-Za-z.' -]*[\s,]+[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*", txt)
                    and cur_w[0][1] > prev_w[0][1] + len(prev_w[0][0]) and _by_column(prev_w, cur_w)):
                # OCR split one city line by baseline jitter ('MENLO' over '   PARK CA 94025', the rest
                # starting right of the first word's end; a wrapped line starts at the box's edge)
                parts[-1] = (parts[-1][0] + " " + txt, parts[-1][1], parts[-1][2])
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: a city line's first word a line above the "
                                  "rest, set by its column", parts[-1][0])
                prev_w = None
                continue
            if (txt and parts and prev_w and cur_w and not repaired and not seen_street
                    and _DIGIT.match(txt) and not _DIGIT.search(parts[-1][0])
                    and prev_w[0][1] > 4 and prev_w[0][1] > cur_w[-1][1] + len(cur_w[-1][0])):
                # OCR split one street line by baseline jitter and set its right part a line higher
                # ('      STREET,' over '415 MISSION'): a street line starts at the box's edge, so a
                # line starting right of the next one's end is its end
                parts[-1] = (txt + " " + parts[-1][0], lead_e, parts[-1][2])
                self.notes.unsure(f"{path}.rpt_owner_street1", "OCR: a street line's end a line above the "
                                  "rest, set by its column", parts[-1][0])
                prev_w = None
                continue
            if txt:
                parts.append((txt + ("\x00" if repaired else ""), lead_e, seen_street))
                prev_w = cur_w
        self._address(owner, path, parts, tab_cells=self.fmt == "ocr" and not grid)

    def _lost_name_label(self, rows: list[tuple[int, list[str]]], path: str) -> None:
        """OCR lost an owner's '(Last) (First) (Middle)' label (the block was cut at '(Street)'): put
        it back where it stood, before the first street line (a number, 'C/O', a street word), so
        the name and its wrapped lines stay apart from the street. A line of three words with a
        parenthesis in lower case just before the street ('Deco ane adsl)') is the label garbled."""
        label = re.compile(r"\((?:Last|First|Middle)\)|\b(?:Last|First|Middle)\)|\((?:Last|First|Middle)\b", re.I)
        if len(rows) < 3 or any(label.search(" ".join(c)) for _l, c in rows):
            return
        st = next((k for k, (_l, c) in enumerate(rows) if _STREET_LABEL.search(" ".join(c))), None)
        if st is None or st < 2:
            return
        fake = (0, ["(Last) (First) (Middle)"])
        k = next((k for k in range(2, st) if re.match(
            r"\s*(?:\d|C/O\b|(?:STREET|AVENUE|ROAD|DRIVE|SUITE|FLOOR|BOULEVARD|PLAZA)\b)", " ".join(rows[k][1]))), st)
        before = " ".join(rows[k - 1][1])
        if k > 2 and len(before.split()) == 3 and re.search(r"[()]", before) and re.search(r"[a-z]{2}", before):
            rows[k - 1] = fake
        else:
            rows.insert(k, fake)
        self.notes.unsure(f"{path}.rpt_owner_name", "OCR lost the '(Last) (First) (Middle)' label: the name read "
                          "as the lines before the street", "")

    def _address(self, owner: ReportingOwner, path: str, parts: list[tuple[str, int, Any]],
                 tab_cells: bool = False) -> None:
        csz = re.compile(r"^(.*?)[\s,]+([A-Z]{2})[\s,]+(\d{5}(?:-\d{4})?)\b")
        for k in range(len(parts) - 1, 0, -1):
            # OCR set the state and ZIP a little lower than the city: one line, not a street and a city
            # (or only the ZIP, under a city line that ends in its state)
            low = _STATE_ZIP_CELL.fullmatch(parts[k][0])
            above = _clean(_DATE_FULL.sub(" ", parts[k - 1][0]))  # (box 3's date beside the city: not the city's)
            if (self.fmt == "ocr" and low and not _DIGIT.search(above)
                    and (low.group(1) or re.search(r"[A-Za-z]{2}[\s,]+[A-Z]{2}$", above))):
                parts[k - 1 : k + 1] = [(above + " " + parts[k][0].strip(), parts[k - 1][1],
                                         parts[k][2] or parts[k - 1][2])]
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: the state and ZIP a line below the city", "")
            # a foreign city alone on its line, its EDGAR country code and postal code a line lower
            elif (self.fmt == "ocr" and re.fullmatch(r"\W*[A-Z][0-9][\s,]+[A-Z0-9-]{3,10}\W*", parts[k][0])
                    and re.fullmatch(r"[A-Z][A-Za-z .'-]+", parts[k - 1][0].strip())):
                parts[k - 1 : k + 1] = [(parts[k - 1][0].strip() + " " + parts[k][0].strip(), parts[k - 1][1],
                                         parts[k][2] or parts[k - 1][2])]
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: the country and postal codes a line below the city",
                                  "")
            # a two-word city wrapped at the cell's edge: its first word alone on the line after '(Street)'
            elif (self.fmt == "ocr" and parts[k - 1][2] is True and re.fullmatch(r"[A-Z]{3,}", parts[k - 1][0])
                    and re.fullmatch(r"[A-Z][A-Za-z.' -]*[\s,]+[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*", parts[k][0])):
                parts[k - 1 : k + 1] = [(parts[k - 1][0] + " " + parts[k][0].strip(), parts[k - 1][1], parts[k][2])]
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: the city's first word a line above the rest", "")
            # OCR'd tab cells that lost the '(Street)' label: the same, right under a street line with its number
            # ('2800 SAND HILL ROAD, SUITE 101' | 'MENLO' | 'PARK CA 94025'); no street word, no number
            elif (tab_cells and k == len(parts) - 1 and k >= 2 and not any(p[2] is True for p in parts)
                    and re.fullmatch(r"[A-Z]{3,}", parts[k - 1][0]) and parts[k - 1][0] not in _ADDRESS_WORDS
                    and _DIGIT.match(parts[k - 2][0])
                    and re.fullmatch(r"[A-Z][A-Za-z.' -]*[\s,]+[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*", parts[k][0])):
                parts[k - 1 : k + 1] = [(parts[k - 1][0] + " " + parts[k][0].strip(), parts[k - 1][1], parts[k][2])]
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: the city's first word a line above the rest, "
                                  "the '(Street)' label lost", "")
                self.notes.unsure(f"{path}.rpt_owner_street1", "OCR: the line over the city line taken as the "
                                  "city's first word, not the street's", "")
        city_i = None
        for i, (t, _lead, _after) in enumerate(parts):
            t2 = t.replace("\x00", "")
            m = csz.search(t2.replace(DAMAGE, " ").strip())
            mz = _ZIP.search(t2)
            if m or (mz and _after):
                city_i = i
                break
        if city_i is None:
            marked = [i for i, p in enumerate(parts) if p[2] == "city"]
            if marked:
                # no US state/ZIP: a foreign address; the whole line is the city
                i = marked[0]
                t = _clean(parts[i][0].replace("\x00", ""))
                fm = _FOREIGN_CSZ.match(t)
                fixed = _ocr_country_code(t) if fm is None and self.fmt == "ocr" else None
                fm = _FOREIGN_CSZ.match(fixed) if fixed else fm
                if fixed and fm and _clean(fm.group(1)):
                    for f in ("rpt_owner_city", "rpt_owner_state", "rpt_owner_zip_code"):
                        self.notes.unsure(f"{path}.{f}", "OCR read the EDGAR country code's digit as a letter "
                                          "('Al' for A1, 'XO' for X0) or its letter in lower case", t)
                if fm and _clean(fm.group(1)):
                    # EDGAR writes a foreign country or province as a letter-digit code (X0, A1, G7)
                    owner.rpt_owner_city = _clean(fm.group(1))
                    owner.rpt_owner_state = fm.group(2)
                    self.notes.see(f"{path}.rpt_owner_city", t, "box 1: text before the EDGAR country code")
                    self.notes.see(f"{path}.rpt_owner_state", t, "box 1: EDGAR country/province code")
                    if fm.group(3):
                        owner.rpt_owner_zip_code = fm.group(3)
                        self.notes.see(f"{path}.rpt_owner_zip_code", t, "box 1: postal code after the country code")
                elif t:
                    owner.rpt_owner_city = t
                    self.notes.unsure(
                        f"{path}.rpt_owner_city",
                        "line above '(City) (State) (Zip)' without a US state and ZIP: read whole as the city",
                        t,
                    )
                parts = parts[:i]
        streets = parts[:city_i] if city_i is not None else parts
        if self.fmt == "ocr" and not tab_cells and any(p[2] is False for p in streets):
            # OCR on a grid: the street lines stand over their '(Street)' label and the city line under it;
            # words under the label without a digit, where street lines stand over it, are the city line
            # garbled past reading ('Cay Saco' over '10022', 'On ae ON'), not a street line
            lost = [p[0] for p in streets if p[2] is True and not re.search(r"\d", p[0])]
            if lost:
                streets = [p for p in streets if not (p[2] is True and not re.search(r"\d", p[0]))]
                self.notes.warnings.append(f"{path}: the city line unread (OCR: {' / '.join(lost)!r})")
        if city_i is not None:
            t = parts[city_i][0].replace("\x00", "")
            raw = t
            m = csz.search(t.replace(DAMAGE, " ").strip())
            if m:
                city, state, zc = m.group(1), m.group(2), m.group(3)
            else:
                mz = re.search(r"\b(\d{5}(?:-\d{4})?)\b", t)
                zc = mz.group(1) if mz else ""
                pre = t[: mz.start()] if mz else t
                ws = pre.split()
                state = ws[-1] if ws else ""
                city = " ".join(ws[:-1])
            owner.rpt_owner_zip_code = zc
            self.notes.see(f"{path}.rpt_owner_zip_code", raw, "box 1 city/state/zip line")
            zstate = _zip_state(zc)
            st = _NOT_CAPITAL.sub("", state.upper())
            code = state.upper().strip(" ,.")
            us_zip = bool(zstate and (zc.isdigit() or re.fullmatch(r"\d{5}-\d{4}", zc)))
            if us_zip and _ocr_state_code(code, zstate):
                owner.rpt_owner_state = zstate
                self.notes.unsure(f"{path}.rpt_owner_state",
                                  f"state read as {code!r}: OCR read a letter of the ZIP's state as a digit", raw)
            elif _LETTER_DIGIT_PAIR.fullmatch(code):
                owner.rpt_owner_state = code  # EDGAR country/province code of a foreign address
                self.notes.see(f"{path}.rpt_owner_state", raw, "box 1: EDGAR country/province code")
            elif st in _STATES and (zstate is None or zstate == st):
                owner.rpt_owner_state = st
                self.notes.see(f"{path}.rpt_owner_state", raw, "box 1; agrees with ZIP prefix")
            elif us_zip:
                owner.rpt_owner_state = zstate
                self.notes.unsure(f"{path}.rpt_owner_state", f"state read as {state!r}; taken from the ZIP prefix", raw)
                if st in _STATES:
                    # a US state the ZIP's prefix disagrees with: OCR misread one of them, maybe the ZIP
                    self.notes.unsure(f"{path}.rpt_owner_zip_code", f"ZIP prefix is not of the state read ({st})", raw)
            elif st:
                owner.rpt_owner_state = st
                self.notes.unsure(f"{path}.rpt_owner_state", "not a US state code", raw)
            damaged_city = DAMAGE in city or bool(_OPEN_BRACKET_END.search(city.replace(DAMAGE, "")))
            cl = _clean(_OPEN_BRACKET_REST.sub("", city))
            if cl and not damaged_city:
                owner.rpt_owner_city = cl
                self.notes.see(f"{path}.rpt_owner_city", raw, "box 1 city/state/zip line")
            elif cl:
                self.notes.warnings.append(f"{path}.rpt_owner_city unreadable (OCR damage): {_clean(city)!r}")
        street_vals: list[tuple[str, bool]] = []
        comma_end: list[bool] = []  # the line ended with a comma (cleaning drops it; a wrapped line keeps it)
        for t, lead, _after in streets:
            rep = "\x00" in t
            ends_comma = t.rstrip().endswith(",")
            t = _clean(t.replace("\x00", ""))
            # a long street line runs into box 3 beside it and picks up its date
            undated = _clean(_DATE_FULL.sub(" ", t))
            if undated != t:
                t, rep = undated, True
                if re.fullmatch(r"[A-Za-z0-9]\.?", t) and street_vals:
                    # a one-letter word of the street ('A' of '9900 A CLAYTON ROAD', 'N.') alone beside box 3's
                    # date: the street goes on with it, after the line above
                    street_vals[-1] = (f"{street_vals[-1][0]} {t}", True)
                    continue
            if not t or not _TWO_ALNUM.search(t) and not _CARE_OF.fullmatch(t):
                continue
            if self.fmt == "ocr" and re.match(r"C(?:[lI1|!]O|/0|[fi]O|/iO)(?:\s|$)", t):
                t, rep = "C/O" + t[3 + (t[2] == "i"):], True  # OCR read the slash of 'C/O' as a letter ('ClO', 'CIO')
            if street_vals and street_vals[-1][0] == "C/O":
                # 'C/O' alone on its line: the addressee's name is the next line
                street_vals[-1] = ("C/O " + t, True)
                continue
            street_vals.append((t, rep or (lead > 0 and self.fmt != "pdf-text")))
            comma_end.append(ends_comma)
        if len(street_vals) == 1 and self.fmt in ("markdown", "text", "html", "pdf-text", "ocr"):
            # one run of text: split before a number that starts a street line, or after C/O ...
            t = street_vals[0][0]
            m = _CARE_OF_THEN_STREET.search(t)
            if m:
                street_vals = [(m.group(1), street_vals[0][1]), (m.group(2), street_vals[0][1])]
        if self.fmt == "ocr":
            # a lone short lower-case word is box 6's label split at its line ('or' of 'Individual or
            # Joint/Group Filing'), not a street line
            street_vals = [sv for sv in street_vals if not _LOWER_WORD_SHORT.fullmatch(sv[0])]
        if (len(street_vals) > 2 and (self.fmt == "ocr" or self.cut_cells)
                and all(re.fullmatch(r"[A-Z0-9#][A-Z0-9 ,.#&'/-]*[A-Z0-9.]", t) for t, _u in street_vals[2:])):
            # OCR or cells cut at guessed edges: box 1 prints two street lines; more, each an address in
            # capitals, are a long one wrapped at the box's edge (or OCR's split of one): the rest is kept
            # as the second,
            # which of them wrapped being unsure
            self.notes.warnings.append(f"{path}: {len(street_vals)} street lines found, the third on joined "
                                       "to the second")
            street_vals = [street_vals[0], (" ".join(t + ("," if k + 1 < len(street_vals) and k < len(comma_end)
                                                          and comma_end[k] else "")
                                                     for k, (t, _u) in enumerate(street_vals) if k), True)]
        elif len(street_vals) > 2:
            self.notes.warnings.append(f"{path}: {len(street_vals)} street lines found, kept the first two")
        for j, (t, unsure) in enumerate(street_vals[:2]):
            fld = "rpt_owner_street1" if j == 0 else "rpt_owner_street2"
            setattr(owner, fld, t)
            if unsure:
                self.notes.unsure(f"{path}.{fld}", "box 1 street line repaired or displaced by OCR", t)
            else:
                self.notes.see(f"{path}.{fld}", t, "box 1 street line")

    def _relationships(self, end: int) -> None:
        if not self.doc.reporting_owners:
            return
        if self.box5_marks and len(self.box5_marks) == len(self.doc.reporting_owners) and not any(
                g.get("same") for g in self.box5_marks):
            for n, (owner, marks) in enumerate(zip(self.doc.reporting_owners, self.box5_marks, strict=True)):
                for fld in _BOX5_FLAGS:
                    setattr(owner, fld, bool(marks.get(fld)))
                    self.notes.see(f"reporting_owners[{n}].{fld}", "X" if marks.get(fld) else "",
                                   "box 5 check mark in the cell stack beside its label")
            if len(self.box5_marks) > 1:
                self._md_group_titles()
                return
            owner = self.doc.reporting_owners[0]
            md_title = self.box5_marks[0].get("title")
            title, title_raw = (md_title, md_title) if isinstance(md_title, str) else self._officer_title(end)
            if title and len(self.doc.reporting_owners) == 1 and (owner.is_officer or owner.is_other):
                fld = "officer_title" if owner.is_officer else "other_text"
                setattr(owner, fld, title)
                # both boxes checked: the line may hold the officer's title and the other text side by side
                self.notes.see(f"reporting_owners[0].{fld}", title_raw, "box 5 text under its label",
                               uncertain=bool(owner.is_officer and owner.is_other))
            return
        if self.cols and self._relationships_columns():
            return
        for i in range(end):
            # the whole of box 5 in one cell (a table extractor's output): read it as one run
            for cell in self.lines[i].cells:
                if (_BOX5_LABEL.search(cell) and _OTHER_SPECIFY_BELOW.search(cell)
                        and self._relationships_columns(cell)):
                    return
        owner = self.doc.reporting_owners[0]
        path = "reporting_owners[0]"
        text = _GLUED_OTHER.sub(" ", "\n".join(ln.text for ln in self.lines[:end]))
        toks = _WORD_RUN.findall(text.replace("[", " [ "))
        marks: dict[str, bool] = {}
        labels = {
            "director": r"director",
            "officer": r"officer",
            "ten": r"10%",
            "other": r"other",
        }
        if self.cut_cells:
            # rebuilt from cell slices, a label may be cut at a column edge ("X Direct", "Offic")
            labels = {"director": "direc", "officer": "offic", "ten": "10%", "other": "othe"}
        for i, t in enumerate(toks):
            tl = t.lower().strip("[]:,")
            for key, pat in labels.items():
                if tl.startswith(pat) or (key == "ten" and tl == "10%"):
                    prev = [x for x in toks[max(0, i - 2) : i] if x not in ("[", "]")]
                    checked = bool(prev) and bool(_CHECKED.fullmatch(prev[-1]))
                    if key == "other" and i + 1 < len(toks) and not toks[i + 1].lower().startswith(
                        "(s" if self.cut_cells else "(spec"
                    ):
                        continue
                    marks[key] = marks.get(key, False) or checked
        title, title_raw = self._officer_title(end)
        if title and _BOX6_WORDS.search(title):
            title = None  # box 6's text ('X Form filed by One Reporting Person') read where box 5's title goes
        if title is None and self.fmt == "ocr" and any(ln.offsets is not None for ln in self.lines[:end]):
            title, title_raw = self._ocr_title_below_officer(end)
        if title and self.fmt == "ocr":
            title = _box5_title(title)
        any_x = any(marks.values())
        fields = {
            "director": "is_director",
            "officer": "is_officer",
            "ten": "is_ten_percent_owner",
            "other": "is_other",
        }
        if any_x:
            for key, fld in fields.items():
                setattr(owner, fld, marks.get(key, False))
                self.notes.see(f"{path}.{fld}", "X" if marks.get(key) else "", "box 5 check mark")
            if self.fmt == "ocr":
                self._box5_ocr(owner, path, title, marked=True)
        elif self.fmt == "ocr":
            grid = any(ln.offsets is not None for ln in self.lines[:end])
            self._box5_ocr(owner, path, title, marked=False,
                           ten=self._ten_box(end) if grid else self._ten_box_tab(end))
        elif title:
            for key, fld in fields.items():
                setattr(owner, fld, key == "officer")
                self.notes.unsure(
                    f"{path}.{fld}", "no check mark readable in box 5; inferred from the officer title", title
                )
        if title:
            owner.officer_title = title
            self.notes.see(
                f"{path}.officer_title",
                title_raw,
                "box 5 text after 'Other (specify below)'",
                uncertain=title_raw != title,
            )
            if not owner.is_officer:
                owner.officer_title = None
                owner.other_text = title if owner.is_other else None

    _NOT_TITLE = re.compile(r"Director|Owner|Other|specif|below|give|title|applica|Check|Individual|Joint|Group|"
                            r"Filing|Form\b|filed|Reporting|Person|Amendment|Original|Month|Day|Year|Date|Line\)|"
                            r"Relationship|Issuer|Street|City|State|\(Zip|\d/\d|\b\d\.\s|\[|\]", re.I)

    def _ocr_title_below_officer(self, end: int) -> tuple[str | None, str]:
        """A poor scan's box 5 on OCR's grid, its labels broken past ``_officer_title``'s reading ('[XJ
        (give titlé below)' over 'Officer', 'Cother'): the text written under the form's 'Officer' label is
        the first cell of the three lines below it, near its column, that holds words and no label."""
        for i in range(end):
            ln = self.lines[i]
            if ln.offsets is None:
                continue
            at = next((o for c, o in zip(ln.cells, ln.offsets, strict=False) if _OFFICER_WORD.search(c)), None)
            if at is None:
                continue
            for j in range(i + 1, min(end, i + 4)):
                nxt = self.lines[j]
                for c, o in zip(nxt.cells, nxt.offsets or [], strict=False):
                    c = _clean(c)
                    if at - 15 <= o <= at + 40 and _TWO_LETTERS.search(c) and not self._NOT_TITLE.search(c):
                        self.title_below_officer = c
                        return c, c
            return None, ""
        return None, ""

    def _md_group_titles(self) -> None:
        """Several owners (PyMuPDF4LLM): each officer's or other's title read under its own group of
        box 5 labels."""
        for n, (owner, marks) in enumerate(zip(self.doc.reporting_owners, self.box5_marks, strict=True)):
            title = marks.get("title")
            if isinstance(title, str) and (owner.is_officer or owner.is_other) and (
                    bool(marks.get("is_officer")), bool(marks.get("is_other"))) == (owner.is_officer, owner.is_other):
                fld = "officer_title" if owner.is_officer else "other_text"
                setattr(owner, fld, title)
                self.notes.see(f"reporting_owners[{n}].{fld}", title, "box 5 text under its owner's labels",
                               uncertain=bool(owner.is_officer and owner.is_other))

    def _relationships_columns(self, text: str | None = None) -> bool:
        """Box 5 read top to bottom: one 'Director / Officer / 10% Owner / Other' group per owner."""
        if text is None:
            # (OCR may misread the label's first letters: 'Teeationship oF Reporting Person(s) to Issuer')
            col = next((c for c in self.cols or [] if any(
                "relationship" in self.sq[i] or "ationshipofreporting" in self.sq[i] for i in range(*c))), None)
            if col is None:
                return False
            text = " ".join(self.lines[i].text for i in range(*col))
        text = re.sub(r"^.*?\(Check all applicable\)", "", _GLUED_OTHER.sub(" ", text), flags=re.I | re.S)
        toks = text.replace("[", " ").replace("]", " ").split()
        # OCR of a stacked box 5 prints each row's two boxes on the line above its two labels
        # ("L [K]" / "Director 10% Owner"): put each box back in front of its own label
        for i in range(len(toks) - 3):
            if _GLYPH.fullmatch(toks[i]) and _GLYPH.fullmatch(toks[i + 1]):
                if toks[i + 2].lower().startswith("director") and toks[i + 3] == "10%":
                    toks[i : i + 4] = [toks[i], toks[i + 2], toks[i + 1], toks[i + 3]]
                elif toks[i + 2].lower().startswith("officer"):
                    other = next((j for j in range(i + 3, min(len(toks), i + 9)) if toks[j].lower() == "other"), None)
                    if other is not None:
                        g = toks.pop(i + 1)
                        toks.insert(other - 1, g)
        starts = [k for k, t in enumerate(toks) if t.lower().startswith("director")]
        if not starts:
            return False
        starts = [k - 1 if k > 0 and _GLYPH.fullmatch(toks[k - 1]) else k for k in starts]
        for n, owner in enumerate(self.doc.reporting_owners):
            if n >= len(starts):
                break
            seg = toks[starts[n] : starts[n + 1] if n + 1 < len(starts) else len(toks)]
            path = f"reporting_owners[{n}]"
            marks = {"is_director": False, "is_officer": False, "is_ten_percent_owner": False, "is_other": False}
            title_at = None
            for k, t in enumerate(seg):
                tl = t.lower()
                fld = None
                if tl.startswith("director"):
                    fld = "is_director"
                elif tl == "10%":
                    fld = "is_ten_percent_owner"
                elif tl.startswith("officer"):
                    fld = "is_officer"
                elif tl == "other" and k + 1 < len(seg) and seg[k + 1].lower().startswith("(spec"):
                    fld = "is_other"
                    title_at = k + 3 if k + 2 < len(seg) and seg[k + 2].lower().startswith("below") else k + 2
                if fld and k > 0 and _TICK.fullmatch(seg[k - 1]):
                    marks[fld] = True
            title = None
            if title_at is not None:
                words = seg[title_at:]
                while words and words[-1] in ("X", "x"):
                    words.pop()
                title = _clean(" ".join(words))
                if title and self.fmt == "ocr":
                    title = _box5_title(title)
            if (not title and self.fmt == "ocr" and len(self.doc.reporting_owners) == 1
                    and any(ln.offsets is not None for ln in self.lines[: self.head_end])):
                below, _raw = self._ocr_title_below_officer(self.head_end)
                if below:
                    title, title_at = _box5_title(below), len(seg)
            if any(marks.values()):
                for fld, v in marks.items():
                    setattr(owner, fld, v)
                    self.notes.see(f"{path}.{fld}", "X" if v else "", "box 5 check mark")
                if self.fmt == "ocr":
                    self._box5_ocr(owner, path, title, marked=True)
            else:
                # every owner has at least one box checked: no readable X means the marks were lost
                self.notes.warnings.append(f"{path}: no check mark readable in box 5")
                if self.fmt == "ocr":
                    self._box5_ocr(owner, path, title, marked=False, ten=self._ten_box(
                        len(self.lines), n))
            if title_at is not None:
                if title:
                    if owner.is_officer:
                        owner.officer_title = title
                        self.notes.see(
                            f"{path}.officer_title",
                            title,
                            "box 5 text under 'Officer (give title below)'",
                            uncertain=bool(owner.is_other),
                        )
                    elif owner.is_other:
                        owner.other_text = title
                        self.notes.see(f"{path}.other_text", title, "box 5 text under 'Other (specify below)'")
        return True

    def _ten_box(self, end: int, n: int = 0) -> tuple[bool | None, bool, bool]:
        """OCR on a grid: the 10% Owner box as read between 'Director' and '10%' (on their line or
        the one above): checked ('x', 'ix', 'XX', '14'), empty ('j', 'ou', 'L1', '=') or not
        seen (None); and whether the Officer and Other boxes also read empty ('L]', 'LJ', '1]', on
        their label's line or the line above). A checked box is often lost. ``n``: the n-th owner's box 5."""
        for i in range(end):
            ln = self.lines[i]
            if ln.offsets is None or not _DIRECTOR_THEN_TEN_PCT.search(ln.text):
                continue
            if n:
                n -= 1
                continue
            words = self._grid_words(i)
            d = next((c + len(w) for w, c in words if w == "Director"), None)
            t = next((c for w, c in words if w.startswith("10%")), None)
            if d is None or t is None or t <= d:
                return None, False, False
            ten = [w for k in (i - 1, i) for w, c in self._grid_words(k) if c >= d and c + len(w) <= t]
            if any(_CHECK_BOX.fullmatch(w) for w in ten):
                return True, False, False
            # the 10% Owner box as read: empty, or not seen (lost, or a glyph of no known reading);
            # the Officer and Other boxes are read on their own either way
            state = False if ten and all(_EMPTY_BOX.fullmatch(w) for w in ten) else None
            j = next((k for k in range(i + 1, min(i + 4, len(self.lines)))
                      if any(w == "Officer" for w, _c in self._grid_words(k))), None)
            o = next((c for w, c in self._grid_words(j) if w == "Officer"), None) if j is not None else None
            # 'Other' on the Officer line, or on the next one when OCR stacked the labels
            # ('L] Officer (give    [x]' over 'title below)   Other (specify below)')
            jr, r = next(((k, c) for k in (j, j + 1) for w, c in self._grid_words(k) if w.lower() == "other"
                          and c > o), (j, None)) if j is not None and o is not None else (j, None)
            if j is None or o is None or r is None:
                return state, False, False
            boxes = [
                [w for k in (j - 1, j) for w, c in self._grid_words(k) if o - 6 <= c and c + len(w) <= o + 3
                 and (k < j or c < o)],
                [w for k in (jr - 1, jr) for w, c in self._grid_words(k) if r - 6 <= c and c + len(w) <= r + 3
                 and (k < jr or c < r)],
            ]
            empty = state is False and all(b and all(_EMPTY_BOX.fullmatch(w) for w in b) for b in boxes)
            return state, empty, _only_officer_empty(*boxes)
        return None, False, False

    def _poor_boxes(self) -> dict[str, bool]:
        """A poor scan's Director and 10% Owner boxes as the glyph just left of each label shows them, on
        the label's grid line or the one above (the box stands taller than the label's words): what
        `_ten_box` does not read there ('4 Director', '{x Director', '(]10% Owner', 'C1' over '10%'). Only
        where box 5's marks were otherwise left unread."""
        at = next(((i, c) for i in range(self.head_end) if "rector" in self.lines[i].text
                   for w, c in self._grid_words(i) if _DIRECTOR_MISREAD.fullmatch(w)), None)
        if at is None:
            return {}
        found: dict[str, bool] = {}
        i, col = at
        state = self._glyph_left_of(i, col)
        if state is not None:
            found["is_director"] = state
        ten = next(((k, c, m.group(1)) for k in (i, i - 1, i + 1) for w, c in self._grid_words(k)
                    if (m := _TEN_PCT_GLUED.fullmatch(w)) and c > col), None)
        if ten is not None:
            k, c, glued = ten
            # the box glued to the label ('(10%', 'C)10%', '[X].10%'): checked only with its X
            state = bool(re.search(r"[xX]", glued)) if glued else self._glyph_left_of(k, c)
            if state is not None:
                found["is_ten_percent_owner"] = state
        if "is_director" not in found and "is_ten_percent_owner" in found and self._poor_scan() and not any(
                len(w) <= 4 and c < col and col - 7 <= c + len(w) <= col + 1
                for k in (i, i - 1) for w, c in self._grid_words(k)):
            # no glyph at all read left of 'Director' while the 10% Owner box's glyph was: a checked box's X
            # leaves ink OCR reads as something ('4', '&', 'x'); an empty box's thin sides blur away
            found["is_director"] = False
        return found

    def _poor_scan(self) -> bool:
        """OCR of a poor scan (blur, speckle, low resolution): of the form's printed phrases the text shows (half
        their words at least), fewer than half read whole (a clean scan's OCR: 0.52 at least on the corpus;
        a poor scan's: 0.41 at the median)."""
        if self.fmt != "ocr":
            return False
        if self.poor is None:  # (asked per box and per row: worked out once per reading of the lines)
            whole = "".join(self.sq)
            words = set(_LOWER_WORD.findall(" ".join(ln.text for ln in self.lines).lower()))
            read = [key in whole for key, ws in _FORM_PHRASES
                    if key in whole or (ws and sum(w in words for w in ws) >= 0.5 * len(ws))]
            self.poor = bool(read) and sum(read) < 0.5 * len(read)
        return self.poor

    def _glyph_left_of(self, i: int, col: int) -> bool | None:
        """The check box state a short glyph ending just left of column ``col`` shows, on line ``i`` first,
        then on the line above; None when none reads as a box."""
        for k in (i, i - 1):
            for w, c in reversed(self._grid_words(k)):
                if len(w) <= 4 and c < col and col - 7 <= c + len(w) <= col + 1:
                    return _poor_box_state(w, k == i, self._poor_scan())
        return None

    def _ten_box_tab(self, end: int) -> tuple[bool | None, bool, bool]:
        """OCR'd tab cells (no columns): box 5's boxes as the order of cells still shows them. The
        10% Owner box is the glyph between 'Director' and '10%' ('Director j 10% Owner'), or the cell
        before 'Owner' on the line above when '10%' lost its 'Owner' ('ou | Owner' over 'Director |
        10%'); the Officer and Other boxes are the glyphs before their labels ('L] Officer') or two
        glyph cells alone on the line above them ('L] | L]'). Read as in `_ten_box`."""
        for i in range(end):
            ln = self.lines[i]
            m = re.search(r"\bDirector\b(.*?)\s10%", ln.text)
            if ln.offsets is not None or not m:
                continue
            ten = m.group(1).split()
            above = [c.strip() for c in self.lines[i - 1].cells if c.strip()] if i else []
            if not ten and len(above) > 1 and above[-1] == "Owner" and not re.search(r"10%\s*Owner", ln.text):
                ten = [above[-2]]
            if any(_CHECK_BOX.fullmatch(w) for w in ten):
                return True, False, False
            if not ten or not all(_EMPTY_BOX.fullmatch(w) for w in ten):
                return None, False, False
            j = next((k for k in range(i + 1, min(i + 4, end)) if re.search(r"\bOfficer\b", self.lines[k].text)), None)
            if j is None:
                return False, False, False
            text = self.lines[j].text
            before = re.findall(r"(\S+)\s+(?:Officer|[Oo]ther)\b", text)
            glyphs = [w for w in before if _EMPTY_BOX.fullmatch(w)]
            officer = re.findall(r"(\S+)\s+Officer\b", text)
            other = re.findall(r"(\S+)\s+[Oo]ther\b", text)
            if len(glyphs) < 2:
                alone = [c.strip() for c in self.lines[j - 1].cells if _EMPTY_BOX.fullmatch(c.strip())]
                glyphs += alone if len(alone) + len(glyphs) == 2 else []
            return False, len(glyphs) == 2, _only_officer_empty(officer[-1:], other[-1:])
        return None, False, False

    def _grid_words(self, i: int) -> list[tuple[str, int]]:
        """The words of line ``i`` with their character columns (positioned input), else none."""
        if not 0 <= i < len(self.lines):
            return []
        ln = self.lines[i]
        seen = self.grid_words.get(i)
        if seen is None or seen[0] is not ln:  # (box 5's steps ask for the same lines again and again)
            seen = self.grid_words[i] = (ln, _words_at([c for c in ln.cells if c.strip()], ln) or [])
        return seen[1]

    def _box5_ocr(self, owner: ReportingOwner, path: str, title: str | None, *, marked: bool,
                  ten: tuple[bool | None, bool, bool] = (None, False, False)) -> None:
        """OCR drops check marks (one glyph beside a table rule). What box 5 still says:
        a title written under 'Officer (give title below)' means Officer is checked (or Other,
        for a title such as 'Member of a Group'); with no title, Officer and Other are not checked,
        so Director or 10% Owner is: a company's 10% Owner, a person's left unread (all uncertain)."""
        kind = None
        if title:
            kind = "other" if _OTHER_TEXT.search(title) and not _OFFICER_WORDS.search(title) else "officer"
            if kind == "officer" and owner.rpt_owner_name and _ENTITY_NAME.search(owner.rpt_owner_name):
                kind = "other"  # a company, fund or trust is no officer: its text is under 'Other (specify below)'
            elif kind == "officer" and ten[2]:
                kind = "other"  # the Officer box reads empty: the text written under the labels is Other's
        why = f"title {title!r}" if title else "absence of a title"
        why += " and the Officer box reading empty" if kind == "other" and ten[2] else ""
        rule = f"OCR: check mark not read; inferred from the {why}"
        if marked:
            if kind == "officer" and not owner.is_officer and not owner.is_other:
                owner.is_officer = True
                self.notes.unsure(f"{path}.is_officer", rule, title or "")
            return
        vals: dict[str, bool] = {"is_officer": kind == "officer", "is_other": kind == "other"}
        if kind and re.search(r"chair", title or "", re.I):
            vals["is_director"] = True  # the chair of the board is a director
        # otherwise a title says nothing of the Director and 10% Owner boxes (a CEO is often a
        # director too): with their marks lost they stay unread, not filled in as unchecked
        elif not kind and ten[:2] == (False, True):
            # neither Officer nor Other (no title, their boxes read empty), and the 10% Owner box
            # reads empty: every owner checks a box, so Director is the one checked
            vals["is_director"], vals["is_ten_percent_owner"] = True, False
            rule = ("OCR: check mark not read; no title and the 10% Owner, Officer and Other boxes read empty, "
                    "so Director")
        elif owner.rpt_owner_name and _ENTITY_NAME.search(owner.rpt_owner_name):
            # neither Officer nor Other, yet every owner checks a box: Director or 10% Owner, and a
            # company, fund or trust is not a director. For a person either is possible: both stay
            # unread rather than guessed from how often each is filed
            vals["is_director"], vals["is_ten_percent_owner"] = False, True
            rule = "OCR: check mark not read; no title, so Director or 10% Owner: a company, fund or trust's name"
        if ten[0] is not None and (ten[:2] != (False, True) or kind):
            # the 10% Owner box itself read on the grid, as checked or as empty, says more than a name
            vals["is_ten_percent_owner"] = ten[0]
            if not kind and not ten[0]:
                vals.pop("is_director", None)  # Director or a lost Officer/Other mark: unread
            rule += f"; the 10% Owner box reads {'checked' if ten[0] else 'empty'}"
        for fld, v in vals.items():
            setattr(owner, fld, v)
            self.notes.unsure(f"{path}.{fld}", rule, title or owner.rpt_owner_name or "")
        seen = self._poor_boxes() if path == "reporting_owners[0]" and len(self.doc.reporting_owners) == 1 else {}
        for fld, v in seen.items():
            if fld not in vals and getattr(owner, fld) is None:
                setattr(owner, fld, v)
                self.notes.unsure(f"{path}.{fld}", "OCR of a poor scan: the glyph left of the label read as a "
                                  f"{'checked' if v else 'empty'} box", fld)
        if owner.is_director is False and not (owner.is_officer or owner.is_other or owner.is_ten_percent_owner):
            owner.is_director = None  # every owner checks a box: with no other read checked, Director is not told
        for fld in ("is_director", "is_ten_percent_owner"):
            if fld not in vals and getattr(owner, fld) is None:  # unread, and said so
                self.notes.unsure(f"{path}.{fld}", "OCR: check mark not read and nothing else on the form "
                                  "says whether this box is checked", title or owner.rpt_owner_name or "")

    def _officer_title(self, end: int) -> tuple[str | None, str]:
        """The text written under box 5's 'Officer (give title below)': right of the labels."""
        noise = re.compile(
            r"^\W*(?:give\s*title|specify|\(?s(?:pec\w*)?\s*below\)?|below\)?|title\s*below\)?|"
            r"\(?give|title|\(specify|elow\)?|belov)\W*$",
            re.I,
        )
        for i in range(end):
            tab = self.lines[i].tabbed
            found = list(_OFFICER_OR_OTHER.finditer(tab))
            m = found[-1] if found else None
            if m is None:
                continue
            frags: list[str] = []
            cand_lines = [tab[m.end() :]] + [self.lines[j].tabbed for j in range(i + 1, min(end, i + 3))]
            under = 1  # rebuilt box 5: the line under the labels (past the labels stacked in one column)
            for k, cl in enumerate(cand_lines):
                cells = cl.split("\t")
                if k == under and self.cut_cells and not frags and len(cells) == 1:
                    if _BOX5_LABEL_LINE.match(cl):
                        under += 1  # 'Other (specify below)' stacked under 'Officer (give title below)'
                        continue
                    if cl.strip() and not (_BOX_LABEL.search(" " + cl) or _BOX5_WORDS.search(cl) or noise.match(cl)):
                        frags.append(cl.strip())
                        break
                if k > 0:
                    # on later lines, the title sits in the cells right of the other boxes
                    idx = [ci for ci, c in enumerate(cells) if _BOX_LABEL.search(" " + c) or _BOX5_WORDS.search(c)]
                    if not idx:
                        continue
                    cells = cells[idx[-1] + 1 :]
                gap = 0
                for c in cells:
                    c = c.strip()
                    if not c:
                        gap += 1
                        if frags and gap >= 2:
                            break
                        continue
                    gap = 0
                    if noise.match(c) or (self.fmt == "ocr" and self.lines[i].offsets is None and _box4_piece(c)):
                        continue  # (OCR'd tab cells: box 4's label words right of its 'If Amendment,')
                    if _BOX5_WORDS.search(c) or _BOX_LABEL.search(" " + c) or re.search(r"below\)", c):
                        if frags:
                            break
                        continue
                    if not _TWO_LETTERS.search(c):
                        if frags:
                            break
                        continue
                    frags.append(c)
                if frags:
                    break
            if frags and self.fmt == "ocr" and _box5_title(" ".join(frags)) is None:
                frags = []  # label words of boxes 4/6 read as a title
            if not frags and self.fmt == "ocr":
                frags = self._title_right_of_box4(i, end, noise)
            if not frags and self.fmt == "ocr":
                # OCR'd tab cells: the title is the last cell of a line under the labels, beside box 3/4
                for j in range(i + 1, min(end, i + 4)):
                    cells = [c.strip() for c in self.lines[j].cells if c.strip()]
                    last = cells[-1] if len(cells) > 1 else ""
                    if (last and not (_BOX_LABEL.search(" " + last) or re.search(
                            r"Officer\s*\(|\(specify|Form filed|10% Owner", last, re.I))
                            and (_OFFICER_WORDS.search(last) or _OTHER_TEXT.search(last))):
                        frags.append(last)
                        break
            if not frags:
                return None, ""
            title = frags[0]
            for f in frags[1:]:
                title, _ = _overlap_join(title, f, set())
            raw = " | ".join(frags)
            return _clean(title), raw if len(frags) > 1 else _clean(title)
        return None, ""

    def _title_right_of_box4(self, i: int, end: int, noise: re.Pattern[str]) -> list[str]:
        """OCR'd tab cells: on a line under box 5's labels (on line ``i``), the cells right of box 4's
        label ('lf Amendment,', its 'If' alone), of box 3's date or of box 1's own label ('(Street)')
        are box 5's title, whatever its words (no officer word need show: 'GC', 'SR Advisor');
        box 4's other label words and check-box glyphs there are not."""
        for j in range(i + 1, min(end, i + 4)):
            if self.lines[j].offsets is not None:
                continue  # positioned input: its columns place the title (`_officer_title`'s own reading)
            cells = [c.strip() for c in self.lines[j].cells if c.strip()]
            anchors = [k for k, c in enumerate(cells) if _box4_piece(c) or _DATE_FULL.fullmatch(c)
                       or (k == 0 and _LABEL_NOISE.search(c)
                           and not _ALNUM.search(_LABEL_NOISE.sub("", c)))]
            if not anchors:
                continue
            title: list[str] = []
            for c in cells[anchors[-1] + 1:]:
                if _BOX_LABEL.search(" " + c) or re.search(r"Officer\s*\(|Other\s*\(s|below\)|Form filed", c, re.I) or (
                        re.fullmatch(r"\W*(?:\S{1,2}\s+)?(?:Director|10%)\W*(?:Owner)?\W*", c, re.I)):
                    break  # box 5's or 6's labels (a title may say 'Officer' or 'Director' itself)
                if (noise.match(c) or _GLYPH.fullmatch(c) or _EMPTY_BOX.fullmatch(c) or _CHECKED.fullmatch(c)
                        or _LABEL_NOISE.search(c)):
                    continue
                if re.search(r"[A-Za-z]", c):
                    title.append(c)
            if title:
                return [" ".join(title)]
        return []

    # -- footnotes, remarks, signatures ---------------------------------------------------------
    def _footnotes(self) -> None:
        if self.fn_start is None:
            return
        stop = len(self.lines)
        for i in range(self.fn_start + 1, len(self.lines)):
            if _FOOTNOTES_END.search(self.lines[i].text):
                stop = i
                break
            if self.cut_cells and _DATE_FULL.fullmatch(self.lines[i].text.strip()):
                stop = i  # PyMuPDF4LLM's paragraphs: a date alone is the signature's, set above its label
                break
        cur: Footnote | None = None
        first = self.lines[self.fn_start].text
        after = _EXPLANATION_LABEL.split(first)
        body = self.lines[self.fn_start + 1 : stop]
        if self.fmt == "ocr":
            body = _fill_gaps(body)
        texts = ([after[1]] if len(after) > 1 and after[1].strip() else []) + [ln.text for ln in body]
        lead: list[str] = []  # OCR: text before the first numbered footnote
        for t in texts:
            t = t.strip()
            if not t:
                continue
            cut = _REMARKS_LABEL.split(t)
            t = cut[0].strip()
            m = _FOOTNOTE_START.match(t)
            nxt = len(self.doc.footnotes) + 1
            # OCR's misread of the next footnote's number ('1;', 'i.', '2:'): only the number that comes next
            m2 = _FOOTNOTE_MISREAD_START.match(t) if self.fmt == "ocr" and not m else None
            if m2 and (1 if not m2.group(1).isdigit() else int(m2.group(1))) != nxt:
                m2 = None
            if not m and not m2 and (g := _FOOTNOTE_GLUED_START.match(t)) and int(g.group(4)) == nxt:
                m = g  # the next number with no space after its period ('4.N/A', '1.The ...'): OCR dropped it
            quoted = None
            if self.fmt == "ocr" and not m and not m2 and (quoted := _FOOTNOTE_QUOTED_START.match(t)) \
                    and int(quoted.group(4)) == nxt:
                m = quoted  # the next number behind a speck read as a quote mark: still its footnote (uncertain)
            if m or m2:
                fid = "F" + (next(g for g in m.groups()[:4] if g) if m else str(nxt))
                cur = Footnote(id=fid, text=(m.group(5) if m else m2.group(2)).strip())  # type: ignore[union-attr]
                self.doc.footnotes.append(cur)
                self.notes.see(f"footnotes[{len(self.doc.footnotes) - 1}].text", t, "Explanation of Responses",
                               uncertain=m2 is not None or (quoted is not None and m is quoted))
            elif cur is not None:
                cur.text = (cur.text + " " + t).strip()
            elif self.fmt == "ocr":
                lead.append(t)
            if len(cut) > 1:
                break
        fns = self.doc.footnotes
        if lead and fns and fns[0].id == "F2" and re.search(r"[A-Za-z]{3}.*\s.*[A-Za-z]{3}", " ".join(lead)):
            # the first footnote's number OCR lost ('2.' the first number read, text above it): footnote 1
            self._renumber_notes("footnotes", 0, +1)  # type: ignore[attr-defined]
            fns.insert(0, Footnote(id="F1", text=" ".join(lead)))
            self.notes.unsure("footnotes[0].id", "OCR lost the first footnote's number: the text above '2.' is "
                              "footnote 1", " ".join(lead)[:80])
        self._footnotes_run_on()
        for f in self.doc.footnotes:
            f.text = _clean(f.text.replace(DAMAGE, "")) if DAMAGE in f.text else f.text.strip()

    def _footnotes_run_on(self) -> None:
        """Footnotes run together on one line ('... inclusive. 10. The price ...'): an extractor
        joined their paragraphs. Footnote n's text is cut where the next number 'n+1.' opens a
        sentence, when no footnote n+1 was read on its own; the cut is a reading, so uncertain."""
        fns = self.doc.footnotes
        ids = {f.id for f in fns}
        out: list[tuple[Footnote, bool]] = []  # (footnote, cut out of a run-on line)
        # (asked only of cells cut at guessed column edges)
        above = " ".join(ln.text for ln in self.lines[: self.fn_start]) if self.cut_cells else ""

        def marked(n: int) -> bool:
            """Whether the form above the footnotes marks footnote n ('(n)')."""
            return f"({n})" in above
        for f in fns:
            out.append((f, False))
            while True:
                cur = out[-1][0]
                n = int(cur.id[1:]) if _FOOTNOTE_ID.fullmatch(cur.id) else None
                if n is None or f"F{n + 1}" in ids:
                    break
                m = re.search(rf"(?<=[.;:)\"'])\s+{n + 1}[.)]\s+(?=[A-Z(\"$])", cur.text)
                if m is None and self.cut_cells and marked(n + 1):
                    # a footnote with no closing period ('4. Held in revocable trust 5. Held by ...'), the
                    # next number marked in the tables: it opens footnote n+1 there too
                    m = re.search(rf"(?<=[a-z])\s+{n + 1}\.\s+(?=[A-Z])", cur.text)
                if m is None:
                    break
                nxt = Footnote(id=f"F{n + 1}", text=cur.text[m.end():])
                cur.text = cur.text[: m.start()]
                ids.add(nxt.id)
                out[-1] = (cur, True)
                out.append((nxt, True))
        if len(out) == len(fns):
            return
        old = {id(f): self.notes.evidence.pop(f"footnotes[{k}].text", "") for k, f in enumerate(fns)}
        self.doc.footnotes = [f for f, _ in out]
        for k, (f, cut) in enumerate(out):
            if cut:
                self.notes.unsure(f"footnotes[{k}].text", "footnotes run together on one line, cut at the "
                                  "next footnote's number", f.text)
            elif old.get(id(f)):
                self.notes.evidence[f"footnotes[{k}].text"] = old[id(f)]

    def _remarks_unsigned(self) -> None:
        """PyMuPDF4LLM, no signature label (the signature was an image): the remarks are the
        text after 'Remarks:' up to the form's closing notes ('Reminder: ...')."""
        start = self.fn_start if self.fn_start is not None else 0
        at = next((i for i in range(start, len(self.lines))
                   if _REMARKS_LABEL.search(self.lines[i].text)), None)
        if at is None:
            return
        parts = [_REMARKS_LABEL_CUT.split(self.lines[at].text)[-1]]
        for ln in self.lines[at + 1:]:
            if re.match(r"\W*(?:Reminder|Note:|Persons who respond|If the form is filed|Intentional misstatements)",
                        ln.text, re.I):
                break
            parts.append(ln.text)
        text = _clean(" ".join(p for p in parts if p.strip()))
        if text:
            self.doc.remarks = text
            self.notes.see("remarks", text, "text after 'Remarks:' (no signature label)")

    def _date_cell_of_its_own(self, i: int) -> bool:
        """A table row's last cell holding a date alone (markdown's '| name | **04/15/2022** |'): the
        signature block's Date column, not a date inside a remarks sentence."""
        cells = [c.strip(" *") for c in self.lines[i].cells]
        return self.cut_cells and len(cells) >= 2 and bool(_DATE_FULL.fullmatch(cells[-1])) and bool(_clean(cells[0]))

    def _dates_in_a_row(self, block: list[tuple[int, str, int | None]], k0: int,
                        last: int) -> list[tuple[int, str, int | None]] | None:
        """Several owners signing side by side (PyMuPDF4LLM's paragraphs: 'A ** Signature ... B **
        Signature ...', then '11/23/2002 Date 11/22/2002 Date', maybe wrapped): as many dates in the
        lines of dates below the labels as names from the first labelled one on; each name gets the
        date in its place."""
        row: list[str] = []
        for ln in self.lines[last + 1:last + 12]:
            if not ln.text.strip() or re.fullmatch(r"\W*Date\W*", ln.text):
                continue  # (the paragraphs may put each date's label on a line of its own)
            if not _DATE_FULL.search(ln.text) or _clean(_DATE_FULL.sub(" ", ln.text).replace("Date", " ")):
                break
            row.append(ln.text)
        dates = list(_DATE_FULL.finditer(" ".join(row)))
        names = [b for b in block[k0:] if b[0] <= last]
        if len(dates) < 2 or len(names) != len(dates) or len(names) != len(block) - k0:
            return None
        return [(i, f"{t} {d.group(0)}", None) for (i, t, _x), d in zip(names, dates, strict=True)]

    def _ocr_words_between(self, upper: int, lower: int, name: str) -> str | None:
        """OCR of a poor scan: words of a signature's one printed line set a grid line lower ('Is! Joseph
        Galligan' over 'J.' under the gap between them). When every word of line ``lower`` stands in a gap
        between the words of the name read on line ``upper`` (a wrapped line starts under the name's first
        word instead), the name with them in their columns' order; else None."""
        if self.fmt != "ocr" or upper < 0:
            return None
        top = [(w, c) for w, c in self._grid_words(upper) if not _DATE_FULL.search(w)]
        low = self._grid_words(lower)
        if len(top) < 2 or not low or _clean(" ".join(w for w, _c in top)) != name:
            return None
        for w, c in low:
            inside = top[0][1] + len(top[0][0]) < c and c + len(w) < top[-1][1]
            if not inside or any(tc <= c < tc + len(tw) or c <= tc < c + len(w) for tw, tc in top):
                return None
        return _clean(" ".join(w for w, _c in sorted(top + low, key=lambda x: x[1])))

    @staticmethod
    def _ocr_signature_specks_off(name: str) -> str:
        """A poor scan's specks and digits OCR read before a typed signature's '/s/' or after its last word
        ('. /s/ Jane Roe', '31 . /s/ ...', 'no . /s/ ...', '... Hecht »'): no words of the name. Text
        before the '/s/' that holds a word ('Fund LP, By: /s/ ...') stays."""
        m = re.search(r"/[sS]/", name)
        if m and m.start() and not re.search(r"[A-Za-z]{3}|\b[Bb]y\b", name[: m.start()]):
            name = name[m.start():]
        return re.sub(r"(?:\s+[^\w\s]{1,2})+$", "", name) or name

    def _ocr_date_right(self, ln: Line) -> tuple[str, int] | None:
        """OCR on a grid: a date alone in a cell right of the page's left part (column 30 on), on a line that
        starts at the margin: the signature's date, set there by a poor scan's tilt. (The date and its column.)"""
        if self.fmt != "ocr" or ln.offsets is None:
            return None
        return next(((c.strip(), o) for c, o in zip(ln.cells, ln.offsets, strict=False)
                     if o >= 30 and _DATE_FULL.fullmatch(c.strip())), None)

    def _ocr_after_remarks_label(self, ln: Line) -> int | None:
        """The column the text on the 'Remarks:' line starts at, positioned OCR: the column of the first cell
        after the label when the label's cell holds nothing more (a signature a poor scan's tilt set on the
        label's line stands far right of it, where signatures stand), else the line's first column."""
        if ln.offsets is None:
            return None
        k = next((k for k, c in enumerate(ln.cells) if re.search(r"\bRemarks:", c, re.I)), None)
        if self.fmt != "ocr" or k is None or not re.search(r"[A-Za-z]{2}", " ".join(ln.cells[k + 1:])) or re.split(
                r"Remarks:", ln.cells[k], flags=re.I)[-1].strip(" .:*"):
            return ln.offsets[0]
        return ln.offsets[k + 1]

    def _signatures(self) -> None:
        """Signature blocks above '** Signature of Reporting Person': name (maybe wrapped), date."""
        if self.sig is None:
            if self.cut_cells:
                self._remarks_unsigned()  # (OCR loses the label, not the signature: its text is no remarks)
            return
        start = self.fn_start if self.fn_start is not None else max(0, self.sig - 8)
        rem = None
        for i in range(start, self.sig):
            if _REMARKS_LABEL.search(self.lines[i].text):
                rem = i
                break
        lo = rem if rem is not None else start
        last = self.sig
        for i in range(self.sig + 1, len(self.lines)):
            if i - last >= 40:
                break  # many owners' signatures: read on while labels keep coming
            if any(k in self.sq[i] for k in _SIG_KEYS):
                last = i
            elif _AFTER_SIGNATURES.match(self.lines[i].text):
                break
        block: list[tuple[int, str, int | None]] = []  # (line, text, x offset when known)
        dated_row = 0  # signatures dated from a row of dates below the labels, in order
        labels_at: set[int] = set()  # label lines with text before the label
        after_label: set[int] = set()  # label lines whose text after the label opens the next signature
        for i in range(lo, last + 1):
            ln = self.lines[i]
            t = ln.text
            if i == rem:
                t = _REMARKS_LABEL_CUT.split(t)[-1]
            if any(k in self.sq[i] for k in _SIG_KEYS):
                before, *after = _SIGNATURE_LABEL.split(t)
                rest = _PERSON_OR_DATE_WORD.sub(" ", after[0]) if after else ""
                t = before
                if t.strip(" *#"):
                    labels_at.add(i)
                elif self.cut_cells and _TWO_LETTERS.search(_DATE_FULL.sub(" ", rest)):
                    # a table cell stacking one owner's label over the next owner's name ('** Signature of
                    # Reporting Person<br>**B LP By: /s/ ...**'): the text after the label is that name
                    t = rest
                    after_label.add(i)
            t = t.strip(" *")
            if not t or _DATE_LABEL_OR_STARS.fullmatch(t):
                continue
            at = self._ocr_after_remarks_label(ln) if i == rem else ln.offsets[0] if ln.offsets else None
            right = self._ocr_date_right(ln) if i != rem and at is not None and at < 30 else None
            if right is not None:
                # a poor scan's remark line (or specks at the margin) with the signature's date far right
                left = " ".join(c for c, o in zip(ln.cells, ln.offsets or [], strict=False) if o < right[1])
                if left.strip(" *.-:"):
                    block.append((i, left.strip(" *"), at))
                block.append((i, right[0], right[1]))
                continue
            block.append((i, t, at))
        positioned = any(x is not None for _, _, x in block)
        if positioned:
            # the signature sits right of the page's left margin; remarks start at the margin
            sig_lines = [(i, t) for i, t, x in block if x is not None and x >= 30]
            rem_lines = [t for i, t, x in block if x is None or x < 30]
        else:
            # PyMuPDF4LLM's paragraphs: a typed signature ('/s/ ...') starts the signatures, a date in
            # a sentence above it, no signature label between, is the remarks' ('J - 3 for 2 stock
            # split issued 9/30/2019'); a date alone may be the signature's own. (Other flat text
            # wraps a signature's name around its date onto the line above the '/s/'.)
            typed = next((k for k, (_i, t, _x) in enumerate(block) if "/s/" in t), 0) if self.cut_cells else 0
            if self.fmt == "ocr" and not self.cut_cells:
                # OCR'd tab cells (no margin to tell by): a typed signature ('/s/', read 'Is!') with its
                # own date beside it starts the signatures too
                typed = next((k for k, (_i, t, _x) in enumerate(block) if ("/s/" in t or _OCR_SLASH_S.search(t))
                              and _DATE_FULL.search(t)), 0)
            first = next((k for k, (i, t, _x) in enumerate(block) if (d := _DATE_FULL.search(t)) and (
                k >= typed or _date_alone(t, d)
                or self._date_cell_of_its_own(i)
                or any(key in self.sq[j] for j in range(i, block[typed][0]) for key in _SIG_KEYS))), None)
            on_label = [k for k, (i, _t, _x) in enumerate(block) if i in labels_at]
            sig_at = min((i for i in range(lo, last + 1) if any(k in self.sq[i] for k in _SIG_KEYS)), default=None)
            if not on_label and sig_at is not None:
                on_label = [k for k, (i, _t, _x) in enumerate(block) if i < sig_at][-1:]
            if first is None and on_label:
                # markdown/flat text: "/s/ Name ** Signature of Reporting Person Date" (or the name on
                # the line above the label), the date on a line of its own below the label
                k0 = on_label[0]
                below = next((self.lines[j].text for j in range(last + 1, min(len(self.lines), last + 5))
                              if _DATE_FULL.search(self.lines[j].text)), None)
                paired = self._dates_in_a_row(block, k0, last)
                if paired:
                    block[k0:k0 + len(paired)] = paired
                    first = k0
                    dated_row = len(paired)
                elif below is not None:
                    d = _DATE_FULL.search(below)
                    block[k0] = (block[k0][0], f"{block[k0][1]} {d.group(0)}", None)  # type: ignore[union-attr]
                    first = k0
            if first is None:
                sig_lines, rem_lines = [], [t for _i, t, _x in block]
            else:
                # the name is on the dated line or the line above it
                d = _DATE_FULL.search(block[first][1])
                cut = first - 1 if first > 0 and d is not None and not _clean(block[first][1][: d.start()]) else first
                sig_lines = [(i, t) for i, t, _x in block[cut:]]
                rem_lines = [t for _i, t, _x in block[:cut]]
        sigs: list[list[Any]] = []  # [name parts, date, source text]
        pending: list[str] = []
        pending_labelled = False
        side_by_side = False  # the pending names began on a label line: 'A ** Signature ... B' (side by side)
        dated_below: list[int] = []  # signatures whose date is the one printed alone below the labels
        dated_in_row: list[int] = []  # signatures dated from a row of dates, in order
        labels = [i for i in range(lo, last + 1) if any(k in self.sq[i] for k in _SIG_KEYS)]
        last_i = -1
        dated_at = -1  # the line of the last dated signature
        for _i, t in sig_lines:
            # flat text: a line after a dated signature and before the next label continues its name
            # (a signature opened after a label on its line: that label is the previous owner's)
            same_block = not any((last_i < li if last_i in after_label else last_i <= li) and li < _i for li in labels)
            last_i = _i
            d = _DATE_FULL.search(t)
            row_dates = list(_DATE_FULL.finditer(t))
            if (d and side_by_side and len(row_dates) >= 2 and len(pending) == len(row_dates)
                    and not _clean(_DATE_FULL.sub(" ", t).replace("Date", " "))):
                # owners signing side by side after others: their names (each before its label, the next
                # after it) and then a line of dates alone ('12/03/2020 Date 12/03/2020'): each name takes
                # the date in its place, not all names one signature
                for nm, dd in zip(pending, row_dates, strict=True):
                    dated_in_row.append(len(sigs))
                    sigs.append([[nm], _to_date(dd), f"{nm} {dd.group(0)}"])
                pending, side_by_side = [], False
                continue
            if d:
                name = _clean(t[: d.start()])
                run_on = _clean(t[d.end():])
                if name and _TWO_LETTERS.search(run_on) and not positioned:
                    # flat text: the name wrapped around its date ("... for Adam 02/14/2020 Elsesser")
                    name = f"{name} {run_on}"
                    self.notes.unsure(f"owner_signatures[{len(sigs)}].signature_name",
                                      "name text on both sides of the date joined", t)
                parts = ([*pending, name] if name else pending) if pending else ([name] if name else [])
                if not name and not pending and sigs and sigs[-1][1] is None:
                    sigs[-1][1] = _to_date(d)
                    continue
                if (not name and not pending and sigs and same_block and not positioned
                        and sigs[-1][1] == _to_date(d)):
                    continue  # the signature's date printed again on its own, before the next label
                sigs.append([parts, _to_date(d), " ".join([*pending, t]) if pending else t])
                pending = []
                dated_at = _i
            elif sigs and sigs[-1][1] is not None and not pending and (positioned or same_block):
                between = self._ocr_words_between(dated_at, _i, sigs[-1][0][-1]) if positioned and sigs[-1][0] else None
                if between is not None:
                    sigs[-1][0][-1] = between  # words a poor scan set a grid line lower, back in their places
                else:
                    sigs[-1][0].append(_clean(t))  # a wrapped signature line
            else:
                side_by_side = _i in labels_at if not pending else side_by_side
                pending.append(_clean(t))
                pending_labelled = _i in labels_at  # the name is printed before its own label
        if pending:
            if positioned or not sigs:
                sigs.append([pending, None, " ".join(pending)])
            elif pending_labelled and sigs[-1][1] is not None:
                # the last owner's name before its own label, undated: its date printed alone below
                # the label ('Date **03/07/2025**'), else none
                below = next((d for j in range(last + 1, min(len(self.lines), last + 5))
                              if (d := _DATE_FULL.search(self.lines[j].text))), None)
                if below:
                    dated_below.append(len(sigs))
                sigs.append([pending, _to_date(below) if below else None, " ".join(pending)])
            elif sigs[-1][0] and _DATE_FULL.search(sigs[-1][2]) and _clean(
                sigs[-1][2][: _DATE_FULL.search(sigs[-1][2]).start()]  # type: ignore[union-attr]
            ):
                sigs[-1][0].extend(pending)  # the name ran on past its date onto the next line
            else:
                rem_lines = rem_lines + pending
        out: list[OwnerSignature] = []
        for j, (parts, d, src) in enumerate(sigs):
            name = " ".join(p for p in parts if p) or None
            if name and self.fmt == "ocr":
                name = _OCR_SLASH_S.sub(lambda m: f"/{m.group(1)}/", name)  # OCR reads '/s/' as 'Is}'
                # a poor scan's '/s/' opening the name: 'Isi Michael', 'tsi Chad', 'Js/ Scott', 'fsiLorna'
                if not re.match(r"[\W_]*/[sS]/", name):
                    name = _OCR_SIG_OPEN.sub("/s/ ", name)
                # the label's words run on after the name: 'Jane Doe Date.', '... Signature of Reporting Person Date'
                name = _OCR_SIG_TAIL.sub("", name) or name
                name = self._ocr_signature_specks_off(name)
            out.append(OwnerSignature(signature_name=name, signature_date=d))
            self.notes.see(f"owner_signatures[{j}].signature_name", src, "text above 'Signature of Reporting Person'")
            if d:
                self.notes.see(f"owner_signatures[{j}].signature_date", src, "date beside the signature")
            else:  # every signature is dated on the form: one not found was lost, not absent
                self.notes.unsure(f"owner_signatures[{j}].signature_date", "no date found beside the signature", src)
        self.doc.owner_signatures = out
        for j in range(dated_row):
            self.notes.unsure(f"owner_signatures[{j}].signature_date",
                              "dates printed side by side below the labels, paired with the names in order")
        for j in dated_in_row:
            self.notes.unsure(f"owner_signatures[{j}].signature_date",
                              "dates printed side by side on a line below the names, paired with them in order")
        for j in dated_below:
            self.notes.unsure(f"owner_signatures[{j}].signature_date", "date printed alone below the last label")
        if self.fmt == "ocr" and not re.search(r"[A-Za-z]{3}", " ".join(rem_lines)):
            rem_lines = []  # specks and rules OCR read after the label ('.', ':', '°'), or a date alone: no remark
        if rem is not None and rem_lines:
            self.doc.remarks = " ".join(rem_lines)
            self.notes.see("remarks", self.doc.remarks, "text after 'Remarks:'")

