"""Reading Tables I and II: data rows found, decoded against the row grammar, values chosen."""

from __future__ import annotations

import difflib
import re
from datetime import date
from decimal import Decimal
from typing import Any

from section16.model import (
    DerivativeHolding,
    DerivativeTransaction,
    NonDerivativeHolding,
    NonDerivativeTransaction,
)
from section16.readers.text.labels import _is_text_cell
from section16.readers.text.normalize import _TITLE_WORDS, HIDDEN_MARKS, Line, _glue
from section16.readers.text.tokens import (
    _assemble_date,
    _number_readings,
    _ocr_marker_noise,
    _Tok,
    _tokens,
    _Val,
    _whole_amount,
)
from section16.readers.text.values import (
    _CODES,
    _DATE_FULL,
    _DIGIT,
    _HEAD_WORDS,
    _PARENS,
    _THREE_LETTERS,
    _TWO_LETTERS,
    _WORDY,
    _clean,
    _dec,
    _valid_number,
)

_CODE_DISPOSES = frozenset("SFDMXCEHU")
"""Table II codes that dispose of the derivative by their meaning (sale, tax or exercise payment, to the
issuer, exercise, conversion, expiry, tender)."""
_CODE_ACQUIRES = frozenset("PAL")
"""Codes that acquire by their meaning (purchase, grant or award, small acquisition)."""
_PAR_WRAP = re.compile(r"(?:[A-Za-z][A-Za-z ,]*\s)?\$\s?(?:\d*\.\d+|\d+\s+\d/\d)(?:\s+[A-Za-z][A-Za-z ,]*)?")
"""A title's par value wrapped onto a line of its own, with title words around it ('$0.001',
'Stock, $0.01', '$.01 par value', '$1 2/3 Par')."""
_GLUED_MARK = re.compile(r"(?<=[A-Za-z.])[\d()®©°@?!]{1,4}$")
"""A footnote marker glued to a nature's last word, its parentheses lost or misread ('L.P.2', 'LP.@)')."""
_TITLE_THEN_AMOUNT = re.compile(r"([A-Za-z][A-Za-z ,.'-]{2,}?)(\s*\|\s*\d[\d,]*(?:\.\d+)?)")
"""The underlying title OCR joined to its amount across a rule ('Common | 14,225.8819'): its
wrapped words go after the title, before the amount."""
_WORDS_AMID_BARS = re.compile(
    r"(?:^|\|\s*)([A-Za-z][A-Za-z ,.'-]{2,}?)\s*\|\s*\$?\d[\d,]*(?:\.\d+)?(?![\d/.])")
"""A title OCR joined across table rules between other columns' values, an amount after it
('2,200 | 02/13/2020 | 12/20/2020 | Common | 220,000 | \\$0.27'): its wrapped words go after it."""


_HEADING_VOCAB = frozenset(
    "title derivative security securities conversion exercise price transaction transactions date deemed execution "
    "code instr number acquired disposed expiration exercisable amount underlying beneficially owned following "
    "reported ownership form direct indirect nature beneficial month year".split())
"""The words of Tables I and II's column headings (not the words of a title or a nature: 'Stock', 'Shares')."""
_HEADING_LIKE: dict[str, bool] = {}

# compiled once: the table readers run these on every line or cell of a table
_DATA_OR_NO_SECURITIES = re.compile(r"\d/\d|\d,\d{3}|\$\s?\d|\bNo\s+securities\b|\bNone\b", re.I)
_LONG_WORD = re.compile(r"[A-Za-z\u00c0-\u017f]{4,}")
_DOLLAR_DIGIT = re.compile(r"\$\s?\d")
_SHORT_SMEAR = re.compile(r"\S{1,4}")
_DATE_SMEAR = re.compile(r"[\[({|!f]?(?=\S*[\d/])(?=\S*[a-z])[0-9a-z/|.]{5,9}[2z][0o][0-9oilzasgqbt]{0,2}")
"""OCR's glyph run of a lost date, a digit or slash among letters, its year smeared ('[os/zo2o20', 'oezv2oz0',
'foa/zazoia' of 04/24/2014)."""
_LETTERLESS_WORD = re.compile(r"[^A-Za-z]+")
_OCR_LABEL_TWO = re.compile(r"2[.:,;](?:\s|$)")
_AMOUNT_LIKE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2,4}|\d{3,}")
"""A number read as a whole amount ('1,088', '59.907', '500'), not a lone digit or a marker's."""
_PRICE_PLACES = re.compile(r"[\d,]*\.(\d+)")  # a price and its decimals
_ONE_TO_THREE_DIGITS = re.compile(r"\d{1,3}")
_COL2_MIN = 8
"""OCR: a '2.' heading at the left margin is a misplaced one (another column's number, a heading line's
debris): column 1, the title, is wider than this."""
_VALUE_OR_PRICE = re.compile(r"\$\s?\d|\d,\d{3}")
_DATE_AFTER_TITLE = re.compile(r"\s*\|?\s*\d{1,2}/\d{1,2}/\d{4}")
_VALUE_LIKE = re.compile(r"\d[,.]\d|\d/\d|\$\s?\d|\(\d{1,2}\)")
_DATE_OR_AMOUNT = re.compile(r"\d/\d{1,2}/\d|\d,\d{3}|\$\s?\d")
_NOT_LOWER_LETTER = re.compile(r"[^a-z ]")
_NATURE_LABEL = re.compile(r"(?:\d{1,2}\.\s*)?Nature\b")
_NATURE_LABEL_AFTER_RULE = re.compile(r"\|\s*((?:\d{1,2}\.\s*)?Nature\b)")
_LABEL_TWO = re.compile(r"2\.(?:\s|$)")
_LABEL_TWO_AFTER_RULE = re.compile(r"\|\s*(2\.\s)")
_AD_HEADINGS = re.compile(r"\(A\)\W{1,6}\(D?\)")
_A_HEADING_END = re.compile(r"\(A\)\W{0,2}$")
_D_HEADING_START = re.compile(r"\W{0,2}\(?D\)")
_CODE_HEADING = re.compile(r"Code\b")
_CODE_HEADING_CUT_END = re.compile(r"ode\b.*")
_CODE_V_HEADING = re.compile(r"\W*Code\W+V[vV]?\W")
_TRANSACTIONS_HEADING = re.compile(r"Transaction\(s\)")
_EXERCISABLE_HEADING = re.compile(r"(?:Date\s+)?Exercisable\b")
_EXPIRATION_HEADING = re.compile(r"Expiration\b")
_INITIALS_LINE = re.compile(r"\s*(?:[A-Z]\.){1,3}(?:[A-Za-z]\.?)?[,)]?\s*")
_ONE_CAPITAL_LINE = re.compile(r"\s*[A-Z]\s*")
_CODE_WITH_MARKERS = re.compile(r"\s*[A-Z]{2,4}\)\s*")
_AMOUNT_THEN_WORDS = re.compile(r"\d.*(?:^|[\s|])[A-Za-z][A-Za-z,.' -]{2,}[}\]|]?$")
_AD_SMEARED = re.compile(r"[|1I]?([(\[I|l1])([AD])\)")
_MARKER = re.compile(r"\(\d{1,2}\)")
_MARKER_NUMBER = re.compile(r"\((\d{1,2})\)")
_SPACE_DATE = re.compile(r"\s\d{1,2}/\d{1,2}/\d{4}")
_TITLE_WORD_TOKEN = re.compile(r"[A-Za-z][A-Za-z,.'&-]*")
_AMOUNT_AFTER_WRAP = re.compile(r"_*(?:\s+|\s*[|}\]]+\s*)(?!(?:19|20)\d\d(?![\d,.]))\$?\d(?![\d,.]*\s+[A-Za-z]{3})")
"""An amount after a wrapped cell's number (not a year, not a number with words right after it)."""
_CODE_SMEARED = re.compile(r"[i|!]?([A-Zs])(?:s|S|Y|y|\)|1|l|I|\||°|[O0oM°®©]{1,2}\)?)")
_PRICE_GLYPH_SMEAR = re.compile(r"([\d,]*\.?\d*)([)°'\"*%©®]+)")
# OCR also reads a price's marker '(' as '@' or keeps it alone: '$142.2694@)', '$131.2422(', '$4.79()'
_PRICE_MARKER_DEBRIS = re.compile(r"([\d,]*\.\d{2,4})([)°'\"*%©®@(]+)")
_THOUSANDS_ONLY = re.compile(r"(\d{1,3}),(\d{3})")


def _heading_word(word: str) -> bool:
    """A column heading's word, or it as a poor scan's OCR misreads it ('Transattion', 'Numiber', 'Tite')."""
    w = word.casefold()
    if w not in _HEADING_LIKE:
        _HEADING_LIKE[w] = w in _HEADING_VOCAB or (len(w) >= 5 and bool(
            difflib.get_close_matches(w, _HEADING_VOCAB, n=1, cutoff=0.8)))
    return _HEADING_LIKE[w]


def _heading_line(text: str) -> bool:
    """An OCR line of column-heading words that OCR split apart from the headings' own lines (a poor
    scan's headings read as words among lone digits and bars: '1 Tite [2 Transattion 5. of 6.-Date
    Exercisable and'): two or more heading words making most of its longer words, no date or amount (and not
    the form's 'No securities beneficially owned')."""
    if _DATA_OR_NO_SECURITIES.search(text):
        return False
    words = [w for w in _LONG_WORD.findall(text)]
    heads = sum(_heading_word(w) for w in words)
    return heads >= 2 and heads >= 0.6 * len(words)


_NOT_CODE_WORDS = frozenset({"by", "see", "the", "and", "per", "par", "inc", "llc", "ltd", "co", "of", "for", "fbo",
                             "lp", "l.p", "dtd"})
"""Short words a row may show where the code stands that are words, not a code letter and its smear."""


def _glued_title(cell: str) -> tuple[int, int] | None:
    """The span of the title words inside a cell OCR joined across table rules, an amount right
    after them ('Common | 14,225.8819', '... | 12/20/2020 | Common | 220,000 | \\$0.27'), or None."""
    m = _TITLE_THEN_AMOUNT.fullmatch(cell) or _WORDS_AMID_BARS.search(cell)
    return m.span(1) if m else None


def _cell_words(cell: str) -> str:
    """A text cell's words: the title's alone when OCR joined it to other columns' values."""
    span = _glued_title(cell)
    return cell[span[0]:span[1]] if span else cell


def _past_title_columns(cells: list[str], texts: list[int], wrapped: list[str]) -> list[int]:
    """The text columns that fewer wrapped cells go on: words that are no title's ('Footnote') start
    past the title columns, in the nature's."""
    while (len(texts) > max(len(wrapped), 1) and wrapped and not _all_title_words(wrapped[0])
           and _all_title_words(_cell_words(cells[texts[0]]))):
        texts = texts[1:]
    return texts


def _closes_title(title: str, first: str) -> bool:
    """A wrapped line's first cell closes the parenthesis the title left open ('Call Option(Right'
    over 'to Buy)'): the title goes on there, whatever other column wrapped before."""
    return title.count("(") > title.count(")") and bool(re.match(r"[A-Za-z ]+\)", first.strip()))


_RULED_MARK = re.compile(r"\s+\|\s*(?=[^\sA-Za-z]{1,3}$|[A-Za-z][^\sA-Za-z]{0,2}$)")
"""A table rule OCR read as '|' inside the title's cell, then only a smeared marker of column 2
('Stock Option (right | ®', '... | @')."""


def _mark_off_title(cells: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Positioned OCR: the marker past a rule in the title's cell ('Stock Option (right | ®') is the
    next column's, a cell of its own where it stands; the title's wrapped words then join the title."""
    m = _RULED_MARK.search(cells[0])
    if m is None or not re.search(r"[A-Za-z]{3}", cells[0][: m.start()]):
        return cells, offsets
    bar = cells[0].index("|", m.start())
    return [cells[0][: m.start()], "| " + cells[0][m.end():], *cells[1:]], [offsets[0], offsets[0] + bar, *offsets[1:]]


def _unfinished_title(cells: list[str]) -> int | None:
    """The index of a later title cell of a row that has not ended ('Class A Common', 'Common Stock,
    par value $0.01 per'), where title words wrapped alone go on; None when every title has ended."""
    return next((k for k, c in enumerate(cells) if k and (_is_text_cell(w := _trailing_words(c))
                                                           or _PAR_WRAP.fullmatch(w.strip()))
                 and not _TITLE_END.search(w) and _all_title_words(w)), None)


def _trailing_words(cell: str) -> str:
    """A cell's words past the values OCR joined before them across rules ('06/19/2020 | Common}' ->
    'Common'); the whole cell when it has no such values."""
    m = re.search(r"\d[^|]*\|\s*([A-Za-z][A-Za-z ,.'-]*)[}\]|]?\s*$", cell)
    return m.group(1) if m else cell


def _par_wrap_cells(ln: Line) -> bool:
    """OCR'd tab cells: a line of several cells whose numbers are all titles' par values among words
    ('value $0.01 per share | value $0.01 per | Partners, LPY@E4)'), the rest words: the row's
    text columns wrapped, not a row of its own (a row shows a date or an amount of its own)."""
    cells = [c.strip() for c in ln.cells if c.strip()]
    if len(cells) > 2 and _SMEARED_MARKS.fullmatch(cells[-1]):
        cells = cells[:-1]  # the nature's markers OCR smeared into a cell of their own ('LLC | AE)')
    pars = [c for c in cells if _DOLLAR_DIGIT.search(c)]
    return (len(cells) > 1 and bool(pars) and all(_PAR_WRAP.fullmatch(c) and _all_title_words(c) for c in pars)
            and all(_THREE_LETTERS.search(c) and not re.search(r"\d/\d|\d,\d{3}|\d{3}", c)
                    for c in cells if c not in pars))


_SMEARED_MARKS = re.compile(r"(?:\(\d{1,2}\))+|[A-Z@®©]{1,3}\)")
"""A cell of footnote markers, or of markers OCR smeared into capitals ('AE)' for (4)(5)): no words."""


def _words_with_glued_marker(ln: Line) -> bool:
    """OCR'd tab cells: a line of one cell of words whose only digits are a footnote marker OCR glued to
    its last word ('Associates II, L.P@4'): a nature's wrapped last words, no row (which shows values)."""
    cells = [c.strip() for c in ln.cells if c.strip()]
    return (len(cells) == 1 and bool(re.search(r"[A-Za-z]{3}", cells[0])) and bool(_GLUED_MARK.search(cells[0]))
            and re.search(r"\d", cells[0]) is not None and not re.search(r"\d", _GLUED_MARK.sub("", cells[0])))


def _plan_wrap_cells(ln: Line) -> bool:
    """OCR'd tab cells: a line of a title's wrapped words and a nature's wrapped '401(k)' (its marker maybe
    after it: 'Stock | 401(k) 2)'): the plan's number is a name, no amount, so the line is wrapped words."""
    cells = [c.strip() for c in ln.cells if c.strip()]
    return (len(cells) == 2 and _all_title_words(cells[0]) and re.search(r"\b401\s?\(k\)", cells[1]) is not None
            and not re.search(r"\d", re.sub(r"\b401\s?\(k\)|\(?\d{1,2}\)", " ", cells[1])))


def _date_in_title(cell: str) -> re.Match[str] | None:
    """The date OCR joined behind the title in its cell ('Common Stock, | 09/30/2021'), or None."""
    dm = _DATE_AFTER_TITLE.search(cell)
    return dm if dm and dm.start() > 0 else None


def _stacked_after_title(cell: str) -> int | None:
    """Where a cut cell's title words end and the values stacked under them begin: the markers,
    price or date before a transaction date ('Common Stock (4) 05/08/2020' -> the '(4)'); None
    when the cell holds no date behind words."""
    m = re.search(r"(?:\s*(?:\(\d{1,2}\)|\$\d[\d,]*(?:\.\d+)?))*\s*\d{1,2}/\d{1,2}/\d{4}", cell)
    return m.start() if m and m.start() > 0 and re.search(r"[A-Za-z]{2}", cell[: m.start()]) else None


def _title_split_at_gap(cells: list[str]) -> list[str]:
    """OCR'd tab cells: a title OCR split at a wide gap between its words, the rest joined to the date
    across the rule ('Class' | 'ACommon | 04/24/2014'): one cell, so the title's wrapped words go on
    after all of it ('Stock'), not between its words."""
    dm = _date_in_title(cells[1]) if len(cells) > 2 else None
    if (dm is None or not _all_title_words(cells[0]) or _TITLE_END.search(cells[0])
            or not re.fullmatch(r"[A-Za-z][A-Za-z ,.'-]*", cells[1][: dm.start()].strip())):
        return cells
    return [cells[0].strip() + " " + cells[1].strip(), *cells[2:]]


def _text_wrap_line(ln: Line) -> bool:
    """OCR'd tab cells: a line of several cells, each of words ('Series 2 | Annuity Trust') or a date
    written out's day and year ('Voting | 15, 2011'): the row's text columns wrapped, not a row of its
    own, which shows a value in a cell of its own (an amount, a date, a price). A bare year is no
    amount: an amount of 1,000 or more is printed with its comma."""
    cells = [c.strip() for c in ln.cells if c.strip()]
    if len(cells) == 1:
        # one cell: words whose only number names a class or series ('(Class A, Series 2'), no amount
        rest = re.sub(r"\b(?:Series|Class)\s+[A-Z]?\d{1,2}[A-Z]?\b", " ", cells[0])
        return (rest != cells[0] and not re.search(r"\d", rest) and len(re.findall(r"[A-Za-z]{3,}", cells[0])) >= 2)
    if len(cells) < 2 or not _THREE_LETTERS.search(cells[0]) or not any(_DIGIT.search(c) for c in cells):
        return False
    return all((_TWO_LETTERS.search(c) and not _VALUE_LIKE.search(c))
               or re.fullmatch(r"(?:\d{1,2},\s*)?(?:19|20)\d\d[.,]?", c) for c in cells)


def _repeats_last_word(title: str, word: str) -> bool:
    """A wrapped word that is the finished title's own last word again ('Class B Common Stock', 'Stock')."""
    words = _title_part(title).split()
    return bool(words) and _TITLE_END.search(words[-1]) is not None and word.strip().lower() == words[-1].lower()


def _title_part(cell: str) -> str:
    """The title's words of its cell, without a date OCR joined behind them."""
    dm = _date_in_title(cell)
    return cell[: dm.start()] if dm else cell


def _into_title(cell: str, words: str) -> str:
    """Wrapped words put at the end of the title's cell; before the date when the cell also holds
    it ('Common Stock, | 09/30/2021'): the words are the title's."""
    dm = _date_in_title(cell)
    return cell[: dm.start()] + " " + words + cell[dm.start():] if dm else cell + " " + words


def _join_title_cells(cells: list[str], offsets: list[int], col2_x: int | None) -> tuple[list[str], list[int]]:
    """Positioned OCR: a row's first cells that all start left of column 2 are the title's, split at
    a wide gap between its words ('Class' | 'B Common'): one cell, so its wrapped words join it."""
    n = 0
    while col2_x is not None and n < len(cells) and offsets[n] < col2_x - 1 and re.search(r"[A-Za-z]{2}", cells[n]):
        n += 1
    if n < 2:
        return cells, offsets
    return [" ".join(c.strip() for c in cells[:n]), *cells[n:]], [offsets[0], *offsets[n:]]


def _last_words(cells: list[str], k: int) -> bool:
    """Whether cell ``k`` and the cells after it are words ending a row of values (its nature of ownership,
    maybe cut in cells at a wide gap), with a value before them: OCR's column headings are centred, so
    the nature column's heading does not say where its words start."""
    rest = [c for c in cells[k:] if c.strip()]
    return (k > 0 and bool(rest) and all(_TWO_LETTERS.search(c) for c in rest)
            and any(_DIGIT.search(c) for c in cells[:k]))


def _lower_half(prev: Line, ln: Line) -> bool:
    """Positioned OCR: a line right under a row that holds a date, itself with an amount but no date,
    whose cells all sit in the gaps between the row's ('Series ... 07/08/2019 ... $0' over 'A ... 4,702
    ... Common 4,702.0 ... By'): one row that OCR read on two baselines; a row of its own would start
    where the row above starts, under column 1's left edge."""
    if prev.offsets is None or ln.offsets is None or not any(_FULL_DATE.search(c) for c in prev.cells):
        return False
    cells = [(c.strip(), off) for c, off in zip(ln.cells, ln.offsets, strict=False) if c.strip()]
    if (len(cells) < 2 or any(_FULL_DATE.search(c) for c, _ in cells)
            or not any(_WHOLE_AMOUNT.fullmatch(c) for c, _ in cells)):
        return False
    spans = [(po, po + len(pc.rstrip())) for pc, po in zip(prev.cells, prev.offsets, strict=False) if pc.strip()]
    return all(not (a <= off < b or off <= a < off + len(c)) for c, off in cells for a, b in spans)


def _goes_on_after(cell: str, at: int, word: str, off: int) -> bool:
    """Positioned OCR: a word in lower case a few characters past the end of the words above
    ('Common Stock,' then 'par' on a baseline of its own) goes on with them: the same printed line."""
    end = at + len(cell.rstrip())
    return end <= off <= end + 4 and bool(re.search(r"[A-Za-z],?$", cell.rstrip())) and word[:1].islower()


def _title_and_date(cells: list[str], offs: list[int], prev: Line) -> bool:
    """Positioned OCR: a line whose title starts at the left edge of the row above's and that holds
    a full date is a row of its own (its amounts maybe lost), not the row above's wrapped words, even
    when OCR's headings put column 2 right of that date."""
    return (prev.offsets is not None and bool(prev.offsets) and offs[0] <= prev.offsets[0] + 1
            and bool(re.match(r"[A-Za-z]{3}", cells[0].strip())) and any(_FULL_DATE.search(c) for c in cells))


def _wrapped_words(cell: str) -> bool:
    """A wrapped cell of words: a text cell (its marker's smear off), or one word in parentheses,
    which a text cell's test takes for a marker ('(DE)' of 'Beaver (DE) LLC', '(HOLDING)')."""
    return _is_text_cell(_GLUED_MARK.sub("", cell)) or bool(re.fullmatch(r"\([A-Za-z][A-Za-z.]+\)[,.]?", cell.strip()))


_SHORT_NAME_WORD = re.compile(r"\s*(?:[A-Z][A-Za-z]|[IVX]{2,4}|(?:[A-Z]\.){2,3}|Inc\.?|LLC)[,.]?\s*")
"""A short last word of a name a nature of ownership wraps onto a line of its own cell ('LP', 'VI', 'II',
'L.P.', 'Co'): words, which a text cell's test (three letters) does not take."""
def _dates_off(text: str) -> str:
    """A cell's text without its dates (and a marker glued to its end)."""
    return re.sub(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d|\(\d{1,2}\)$", " ", text)


_MARKS_ONLY = re.compile(r"(?:\(\d{1,2}\))+")
"""A cell of footnote markers only ('(3)(8)(9)')."""


def _last_open_words(cells: list[str]) -> int | None:
    """The index of a row's last cell of words, past its title, when it is no finished title and only
    numbers and markers follow it (no nature of ownership): 'Units of Limited' | '8,642.0'; else None."""
    k = max((k for k, c in enumerate(cells) if k and _is_text_cell(c)), default=None)
    if k is None or _TITLE_END.search(cells[k]) or _NATURE_START.match(cells[k]):
        return None
    return k


def _merged_as_above(prev: Line, ln: Line) -> Line:
    """A wrapped line cut into cells as its row was, the row's cut pieces already joined into the
    cell left of them ('Restated' | 'Plan' under 'Common Stock subject to the Amended and' | ''): the
    line's pieces are joined the same way, so each goes on with the cell above it."""
    if len(ln.cells) != len(prev.cells):
        return ln
    cells = list(ln.cells)
    for k in range(len(cells) - 1, 0, -1):
        if (cells[k].strip() and not prev.cells[k].strip() and prev.cells[k - 1].strip() and cells[k - 1].strip()
                and re.fullmatch(r"[A-Za-z][A-Za-z ,.'()-]*", cells[k].strip())):
            cells[k - 1], cells[k] = _glue(cells[k - 1].strip(), cells[k].strip()), ""
    return ln if cells == ln.cells else Line(cells, ln.offsets, ln.widths, ln.looked)


_STACKED_AMOUNT = re.compile(r"(?<=[A-Za-z),])\s+(?<!\$)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s*\(\d{1,2}\))*"
                             r"(?:\s+\$\d[\d,]*(?:\.\d+)?(?:\s*\(\d{1,2}\))*)?)\s*$")
"""An amount with a thousands comma (and its markers; maybe the next column's price after it)
ending a cell after its words."""


def _words_before_stacked_amount(cell: str, words: str) -> str:
    """A cell's wrapped words from the next page go on with its text: before the amount stacked
    under the words when the cell holds a title and its amount ('Common<br>40,292' and 'Stock':
    'Common Stock 40,292'), not after the amount, where they would read as a new column's value."""
    m = _STACKED_AMOUNT.search(cell)
    if m and re.fullmatch(r"[A-Za-z][A-Za-z,.'()&\s-]*", words):
        return cell[: m.start()] + " " + words + " " + m.group(1)
    return cell + " " + words


def _goes_on_by_cell(prev: Line, ln: Line) -> bool:
    """A wrapped line of a markdown table with as many cells as the row above, holding words in
    two or more of them, each under a cell of the row that shows text: the columns went on together."""
    full = [k for k, c in enumerate(ln.cells) if c.strip()]
    return (len(ln.cells) == len(prev.cells) and len(full) >= 2 and full[0] == 0
            and all(((re.search(r"[A-Za-z]{2}", ln.cells[k]) and not re.search(r"\d", _PARENS.sub(" ", ln.cells[k])))
                     # (the last text column's markers alone, its words ended above: '... 401(k)' | '(2)')
                     or (k == full[-1] and k > 0 and re.fullmatch(r"(?:\(\d{1,2}\)\s*)+", ln.cells[k].strip())))
                    and re.search(r"[A-Za-z]", prev.cells[k]) for k in full))


def _asides_off(text: str) -> str:
    """A line's text without its parenthesised asides (markers, '(right to buy)', '(Instr. 4)'); not a
    parenthesis that spans values (a title's open '(right' to a nature's marker 'footnote®)' across
    the row's date and amounts), whose values are the row's own."""
    return _PARENS.sub(lambda m: m.group() if _DATE_OR_AMOUNT.search(m.group()) else " ",
                       text)


_NATURE_START = re.compile(r"\s*(?:By|See)\b")
"""The words a nature of ownership starts with ('By Trust', 'See Footnotes'), short or not."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year among a nature's words (a trust's: 'SMB Pacific 2021 Charitable')."""
_TITLE_END = re.compile(r"(?:stock|shares?|units?|options?|warrants?|rights?|buy\)|sell\))\W*$", re.I)
"""How a finished security title ends: no wrapped line of title words goes on after it."""

def _second_title_after_markers(toks: list[Any], i: int) -> bool:
    """A flat Table II row's markers at ``i``, three or more in a row, then words: columns 2 and 6's
    markers stacked between the title and column 7's underlying title, so the title ends here."""
    k = i
    while k < len(toks) and toks[k].fn:
        k += 1
    return (k - i >= 3 and k < len(toks) and bool(re.fullmatch(r"[A-Z][A-Za-z]*", toks[k].text))
            and not toks[k].fn)


def _all_title_words(text: str) -> bool:
    """Only the words of security titles ('Class A Common', 'Non-voting', 'Stock'); a class letter
    counts as one."""
    words = [w for w in _NOT_LOWER_LETTER.sub(" ", text.lower()).split() if len(w) > 1]
    return bool(words) and set(words) <= _TITLE_WORDS | {"non", "voting"}


_WRAP_LEFT = 6
"""How far left of the words above a wrapped word may start: OCR places a line's words by its own
character width, a few characters off the line above ('Stock' read 5 left of '| Common')."""


_WORD_RUN = re.compile(
    r"[A-Za-z][A-Za-z.,'&()-]*"
    r"(?: (?:[A-Za-z][A-Za-z.,'&()-]*|(?<=[Vv]alue )\$\d*\.\d+|\$\d*\.?\d+(?: \d/\d)?(?= [A-Za-z])))*")
"""A run of a cell's words, a title's par value among them ('par value $0.01', '$1 2/3 Par')."""


def _wrap_into(cell: str, at: int, word: str, off: int) -> str:
    """A wrapped line's text put into the cell above it: after the words it sits under (the nearest)
    when the cell goes on with a number past them (grid text joined one column's words to the next
    column's amount: 'Common | 176,000' over 'Stock' -> 'Common Stock | 176,000'), else at the end."""
    rel = off - at
    best: tuple[int, int] | None = None  # (distance, end of the words)
    for m in _WORD_RUN.finditer(cell):
        # (apart from the words: a digit glued to them is the title's own, 'SERIES B-1'; an amount of
        # 1,000 or more has its comma, so a bare year is the words' own too, 'SMB Pacific 2021'; a
        # number with words right after it is the words' own, a par value: 'par value $0.01 per'; the
        # words wrapped after a par value go on after it: 'par value $0.01' + 'per share')
        if m.start() - _WRAP_LEFT <= rel <= m.end() + 1 and _AMOUNT_AFTER_WRAP.match(cell[m.end():]):
            dist = max(m.start() - rel, 0)
            if best is None or dist < best[0]:
                best = (dist, m.end())
    if best is not None:
        return cell[: best[1]] + " " + word + cell[best[1]:]
    return cell + " " + word


_FULL_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_REMARKS_HEADING = re.compile(r"\W*Remarks\s*:?\W*", re.I)
"""The remarks' heading alone on its line."""
_WHOLE_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_LONE_CODE = re.compile(r"[" + "".join(sorted(_CODES - {"A", "D"})) + r"](?:\(\d{1,2}\))*")
"""A transaction code alone in its cell, maybe with its markers ('F', 'S(2)'); not 'A' or 'D' (A/D's too)."""


def _split_row(upper: list[str], lower: list[str]) -> list[str] | None:
    """OCR'd tab cells of one Table I row that OCR split over two lines by its cells' baselines: the
    upper line a title with a price (and a date, the nature's last word), no amount; the line right
    under it no title but the code, the amount and the amount owned following ('S | 20,448 |
    28,469,987 | See'). The cells merged in the columns' order: title, date, code, amount (A/D),
    price, amount following, nature (the lower line's words before the upper's)."""
    up = [c.strip() for c in upper if c.strip()]
    low = [c.strip() for c in lower if c.strip()]
    if (not low or len(up) < 2 or len(up) > 4 or not re.match(r"[A-Za-z]{3}", up[0]) or re.search(r"\d", up[0])
            or any(_WHOLE_AMOUNT.fullmatch(c) for c in up)
            or not any(c.startswith("$") for c in up[1:])
            or re.match(r"[A-Za-z]{3}", low[0])):
        return None
    amounts = [k for k, c in enumerate(low) if _WHOLE_AMOUNT.fullmatch(c)]
    if len(amounts) != 2 or any(c.startswith("$") for c in low):
        return None
    dates = [c for c in up[1:] + low if _FULL_DATE.fullmatch(c)]
    if len(dates) != 1:
        return None
    prices = [c for c in up[1:] if c.startswith("$")]
    words_up = [c for c in up[1:] if not c.startswith("$") and not _FULL_DATE.fullmatch(c)]
    core = [c for c in low[: amounts[-1] + 1] if not _FULL_DATE.fullmatch(c)]
    words_low = low[amounts[-1] + 1:]
    if not all(re.search(r"[A-Za-z]{2}", c) for c in words_up + words_low):
        return None
    at = next(k for k, c in enumerate(core) if _WHOLE_AMOUNT.fullmatch(c)) + 1
    if at < len(core) and core[at] in ("A", "D"):
        at += 1
    nature = " ".join(words_low + words_up)
    return [up[0], *dates, *core[:at], *prices, *core[at:], *([nature] if nature else [])]


def _merge_lower_half(upper: list[str], lower: list[str]) -> list[str] | None:
    """OCR'd tab cells of a Table II row split by baseline, the upper line its title cut after 'Class'
    with its dates, markers, underlying title and nature ('Class | (4) | 06/13/2020 | (4) | (4) | Class |
    Child's'), the lower line the class letter, code, amount, A/D and the amounts after ('B | G | 462 | A |
    462 | 1,252'). The halves merged in the row's column order: the letter on the title, the code, amount
    and A/D after the transaction date, the rest after the underlying title (the upper line's last cell
    of words but the nature). None when the halves do not show that shape."""
    up = [c.strip() for c in upper if c.strip()]
    lo = [c.strip() for c in lower if c.strip()]
    if len(lo) < 4 or not re.fullmatch(r"[A-H]", lo[0]) or not re.fullmatch(r"[A-Z]", lo[1]) or lo[1] not in _CODES:
        return None
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", lo[2]) or any(_FULL_DATE.search(c) for c in lo):
        return None
    d = next((k for k, c in enumerate(up) if _FULL_DATE.search(c)), None)
    words = [k for k, c in enumerate(up) if d is not None and k > d and re.search(r"[A-Za-z]{3}", c)]
    if d is None or len(words) != 2 or any(re.search(r"\d,\d{3}", c) for c in up):
        return None
    at = 4 if lo[3] in ("A", "D") else 3
    u = words[0]
    return [f"{up[0]} {lo[0]}", *up[1: d + 1], *lo[1:at], *up[d + 1: u + 1], *lo[at:], *up[u + 1:]]


def _merge_date_half(upper: list[str], lower: list[str], table1: bool = False) -> list[str] | None:
    """OCR'd tab cells of one row OCR split over two lines by its cells' baselines, the upper line its
    title and values but no date, a price among them ('Common | 2) | \\$0) | 6,230,501)'), the line right
    under it no title but opening with the date ('07/08/2019 | 4,325 | By Voting Trust'): no row starts
    without its title, so the lower half is the row's own. Merged in the columns' order: the title,
    the lower half's dates, the upper half's code, the lower half's values (the columns left of the price),
    the upper half's values, then the words (the nature). None when the halves do not show that shape.

    A price right after the title is Table II's conversion price (its columns in another order), unless
    the row is Table I's (``table1``) and its code is in the lower half ('Common | \\$64.73 | 27,050' over
    '03/14/2025 | F | 434'): then the price is column 4's, after the lower half's code and amount."""
    up = [c.strip() for c in upper if c.strip()]
    lo = [c.strip() for c in lower if c.strip()]
    price_first = len(up) > 1 and up[1].startswith("$")
    if (len(up) < 2 or len(lo) < 2 or not re.match(r"[A-Za-z]{3}", up[0])
            or any(_FULL_DATE.search(c) for c in up)
            or not any(c.startswith("$") for c in up[1 if price_first else 2:])
            or (price_first and not (table1 and any(_LONE_CODE.fullmatch(c) for c in lo[1:])))
            or not re.fullmatch(r"[^\w$]*\d{1,2}/\d{1,2}/\d{4}[^\w$]*", lo[0])
            or any("$" in c for c in lo)):
        return None
    words_up = [c for c in up[1:] if re.search(r"[A-Za-z]{3}", c)]
    words_lo = [c for c in lo if re.search(r"[A-Za-z]{3}", c)]
    values_up = [c for c in up[1:] if c not in words_up]
    values_lo = [c for c in lo if c not in words_lo]
    if len(values_lo) < 2 or words_up and words_up != up[len(up) - len(words_up):]:
        return None  # the date alone below, or the upper half's words amid its values: not that shape
    dates = [c for c in values_lo if _FULL_DATE.search(c)]
    codes = [c for c in values_up if re.fullmatch(r"[A-Z](?:\(\d{1,2}\))*", c) and c[0] in _CODES]
    return [up[0], *dates, *codes, *(c for c in values_lo if c not in dates),
            *(c for c in values_up if c not in codes), *words_lo, *words_up]


def _code_below(cells: list[str], text: str) -> int | None:
    """OCR'd tab cells: where a code letter alone on the line under a row goes in the row, when the row
    shows none: right after its date(s), before the amount that follows them directly. Not 'A' or 'D'
    (the A/D column's letters as well), nor under a title cut after 'Class' (its class letter)."""
    if not re.fullmatch(r"\s*[CFGJKLMPSUWXZ]\s*", text) or not cells or re.search(r"\bClass$", cells[0].strip()):
        return None
    k = next((k for k, c in enumerate(cells) if _FULL_DATE.fullmatch(c.strip())), None)
    if k is None:
        return None
    k += 1
    if k < len(cells) and _FULL_DATE.fullmatch(cells[k].strip()):
        k += 1  # the deemed execution date
    if k < len(cells) and re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cells[k].strip()):
        return k
    return None


def _code_and_owned_below(cells: list[str], lower: list[str]) -> list[str] | None:
    """OCR'd tab cells: a Table I row whose code and amount owned following OCR set on the line below
    ('Common | 09/28/2020 | 5,283 | $1.04' over 'F | 720,529'), the row showing no code between its date
    and its amount and nothing after its price. The row's cells with the code after the date(s) and
    the amount after the price; None when the lines do not show that shape."""
    lo = [c.strip() for c in lower if c.strip()]
    if (len(lo) != 2 or not re.fullmatch(r"[CFGJKLMPSUWXZ]", lo[0]) or not _WHOLE_AMOUNT.fullmatch(lo[1])
            or not cells or re.search(r"\bClass$", cells[0].strip())):
        return None
    at = _code_below(cells, lo[0])
    price = max((k for k, c in enumerate(cells) if c.strip().startswith("$")), default=None)
    if at is None or price is None or price < at or any(re.search(r"\d", c) for c in cells[price + 1:]):
        return None
    return [*cells[:at], lo[0], *cells[at: price + 1], lo[1], *cells[price + 1:]]


def _values_above_into(cells: list[str], above: list[str]) -> list[str] | None:
    """OCR'd tab cells: a row's values OCR set on a line of their own right above it, no words there
    ('| (4) | 2,621,212) | $0.33' over 'Series H Preferred Stock, par | 08/10/2018 | Common Stock, par | By
    B. Riley Principal'), the row itself showing no amount: the markers go after the row's dates, the
    amounts and prices before its nature (its last cell opening with 'By'/'See', else at its end).
    None when the row shows a number of its own (but dates and markers) or the line no amount."""
    vals = [c.strip(" |") for c in above if c.strip(" |")]
    if (not vals or not re.match(r"\W*[A-Za-z]{3}", cells[0])
            or any(re.search(r"\d", _PARENS.sub(" ", _dates_off(c))) for c in cells[1:])):
        return None  # the row shows a number of its own besides its dates and markers
    marks = [c for c in vals if _MARKS_ONLY.fullmatch(c)]
    amounts = [c for c in vals if c not in marks]
    if not any(_WHOLE_AMOUNT.search(c) for c in amounts):
        return None
    dated = max((k for k, c in enumerate(cells) if _FULL_DATE.search(c)), default=0) + 1
    nature = len(cells) - 1 if len(cells) > 1 and _NATURE_START.match(cells[-1]) else len(cells)
    if nature < dated:
        return None
    return [*cells[:dated], *marks, *cells[dated:nature], *amounts, *cells[nature:]]


def _title_over_values(upper: list[str], lower: list[str]) -> list[str] | None:
    """OCR'd tab cells of one row OCR split over two lines by baseline, the upper line its title's first
    words and the nature's last ('Common | Trust'), no number, the line under it the amount and the
    nature's first words ('76,750 | By'), no title: one row, the title, the lower line's values, then the
    nature's words in reading order (the lower's before the upper's). None for other shapes."""
    up = [c.strip() for c in upper if c.strip()]
    lo = [c.strip() for c in lower if c.strip()]
    if (len(up) < 2 or not lo or not _all_title_words(up[0]) or any(re.search(r"\d", c) for c in up)
            or not all(re.search(r"[A-Za-z]{3}", c) for c in up[1:])
            or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?(?:\(\d{1,2}\))*", lo[0]) or any(_FULL_DATE.search(c) for c in lo)):
        return None
    values = [c for c in lo if not re.search(r"[A-Za-z]{2}", c)]
    words = [c for c in lo if c not in values]
    if not words or not _NATURE_START.match(words[0]) or values != lo[: len(values)]:
        return None
    return [up[0], *values, " ".join([*words, *up[1:]])]


def _values_over_title(upper: list[str], lower: list[str]) -> list[str] | None:
    """OCR'd tab cells: a holding's amount (its form letter and markers maybe smeared after it) OCR set on
    the line above its title, the title alone below ('198,668) FO' over 'Common Stock'): one row, the
    title first. None unless the upper line opens with an amount, holds more than it (its form letter,
    markers) but no word of three letters, and the lower is title words alone."""
    up = [c.strip() for c in upper if c.strip()]
    lo = [c.strip() for c in lower if c.strip()]
    if (not up or len(lo) != 1 or not _all_title_words(lo[0]) or re.search(r"\d", lo[0])
            or not re.match(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\S*/)", up[0])
            or any(re.search(r"[A-Za-z]{3}", c) or _FULL_DATE.search(c) for c in up)
            or _WHOLE_AMOUNT.fullmatch(" ".join(up))):
        return None  # (an amount alone may be the row above's, its last amount OCR'd a line lower)
    return [lo[0], *up]


_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def _kept_cells(ln: Line) -> list[tuple[str, int]]:
    """A positioned line's cells with their columns, blanks and lone rules left out."""
    return [(c, o) for c, o in zip(ln.cells, ln.offsets or [], strict=False) if c.strip() and c.strip() != "|"]


def _values_over_title_words(up: list[tuple[str, int]], low: list[tuple[str, int]], col2_x: int) -> bool:
    """Positioned OCR: a line of a row's values alone (nothing under column 1; a price or an amount, its
    date maybe) over a line of title words alone (no digit): on a page whose drift sets values above their
    titles (`_values_lead`), one row."""
    return (bool(up) and bool(low) and up[0][1] >= col2_x - 1 and low[0][1] < col2_x - 1
            and any(_VALUE_OR_PRICE.search(c) for c, _ in up)
            and re.match(r"\W*[A-Za-z]{3}", low[0][0]) is not None
            and not any(re.search(r"\d", c) for c, _ in low) and all(o < col2_x - 1 for _, o in low))


def _mark_before_date(cells: list[str], date_text: str) -> bool:
    """OCR'd tab cells: whether the cell right before the one holding ``date_text`` is a lone mark past the
    title's cell ('Stock Option (right | | | 05/19/2024', '... (right | ® | 02/21/2028'): a rule, a smeared
    marker or one digit, no price or words."""
    at = next((k for k, c in enumerate(cells) if c.strip().startswith(date_text)), None)
    if at is None or at < 1:
        return False
    before = cells[at - 1].strip()
    if at - 1 == 0:  # the mark glued to the title's cell past a rule ('Stock Option (right | ®')
        m = re.search(r"[A-Za-z]\W*\|\s*(\S{0,2})$", before)
        return m is not None and not re.search(r"[A-Za-z$]", m.group(1))
    return bool(re.fullmatch(r"\|?\s*(?:[|®©@°*]|\d|\(\d{1,2}\))", before))  # ('| 4': the rule kept before it)


def _heading_debris(text: str, below: str) -> bool:
    """OCR'd tab cells: a line of the column headings' debris ('1 | | | | dooms)': a lone digit, bars, a
    misread word) right over the headings' own line ('Code | V | (A) | (D) | Date ...'): no row, which
    shows a date, an amount or a price, and never stands above the column headings."""
    if not (re.search(r"\bCode\b", below) and re.search(r"\(A\)|\(D\)", below)):
        return False
    if re.search(r"\d/\d|\d,\d{3}|\$\s?\d|\d\.\d|\d{3}", text):
        return False
    return len(re.findall(r"[A-Za-z]{3,}", text)) <= 1


def _dated_values_above(cells: list[str], above: list[str]) -> list[str] | None:
    """OCR'd tab cells of a Table I row split by baseline: its date, price and amount owned on the line
    above ('| 01/26/2020 | $64.73 | 27,050'), its title, code and amount below ('Common | F | 434'), the
    row showing no date of its own: the title, the date, the code and amount, then the price and the
    amount owned. None for other shapes."""
    vals = [c.strip(" |") for c in above if c.strip(" |")]
    row = [c.strip() for c in cells if c.strip()]
    if (len(vals) < 2 or not _FULL_DATE.fullmatch(vals[0]) or any(_FULL_DATE.search(c) for c in vals[1:])
            or not vals[1].startswith("$") or len(row) < 2 or any(_FULL_DATE.search(c) for c in row)
            or not re.fullmatch(r"[A-Z]", row[1]) or row[1] not in _CODES
            or not all(re.fullmatch(r"[\d,.]+|[AD]", c) for c in row[2:])):
        return None
    return [row[0], vals[0], *row[1:], *vals[1:]]


_DEBRIS_CELL = re.compile(r"[a-z]{1,2}|[^\w$]{1,3}")
"""OCR debris in a cell of its own: one or two small letters, a glyph ('a', 'ee', '|')."""


def _values_with_debris(cells: list[str]) -> list[str] | None:
    """OCR'd tab cells: the values of a line that opens with a value (a whole amount or a date, maybe
    its marker smeared after it: '51,4120)', '05/04/2018)') and shows no word but debris in cells of its
    own ('51,4120) | a | ee | ee'): a row's upper half, no row. None for other lines."""
    cs = [c.strip() for c in cells if c.strip()]
    vals = [c for c in cs if not _DEBRIS_CELL.fullmatch(c)]
    if (len(vals) == len(cs) or not vals or vals[0] != cs[0] or _TWO_LETTERS.search(" ".join(vals))
            or not (_WHOLE_AMOUNT.match(vals[0]) or _FULL_DATE.match(vals[0]))):
        return None
    return vals


def _debris_line(cells: list[str]) -> bool:
    """OCR'd tab cells: a line of a table rule's bars and specks around a number ('| | || | 27] A | oD |',
    '| | CA | || | A | 80 | =D'): specks of two letters but no word of three anywhere (no title, nature or
    heading), and its first cell no value either (a line opening with a date or an amount may be a row's
    upper half)."""
    cs = [c.strip() for c in cells if c.strip()]
    return (len(cs) > 1 and not re.search(r"\d", cs[0]) and not any(_THREE_LETTERS.search(c) for c in cs)
            and any(_TWO_LETTERS.search(c) for c in cs))  # (without letters: values alone, kept for the row below)


def _t2_value_above(cells: list[str], above: list[str]) -> list[str] | None:
    """OCR'd tab cells of a Table II row split by baseline, one value on the line above its title
    (debris beside it dropped): a date where the row shows one date only goes before it (the date
    exercisable over the expiration date); an amount where the row shows none but its price goes after
    the underlying title (the last cell of words past the dates). None for other shapes."""
    vals = [c.strip() for c in above if c.strip()]
    row = [c.strip() for c in cells if c.strip()]
    if len(vals) != 1 or len(row) < 3 or not _all_title_words(_PARENS.sub(" ", row[0])):
        return None
    dates = [k for k, c in enumerate(row) if _FULL_DATE.search(c)]
    if _FULL_DATE.match(vals[0]):
        return [*row[: dates[0]], vals[0], *row[dates[0]:]] if len(dates) == 1 and dates[0] > 0 else None
    if not dates or any(_WHOLE_AMOUNT.search(c) for c in row if not c.startswith("$")):
        return None
    words = [k for k in range(dates[-1] + 1, len(row)) if re.search(r"[A-Za-z]{3}", row[k])]
    if not words:
        return None
    return [*row[: words[0] + 1], vals[0], *row[words[0] + 1:]]


def _nature_cell(cells: list[str]) -> int | None:
    """The index of a row's nature of ownership among OCR'd tab cells: its last cell of words (past
    marker-only cells), when that is no title ('Trust®', 'footnotes)') and has no leading 'By'/'See'."""
    k = len(cells) - 1
    while k > 0 and not re.search(r"[A-Za-z]{3}", cells[k]):
        k -= 1
    m = re.match(r"\W*([A-Za-z]{3,})", cells[k]) if k > 0 else None
    if m is None or m.group(1).lower() in _TITLE_WORDS or m.group(1) in ("By", "See"):
        return None
    return k


class TableRows:
    """Table I and II rows: a part of `Reader`, whose state it shares."""

    # -- tables ------------------------------------------------------------------------------------
    def _table_rows(self, start: int, end: int) -> list[Line]:
        """Data rows of a table section (lines with dates/amounts), with wrapped text merged."""
        rows: list[Line] = []
        table1 = self.t1 is not None and start == self.t1 + 1
        multi_wrapped: set[int] = set()  # rows whose OCR'd tab cells wrapped in several columns
        data = re.compile(r"\d{1,3},\d{3}|\$\s?\d|\d/\d|/\d{4}|\d\.\d|(?<![\w.(])\d+(?![\w.)])")
        # positioned input: numbers under the "Nature of Indirect Beneficial Ownership" column
        # (a trust's year, an LLC's number) do not make a line a new row
        nature_x = col2_x = None
        for i in range(start, min(end, start + 14)):
            ln = self.lines[i]
            if ln.offsets is not None:
                for c, off in zip(ln.cells, ln.offsets, strict=False):
                    if _NATURE_LABEL.match(c):
                        nature_x = off
                    if _LABEL_TWO.match(c) and col2_x is None and (self.fmt != "ocr" or off >= _COL2_MIN):
                        col2_x = off
                    if self.fmt == "ocr":
                        # OCR joins labels across a table rule ('... (Instr. | 2. Date Exercisable ...'):
                        # the label starts where it stands inside the cell
                        m2 = _LABEL_TWO_AFTER_RULE.search(c)
                        if m2 and col2_x is None:
                            col2_x = off + m2.start(1)
                        mn = _NATURE_LABEL_AFTER_RULE.search(c)
                        if mn and nature_x is None:
                            nature_x = off + mn.start(1)
        if col2_x is None and self.fmt == "ocr":
            col2_x = self._ocr_col2(start, end)
        halves = self._upper_halves(start, end, col2_x) if self.fmt == "ocr" and col2_x is not None else {}
        lifted: set[int] = set()  # Table II title lines its values were lifted onto (every field uncertain)
        if self.fmt == "ocr" and col2_x is not None and not table1 and (
                lift := self._t2_values_over_titles(start, end, col2_x)):
            halves = lift
            lifted = {k for k, v in halves.items() if v is not None}
        nature_parts: dict[int, tuple[int, int, int, int]] = {}  # positioned OCR: a row's last wrapped nature words
        last_row_at = -2  # the line the last row started on
        values_above: tuple[int, list[str]] | None = None  # OCR'd tab cells: the last line of values alone
        merged_above = False
        words_below: set[int] = set()  # lines already merged into the line above them
        for i in range(start, end):
            if i in halves and halves[i] is None:
                continue  # the upper half of the next line's row: joined to it there
            ln = halves.get(i) or self.lines[i]
            if i in lifted:
                merged_above = True  # the row's values came from the lines above its title: a guess
            if i in words_below:
                continue  # the row's lower line, merged into the line above it (_title_over_values)
            if (self.fmt == "ocr" and ln.offsets is None and i + 1 < end and self.lines[i + 1].offsets is None
                    and (joined := _title_over_values(ln.cells, self.lines[i + 1].cells)
                         or _values_over_title(ln.cells, self.lines[i + 1].cells)) is not None):
                ln = Line(joined)
                words_below.add(i + 1)
                merged_above = True
            t = ln.text
            if not t.strip():
                continue
            title_only = False
            forced_wrap = ""
            if ln.offsets is not None and col2_x is not None:
                in_title = [c for c, off in zip(ln.cells, ln.offsets, strict=False) if off < col2_x - 1 and c.strip()]
                if not in_title:
                    t = " "  # nothing under column 1: not a new row
                elif len(in_title) == len([c for c in ln.cells if c.strip()]):
                    title_only = True
            if nature_x is not None and ln.offsets is not None and t.strip():
                t = " ".join(c for c, off in zip(ln.cells, ln.offsets, strict=False) if off < nature_x - 2)
                t = t if t.strip() else " "
            if title_only and rows:
                t = "x"  # a wrapped title ("par value $0.01") continues the row above
                if self.fmt == "ocr" and _PAR_WRAP.fullmatch(ln.text.strip()):
                    forced_wrap = "x"  # its par value alone on its line ('$0.001'): no letters, still the title's
            elif rows and ln.offsets is not None and t.strip():
                cells = [c for c in ln.cells if c.strip()]
                numeric = [k for k, c in enumerate(cells) if data.search(_PARENS.sub(" ", c))]
                offs = [off for c, off in zip(ln.cells, ln.offsets, strict=False) if c.strip()]
                holding = (
                    # a title under column 1 and a whole amount ('6,649') before the nature column: a
                    # holding row whose ownership form OCR dropped, not wrapped words
                    col2_x is not None and offs[0] < col2_x - 1 and len(cells) == 2
                    and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", cells[-1].strip())
                    and (nature_x is None or offs[-1] < nature_x - 2)
                )
                if len(numeric) == 1 and numeric[0] == len(cells) - 1 and len(cells) > 1 and not holding:
                    t = "x"  # only the last column holds a number: wrapped text ("2021 Charitable Trust")
                elif col2_x is not None and not any(
                    data.search(_PARENS.sub(" ", c)) and not _WORDY.search(_PARENS.sub(" ", c))
                    for c, off in zip(ln.cells, ln.offsets, strict=False)
                    if off >= col2_x - 1 and (nature_x is None or off < nature_x - 2)
                ) and not (self.fmt == "ocr" and _title_and_date(cells, offs, rows[-1])):
                    t = "x"  # numbers only under the title ("Holdings 2019, LP"): wrapped text
                elif self.fmt == "ocr" and last_row_at == i - 1 and _lower_half(rows[-1], ln):
                    t = "x"  # the row's other half, OCR'd on a baseline of its own: its cells join the row's
            elif rows and self._tab_wrap_with_year(ln, rows[-1]):
                t = forced_wrap = "x"  # OCR'd tab cells: a nature's wrap holding a year ('Common | Common | 2021')
            elif (rows and (self.fmt == "ocr" or self.cut_cells) and ln.offsets is None and rows[-1].offsets is None
                  and len([c for c in ln.cells if c.strip()]) == 1 and _PAR_WRAP.fullmatch(ln.text.strip())
                  and set(re.sub(r"[^a-z ]", " ", ln.text.lower()).split()) <= _TITLE_WORDS):
                # OCR'd tab cells, or cells cut at guessed edges (PyMuPDF4LLM): a title's par value wrapped
                # alone ('$0.001', 'Stock, $0.01', 'Stock, par value $0.001')
                t = forced_wrap = "x"
            elif (rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None
                  and _INITIALS_LINE.fullmatch(ln.text)):
                # OCR'd tab cells: a wrapped nature's or title's initials alone ('L.P.', its last dot lost or
                # its letter read small: 'L.P', 'L.p')
                t = forced_wrap = "x"
            elif (rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None
                  and _ONE_CAPITAL_LINE.fullmatch(ln.text) and rows[-1].cells
                  and re.search(r"\bClass$", _title_part(rows[-1].cells[0]).strip())):
                # OCR'd tab cells: the class letter of a title wrapped after 'Class' alone on its line
                # ('Common' | 'Stock Class' | 'A')
                t = forced_wrap = "class"
            elif (rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None and rows[-1].cells
                  and len(ln.cells) > 1 and re.fullmatch(r"\s*[A-H]\s*", ln.cells[0])
                  and re.search(r"\b(?:Class|Series)$", _title_part(rows[-1].cells[0]).strip())):
                # OCR'd tab cells: the row's lower half on a line of its own, opening with the class letter of
                # its title cut after 'Series' ('Series | (4) | 07/08/2019 ...' over 'A | 4,702 | Common | ...'):
                # no row of its own (a title is never one letter); without columns its values cannot be put
                # back among the row's, so only its words go on (the letter to the title)
                merged = _merge_lower_half(rows[-1].cells, ln.cells)
                if merged is not None:
                    # the lower half's code, amount and A/D go after the row's date, its other values after
                    # the underlying title: every value of the row is then uncertain
                    rows[-1].cells = merged
                    self.halves_merged.add(id(rows[-1]))
                    continue
                ln = Line([c for k, c in enumerate(ln.cells) if not k or _wrapped_words(c)])
                t = forced_wrap = "class" if len(ln.cells) == 1 else "words"
            elif (rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None
                  and _words_with_glued_marker(ln)):
                t = forced_wrap = "words"  # OCR'd tab cells: a nature's last words, its marker glued ('L.P@4')
            elif (rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None
                  and _plan_wrap_cells(ln)):
                t = forced_wrap = "words"  # OCR'd tab cells: a title's last word beside a nature's '401(k)'
            elif rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None and _par_wrap_cells(ln):
                t = forced_wrap = "par"  # OCR'd tab cells: titles' par values wrapped with other columns' words
            elif rows and self.fmt == "ocr" and ln.offsets is None and rows[-1].offsets is None and _text_wrap_line(ln):
                t = forced_wrap = "words"  # OCR'd tab cells: words of several columns wrapped, a digit among them
            low = t.lower()
            is_head = bool(
                _HEAD_WORDS.search(low)
                or _AD_HEADINGS.search(t)  # the amount's column headings, OCR'd with others ('1(A) | (D)',
                # its 'D' lost: '1(A) | |()')
                or _CODE_V_HEADING.match(t)  # the code column's heading 'Code V', OCR'd with others
                or _TRANSACTIONS_HEADING.search(t)  # column 9's heading ('Reported Transaction(s)') OCR'd with others
                or (self.fmt == "ocr" and _heading_line(ln.text))
            )
            if (not is_head and rows and last_row_at == i - 1 and self.fmt == "ocr" and ln.offsets is None
                    and rows[-1].offsets is None and not forced_wrap
                    and (at := _code_below(rows[-1].cells, ln.text)) is not None):
                # OCR'd tab cells: the row's code letter OCR set alone on the line below ('Common | 10/31/2019 |
                # 153 | $30.30 | 5,189' over 'F'): the row shows no code between its date and its amount
                rows[-1].cells.insert(at, ln.text.strip())
                self.code_below.add(id(rows[-1]))
                continue
            if (not is_head and rows and last_row_at == i - 1 and self.fmt == "ocr" and ln.offsets is None
                    and rows[-1].offsets is None and not forced_wrap
                    and (merged := _code_and_owned_below(rows[-1].cells, ln.cells)) is not None):
                rows[-1].cells = merged  # the row's code and amount owned, OCR'd a line below the rest
                self.halves_merged.add(id(rows[-1]))
                last_row_at = i
                continue
            if (not is_head and rows and last_row_at == i - 1 and self.fmt == "ocr" and ln.offsets is None
                    and rows[-1].offsets is None and (merged := _split_row(rows[-1].cells, ln.cells)) is not None):
                rows[-1].cells = merged  # one row OCR split over two lines by its cells' baselines
                last_row_at = i
                continue
            if (not is_head and rows and last_row_at == i - 1 and self.fmt == "ocr" and ln.offsets is None
                    and rows[-1].offsets is None and not forced_wrap
                    and (merged := _merge_date_half(rows[-1].cells, ln.cells, table1)) is not None):
                rows[-1].cells = merged  # the row's lower half opens with its date: no row of its own
                self.halves_merged.add(id(rows[-1]))
                last_row_at = i
                continue
            if (not is_head and self.fmt == "ocr" and ln.offsets is None and i + 1 < end
                    and _heading_debris(ln.text, self.lines[i + 1].text)):
                continue  # OCR'd tab cells: heading debris right over the column headings' line
            if (not is_head and self.fmt == "ocr" and ln.offsets is None
                    and (vals := _values_with_debris(ln.cells)) is not None):
                values_above = (i, vals)  # OCR'd tab cells: a row's upper half, its debris dropped
                continue
            if (not is_head and self.fmt == "ocr" and ln.offsets is None and not forced_wrap
                    and _debris_line(ln.cells)):
                continue  # OCR'd tab cells: rules and specks around a number, no title ('| | || | 27] A | oD |')
            if (not is_head and rows and self.fmt != "ocr" and len(rows[-1].cells) == 1 and len(ln.cells) == 1
                    and _YEAR_AMONG_WORDS.fullmatch(ln.text.strip())
                    and (spread := _flat_wraps_spread(rows[-1].cells[0], ln.text)) is not None):
                # a flat row's wrapped line whose only number is a year among words ('Stock Stock 2021' of
                # '... I SMB Pacific' + '2021 Charitable Trust'): the titles' and the nature's words, no row
                rows[-1].cells[0] = spread
                self.flat_wrapped.add(id(rows[-1]))
                continue
            if not is_head and data.search(_asides_off(t)) and _TWO_LETTERS.search(t):
                last_row_at = i
                cells, offsets = list(ln.cells), list(ln.offsets) if ln.offsets is not None else None
                if self.fmt == "ocr" and offsets is not None and cells:
                    cells, offsets = _mark_off_title(*_join_title_cells(cells, offsets, col2_x))
                elif self.fmt == "ocr" and cells:
                    cells = _mark_off_title(cells, [0] * len(cells))[0]  # OCR'd tab cells: no offsets to keep
                    cells = _title_split_at_gap(cells)
                    if values_above is not None and values_above[0] == i - 1 and (
                            merged := _values_above_into(cells, values_above[1])
                            or _dated_values_above(cells, values_above[1])
                            or (None if table1 else _t2_value_above(cells, values_above[1]))) is not None:
                        cells = merged
                        merged_above = True
                rows.append(
                    Line(
                        cells,
                        offsets,
                        [len(c) for c in cells] if offsets is not None else None,
                        ln.looked,
                    )
                )
                if merged_above:
                    self.halves_merged.add(id(rows[-1]))
                    merged_above = False
            elif (not is_head and self.fmt == "ocr" and ln.offsets is None and not _TWO_LETTERS.search(ln.text)
                  and _WHOLE_AMOUNT.search(ln.text)):
                values_above = (i, list(ln.cells))  # OCR'd tab cells: values only, maybe the next row's upper half
            elif (
                rows
                and not is_head
                and (
                    _TWO_LETTERS.search(ln.text) or forced_wrap
                    or (ln.offsets is not None and (t == " " or re.search(r"[A-Za-z]", ln.text)))
                    # a flat row's nature wrapped onto its last initials ('Rankin Associates I,' | 'L.P.')
                    or (self.fmt != "ocr" and len(rows[-1].cells) == 1 and len(ln.cells) == 1
                        and _INITIALS_MARKED_LINE.fullmatch(ln.text) is not None)
                )
                and not data.search(_asides_off(t))
            ):
                # a wrapped title or nature line belongs to the row above
                prev = rows[-1]
                if ln.offsets is not None and prev.offsets is not None:
                    for c, off in zip(ln.cells, ln.offsets, strict=False):
                        if not c.strip():
                            continue
                        best = None
                        for ci, (pc, po) in enumerate(zip(prev.cells, prev.offsets, strict=False)):
                            if po - 2 <= off <= po + max(len(pc), 4):
                                best = ci
                        if best is None and self.fmt == "ocr":
                            best = next((ci for ci, (pc, po) in enumerate(zip(prev.cells, prev.offsets, strict=False))
                                         if _goes_on_after(pc, po, c, off)), None)
                        if (best is None and col2_x is not None and off < col2_x - 1 and prev.offsets
                                and prev.offsets[0] < col2_x - 1):
                            best = 0  # left of column 2, past the title's short first word: the title's wrap
                        dm = _SPACE_DATE.search(prev.cells[best]) if best == 0 else None
                        if dm is not None:
                            # the title cell also holds the date (one space apart): the wrap goes to the title
                            pc = prev.cells[0]
                            prev.cells[0] = pc[: dm.start()] + " " + c + pc[dm.start():]
                        elif best is not None:
                            # (the nature is the last column: a number in it ('By 70', '401(k)') is its own)
                            in_nature = nature_x is not None and prev.offsets[best] >= nature_x - 2
                            if self.fmt == "ocr" and (in_nature or _last_words(prev.cells, best)):
                                best = self._nature_wrap(prev, best, c, off, i, nature_parts)
                            else:
                                prev.cells[best] = (_wrap_into(prev.cells[best], prev.offsets[best], c, off)
                                                    if self.fmt == "ocr" else prev.cells[best] + " " + c)
                        else:
                            pos = sum(1 for po in prev.offsets if po < off)
                            prev.cells.insert(pos, c)
                            prev.offsets.insert(pos, off)
                            if prev.widths is not None:
                                prev.widths.insert(pos, len(c))
                            if self.fmt == "ocr" and pos == len(prev.cells) - 1:
                                # words right of the row's last column's: a nature's line end OCR raised, unless
                                # words of their line went before the nature's cell ('By' | 'Sponsor')
                                started = nature_parts.get(-id(prev), (None,))[0] == i
                                nature_parts[id(prev)] = (i, pos, 0, -1 if started else off)
                            elif self.fmt == "ocr" and _last_words(prev.cells, pos + 1):
                                nature_parts[-id(prev)] = (i, pos, 0, off)  # a line's words before the nature's
                elif forced_wrap == "class":
                    prev.cells[0] = _into_title(prev.cells[0], ln.text.strip())
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None
                      and re.fullmatch(r"\s*(?:By|See)\s*", ln.text)
                      and (nk := _nature_cell(prev.cells)) is not None):
                    # OCR'd tab cells: a nature printed on two lines in a taller row ('By' over 'Trust')
                    # had its first word read after the row's line; 'By' or 'See' only starts a nature
                    prev.cells[nk] = ln.text.strip() + " " + prev.cells[nk].lstrip()
                elif (self.fmt != "ocr" and len(prev.cells) == 1 and len(ln.cells) == 1
                      and (spread := _flat_wraps_spread(prev.cells[0], ln.text)) is not None):
                    # flat text of a row ending in its nature ('... Class A 89,105 89,105 I proportionate'):
                    # the wrapped line's leading title words go one to each title, the rest to the nature
                    prev.cells[0] = spread
                    self.flat_wrapped.add(id(prev))
                elif len(prev.cells) == 1 and re.search(r"\s[DI](?:\(\d{1,2}\))*$", prev.cells[0]):
                    # flat text of a row (a table extractor lost the grid at a page break): the row
                    # ends with its D/I column, so the wrapped words are the title's ("Class A" + "Common")
                    head = prev.cells[0]
                    m = re.search(r"\s(?=\d{1,2}/\d{1,2}/\d{4}|\$?\d[\d,]*(?:\.\d+)?(?:\(\d{1,2}\))*\s)", head)
                    cut = m.start() if m else len(head)
                    prev.cells[0] = head[:cut] + " " + ln.text + head[cut:]
                    self.flat_wrapped.add(id(prev))
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None
                      and len([c for c in ln.cells if c.strip()]) > 1
                      and ((all(_wrapped_words(c) or _MARKS_ONLY.fullmatch(c.strip()) or _SHORT_NAME_WORD.fullmatch(c)
                                for c in ln.cells[1:] if c.strip())
                            and any(not _MARKS_ONLY.fullmatch(c.strip()) for c in ln.cells[1:] if c.strip()))
                           or forced_wrap in ("par", "words") or self._tab_wrap_with_year(ln, prev))):
                    # OCR'd tab cells of a wrapped line: the first is the title's, the others continue
                    # the row's other text cells in order ("Class A" + "Common" + "Stock" in column 7)
                    wrapped = [c.strip() for c in ln.cells if c.strip()]
                    # (markers in a cell of their own, last, are the nature's, the last column's: 'Debentures |
                    # share | (3)(8)(9)')
                    marks = [w for w in wrapped[1:] if _MARKS_ONLY.fullmatch(w)]
                    wrapped = [wrapped[0]] + [w for w in wrapped[1:] if not _MARKS_ONLY.fullmatch(w)]
                    later = _unfinished_title(prev.cells) if _repeats_last_word(prev.cells[0], wrapped[0]) else None
                    if later is not None:
                        # the title's own last word again ('Class B Common Stock' over 'Stock'): no title repeats
                        # it, so it ends the later title still open ('Class A Common'), its columns after it
                        prev.cells[later] = prev.cells[later] + " " + wrapped[0]
                        wrapped = [prev.cells[0], *wrapped[1:]]
                    else:
                        prev.cells[0] = _into_title(prev.cells[0], wrapped[0])
                    # (a cell of dates that ends in words, '06/01/2014 | 06/01/2023 | Common', its rule
                    # maybe read as '}', is the underlying security's title glued behind them: it continues too)
                    # (the nature's first words may be short or hold a number: 'By', 'By 70')
                    # (the last cell, a nature, may hold a number inside: 'Through 401(k)')
                    # (a code smeared with its markers into capitals, 'JOE)' for J(1)(2), is no text column)
                    texts = [k for k, c in enumerate(prev.cells) if k > (later or 0)
                             and not _CODE_WITH_MARKERS.fullmatch(c) and (
                        _is_text_cell(_YEAR.sub(" ", c)) or _NATURE_START.match(c) or _glued_title(c)
                        or _AMOUNT_THEN_WORDS.search(c)
                        or (k == len(prev.cells) - 1 and re.match(r"\W*[A-Za-z]{3,}\s", c) is not None))]
                    if len(wrapped) - 1 < len(texts):
                        # fewer wrapped cells than text columns: a finished title ('Common Stock') has
                        # ended, so the words go to the columns still going on (the nature, last)
                        texts = [k for k in texts if k == texts[-1] or not _TITLE_END.search(
                            _cell_words(prev.cells[k]))]
                        texts = _past_title_columns(prev.cells, texts, wrapped[1:])
                    for k, w in zip(texts, wrapped[1:], strict=False):
                        span = _glued_title(prev.cells[k])
                        prev.cells[k] = (f"{prev.cells[k][:span[1]]} {w}{prev.cells[k][span[1]:]}" if span
                                         else prev.cells[k] + " " + w)
                    if marks and texts and (_NATURE_START.match(prev.cells[texts[-1]]) or _nature_cell(prev.cells)):
                        prev.cells[texts[-1]] += " " + " ".join(marks)
                    multi_wrapped.add(id(prev))
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None and id(prev) in multi_wrapped
                      and (len(prev.cells) > 3 or len(prev.cells) > 1 and _TITLE_END.search(_title_part(prev.cells[0])))
                      and not _closes_title(prev.cells[0], ln.cells[0])
                      and (_is_text_cell(_YEAR.sub(" ", re.sub(r"(?<=[A-Za-z] )\d{1,2}/\d{1,2}/\d{4}", " ",
                                                                 prev.cells[-1])))
                           or _NATURE_START.match(prev.cells[-1]))
                      and not (set(re.sub(r"[^a-z ]", " ", ln.text.lower()).split()) <= _TITLE_WORDS
                               and re.search(r"[A-Za-z]{3}", ln.text)
                               and (not _TITLE_END.search(_title_part(prev.cells[0]))
                                    or _unfinished_title(prev.cells) is not None))):
                    # the columns wrapped together, then only one went on: the last text column (the
                    # nature of ownership, the longest), not the title; unless the line is title words
                    # ('Stock') and the title, or a later one, is unfinished ('Class A Common'); a holding row has fewer
                    # cells, so there the title must be finished ('Common Stock')
                    prev.cells[-1] = prev.cells[-1] + " " + ln.text
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None and len(prev.cells) > 1
                      and _TITLE_END.search(_title_part(prev.cells[0]))
                      and _all_title_words(ln.text)
                      and not _closes_title(prev.cells[0], ln.cells[0])
                      and (unfinished := _unfinished_title(prev.cells)) is not None):
                    # OCR'd tab cells: title words wrapped alone ('Stock') when the title is finished
                    # ('Stock Option') go on with the later title that is not ('Class A Common')
                    prev.cells[unfinished] = prev.cells[unfinished] + " " + ln.text.strip()
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None and id(prev) in multi_wrapped
                      and _TITLE_END.search(_title_part(prev.cells[0])) and _is_text_cell(ln.text)
                      and not _all_title_words(ln.text) and (last := _last_open_words(prev.cells)) is not None):
                    # OCR'd tab cells: words wrapped alone ('Partner') when the title has ended go on with
                    # the row's last words, unfinished, that no nature follows ('Units of Limited')
                    prev.cells[last] = prev.cells[last] + " " + ln.text.strip()
                elif (self.cut_cells and ln.offsets is None and prev.offsets is None and len(ln.cells) == 1
                      and len(prev.cells) >= 4 and re.search(r"[A-Za-z]{2}", prev.cells[-1])
                      and re.fullmatch(r"I(?:\(\d{1,2}\))*", prev.cells[-2].strip())
                      and _TITLE_END.search(prev.cells[0]) and not _all_title_words(ln.text)):
                    # a paragraph line under a row that ends with the form letter 'I' and its nature, the
                    # title ended ('Class B Common Stock'): the nature ran past the page's end
                    prev.cells[-1] = prev.cells[-1] + " " + ln.text.strip()
                elif self.cut_cells and ln.offsets is None and prev.offsets is None and _goes_on_by_cell(
                        prev, ln := _merged_as_above(prev, ln)):
                    # a markdown table's cells are its columns: a row's text columns wrapped past a page's
                    # end open the next page's table in the same cells ('Option' under the title, 'Stock'
                    # under the underlying title 'Common'); each goes on with the cell above it
                    for k, c in enumerate(ln.cells):
                        if c.strip():
                            prev.cells[k] = _words_before_stacked_amount(prev.cells[k], c.strip())
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None and len(prev.cells) > 2
                      and len([c for c in ln.cells if c.strip()]) == 1
                      and _TITLE_END.search(_title_part(prev.cells[0]).strip())
                      and not _all_title_words(ln.text) and not _closes_title(prev.cells[0], ln.text)
                      and _is_text_cell(prev.cells[-1]) and _unfinished_title(prev.cells) is None):
                    # OCR'd tab cells: words wrapped alone under a row whose title has ended ('Common Stock')
                    # and whose last cell is words (the nature: 'This describes the' over 'nature of the'):
                    # they go on with the nature, not the finished title
                    prev.cells[-1] = prev.cells[-1] + " " + ln.text.strip()
                else:
                    if prev.cells and self.fmt == "ocr" and _date_in_title(prev.cells[0]):
                        prev.cells[0] = _into_title(prev.cells[0], ln.text)
                    elif prev.cells and self.cut_cells and (at := _stacked_after_title(prev.cells[0])) is not None:
                        # cut cells stacking the title's markers and date under it ('Common Stock (4)
                        # 05/08/2020'): a line below the row goes on with the title, before them
                        pc = prev.cells[0]
                        prev.cells[0] = pc[:at].rstrip() + " " + ln.text.strip() + " " + pc[at:].lstrip()
                    else:
                        prev.cells[0] = prev.cells[0] + " " + ln.cells[0] if prev.cells else ln.cells[0]
        return rows

    @staticmethod
    def _nature_wrap(prev: Line, best: int, word: str, off: int, i: int,
                     parts: dict[int, tuple[int, int, int, int]]) -> int:
        """Positioned OCR: words of a wrapped nature of ownership (column 7/11, the last) go on with the row's
        nature in the order they were printed. A word at the column's left edge starts a printed line of the
        nature: it goes on after the nature's last cell ('By | Riley Principal' then 'Investments, LLC'). A
        word wholly left of the words the line above added, not under them (and none of that line left of
        them), is the start of that same printed line which OCR set on a baseline of its own (a marker raised
        its end: 'LLC(3)' over 'Aggregator,'): it goes before them. ``parts`` keeps, per row, the last words
        added (line, cell, place in the cell, column), and under the row's negated id the line whose words
        went in a cell of their own before the nature's. Returns the cell the words went into."""
        assert prev.offsets is not None
        nature = [k for k in range(best, len(prev.cells)) if prev.cells[k].strip()]
        if off <= prev.offsets[best] + 2 and nature[-1] != best:
            best = nature[-1]  # a new printed line of a nature cut in cells at a wide gap
        cell = prev.cells[best]
        last = parts.get(id(prev))
        if (last is not None and last[0] < i and last[1] == best and off + len(word.rstrip()) <= last[3]
                and not re.search(r"\d", word)):
            at = last[2]
            prev.cells[best] = f"{cell[:at]}{word} {cell[at:]}"
            parts[id(prev)] = (i, best, at, off)
        else:
            prev.cells[best] = cell + " " + word
            if last is None or last[:2] != (i, best):  # (a line's later words keep its first words' place)
                # (words after others of their line set before the nature's cell, 'By' | 'Sponsor', start no
                # raised line end)
                parts[id(prev)] = (i, best, len(cell) + 1, -1 if parts.get(-id(prev), (None,))[0] == i else off)
        return best

    def _upper_halves(self, start: int, end: int, col2_x: int) -> dict[int, Line | None]:
        """Positioned OCR: one row read on two baselines, its upper line without the title ('| 01/26/2020
        ... $64.73 ... 27,050' over 'Common ... F ... 434'; 'iS ... $640.895' over 'Class A 10/02/2015 ...
        913 ... 8,022'). The upper line holds nothing under column 1 and the line under it starts with a
        title; one of the two holds the row's date, and the cells of each sit in the gaps between the
        other's. The two are one row: {upper line: None, lower line: the row's cells joined}. Not when the
        upper line is as well the lower half of the row above (`_lower_half`)."""
        out: dict[int, Line | None] = {}
        lead = self._values_lead(start, end, col2_x)
        for i in range(start, end - 1):
            up, low = self.lines[i], self.lines[i + 1]
            if up.offsets is None or low.offsets is None or i in out:
                continue
            ucells = [(c, o) for c, o in zip(up.cells, up.offsets, strict=False) if c.strip() and c.strip() != "|"]
            lcells = [(c, o) for c, o in zip(low.cells, low.offsets, strict=False) if c.strip() and c.strip() != "|"]
            if (self._title_over_amount(i, ucells, lcells, col2_x, start)
                    or self._amount_over_title(i, ucells, lcells, col2_x, start, end)
                    or (lead and _values_over_title_words(ucells, lcells, col2_x))):
                both = sorted(ucells + lcells, key=lambda x: x[1])
                out[i] = None
                out[i + 1] = Line([c for c, _ in both], [o for _, o in both], [len(c) for c, _ in both], low.looked)
                continue
            if len(ucells) < 2 or len(lcells) < 2 or ucells[0][1] < col2_x - 1 or lcells[0][1] >= col2_x - 1:
                continue
            if not re.match(r"[A-Za-z]{3}", lcells[0][0].strip()):
                continue
            udate = any(_FULL_DATE.search(c) for c, _ in ucells)
            ldate = any(_FULL_DATE.search(c) for c, _ in lcells)
            if udate == ldate or not any(re.search(r"\$\s?\d|\d,\d{3}|\d\.\d", c) for c, _ in ucells):
                continue
            spans = [(o, o + len(c.rstrip())) for c, o in lcells]
            if any(a <= o < b or o <= a < o + len(c.rstrip()) for c, o in ucells for a, b in spans):
                continue
            prev = next((self.lines[k] for k in range(i - 1, start - 1, -1) if self.lines[k].text.strip()), None)
            if prev is not None and _lower_half(prev, up):
                continue
            both = sorted(ucells + lcells, key=lambda x: x[1])
            out[i] = None
            out[i + 1] = Line([c for c, _ in both], [o for _, o in both], [len(c) for c, _ in both], low.looked)
        return out

    def _ocr_col2(self, start: int, end: int) -> int | None:
        """Positioned OCR whose '2.' heading was misread ('2:', '2,'): column 2 starts at that label. (Not
        at the leftmost date when the label is lost: measured, rows read without a column 2 fare better.)"""
        for i in range(start, min(end, start + 14)):
            ln = self.lines[i]
            for c, off in zip(ln.cells, ln.offsets or [], strict=False):
                if _OCR_LABEL_TWO.match(c) and off >= _COL2_MIN:
                    return off
        return None

    def _t2_values_over_titles(self, start: int, end: int, col2_x: int) -> dict[int, Line | None]:
        """Positioned OCR of a tilted page, Table II: its first row's values (amounts, dates, the underlying
        title's words) on lines of their own above its title line (which may hold the exercise price), no
        title before them. The drift sets every row's values above its title: each run of such lines joins
        the title line under it, {value line: None, title line: the cells joined}; every field uncertain."""
        out: dict[int, Line | None] = {}
        block: list[int] = []
        lead = None
        for i in range(start, end):
            ln = self.lines[i]
            if ln.offsets is None:
                return {}
            cells = [x for x in _kept_cells(ln) if _WORD_CHAR.search(x[0])]  # (specks, ']' and '-*', left out)
            if not cells or (lead is None and _HEAD_WORDS.search(ln.text.lower())):
                continue
            if cells[0][1] >= col2_x - 1:  # nothing under column 1
                block.append(i)
                continue
            titled = re.match(r"\W*[A-Za-z]{3}", cells[0][0]) is not None and not _heading_line(ln.text)
            dated = [k for k in block if any(_VALUE_OR_PRICE.search(c) or _FULL_DATE.search(c)
                                             for c, _ in _kept_cells(self.lines[k]))]
            if lead is None:
                if not titled or any(_HEAD_WORDS.search(x.text.lower()) for x in self.lines[i + 1: min(end, i + 12)]):
                    block = []
                    continue  # still among the headings (a title there is the wrap of Table I's last row)
                lead = (bool(dated) and any(_VALUE_OR_PRICE.search(c) for c, _ in _kept_cells(self.lines[dated[0]]))
                        and not any(_FULL_DATE.search(c) for c, _ in cells))  # (a dated title line is a row whole:
                # the line above it holds raised markers, '(1) | (a) (a)', not its values)
                if not lead:
                    return {}
                block = block[block.index(dated[0]):]  # (the headings' last words before the values stay out)
            if titled and dated:
                both = sorted([x for k in [*block, i] for x in _kept_cells(self.lines[k])], key=lambda x: x[1])
                out.update(dict.fromkeys(block))
                out[i] = Line([c for c, _ in both], [o for _, o in both], [len(c) for c, _ in both], ln.looked)
            block = []
        return out

    def _values_lead(self, start: int, end: int, col2_x: int) -> bool:
        """Positioned OCR of a tilted page: the table's first row's values (a price, an amount, its date maybe)
        on a line of their own above its title, nothing under column 1, no title line before them (the
        headings above): the page's drift sets every row's values a line above its title
        (`_values_over_title_words`)."""
        for i in range(start, end - 1):
            ln = self.lines[i]
            if ln.offsets is None:
                return False
            cells = [(c, o) for c, o in zip(ln.cells, ln.offsets, strict=False) if c.strip() and c.strip() != "|"]
            if not cells or _HEAD_WORDS.search(ln.text.lower()):
                continue
            if cells[0][1] < col2_x - 1:
                if re.match(r"\W*[A-Za-z]{3}", cells[0][0]) and not _heading_line(ln.text):
                    return False  # a title first: the values are on or below their titles
                continue
            if any(_VALUE_OR_PRICE.search(c) for c, _ in cells):
                nxt = next((x for x in self.lines[i + 1: end] if x.text.strip()), None)
                return nxt is not None and nxt.offsets is not None and _values_over_title_words(
                    cells, [(c, o) for c, o in zip(nxt.cells, nxt.offsets, strict=False) if c.strip()], col2_x)
        return False

    def _title_over_amount(self, i: int, ucells: list[tuple[str, int]], lcells: list[tuple[str, int]],
                           col2_x: int, start: int) -> bool:
        """Positioned OCR: a row's title (with any raised words, 'Common ... Trust?') on a line of its own
        with no number, and the line under it holding the row's amount with nothing under column 1
        ('76,750 ... By'), the cells of each in the gaps between the other's. The amount is not the row
        above's: that row already shows an amount in the same column (a row has one amount per column),
        so the two lines are one row of their own."""
        if (not ucells or not lcells or ucells[0][1] >= col2_x - 1 or lcells[0][1] < col2_x - 1
                or not re.match(r"[A-Za-z]{3}", ucells[0][0].strip()) or any(re.search(r"\d", c) for c, _ in ucells)
                or any(_FULL_DATE.search(c) for c, _ in lcells)):
            return False
        amounts = [(o, o + len(c.rstrip())) for c, o in lcells if _WHOLE_AMOUNT.fullmatch(c.strip())]
        if len(amounts) != 1 or any("$" in c for c, _ in lcells):
            return False  # a holding's one amount (a transaction's line shows its price, its date)
        # the title's line shows a raised word of the nature beside it, right of the amount: why it stands apart
        if not any(o > amounts[0][1] and re.match(r"[A-Za-z]{2}", c.strip()) for c, o in ucells[1:]):
            return False
        spans = [(o, o + len(c.rstrip())) for c, o in lcells]
        if any(a <= o < b or o <= a < o + len(c.rstrip()) for c, o in ucells for a, b in spans):
            return False
        above = next((self.lines[k] for k in range(i - 1, start - 1, -1) if re.search(r"\d", self.lines[k].text)), None)
        if above is None or above.offsets is None:
            return False
        return any(_WHOLE_AMOUNT.fullmatch(c.strip()) and (a <= o < b or o <= a < o + len(c.rstrip()))
                   for c, o in zip(above.cells, above.offsets, strict=False) for a, b in amounts)

    def _amount_over_title(self, i: int, ucells: list[tuple[str, int]], lcells: list[tuple[str, int]],
                           col2_x: int, start: int, end: int) -> bool:
        """Positioned OCR: a holding's amount (its marker and D/I beside it, '198,668) FO') on a line with
        nothing under column 1, over a line holding only its title ('Common Stock'), the cells of each in
        the gaps between the other's, and no date on either (a holding). The amount is not the row
        above's: there is none (the headings are above); nor is the title's own amount on the line after
        it. The two lines are one row."""
        if (not ucells or not lcells or ucells[0][1] < col2_x - 1 or lcells[0][1] >= col2_x - 1
                or not re.match(r"[A-Za-z]{3}", lcells[0][0].strip()) or any(re.search(r"\d", c) for c, _ in lcells)
                or any(_FULL_DATE.search(c) for c, _ in ucells)):
            return False
        amounts = [(o, o + len(c.rstrip())) for c, o in ucells if _WHOLE_AMOUNT.match(c.strip())]
        if len(amounts) != 1 or any("$" in c or (len(c.strip()) > 3 and not _WHOLE_AMOUNT.match(c.strip()))
                                    for c, _ in ucells):
            return False  # a holding's one amount, with its marker's smear and D/I at most (no price, no words)
        spans = [(o, o + len(c.rstrip())) for c, o in ucells]
        if any(a <= o < b or o <= a < o + len(c.rstrip()) for c, o in lcells for a, b in spans):
            return False
        after = next((self.lines[k] for k in range(i + 2, end) if self.lines[k].text.strip()), None)
        if after is not None and after.offsets is not None and re.search(r"\d", after.text) and not any(
                c.strip() and o < col2_x - 1 for c, o in zip(after.cells, after.offsets, strict=False)):
            return False  # the title's own amount under it: the line above is another row's
        # the table's first row, right under the headings (a row above would claim the amount)
        above = next((self.lines[k] for k in range(i - 1, start - 1, -1) if self.lines[k].text.strip()), None)
        return above is None or bool(_HEAD_WORDS.search(above.text.lower()))

    def _tab_wrap_with_year(self, ln: Line, prev: Line) -> bool:
        """OCR'd tab cells keep no columns, so a line of words wrapped in several columns whose last
        cell is a year ('Common | Common | 2021') looks like a row; it is wrapped words when the row
        above ends in the nature's words (a trust's name goes on with its year) and no other cell
        holds a number, a date or a D/I: a row of its own would show its amount or date."""
        if self.fmt != "ocr" or ln.offsets is not None or prev.offsets is not None:
            return False
        cells = [c.strip() for c in ln.cells if c.strip()]
        if len(cells) == 1:
            # only the year left to wrap ('2010' of 'By Renyan Tzuo 2010 Annuity Trust')
            # or a trust's date after its 'dated' ('... U/A Dtd' | '08/26/1998')
            return ((bool(re.fullmatch(r"(?:19|20)\d\d", cells[0])) and len(prev.cells) > 3
                     and bool(_NATURE_START.match(prev.cells[-1])))
                    or (bool(_FULL_DATE.fullmatch(cells[0])) and len(prev.cells) > 1
                        and re.search(r"\b(?:dtd|dated)\W*$", prev.cells[-1], re.I) is not None))
        if (len(cells) >= 2 and len(prev.cells) > len(cells) and _all_title_words(cells[0])
                and all(_is_text_cell(c) for c in cells[1:-1]) and _is_text_cell(prev.cells[-1])):
            # a trust's date among the nature's wrapped words ('Common | Dtd 08/26/1998 FBO of',
            # 'Common | 4/15/2014, Carl Doe Jr'): words on both sides of it, or two words after it
            m = re.search(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d", cells[-1])
            if m and re.search(r"[A-Za-z]{2}", cells[-1][: m.start()] + " " + cells[-1][m.end():]) and (
                    len(re.findall(r"[A-Za-z]{2,}", cells[-1])) >= 2
                    # or the date right after its 'Dtd' ('U/A Dtd 08/26/1998'): a trust's date, its words above
                    or re.search(r"\b(?:dtd|dated)\W*$", cells[-1][: m.start()], re.I)) and not re.search(
                        r"\d", _dates_off(cells[-1])):
                return True
        return (len(cells) >= 3 and len(prev.cells) > len(cells)
                and bool(re.fullmatch(r"(?:19|20)\d\d", cells[-1]))
                and all(_is_text_cell(c) for c in cells[:-1])
                and _is_text_cell(prev.cells[-1]))

    def _tables_end_without_footnotes(self, end: int) -> int:
        """OCR without the footnotes' label (nor a first footnote read): the tables end at a 'Remarks:'
        heading alone on its line, else above the lines holding a signature read (its name), which on
        OCR'd tab cells show no columns to tell them from a row ('Is} Jane Roe, attorney-in-fact | 07/28/2020')."""
        start = max(x for x in (self.t1, self.t2, -1) if x is not None) + 1
        for i in range(start, end):
            if _REMARKS_HEADING.fullmatch(self.lines[i].text.strip()):
                return i
        names = [s.signature_name for s in self.doc.owner_signatures if s.signature_name]
        k = end
        while names and k > start:
            text = self.lines[k - 1].text
            if text.strip() and not any(n in text for n in names):
                break
            k -= 1
        return k

    def _tables(self) -> None:
        n = len(self.lines)
        fn_end = self.fn_start if self.fn_start is not None else (self.sig if self.sig is not None else n)
        if self.fn_start is None and self.fmt == "ocr":
            fn_end = self._tables_end_without_footnotes(fn_end)
        if self.t1 is not None:
            end = self.t2 if self.t2 is not None else fn_end
            rows1 = self._table_rows(self.t1 + 1, end)
            for ln in rows1:
                before = len(self.doc.non_derivative_transactions), len(self.doc.non_derivative_holdings)
                self._row_table1(ln)
                self._doubt_looked(ln, ("non_derivative_transactions", "non_derivative_holdings"), before)
                self._doubt_merged(ln, ("non_derivative_transactions", "non_derivative_holdings"), before)
            if not rows1 and self.fmt == "ocr":
                self._title_only_holding(self.t1, end)
        if self.t2 is not None:
            self.t2_cols: dict[str, int] = {}
            for i in range(self.t2 + 1, min(fn_end, self.t2 + 16)):
                ln = self.lines[i]
                # OCR reads the '(' of '(A)' as a bar or a letter ('IA)', '|A)')
                # and keeps the bar before it ('|(A)', '1(A)'): the heading's column is where its '(' is
                heads, offs = [], []
                for c, off in zip(ln.cells, ln.offsets or [], strict=False):
                    m = _AD_SMEARED.fullmatch(c) if self.fmt == "ocr" else None
                    heads.append(f"({m.group(2)})" if m else c)
                    offs.append(off + m.start(1) if m else off)
                if ln.offsets is None or "(A)" not in heads or "(D)" not in heads:
                    continue
                for c, off in zip(heads, offs, strict=False):
                    key = {"(A)": "A", "(D)": "D", "Date": "date", "Expiration": "exp", "Title": "title"}.get(c)
                    if key and key not in self.t2_cols:
                        self.t2_cols[key] = off
                if self.fmt == "ocr" and "date" not in self.t2_cols:
                    # OCR puts column 6's 'Date' / 'Exercisable' on a heading line of its own: the first
                    # such word right of '(D)' starts column 6, the (D) column's right end
                    at = [o for k in range(self.t2 + 1, min(fn_end, self.t2 + 16))
                          for c, o in zip(self.lines[k].cells, self.lines[k].offsets or [], strict=False)
                          if re.fullmatch(r"Date|Exercisable|Date Exercisable", c) and o > self.t2_cols["D"] + 3]
                    if at:
                        self.t2_cols["date"] = min(at)
                break
            if self.fmt == "ocr" and "exp" not in self.t2_cols:
                # OCR sets column 6's 'Expiration' heading on a line of its own, or misreads the '(D)' line
                # ('1A) |®)') so no heading line was taken: the word 'Expiration' starting a heading cell
                # right of 'Exercisable' still says where the expiration dates stand
                heads6 = [(c, o) for k in range(self.t2 + 1, min(fn_end, self.t2 + 16))
                          for c, o in zip(self.lines[k].cells, self.lines[k].offsets or [], strict=False)]
                ex_at = [o for c, o in heads6 if _EXERCISABLE_HEADING.match(c)]
                exp_at = [o for c, o in heads6 if _EXPIRATION_HEADING.match(c) and ex_at and o > min(ex_at) + 6]
                if exp_at:
                    self.t2_cols["exp"] = min(exp_at)
            self.t2_cells: dict[str, int] = {}
            self.t2_grid = 0  # a table extractor's cell count per row, when its cells are the columns
            if self.fmt in ("markdown", "text", "ocr"):
                # a markdown table's or a table extractor's cells are its columns: those under "(A)" and "(D)"
                # (a table extractor keeps a row's empty cells; OCR text split at wide gaps has none)
                for i in range(self.t2 + 1, min(fn_end, self.t2 + 16)):
                    cs = self.lines[i].cells
                    if self.fmt == "ocr" and (self.lines[i].offsets is not None or "" not in cs):
                        continue
                    # the column headings' own cells ('(A)', 'Code V (A)', '(A) (' | 'D)'): a cell ending in
                    # '(A)', one opening with 'D)'; not a label that names them ('5. Number ... Acquired (A) or
                    # Disposed of (D)', '10. ... Direct (D) or Indirect')
                    a = next((k for k, c in enumerate(cs) if _A_HEADING_END.search(c) and "(D)" not in c),
                             None)
                    d = next((k for k, c in enumerate(cs) if a is not None and k > a
                              and _D_HEADING_START.match(c)), None)
                    code = next((k for k, c in enumerate(cs) if _CODE_HEADING.match(c)), None)
                    code_end = None
                    if code is None:  # the heading cut in two cells ('Co' | 'ode'): a row's code sits under either
                        code = next((k for k in range(len(cs) - 1)
                                     if cs[k] == "Co" and _CODE_HEADING_CUT_END.fullmatch(cs[k + 1])), None)
                        code_end = None if code is None else code + 1
                    if a is not None and d is not None and code is not None:
                        self.t2_cells = {"A": a, "D": d, "code": code}
                        # a heading cell also holding the next column's heading ('(D) Date Exercisa'): the
                        # cut merged two columns, so a value in that cell may be either's
                        self.t2_mixed = {k for k, ci in (("A", a), ("D", d))
                                         if re.search(r"Date|Exercis|Expir", cs[ci])}
                        if code_end is not None:
                            self.t2_cells["code_end"] = code_end
                        self.t2_grid = len(cs) if self.fmt != "markdown" else 0
                        break
            for ln in self._table_rows(self.t2 + 1, fn_end):
                before = len(self.doc.derivative_transactions), len(self.doc.derivative_holdings)
                self._row_table2(ln)
                self._doubt_looked(ln, ("derivative_transactions", "derivative_holdings"), before)
                self._doubt_merged(ln, ("derivative_transactions", "derivative_holdings"), before)
        if self.fmt == "ocr":
            self._ocr_title_order()
        self._arithmetic()
        self._ad_by_arithmetic()
        if self.fmt == "ocr":
            self._owned_by_arithmetic()
        self._infer_codes()
        if self.fmt == "ocr":
            self._infer_codes2()
        self._infer_prices2()
        if self.fmt == "ocr":
            self._owned2_lost_zero()
        self._price_range_notes()

    def _ad_by_rule_after(self, ln: Line, amount_tok: _Tok, row: Any, p: str) -> None:
        """OCR'd tab cells keep no positions, but the gap after Table II's amount still says its column:
        an amount in (D) stands against the rule before column 6, which OCR reads as '|' a space away
        ('444 | (2)', '20,691 |'); one in (A) has the empty (D) column between it and column 6, which
        flattening turns into a tab (the amount ends its cell). Only for a code that does not fix the
        direction (G, J, ...); inferred, so uncertain, and the owned-following arithmetic may overrule it."""
        if not self.ocr_cells:
            return
        cell = ln.cells[amount_tok.cell]
        at = cell.find(amount_tok.text)
        if at < 0:
            return
        rest = cell[at + len(amount_tok.text):]
        if re.match(r"[^\s|]{0,3}\s*\|", rest):
            ad, why = "D", "the amount stands against the rule of column 6 ('|' after it)"
        elif not rest.strip() and amount_tok.cell + 1 < len(ln.cells):
            ad, why = "A", "a wide gap (the empty (D) column) between the amount and column 6"
        else:
            return
        row.transaction_acquired_disposed_code = ad
        self.notes.unsure(f"{p}.transaction_acquired_disposed_code", f"OCR'd tab cells: inferred from the gap "
                          f"after the amount: {why}", cell)

    def _title_only_holding(self, start: int, end: int) -> None:
        """OCR lost every value of a Form 3's one Table I row but its title ('Common Stock' alone on
        its line under the heading): the holding is kept with the title it shows, its amount unread."""
        if not re.search(r"Beneficially\s+Owned", self.lines[start].text) or re.search(
                r"Acquired|Disposed", self.lines[start].text):
            return
        found = [self.lines[i].cells[0].strip() for i in range(start + 1, end)
                 if self.lines[i].cells and _TITLE_END.search(self.lines[i].cells[0])
                 and _all_title_words(self.lines[i].cells[0]) and not re.search(r"\(Instr|Title", self.lines[i].text)
                 and len([c for c in self.lines[i].cells if c.strip()]) == 1]
        if len(found) == 1:
            row = NonDerivativeHolding(security_title=found[0])
            self.doc.non_derivative_holdings.append(row)
            self.notes.unsure(f"non_derivative_holdings[{len(self.doc.non_derivative_holdings) - 1}].security_title",
                              "OCR: a Table I line with only its title; the row's values lost", found[0])

    def _doubt_merged(self, ln: Line, tables: tuple[str, str], before: tuple[int, int]) -> None:
        """Every value of a row merged from two lines' halves (OCR'd tab cells) is uncertain: without
        columns, the order the halves' cells were put in is a guess."""
        if id(ln) not in self.halves_merged:
            return
        for table, start in zip(tables, before, strict=True):
            for k in range(start, len(getattr(self.doc, table))):
                self.notes.unsure_all(f"{table}[{k}]", getattr(self.doc, table)[k], "OCR'd tab cells: the row's two "
                                      "halves, OCR'd on two lines, merged in the columns' order", only_set=True)

    def _doubt_looked(self, ln: Line, tables: tuple[str, str], before: tuple[int, int]) -> None:
        """A field of the row just read that was taken from a word a second look at a scan added
        (a cell read alone: a letter or a marker, sometimes misread) is uncertain; so are the
        row's other one-letter columns when a letter was added (one in the wrong column moves
        them all)."""
        if not ln.looked:
            return
        letters = ("transaction_code", "transaction_acquired_disposed_code", "direct_or_indirect_ownership")
        for table, start in zip(tables, before, strict=True):
            for k in range(start, len(getattr(self.doc, table))):
                p = f"{table}[{k}]"
                for path, ev in list(self.notes.evidence.items()):
                    if path.startswith(p + ".") and any(ev.startswith(repr(t) + ";") for t in ln.looked):
                        self.notes.unsure(path, "OCR: read by a second look at the cell alone")
                if any(len(t) == 1 for t in ln.looked):
                    row = getattr(self.doc, table)[k]
                    for f in letters:
                        if getattr(row, f, None) is not None:
                            self.notes.unsure(f"{p}.{f}", "OCR: a letter of this row was read by a second look")

    # footnote markers that follow a value (same or adjacent cell) belong to it
    def _ownership_tail(self, toks: list, i: int, row: Any, p: str) -> None:
        """The end of a row: the ownership form (D/I, with its markers) and the nature of
        indirect ownership (markers in it become its footnote ids)."""
        if i < len(toks) and toks[i].text.strip("()") in ("D", "I"):
            row.direct_or_indirect_ownership = toks[i].text.strip("()")
            self.notes.see(f"{p}.direct_or_indirect_ownership", toks[i].text, "ownership form column")
            i += 1
            fns, i = self._take_fns(toks, i)
            if fns:
                row.footnote_ids["direct_or_indirect_ownership"] = fns
        nat = " ".join(t.text for t in toks[i:])
        nfns = _MARKER_NUMBER.findall(nat)
        nat2 = self._nature_text(nat, f"{p}.nature_of_ownership")
        if nat2:
            row.nature_of_ownership = nat2
            self.notes.see(f"{p}.nature_of_ownership", nat, "nature column")
        if nfns:
            row.footnote_ids["nature_of_ownership"] = ["F" + x for x in nfns]
        if self.cut_cells and nat2 and re.search(r"\($", nat2):
            # a raised marker cut at a column edge to its '(' ('footnote<sup>(</sup>'): its number is lost,
            # so the nature's markers read may be short of one
            row.nature_of_ownership = _clean(nat2[:-1])
            self.notes.unsure(f"{p}.footnote_ids.nature_of_ownership",
                              "a marker after the nature cut to its '(': its number lost", nat)

    def _nature_text(self, nat: str, path: str) -> str:
        """The nature of ownership without its markers; in OCR, without the markers' smears past
        its words ('See Footnotes 22467)', '... @O46)', 'Footnotes 464'; a '(2019)' stays), and
        without the smear of column 6's 'I' and its marker before them ('ie) Spouse', 'ee) Spouse')."""
        for mark, why in HIDDEN_MARKS.items():
            if mark in nat:
                nat = nat.replace(mark, "")
                self.notes.unsure(path, why, nat)
        out = _clean(_MARKER.sub("", nat))
        if self.fmt == "ocr":
            smear = re.match(r"[A-Za-z]{1,3}\)\s+(?=[A-Za-z])", out)
            if smear:
                out = out[smear.end():]
                self.notes.unsure(path, "OCR: the smear of the D/I letter and its marker taken off the front", nat)
            out = re.sub(r"(?:\s+(?!\(\d{4}\)$)[\d()@©®°?O]*[()@©®°][\d()@©®°?O]*)+$", "", out)
            out = re.sub(r"(?<=Footnotes)\s+\d+$", "", out, flags=re.I)
        return out

    def _take_fns(self, toks: list[_Tok], i: int) -> tuple[list[str], int]:
        fns: list[str] = []
        while i < len(toks) and toks[i].fn and toks[i].gap == 0 and not (
                # OCR'd tab cells: a marker is glued to its value; one a wide gap away is the next column's
                self.ocr_cells and 0 < i and toks[i].cell != toks[i - 1].cell):
            fns.append(toks[i].fn)  # type: ignore[arg-type]
            i += 1
        return fns, i

    def _fns_before_value(self, toks: list[_Tok], i: int) -> tuple[list[str], int]:
        """OCR'd tab cells: markers in cells of their own right before a number are the value's before
        them, not the number's, whose markers follow it ('S | (1) | 1,161', '\\$159.94 | (2) | 468,198')."""
        k = i
        while self.ocr_cells and k < len(toks) and toks[k].fn:
            k += 1
        if i < k < len(toks) and toks[k].is_num and not toks[k].is_dollar:
            return [t.fn for t in toks[i:k] if t.fn], k
        return [], i

    def _conv_fns_before_txn_date(self, toks: list[_Tok], i: int) -> tuple[list[str], int]:
        """Table II cells: markers in cells of their own between the conversion price and a
        transaction date (a code or an amount after it) or before both column-6 dates are the price's
        ('\\$0 | (3) | 03/15/2025 | M'); before a holding's lone expiration date they are column 6's (the
        date exercisable told in a footnote)."""
        k = i
        while k < len(toks) and toks[k].fn:
            k += 1
        if k == i or k >= len(toks) or not toks[k].is_datefrag:
            return [], i
        dates, e = self._dates(toks, k)
        while e < len(toks) and toks[e].fn:
            e += 1
        if e < len(toks) and toks[e].is_datefrag:
            more, e = self._dates(toks, e)
            dates += more
        nxt = toks[e] if e < len(toks) else None
        code = nxt is not None and len(nxt.text.strip("()")) == 1 and nxt.text.strip("()").upper() in _CODES
        if len(dates) < 2 and (nxt is None or not (code or (nxt.is_num and not nxt.is_datefrag and not nxt.is_dollar))):
            return [], i  # one date, then column 7: the markers may be the date exercisable's
        # a transaction date, or two dates that fill column 6 ('$47.61 | (3) | 05/07/2016 | (4) | 05/07/2023')
        return [t.fn for t in toks[i:k] if t.fn], k

    def _amount_fns(self, toks: list[_Tok], i: int, frags: list[str], positioned: bool) -> tuple[list[str], int]:
        """Table II: the markers of the amount in column 5.

        Positioned text prints a value's marker glued to it ("6,250(4)"); a marker a column
        away is the Date Exercisable's ("6,250    (4)    (5)") unless two date slots still follow.
        """
        if not positioned or not frags or i >= len(toks) or not toks[i].fn or i == 0:
            fns, j = self._take_fns(toks, i)
            if (not positioned and len(fns) >= 2 and j < len(toks)
                    and re.fullmatch(r"[A-Z][A-Za-z]+", toks[j].text) and not toks[j].fn):
                # flat 'G 222 (2) (2) Class A': no date follows, column 7's title does, so the last two
                # markers hold column 6's places (exercisable, expiration), not the amount's
                return fns[:-2], j - 2
            return fns, j
        if toks[i].cell == toks[i - 1].cell and not toks[i].ruled:
            fns: list[str] = []
            while i < len(toks) and toks[i].fn and toks[i].cell == toks[i - 1].cell and not toks[i].ruled:
                fns.append(toks[i].fn)  # type: ignore[arg-type]
                i += 1
            return fns, i
        rest = toks[i + 1 :]
        slots = sum(1 for t in rest[:4] if t.fn or _DATE_FULL.fullmatch(t.text)
                    or t.text.lower().strip("()") in ("immed.", "immediately", "immed"))
        run = 0
        while run < len(rest) and (rest[run].fn or _DATE_FULL.fullmatch(rest[run].text)
                                   or rest[run].text.lower().strip("()") in ("immed.", "immediately", "immed")):
            run += 1
        if self.ocr_cells and run >= 2 and rest[0].cell != toks[i].cell:
            # both column-6 slots still follow, side by side: the marker is the amount's, even in a cell
            # of its own
            own: list[str] = []
            while i < len(toks) and toks[i].fn and (not own or toks[i].cell == toks[i - 1].cell):
                own.append(toks[i].fn)  # type: ignore[arg-type]
                i += 1
            return own, i
        if slots >= 2 and rest and rest[0].cell != toks[i].cell:
            return self._take_fns(toks, i)
        return [], i

    def _cells_are_columns(self, ln: Line) -> bool | str:
        """Positioned text, or a table extractor's tab-separated cells (not OCR split at wide gaps,
        "tab"): the first cell is the whole of column 1."""
        if ln.offsets is not None:
            return True
        return "tab" if self.fmt in ("text", "markdown") and len(ln.cells) > 3 else False

    def _title(self, toks: list[_Tok], positioned: bool | str = False) -> tuple[str, list[str], int]:
        words: list[str] = []
        fns: list[str] = []
        i = 0
        self.title_cells_joined = False
        if positioned and toks and toks[0].cell == 0:
            first = [t for t in toks if t.cell == 0]
            full = next((k for k, t in enumerate(first) if _DATE_FULL.fullmatch(t.text)), None)
            if full is not None and full > 0:
                first = first[:full]  # "Common Stock, 08/07/2019": the date shares the title's cell
            split_date = positioned == "tab" and any(
                t.is_datefrag and not (re.fullmatch(r"\d/\d{1,2}", t.text) and k and first[k - 1].is_num)
                for k, t in enumerate(first)
            )  # "Common Stock 02/15/2": a date split into the title's cell ("$1 2/3" is a fraction)
            if not split_date and not any(_DATE_FULL.fullmatch(t.text) for t in first) and len(first) < len(toks):
                # the title column, wrapped lines included ("Common Stock, $0.01 par value per share")
                n = len(first)
                for k, t in enumerate(first):
                    if t.fn and t.ruled and words and self.cut_cells:
                        n = k  # a marker ruled off the title: the next column's value stacked under it
                        break
                    if t.fn:
                        fns.append(t.fn)
                    else:
                        words.append(t.text)
                e = n
                while e < len(toks) and not self.cut_cells and words and toks[e].cell > 0 and (
                        _TITLE_WORD_TOKEN.fullmatch(toks[e].text)) and toks[e].text.lower().strip(".") not in (
                        "immediately", "immed"):
                    e += 1
                if e > n and e < len(toks) and (toks[e].is_datefrag or toks[e].is_num or toks[e].fn):
                    # the title cut into a cell per word ('Class | A | Common | Stock | 03/03/2020', seed 000's
                    # way): cells of words only, up to the row's first value, go on with the title
                    words += [t.text for t in toks[n:e]]
                    n = e
                    self.title_cells_joined = True
                title = " ".join(words)
                while self.cut_cells and title and n < len(toks) and title[-1].isalpha():
                    # cells cut at guessed edges: a next cell of words starting in lower case goes on
                    # with the title's cut word ("Class A Common St" | "ock", "are be" | "neficially owned")
                    nxt = [t for t in toks[n:] if t.cell == toks[n].cell]
                    words_of = [t for t in nxt if re.fullmatch(r"[A-Za-z(][A-Za-z,.'()-]*", t.text)]
                    after = toks[n + len(words_of)] if n + len(words_of) < len(toks) else None
                    if (words_of and words_of == nxt[: len(words_of)] and after is not None
                            and (after.is_datefrag or _DATE_FULL.fullmatch(after.text) or (
                                # a holding's: title words alone before its amount ('Class A Common' | 'Stock'
                                # | '16,351'), unless the title is finished ('Common Stock' | 'Units')
                                after.is_num and not after.fn and not _TITLE_END.search(title)
                                and _all_title_words(" ".join(t.text for t in words_of))))):
                        # the title's cut words in the cell before the date (or beside it: "Stock, 09/30/2021")
                        title = f"{title} {' '.join(t.text for t in words_of)}"
                        n += len(words_of)
                        break
                    lead = 0
                    while lead < len(nxt) and (re.fullmatch(r"[A-Za-z][a-z,.'-]*", nxt[lead].text) or (
                            nxt[lead].is_dollar and lead and nxt[lead - 1].text.lower() in ("value", "par"))):
                        lead += 1
                    rest = nxt[lead:]
                    # after the title's words, the cell may hold its markers ('stock(1)') or, a holding
                    # row's title cut with its amount, the amount's start ('g Corp 200,0' | '00')
                    marks = all(t.fn for t in rest)
                    amount = bool(rest) and rest[0].is_num and not rest[0].fn
                    if not (nxt[0].text[:1].islower() and lead and (marks or amount)):
                        break  # ("Common Stock, par" | "value $0.01 per shar" | "e")
                    more = " ".join(t.text for t in nxt[:lead])
                    whole = {title.split()[-1].lower(), more.split()[0].lower().strip(",.")} & _TITLE_WORDS
                    title = f"{title} {more}" if whole else _glue(title, more)  # 'par' | 'value': two words
                    if amount:
                        n += lead
                        break
                    fns += [t.fn for t in rest if t.fn]
                    n += len(nxt)
                return title, fns, n
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            par = t.is_dollar and words and ((t.cell == toks[i - 1].cell and (
                words[-1].lower() in ("value", "par")
                or (self.ocr_cells and any(u.cell == t.cell and re.fullmatch(r"[A-Za-z]{2,}", u.text)
                                           for u in toks[i + 1:]))))
                or (nxt is not None and nxt.text.lower() in ("par", "per")))  # 'Stock, | $0.001 | par | value'

            frac = (words and words[-1].startswith("$") and t.cell == toks[i - 1].cell
                    and re.fullmatch(r"\d/\d{1,2}", t.text))  # "$1 2/3": a fraction, not a date
            if par or frac:
                # "Common Stock, par value $0.001", "Common Stock, $1 2/3 Par Value": the title's own words
                words.append(t.text)
                i += 1
                continue
            if t.is_datefrag or t.is_dollar or (t.is_num and ("," in t.text or "." in t.text)):
                break
            if t.is_num and nxt is not None and (nxt.is_datefrag or nxt.is_num) and words:
                break
            if t.fn and words:
                if t.gap or (toks[i - 1].cell != t.cell and t.text.startswith("(") and not self.cols):
                    break  # a marker in the next column (conversion price, date) is not the title's
                if _second_title_after_markers(toks, i):
                    break  # 'Class B (2) (2) (2) Class A 89,105': columns 2 and 6's markers, then column 7
                fns.append(t.fn)
                i += 1
                continue
            if words and t.gap >= 1 and len(t.text) == 1 and t.text.upper() in _CODES:
                break
            if t.is_num and words and (t.gap >= 1 or (self.ocr_cells and t.cell != toks[i - 1].cell)):
                break  # OCR'd tab cells: a number in the next cell is an amount ("Class A | 634")
            after = next((u for u in toks[i + 1:] if not u.fn), None)  # (past the amount's markers)
            if (t.is_num and words and not positioned and not t.is_datefrag and after is not None
                    and after.text in ("D", "I") and re.fullmatch(r"\d+", t.text)):
                break  # a flat holding row 'Class A 635 I Spouse's ...': the amount, then its form letter
            if (t.is_num and words and self.cut_cells and t.cell != toks[i - 1].cell and after is not None
                    and after.text in ("D", "I")):
                break  # markdown cells: a number opening the next cell, its form letter after it ('0<br>D')
            words.append(t.text)
            i += 1
        return " ".join(words), fns, i

    def _dates(self, toks: list[_Tok], i: int) -> tuple[list[_Val], int]:
        """Consume the date fragments at ``i``: returns (dates, next index)."""
        frags: list[str] = []
        groups: list[list[str]] = []
        while i < len(toks):
            t = toks[i]
            if (
                t.is_datefrag
                or (t.text.isdigit() and len(t.text) in (2, 4) and frags and not _DATE_FULL.fullmatch(frags[-1]))
                or (t.text.isdigit() and len(t.text) <= 2 and i + 1 < len(toks) and toks[i + 1].is_datefrag)
            ):
                if _DATE_FULL.fullmatch(t.text) and frags:
                    groups.append(frags)
                    frags = []
                frags.append(t.text)
                i += 1
                continue
            break
        if frags:
            groups.append(frags)
        vals = [v for g in groups if (v := _assemble_date(g)) is not None]
        return vals, i

    def _fix_date(self, v: _Val | None, path: str) -> date | None:
        """Settle a transaction date against box 3 and the signature date."""
        if v is None:
            return None
        period = self.doc.period_of_report
        if v.value is None and v.rule.startswith("year-only:"):
            if period and str(period.year) == v.rule.split(":")[1]:
                self.notes.unsure(
                    path, "only the year survived; inferred from box 3 (date of earliest transaction)", v.text
                )
                return period
            self.notes.unsure(path, "only the year survived; left empty", v.text)
            return None
        d = v.value
        if period and d < period:
            self.notes.unsure(path, f"{v.rule}; before box 3 date {period.isoformat()}", v.text)
        else:
            self.notes.see(path, v.text, v.rule, uncertain=v.uncertain)
        return d

    def _row_tokens(self, ln: Line) -> list[_Tok]:
        """A table row's tokens; OCR's marker smears taken off the values they stick to."""
        toks = _tokens(ln.cells, ln.offsets, ln.widths, 5 if self.fmt == "pdf-text" else 3)
        self.ocr_cells = self.fmt == "ocr" and ln.offsets is None
        return _ocr_marker_noise(toks, frozenset(f.id for f in self.doc.footnotes)) if self.fmt == "ocr" else toks

    def _row_table1(self, ln: Line) -> None:
        toks = self._row_tokens(ln)
        if not toks:
            return
        title, title_fns, i = self._title(toks, self._cells_are_columns(ln))
        j = i
        while j < len(toks) and toks[j].fn:
            j += 1
        if title and j > i and j < len(toks) and (toks[j].is_datefrag or (toks[j].is_num and not toks[j].is_dollar)):
            # the title's markers in a cell of their own ("Common Stock | (1) | 05/04/2022", a holding's
            # "... | (1) | 867,759"): a value's marker follows the value, so markers before it are the title's
            title_fns += [t.fn for t in toks[i:j] if t.fn]
            i = j
        dates, i = self._dates(toks, i)
        date_fns, i = self._take_fns(toks, i)
        smeared = not dates and self._date_smear(title)
        if smeared:
            title = smeared
        dateless = not dates and (bool(smeared) or self._dateless_transaction(toks, i))
        if not dates and not dateless:
            self._holding1(title, title_fns, toks[i:], ln)
            return
        k = len(self.doc.non_derivative_transactions)
        p = f"non_derivative_transactions[{k}]"
        row = NonDerivativeTransaction(security_title=_clean(title) or None)
        self.doc.non_derivative_transactions.append(row)
        if dateless:
            self.dateless.add(id(row))
        self.notes.see(f"{p}.security_title", title, "Table I column 1",
                       uncertain=id(ln) in self.flat_wrapped or self.title_cells_joined)
        if title_fns:
            row.footnote_ids["security_title"] = title_fns
        row.transaction_date = self._fix_date(dates[0], f"{p}.transaction_date") if dates else None
        if date_fns:
            row.footnote_ids["transaction_date"] = date_fns
        if len(dates) > 1 and dates[1].value is not None:
            row.deemed_execution_date = dates[1].value
            self.notes.see(f"{p}.deemed_execution_date", dates[1].text, dates[1].rule, uncertain=dates[1].uncertain)
        i = self._code(toks, i, row, p)
        if id(ln) in self.code_below and row.transaction_code:
            self.notes.unsure(f"{p}.transaction_code", "OCR'd tab cells: a code letter alone on the line under the "
                              "row, put after its date", row.transaction_code)
        self._amount_tail(toks, i, row, p, ln)

    def _date_smear(self, title: str) -> str:
        """OCR'd a Form 4's (or 5's) Table I row's date into a glyph run that the title took as its last
        word ('Common Stock | [os/zo2o20 | $62.72'): a holding shows no date, so the row is a transaction,
        its date lost. Returns the title without the glyph run (and any letterless smear after it), else ''."""
        if self.fmt != "ocr" or self.doc.document_type not in ("4", "5"):
            return ""
        words = title.split()
        while words and _LETTERLESS_WORD.fullmatch(words[-1]):
            words.pop()  # what OCR left of the values after it ('»', '1.249,3640/'): not the title's
        if len(words) < 2 or not _DATE_SMEAR.fullmatch(words[-1]):
            return ""
        return " ".join(words[:-1])

    def _dateless_transaction(self, toks: list[_Tok], i: int) -> bool:
        """OCR lost a Form 4's (or 5's) Table I row's date: the row still shows a transaction's price in
        dollars, after its code (or a smear of it) and its amount, either maybe lost too, before the amount
        owned after if OCR kept it ('43,073 | $73.5652 | 3,978,930 | By Trust', '$2,556.73 | 13,788',
        '$277.27'), or its two amounts in cells of their own, the price lost ('59.907 | 826.868'). A holding
        row shows no price and one amount, so it is a transaction (measured on the tuning scans: requiring
        the amount owned after as well read fewer rows and left more silent errors)."""
        if self.fmt != "ocr" or self.doc.document_type not in ("4", "5"):
            return False
        j = i
        while j < len(toks) and j - i < 2 and not toks[j].is_num and not toks[j].is_dollar and not toks[j].fn \
                and _SHORT_SMEAR.fullmatch(toks[j].text):
            j += 1  # the code, or what OCR left of it
        amount = j if j < len(toks) and toks[j].is_num and not toks[j].is_dollar and not toks[j].is_datefrag else None
        if amount is not None:
            j += 1  # the amount (OCR may have lost it)
        while j < len(toks) and (toks[j].fn or toks[j].text.strip("()") in ("A", "D")):
            j += 1
        if (amount is not None and j < len(toks) and toks[j].is_num and not toks[j].is_datefrag
                and toks[j].cell != toks[amount].cell and _AMOUNT_LIKE.fullmatch(toks[amount].text)
                and _AMOUNT_LIKE.fullmatch(toks[j].text)):
            return True  # the amount and the amount owned after, the price lost between them
        return j < len(toks) and toks[j].is_dollar and bool(_DOLLAR_DIGIT.match(toks[j].text))

    def _code(self, toks: list[_Tok], i: int, row: Any, p: str) -> int:
        j = i
        # skip one stray short digit OCR left before the code
        if j < len(toks) and toks[j].text.isdigit() and len(toks[j].text) <= 1 and j + 1 < len(toks):
            if len(toks[j + 1].text) == 1 and toks[j + 1].text.upper() in _CODES:
                self.notes.see(f"{p}.transaction_code", toks[j].text, "stray digit before the code dropped")
                j += 1
        sm = _CODE_SMEARED.fullmatch(toks[j].text) if (
            j < len(toks)) else None
        if sm is None and self.fmt == "ocr" and j < len(toks):
            # a stray stroke before the code's capital letter ('iS'): the capital is the code, not the 'i'
            sm = re.fullmatch(r"[i!]([A-Z])", toks[j].text)
        if sm is None and self.fmt == "ocr" and j < len(toks):
            # a code's marker smeared into a glyph OCR reads as 'c', '™' or 'l)' ('Gc', 'p™', 'Gl)')
            sm = re.fullmatch(r"([A-Za-z])(?:c|™|l\))", toks[j].text)
        if sm and (
            sm.group(1).upper() in _CODES and sm.group(1) != "V" and j + 1 < len(toks)
            and (toks[j + 1].is_num or (self.fmt == "ocr" and toks[j + 1].is_dollar))  # (OCR lost the amount)
            and (sm.group(0)[0] == sm.group(1) or self.fmt == "ocr")
        ):
            # OCR smeared the code's footnote marker or doubled the letter ("AY", "Ss", 's®', 'iS)': an
            # 'S' in lower case, a stray stroke before it)
            row.transaction_code = sm.group(1).upper()
            self.notes.unsure(f"{p}.transaction_code", "OCR token read as a code letter plus noise", toks[j].text)
            return j + 1
        if j < len(toks) and len(toks[j].text.strip("()")) == 1 and toks[j].text.strip("()").upper() in _CODES:
            code = toks[j].text.strip("()").upper()
            if code == "V":
                return j + 1
            row.transaction_code = code
            self.notes.see(f"{p}.transaction_code", toks[j].text, "code column")
            j += 1
            fns, j = self._take_fns(toks, j)
            if not fns:
                fns, j = self._fns_before_value(toks, j)
            if fns:
                row.footnote_ids["transaction_code"] = fns
            if j < len(toks) and toks[j].text.upper() == "V" and toks[j + 1 : j + 2] and toks[j + 1].is_num:
                row.transaction_timeliness = None
                row.equity_swap_involved = None
                j += 1
            return j
        smear = self._code_smear(toks, j) if self.fmt == "ocr" else None
        if smear is not None:
            code, fid = smear
            row.transaction_code = code
            self.notes.unsure(f"{p}.transaction_code", "OCR code letter with its marker smeared after it",
                              toks[j].text)
            if fid:
                row.footnote_ids["transaction_code"] = [fid]
            return j + 1
        if (self.fmt == "ocr" and j + 1 < len(toks) and not toks[j].is_num and not toks[j].fn
                and re.fullmatch(r"[^\d\s]{1,3}", toks[j].text) and toks[j + 1].is_num and not toks[j + 1].is_dollar
                and toks[j + 1].cell != toks[j].cell):
            # an unreadable code (its letter and marker smeared past reading: '~®') still holds column 3's
            # place: the amount follows; the code stays unread
            return j + 1
        return i

    def _code_smear(self, toks: list[_Tok], j: int) -> tuple[str, str | None] | None:
        """OCR read the code column's letter and its raised marker as one short token ('s4' for S(4),
        'sty' for S(11), 'FL?)' for F(17)): in the code's place (after the dates, the amount next) a
        token of a code letter and at most three more glyphs is that code, whatever the smear's
        glyphs. The marker's number is kept only when the smear is that digit alone and the form
        lists such a footnote. (The glyph lists of the exact smears seen were the tuning scans'.)"""
        if j + 1 >= len(toks) or toks[j].fn or toks[j].is_num or toks[j].is_datefrag:
            return None
        # (or, ending in a marker's ')', up to five not all lower case, a word's: several markers smeared,
        # 'JOAE)' for J(1)(2)(3))
        m = re.fullmatch(r"[i|!]?([A-Za-z])(\S{1,3}|(?![a-z]+\)$)\S{3,5}\))", toks[j].text)
        nxt = toks[j + 1]
        if not m or not (nxt.is_num or nxt.is_dollar) or nxt.is_datefrag:
            return None
        code, rest = m.group(1).upper(), m.group(2)
        if m.group(1) == "y":
            code = "J"  # J's tail below the line read as a 'y' with its marker ('ym', 'yo' for J(1)): no code is a Y
        if code not in _CODES or code == "V" or toks[j].text.lower().strip(".,") in _NOT_CODE_WORDS or re.fullmatch(
                r"[A-Z]{2,4}", toks[j].text):
            return None  # (capitals alone are a word, 'ADS', 'LLC': the underlying title of a holding row)
        dm = re.fullmatch(r"(\d)\)?", rest)
        fid = f"F{dm.group(1)}" if dm else None
        return code, fid if fid in {f.id for f in self.doc.footnotes} else None

    def _collect_number(self, toks: list[_Tok], i: int, stop_letters: str) -> tuple[list[str], int]:
        frags: list[str] = []
        while i < len(toks) and toks[i].is_num and not toks[i].is_dollar and not (frags and (toks[i].gap or (
                # OCR'd tab cells: a whole amount's next cell is the next column's ('13,400 | 1,037,582')
                self.ocr_cells and toks[i].cell != toks[i - 1].cell and _whole_amount(frags[-1], toks[i].text)))):
            frags.append(toks[i].text)
            i += 1
        return frags, i

    def _choose(
        self, frags: list[str], path: str, want: Decimal | None = None, label: str = ""
    ) -> tuple[Decimal | None, bool]:
        if not frags:
            return None, False
        junk = (re.fullmatch(r"(\$[\d,]*\.\d{2,4})[)°'\"*%©®]+", frags[0])
                if self.fmt == "ocr" and not self.ocr_cells else None)  # (positioned OCR)
        if junk and len(frags) == 1 and _valid_number(junk.group(1).lstrip("$")):
            # a dollar amount with what OCR left of its marker after it ('$0.70)', '$0.33°)': the '(' and digit
            # lost), as _choose_price reads a transaction's price
            self.notes.unsure(path, "dollar amount with OCR noise of a footnote marker after it", frags[0])
            return _dec(junk.group(1).lstrip("$")), True
        readings = _number_readings(frags)
        if self.cut_cells and len(frags) > 1:
            # cells cut at guessed edges share no characters: the pieces joined as they stand come
            # first ('30' | '0' is 300, not a repeated '0'); OCR's repeats stay for the other readings
            plain = "".join(f.lstrip("$") for f in frags)
            readings.sort(key=lambda r: r[0] != plain)
        if not readings:
            self.notes.warnings.append(f"{path}: unreadable number {' '.join(frags)!r}")
            return None, False
        if len(frags) == 1:
            self.notes.see(path, frags[0], label or "read")
            return _dec(readings[0][0]), False
        if want is not None:
            for r, how in readings:
                if _dec(r) == want:
                    self.notes.unsure(path, f"{how}; confirmed by the row arithmetic", " | ".join(frags))
                    return _dec(r), True
        r, how = readings[0]
        self.notes.unsure(path, f"{how} ({len(readings)} readings)", " | ".join(frags))
        return _dec(r), True

    def _amount_tail(self, toks: list[_Tok], i: int, row: Any, p: str, ln: Line) -> None:
        """amount (fn) A/D price (fn) owned (fn) D/I nature -- Table I transaction tail."""
        frags, i = self._collect_number(toks, i, "AD")
        shares_fns, i = self._take_fns(toks, i)
        if not shares_fns:
            # a marker one empty cell away still belongs to the amount when A/D follows it
            if i < len(toks) and toks[i].fn and i + 1 < len(toks) and toks[i + 1].text in ("A", "D"):
                shares_fns = [toks[i].fn]  # type: ignore[list-item]
                i += 1
        self.frags[id(row)] = {"shares": frags}
        if shares_fns:
            row.footnote_ids["transaction_shares"] = shares_fns
        if i < len(toks) and toks[i].text.strip("()") in ("A", "D"):
            row.transaction_acquired_disposed_code = toks[i].text.strip("()")
            self.notes.see(f"{p}.transaction_acquired_disposed_code", toks[i].text, "(A) or (D) column")
            i += 1
        # price: $-token (with split continuation), or a bare number before the owned amount
        spare_di: str | None = None
        junk: list[str] = []
        price_frags: list[str] = []
        price_fns: list[str] = []
        rest = toks[i:]
        j = 0
        dollar_at = next((k for k, t in enumerate(rest) if t.is_dollar), None)
        while j < len(rest):
            t = rest[j]
            if t.is_dollar:
                break
            if t.text in ("D", "I") and dollar_at is not None and j < dollar_at:
                spare_di = t.text
                j += 1
                continue
            if t.fn and (dollar_at is None or j < dollar_at) and not price_fns:
                price_fns.append(t.fn)
                j += 1
                continue
            if dollar_at is not None and j < dollar_at and t.is_num and len(t.text) <= 2:
                junk.append(t.text)
                j += 1
                continue
            break
        if j < len(rest) and rest[j].is_dollar:
            price_frags.append(rest[j].text)
            j += 1
            while j < len(rest) and rest[j].is_num and not rest[j].is_dollar:
                acc = "".join(f.lstrip("$") for f in price_frags)
                nxt = rest[j].text
                if (
                    acc.endswith((".", ","))
                    or nxt.startswith((".", ","))
                    or (len(price_frags) > 1 and acc.endswith(nxt))
                    or self._price_digits_cut_off(acc, rest, j)
                ):
                    price_frags.append(nxt)
                    j += 1
                    continue
                break
            acc = "".join(f.lstrip("$") for f in price_frags)
            if j < len(rest) and self._price_cut_unsure(acc, rest, j):
                self.frags[id(row)].update(price=[acc], price_cut=[rest[j].text])
            fns, jj = self._take_fns(rest, j)
            if not fns:
                fns, jj = self._fns_before_value(rest, j)
            price_fns += fns
            j = jj
        nums: list[list[str]] = []
        owned_fns: list[str] = []
        di: str | None = None
        di_fns: list[str] = []
        nature_words: list[str] = []
        while j < len(rest):
            t = rest[j]
            if nature_words and j and t.cell == rest[j - 1].cell and not t.fn:
                nature_words.append(t.text)  # a number in the nature's cell is its own ('dated March 15, 2011')
            elif t.is_num and di is None and not t.is_dollar:
                if nums and t.gap == 0 and not owned_fns:
                    nums[-1].append(t.text)
                else:
                    nums.append([t.text])
            elif t.fn and di is None:
                owned_fns.append(t.fn)
            elif t.fn and di is not None:
                if nature_words:
                    nature_words.append(t.text)
                else:
                    di_fns.append(t.fn)
            elif t.text.strip("()") in ("D", "I") and di is None:
                di = t.text.strip("()")
            elif di is not None or t.text[:1].isalpha() or t.text[:1] == "(":
                nature_words.append(t.text)
            j += 1
        if not price_frags and len(nums) >= 2:
            price_frags = nums[0]
            nums = nums[1:]
        # price
        if price_frags:
            pv, repaired = self._choose_price(price_frags, f"{p}.transaction_price_per_share")
            row.transaction_price_per_share = pv
            if self.price_fn and self.price_fn not in price_fns:
                price_fns.append(self.price_fn)
                self.notes.unsure(f"{p}.footnote_ids.transaction_price_per_share", "marker read out of the price")
            if junk and pv is not None:
                self.notes.unsure(
                    f"{p}.transaction_price_per_share",
                    f"stray {' '.join(junk)!r} before the price dropped",
                    " ".join(junk + price_frags),
                )
        if price_fns:
            row.footnote_ids["transaction_price_per_share"] = price_fns
        owned_frags = [f for grp in nums for f in grp]
        self.frags[id(row)]["owned"] = owned_frags
        if owned_fns:
            row.footnote_ids["shares_owned_following_transaction"] = owned_fns
        if di is None and spare_di is not None:
            di = spare_di
            self.notes.unsure(f"{p}.direct_or_indirect_ownership", "D/I letter found out of its column", spare_di)
        elif di is not None:
            self.notes.see(f"{p}.direct_or_indirect_ownership", di, "ownership form column")
        row.direct_or_indirect_ownership = di
        if di_fns:
            row.footnote_ids["direct_or_indirect_ownership"] = di_fns
        nat = _clean(" ".join(nature_words))
        if nat:
            nfns = re.findall(r"\((\d{1,2})\)", nat)
            nat2 = self._nature_text(nat, f"{p}.nature_of_ownership")
            row.nature_of_ownership = nat2 or None
            if nfns:
                row.footnote_ids["nature_of_ownership"] = ["F" + x for x in nfns]
            self.notes.see(f"{p}.nature_of_ownership", nat, "nature column")

    def _price_digits_cut_off(self, acc: str, rest: list[_Tok], j: int) -> bool:
        """Cells cut at guessed edges: a price's last decimals in the next cell ('$0.362' | '1(3)' |
        '663,203' | 'D'; '$141.8' | '411(1)'): a bare run of digits right after a price of 1 to 3 places,
        completing it to at most 4, and another amount (the owned one) still to come before the
        ownership form."""
        t = rest[j]
        if not self._price_cut_shape(acc, rest, j):
            return False
        marked = False
        for u in rest[j + 1:]:
            if u.text.strip("()") in ("D", "I"):
                return False
            marked = marked or bool(u.fn)
            if u.is_num and not u.is_dollar:
                # (an amount cut in two sits in adjacent cells, '6' | '63,203': its first digits are not the price's)
                return (marked or u.cell > t.cell + 1) and not u.text.startswith((",", "."))
        return False

    def _price_cut_shape(self, acc: str, rest: list[_Tok], j: int) -> bool:
        """Whether token ``j`` looks like a price's cut-off decimals: cells cut at guessed edges, a bare
        run of 1 to 3 digits in the cell right after a price of 1 to 3 places, completing it to at most 4."""
        t = rest[j]
        m = _PRICE_PLACES.fullmatch(acc)
        return bool(self.cut_cells and m and 1 <= len(m.group(1)) <= 3 and _ONE_TO_THREE_DIGITS.fullmatch(t.text)
                    and len(m.group(1)) + len(t.text) <= 4 and t.gap == 0 and t.cell == rest[j - 1].cell + 1)

    def _price_cut_unsure(self, acc: str, rest: list[_Tok], j: int) -> bool:
        """Whether token ``j``, left out of the price, may still be its cut-off decimals: the price's cut
        shape, with the next amount in the adjacent cell ('$2,603.1' | '4' | '100' | 'D': 2603.14 and 100,
        or 2603.1 and 4,100). The row arithmetic decides later (rules._price_cut); else both stay unsure."""
        if not self._price_cut_shape(acc, rest, j):
            return False
        for u in rest[j + 1:]:
            if u.text.strip("()") in ("D", "I") or u.fn:
                return False
            if u.is_num and not u.is_dollar:
                return u.cell == rest[j].cell + 1 and not u.text.startswith((",", "."))
        return False

    def _choose_price(self, frags: list[str], path: str) -> tuple[Decimal | None, bool]:
        acc = frags[0].lstrip("$")
        how = "read"
        self.price_fn = None
        run_in = self._price_marker_run_in(acc) if self.fmt == "ocr" and len(frags) == 1 else None
        if run_in:
            v, self.price_fn, why = run_in
            self.notes.unsure(path, why, frags[0])
            return v, True
        comma = _THOUSANDS_ONLY.fullmatch(acc) if self.fmt == "ocr" and len(frags) == 1 else None
        decimal = self._comma_price_in_a_range(*comma.groups(), self._range_notes(), marker=False) if comma else None
        if decimal:
            self.notes.unsure(path, decimal[2], frags[0])
            return decimal[0], True
        junk = _PRICE_GLYPH_SMEAR.fullmatch(acc) or (
            _PRICE_MARKER_DEBRIS.fullmatch(acc) if self.fmt == "ocr" else None)
        if junk and len(frags) == 1:
            # a footnote marker OCR glued to the price: "$208.99)" (its "(1" lost)
            acc = junk.group(1)
            v = _dec(acc) if _valid_number(acc) else None
            if v is not None:
                self.notes.unsure(path, "price with OCR noise of a footnote marker after it", frags[0])
                return v, True
        for f in frags[1:]:
            if len(frags) > 2 and acc.endswith(f) and "." in acc:
                how = "split price joined; repeated digits dropped"
                continue
            joined = False
            for k in range(min(len(acc), len(f)), 0, -1):
                if acc.endswith(f[:k]):
                    acc = acc + f[k:]
                    joined = True
                    break
            if not joined:
                acc = acc + f
            how = "split price joined"
        v = _dec(acc) if _valid_number(acc) else None
        if v is None:
            self.notes.warnings.append(f"{path}: unreadable price {' '.join(frags)!r}")
            return None, False
        self.notes.see(path, " | ".join(frags), how, uncertain=len(frags) > 1)
        return v, len(frags) > 1

    def _price_marker_run_in(self, acc: str) -> tuple[Decimal | None, str | None, str] | None:
        """OCR ran a price's footnote marker into it: "$2,556.73462)" ('(2)' lost its '('), "$2,586.4075@9)"
        (its '(' read as '@'). A weighted average price's footnote gives its range ("prices ranging from $X
        to $Y"), which tells the readings apart: a price inside the range of the marker it ran into is that
        marker's; a split whose marker names a range the price is outside of is wrong; a marker naming a
        footnote that gives no range, or none, was misread when the price lies in one range only. Returns
        (price, footnote id, why) or None when no reading holds; every reading is uncertain."""
        ids = {f.id for f in self.doc.footnotes}
        ranges = self._range_notes()
        comma = re.fullmatch(r"(\d{1,3}),(\d{3,5})\)", acc)
        if comma and ranges:
            # '$43,932)': the decimal point read as a comma as well, the marker '(2)' run in; taken only when
            # the price so read lies in the range its marker's footnote gives ('$43,932' may be a price)
            alt = self._price_marker_run_in(f"{comma.group(1)}.{comma.group(2)})")
            if alt and alt[0] is not None and alt[1] in ranges and ranges[alt[1]][0] <= alt[0] <= ranges[alt[1]][1]:
                return alt[0], alt[1], alt[2] + "; its decimal point read as a comma"
            return self._comma_price_in_a_range(comma.group(1), comma.group(2), ranges)

        def in_one(v: Decimal | None) -> str | None:
            hits = [i for i, (lo, hi) in ranges.items() if v is not None and lo <= v <= hi]
            return hits[0] if len(hits) == 1 else None

        glyph = re.fullmatch(r"([\d,]*\.\d{2,4})[@©®°%](\d{1,2})\)", acc)
        if glyph and _valid_number(glyph.group(1)):
            # ('@9)' for '(19)': the glyph may stand for more than the '(': the one range holding the price
            # names the marker when its number ends with the digits read)
            v, mark = _dec(glyph.group(1)), glyph.group(2)
            fid, hit = f"F{int(mark)}", in_one(v)
            if hit and hit != fid and hit.endswith(str(int(mark))) and not (
                    fid in ranges and ranges[fid][0] <= v <= ranges[fid][1]):
                return v, hit, (f"OCR read the marker '(..{mark})' with a glyph after the price; the price lies "
                                f"in footnote {hit}'s price range only")
            if fid in ids and (fid not in ranges or ranges[fid][0] <= v <= ranges[fid][1]):
                return v, fid, f"OCR read the '(' of the marker '({mark})' as a glyph after the price"
        lost = re.fullmatch(r"([\d,]*\.\d+?)(\d{1,2})\)", acc)
        if not lost and not (ranges and re.fullmatch(r"[\d,]*\.\d{5,6}", acc)):
            return None  # (a price of 5 or 6 places: a marker's digits run in, both its parentheses lost)
        raw = acc[:-1] if lost else acc
        raw_places = len(raw.split(".")[1])
        # a price has 2 (or 4) decimal places: '$2,568.02)' is whole, '$2,566.81118)' is 2,566.8111 (8)
        cuts = [] if raw_places <= 2 else sorted((1, 2), key=lambda k: (raw_places - k not in (2, 4), k))
        splits: list[tuple[str, Decimal, str, str | None]] = []  # (marker digits, price, its id, one range's id)
        for k in cuts:
            body, mark = raw[:-k], raw[-k:]
            v = _dec(body) if _valid_number(body) and len(body.split(".")[1]) >= 2 else None
            if v is not None:
                splits.append((mark, v, f"F{int(mark)}", in_one(v) if len(body.split(".")[1]) in (2, 4) else None))
        lost_paren = "OCR marker '({})' lost its '(' and ran into the price"
        for mark, v, fid, _hit in splits:  # the marker's own range holds the price
            if fid in ranges and ranges[fid][0] <= v <= ranges[fid][1]:
                return v, fid, lost_paren.format(mark) + "; the price lies in its range"
        for mark, v, fid, hit in splits:  # '(12)' lost its '(1': the digit left ends the range's footnote
            if fid in ranges and hit and hit.endswith(str(int(mark))):
                return v, hit, lost_paren.format(mark) + f"; the price lies in footnote {hit}'s price range only"
        for mark, v, fid, hit in splits:  # a footnote giving no range: the one range holding the price says more
            if fid in ids and fid not in ranges:
                if hit:
                    return v, hit, (f"OCR marker '({mark})' misread and ran into the price; the price lies in "
                                    f"footnote {hit}'s price range only")
                return v, fid, lost_paren.format(mark)
        whole = in_one(_dec(raw)) if _valid_number(raw) else None
        only_paren = f"OCR marker lost but its ')'; the price lies in footnote {whole}'s price range only"
        for mark, v, fid, hit in splits:  # a marker naming no footnote, one digit misread ('(18)' as '28)')
            if fid not in ids and hit and len(mark) == 2 and hit[-1] == mark[-1] and len(hit) == 3:
                return v, hit, (f"OCR marker '({mark})' misread and ran into the price; the price lies in "
                                f"footnote {hit}'s price range only")
        if whole and raw_places in (2, 4):
            return _dec(raw), whole, only_paren
        for mark, v, fid, hit in splits:  # a marker naming no footnote ('(3)' read as '8)')
            if fid not in ids and hit:
                return v, hit, (f"OCR marker '({mark})' misread and ran into the price; the price lies in "
                                f"footnote {hit}'s price range only")
        for mark, v, _fid, hit in splits if raw_places >= 5 else []:
            # a price has 2 or 4 places: one of 5 or 6 ran a marker in, whatever its digits read
            if hit:
                return v, hit, (f"OCR marker '({mark})' ran into the price; the price of {raw_places} places cut "
                                f"to {raw_places - len(mark)} lies in footnote {hit}'s price range only")
        return (_dec(raw), whole, only_paren) if whole and lost else None

    @staticmethod
    def _comma_price_in_a_range(whole: str, places: str, ranges: dict[str, tuple[Decimal, Decimal]],
                                marker: bool = True) -> tuple[Decimal | None, str | None, str] | None:
        """'$4,940)': a ')' closes only a marker, so the digits before it end with the marker's and the comma
        was the decimal point (4.94, marker '(..0)'), when that price lies in a price range the footnotes give
        and the amount read with the comma (4,940) in none. The marker's footnote is the one range holding
        the price, if one only (ranges overlap: then it is left unread). Without a marker ('$4,980', its
        marker's glyphs taken off), the comma is the decimal point on the same terms, no digit cut off."""
        if any(lo <= Decimal(whole + places) <= hi for lo, hi in ranges.values()):
            return None
        for keep in (2, 4) if marker else (len(places),):
            if marker and len(places) - keep not in (1, 2):
                continue
            v = Decimal(f"{whole}.{places[:keep]}")
            hits = [i for i, (lo, hi) in ranges.items() if lo <= v <= hi]
            if hits:
                ran = f" and ran the marker '({places[keep:]})' into the price (its '(' lost)" if marker else ""
                return v, hits[0] if len(hits) == 1 and marker else None, (
                    f"OCR read the decimal point as a comma{ran}; the price so read lies in a price range the "
                    "footnotes give, the amount as read in none")
        return None

    def _holding1(self, title: str, title_fns: list[str], toks: list[_Tok], ln: Line) -> None:
        k = len(self.doc.non_derivative_holdings)
        p = f"non_derivative_holdings[{k}]"
        row = NonDerivativeHolding(security_title=_clean(title) or None)
        if title_fns:
            row.footnote_ids["security_title"] = title_fns
        self.notes.see(f"{p}.security_title", title, "Table I column 1 (holding row)",
                       uncertain=id(ln) in self.flat_wrapped)
        frags, i = self._collect_number(toks, 0, "DI")
        if frags:
            v, _ = self._choose(frags, f"{p}.shares_owned_following_transaction")
            row.shares_owned_following_transaction = v
        fns, i = self._take_fns(toks, i)
        while i + 1 < len(toks) and toks[i].fn and (toks[i + 1].fn or toks[i + 1].text.strip("()") in ("D", "I")):
            fns.append(toks[i].fn)  # type: ignore[arg-type]  # a marker printed apart from its amount
            i += 1
        if fns:
            row.footnote_ids["shares_owned_following_transaction"] = fns
        self._ownership_tail(toks, i, row, p)
        self.doc.non_derivative_holdings.append(row)

    def _row_table2(self, ln: Line) -> None:
        toks = self._row_tokens(ln)
        if not toks:
            return
        title, title_fns, i = self._title(toks, self._cells_are_columns(ln))
        form3 = (self.doc.document_type or "").startswith("3")  # an amendment (3/A) prints Form 3's table
        title_fn_guess = ""
        stacked_conv = ""
        m = re.search(r"\s(\$\d[\d,]*(?:\.\d+)?)$", title) if self.cut_cells and not form3 else None
        if (m and i < len(toks) and toks[i].is_datefrag and not re.search(
                r"(?i)\b(?:value|par|per|of|at)$", title[: m.start()].strip())):
            # cells cut at guessed edges: a dollar amount stacked last under the title in its cell, a
            # date next, is column 2's conversion price, not the title's own words ('par value $1')
            title, stacked_conv = title[: m.start()].strip(), m.group(1)
            stacked_fns, title_fns = title_fns, []
        k = i
        while k < len(toks) and toks[k].fn:
            k += 1
        if (title and not form3 and i < k < len(toks) and not toks[k].is_datefrag
                and (toks[k].is_dollar or toks[k].is_num)):
            # the title's markers in a cell of their own ("... Shares | (1) | $7.14"): the conversion
            # price's markers follow it, so markers before it are the title's
            title_fns += [t.fn for t in toks[i:k] if t.fn]
            i = k
        elif (title and not form3 and k - i >= 2 and k < len(toks) and toks[k].is_datefrag
              and len({t.cell for t in toks[i:k]}) == k - i and self._conv_fns_before_txn_date(toks, i + 1)[0]):
            # 'Units | (1) | (2) | 04/21/2014 | A': markers in cells of their own, then a transaction date;
            # column 2 holds one cell, so the first marker is the title's (which one is a guess by position)
            title_fns.append(toks[i].fn)  # type: ignore[arg-type]
            title_fn_guess = toks[i].text
            i += 1
        # 2. conversion or exercise price
        conv: list[str] = []
        conv_fns: list[str] = []
        if stacked_conv:
            conv, conv_fns = [stacked_conv], stacked_fns
        elif not form3:
            if i < len(toks) and (toks[i].is_dollar or (toks[i].is_num and not toks[i].is_datefrag)):
                conv = [toks[i].text]
                i += 1
            elif i < len(toks) and toks[i].fn:
                conv_fns = [toks[i].fn]  # type: ignore[list-item]
                i += 1
            at = i
            if i and self._cells_are_columns(ln) == "tab":
                # a table extractor's cells: markers in the next cells are columns 6's ("$0.00 | (6) | (7)")
                f2 = []
                while i < len(toks) and toks[i].fn and toks[i].cell == toks[i - 1].cell:
                    f2.append(toks[i].fn)  # type: ignore[arg-type]
                    i += 1
                if not f2 and conv:
                    f2, i = self._conv_fns_before_txn_date(toks, i)
            else:
                f2, i = self._take_fns(toks, i)
                if len(f2) >= 2 and _second_title_after_markers(toks, at - 1 if conv_fns and not conv else at):
                    # 'Class B (2) (2) (2) Class A': no date, a second title next, so the last two markers
                    # hold column 6's places (exercisable, expiration), not column 2's
                    f2, i = f2[:-2], i - 2
                if not f2 and conv and self.ocr_cells:
                    f2, i = self._conv_fns_before_txn_date(toks, i)
            if self.cut_cells and conv_fns and conv_fns[0] in f2 and all(t.fn for t in toks[at:i]):
                # cells cut at guessed edges stack column 6's markers under column 2's ('(2)<br>(2)<br>(2)'):
                # a marker repeating one already read is the next column's, not column 2's again
                f2, i = f2[:f2.index(conv_fns[0])], at + f2.index(conv_fns[0])
            conv_fns += [f for f in f2 if f not in conv_fns]
        before_dates = i
        dates, i = self._dates(toks, i) if not form3 else ([], i)
        date_fns, i = self._take_fns(toks, i) if dates else ([], i)  # no date: markers are column 6's
        nxt = toks[i] if i < len(toks) else None
        has_code = nxt is not None and len(nxt.text.strip("()")) == 1 and nxt.text.strip("()").upper() in _CODES
        if dates and not has_code and self.fmt == "ocr" and not form3:
            # OCR smeared the code with its marker ('Gc', 'p™', 'Gl)'): a code letter, then the amount, after
            # the row's date holds column 4's place, so the row is a transaction (the code read below)
            has_code = self._code_smear(toks, i) is not None
        is_txn = bool(dates) and not form3 and (has_code or (nxt is not None and nxt.is_num and not nxt.is_datefrag))
        if dates and not is_txn:
            i = before_dates  # a holding row: those dates are the exercisable and expiration dates
            dates = []
        if is_txn:
            k = len(self.doc.derivative_transactions)
            p = f"derivative_transactions[{k}]"
            row: Any = DerivativeTransaction()
            self.doc.derivative_transactions.append(row)
        else:
            k = len(self.doc.derivative_holdings)
            p = f"derivative_holdings[{k}]"
            row = DerivativeHolding()
            self.doc.derivative_holdings.append(row)
        ttl = _clean(title)
        if ttl.count("(") > ttl.count(")"):
            if re.search(r"\(Right\s+to$", ttl, re.I):
                ttl = ttl + " Buy)"
                self.notes.unsure(
                    f"{p}.security_title", "cut-off title '(Right to' completed as '(Right to Buy)'", title
                )
            else:
                self.notes.unsure(f"{p}.security_title", "title cut off (unbalanced parenthesis)", title)
        else:
            self.notes.see(f"{p}.security_title", title, "Table II column 1",
                           uncertain=id(ln) in self.flat_wrapped or self.title_cells_joined)
        row.security_title = ttl or None
        if title_fns:
            row.footnote_ids["security_title"] = title_fns
        if title_fn_guess:
            self.notes.unsure(f"{p}.footnote_ids.security_title",
                              "two markers in cells of their own before the transaction date: the first "
                              "taken as the title's, the next as column 2's", title_fn_guess)
        run_in = re.fullmatch(r"(\$?\d[\d,]*\.\d{2})(\d)\)", conv[0]) if self.fmt == "ocr" and len(conv) == 1 else None
        if run_in:
            # '$47.619)': the marker '(3)' lost its '(' and ran into the price, its digit misread or not; a
            # price with a marker's ')' after three places is two places and the marker's digit
            conv = [run_in.group(1)]
            conv_fns = [*conv_fns, f"F{run_in.group(2)}"]
        if conv:
            v, _ = self._choose(conv, f"{p}.conversion_or_exercise_price", label="Table II column 2")
            if run_in:
                self.notes.unsure(f"{p}.conversion_or_exercise_price", "OCR marker lost its '(' and ran into the "
                                  "price: its last digit before the ')' taken as the marker's", run_in.group(0))
            row.conversion_or_exercise_price = v
            if stacked_conv:
                self.notes.unsure(f"{p}.conversion_or_exercise_price", "dollar amount stacked under the title "
                                  "in its cut cell, a date after it: column 2's", stacked_conv)
        if conv_fns:
            row.footnote_ids["conversion_or_exercise_price"] = conv_fns
        if is_txn:
            row.transaction_date = self._fix_date(dates[0], f"{p}.transaction_date")
            if date_fns:
                row.footnote_ids["transaction_date"] = date_fns
            if len(dates) > 1 and dates[1].value is not None:
                row.deemed_execution_date = dates[1].value
            at_code = i
            i = self._code(toks, i, row, p)
            if id(ln) in self.code_below and row.transaction_code:
                self.notes.unsure(f"{p}.transaction_code", "OCR'd tab cells: a code letter alone on the line under "
                                  "the row, put after its date", row.transaction_code)
            code_tok = next((t for t in toks[at_code:i] if row.transaction_code
                             and t.text.strip("()").upper().startswith(row.transaction_code)), None)
            # 5. number acquired (A) or disposed (D)
            frags, i = self._collect_number(toks, i, "")
            fns, i = self._amount_fns(toks, i, frags, bool(self._cells_are_columns(ln)) or self.fmt == "ocr")
            self.frags[id(row)] = {"shares": frags}
            if fns:
                row.footnote_ids["transaction_shares"] = fns
            # a second number right after is the (D) column
            if i < len(toks) and toks[i].is_num and not toks[i].is_datefrag and frags:
                f2, i2 = self._collect_number(toks, i, "")
                if f2 and i2 < len(toks) and (toks[i2].is_datefrag or toks[i2].fn):
                    self.notes.warnings.append(f"{p}: numbers in both (A) and (D) columns")
            code = row.transaction_code
            cols = getattr(self, "t2_cols", {})
            amount_tok = next((t for t in toks if frags and t.text == frags[-1]), None)
            if frags and ln.offsets is not None and {"A", "D", "date"} <= cols.keys() and amount_tok:
                # numbers are right-aligned: the column whose span holds the number's right edge
                edge = amount_tok.x + len(amount_tok.text) - 1
                ad = "A" if cols["A"] - 2 <= edge < cols["D"] else "D" if cols["D"] <= edge < cols["date"] else None
                if self.fmt == "ocr" and (code in _CODE_DISPOSES or code in _CODE_ACQUIRES):
                    pass  # a scan's rows drift against its headings: a code that fixes the direction says more
                elif ad and self.fmt == "ocr":
                    # a scan's columns drift and OCR loses the rules between them: the column is a guess
                    # the amount-owned arithmetic may overrule ('inferred')
                    row.transaction_acquired_disposed_code = ad
                    self.notes.unsure(f"{p}.transaction_acquired_disposed_code",
                                      f"OCR: inferred from the amount's right edge under the ({ad}) heading",
                                      amount_tok.text)
                elif ad:
                    row.transaction_acquired_disposed_code = ad
                    self.notes.see(
                        f"{p}.transaction_acquired_disposed_code",
                        amount_tok.text,
                        f"amount printed under the ({ad}) column",
                    )
            cells_ad = getattr(self, "t2_cells", {})
            grid = getattr(self, "t2_grid", 0)  # flat text's tab cells count only on the heading's grid
            if (frags and ln.offsets is None and amount_tok and cells_ad and len(frags) == 1
                    and (self.fmt == "markdown" or (grid and len(ln.cells) == grid))
                    and row.transaction_acquired_disposed_code is None):
                # the row lines up with the headings only if its code sits in the 'Code' heading's cell
                lined_up = code_tok is not None and code_tok.cell in (cells_ad.get("code", -1),
                                                                      cells_ad.get("code_end", -1))
                ad = next((k for k, ci in cells_ad.items() if ci == amount_tok.cell and k in ("A", "D")), None)
                if ad and lined_up and ad not in getattr(self, "t2_mixed", set()):
                    row.transaction_acquired_disposed_code = ad
                    self.notes.see(f"{p}.transaction_acquired_disposed_code", amount_tok.text,
                                   f"amount in the cell under ({ad})")
            if frags and row.transaction_acquired_disposed_code is None:
                # only a code whose meaning fixes the direction (a sale, an exercise, a conversion or an
                # expiry disposes of the derivative; a purchase, grant or small acquisition acquires):
                # a gift, a trust deposit or an 'other' (G, Z, J, W, ...) goes either way, so stays unread
                # (the owned-following arithmetic may still settle it)
                ad = "D" if code in _CODE_DISPOSES else "A" if code in _CODE_ACQUIRES else None
                if ad:
                    row.transaction_acquired_disposed_code = ad
                    self.notes.unsure(
                        f"{p}.transaction_acquired_disposed_code",
                        f"(A)/(D) column not separable in flat text; inferred from code {code}",
                        " ".join(frags),
                    )
            if frags and len(frags) == 1 and amount_tok and row.transaction_acquired_disposed_code is None:
                self._ad_by_rule_after(ln, amount_tok, row, p)
        # 6. date exercisable, expiration date (each a date or a footnote marker)
        cells_mode = self._cells_are_columns(ln)
        slots: list[tuple[date | None, list[str], str]] = []
        while i < len(toks) and len(slots) < 2:
            t = toks[i]
            if t.fn:
                group = [t.fn]
                i += 1
                while (i < len(toks) and toks[i].fn and toks[i].gap == 0 and toks[i].fn not in group
                       and toks[i].cell == t.cell
                       and (not self.cut_cells or toks[i].x == toks[i - 1].x + len(toks[i - 1].text))):
                    group.append(toks[i].fn)  # type: ignore[arg-type]  # "(1)(2)": both markers, one column
                    i += 1
                slots.append((None, group, t.text))
                continue
            if t.is_datefrag or (
                t.text.isdigit() and len(t.text) <= 2 and i + 1 < len(toks) and toks[i + 1].is_datefrag
            ):
                ds, i = self._dates(toks, i)
                k = i
                while k < len(toks) and toks[k].fn:
                    k += 1
                if len(slots) + len(ds) == 1 and i < k < len(toks) and toks[k].is_datefrag:
                    # "06/01/2014 | (1) | 06/01/2023": two dates fill column 6, so the marker between
                    # them, in a cell of its own, is the first one's
                    fns, i = [t.fn for t in toks[i:k] if t.fn], k
                elif (len(slots) + len(ds) >= 2 and i < k < len(toks)
                      and re.fullmatch(r"[A-Za-z][A-Za-z.,'-]*", toks[k].text)):
                    # "01/31/2021 | (4) | Common": column 6 is full and column 7 is words, so the marker in
                    # a cell of its own is the expiration date's
                    fns, i = [t.fn for t in toks[i:k] if t.fn], k
                elif cells_mode and i > 0 and i < len(toks) and toks[i].cell != toks[i - 1].cell:
                    fns = []  # a marker in the next cell is the next column's ("08/10/2018 | (4)")
                else:
                    at = toks[i - 1].cell
                    fns, j = self._take_fns(toks, i)
                    if self.cut_cells:
                        # the date's own markers only: one opening the next cell is that column's value
                        # ('05/12/2015(1) | (2)': the expiration date's footnote)
                        # (as is one ruled off under the date in its own cell: '05/12/2015(1)<br>(2)')
                        own = 0
                        while own < len(fns) and toks[i + own].cell == at and not toks[i + own].ruled:
                            own += 1
                        fns, j = fns[:own], i + own
                    i = j
                for dv in ds:
                    slots.append((dv.value, list(fns), dv.text))
                continue
            if t.text.lower() in ("immed.", "immediately", "immed", "(immediately)"):
                slots.append((None, [], t.text))
                i += 1
                continue
            break
        cols = getattr(self, "t2_cols", {})
        placed = False
        if len(slots) == 1 and ln.offsets is not None and "exp" in cols:
            placed = True
            tok_x = next((t.x for t in toks if t.text in slots[0][2] or slots[0][2] in t.text), None)
            if tok_x is not None and tok_x >= cols["exp"] - 2:
                slots.insert(0, (None, [], ""))  # the one value sits under "Expiration Date"
            elif tok_x is not None and "date" in cols and tok_x - cols["date"] > cols["exp"] - tok_x:
                # OCR's heading words sit a few columns off the values: a date starting nearer the
                # 'Expiration' heading than the 'Exercisable' one is the expiration date (uncertain)
                slots.insert(0, (None, [], ""))
                for f in ("exercise_date", "expiration_date"):
                    self.notes.unsure(f"{p}.{f}", "OCR: the one date of column 6 nearer the 'Expiration' heading "
                                      "than the 'Exercisable' one", slots[1][2])
        if (len(slots) == 1 and not placed and slots[0][0] is not None and self.ocr_cells
                and any(re.search(re.escape(slots[0][2]) + r"\s*\|\s*[A-Za-z]{3}", c) for c in ln.cells)):
            # OCR'd tab cells: the one date stands against column 7's rule, its title a space past the '|'
            # ('04/17/2015 | Common'): it fills column 6b, the expiration; a date in 6a has the empty 6b
            # column between it and the title, a wide gap flattened to a tab
            slots.insert(0, (None, [], ""))
            for f in ("exercise_date", "expiration_date"):
                self.notes.unsure(f"{p}.{f}", "OCR'd tab cells: the one date of column 6 against column 7's rule "
                                  "taken as the expiration date", slots[1][2])
        elif len(slots) == 1 and not placed and slots[0][0] is not None and self.ocr_cells and _mark_before_date(
                ln.cells, slots[0][2]):
            # OCR'd tab cells: a mark in a cell of its own right before the one date, past the title (an empty
            # column 6a's box read as '|', its footnote smeared: '®', '@'): the date is column 6b's, the expiration
            slots.insert(0, (None, [], ""))
            for f in ("exercise_date", "expiration_date"):
                self.notes.unsure(f"{p}.{f}", "OCR'd tab cells: a mark in a cell of its own before the one date of "
                                  "column 6: the date taken as the expiration date", slots[1][2])
        elif len(slots) == 1 and not placed and slots[0][0] is not None and self.cut_cells and not slots[0][1]:
            # cells cut at guessed edges, one bare date in column 6 (no marker for the other): an option's
            # end is printed, its start left empty when exercisable at once; a start printed with no end
            # would have the end's marker (no tuning form shows one without) -- the expiration, unsure
            slots.insert(0, (None, [], ""))
            for f in ("exercise_date", "expiration_date"):
                self.notes.unsure(f"{p}.{f}", "one bare date in column 6, no marker: taken as the expiration date",
                                  slots[1][2])
        elif len(slots) == 1 and not placed and slots[0][0] is not None:
            # one date and no column positions: it may be the expiration date with column 6a empty
            self.notes.unsure(f"{p}.exercise_date", "one date in column 6; exercisable or expiration?", slots[0][2])
            self.notes.unsure(f"{p}.expiration_date", "one date in column 6; exercisable or expiration?", slots[0][2])
        if slots:
            row.exercise_date, fns, txt = slots[0]
            if fns:
                row.footnote_ids["exercise_date"] = fns
            self.notes.see(f"{p}.exercise_date", txt, "date exercisable column")
        if len(slots) > 1:
            row.expiration_date, fns, txt = slots[1]
            if fns:
                row.footnote_ids["expiration_date"] = fns
            self.notes.see(f"{p}.expiration_date", txt, "expiration date column")
        # 7. underlying title and amount
        words: list[str] = []
        title_cell = toks[i].cell if i < len(toks) else -1
        while i < len(toks) and (
            (not toks[i].is_num and not toks[i].is_dollar and not toks[i].fn)
            or (ln.offsets is not None and words and toks[i].cell == title_cell and not toks[i].fn
                and words[-1].lower().strip(",") in ("value", "par", "of", "per")
                and not re.search(r"\d,\d{3}", toks[i].text))  # ('no par value 1,484.0000': column 7's amount)
            or (cells_mode == "tab" and words and toks[i].cell == title_cell and not toks[i].fn
                and (not (toks[i].is_num or toks[i].is_dollar)
                     or (words[-1].lower().strip(",") in ("value", "par", "of", "per")
                         # (a par value, not the amount stacked under 'no par value': '1,484.0000')
                         and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", toks[i].text))))
            or (self.ocr_cells and words and toks[i].cell == toks[i - 1].cell and toks[i].is_dollar
                and words[-1].lower().strip(",") in ("value", "par"))  # OCR'd cells: "par value $0.01"
        ):
            words.append(toks[i].text)  # positioned: the whole cell, wrapped "par value $0.01" included
            i += 1
        if words:
            row.underlying_security_title = _clean(" ".join(words))
            self.notes.see(f"{p}.underlying_security_title", " ".join(words), "column 7 title",
                           uncertain=id(ln) in self.flat_wrapped)
            fns, i = self._take_fns(toks, i)
            if not fns:
                fns, i = self._fns_before_value(toks, i)  # "Common Stock | (1) | 2,318,799"
            if fns:
                row.footnote_ids["underlying_security_title"] = fns
        und: list[str] = []
        und_at = i
        while i < len(toks) and toks[i].is_num and not toks[i].is_dollar and not (und and (
                toks[i].gap or ((cells_mode == "tab" or (self.ocr_cells and _whole_amount(und[-1], toks[i].text)))
                                and toks[i].cell != toks[i - 1].cell))):
            # a table extractor's next cell is the next column (9: owned); in OCR'd tab cells, once the
            # amount is whole ('3,683'), not a piece of a split one ('10 | 4,167')
            und.append(toks[i].text)
            i += 1
        shares = "".join(self.frags.get(id(row), {}).get("shares", [])).replace(",", "")
        if (self.fmt == "ocr" and len(und) > 1 and shares and und[0].replace(",", "") == shares
                and toks[und_at + 1].cell != toks[und_at].cell):
            # OCR'd tab cells: column 7's amount is the row's amount; the next cell is column 9's
            # (a lone '$0' of column 8 between them was dropped)
            und, i = und[:1], und_at + 1
        if und and cells_mode and i < len(toks) and toks[i].cell != toks[i - 1].cell:
            fns = []  # "66,454 | (1)": the marker is column 8's (Form 3: column 4's), not the amount's
        else:
            fns, j = self._take_fns(toks, i)
            if und and cells_mode:
                # the amount's own markers stop at its cell's edge: one opening the next cell is the
                # next column's ('16,486,250<sup>(2)</sup> | (1)': Form 3's conversion price footnote)
                own = 0
                while own < len(fns) and toks[i + own].cell == toks[i - 1].cell:
                    own += 1
                fns, j = fns[:own], i + own
            i = j
        if fns:
            row.footnote_ids["underlying_security_shares"] = fns
        tail = toks[i:]
        # 8. price, 9. owned following, 10. D/I, 11. nature
        price_frags: list[str] = []
        j = 0
        if form3:
            # Form 3 Table II: 4. conversion or exercise price, 5. D/I, 6. nature
            if j < len(tail) and tail[j].is_dollar:
                v, _ = self._choose([tail[j].text], f"{p}.conversion_or_exercise_price", label="Form 3 column 4")
                row.conversion_or_exercise_price = v
                j += 1
                while j < len(tail) and tail[j].fn and tail[j].gap == 0 and tail[j].cell == tail[j - 1].cell:
                    row.footnote_ids.setdefault("conversion_or_exercise_price", []).append(tail[j].fn)  # type: ignore[arg-type]
                    j += 1
            elif j < len(tail) and tail[j].fn:
                row.footnote_ids["conversion_or_exercise_price"] = [tail[j].fn]  # type: ignore[list-item]
                j += 1
                # every marker of the price's cell ('(1)(2)' where no price is printed), not its first
                while j < len(tail) and tail[j].fn and tail[j].gap == 0 and tail[j].cell == tail[j - 1].cell:
                    row.footnote_ids["conversion_or_exercise_price"].append(tail[j].fn)  # type: ignore[arg-type]
                    j += 1
        elif j < len(tail) and tail[j].is_dollar:
            price_frags = [tail[j].text]
            j += 1
            if (self.cut_cells and "." not in price_frags[0] and j < len(tail) and tail[j].is_num
                    and re.fullmatch(r"\.\d{1,4}", tail[j].text) and tail[j].cell != tail[j - 1].cell):
                # a column edge cut the price before its cents ('$42' | '.85'): no amount starts with '.'
                price_frags.append(tail[j].text)
                j += 1
        elif j < len(tail) and tail[j].fn and is_txn:
            row.footnote_ids["transaction_price_per_share"] = [tail[j].fn]  # type: ignore[list-item]
            j += 1
        fns, j = self._take_fns(tail, j)
        if not fns and price_frags:
            fns, j = self._fns_before_value(tail, j)
        if fns and is_txn:
            row.footnote_ids.setdefault("transaction_price_per_share", []).extend(fns)
        owned: list[str] = []
        while j < len(tail) and tail[j].is_num and not tail[j].is_dollar and not (owned and tail[j].gap):
            owned.append(tail[j].text)
            j += 1
        if form3 and owned:
            # Form 3: 4 is the amount, 5 the conversion price ($)
            pass
        if form3 and j < len(tail) and tail[j].is_dollar:
            v, _ = self._choose([tail[j].text], f"{p}.conversion_or_exercise_price")
            row.conversion_or_exercise_price = v
            j += 1
        fns, j = self._take_fns(tail, j)
        k = j
        while not fns and owned and k < len(tail) and tail[k].fn:
            k += 1
        if k > j and k < len(tail) and tail[k].text.strip("()") in ("D", "I"):
            # '2,200 | (8) | I': markers in cells of their own before the ownership form are the amount's
            fns, j = [t.fn for t in tail[j:k] if t.fn], k
        if fns and not form3:
            row.footnote_ids["shares_owned_following_transaction"] = fns
        self._ownership_tail(tail, j, row, p)
        if price_frags and is_txn:
            pv, _ = self._choose_price(price_frags, f"{p}.transaction_price_per_share")
            row.transaction_price_per_share = pv
        if form3:
            self.frags[id(row)] = {"shares": [], "owned": [], "und": und}
            v, _ = self._choose(und, f"{p}.underlying_security_shares") if und else (None, False)
            row.underlying_security_shares = v
        else:
            if (not is_txn and not owned and len(und) == 2 and und[0] == und[1]
                    and (re.fullmatch(r"\d{1,3}(?:,\d{3})+", und[0])
                         or (self.cut_cells and re.fullmatch(r"\d{1,3}(?:\.\d+)?", und[0])))):
                # a flat holding row's 'Class A 89,105 89,105 I': two whole grouped amounts side by side
                # are column 7's amount and column 9's owned-following, not one number's pieces (nor are
                # two cut cells' '563' | '563': the form groups thousands, so no amount prints as '563563')
                und, owned = und[:1], und[1:]
            fr = self.frags.setdefault(id(row), {"shares": []})
            fr["owned"] = owned
            fr["und"] = und



_FLAT_TITLE_WORDS = frozenset({"Common", "Stock", "Preferred", "Shares", "Ordinary", "Units", "Options", "Option"})


_INITIALS_MARKED_LINE = re.compile(r"\s*(?:[A-Z]\.){1,2}[A-Z]\.?(?:\s?\(\d{1,2}\))*\s*")
"""A line of initials, maybe with its markers ('L.P.', 'L.P. (2)'): the end of a nature's name."""

_YEAR_AMONG_WORDS = re.compile(r"(?:[A-Za-z][A-Za-z.,'&-]*\s+)*(?:19|20)\d{2}(?:\s+[A-Za-z][A-Za-z.,'&()-]*)*")
"""A line of words with one year among them and no other number ('Stock Stock 2021')."""


def _flat_wraps_spread(head: str, wrap: str) -> str | None:
    """A row's flat text ('Class B (2) (2) (2) Class A 89,105 89,105 I proportionate') with the next
    line's wrapped words ('Common Common limited') put where they belong: the row's titles (word
    runs before the D/I mark, a lone code letter not one) each take one leading title word, the rest
    continue the nature after the mark. None when the line does not fit that grammar (one title word
    for two titles, or no nature after the mark), so the caller's other rules decide."""
    toks = head.split()
    di = [k for k, t in enumerate(toks) if re.fullmatch(r"[DI](?:\(\d{1,2}\))*", t)]
    if not di:
        return None
    ends_in_mark = di[-1] == len(toks) - 1  # no nature: the wrapped words can only be the titles'
    if not ends_in_mark and not re.match(r"[A-Za-z]", toks[di[-1] + 1]):
        return None
    if not any(re.fullmatch(r"\$?\d[\d,]*(?:\.\d+)?(?:\(\d{1,2}\))*", t) for t in toks[: di[-1]]):
        return None
    ends: list[int] = []  # index of each title's last word
    run: list[int] = []
    for k, t in enumerate([*toks[: di[-1]], "0"]):
        if re.fullmatch(r"[A-Za-z][A-Za-z.,'&-]*", t):
            run.append(k)
            continue
        if len(run) > 1 or (run and len(toks[run[0]]) > 1):
            ends.append(run[-1])
        run = []
    words = wrap.split()
    lead = 0
    while lead < min(len(words), len(ends)) and words[lead] in _FLAT_TITLE_WORDS:
        lead += 1
    if not ends or lead not in (0, len(ends)):
        return None
    if ends_in_mark and not (lead == len(words) == len(ends) >= 2):
        return None  # (one title word for one title is the caller's rule; words past the titles have no column)
    if len(ends) == 1 == lead and all(w in _FLAT_TITLE_WORDS for w in words):
        # one title, the line all title words ('Common Stock' under 'Class A 100,000 I By X, LLC'): the
        # title's wrap, none of it the nature's
        words, lead = [" ".join(words)], 1
    for end, w in sorted(zip(ends, words[:lead], strict=False), reverse=True):
        toks.insert(end + 1, w)
    return " ".join([*toks, *words[lead:]])
