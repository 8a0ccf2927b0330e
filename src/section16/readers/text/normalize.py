"""Normalisation: every input shape (OCR text, tab-flattened tables, markdown, HTML) becomes
lines of cells, with OCR's homoglyphs and foreign-script junk mapped back or marked damaged."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, islice
from typing import Any

from section16.readers.text.tilt import untilt
from section16.readers.text.values import _DIGIT, _LETTER, _OCR_TRACES, _TWO_LETTERS, DAMAGE, _squash

# ---------------------------------------------------------------------------------------
# Normalisation: every input shape becomes lines of cells.
# ---------------------------------------------------------------------------------------

_HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic capitals and small letters that look like Latin ones
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "У": "Y",
        "І": "I",
        "Ј": "J",
        "Ѕ": "S",
        "Ԁ": "D",
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ӏ": "l",
        "к": "k",
        "м": "m",
        "т": "t",
        "в": "b",
        "н": "h",
        "г": "r",
        "п": "n",
        "Г": "r",
        # Greek
        "Α": "A",
        "Β": "B",
        "Ε": "E",
        "Ζ": "Z",
        "Η": "H",
        "Ι": "I",
        "Κ": "K",
        "Μ": "M",
        "Ν": "N",
        "Ο": "O",
        "Ρ": "P",
        "Τ": "T",
        "Υ": "Y",
        "Χ": "X",
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ι": "i",
        "κ": "k",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "ε": "e",
        # superscript footnote markers and typographic punctuation
        "⁽": "(",
        "⁾": ")",
        "⁰": "0",
        "¹": "1",
        "²": "2",
        "³": "3",
        "⁴": "4",
        "⁵": "5",
        "⁶": "6",
        "⁷": "7",
        "⁸": "8",
        "⁹": "9",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "☒": "X",
        "☑": "X",
        "✔": "X",
        "✓": "X",
        "■": "X",
        "☐": "",
        "□": "",
    }
)
_HOMOGLYPH_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in _HOMOGLYPHS) + "]+")


def _unhomoglyph(text: str) -> str:
    """``text.translate(_HOMOGLYPHS)``, translating only the runs of mapped characters: str.translate
    looks every character of a non-ASCII text up in the table, where the regex skips the rest far faster."""
    return _HOMOGLYPH_RUN.sub(lambda m: m.group().translate(_HOMOGLYPHS), text)


def _looks_ocr(text: str) -> bool:
    """OCR of a printed form leaves table rules and empty checkboxes as '|', 'L]', 'LJ', '[_]', '©' and
    misreads label words: three such traces, or two broken labels, or (a clean scan at a small font) two
    traces with a broken label; a PDF's own text layer shows none of these traces."""
    broken = _broken_labels(text)
    if broken >= 2:
        return True
    traces = sum(1 for _ in islice(_OCR_TRACES.finditer(text), 3))  # one scan, stopped at the third
    return traces >= 3 or (broken >= 1 and traces >= 2)


_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0700-\u1cff]+")
_TAG = re.compile(r"</?(?:u|mark|b|i|em|strong|span|sup|sub|font|a|small|big|ins|s)\b[^>]*>", re.I)
_BLOCK_HTML = re.compile(r"<(?:table|tr|td|th|div|p|br|html|body)\b", re.I)
_MD_ESCAPE = re.compile(r"\\([\\$|*_#`\[\]()<>!.\-+{}])")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-*:?\s*)*\|?\s*$")
_BULLET = re.compile(r"^\s*[-*•]\s+(?=\S)")

# compiled once: the normalisation runs these on every line, cell or stacked piece of a text
_BR = re.compile(r"<br\s*/?>")
"""A line break inside a markdown cell (PyMuPDF4LLM stacks a cell's lines with it)."""
_BR_ANY_CASE = re.compile(r"<br\s*/?>", re.I)
_MD_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_MD_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+(?=\S)")
_CELL_TEXT = re.compile(r"\S+(?: \S+)*")
"""A positioned cell: words one space apart (a wider gap ends the cell)."""
_TITLE_ATOP_HEADINGS = re.compile(r"((?:[^<|]+?(?:<sup>[^<]*</sup>)?<br>)+?)(?=1\.\s*Title of)")
_BOLD_LINE = re.compile(r"\*\*\S.*\*\*")
_BOLD_SLICE = re.compile(r"\*\*[^*]+\*\*")
_FORM_MARKED = re.compile(r"[DI](?:\(\d{1,2}\))*")
_AMOUNT_CHARS = re.compile(r"[\d,.$]+")
_AMOUNT_ROW_CELL = re.compile(r"\|[\d,.$]*\d[\d,.]*(?:<sup>[^<]*</sup>)?\|")
_CLASS_TAB_LETTER = re.compile(r"\bClass\t([A-Z])(?= )")
_DOLLAR_END = re.compile(r"\$\d+$")
_DOLLAR_POINT_END = re.compile(r"\$\d+\.?$")
_LETTER_END = re.compile(r"[A-Za-z]$")
_WORD = re.compile(r"[A-Za-z]+")
_WORD_END = re.compile(r"[A-Za-z]+$")
_DIGITS = re.compile(r"\d+")
_DIGITS_END = re.compile(r"\d+$")
_SHORT_NUMBER_START = re.compile(r"\d{1,4}(?:\s|$|-)")
_SHORT_NUMBER_END = re.compile(r"(?:^|\s)\d{1,4}$")
_MONTH_SLASH = re.compile(r"\d{1,2}/")
_DATE_MDY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_TABLE_ONE_OR_TITLE = re.compile(r"Table I\b|Title of")
_TABLE_TWO = re.compile(r"Table\s*II\b")
_TABLE_HEADING_CUT = re.compile(r"\*\*Ta(?:b(?:le?)?)?(?:\*\*|\s)")
_ADDRESS_HINT = re.compile(r"\((?:Street|Last|City)\)")
_TEN_PCT_OWNER_SPLIT = re.compile(r"(?<!\S)10 (?:[0O)],? )?% Owner")
"""Box 5's '10% Owner' with the '%' sign's ring read apart ('10 0, % Owner', '10 ) % Owner')."""
_TITLE_RULE_PRICE = re.compile(r"(.*[A-Za-z]) \| (\$\d\S*(?: \|? ?\d.*)?)")
_LAYOUT_GAP = re.compile(r"\S {3,}\S")
_SUP_TAG = re.compile(r"</?sup>")
_SPACES = re.compile(r"\s+")


_BOX5_LABEL_START = re.compile(r"(?<!\S)(?:Director|Officer|[Oo]ther|10%)(?=\s|$|\()")
"""Where a box 5 label starts on an OCR grid line (its check box printed just left of it)."""
_WORD_SPAN = re.compile(r"\S+")
_SPECK = re.compile(r"[.,;:'`\u2018\u2019-]")
"""A speck of dirt or a stray stroke OCR reads as punctuation on its own (no word, no box)."""
_BOX_TICKED_ALONE = re.compile(r"[\[(|]?[xXkK]{1,2}[\])|]?|\[[xX]J")
"""A checked box as OCR reads it when alone ('X', '[X]', 'x]', 'XK', '[xJ')."""
_BOX_GLYPH_ALONE = re.compile(_BOX_TICKED_ALONE.pattern + r"|[LC\[|(]?[\]J1lI|)]|[LC][1lI\]J]?|_|[oO0]")
"""A check box as OCR reads it when alone: checked, or empty ('L]', 'LJ', '[1', 'Ll')."""


def _box5_glyphs_down(lines: list[str]) -> list[str]:
    """OCR on a grid sets a box 5 check box (printed a little taller than its label) on a line of its own
    above the label line, at the box's column ('LJ       [X]' over '   Officer (give title below)   Other
    (specify below)'). Read in line order the glyph then stands before whatever opens the next line, so
    the Other box's X was taken for the Officer box's. Each glyph that ends just left of a label's start
    on the next line, with no glyph before that label already, is put back before it: at its own column
    where the line is blank there, else pushed in before the label (OCR's columns are a rough grid: a
    glyph may overlap the end of the label left of it). Only when every word of the line above at or
    right of the labels' column is a box glyph, and only the checked ones: an empty box's glyph on the
    line above is read there (`_ten_box`), and a check mark is what a wrong label turns into a silent
    error."""
    out = list(lines)
    for j in range(1, len(out)):
        starts = [m.start() for m in _BOX5_LABEL_START.finditer(out[j])]
        if not starts:
            continue
        left = min(starts) - 8
        above = [m for m in _WORD_SPAN.finditer(out[j - 1]) if m.end() > left and not _SPECK.fullmatch(m.group())]
        if any(m.start() < left or not _BOX_GLYPH_ALONE.fullmatch(m.group()) for m in above):
            continue
        above = [m for m in above if _BOX_TICKED_ALONE.fullmatch(m.group())]
        if not above:
            continue
        label = out[j]
        moves: list[tuple[re.Match[str], int]] = []
        for m in above:
            s = next((s for s in starts if s - 6 <= m.end() <= s + 2), None)  # (a glyph may overlap its label)
            before = label[max(0, s - 6) : s].split() if s is not None else []
            if s is None or any(s == t for _m, t in moves) or (before and _BOX_GLYPH_ALONE.fullmatch(before[-1])):
                break
            moves.append((m, s))
        else:
            up = out[j - 1]
            for m, s in reversed(moves):  # (right to left: a glyph pushed in moves only what is right of it)
                g = m.group()
                if not label.ljust(s)[max(0, m.start() - 1) : m.end() + 1].strip():
                    label = label.ljust(m.end())[: m.start()] + g + label.ljust(m.end())[m.end() :]
                else:
                    label = label[:s] + g + " " + label[s:]
                up = up[: m.start()] + " " * len(g) + up[m.end() :]
            out[j - 1], out[j] = up.rstrip(), label
    return out


_TAB_LABEL_PAIRS = ((re.compile(r"Officer\b"), re.compile(r"[Oo]ther\b")),)
"""Box 5's Officer / Other labels as one OCR'd tab line holds them, a cell opening with each (the Director /
10% Owner pair is left alone: moving its glyphs broke a joint filing's interleaved box 1 reading, 0.0016 F1)."""


def _box5_tab_glyphs_down(lines: list[str]) -> list[str]:
    """OCR'd tab cells (no columns): box 5's two check boxes of a label line, printed a little taller than
    its words, end the line above as two glyph cells ('3. statement | Issuer's | Year | L] | [X]' over
    'Officer (give . | title below) | Other (specify . | below)'). Read in line order the Other box's X
    stood before 'Officer' and checked it. When the line above ends with exactly two box glyphs, one of
    them checked, and the next line holds a cell opening with each label of a pair, each glyph goes back
    before its label: the first before 'Officer', the second before 'Other'."""
    out = list(lines)
    for j in range(1, len(out)):
        cells = out[j].split("\t")
        for left, right in _TAB_LABEL_PAIRS:
            a = next((k for k, c in enumerate(cells) if left.match(c.strip())), None)
            b = next((k for k, c in enumerate(cells) if right.match(c.strip())), None)
            if a is None or b is None or b <= a:
                continue
            up = out[j - 1].split("\t")
            tail = [k for k, c in enumerate(up) if c.strip()][-3:]
            glyphs = [k for k in tail if _BOX_GLYPH_ALONE.fullmatch(up[k].strip())]
            if len(glyphs) != 2 or glyphs != tail[-2:] or not any(
                    _BOX_TICKED_ALONE.fullmatch(up[k].strip()) for k in glyphs):
                continue
            cells[a] = up[glyphs[0]].strip() + " " + cells[a].lstrip()
            cells[b] = up[glyphs[1]].strip() + " " + cells[b].lstrip()
            out[j - 1] = "\t".join(up[: glyphs[0]])
            out[j] = "\t".join(cells)
            break
    return out


def _md_row_cells(line: str) -> list[str]:
    """A markdown table row's cells, between its outer pipes (the closing one may be missing)."""
    body = line.strip()
    return body[1:-1 if body.endswith("|") else None].split("|")


def _cells_between_pipes(line: str) -> list[str]:
    """A markdown table row's cells, its first and last characters taken for the outer pipes."""
    return line.strip()[1:-1].split("|")


def _stack(cell: str) -> list[str]:
    """A markdown cell's stacked lines, each stripped (PyMuPDF4LLM stacks them with '<br>')."""
    return [x.strip() for x in _BR.split(cell)]


_FRACTION = re.compile(r"\d/\d{1,2}")
"""The fraction of a par value such as '$1 2/3'."""


@dataclass(slots=True)
class Line:
    """One line of the input as cells; ``offsets`` are character columns when known."""

    cells: list[str]
    offsets: list[int] | None = None
    widths: list[int] | None = None  # printed width of each cell on this line (positioned input)
    looked: tuple[str, ...] = ()  # OCR: words a second look at the image added (read alone, may be wrong)

    @property
    def text(self) -> str:
        return " ".join(filter(None, self.cells))  # the non-empty cells

    @property
    def tabbed(self) -> str:
        return "\t".join(self.cells)


_HTML_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "tbody",
        "thead",
        "body",
        "html",
        "section",
        "article",
        "hr",
        "pre",
        "center",
    }
)
_HEADING_CELL = re.compile(r"Instr\.|Month/Day/Year|Title of|Ownership\s+Form|Date\s+Exercisable|Amount or", re.I)


def _html_lines(el: Any) -> list[str]:
    """The text of an element as lines: block children and ``<br>`` break lines, inline ones don't."""
    lines: list[str] = [""]

    def add(text: str | None) -> None:
        if text and text.strip():
            lines[-1] = f"{lines[-1]} {' '.join(text.split())}" if lines[-1] else " ".join(text.split())

    def walk(node: Any) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _HTML_BLOCKS and lines[-1]:
            lines.append("")
        add(node.text)
        for child in node:
            walk(child)
            if isinstance(child.tag, str) and child.tag.lower() in _HTML_BLOCKS and lines[-1]:
                lines.append("")
            add(child.tail)

    walk(el)
    return [ln for ln in lines if ln]


def _html_table_layout(table: Any) -> list[str]:
    """Lay a ``<table>`` out like ``pdftotext -layout``: cells in fixed columns, one text line
    per line of the tallest cell, row- and column-spans kept on the grid."""
    import textwrap

    grid: list[list[tuple[int, int, list[str]]]] = []  # per row: (first column, span, lines)
    taken: dict[tuple[int, int], bool] = {}
    min_width: dict[int, int] = {}
    rows = [tr for tr in table.iter("tr") if tr.getparent() is not None and _owner_table(tr) is table]
    for ri, tr in enumerate(rows):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        heading = any(c.tag.lower() == "th" for c in cells) or any(
            _HEADING_CELL.search(c.text_content() or "") for c in cells
        )
        col = 0
        placed = []
        for c in cells:
            while taken.get((ri, col)):
                col += 1
            span = int(c.get("colspan")) if str(c.get("colspan", "")).isdigit() else 1
            rspan = int(c.get("rowspan")) if str(c.get("rowspan", "")).isdigit() else 1
            span, rspan = max(1, min(span, 40)), max(1, min(rspan, 20))
            lines = _html_lines(c)
            if heading and len(cells) > 3:
                lines = [w for ln in lines for w in textwrap.wrap(ln, 22)]
            placed.append((col, span, lines))
            pct = re.search(r"width\s*:\s*(\d{1,3})\s*%", c.get("style", "")) or re.fullmatch(
                r"\s*(\d{1,3})\s*%\s*", c.get("width", "")
            )
            if pct and span == 1:
                # a page is about 160 characters wide in pdftotext -layout output
                min_width[col] = max(min_width.get(col, 0), int(pct.group(1)) * 16 // 10)
            for r in range(ri, ri + rspan):
                for k in range(col, col + span):
                    taken[(r, k)] = True
            col += span
        grid.append(placed)
    ncols = max((c + s for row in grid for c, s, _ in row), default=0)
    width = [min_width.get(k, 0) for k in range(ncols)]
    for row in grid:
        for c, s, lines in row:
            if s == 1:
                width[c] = max(width[c], max((len(x) for x in lines), default=0))
    for row in grid:
        for c, s, lines in row:
            need = max((len(x) for x in lines), default=0)
            have = sum(width[c : c + s]) + 3 * (s - 1)
            if need > have:
                width[c + s - 1] += need - have
    starts = [0] * (ncols + 1)
    for k in range(ncols):
        starts[k + 1] = starts[k] + width[k] + 3
    out: list[str] = []
    for row in grid:
        height = max((len(lines) for _, _, lines in row), default=0)
        for h in range(height):
            line = ""
            for c, _, lines in row:
                if h < len(lines):
                    line = line.ljust(starts[c]) if line else " " * starts[c]
                    line += lines[h]
            out.append(line.rstrip())
    return out


def _owner_table(el: Any) -> Any:
    node = el.getparent()
    while node is not None and not (isinstance(node.tag, str) and node.tag.lower() == "table"):
        node = node.getparent()
    return node


def _html_to_text(text: str) -> str:
    """Render an HTML form as layout text, the shape ``pdftotext -layout`` gives.

    Each outermost ``<table>`` is laid out on a character grid (spans kept), other blocks
    become lines, so the layout decoder reads HTML renderings like printed ones.
    """
    from lxml import html as lxml_html

    root = lxml_html.fromstring(text)
    for bad in root.xpath("//script|//style|//head|//title|//noscript"):
        bad.drop_tree()
    out: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag == "table":
            out.append("")
            out.extend(_html_table_layout(node))
            out.append("")
            if node.tail and node.tail.strip():
                out.append(" ".join(node.tail.split()))
            return
        if tag in _HTML_BLOCKS:
            out.append("")
        if node.text and node.text.strip():
            out[-1:] = [f"{out[-1]} {' '.join(node.text.split())}".strip()] if out else [" ".join(node.text.split())]
        for child in node:
            walk(child)
        if tag in _HTML_BLOCKS:
            out.append("")
        if node.tail and node.tail.strip():
            tail = " ".join(node.tail.split())
            if out:
                out[-1] = f"{out[-1]} {tail}".strip()
            else:
                out.append(tail)

    walk(root)
    lines: list[str] = []
    for ln in out:
        if ln or (lines and lines[-1]):
            lines.append(ln)
    return "\n".join(lines)


_EVERY_FORM = (
    "nameandaddressofreportingperson",
    "issuernameandtickerortradingsymbol",
    "relationshipofreportingperson",
    "explanationofresponses",
    "signatureofreportingperson",
    "titleofsecurity",
    "individualorjointgroup",
    "beneficiallyowned",
)
"""Labels every Form 3, 4 and 5 prints; a text layer has them all, OCR breaks some."""


def _broken_labels(text: str) -> int:
    """How many of the labels every form prints are missing (misread) from ``text``."""
    sq = _squash(text)
    missing = sum(1 for a in _EVERY_FORM if a not in sq)
    return missing if missing < len(_EVERY_FORM) - 2 else 0  # not a form at all: say nothing


_TOKEN_CUT = (
    # (end of the left cell, start of the right cell): one token cut by a column edge
    (re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{1,3}$"), re.compile(r"^\d")),  # "06/02/202" | "0"
    (re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/?$"), re.compile(r"^/?\d{4}\b")),  # "09/30" | "/2021"
    (re.compile(r"(?<![\d/])\d{1,2}/$"), re.compile(r"^\d{1,2}/\d{4}\b")),  # "01/" | "02/2020"
    # a second date cut after its month's first digit, under the first in the stack ("11/01/2002 1" | "1/02/2002")
    (re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4} 1$"), re.compile(r"^[0-2]/\d{1,2}/\d{4}\b")),
    (re.compile(r"\d,\d{0,2}$"), re.compile(r"^\d{1,3}(?![\d/])")),  # "100,0" | "00"
    (re.compile(r"(?:^|\s)\$$|\$\d+\.$"), re.compile(r"^\d+(?![\d/])")),  # "$1." | "20"
    (re.compile(r"\$\d+\.\d$"), re.compile(r"^\d{1,3}(?=\s|$)")),  # "$253.6" | "3"
    # an amount cut inside its cents, the lone digit starting the next cell ("100.1" | "2 $1,001.23")
    (re.compile(r"(?<![\d/.,$])\d{1,3}(?:,\d{3})*\.\d$"), re.compile(r"^\d(?=\s|$)")),
    (re.compile(r"(?<![\d/.,])\d{1,3}(?:,\d{3})+\.$"), re.compile(r"^\d{1,4}(?![\d/,])")),  # "8,607." | "0000"
    (re.compile(r"\((?:F?\d{0,2})$"), re.compile(r"^(?:F?\d{0,2})\)")),  # "188,907(" | "1)"
)


def _join_split_tokens(cells: list[str]) -> list[str]:
    """PyMuPDF4LLM cuts a cell's text where its guessed column edge falls, inside a date, an
    amount or a footnote marker; put such a token back together (the left cell keeps it)."""
    out = list(cells)
    for k in range(len(out) - 1):
        j = k + 1
        while j < len(out) and out[k] and out[j]:
            a, b = out[k], out[j]
            for left, right in _TOKEN_CUT:
                if right.match(b) and left.search(a):  # (the anchored start first: the cheaper test)
                    head, _, rest = b.partition(" ")
                    out[k] = a + head
                    out[j] = rest
                    break
            else:
                break
            if out[j]:
                break
            j += 1  # the token went on past a cell it filled: cut at two edges ('8,8' | '6' | '9')
    return out


_BOX_START = re.compile(r"^\s*(?:\*\*)?\d{1,2}\.\s")


_AMOUNT_WITH_MARKS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:<sup>(?:\(\d{1,2}\))+</sup>)?"
"""An amount as PyMuPDF4LLM prints it in a cell, maybe with its raised footnote markers."""

_TITLE_WORDS = frozenset(
    "common stock class par value per share shares of and the units unit preferred series ordinary options "
    "option restricted warrants warrant rights right to buy sell no are securities beneficially owned".split())
"""Whole words of security titles: a cell edge next to one fell between words, not inside one."""


def _glue_title(a: str, b: str) -> str:
    """Join two pieces of a title line: an edge between two whole title words ('common' | 'stock')
    fell between words, else as `_glue`."""
    left, right = _WORD_END.search(a), _WORD.match(b)
    if left and right and left.group(0).lower() in _TITLE_WORDS and right.group(0).lower() in _TITLE_WORDS:
        return f"{a} {b}"
    return _glue(a, b)


_DOLLAR_CUT = re.compile(r"\$\d*\.?\d*$")
"""A line ending in a dollar amount cut at the column's edge ('value $0.00' of '$0.001')."""


def _glue_title_piece(a: str, b: str) -> str:
    """A title line and its piece from the next cell: a dollar amount cut inside its digits goes on
    without a space ('value $0.00' + '1'), else as `_glue_title`."""
    if _DOLLAR_CUT.search(a) and b[:1].isdigit():
        return a + b
    return _glue_title(a, b)


def _glue(a: str, b: str) -> str:
    """Join two pieces of one printed line that a column edge cut apart."""
    if not a or not b:
        return a or b
    for left, right in _TOKEN_CUT:
        if right.match(b) and left.search(a):  # (the anchored start first: the cheaper test)
            return a + b
    if (a[-1].isalnum() and (b[0].islower() or b[0] in ")/,.'")) or a.endswith(("(", "/")) or (
        _SHORT_NUMBER_END.search(a) and _SHORT_NUMBER_START.match(b)
        and len(_DIGITS_END.search(a).group(0)) + len(_DIGITS.match(b).group(0)) == 5  # type: ignore[union-attr]
    ):
        return a + b  # "(Last) (First) (M" + "iddle)", "Name and Tic" + "ker"
    return f"{a} {b}"


def _align(rows: list[list[str]], types: list[bool], pieces: list[tuple[str, bool]]) -> None:
    """Add one cell's stacked lines to the rows of its box: the longest common subsequence of
    value/label kinds (values are bold) pairs them up; a line with no partner is a row of its own."""
    n, m = len(types), len(pieces)

    longest = max((len(r[-1]) for r in rows), default=1) or 1
    # what weight() reads of each row's last line and each piece, worked out once (a row is only
    # added to after its weights were read)
    ends_in_letter = [r[-1][-1:].isalpha() for r in rows]
    fill = [len(r[-1]) / longest / 2 for r in rows]
    starts_lower = [p[:1].islower() for p, _bold in pieces]

    def weight(x: int, y: int) -> float:
        if types[x] != pieces[y][1]:
            return 0
        # a word cut at the edge ("4. Relatio" + "nship") pairs up before anything else, and a
        # line that runs on into the next slice is one that filled its own slice to the edge
        cut = ends_in_letter[x] and starts_lower[y]
        return (3 if cut else 2) + fill[x]

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            w = weight(x, y)
            best[x][y] = max(best[x + 1][y + 1] + w if w else 0, best[x + 1][y], best[x][y + 1])
    x = y = 0
    extra: list[tuple[int, str, bool]] = []  # (insert before row x, text, bold)
    while x < n and y < m:
        w = weight(x, y)
        if w and best[x][y] == best[x + 1][y + 1] + w:
            rows[x].append(pieces[y][0])
            x, y = x + 1, y + 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            extra.append((x, pieces[y][0], pieces[y][1]))
            y += 1
    extra += [(n, t, b) for t, b in pieces[y:]]
    for at, t, b in reversed(extra):
        rows.insert(at, [t])
        types.insert(at, b)


def _unstack_header_rows(text: str) -> str:
    """PyMuPDF4LLM prints the form's header boxes as one markdown row whose cells stack lines
    with <br>, each cell a slice of the page cut at a guessed column edge ("1. Name and" |
    "Address of Reporting Person"). Rebuild each box's lines, box after box, as flat text."""
    out: list[str] = []
    seen_table = False
    for ln in text.splitlines():
        st = ln.strip()
        if seen_table or not (st.startswith("|") and st.endswith("|") and "<br" in st.lower()):
            out.append(ln)
            seen_table = seen_table or bool(_TABLE_ONE_OR_TITLE.search(ln))
            continue
        seen_table = bool(_TABLE_ONE_OR_TITLE.search(ln))
        cells = st[1:-1].split("|")
        cells, heading = _heading_out_of_header_row(cells)
        if heading:
            seen_table = False  # the row is the header's; the heading goes on a line of its own after it
        groups: list[list[list[tuple[str, bool]]]] = []
        for k, cell in enumerate(cells):
            pieces = []
            for piece in _BR_ANY_CASE.split(cell):
                bold = bool(_BOLD_LINE.fullmatch(piece.strip()))  # "** Signature ..." is a label
                piece = piece.replace("**", "").strip()
                if piece:
                    pieces.append((piece, bold))
            if not pieces:
                continue
            if k == 0 or _BOX_START.match(pieces[0][0]) or not groups:
                groups.append([pieces])
            else:
                groups[-1].append(pieces)
        for group in groups:
            rows = [[t] for t, _ in group[0]]
            types = [b for _, b in group[0]]
            for pieces in group[1:]:
                _align(rows, types, pieces)
            for row in rows:
                line = row[0]
                for piece in row[1:]:
                    line = _glue(line, piece)
                out.append(line)
        if heading:
            out.append(heading)
            seen_table = True
    return "\n".join(out)


def _heading_out_of_header_row(cells: list[str]) -> tuple[list[str], str]:
    """Table I's heading cut into the header's last row, as the last bold slice of its cells
    ('**loor**<br>**rs**<br> <br>**Table I -**' | '**Non-Derivati**' | ...) under box 1's lines: the
    slices are taken out of the cells and returned as the heading's own line (empty when the row
    holds no such heading). Unstacked with the row, they put the heading among box 1's lines, and
    the owners' lines after it were read as Table I's rows."""
    if not any(_ADDRESS_HINT.search(c) for c in cells):
        return cells, ""
    at: list[int] = []
    parts: list[str] = []
    for k, cell in enumerate(cells):
        sl = [x for x in _BR.split(cell) if x.strip()]
        last = sl[-1].strip() if sl else ""
        v = last.strip("* ")
        if not (_BOLD_SLICE.fullmatch(last) and (_title_piece(v) or (not parts and v.startswith("Table")))):
            if parts:
                break
            continue
        if not parts and not re.match(r"T(?:a(?:b(?:le?)?)?)?$|Table I\b", v):
            continue
        at.append(k)
        parts.append(v)
    heading = "".join(parts)
    if not re.match(r"Table I\s*-\s*Non", heading) or re.search(r"Table\s*II", heading):
        return cells, ""
    out = list(cells)
    for k in at:
        out[k] = re.sub(r"(?:<br\s*/?>\s*)*\*\*[^*]+\*\*\s*$", "", out[k].rstrip())
    return out, "|**" + heading + "**|"


def _line_a_piece_completes(lines: list[str], piece: str) -> int | None:
    """The one title line whose cut last word a word's end completes into a title word ('Stock
    Clas' + 's', not 'Common' + 's'), when the first line's last word is whole already."""
    head = piece.split()[0].lower() if piece.split() else ""
    # (the first line's last word whole: a title word, or a class's letter or number: 'Class A')
    first = lines[0].split()[-1] if lines[0].split() else ""
    if not head.isalpha() or not piece[0].islower() or not first or (
            first.lower() not in _TITLE_WORDS and not re.fullmatch(r"[A-Z]|\d{1,2}", first)):
        return None
    hits = [j for j, x in enumerate(lines) if x.split() and (x.split()[-1] + head).lower() in _TITLE_WORDS]
    return hits[0] if len(hits) == 1 else None


def _join_cut_title(cells: list[str], line: str) -> str:
    """PyMuPDF4LLM: a table row's title column cut at a guessed edge into two stacked cells, the
    date starting under the title's pieces ('Common<br>par value<br>$0.001' | 'Stock,<br>09/30' |
    '/2021'): each of the second cell's leading title pieces goes on with the line beside it
    ('Common Stock, par value $0.001'); what is left of the cell (the date's start) stays. A piece
    starting with a letter may hold digits ('eries 2' of 'Series 2'): a date never starts so (nor
    does a footnote marker, '(1)')."""
    if len(cells) < 3:
        return line
    a = _stack(cells[0])
    b = _stack(cells[1])
    if (len(a) >= 2 and b and re.fullmatch(r"\d{1,2}(?:/\d{0,2})?/?", a[-1]) and _LETTER.search(a[-2])
            and _DATE_MDY.fullmatch(a[-1] + b[0])):
        # the row's date cut at the edge after its first digits, stacked under the title's lines
        # ('Common Stock<br>0' | '6/10/2020'): a title line is never a bare number; they go back on the date
        b[0] = a.pop() + b[0]
        cells = ["<br>".join(a), "<br>".join(b)] + cells[2:]
        line = "|" + "|".join(cells) + "|"
    cents = [k for k, x in enumerate(a) if _DOLLAR_END.search(x)]
    if b and re.fullmatch(r"\.\d+", b[0]) and len(cents) == 1 and len(b) > 1:
        # a par value's cents cut off into the next cell ('Stock, $0' | '.01'), the date under them:
        # they go on with the one title line ending in a dollar amount, wherever it stands in the stack
        a[cents[0]] += b.pop(0)
        if not re.match(r"\s*\d{1,2}/", " ".join(b) + " " + cells[2].strip()):
            return line
        return "|" + "|".join(["<br>".join(a), "<br>".join(b)] + cells[2:]) + "|"
    dollar = [k for k, x in enumerate(a) if _DOLLAR_POINT_END.search(x)]
    if (len(b) == 1 and len(dollar) == 1 and _FRACTION.fullmatch(b[0]) and _DOLLAR_END.search(a[dollar[0]])
            and re.fullmatch(r"\s*" + _AMOUNT_WITH_MARKS + r"\s*", next((c for c in cells[2:] if c.strip()), ""))):
        # a holding row's par value cut inside its fraction, alone in the next cell, the amount after it
        # ('Common<br>Stock, $1' | '2/3' | ... | '8,198.53'): the fraction goes on with the dollar line
        a[dollar[0]] += " " + b[0]
        return "|" + "|".join(["<br>".join(a), ""] + cells[2:]) + "|"
    if b and len(dollar) == 1 and len(b) > 1 and (
            (re.fullmatch(r"\d{1,4}", b[0]) and a[dollar[0]].endswith("."))
            or (_FRACTION.fullmatch(b[0]) and _DOLLAR_END.search(a[dollar[0]]))):
        # a par value cut inside its amount, its rest stacked over the date ('Stock, $0.' | '01<br>12/16/';
        # 'Stock, $1' | '2/3<br>08/07', the fraction of '$1 2/3'): the rest goes on with the dollar line
        if not re.match(r"\s*\d{1,2}/\d{1,2}/?", " ".join(b[1:]) + " " + cells[2].strip()):
            return line
        a[dollar[0]] += ("" if a[dollar[0]].endswith(".") else " ") + b.pop(0)
        return "|" + "|".join(["<br>".join(a), "<br>".join(b)] + cells[2:]) + "|"
    if (len(a) == 1 and len(b) == 2 and re.fullmatch(r"[a-z]{2,}[A-Za-z,.'&\s-]*", b[0])
            and _LETTER_END.search(a[0]) and re.fullmatch(_AMOUNT_WITH_MARKS, b[1])
            and re.fullmatch(r"\s*[DI]\s*(?:<sup>[^<]*</sup>)?\s*", cells[2])):
        # a one-line holding title cut inside a word, its end stacked over the amount, the form
        # letter in the next cell ('BC Partners Lend' | 'ing Corp<br>200,000' | 'D'): the word's
        # end goes back onto the title and the amount keeps its column
        return "|" + "|".join([_glue(a[0], b[0]), b[1]] + cells[2:]) + "|"
    if (len(a) == 1 and len(b) >= 2 and re.fullmatch(r"[a-z]{1,3}\.?|[a-z]{2,}[A-Za-z,.'&\s-]*", b[0])
            and _LETTER_END.search(a[0]) and _DATE_MDY.fullmatch(b[1])):
        # a one-line title cut inside its last word, the word's end stacked over the row's date
        # ('Noble Energy, In' | 'c.<br>04/23/2014'): no date starts with a letter, so the end goes back
        return "|" + "|".join([_glue(a[0], b[0]), "<br>".join(b[1:])] + cells[2:]) + "|"
    if (len(a) < 2 or not _LETTER.search(a[0]) or any(_MONTH_SLASH.search(x) for x in a)
            or not b or not re.match(r"[A-Za-z(]", b[0])):
        return line
    filled = set()
    for k in range(1, min(len(a), len(b))):
        if re.fullmatch(r"\d*\.?\d+", b[k]) and len(re.findall(r"\$(?!\d)", a[k])) == 1 and not _DIGIT.search(a[k]):
            # a par value whose amount alone went over the edge, its words left behind ('par value $ per
            # share' | '0.001'): the amount goes back after the '$'
            a[k], b[k] = re.sub(r"\$(?!\d)\s*", lambda _m, v=b[k]: f"${v} ", a[k]).strip(), ""
            filled.add(k)
    # (a piece's raised markers ending it: 'hare<sup>(1)(2)</sup>' of 'Per S' + 'hare' is still the title's)
    bs = [re.sub(r"\s*<sup>[^<]*</sup>\s*$", "", x) for x in b]
    n = 0
    while n < len(b) and n < len(a) and (n in filled or re.fullmatch(r"[A-Za-z(][A-Za-z,.'()\s-]*", bs[n]) or (
            # the end of a line cut off alone ('Trust, Inc' + '.'): no date or marker starts so
            re.fullmatch(r"[.,)]{1,2}", bs[n]) and _LETTER_END.search(a[n])) or (
            # a line's end cut at its comma (', Inc.' of 'Bancorp, Inc.'): no date or marker starts so
            re.fullmatch(r",\s*[A-Za-z][A-Za-z0-9,.'()&%\s-]*", bs[n]) and re.search(r"[A-Za-z.]$", a[n])) or (
            re.fullmatch(r"[A-Za-z][A-Za-z0-9,.'()&%\s-]*", bs[n]) and _TWO_LETTERS.search(bs[n])) or (
            # a par value's end ('e $0.01' of 'Par Valu' + 'e $0.01'): a cut word's rest, then the amount
            re.fullmatch(r"[A-Za-z]+\s+\$\d[\d.,]*(?:\s+[A-Za-z][A-Za-z,.\s]*)?", bs[n])
            and _LETTER_END.search(a[n])) or (
            re.fullmatch(r"\$\d[\d.,]*", bs[n]) and re.search(r"(?:value|par)$", a[n], re.I)) or (
            # a par value cut inside its amount ('value $0.' | '001 per'): the amount goes on
            # (or after its cents' first digits: 'value $0.00' | '1')
            re.fullmatch(r"\d[\d.,]*(?:\s+[A-Za-z][A-Za-z,.\s]*)?", bs[n]) and re.search(r"\$\d*\.?\d*$", a[n]))):
        n += 1
    rest = [x for x in b[n:] if x]
    after = " ".join(rest) + " " + cells[2].strip()
    nxt = next((c for c in cells[2:] if _TAG.sub("", c).strip()), "")
    # (the date cut after its month: '01' | '/02/2020')
    cut_month = (len(cells) > 3 and re.fullmatch(r"\s*\d{1,2}\s*", after) is not None
                 and re.match(r"\s*/\d{1,2}/\d", cells[3]) is not None)
    # (the title's raised markers may stand between its pieces and the date: '<sup>(1)(2)</sup>')
    dated = re.sub(r"^\s*(?:<sup>\s*(?:\(\d{1,2}\)\s*)+</sup>\s*|\(\d{1,2}\)\s*)+", "", after)
    if not re.match(r"\s*\d{1,2}/|\s*\d\s+\d/\d{2}/\d{4}", dated) and not cut_month and not (
            # a holding row: every line of the second cell a title piece (two or more), the next value an
            # amount ('Common<br>Par Valu<br>per share' | 'Stock<br>e $0.01' | ... | '10<br>I')
            (n >= 2 or (n == 1 and re.match(r"[a-z]{2}", b[0]) and _LETTER_END.search(a[0])))
            and not rest and not after.strip() and re.match(r"\s*\d[\d,.]*(?:<br>|$)", nxt)):
        # (or one piece finishing a word the edge cut: 'Class B Co<br>Stock' | 'mmon' | '2,738')
        return line  # the date starts under the title's pieces (maybe cut after its first digit)
    at = list(range(n))
    if n == 1 and (j := _line_a_piece_completes(a, b[0])) is not None:
        at = [j]
    title = [(_glue_title_piece(x, b[at.index(k)]) if k in at and b[at.index(k)] else x) for k, x in enumerate(a)]
    cells = ["<br>".join(title), "<br>".join(rest)] + cells[2:]
    return "|" + "|".join(cells) + "|"


def _join_cut_word_title(line: str) -> str:
    """PyMuPDF4LLM: a one-line title cut inside a word at a guessed column edge, the word's end
    alone in the next cell ('BC Partners Lendi' | 'ngCorp' | '200,00' | '0' | 'D'): no value of
    a form's row starts with a lower-case letter, so the piece goes back onto the title when an
    amount, price or date follows it."""
    cells = line.strip().strip("|").split("|")
    if len(cells) < 4:
        return line
    a, b = cells[0].strip(), cells[1].strip()
    nxt = next((c.strip() for c in cells[2:] if c.strip()), "")
    if not (_LETTER_END.search(a) and re.fullmatch(r"[a-z]{2,}[A-Za-z,.'&\s-]*", b)
            and re.match(r"\$?\d", nxt) and "Instr" not in line):
        return line
    return "|" + "|".join([_glue(a, b), ""] + cells[2:]) + "|"


def _completes_printed_word(line: str, piece: str, text: str) -> bool:
    """Whether a cut piece's lower-case start finishes the line's last word into a word the
    document prints elsewhere ('Ran' + 'kin': Rankin): the line the piece was cut from."""
    w, e = _WORD_END.search(line), re.match(r"[a-z]+", piece)
    return bool(w and e and re.search(rf"\b{w.group(0)}{e.group(0)}\b", text, re.I))


def _words_only(cell: str) -> bool:
    """A cell with no digit outside its superscript markers and tags: words, not an amount."""
    return not _DIGIT.search(_TAG.sub("", re.sub(r"<sup>.*?</sup>", "", cell)))


_AMOUNT_OR_DATE = re.compile(r"\d,\d{3}|\d/\d|\$\s*\d|^\s*[\d.,]+\s*$")
"""An amount, price or date among a cell's text: no piece of a nature of ownership."""


def _nature_words(cell: str) -> bool:
    """A cell holding a piece of a nature of ownership: words, maybe with a plan's or a year's
    digits ('red 401k', 'Trust 2021'), but no amount, price or date."""
    plain = _TAG.sub("", re.sub(r"<sup>.*?</sup>", "", cell))
    return bool(_TWO_LETTERS.search(plain)) and not _AMOUNT_OR_DATE.search(plain)


def _close_cut_paren(cells: list[str], line: str) -> str:
    """PyMuPDF4LLM: a row's title whose closing parenthesis fell past the column's guessed edge,
    alone on a line of the next cell ('Units (Deferred<br>Compensation' | '<br> <br>)<br>(3)'): the
    ')' goes back on the title's line beside it, which an unclosed '(' above leaves open."""
    if len(cells) < 3:
        return line
    a = _BR.split(cells[0])
    b = _BR.split(cells[1])
    at = [k for k, x in enumerate(b) if x.strip() == ")"]
    if len(at) != 1 or at[0] >= len(a) or not _LETTER_END.search(a[at[0]].strip()):
        return line
    above = "".join(a[: at[0] + 1])
    if above.count("(") <= above.count(")"):
        return line
    k = at[0]
    a[k] = a[k].rstrip() + ")"
    b[k] = ""
    return "|" + "|".join(["<br>".join(a), "<br>".join(b)] + cells[2:]) + "|"


_SUP_OPEN = re.compile(r"\((\d{0,2})</sup>\s*$")
"""A stacked line ending in a superscript marker the column edge cut open ('Stock<sup>(2)(7</sup>')."""
_SUP_CLOSE = re.compile(r"\s*<sup>(\d{0,2}\)(?:\(\d{1,2}\))*)\s*")
"""The next cell's first line opening with the rest of that marker ('<sup>)(10)</sup>', '<sup>3)(6)')."""


_SUP_REST_ALONE = re.compile(r"\s*<sup>\d{0,2}\)(?:\(\d{1,2}\))*\s*</sup>\s*")
"""A stacked line holding only the rest of a cut marker ('<sup>)</sup>', '<sup>3)(6)</sup>')."""


def _rejoin_cut_cells(text: str, wanted: Callable[[str], bool],
                      rejoin: Callable[[str, str, str], tuple[str, str] | None]) -> str:
    """The walk the cut-piece repairs share: every table row ``wanted`` picks, its cells two by two
    from the left, ``rejoin(left, right, row)`` giving the pair's cells with what a column edge cut
    put back (the new right cell is the next pair's left), None to leave them. A row with nothing
    put back stays as it was, byte for byte."""
    out: list[str] = []
    for line in text.split("\n"):
        if not (line.startswith("|") and wanted(line)):
            out.append(line)
            continue
        cells = _md_row_cells(line)
        changed = False
        for k in range(len(cells) - 1):
            pair = rejoin(cells[k], cells[k + 1], line)
            if pair is not None:
                cells[k], cells[k + 1] = pair
                changed = True
        out.append("|" + "|".join(cells) + "|" if changed else line)
    return "\n".join(out)


def _rejoin_cut_superscript(left_cell: str, right_cell: str, _row: str) -> tuple[str, str] | None:
    """One pair of cells of `_join_cut_superscripts`: the marker cut on the left cell's last
    opened line goes back together with its rest in the right cell, or None."""
    if "</sup>" not in left_cell:
        return None  # no marker cut open on the left (a cheap look first)
    left = _BR.split(left_cell)
    right = _BR.split(right_cell)
    close = _SUP_CLOSE.match(right[0])
    opened = [i for i, x in enumerate(left) if _SUP_OPEN.search(x)]
    if opened and not close and 0 < opened[-1] < len(right) and _SUP_REST_ALONE.fullmatch(right[opened[-1]]):
        # the rest alone on the same line of the next cell's stack, beside the line it was cut
        # from ('Value $0.<br>Share<sup>(1)(2</sup>' | '10 Per<br><sup>)</sup>'): it goes back
        # there, the slot left empty so the stacks stay lined up
        i = opened[-1]
        head = _SUP_OPEN.search(left[i]).group(1)  # type: ignore[union-attr]
        rest_of = _SUP_CLOSE.match(right[i]).group(1)  # type: ignore[union-attr]
        if not (head or rest_of[0].isdigit()):
            return None
        left[i] = _SUP_OPEN.sub(f"({head}{rest_of}</sup>", left[i])
        right[i] = ""
        return "<br>".join(left), "<br>".join(right)
    if not close or not opened:
        return None
    i = opened[-1]
    head = _SUP_OPEN.search(left[i]).group(1)  # type: ignore[union-attr]
    if not (head or close.group(1)[0].isdigit()):
        return None  # '(' | ')': no number on either side
    left[i] = _SUP_OPEN.sub(f"({head}{close.group(1)}</sup>", left[i])
    rest = right[0][close.end():]
    rest = "" if re.fullmatch(r"\s*</sup>\s*", rest) else "<sup>" + rest
    right = ([rest] if rest else []) + right[1:]
    return "<br>".join(left), "<br>".join(right)


def _join_cut_superscripts(text: str) -> str:
    """PyMuPDF4LLM cuts a raised marker at a column edge on any line of a cell's stack, not only
    the last ('Stock<sup>(2)(7</sup><br>(11)' | '<sup>)(10)</sup><br>05/20/'): the marker's rest,
    the next cell's first line, goes back onto the line it was cut from."""
    return _rejoin_cut_cells(text, lambda line: "<sup>" in line, _rejoin_cut_superscript)


_DOLLAR_HEAD = re.compile(r"(?:^|(?<=\s))\$\d[\d,]*$")
"""A dollar amount's first digits ending a cell's last stacked line ('Option<br>$5', '1,484 $5')."""
_DOLLAR_REST = re.compile(r"[\d,]*\.\d+(?=\s|$|<)")
"""The rest of a dollar amount opening the next cell ('1.6900 11/09/2020')."""


def _join_cut_dollars(text: str) -> str:
    """PyMuPDF4LLM: a price cut at a guessed column edge inside its digits ('$5' | '1.6900' of
    '$51.6900'), its head ending a cell's stack (under a title's lines, after column 7's amount)
    and its rest opening the next cell. Read apart they give two wrong values (a price of $5 and
    one of 1.69); the pieces go back together when the whole amount is printed elsewhere in the
    form (the conversion price repeated as a Table I exercise's price), else they stay apart."""

    def rejoin(left_cell: str, right_cell: str, row: str) -> tuple[str, str] | None:
        if "$" not in left_cell:
            return None  # no dollar amount's head on the left (a cheap look first)
        left = _BR.split(left_cell)
        right = _BR.split(right_cell)
        head = _DOLLAR_HEAD.search(left[-1].strip())
        rest = _DOLLAR_REST.match(right[0].strip())
        if not head or not rest:
            return None
        whole = head.group(0) + rest.group(0)
        if text.count(whole) - row.count(whole) < 1:
            return None  # the whole amount printed nowhere else: the pieces may be two columns' values
        left[-1] = left[-1].strip()[: head.start()].rstrip()
        if not left[-1] and len(left) > 1:
            left.pop()
        right[0] = head.group(0) + right[0].strip()
        return "<br>".join(left), "<br>".join(right)

    return _rejoin_cut_cells(text, lambda line: "$" in line, rejoin)


def _title_word(word: str) -> bool:
    """A whole word of security titles ('Common', 'Stock'), by its letters."""
    return re.sub(r"[^a-z]", "", word.lower()) in _TITLE_WORDS


_LOWER_START = re.compile(r"[a-z]")
_PLAIN_AMOUNT = re.compile(r"\$?[\d,.]+")
_WORD_HEAD = re.compile(r"[A-Z][a-z]{0,2}")
"""A title line's first letters, all the column edge left of its first word ('C' of 'Common')."""
_WORD_TAIL = re.compile(r"[a-z]{1,6}")
_TITLE_LINE = re.compile(r"[A-Za-z][A-Za-z ,.]*")


def _rejoin_cut_word_head(left_cell: str, right_cell: str, _row: str) -> tuple[str, str] | None:
    """One pair of cells of `_join_cut_word_heads`: the lines' first letters ending the left
    cell and their rests in the right one, or one line's word end alone in the right one, put
    back onto their lines when they make words of security titles; else None."""
    right = _stack(right_cell)
    while right and not right[-1]:
        right.pop()
    if not right or not _LOWER_START.match(right[0]):
        return None
    left = _stack(left_cell)
    # (the word's end may sit over the row's next values: 'n<br>1,644.4356<br>$42.')
    values = right[1:] if all(_PLAIN_AMOUNT.fullmatch(x) for x in right[1:]) else []
    right = right[:1] if values else right
    if not all(_LOWER_START.match(x) for x in right):
        return None
    m = len(right)
    heads = left[-m:]
    if not values and len(left) >= m and all(_WORD_HEAD.fullmatch(x) for x in heads) and all(
            _title_word((h + r).split()[0]) for h, r in zip(heads, right, strict=True)):
        left, right = left[:-m], [h + r for h, r in zip(heads, right, strict=True)]
    elif m == 1 and len(left) >= 2 and _WORD_TAIL.fullmatch(right[0]) and all(
            _TITLE_LINE.fullmatch(x) for x in left):
        ends = [j for j, x in enumerate(left) if not _title_word(x.split()[-1])
                and _title_word(x.split()[-1] + right[0])]
        if len(ends) != 1 or ends[0] == len(left) - 1:
            return None  # (the last line's end: the words read in order already)
        left[ends[0]] += right[0]
        right = list(values)
    else:
        return None
    return "<br>".join(left), "<br>".join(right)


def _join_cut_word_heads(text: str) -> str:
    """PyMuPDF4LLM: a title stacked in a cell (Table II's underlying security, most often) cut at a
    guessed column edge right after the first letters of its lines, which end the cell before it
    ('(20)<br>C<br>C<br>S' | 'lass A<br>ommon<br>tock'); or one line's last word cut, its end alone
    in the next cell ('Comm<br>Stock' | 'on'). The pieces go back onto their lines when every line
    so made starts (or the one line ends) with a word of security titles; else they stay."""
    return _rejoin_cut_cells(
        text, lambda line: "<br" in line and bool(_DIGIT.search(line)) and "Instr" not in line,
        _rejoin_cut_word_head)


def _date_under_title(last: str, next_cell: str) -> bool:
    """The last line of a title cell's stack is the row's date, whole ('05/08/2020') or its first
    digits cut off from the rest in the next cell ('0' | '6/10/2020')."""
    last = last.strip()
    rest = _BR.split(next_cell)[0].strip()
    return bool(_DATE_MDY.fullmatch(last) or re.fullmatch(r"[\d/]{1,5}", last) and _DATE_MDY.fullmatch(last + rest))


def _join_title_run_on(text: str) -> str:
    """PyMuPDF4LLM: a row whose title cell also stacks its date under the title's lines
    ('Common Stock, no<br>...<br>Series 2 Voting<br>05/08/2020') and whose title's last line came
    as a row of its own, every cell empty but the first ('|Shares)||||||'): that line goes back
    into the title, above the date."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = _cells_between_pipes(line) if line.startswith("|") else []
        prev = out[-1] if out else ""
        if (len(cells) >= 4 and cells[0].strip() and not any(c.strip() for c in cells[1:])
                and re.fullmatch(r"[A-Za-z(][A-Za-z,.'()&\s-]*", cells[0].strip()) and prev.startswith("|")):
            pcells = _cells_between_pipes(prev)
            stack = _BR.split(pcells[0])
            if (len(stack) >= 2 and len(pcells) >= 2 and _date_under_title(stack[-1], pcells[1])
                    and _LETTER.search(stack[-2])):
                stack.insert(len(stack) - 1, cells[0].strip())
                if not re.search(r"\d{4}$", stack[-1].strip()):  # the date's cut digits go back onto it
                    pcells[1] = stack.pop().strip() + pcells[1].lstrip()
                out[-1] = "|" + "|".join(["<br>".join(stack)] + pcells[1:]) + "|"
                continue
        out.append(line)
    return "\n".join(out)


_TITLE_REST_CELL = re.compile(r"\s*[A-Za-z][A-Za-z ,.'&-]*\s*")
"""A first cell holding only words: a title's last line run on with the nature's ('Stock')."""


def _join_page_run_on(text: str) -> str:
    """PyMuPDF4LLM: a row's last column (the nature of ownership) that ran on past the page's
    end comes back as a row of its own on the next page, every cell empty but the last
    ('||||||||held by Rankin Associates II,<br>L.P<sup>(1)</sup>|'): it goes on with the last
    cell of the data row above it."""
    out: list[str] = []
    last_row: int | None = None  # index in out of the last table row holding an amount
    crossed = False  # a table's separator since that row: the rows below are a new table's
    for line in text.split("\n"):
        if not line.startswith("|"):
            out.append(line)
            continue
        cells = _cells_between_pipes(line)
        if last_row is not None and crossed and _text_rest_row(cells, out[last_row]):
            # the extractor took the data row for a new table's heading, its columns' next lines rows
            # below the separator, cell for cell ('12% Senior Secured' / '|Subordinated Convertible||
            # par value $0.01|||Partners, LP|'): each goes on with the cell above it
            prev = _cells_between_pipes(out[last_row])
            out[last_row] = "|" + "|".join(_text_line_after(p, c.strip()) if c.strip() else p
                                           for p, c in zip(prev, cells, strict=True)) + "|"
            continue
        # (the title's last line may have run on with it, in the first cell: '|Stock|||...|held by ...|')
        title_rest = cells[0].strip() if _TITLE_REST_CELL.fullmatch(cells[0]) else ""
        tail = _run_on_tail(cells)
        if len(tail) > 1 and last_row is not None and len(_cells_between_pipes(out[last_row])) == len(cells):
            tail = []  # the same columns as the row above: its stacks are lined up cell by cell later
        if (last_row is not None and len(cells) >= 4 and tail
                and not any(c.strip() for c in cells[1 if title_rest else 0:len(cells) - len(tail)])):
            prev = out[last_row].rstrip()
            if title_rest:
                head = prev.index("|", 1)  # the end of the data row's first cell
                prev = prev[:head] + "<br>" + title_rest + prev[head:]
            lines = _stacks_line_by_line(tail)
            out[last_row] = prev[:-1] + "<br>" + "<br>".join(lines) + "|"  # prev ends with its last cell's '|'
            continue
        if not _MD_SEPARATOR.match(line):
            last_row = len(out) if _AMOUNT_ROW_CELL.search(line) else None
            crossed = False
        else:
            crossed = True
        out.append(line)
    return "\n".join(out)


_MARKERS = re.compile(r"(?:\(\d{1,2}\))+")
"""Footnote markers alone ('(1)', '(2)(3)')."""


def _text_line_after(cell: str, line: str) -> str:
    """A stacked cell with a text's next line added: after its last line with words, when amounts
    only follow it ('Common<br>40,292' + 'Stock': the underlying title's rest goes under 'Common')."""
    stack = _BR.split(cell)
    words = [k for k, x in enumerate(stack) if _LETTER.search(_TAG.sub("", x))]
    if words and words[-1] < len(stack) - 1 and all(
            _AMOUNT_CHARS.fullmatch(_TAG.sub("", x).strip()) for x in stack[words[-1] + 1:]):
        stack.insert(words[-1] + 1, line)
        return "<br>".join(stack)
    return f"{cell}<br>{line}"


_REST_ROW_NUMBER = re.compile(r"\d{1,3},\d{3}|\d/\d|^\$?(?!(?:19|20)\d{2}(?:<br>|\s))\d")
"""An amount or date in a cell: a cell opening with one is a row's value, not its text's next line (a
year starting a nature's line is text: '2021<br>Charitable')."""


def _text_rest_row(cells: list[str], data_row: str) -> bool:
    """A row holding only the next lines of a data row's text columns, cell for cell: as many cells
    as the data row, the first holding title words, no amount or date anywhere (a par value's '$0.01'
    among words is text)."""
    if len(cells) != len(_cells_between_pipes(data_row)) or not _TWO_LETTERS.search(cells[0]):
        return False
    plain = [_TAG.sub("", c).strip() for c in cells]
    return all(not c or (_TWO_LETTERS.search(c) and not _REST_ROW_NUMBER.search(c))
               or _MARKERS.fullmatch(c) for c in plain)


def _worded_lines(stack: list[str]) -> list[int]:
    """Where a stacked cell's lines holding words stand (titles, not the markers between them)."""
    return [k for k, x in enumerate(stack) if _TWO_LETTERS.search(x)]


def _join_two_titles_run_on(text: str) -> str:
    """PyMuPDF4LLM: a Table II row squeezed into a narrow table, its title and underlying title
    stacked in one cell between the markers ('Class B<br>(1)<br>(1)<br>(1)<br>Class A' | '563' |
    ...), the titles' next lines coming as rows of their own, one line per title ('|Common<br>Common|||',
    '|Stock<br>Stock|||'): the k-th line goes on with the k-th title."""
    out: list[str] = []
    data: int | None = None  # index in out of the row whose titles run on
    for line in text.split("\n"):
        cells = _cells_between_pipes(line) if line.startswith("|") else []
        if data is not None and line.startswith("|") and _MD_SEPARATOR.match(line):
            out.append(line)
            continue
        if data is not None and cells and not any(c.strip() for c in cells[1:]):
            lines = _stack(cells[0])
            prev = _cells_between_pipes(out[data])
            stack = _stack(prev[0])
            titles = _worded_lines(stack)
            if len(lines) == len(titles) and all(re.fullmatch(r"[A-Za-z][A-Za-z ,.'&()-]*", x) for x in lines):
                for k, x in zip(titles, lines, strict=True):
                    stack[k] = f"{stack[k]} {x}"
                out[data] = "|" + "|".join(["<br>".join(stack), *prev[1:]]) + "|"
                continue
        data = None
        if cells and len(cells) >= 3 and _DIGIT.search("".join(cells[1:])):
            stack = _stack(cells[0])
            titles = _worded_lines(stack)
            if len(titles) >= 2 and any(_MARKERS.fullmatch(x) for x in stack[titles[0]:titles[-1]]):
                data = len(out)
        out.append(line)
    return "\n".join(out)


def _run_on_tail(cells: list[str]) -> list[str]:
    """The cells ending a page's run-on row that hold the nature's last lines: the last cell, or a
    run of cells the next page's narrower columns cut them into ('held<br>L.P.' | 'by Rankin' |
    'Associates IV,'), words only; [] when the last cell holds no words."""
    k = len(cells)
    while k > 0 and cells[k - 1].strip() and _words_only(cells[k - 1]):
        k -= 1
    tail = cells[k:]
    return tail if tail and _TWO_LETTERS.search(tail[-1]) and (len(tail) == 1 or k > 1) else []


def _stacks_line_by_line(cells: list[str]) -> list[str]:
    """Cells cut from one column's stacked lines, put back line by line: the k-th line is the k-th
    slices of the cells, read left to right."""
    stacks = [_stack(c) for c in cells]
    return [" ".join(st[k] for st in stacks if k < len(st) and st[k]) for k in range(max(map(len, stacks)))]


_BR_TAIL = re.compile(r"(?:\s*<br\s*/?>)+\s*$")


def _join_wrapped_nature_row(text: str) -> str:
    """PyMuPDF4LLM: a data row whose nature of ownership was cut into several cells and whose
    title wrapped may put the title's and the nature's last lines in a row of their own under it
    ('|Stock||...||Rankin|Associates|II, L.P.(6)|', every other cell empty): each of its cells goes
    on as the last stacked line of the same cell of the row above, so the lines read in order."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if line.startswith("|") and prev.startswith("|") and not _MD_SEPARATOR.match(prev):
            cells, above = _cells_between_pipes(line), _cells_between_pipes(prev)
            full = [k for k, c in enumerate(cells) if c.strip()]
            run = [k for k in full if k > 0]
            # (the form's letter maybe under the amount in one cell: '1,526.1042<br>I')
            form = _BR.split(above[run[0] - 1])[-1].strip() if run and 0 < run[0] <= len(above) else ""
            if (len(cells) == len(above) and run and run == list(range(run[0], len(cells) - (
                    # one cell: the nature's first line's cell, the cell after it empty ('By Spou' | "se's")
                    1 if len(run) == 1 and run[0] == len(cells) - 2 and not cells[-1].strip() else 0)))
                    and (len(run) >= 2 or (len(run) == 1 and cells[0].strip()))
                    and all(_nature_words(cells[k]) or _LETTER.search(_TAG.sub("", cells[k])) and not
                            _AMOUNT_OR_DATE.search(_TAG.sub("", cells[k])) for k in run)
                    and (not cells[0].strip() or re.fullmatch(r"[A-Za-z ]+", cells[0].strip()))
                    and all(above[k].strip() for k in run)
                    and re.fullmatch(r"[DI](?:<sup>\(\d{1,2}\)</sup>)*", form)
                    and _DIGIT.search(" ".join(above[1:run[0]]))):
                # (an empty last line of the cell above is none of the nature's: 'Compa<br>' + 'Sponso')
                merged = [(_BR_TAIL.sub("", a) + "<br>" + c.strip() if c.strip() else a)
                          for a, c in zip(above, cells, strict=True)]
                out[-1] = "|" + "|".join(merged) + "|"
                continue
        out.append(line)
    return "\n".join(out)


_ONE_LETTER = re.compile(r"[A-Za-z]")


def _form_atop_nature(cells: list[str]) -> list[str]:
    """The ownership form's letter stacked atop the first of the cells a cut nature of ownership
    was split into ('I<br>Chi<br>par<br>hel' | "ld's proportio<br>..."): the letter gets a cell of
    its own, so the nature's cells stack the same lines again."""
    full = [k for k, c in enumerate(cells) if c.strip()]
    for j in range(max(0, len(full) - 4), len(full) - 1):
        k = full[j]
        stack = _BR.split(cells[k])
        if (len(stack) >= 3 and re.fullmatch(r"[DI]", stack[0].strip())
                and all(_TWO_LETTERS.search(x) or (
                    # a line's first letter alone ('I<br>P<br>p' | 'roportionat<br>artnership'): the next cell
                    # stacks as many lines, their rests
                    _ONE_LETTER.fullmatch(x.strip()) and j + 1 < len(full)
                    and len(_BR.split(cells[full[j + 1]])) == len(stack) - 1) for x in stack[1:])
                and full[j:] == list(range(k, k + len(full) - j))
                and all(_TWO_LETTERS.search(cells[m]) and not _DIGIT.search(_TAG.sub("", cells[m]))
                        for m in full[j + 1:])):
            cells = [*cells[:k], stack[0].strip(), "<br>".join(stack[1:]), *cells[k + 1:]]
            break
    return cells


_ENDS_MARKED = re.compile(r"\(\d{1,2}\)$")
"""A line ending in a footnote marker: the marker closes the value, so the line ended there."""

CUT_GUESSED = "\u2e3e"
"""Put before a nature of ownership whose cut lines were put back where another assembly was
possible (a later cell stacking fewer pieces than lines): the rows reader lists it uncertain."""

PIPE_READ_AS_I = "\u2e3d"
"""Put after an 'I' OCR read as '|' (a Roman numeral ending a name: 'Associates |, L.P.', 'Unitrust |'):
the reader lists the field it ends up in uncertain."""

HIDDEN_MARKS = {
    CUT_GUESSED: "PyMuPDF4LLM: cut lines put back where another assembly was possible",
    PIPE_READ_AS_I: "OCR: a '|' read as the Roman numeral 'I' ending a name",
}
"""Each sign normalize hides in a cell, with the reason the field it ends up in is uncertain."""


def strip_hidden_marks(text: str) -> str:
    """``text`` without normalize's hidden signs (for values and evidence shown to the user)."""
    for mark in HIDDEN_MARKS:
        text = text.replace(mark, "")
    return text

_PIPE_AS_ROMAN_I = re.compile(
    r"(\b[A-Z][a-z]{2,} )\|(?=,)|(\b(?:Trust|Unitrust|Associates|Fund|Partners) )\|(?=\s*$)")
"""OCR: a Roman numeral 'I' read as a table rule '|': right before a comma after a capitalised word
('Rankin Associates |, L.P.'), or ending a line one space after a word that names a fund or trust
('Charitable Remainder Unitrust |'); a rule stands a column gap away, not one space."""


def _assemble_cut_nature(cells: list[str], full: list[int], text: str) -> list[str] | None:
    """PyMuPDF4LLM: a row's last column (the nature of ownership) cut at guessed edges into three
    or more cells, or into cells after a form letter stacked under an amount ('7<br>I'), each
    stacking one piece per line that reached its left edge ('Minor c<br>proport<br>shares<br>Associ'
    | 'hild?s trust?<br>ionate LP int<br>held by Ran<br>ates II, L.P.(2)' | 's<br>erests in<br>kin').
    A later cell stacks no more pieces than the one before, in the lines' order, with no empty
    slice for a line that ended: its pieces go on the lines that ran furthest, never past a line
    ending in a footnote marker, and a word's end preferably where it completes a word the document
    prints. Returns the cells with the lines put back in the run's first cell, or None."""
    def form(x: str) -> bool:
        return bool(_FORM_MARKED.fullmatch(_TAG.sub("", x).replace(" ", "")))

    run = [full[-1]]
    letter = ""  # the form letter stacked atop the nature's first cell ('I<br>Minor c<br>...')
    while True:
        first = _BR.split(cells[run[0]])
        at_form = next((j for j, x in enumerate(first) if not _AMOUNT_CHARS.fullmatch(_TAG.sub("", x).strip())), 0)
        if len(first) >= at_form + 3 and form(first[at_form]) and len(run) >= 2:
            # (maybe under an amount's end cut into the cell: '13,' | '972<br>I<br>Esch<br>...')
            letter = "<br>".join(x.strip() for x in first[: at_form + 1])
            break
        at = full.index(run[0])
        if at == 0:
            return None
        if form(_BR.split(cells[full[at - 1]])[-1]):
            break  # the ownership form (maybe a blank cell before): the nature starts in this cell
        if full[at - 1] != run[0] - 1:
            return None
        run.insert(0, run[0] - 1)
    if len(run) < 2:
        return None
    stacks = []
    skip = letter.count("<br>") + 1 if letter else 0  # the letter and what is above it in the first cell
    for n, k in enumerate(run):
        st = _stack(cells[k])[skip if n == 0 else 0:]
        while st and not st[-1]:
            st.pop()
        if not st or not all(st) or not any(_TWO_LETTERS.search(_TAG.sub("", x)) for x in st):
            return None
        stacks.append(st)
    counts = [len(s) for s in stacks]
    if counts[0] < 2 or any(b > a for a, b in zip(counts, counts[1:], strict=False)):
        return None
    lines = list(stacks[0])
    reached = list(range(len(lines)))
    guessed = False

    def score(j: int, piece: str) -> float:
        seen = _TAG.sub("", lines[j]).strip()
        if _ENDS_MARKED.search(seen):
            return -100.0
        sc = float(len(seen))
        if _completes_printed_word(seen, _TAG.sub("", piece), text):
            sc += 4
        return sc

    for st in stacks[1:]:
        if len(st) == len(reached):
            picks = reached
        else:
            picks = list(max(combinations(reached, len(st)),
                             key=lambda c: sum(score(j, p) for j, p in zip(c, st, strict=True))))
            guessed = True
        for j, piece in zip(picks, st, strict=True):
            cut = re.search(r"\(\d{0,2}$", _TAG.sub("", lines[j])) and re.match(r"\d{0,2}\)", _TAG.sub("", piece))
            lines[j] = lines[j] + piece if cut else _glue(lines[j], piece)  # a marker cut ('(1' | ')')
        reached = picks
    out = list(cells)
    out[run[0]] = (f"{letter}<br>" if letter else "") + (CUT_GUESSED if guessed else "") + " ".join(lines)
    for k in run[1:]:
        out[k] = ""
    return out


_LOWER_WORD_START = re.compile(r"[a-z]{2,}")


def _join_cut_nature_word(line: str) -> str:
    """PyMuPDF4LLM: a one-line nature of ownership cut inside a word at a guessed column edge, after
    the ownership form's letter ('I' | 'See F' | 'ootnote (2)'): no value of a form's row starts
    with a lower-case letter, so the word's end goes back onto the nature's line."""
    cells = line.strip().strip("|").split("|")
    full = [k for k, c in enumerate(cells) if c.strip()]
    if len(full) < 3 or full[-1] != full[-2] + 1:
        return line
    a, b = cells[full[-2]].strip(), cells[full[-1]].strip()
    form = _TAG.sub("", _BR.split(cells[full[-3]])[-1]).replace(" ", "")
    if ("<br" in a or "<br" in b or not _LETTER_END.search(a) or not _LOWER_WORD_START.match(b)
            or not (_nature_words(a) and _nature_words(b)) or not _FORM_MARKED.fullmatch(form)):
        return line
    cells[full[-2]], cells[full[-1]] = _glue(a, b), ""
    return "|" + "|".join(cells) + "|"


def _join_cut_stacks(text: str) -> str:
    """PyMuPDF4LLM: a data row's last column (the nature of ownership) cut at a guessed edge into
    two cells that stack the same lines ('Compa<br>Sponso' | 'ny<br>red 401k'): put each line
    back together, so the words read in order ('Company Sponsored 401k')."""
    out = []
    for line in text.split("\n"):
        if line.startswith("|") and "<br" not in line and _DIGIT.search(line):
            line = _join_cut_word_title(line)
        if line.startswith("|") and _DIGIT.search(line):
            line = _join_cut_nature_word(line)
        if line.startswith("|") and line.count("<br") == 1 and _DIGIT.search(line):
            line = _join_cut_title(line.strip().strip("|").split("|"), line)  # a two-line title cut
        if line.startswith("|") and line.count("<br") >= 2 and _DIGIT.search(line):
            cells = line.strip().strip("|").split("|")
            line = _close_cut_paren(cells, line)
            cells = line.strip().strip("|").split("|")
            line = _join_cut_title(cells, line)
            cells = _form_atop_nature(line.strip().strip("|").split("|"))
            full = [k for k, c in enumerate(cells) if c.strip()]
            assembled = _assemble_cut_nature(cells, full, text) if full else None
            if assembled is not None:
                out.append("|" + "|".join(assembled) + "|")
                continue
            # (an empty last line is none: a heading split out of the row leaves one, 'Aggregat<br>')
            stacks = {k: _BR.split(_BR_TAIL.sub("", cells[k])) for k in full}
            run = full[-1:]
            while (len(run) < len(full) - 1 and full[-len(run) - 1] == run[0] - 1
                   and len(stacks[run[0] - 1]) == len(stacks[run[0]]) >= 2
                   and all(x.strip() for x in stacks[run[0] - 1])
                   and (sum(1 for x in stacks[run[0] - 1] if _TWO_LETTERS.search(x)) * 2 > len(stacks[run[0]])
                        # (or the lines' first letters alone, cut off by the edge: 'P<br>p' | 'roportionat')
                        or all(_ONE_LETTER.fullmatch(x.strip()) for x in stacks[run[0] - 1]))):
                run.insert(0, run[0] - 1)  # text cells (mostly words: not an amount's stack)
            if len(run) == 1 and len(full) >= 3 and full[-2] == run[0] - 1:
                left, right = stacks[run[0] - 1], stacks[run[0]]
                owner = [k for k in full if k < run[0] - 1]
                # (the form's letter maybe over blank slices: 'I<br> <br> <br>', the row's nature taller)
                slices = [_TAG.sub("", x).replace(" ", "") for x in _BR.split(cells[owner[-1]])] if owner else []
                form = next((y for y in reversed(slices) if y), "")
                if (len(left) > len(right) and all(_LETTER.search(x) for x in left + right)
                        and _FORM_MARKED.fullmatch(form)):
                    # the nature column cut into two cells stacking unequal counts of lines ('Throu<br>Trust'
                    # | 'gh Family'): the right cell holds the ends of the left's first lines, the ones that
                    # ran to the edge (none of them shorter than a line left whole)
                    k = len(right)
                    size = [len(_TAG.sub("", x).strip()) for x in left]
                    at = list(range(k))
                    end = re.match(r"[a-z]+", right[0].strip())
                    if k == 1 and end:
                        # a word's end ('ation'): the line it completes into a word the document
                        # prints elsewhere ('Compens' + 'ation', not 'Deferred' + 'ation'), if only one
                        made = [j for j, x in enumerate(left)
                                if _completes_printed_word(_TAG.sub("", x).strip(), right[0].strip(), text)]
                        at = made if len(made) == 1 else at
                    if min(size[j] for j in at) >= max((z for j, z in enumerate(size) if j not in at), default=0) - 2:
                        lines = [_glue(x.strip(), right[at.index(j)].strip()) if j in at else x.strip()
                                 for j, x in enumerate(left)]
                        cells[run[0] - 1] = " ".join(lines)
                        cells[run[0]] = ""
                        out.append("|" + "|".join(cells) + "|")
                        continue
            before = [k for k in full if k < run[0]]
            if len(run) >= 2 and before and re.fullmatch(
                    # (its last stacked line: the form's letter may sit under an amount's end, ',691<br>I')
                    r"(?:[DI]|\$?[\d,.]+)(?:\(\d{1,2}\))*",
                    _TAG.sub("", _BR.split(_BR_TAIL.sub("", cells[before[-1]]))[-1]).replace(" ", "")):
                # the cell before them is the ownership form or an amount: a table row's nature column
                joined = []
                for pieces in zip(*(stacks[k] for k in run), strict=True):
                    ln = ""
                    for x in pieces:
                        ln = _glue(ln, x.strip())
                    joined.append(ln)
                cells[run[0]] = " ".join(joined)
                for k in run[1:]:
                    cells[k] = ""
                line = "|" + "|".join(cells) + "|"
        out.append(line)
    return "\n".join(out)


_MARKER_UNDER_AMOUNT = re.compile(r"<br>(?:(?<=\d<br>)|(?<=\)</sup><br>))(?=\(\d{1,2}\)(?:<br>|\|))")
"""A <br> between an amount (or its superscript marker) and a plain '(n)' slice under it."""
_MARKER_UNDER_TITLE = re.compile(r"(?m)(?<=^\|)([^|]*?[A-Za-z])<br>(?=\(\d{1,2}\)\|)")
"""A <br> between a row's title and a plain '(n)' slice ending the title's cell."""

_WRAPPED_MARK = re.compile(r"(\d(?:<sup>(?:\(\d{1,2}\))+</sup>))<br>((?:\(\d{1,2}\))+)"
                           r"\|((?:\(\d{1,2}\))<br>(?:\(\d{1,2}\)))\|")
"""An amount's raised markers wrapped onto the line under it ('222<sup>(4)</sup><br>(9)'), the next
cell holding both of column 6's markers ('(2)<br>(2)')."""


def _keep_wrapped_amount_marks(text: str) -> str:
    """A plain marker under an amount's raised markers is most often the next column's value (a
    rule stands between); not when the next cell already holds both of that column's values (its
    two markers): then it is the amount's markers wrapped, and stays the amount's."""
    return _WRAPPED_MARK.sub(lambda m: f"{m.group(1).removesuffix('</sup>')}{m.group(2)}</sup>|{m.group(3)}|", text)


_SIG_RUN_ON = re.compile(r"(Signature of Reporting Person(?:\s+Date)?)\s+(?=\*\*\S)")
"""Where a signature label ends and the next owner's bold signature starts on the same line."""


_PICTURE = re.compile(r"<!-- Start of picture text -->\n?(.*?)\n?<!-- End of picture text -->\n?", re.S)
"""PyMuPDF4LLM's text of a page region it took for a picture (a table's rows past a page break,
drawn among many rules): the region's lines run together on one line, apart by <br>."""


_SUP_AFTER_PAREN = re.compile(r"\)<sup>\((?=\d)")
_RUN_ON_STOP = re.compile(r"Table I|Instr|Explanation|Remarks|Signature|\d\.\s")


def _unpicture(text: str) -> str:
    """A picture region's lines put back on lines of their own (plain text, words apart by single
    spaces, as a non-layout text extraction gives); the same region printed twice in a row is
    kept once."""
    seen: list[str] = []

    def lines(m: re.Match[str]) -> str:
        body = re.sub(r"(?:<br\s*/?>)+\s*$", "", m.group(1).strip())
        if seen and seen[-1] == body:
            return ""
        seen.append(body)
        return "\n\n" + "\n".join(x.strip() for x in _BR.split(body)) + "\n\n"

    return _PICTURE.sub(lines, _picture_run_on(text))


_RUN_ON_LINE = re.compile(r"[A-Za-z][A-Za-z.,'&?-]*(?:\s+[A-Za-z][A-Za-z.,'&?-]*)*"
                          r"(?:\s?(?:<sup>)?(?:\(\d{1,2}\))+(?:</sup>)?)?")
"""A line of words only, maybe ending in its markers: no amount, date or year (a row's line has them)."""


def _picture_run_on(text: str) -> str:
    """A picture region opening with the last lines of the nature of ownership of the table row
    right above it ('Associates II,<br>L.P.<br>Class B (1) ...'), that row's nature ending unmarked
    ('...<br>by Rankin|'): those lines go on as that cell's last stacked lines."""
    out: list[str] = []
    pos = 0
    for m in _PICTURE.finditer(text):
        before = text[pos:m.start()]
        body = _BR.split(m.group(1).strip())
        k = 0
        while k < len(body) - 1 and _RUN_ON_LINE.fullmatch(body[k].strip()) and not _RUN_ON_STOP.search(body[k]):
            k += 1
        row_end = before.rstrip().rfind("\n") + 1
        row = before.rstrip()[row_end:]
        cells = _md_row_cells(row) if row.startswith("|") else []
        last = cells[-1].strip() if cells else ""
        if (k and k < len(body) and _AMOUNT_ROW_CELL.search(row) and _TWO_LETTERS.search(last)
                and not re.search(r"[)>]\s*$", last)):  # (a nature ending in its marker ended there)
            cells[-1] = last + "<br>" + "<br>".join(x.strip() for x in body[:k])
            before = before.rstrip()[:row_end] + "|" + "|".join(cells) + "|" + before[len(before.rstrip()):]
            rest = "<br>".join(body[k:])
            out.append(before + m.group(0).replace(m.group(1), rest, 1))
        else:
            out.append(text[pos:m.end()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _normalize(text: str) -> tuple[list[Line], str, int]:
    """Return (lines of cells, source format, count of damaged characters)."""
    fmt = "text"
    md_br = False
    if "<br" in text and not re.search(r"<t[dr]\b|<table\b|</p>", text[:200000], re.I) and sum(
        1 for ln in text.splitlines()[:400] if ln.lstrip().startswith("|") and ln.rstrip().endswith("|")
    ) >= 3:
        # markdown pipe tables whose cells stack lines with <br> (PyMuPDF4LLM): not HTML
        text = _unpicture(text)
        # a raised marker right after a closing parenthesis ('(HOLDING)<sup>(1)</sup>') is a marker, not
        # the title's words: a space keeps the two apart once the tags are gone
        text = _SUP_AFTER_PAREN.sub(") <sup>(", text)
        text = _unstack_header_rows(text)
        text = _nature_end_out_of_heading(text)
        text = _split_heading_out_of_rows(text)
        text = _join_cut_superscripts(text)
        text = _join_cut_dollars(text)
        text = _join_cut_word_heads(text)
        text = _join_two_titles_run_on(text)
        text = _join_page_run_on(text)
        text = _join_title_run_on(text)
        text = _join_wrapped_nature_row(text)
        text = _join_cut_stacks(text)
        # a plain marker on a line of its own under an amount (not the amount's superscript) is the
        # next column's value, Table II's footnote-only date ('1,927<br>(1)'): a rule stands between
        text = _keep_wrapped_amount_marks(text)
        text = _MARKER_UNDER_AMOUNT.sub("<br>\u00a6 ", text)
        # the same under a row's title: the title's own marker is a superscript, a plain '(n)' on
        # a line of its own is the next column's (Table II's conversion price, columns merged)
        text = _MARKER_UNDER_TITLE.sub("\\1<br>\u00a6 ", text)
        text = _BR_ANY_CASE.sub(" ", text)
        md_br = True
    if not md_br and _BLOCK_HTML.search(text[:20000]) and re.search(r"<t[dr]\b|</p>|<br", text[:200000], re.I):
        text = _html_to_text(text)
        fmt = "html"
    else:
        text = _TAG.sub("", text)
        text = html.unescape(text) if "&" in text else text
    damaged = 0

    def _damage(m: re.Match[str]) -> str:
        nonlocal damaged
        damaged += len(m.group(0))
        return DAMAGE

    if not text.isascii():  # (homoglyphs and other scripts are all outside ASCII)
        text = _FOREIGN.sub(_damage, _unhomoglyph(text))
    raw_lines = text.splitlines()
    # a markdown table row starts and ends with a pipe; OCR of table rules only starts some lines with one
    pipe_lines = sum(1 for ln in raw_lines if ln.lstrip().startswith("|") and ln.rstrip().endswith("|"))
    # a markdown table has its '|---|' separator row; OCR of a scan's table rules can frame a few lines
    # in bars too, but not a quarter of the page
    tables = pipe_lines >= 3 and (
        md_br or any("-" in ln and _MD_SEPARATOR.match(ln) for ln in raw_lines)
        or pipe_lines * 4 >= sum(1 for ln in raw_lines if ln.strip()))
    layout = fmt in ("text", "html") and "\t" not in text and bool(_LAYOUT_GAP.search(text))
    if fmt == "text" and tables:
        fmt = "markdown"
        layout = layout and not md_br  # PyMuPDF4LLM's paragraphs carry no column positions
    elif fmt == "text" and (damaged or "\\$" in text):
        fmt = "ocr"
    elif fmt == "text" and layout:
        fmt = "pdf-text"
    if fmt in ("text", "pdf-text") and _looks_ocr(text):
        fmt = "ocr"
    if fmt == "ocr" and layout:
        # a tilted scan's rows drift across its grid lines: straighten them before reading
        straight, slope = untilt(text)
        if slope:
            raw_lines = straight.splitlines()
        raw_lines = _box5_glyphs_down(raw_lines)
    elif fmt == "ocr" and "\t" in text:
        raw_lines = _box5_tab_glyphs_down(raw_lines)
    if fmt == "markdown":
        # several owners' signature blocks run together in one paragraph ('**A** ** Signature of
        # Reporting Person Date **B** ** Signature ...'): each bold name after a label starts a line
        raw_lines = [x for raw in raw_lines for x in (
            _SIG_RUN_ON.sub("\\1\n", raw).split("\n")
            if "Signature of Reporting" in raw and not raw.lstrip().startswith("|") else [raw])]
    lines: list[Line] = []
    for raw in raw_lines:
        if fmt == "markdown" and _MD_SEPARATOR.match(raw) and "-" in raw:
            continue
        s = _MD_ESCAPE.sub(r"\1", raw) if "\\" in raw else raw
        s = s.replace("**", "").replace("\u00b7", " ")
        if s.lstrip().startswith(("-", "*", "•")):  # (a bullet is the line's first printed character)
            s = _BULLET.sub("", s)
        if fmt == "ocr" and "|" in s:
            s = _PIPE_AS_ROMAN_I.sub(lambda m: (m.group(1) or m.group(2)) + "I" + PIPE_READ_AS_I, s)
        if fmt == "markdown":
            s = _MD_HEADING_MARK.sub("", s)  # a markdown heading's marker
            s = _MD_QUOTE_MARK.sub("", s)  # a block quote's marker ('> 2. The price ...')
        if s.lstrip().startswith("|") and fmt == "markdown":
            body = s.strip()
            body = body[1:] if body.startswith("|") else body
            body = body[:-1] if body.endswith("|") else body
            cells = [c.strip() for c in body.split("|")]
            if md_br:
                cells = _join_split_tokens(cells)
            lines.append(Line(cells))
        elif "\t" in s:
            # a table extractor cuts 'Class B Common Stock' at its wide word gap ('Class | B Common'): a
            # class letter never starts a column of its own after 'Class'
            s = _CLASS_TAB_LETTER.sub(r"Class \1", s)
            if fmt == "ocr":
                # box 5's '10% Owner' with the '%' sign's ring read apart ('10 0, % Owner', '10 ) % Owner')
                s = _TEN_PCT_OWNER_SPLIT.sub("10% Owner", s)
            cells = [c.strip() for c in s.split("\t")]
            if fmt == "ocr" and cells:
                # a title and a price one space either side of the table's rule, and what follows it
                # ('Incentive | $51.6900 | 11/09/2020'): two cells, as on positioned OCR
                r = _TITLE_RULE_PRICE.fullmatch(cells[0])
                if r:
                    cells[:1] = [r.group(1), r.group(2)]
            lines.append(Line(cells))
        elif layout:
            cells, offsets = [], []
            if fmt == "ocr" and "rector" in s and "wner" in s:
                # box 5's 'Director' whose first letters OCR lost or misread ('rector', 'irector', 'pirector')
                # on the line of its '10% Owner': the label, ending where it ends (spaces before it give way)
                # (the spaces taken whole, possessive '*+': giving one back leaves a space where the word
                # must start, so it never matched, but tried every split of every run of spaces)
                s = re.sub(r"( *+)(?<!\S)((?!Director\b)[A-Za-z]{0,3}rector)(?= )(?=.*wner)",
                           lambda m: " " * max(len(m.group(1)) + len(m.group(2)) - 8, min(len(m.group(1)), 1))
                           + "Director", s, count=1)
            if fmt == "ocr" and "% Owner" in s:
                # box 5's label as OCR set it in a smaller type: '10 % Owner' (same width kept), or its
                # check box glued to it ('[X]10% Owner', 'L]10% Owner', '|110% Owner'): the box apart
                # ('10 0, % Owner', '10 ) % Owner': the '%' sign's upper ring read as a glyph of its own)
                s = _TEN_PCT_OWNER_SPLIT.sub(lambda m: "10% Owner".rjust(len(m.group(0))), s)
                s = re.sub(r"(?<!\S)(\[[xXkK]\]|L\]|LJ|\[1|\|1|1)(?=10% Owner)", r"\1 ", s)
            for m in _CELL_TEXT.finditer(s):
                r = _TITLE_RULE_PRICE.fullmatch(m.group(0)) if fmt == "ocr" and " | $" in m.group(0) else None
                if r:
                    # OCR: 'Employee | $125.50', 'Incentive | $51.6900 | 11/09/2020', a title and a price
                    # (and what follows it) one space either side of the table's rule: two cells, not one
                    cells += [r.group(1), r.group(2)]
                    offsets += [m.start(), m.start() + r.start(2)]
                    continue
                cells.append(m.group(0))
                offsets.append(m.start())
            lines.append(Line(cells, offsets))
        else:
            lines.append(Line([s.strip()]))
    return lines, fmt, damaged



def _md_head(text: str) -> str:
    """The header rows of a markdown rendering: up to the line holding "Table I" (the header row
    may hold it itself), else the first part of the text."""
    at = text.find("Table I")
    return text[: text.find("\n", at) if at >= 0 and text.find("\n", at) > 0 else 20000]


def _bold_tail(v: str) -> tuple[str, str]:
    """A stacked line as (plain text before, bold slice ending it): ('$', '**ficially Owne**')."""
    m = re.fullmatch(r"([^*]*?)\s*(\*\*[^*]+\*\*)", v)
    return (m.group(1), m.group(2)) if m else (v, "")


_WRAP_WORDS = r"[A-Za-z][A-Za-z ,.()-]*(?:\(\d{1,2}\))*"
"""A title's wrapped words, maybe with their raised markers ('Stock(2)')."""


def _plain_cell(c: str) -> str:
    """A cell's text with its stacked lines on one line and its superscript tags taken off."""
    return _SUP_TAG.sub("", _BR.sub(" ", c)).strip()


def _holding_row_under_heading(line: str) -> bool:
    """A holding row (no date) of Table I with Table II's heading, whole from its start, cut into its
    cells ('Common Stock<br>**Table II -**' | '0<br>D<br>**Derivative Securities ...**'): words, an
    amount and the ownership form letter outside the heading's bold slices."""
    if not re.search(r"\*\*Table\s*II\b", line):
        return False
    plain = _BR.sub(" ", re.sub(r"<sup>|</sup>", "", re.sub(r"\*\*[^*|]*\*\*", " ", line)))
    return bool(re.search(r"[A-Za-z]{3}", plain) and _DIGIT.search(plain)
                and re.search(r"(?:^|[|\s])[DI](?:[|\s]|$)", plain))


_NATURE_END_SLICE = re.compile(r"(?:[A-Za-z][\w.,'&-]*\s?)*(?:<sup>(?:\(\d{1,2}\))+</sup>|\s?(?:\(\d{1,2}\))+)?")
"""A nature's last line: words or initials, maybe with its markers ('L.P.<sup>(2)</sup>', '(2)')."""


def _nature_end_out_of_heading(text: str) -> str:
    """PyMuPDF4LLM may print the last line of Table I's last row's nature of ownership in Table II's
    heading row, as plain slices among the heading's bold ones ('<br>L.P.<sup>(2)</sup><br>**ns,
    convertible**'): they go on the end of the data row's last cell."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        line, prev = lines[i], lines[i - 1]
        if not (line.startswith("|") and "**" in line and prev.startswith("|") and _AMOUNT_ROW_CELL.search(prev)):
            continue
        cells = _md_row_cells(line)
        stacks = [_BR.split(c) for c in cells]
        bold = "".join(x.strip().strip("*") for st in stacks for x in st if x.strip().startswith("**"))
        plain = [(ci, k) for ci, st in enumerate(stacks) for k, x in enumerate(st)
                 if x.strip() and not x.strip().startswith("**")]
        tail = [ci for ci, c in enumerate(cells) if c.strip()][-2:]  # (the nature's column: the row's last)
        if not _TABLE_TWO.search(bold) or not plain or any(ci not in tail for ci, _ in plain):
            continue
        if not all(_NATURE_END_SLICE.fullmatch(stacks[ci][k].strip()) and (
                _LETTER.search(stacks[ci][k]) or "(" in stacks[ci][k]) for ci, k in plain):
            continue
        above = _md_row_cells(prev)
        last = max((k for k, c in enumerate(above) if c.strip()), default=None)
        if last is None or not _TWO_LETTERS.search(_TAG.sub("", above[last])) or _DIGIT.search(
                _TAG.sub("", re.sub(r"<sup>.*?</sup>", "", above[last]))):
            continue
        words = " ".join(stacks[ci][k].strip() for ci, k in plain)
        above[last] = above[last].rstrip() + ("" if words.startswith("<sup>") else " ") + words
        for ci, k in plain:
            stacks[ci][k] = ""
        lines[i - 1] = "|" + "|".join(above) + "|"
        lines[i] = "|" + "|".join("<br>".join(x for x in st if x.strip()) for st in stacks) + "|"
    return "\n".join(lines)


def _split_heading_out_of_rows(text: str) -> str:
    """PyMuPDF4LLM may print Table II's heading in the cells of Table I's last row, as bold
    slices under its values ('1,009<br>**d of, or Benefi**'): the heading goes on a line of its
    own after the row."""
    out: list[str] = []
    for line in text.split("\n"):
        first = line.strip().strip("|").split("|")[0].strip() if line.startswith("|") else ""
        top = _TITLE_ATOP_HEADINGS.match(first) if "Title of" in first else None
        if top and re.fullmatch(_WRAP_WORDS, _plain_cell(top.group(1))) and set(
                re.sub(r"[^a-z ]", " ", _plain_cell(top.group(1)).lower()).split()) <= _TITLE_WORDS:
            # a title's wrapped last words stacked atop Table II's column headings ('Stock<br>1. Title of'):
            # they are the row's above, on a line of their own before the headings
            out.append("|" + re.sub(r"<br>$", "", top.group(1)) + "|")
            line = line.replace(first, first[top.end():], 1)
            first = first[top.end():]
        # the heading may be cut anywhere ('**Ta**' | '**ble II - Derivative**'), the row's date too
        if (line.startswith("|") and "**" in line and _TABLE_HEADING_CUT.search(line)
                and (re.search(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/(?:<br>\*\*[^*|]*\*\*)?\|\d{1,2}/\d{2,4}"
                               r"|\d{1,2}/\d{1,2}/\d{0,3}(?:<br>\*\*[^*|]*\*\*)?\|\d{1,4}\b"
                               r"|\d{1,2}/\d{1,2}(?:<br>\*\*[^*|]*\*\*)?\|/\d{2,4}\b"
                               r"|\b\d{1,2}(?:<br>\*\*[^*|]*\*\*)?\|/\d{1,2}/\d{2,4}\b", line)
                     or re.fullmatch(_WRAP_WORDS, _plain_cell(first))
                     or _holding_row_under_heading(line))):
            heading: list[str] = []
            cells = []
            for cell in line.strip().strip("|").split("|"):
                keep = []
                for sl in _BR.split(cell):
                    # the piece may share its line with a value cut short ('$ **ficially Owne**')
                    value, v = _bold_tail(sl.strip())
                    if v and (_title_piece(v.strip("* ")) or v.startswith("**Table")):
                        heading.append(v.strip("* "))
                        if value:
                            keep.append(value)
                    else:
                        keep.append(sl)
                cells.append("<br>".join(keep))
            title = "".join(heading)
            # a title's wrapped word ('Stock'), maybe cut at a column edge too ('Capital Sto' | 'ck')
            kept = [_BR.sub(" ", c).strip() for c in cells if c.strip()]
            words_only = bool(kept) and kept[0] == _BR.sub(" ", first).strip() and all(
                re.fullmatch(_WRAP_WORDS, _plain_cell(c)) for c in kept)
            if words_only and len(kept) > 1:
                cells = [functools.reduce(_glue, kept)] + [""] * (len(cells) - 1)  # one title line again
            if heading and _TABLE_TWO.search(title) and (
                    any(_DIGIT.search(c) for c in cells) or words_only):
                out.append("|" + "|".join(cells) + "|")
                out.append("|**" + title + "**|")
                continue
        out.append(line)
    return "\n".join(out)


_TABLE_TITLES = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned "
                 "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned "
                 "(e.g., puts, calls, warrants, options, convertible securities)"
                 # Form 3's tables, holdings only
                 " Table I - Non-Derivative Securities Beneficially Owned "
                 "Table II - Derivative Securities Beneficially Owned "
                 "(e.g., puts, calls, warrants, options, convertible securities)")
_TABLE_TITLES_TIGHT = _SPACES.sub("", _TABLE_TITLES)


def _title_piece(v: str) -> bool:
    """A slice of the tables' titles, also where the extractor lost the spaces between words
    ('cially Owned(e.g.,pu')."""
    return v in _TABLE_TITLES or bool(v.strip()) and _SPACES.sub("", v) in _TABLE_TITLES_TIGHT
