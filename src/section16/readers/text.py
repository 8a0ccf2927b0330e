"""Read a Form 3/4/5 from text that a PDF or OCR tool pulled out of the rendered form.

The form is fixed, so its printed box labels ("1. Name and Address of Reporting Person",
"Table I - Non-Derivative Securities ...", "Explanation of Responses", ...) survive the
noise and anchor the values. Table rows are decoded against the row grammar of the form
(title, date, deemed date?, code, V?, amount, A/D, price, owned following, D/I, nature)
instead of split on whitespace, and the form's own arithmetic (owned following = previous
owned following +/- shares) chooses between readings of split or duplicated digits.

Everything that was chosen among several readings, repaired or inferred is listed in
``extraction.uncertain_fields`` with a note in ``extraction.evidence``; a value the text
does not show stays ``None``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from section16.errors import NotOwnershipDocument
from section16.model import (
    DerivativeHolding,
    DerivativeTransaction,
    Extraction,
    FilingMetadata,
    Footnote,
    Issuer,
    NonDerivativeHolding,
    NonDerivativeTransaction,
    OwnershipDocument,
    OwnerSignature,
    ReportingOwner,
)

__all__ = ["read_text", "read_cells", "Line"]

DAMAGE = "\ufffd"
"""Stands in for characters of another script that OCR put in place of Latin letters."""

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
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0700-\u1cff]+")
_TAG = re.compile(r"</?(?:u|mark|b|i|em|strong|span|sup|sub|font|a|small|big|ins|s)\b[^>]*>", re.I)
_BLOCK_HTML = re.compile(r"<(?:table|tr|td|th|div|p|br|html|body)\b", re.I)
_MD_ESCAPE = re.compile(r"\\([\\$|*_#`\[\]()<>!.\-+{}])")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-*:?\s*)*\|?\s*$")
_BULLET = re.compile(r"^\s*[-*•]\s+(?=\S)")


@dataclass(slots=True)
class Line:
    """One line of the input as cells; ``offsets`` are character columns when known."""

    cells: list[str]
    offsets: list[int] | None = None
    widths: list[int] | None = None  # printed width of each cell on this line (positioned input)

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c)

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
    sq = _NOT_ALNUM.sub("", text.lower())
    missing = sum(1 for a in _EVERY_FORM if a not in sq)
    return missing if missing < len(_EVERY_FORM) - 2 else 0  # not a form at all: say nothing


_TOKEN_CUT = (
    # (end of the left cell, start of the right cell): one token cut by a column edge
    (re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{1,3}$"), re.compile(r"^\d")),  # "06/02/202" | "0"
    (re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/?$"), re.compile(r"^/?\d{4}\b")),  # "09/30" | "/2021"
    (re.compile(r"\d,\d{0,2}$"), re.compile(r"^\d{1,3}(?![\d/])")),  # "100,0" | "00"
    (re.compile(r"(?:^|\s)\$$|\$\d+\.$"), re.compile(r"^\d+(?![\d/])")),  # "$1." | "20"
    (re.compile(r"\$\d+\.\d$"), re.compile(r"^\d{1,3}(?=\s|$)")),  # "$253.6" | "3"
    (re.compile(r"\((?:F?\d{0,2})$"), re.compile(r"^(?:F?\d{0,2})\)")),  # "188,907(" | "1)"
)


def _join_split_tokens(cells: list[str]) -> list[str]:
    """PyMuPDF4LLM cuts a cell's text where its guessed column edge falls, inside a date, an
    amount or a footnote marker; put such a token back together (the left cell keeps it)."""
    out = list(cells)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not a or not b:
            continue
        for left, right in _TOKEN_CUT:
            if left.search(a) and right.match(b):
                head, _, rest = b.partition(" ")
                out[k] = a + head
                out[k + 1] = rest
                break
    return out


_BOX_START = re.compile(r"^\s*(?:\*\*)?\d{1,2}\.\s")


_TITLE_WORDS = frozenset(
    "common stock class par value per share shares of and the units unit preferred series ordinary options "
    "option restricted warrants warrant rights right to buy sell no are securities beneficially owned".split())
"""Whole words of security titles: a cell edge next to one fell between words, not inside one."""


def _glue(a: str, b: str) -> str:
    """Join two pieces of one printed line that a column edge cut apart."""
    if not a or not b:
        return a or b
    for left, right in _TOKEN_CUT:
        if left.search(a) and right.match(b):
            return a + b
    if (a[-1].isalnum() and (b[0].islower() or b[0] in ")/,.'")) or a.endswith(("(", "/")) or (
        re.search(r"(?:^|\s)\d{1,4}$", a) and re.match(r"\d{1,4}(?:\s|$|-)", b)
        and len(re.search(r"\d+$", a).group(0)) + len(re.match(r"\d+", b).group(0)) == 5  # type: ignore[union-attr]
    ):
        return a + b  # "(Last) (First) (M" + "iddle)", "Name and Tic" + "ker"
    return f"{a} {b}"


def _align(rows: list[list[str]], types: list[bool], pieces: list[tuple[str, bool]]) -> None:
    """Add one cell's stacked lines to the rows of its box: the longest common subsequence of
    value/label kinds (values are bold) pairs them up; a line with no partner is a row of its own."""
    n, m = len(types), len(pieces)

    longest = max((len(r[-1]) for r in rows), default=1) or 1

    def weight(x: int, y: int) -> float:
        if types[x] != pieces[y][1]:
            return 0
        # a word cut at the edge ("4. Relatio" + "nship") pairs up before anything else, and a
        # line that runs on into the next slice is one that filled its own slice to the edge
        cut = rows[x][-1][-1:].isalpha() and pieces[y][0][:1].islower()
        return (3 if cut else 2) + len(rows[x][-1]) / longest / 2

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
            seen_table = seen_table or bool(re.search(r"Table I\b|Title of", ln))
            continue
        seen_table = bool(re.search(r"Table I\b|Title of", ln))
        cells = st[1:-1].split("|")
        groups: list[list[list[tuple[str, bool]]]] = []
        for k, cell in enumerate(cells):
            pieces = []
            for piece in re.split(r"<br\s*/?>", cell, flags=re.I):
                bold = bool(re.fullmatch(r"\*\*\S.*\*\*", piece.strip()))  # "** Signature ..." is a label
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
    return "\n".join(out)


def _join_cut_title(cells: list[str], line: str) -> str:
    """PyMuPDF4LLM: a table row's title column cut at a guessed edge into two stacked cells, the
    date starting under the title's pieces ('Common<br>par value<br>$0.001' | 'Stock,<br>09/30' |
    '/2021'): each of the second cell's leading title pieces goes on with the line beside it
    ('Common Stock, par value $0.001'); what is left of the cell (the date's start) stays."""
    if len(cells) < 3:
        return line
    a = [x.strip() for x in re.split(r"<br\s*/?>", cells[0])]
    b = [x.strip() for x in re.split(r"<br\s*/?>", cells[1])]
    if (len(a) < 2 or not re.search(r"[A-Za-z]", a[0]) or any(re.search(r"\d{1,2}/", x) for x in a)
            or not b or not re.match(r"[A-Za-z(]", b[0])):
        return line
    n = 0
    while n < len(b) and n < len(a) and (re.fullmatch(r"[A-Za-z(][A-Za-z,.'()\s-]*", b[n]) or (
            re.fullmatch(r"\$\d[\d.,]*", b[n]) and re.search(r"(?:value|par)$", a[n], re.I))):
        n += 1
    rest = [x for x in b[n:] if x]
    after = " ".join(rest) + " " + cells[2].strip()
    if not re.match(r"\s*\d{1,2}/", after):
        return line  # the date starts under the title's pieces: the title column was cut
    title = [(_glue(x, b[k]) if k < n and b[k] else x) for k, x in enumerate(a)]
    cells = ["<br>".join(title), "<br>".join(rest)] + cells[2:]
    return "|" + "|".join(cells) + "|"


def _join_cut_stacks(text: str) -> str:
    """PyMuPDF4LLM: a data row's last column (the nature of ownership) cut at a guessed edge into
    two cells that stack the same lines ('Compa<br>Sponso' | 'ny<br>red 401k'): put each line
    back together, so the words read in order ('Company Sponsored 401k')."""
    out = []
    for line in text.split("\n"):
        if line.startswith("|") and line.count("<br") >= 2 and re.search(r"\d", line):
            cells = line.strip().strip("|").split("|")
            line = _join_cut_title(cells, line)
            cells = line.strip().strip("|").split("|")
            full = [k for k, c in enumerate(cells) if c.strip()]
            stacks = {k: re.split(r"<br\s*/?>", cells[k]) for k in full}
            run = full[-1:]
            while (len(run) < len(full) - 1 and full[-len(run) - 1] == run[0] - 1
                   and len(stacks[run[0] - 1]) == len(stacks[run[0]]) >= 2
                   and all(x.strip() for x in stacks[run[0] - 1])
                   and sum(1 for x in stacks[run[0] - 1] if re.search(r"[A-Za-z]{2}", x)) * 2 > len(stacks[run[0]])):
                run.insert(0, run[0] - 1)  # text cells (mostly words: not an amount's stack)
            before = [k for k in full if k < run[0]]
            if len(run) >= 2 and before and re.fullmatch(
                    r"(?:[DI]|\$?[\d,.]+)(?:\(\d{1,2}\))*", _TAG.sub("", cells[before[-1]]).replace(" ", "")):
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


def _normalize(text: str) -> tuple[list[Line], str, int]:
    """Return (lines of cells, source format, count of damaged characters)."""
    fmt = "text"
    md_br = False
    if "<br" in text and not re.search(r"<t[dr]\b|<table\b|</p>", text[:200000], re.I) and sum(
        1 for ln in text.splitlines()[:400] if ln.lstrip().startswith("|") and ln.rstrip().endswith("|")
    ) >= 3:
        # markdown pipe tables whose cells stack lines with <br> (PyMuPDF4LLM): not HTML
        text = _unstack_header_rows(text)
        text = _split_heading_out_of_rows(text)
        text = _join_cut_stacks(text)
        text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
        md_br = True
    if not md_br and _BLOCK_HTML.search(text[:20000]) and re.search(r"<t[dr]\b|</p>|<br", text[:200000], re.I):
        text = _html_to_text(text)
        fmt = "html"
    else:
        text = _TAG.sub("", text)
        text = html.unescape(text) if "&" in text else text
    text = text.translate(_HOMOGLYPHS)
    damaged = 0

    def _damage(m: re.Match[str]) -> str:
        nonlocal damaged
        damaged += len(m.group(0))
        return DAMAGE

    text = _FOREIGN.sub(_damage, text)
    raw_lines = text.splitlines()
    # a markdown table row starts and ends with a pipe; OCR of table rules only starts some lines with one
    pipe_lines = sum(1 for ln in raw_lines if ln.lstrip().startswith("|") and ln.rstrip().endswith("|"))
    layout = fmt in ("text", "html") and "\t" not in text and bool(re.search(r"\S {3,}\S", text))
    if fmt == "text" and pipe_lines >= 3:
        fmt = "markdown"
        layout = layout and not md_br  # PyMuPDF4LLM's paragraphs carry no column positions
    elif fmt == "text" and (damaged or "\\$" in text):
        fmt = "ocr"
    elif fmt == "text" and layout:
        fmt = "pdf-text"
    if fmt in ("text", "pdf-text") and (len(_OCR_TRACES.findall(text)) >= 3 or _broken_labels(text) >= 2):
        # OCR of a printed form leaves table rules and empty checkboxes as '|', 'L]', 'LJ', '[_]', '©'
        fmt = "ocr"
    lines: list[Line] = []
    for raw in raw_lines:
        if fmt == "markdown" and _MD_SEPARATOR.match(raw) and "-" in raw:
            continue
        s = _MD_ESCAPE.sub(r"\1", raw) if "\\" in raw else raw
        s = s.replace("**", "").replace("\u00b7", " ")
        s = _BULLET.sub("", s)
        if fmt == "markdown":
            s = re.sub(r"^\s*#{1,6}\s+", "", s)  # a markdown heading's marker
            s = re.sub(r"^\s*(?:>\s*)+(?=\S)", "", s)  # a block quote's marker ('> 2. The price ...')
        if s.lstrip().startswith("|") and fmt == "markdown":
            body = s.strip()
            body = body[1:] if body.startswith("|") else body
            body = body[:-1] if body.endswith("|") else body
            cells = [c.strip() for c in body.split("|")]
            if md_br:
                cells = _join_split_tokens(cells)
            lines.append(Line(cells))
        elif "\t" in s:
            lines.append(Line([c.strip() for c in s.split("\t")]))
        elif layout:
            cells, offsets = [], []
            for m in re.finditer(r"\S+(?: \S+)*", s):
                cells.append(m.group(0))
                offsets.append(m.start())
            lines.append(Line(cells, offsets))
        else:
            lines.append(Line([s.strip()]))
    return lines, fmt, damaged


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


def _valid_number(s: str) -> bool:
    return bool(re.fullmatch(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", s))


def _dec(s: str) -> Decimal | None:
    s = s.replace("$", "").replace(",", "").strip("()")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_OCR_TRACES = re.compile(r"\S \| \S|(?<!\S)(?:L\]|LJ|L_\]|\[_\]|LC|Is[}!|]|\[XJ|\[X\}|\{X\])(?!\S)|[©°®{}]")
_PARENS = re.compile(r"\([^)]*\)")
_HEAD_WORDS = re.compile(r"instr\b|month/day|\(a\) or \(d\)|title of|ownership form|code\s+v\b|\band \d\)")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")


_WORDY = re.compile(r"[A-Za-z]{3,}.*\d|\d.*[A-Za-z]{3,}")
"""A cell whose number sits among words ("value $0.01 per"): wrapped text, not a data column."""


def _squash(s: str) -> str:
    return _NOT_ALNUM.sub("", s.lower())


def _clean(s: str) -> str:
    s = s.replace(DAMAGE, " ")
    return " ".join(s.split()).strip(" ,;:|_`'\"-")


# ---------------------------------------------------------------------------------------
# The reading state: values plus what we are unsure of and why.
# ---------------------------------------------------------------------------------------


class _Notes:
    def __init__(self) -> None:
        self.uncertain: list[str] = []
        self.warnings: list[str] = []
        self.evidence: dict[str, str] = {}

    def see(self, path: str, text: str, rule: str, *, uncertain: bool = False) -> None:
        self.evidence[path] = f"{text.strip()[:120]!r}; {rule}"
        if uncertain and path not in self.uncertain:
            self.uncertain.append(path)

    def unsure(self, path: str, rule: str, text: str = "") -> None:
        old = self.evidence.get(path)
        if old is not None and not text and rule not in old:
            # a later doubt keeps what was read and why: "...; code column empty ...; OCR row not confirmed"
            self.evidence[path] = f"{old}; {rule}"
            if path not in self.uncertain:
                self.uncertain.append(path)
            return
        self.see(path, text, rule, uncertain=True)


# ---------------------------------------------------------------------------------------
# Form detection and sections
# ---------------------------------------------------------------------------------------

_ANCHORS = (
    "nameandaddressofreportingperson",
    "issuernameandtickerortradingsymbol",
    "nonderivativesecurities",
    "derivativesecurities",
    "explanationofresponses",
    "signatureofreportingperson",
    "relationshipofreportingperson",
    "beneficialownership",
    "dateofearliesttransaction",
    "titleofsecurity",
    "section16",
    "3235028",
)


def _is_form(squashed: str) -> int:
    return sum(1 for a in _ANCHORS if a in squashed)


def _find_line(sq: list[str], keys: tuple[str, ...], start: int = 0, end: int | None = None) -> int | None:
    end = len(sq) if end is None else end
    for i in range(start, end):
        line = sq[i]
        for k in keys:
            if k in line:
                return i
    return None


_T1_KEYS = ("tableinonderiv", "nonderiv", "1titleofsecurity")
_T2_KEYS = (
    "tableiideriv",
    "tableii",
    "putscallswarrants",
    "titleofderivativesecurity",
    "optionsconvertible",
    "onvertib",
    # Table II's own column headings, when OCR lost its title line
    "3adeemed",
    "conversionorexercise",
    "dateexercisableand",
    "8priceof",
    "9numberof",
)
_FN_KEYS = ("explanationofresponses", "explanationofrespon", "xplanationofresp")
_SIG_KEYS = ("signatureofreportingperson", "signatureofreporting", "ofreportingpersondate")


# ---------------------------------------------------------------------------------------
# Header boxes
# ---------------------------------------------------------------------------------------

_BOX_LABEL = re.compile(
    r"(?:^|\s)(?:[1-7][A-Z]?\.\s|Issuer Name|Date of Earliest|If Amendment|Relationship of|"
    r"Individual or Joint|Statement for Issuer|Date of Event|Name and Add|Check all|Check Applicable)",
    re.I,
)
_BOX5_WORDS = re.compile(r"\b(?:Director|Officer|10%|Other \(spec|Form filed by)\b", re.I)
_OFFICER_WORDS = re.compile(
    r"president|chief|\b(?:c[efotail]o|e?vp|svp|officer|vice|secretary|treasurer|counsel|controller|chair\w*|"
    r"executive|general|principal|head|remarks|founder|manager|director)\b",
    re.I,
)
_OTHER_TEXT = re.compile(r"member|group|former|affiliate|trustee|subsidiary|10%|owner", re.I)
_LABEL_PREFIX = re.compile(
    r"^.*?(?:\(Month/Day/Year\)|Applicable Line\)|\(Check Applicable|Original Filed|Joint/Group Filing)\S*\s*",
    re.I,
)


def _box5_title(title: str) -> str | None:
    """An OCR'd box 5 title without the label words of boxes 4/6 read into it."""
    t = _clean(re.sub(r"^\W*(?:\(?specify\W*)?below\)\W*", "", _LABEL_PREFIX.sub("", title), flags=re.I))
    t = _clean(re.sub(r"\s+\S{1,2}$", "", t))  # a glyph of the next box's rule ('im', 'a')
    if not (re.search(r"[A-Za-z]{3}", t) or _OFFICER_WORDS.search(t)) or re.search(
        r"Month/Day|Applicable|Reporting Person|Amendment", t, re.I
    ):
        return None
    return t


def _fill_gaps(lines: list[Line]) -> list[Line]:
    """OCR of justified text sets a few words a little lower than their line, on a line of their
    own, each under a gap of the line above ('is  weighted      price' / 'a  average'): put them
    back in their gaps."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.offsets is None and ln.offsets is None and len(ln.cells) > 1
                and len(prev.cells) == len(ln.cells) + 1 and all(len(c) <= 14 for c in ln.cells)
                and len(ln.text.split()) * 3 <= len(prev.text.split())):
            # tab cells: as many words as the line above has gaps (cells cut where they were)
            cells = [x for pair in zip(prev.cells, ln.cells, strict=False) for x in pair] + [prev.cells[-1]]
            out[-1] = Line([" ".join(cells)])
            continue
        if (prev is not None and prev.offsets is not None and ln.offsets is not None and ln.cells
                and len(ln.text.split()) * 3 <= len(prev.text.split()) and all(len(c) <= 14 for c in ln.cells)):
            ends = [o + len(c) for c, o in zip(prev.cells, prev.offsets, strict=False)]
            slots = []
            for c, o in zip(ln.cells, ln.offsets, strict=False):
                k = next((j for j in range(len(prev.cells) - 1)
                          if ends[j] <= o and o + len(c) <= prev.offsets[j + 1]), None)
                if k is None:
                    break
                slots.append((k, c))
            if len(slots) == len(ln.cells):
                cells = list(prev.cells)
                for k, c in sorted(slots, reverse=True):
                    cells[k] = cells[k] + " " + c
                out[-1] = Line(cells, list(prev.offsets), prev.widths)
                continue
        out.append(ln)
    return out


def _is_text_cell(c: str) -> bool:
    """A table cell of words (a title, a nature of ownership), not a number, date, code or marker."""
    c = _PARENS.sub(" ", c)
    return bool(re.search(r"[A-Za-z]{3}", c)) and not re.search(r"\d", c)


_OTHER_BOX_WORDS = re.compile(
    r"\ball\b|applicab|\bCheck\b|\bOwner\b|Director|Officer|10%|\bOther\b|specify|below\)|title below|"
    r"Month/Day|Earliest|Amendment|Joint/Group|Form filed|Issuer", re.I)
"""Words of boxes 2-6 that OCR'd tab cells put on the lines of box 1."""
_OCR_TICKER = re.compile(r"[\[{]\s*([A-Z0-9.\-]{1,10})(?:\s*[\]}|]|\s+J|\s*$)")
"""Box 2's [ticker] as OCR prints it: its ']' read as 'J', '}' or '|', or lost at the cell's end."""
_OCR_SLASH_S = re.compile(r"(?<!\S)[Il|/]s ?[}!\]/|)1l](?= ?[A-Z])")
"""A typed signature's '/s/' as OCR prints it: 'Is}', 'Is!', 'Is]', 'Is |', 'Is/'."""
_CHECKED = re.compile(r"[\[|(]?[xX][\]|)]?|i[xX]|[xX]{2}|\[[xX]J")
"""A checked box as text extractors and OCR print it: X, [X], |X|, ix, XX, [XJ."""
_TICK = re.compile(r"[xX]|[xXK][xX]|XK|i[xX]")
"""A checked box once its brackets are gone: X, or OCR's K, xX for [X]."""
_GLYPH = re.compile(r"[xX]|[xXK][xX]|XK|K|[LC_][J1lI]?|1|_")
"""A check box, checked or empty, as OCR prints it without brackets (L], C1, LJ, [K], [X])."""
_BOX5_GROUP = re.compile(
    r"(?:\bX\s+)?Director(?:\s+X)?\s+10%\s+Owner|Officer\s*\(give title below\)(?:\s+X)?\s+Other\s*\(specify below\)",
    re.I,
)
_CUT_NOISE = re.compile(
    r"\(?Check all\s*applicable\)?|\bX?\s*Form\s*filed\s*by\b.*$|\(give title belo\w*\)?|Other\s*\(spec\w*\s*below\)",
    re.I,
)
"""Box 5 and box 6 words that a rebuilt (cell-sliced) header line may carry into box 1."""
_MID_SUFFIX = re.compile(
    r"(?:,\s*|\s)(?:INC|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|PLC|LLC|LP|L\.P|N\.V|S\.A|S\.C\.A|AG|SE|"
    r"INCORPORATED)\.?(?=\s)",
    re.I,
)
"""A company suffix followed by more words: where one company's name ends and another's begins."""
_NOT_BOX1 = re.compile(
    r"\b[2-7]\.\s+(?:Issuer Name|Relationship|Date of|If Amendment|Individual|Statement for).*$"
    r"|\(?Check all applicable\)?|\(?Check Applicable Line\)?"
    r"|" + _BOX5_GROUP.pattern + r"|(?:\bX\s+)?Form filed by (?:One|More than One) Reporting Person"
    r"|\[\s*[A-Za-z0-9.\-]{1,10}\s*\]|\b\d{1,2}/\d{1,2}/\d{4}\b|\bTable II? - .*$|\bSee Remarks\b\.?",
    re.I,
)
"""Words of boxes 2-6 that flat text puts on box 1's lines."""
_CORP_SUFFIX = re.compile(
    r"\b(?:INC|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|PLC|LLC|LP|L\.P|N\.V|NV|SA|S\.A|AG|SE|"
    r"HOLDINGS|GROUP|TRUST|BANCORP|INCORPORATED|TECHNOLOGIES|INTERNATIONAL)\.?,?$",
    re.I,
)
_LABEL_NOISE = re.compile(
    r"\((?:Last|First|Middle|Street|City|State|Zip)\)|\b(?:Last|First|Middle)\)|\((?:Last|First|Middle)\b",
    re.I,
)

# Common words of US street addresses, used to choose how two OCR cell fragments join.
_ADDRESS_WORDS = frozenset(
    """STREET ST AVENUE AVE ROAD RD DRIVE DR BOULEVARD BLVD LANE LN WAY COURT CT PLACE PL
    PLAZA PARKWAY PKWY PARK SUITE STE FLOOR FL BUILDING BLDG CENTER CENTRE CIRCLE HIGHWAY
    HWY SQUARE TERRACE TRAIL NORTH SOUTH EAST WEST NE NW SE SW ONE TWO THREE FOUR FIVE
    TECHNOLOGY TECHNOLOGIES CORPORATE OFFICE OFFICES EXECUTIVE CAMPUS TOWER TOWERS HILL
    HILLS MAIN BROADWAY MARKET CENTRAL AMERICAS WORLD TRADE FINANCIAL INDUSTRIAL INNOVATION
    RESEARCH SCIENCE UNIVERSITY AIRPORT HARBOR BAY RIVER LAKE POINT POINTE RIDGE VALLEY
    SPRINGS GROVE OAK PINE ELM MAPLE CEDAR WASHINGTON LINCOLN JEFFERSON MADISON FRANKLIN
    P.O. PO BOX ATTN C/O CARE OF INC INC. CORP CORPORATION COMPANY LLC LP LTD GROUP HOLDINGS
    PARTNERS CAPITAL MANAGEMENT INVESTMENTS ASSOCIATES FUND TRUST BANK NETWORKS SYSTEMS""".split()
)

# First three digits of a US ZIP code -> state, to settle an unreadable state box.
_ZIP_STATE_RANGES = (
    (5, 5, "NY"),
    (6, 9, "PR"),
    (10, 27, "MA"),
    (28, 29, "RI"),
    (30, 38, "NH"),
    (39, 49, "ME"),
    (50, 59, "VT"),
    (60, 69, "CT"),
    (70, 89, "NJ"),
    (100, 149, "NY"),
    (150, 196, "PA"),
    (197, 199, "DE"),
    (200, 205, "DC"),
    (206, 219, "MD"),
    (220, 246, "VA"),
    (247, 268, "WV"),
    (270, 289, "NC"),
    (290, 299, "SC"),
    (300, 319, "GA"),
    (320, 349, "FL"),
    (350, 369, "AL"),
    (370, 385, "TN"),
    (386, 397, "MS"),
    (398, 399, "GA"),
    (400, 427, "KY"),
    (430, 459, "OH"),
    (460, 479, "IN"),
    (480, 499, "MI"),
    (500, 528, "IA"),
    (530, 549, "WI"),
    (550, 567, "MN"),
    (570, 577, "SD"),
    (580, 588, "ND"),
    (590, 599, "MT"),
    (600, 629, "IL"),
    (630, 658, "MO"),
    (660, 679, "KS"),
    (680, 693, "NE"),
    (700, 714, "LA"),
    (716, 729, "AR"),
    (730, 749, "OK"),
    (750, 799, "TX"),
    (800, 816, "CO"),
    (820, 831, "WY"),
    (832, 838, "ID"),
    (840, 847, "UT"),
    (850, 865, "AZ"),
    (870, 884, "NM"),
    (889, 898, "NV"),
    (900, 961, "CA"),
    (967, 968, "HI"),
    (970, 979, "OR"),
    (980, 994, "WA"),
    (995, 999, "AK"),
)
_STATES = frozenset(s for _, _, s in _ZIP_STATE_RANGES) | {"GU", "VI", "AS", "MP"}


def _zip_state(zip_code: str) -> str | None:
    try:
        p = int(zip_code[:3])
    except ValueError:
        return None
    for lo, hi, st in _ZIP_STATE_RANGES:
        if lo <= p <= hi:
            return st
    return None


def _overlap_join(a: str, b: str, vocab: frozenset[str] | set[str]) -> tuple[str, bool]:
    """Join two fragments OCR split at a cell edge; True when the join was a repair.

    OCR of table cells repeats or drops a letter where a word crosses a cell edge
    ("TECHNOLO" + "OGY", "Serv" + "rt Services"); a join that makes a known word wins,
    else the fragments are kept as separate words.
    """
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return (a or b), False
    # b repeats the end of a ("SVP," then "SVP, Global ...") or a's tail is b's head
    for k in range(min(len(a), len(b)), 2, -1):
        if a.endswith(b[:k]):
            return a + b[k:], True
    if b.startswith(a):
        return b, True
    wa = a.split()[-1].upper()
    wb = b.split()[0].upper()
    if not (wa[-1:].isalpha() and wb[:1].isalpha()):
        return f"{a} {b}", False
    if wa.strip(",.") in vocab and wb.strip(",.") in vocab:
        return f"{a} {b}", False
    head, tail = a[: len(a) - len(wa)], b[len(wb) :]
    joins = [wa + wb]
    if wa[-1] == wb[0]:
        joins.insert(0, wa + wb[1:])
    joins += [wa[:-1] + wb, wa + wb[1:]]
    for j in joins:
        if j.strip(",.") in vocab:
            return head + j + tail, True
    return f"{a} {b}", False


# ---------------------------------------------------------------------------------------
# Table rows: tokens and grammar
# ---------------------------------------------------------------------------------------


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
        return bool(t) and bool(re.fullmatch(r"\$?\s?[\d,]*\.?[\d,]*", t)) and any(c.isdigit() for c in t)

    @property
    def is_dollar(self) -> bool:
        return self.text.startswith("$")

    @property
    def is_datefrag(self) -> bool:
        return "/" in self.text and bool(re.fullmatch(r"\d{0,2}/?\d{0,2}/\d{0,4}|\d{1,2}/\d{1,2}", self.text))


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
            w = words[i].strip("|")
            if not w:
                ruled = True
                i += 1
                continue
            if w == "$" and i + 1 < len(words) and re.match(r"[\d.]", words[i + 1]):
                w = "$" + words[i + 1]
                i += 1
            elif w == "$" and i + 1 == len(words) and ci + 1 < len(cells):
                pass
            m = _GLUED_FN.match(w)
            parts = [w]
            if m and m.group(1):
                parts = [m.group(1)] + re.findall(r"\(F?\d{1,2}\)", m.group(2))
                if m.group(1).startswith("(") and not m.group(1).endswith(")"):
                    parts = [w]
            elif re.fullmatch(r"(?:\(F?\d{1,2}\),?){2,}", w):
                parts = re.findall(r"\(F?\d{1,2}\)", w)  # "(1)(2)": two markers, no value
            for p in parts:
                out.append(_Tok(p, gap if first else 0, ci, (offsets[ci] if offsets else 0) + c.find(p), ruled))
                first = False
                gap = 0
                ruled = False
            i += 1
        gap = 0
    # "$" alone in a cell followed by a number cell
    merged: list[_Tok] = []
    for t in out:
        if merged and merged[-1].text == "$" and re.match(r"[\d.]", t.text):
            merged[-1] = _Tok("$" + t.text, merged[-1].gap, merged[-1].cell, merged[-1].x)
        else:
            merged.append(t)
    return merged


_NUM_MARK_NOISE = re.compile(r"^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)([?°®©'\"*]{1,2}\)?|(?<=\d)\))$")
_CODE_MARK_NOISE = re.compile(r"^([A-Z])([O0o°®©?'\"*]{1,2}\)?|\)|(?i:\1)|[A-Z])$")
"""A code letter with its footnote marker's smear ('FO', 'F?)'), echoed in lower case ('Ss'), or
with the marker read as a second capital ('AM' for A(1): no code has two letters)."""
_DI_MARK_NOISE = re.compile(r"^([DI])(?:[a-z]{1,2}[?®©°)'\"]{0,2}|[?®©°)'\"]{1,2})$")
"""The ownership form with its footnote marker's smear: 'Dp?)' for D(2)."""


def _whole_amount(left: str, right: str) -> bool:
    """OCR'd tab cells: is ``left`` a whole amount, ``right`` the next column's, rather than two
    pieces of one split amount ('10 | 4,167')? Yes when ``left`` is written with its thousands
    commas, when the two read the same (column 9 repeating column 7), or when they do not join."""
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+", left) or left == right
                or not re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", left + right))


def _ocr_marker_noise(toks: list[_Tok]) -> list[_Tok]:
    """OCR of a superscript footnote marker glued to a value: '1,138,960?)', '$0®)', 'FO'.
    The value is kept and the smear dropped (the marker's number is lost)."""
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        d = re.fullmatch(r"[}{|]*(\d{1,2}/\d{1,2}/\d{4})(?:[?°®©'\"*%}{|]+\d{0,2}\)?|\d{0,2}\))", t.text)
        if d or re.fullmatch(r"[}{]+[A-Za-z].*|[A-Za-z][^}{]*[}{]+", t.text):
            # a date with a marker's smear after it ('05/07/2016)'); a word with a table rule's ('}Common')
            out.append(_Tok(d.group(1) if d else t.text.strip("}{"), t.gap, t.cell, t.x, t.ruled))
            continue
        if re.fullmatch(r"[©®°]{1,2}\)?", t.text):
            # a footnote marker read as one glyph: it holds its column's place; its number is lost
            out.append(_Tok("(0)", t.gap, t.cell, t.x, t.ruled))
            continue
        m = _NUM_MARK_NOISE.match(t.text.lstrip("$"))
        if m and t.text.startswith("$") and m.group(2) == ")" and "." in m.group(1):
            m = None  # '$2,556.73462)': the marker's digit may sit in the price (see _choose_price)
        if m is None and k + 1 < len(toks) and toks[k + 1].is_num:
            m = _CODE_MARK_NOISE.match(t.text) if t.text[:1] in _CODES and t.text[:1] != "V" else None
        if m is None and k > 0 and toks[k - 1].is_num and all(not x.is_num for x in toks[k + 1:]):
            m = _DI_MARK_NOISE.match(t.text)  # after the last amount: the ownership form column
        out.append(_Tok(("$" if t.text.startswith("$") else "") + m.group(1), t.gap, t.cell, t.x, t.ruled) if m else t)
    return out


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


# ---------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------


def _md_head(text: str) -> str:
    """The header rows of a markdown rendering: up to the line holding "Table I" (the header row
    may hold it itself), else the first part of the text."""
    at = text.find("Table I")
    return text[: text.find("\n", at) if at >= 0 and text.find("\n", at) > 0 else 20000]


def _split_heading_out_of_rows(text: str) -> str:
    """PyMuPDF4LLM may print Table II's heading in the cells of Table I's last row, as bold
    slices under its values ('1,009<br>**d of, or Benefi**'): the heading goes on a line of its
    own after the row."""
    out: list[str] = []
    for line in text.split("\n"):
        first = line.strip().strip("|").split("|")[0].strip() if line.startswith("|") else ""
        if (line.startswith("|") and "**" in line and re.search(r"\*\*Tabl", line)
                and (re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", line)
                     or re.fullmatch(r"[A-Za-z][A-Za-z ,.()-]*", first))):
            heading: list[str] = []
            cells = []
            for cell in line.strip().strip("|").split("|"):
                keep = []
                for sl in re.split(r"<br\s*/?>", cell):
                    v = sl.strip()
                    bold = re.fullmatch(r"\*\*[^*]+\*\*", v)
                    if bold and (v.strip("* ") in _TABLE_TITLES or v.startswith("**Table")):
                        heading.append(v.strip("* "))
                    else:
                        keep.append(sl)
                cells.append("<br>".join(keep))
            title = "".join(heading)
            words_only = [c.strip() for c in cells if c.strip()] == [first]  # a title's wrapped word ('Stock')
            if heading and re.search(r"Table\s*II\b", title) and (
                    any(re.search(r"\d", c) for c in cells) or words_only):
                out.append("|" + "|".join(cells) + "|")
                out.append("|**" + title + "**|")
                continue
        out.append(line)
    return "\n".join(out)


_BOX5_LABELS = (("is_director", r"di|irec|d$"), ("is_officer", r"of|o$"), ("is_ten_percent_owner", r"10"),
                ("is_other", r"ot"))
_TABLE_TITLES = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned "
                 "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned "
                 "(e.g., puts, calls, warrants, options, convertible securities)")


_MD_LABEL_CELL = re.compile(r"(?:X\s*)?(?:D?i(?!rect\s*(?:\(|or\s+In))(?:r|t|\b)|10%)")
"""A slice of box 5's label column: 'Director' cut anywhere ('Dir', 'irector', 'Direc'), not
'Direct (D)' of the ownership column; '10% Owner'."""


def _table_piece(slice_: str) -> bool:
    """A slice cut out of a table's title (PyMuPDF4LLM prints it on the box 5 rows)."""
    v = slice_.strip("* ")
    return len(v) >= 5 and v in _TABLE_TITLES


def _md_box5_title(raw: list[list[str]]) -> str | None:
    """The title written under 'Officer (give title below)': the bold slices on the row under
    the Officer label, read across the cells it was cut into ('Ch' | 'airman an' | 'd CEO')."""
    for ci, c in enumerate(raw):
        for si, s in enumerate(c):
            t = s.replace("**", "").strip()
            if not re.match(r"(?:X\s*)?Offic|X\s*O$", t):
                continue
            def first_bold(cell: list[str], frm: int = 0) -> str:
                v = next((x.strip() for x in cell[frm:] if x.strip().startswith("**") and x.strip("* ")), "")
                return "" if not v or _table_piece(v) else v.strip("* ")

            parts: list[str] = []
            if ci > 0 and any(x.strip() == "X" for x in raw[ci - 1]):
                parts.append(first_bold(raw[ci - 1]))  # the box column left of the labels
            v = raw[ci][si + 1].strip() if si + 1 < len(c) else ""
            parts.append(v.strip("* ") if v.startswith("**") and not _table_piece(v) else "")
            for cj in range(ci + 1, len(raw)):
                v = first_bold(raw[cj])
                if not v:
                    break
                parts.append(v)
            title = "".join(parts)
            if title and not re.search(r"Table I|Securit", title):
                return title
            return None
    return None


def _md_box5_marks(text: str) -> list[dict[str, bool]]:
    """PyMuPDF4LLM: box 5's check marks per owner, read from the header row's raw <br>-stacked
    cells (unstacking them loses which box an 'X' sat in). An 'X' is read with the label it
    prefixes ('X Director'), or, alone in a slice, with the label on the same slice of the next
    cell; in the box column left of 'Director', an X whose next slice is a bold value is on the
    Officer row (the title is written under it)."""
    head = _md_head(text)
    groups: list[dict[str, bool]] = []
    titles: list[str | None] = []
    for line in head.splitlines():
        if not line.startswith("|") or not re.search(r"Dir(?!ect\s*(?:\(|or\s+In))|10% O", line):
            continue
        raw = [re.split(r"<br\s*/?>", c) for c in line.strip().strip("|").split("|")]
        cells = [[s.replace("**", "").strip() for s in c] for c in raw]
        at = {ci for ci, c in enumerate(cells) if any(_MD_LABEL_CELL.match(s) for s in c)}
        if not at:
            continue
        pending: list[str] = []  # boxes read in the column left of their labels
        cur: dict[str, bool] | None = None
        for ci, c in enumerate(cells):
            for si, s in enumerate(c):
                key = None
                m = re.match(r"X\s*(\S.*)", s)
                label = m.group(1) if m else s
                if ci in at and re.match(r"D?i(?!rect\s*(?:\(|or\s+In))(?:r|t|\b)", label):
                    # each owner's group of boxes starts with 'Director'
                    cur = dict.fromkeys((k for k, _ in _BOX5_LABELS), False)
                    groups.append(cur)
                    for k in pending:
                        cur[k] = True
                    pending = []
                if m:
                    key = next((k for k, pat in _BOX5_LABELS if re.match(pat, m.group(1), re.I)), None)
                elif s == "X":
                    nxt = cells[ci + 1] if ci + 1 < len(cells) else []
                    lab = nxt[si] if si < len(nxt) else ""
                    after = raw[ci][si + 1].strip() if si + 1 < len(c) else ""
                    # a bold value under the box, not a piece of the table title on the same row
                    bold_next = after.startswith("**") and not _table_piece(after)
                    if ci + 1 in at and bold_next:
                        key = "is_officer"
                    else:
                        key = next((k for k, pat in _BOX5_LABELS if re.match(pat, lab, re.I)), None)
                    if key is None and ci + 1 in at and si == 0:
                        key = "is_director"
                    if key and ci + 1 in at:
                        pending.append(key)
                        continue
                if key and cur is not None:
                    cur[key] = True
                elif key:
                    pending.append(key)
        titles.append(_md_box5_title(raw))
    # every owner checks at least one box: a group without a mark was not read
    if len(groups) == 1 and len(titles) == 1 and titles[0]:
        groups[0]["title"] = titles[0]  # type: ignore[assignment]
    if all(any(g.values()) for g in groups):
        return groups
    marked = [g for g in groups if any(g.values())]
    if len(marked) >= 2 and all(g == marked[0] for g in marked):
        # groups cut apart across rows, but every readable one says the same
        return [dict(marked[0], same=True)]
    return []


_BOX3_LABELS = ("3. Date of Earliest Transaction (Month/Day/Year)",
                "3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
                "3. Date of Event Requiring Statement (Month/Day/Year)")


def _md_period(text: str) -> date | None:
    """PyMuPDF4LLM: box 3's date from the raw <br> cells, its label and value cut across cells
    ('3. Date o' / '**04/13/2**' | 'f Earliest Tra' / '**022**'): the bold slices under the
    label's pieces, joined until they make a date."""
    for line in _md_head(text).splitlines():
        if not line.startswith("|") or "3. " not in line:
            continue
        cells = [[x.strip() for x in re.split(r"<br\s*/?>", c)] for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any(re.match(r"3\.\s+(?:Dat|Sta|D$|S$)|3\.$", x)
                                                              for x in c)), None)
        if start is None:
            continue
        value = ""
        for ci in range(start, len(cells)):
            c = cells[ci]
            at = next((k for k, x in enumerate(c) if x and not x.startswith("**") and (
                bool(re.match(r"3\.", x)) if ci == start else any(x in lab for lab in _BOX3_LABELS))), None)
            if at is None or at + 1 >= len(c) or not c[at + 1].startswith("**"):
                break
            value += c[at + 1].strip("* ")
            m = _DATE_FULL.fullmatch(value)
            if m:
                return _to_date(m)
        return None
    return None


_BOX2_LABEL = "2. Issuer Name and Ticker or Trading Symbol"


def _md_issuer(text: str) -> tuple[str, str] | None:
    """PyMuPDF4LLM: box 2 read from the header row's raw <br>-stacked cells. The label and its
    bold value are cut across several cells ("2. Issuer" / "**FRANK**" | "Name and Tick" /
    "**LIN FINANC**" | ...): in each cell the value is the bold slice under the piece of the
    label. Returns (name, ticker) when the value ends in a [ticker]."""
    head = _md_head(text)
    for line in head.splitlines():
        if not line.startswith("|") or "2. Issu" not in line:
            continue
        cells = [re.split(r"<br\s*/?>", c) for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any("2. Issu" in x for x in c)), None)
        if start is None:
            continue
        parts: list[str] = []
        for ci in range(start, len(cells)):
            c = [x.strip() for x in cells[ci]]
            at = next((k for k, x in enumerate(c) if x and not x.startswith("**")
                       and (("2. Issu" in x) if ci == start else x.replace("<sup>*</sup>", "") in _BOX2_LABEL)), None)
            first = next((x for x in c if x), "")
            if at is None and parts and first.startswith("**"):
                parts.append(first.strip("* "))  # past the label's end: the value goes on alone
            elif at is None or at + 1 >= len(c) or not c[at + 1].startswith("**"):
                break
            else:
                parts.append(c[at + 1].strip("* "))
            if "]" in parts[-1]:
                break
        value = "".join(parts)
        m = re.search(r"^(.*?)\s*\[\s*([A-Za-z0-9.\- ]{1,12}?)\s*\]", value)
        if m and _clean(m.group(1)):
            return _clean(m.group(1)), m.group(2).replace(" ", "").upper()
        return None
    return None


_BOX1_LABEL = "1. Name and Address of Reporting Person*"
_BOX1_LAST = "(Last) (First) (Middle)"


def _md_owner_name(text: str) -> str | None:
    """PyMuPDF4LLM, one owner: box 1's name from the raw <br>-stacked cells. In each cell the
    name's piece is the bold slice between a piece of the label '1. Name and Address of
    Reporting Person' and a piece of '(Last) (First) (Middle)' (a bold slice with no label
    piece under it may be the next line's)."""
    head = _md_head(text)
    if len(re.findall(r"1\.\s*Name\s*an", head)) != 1:
        return None
    for line in head.splitlines():
        if not line.startswith("|") or not re.search(r"1\.\s*Name\s*an", line):
            continue
        cells = [[x.strip().replace("<sup>*</sup>", "*") for x in re.split(r"<br\s*/?>", c)]
                 for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any(re.match(r"1\.\s*Name\s*an", x) for x in c)), None)
        if start is None:
            return None
        parts: list[str] = []
        strict = True  # the start cell shows '(Last) (First)' under the name: each piece must too
        for ci in range(start, len(cells)):
            c = cells[ci]
            at = next((k for k, x in enumerate(c) if x and not x.startswith("**") and (
                bool(re.match(r"1\.\s*Name", x)) if ci == start else x in _BOX1_LABEL)), None)
            if at is None or at + 1 >= len(c) or not c[at + 1].startswith("**"):
                break
            below = c[at + 2] if at + 2 < len(c) else ""
            if ci == start:
                strict = bool(below) and not below.startswith("**")
            if strict and (not below or below.startswith("**") or below not in _BOX1_LAST):
                break
            if not strict and below.startswith("**"):
                break
            parts.append(c[at + 1].strip("* "))
        return _clean("".join(parts)) or None
    return None


_BOX1_ROW_LABELS = (("name", "1. Name and Address of Reporting Person*"), ("street", "(Last) (First) (Middle)"),
                    ("city", "(Street)"), ("end", "(City) (State) (Zip)"))


def _label_piece(x: str, label: str) -> bool:
    """A piece of a box label cut at a row or column edge ('Stt', '(ree)' of '(Street)'): its
    letters, in order, are some of the label's."""
    letters = [ch for ch in x if ch.isalpha()]
    if len(letters) < 2 or len(letters) >= len([ch for ch in label if ch.isalpha()]) or re.search(r"[^A-Za-z()\s]", x):
        return False
    it = iter(label)
    return all(ch in it for ch in letters)


def _md_owners(text: str) -> list[dict[str, list[str]]]:
    """PyMuPDF4LLM, several owners: box 1's column (the first cell of each header row) stacks
    every owner's name, street and city lines between whole labels. A label cut in pieces at a
    row edge ('Stt' + '(ree)' for '(Street)') still ends its lines when it is the label expected
    next; the owners read past it are marked (key "cut"). Any other text ends the reading."""
    labels = [lab for _, lab in _BOX1_ROW_LABELS]
    seq: list[str] = []
    started = False
    for line in _md_head(text).splitlines():
        if not line.startswith("|") or _MD_SEPARATOR.match(line):
            continue
        first = line.strip().strip("|").split("|")[0]
        cell = [x.strip().replace("<sup>*</sup>", "*") for x in re.split(r"<br\s*/?>", first)]
        if not started:
            if not re.match(r"1\.\s*Name and Address of Reporting Person", cell[0]):
                continue
            started = True
            cell = cell[1:]
        elif cell and cell[0] and not (cell[0].startswith("**") or cell[0] in labels
                                       or any(_label_piece(cell[0], lab) for lab in labels[1:])):
            break
        seq += [x for x in cell if x]
    owners: list[dict[str, list[str]]] = []
    cur: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    kind = "name"
    nxt = {"name": "(Last) (First) (Middle)", "street": "(Street)", "city": "(City) (State) (Zip)"}
    cut = False
    piece_of: str | None = None  # the label whose first piece was just passed
    for x in seq:
        if x.startswith("**") and x.endswith("**"):
            cur[kind].append(x.strip("* "))
            piece_of = None
            continue
        lab = x if x in labels else None
        if lab is None and piece_of is not None and _label_piece(x, piece_of):
            continue  # the label's next piece
        if lab is None and _label_piece(x, nxt[kind]) and cur[kind]:
            lab, piece_of, cut = nxt[kind], nxt[kind], True
        elif lab is not None:
            piece_of = None
        if lab == "(Last) (First) (Middle)":
            kind = "street"
        elif lab == "(Street)":
            kind = "city"
        elif lab == "(City) (State) (Zip)":
            if cur["name"] and cur["city"]:
                if cut:
                    cur["cut"] = []
                owners.append(cur)
            cur, kind = {"name": [], "street": [], "city": []}, "name"
        else:
            break  # a label cut at a column edge that cannot be lined up
    return owners


def _md_owner_box(text: str) -> dict[str, list[str]] | None:
    """PyMuPDF4LLM, one owner: box 1's lines (name, street lines, city line) from the raw
    <br>-stacked cells of the header rows. In each row, box 1's first cell fixes the lines: each
    bold slice is a line, each label ('(Last) (First) (Middle)', '(Street)', '(City) (State)
    (Zip)') says which kind the lines under it are. A later cell's label pieces anchor its bold
    slices to those lines; with fewer pieces than lines between two anchors, the pieces go to the
    lines that filled the previous cell to its edge (a shorter line ended there)."""
    head = _md_head(text)
    if len(re.findall(r"1\.\s*Name\s*an", head)) != 1:
        return None
    out: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    kind: str | None = None
    started = done = False
    for line in head.splitlines():
        if not line.startswith("|") or done or _MD_SEPARATOR.match(line):
            continue
        cells = [[x.strip().replace("<sup>*</sup>", "*") for x in re.split(r"<br\s*/?>", c)]
                 for c in line.strip().strip("|").split("|")]
        if not started:
            if not (cells[0] and re.match(r"1\.\s*Name\s*an", cells[0][0])):
                continue
            started = True
        rows: list[list[Any]] = []  # [kind, pieces, label index or None]
        for x in cells[0]:
            if x.startswith("**"):
                if kind is None:
                    return None
                rows.append([kind, [x.strip("* ")], None])
            elif x:
                k = next((j for j, (_, lab) in enumerate(_BOX1_ROW_LABELS) if x in lab or lab.startswith(x[:8])),
                         None)
                if k is None:
                    if rows or re.match(r"\d\.\s", x):
                        done = True
                    break
                rows.append(["label", [], k])
                kind = _BOX1_ROW_LABELS[k][0] if _BOX1_ROW_LABELS[k][0] != "end" else None
                done = done or _BOX1_ROW_LABELS[k][0] == "end"
        if not rows:
            if started and any(x for x in cells[0]):
                break
            continue
        for c in cells[1:]:
            if not c or not any(x.startswith("**") for x in c):
                break
            last_len = {id(r): len(r[1][-1]) for r in rows if r[0] != "label" and r[1]}
            anchors: list[tuple[int, int]] = []  # (slice index, row index)
            stop = False
            for si, x in enumerate(c):
                if x.startswith("**") or not x:
                    continue
                if re.match(r"\d\.\s|\d\.$", x):
                    stop = True
                    c = c[:si]
                    break
                after = anchors[-1][1] + 1 if anchors else 0
                n_bold = sum(1 for y in c[(anchors[-1][0] + 1 if anchors else 0):si] if y.startswith("**"))
                # the label this piece ends: the first whose lines above can hold the bold pieces before it
                ri = next((j for j in range(after, len(rows)) if rows[j][0] == "label"
                           and x in _BOX1_ROW_LABELS[rows[j][2]][1]
                           and sum(1 for r in rows[after:j] if r[0] != "label") >= n_bold), None)
                if ri is None:
                    stop = True  # not a piece of box 1's labels: the cell is another box's
                    c = c[:si]
                    break
                anchors.append((si, ri))
            bounds = [(-1, -1)] + anchors + [(len(c), len(rows))]
            for (s0, r0), (s1, r1) in zip(bounds, bounds[1:], strict=False):
                pieces = [x.strip("* ") for x in c[s0 + 1:s1] if x.startswith("**")]
                slots = [r for r in rows[r0 + 1:r1] if r[0] != "label"]
                if not pieces:
                    continue
                if len(pieces) > len(slots):
                    return None
                if len(pieces) < len(slots):
                    widest = max((last_len.get(id(r), 0) for r in slots), default=0)
                    keep = {id(r) for r in slots if last_len.get(id(r), 0) >= widest - 2}
                    city = next((r for r in slots if r[0] == "city"), None)
                    bottom = False
                    if city is not None:
                        if re.search(r"\b[A-Z]{2}\s*\d{5}(?:-\d{4})?$", "".join(city[1])):
                            keep.discard(id(city))  # state and 5-digit ZIP whole: the city line ended
                        elif re.fullmatch(r"(?:[A-Z]{1,2}\s*)?\d{1,5}(?:-\d{0,4})?", pieces[-1]):
                            keep.add(id(city))  # the rest of a state and ZIP
                            bottom = True
                    cand = [r for r in slots if id(r) in keep]
                    slots = cand[-len(pieces):] if bottom else cand[: len(pieces)]
                    if len(slots) != len(pieces):
                        return None
                for r, piece in zip(slots, pieces, strict=True):
                    r[1].append(piece)
            if stop:
                break
        for r in rows:
            if r[0] != "label":
                out[r[0]].append("".join(r[1]))
    return out if out["city"] and done else None


def _md_signature(text: str) -> tuple[str, date | None] | None:
    """PyMuPDF4LLM: one typed signature ('/s/ ...') and its date from a table row's raw <br>
    cells. The signature is cut across cells and may wrap: the k-th bold slice of each cell
    from the one holding '/s/' is a piece of the k-th line; the date is the bold date."""
    lines = [ln for ln in text.splitlines() if ln.startswith("|") and ln.count("/s/") == 1 and "**/s/" in ln]
    if len(lines) == 1 and text.count("/s/") == 1:
        cells = [re.split(r"<br\s*/?>", c) for c in lines[0].strip().strip("|").split("|")]
        start = next(ci for ci, c in enumerate(cells) if any("/s/" in x for x in c))
    else:
        # no '/s/': the name typed above the label, cut across the cells of the label's row
        lines = [ln for ln in text.splitlines() if ln.startswith("|") and re.search(r"<br>\*\* Signature of", ln)]
        if len(lines) != 1 or "/s/" in text:
            return None
        cells = [re.split(r"<br\s*/?>", c) for c in lines[0].strip().strip("|").split("|")]
        start = next(ci for ci, c in enumerate(cells) if any(x.strip().startswith("** Signature") for x in c))
        if not re.fullmatch(r"\s*\*\*\S.*\*\*\s*", cells[start][0]):
            return None
    rows: list[list[str]] = []
    when: date | None = None
    for ci in range(start, len(cells)):
        bold = [x.strip()[2:-2].strip() for x in cells[ci] if re.fullmatch(r"\s*\*\*\S.*\*\*\s*", x)]
        if ci == start and any("/s/" in x for x in bold):
            bold = bold[next(k for k, x in enumerate(bold) if "/s/" in x):]
        for k, x in enumerate(bold):
            d = _DATE_FULL.fullmatch(x)
            if d:
                when = _to_date(d)
                continue
            while len(rows) <= k:
                rows.append([])
            rows[k].append(x)
        if when is not None:
            break
    name = " ".join("".join(r) for r in rows if r)
    return (_clean(name), when) if _clean(name) else None


def read_text(text: str, *, source_name: str | None = None) -> OwnershipDocument:
    """Read a Form 3/4/5 from extracted text (OCR, markdown, HTML, ``pdftotext -layout``).

    Raises `NotOwnershipDocument` when the text is not a Section 16 form at all.
    """
    name = source_name or "<text>"
    if not text or not text.strip():
        raise NotOwnershipDocument("empty text, not a Form 3, 4 or 5", source=name)
    lines, fmt, damaged = _normalize(text)
    cut = fmt == "markdown" and "<br" in text[:200000] and bool(re.search(r"\|[^|\n]*<br", text[:200000], re.I))
    return read_cells(lines, fmt=fmt, source_name=source_name, damaged=damaged, cut_cells=cut,
                      raw_markdown=text if cut else None)


def read_cells(
    lines: list[Line], *, fmt: str, source_name: str | None = None, damaged: int = 0, cut_cells: bool = False,
    raw_markdown: str | None = None,
) -> OwnershipDocument:
    """Decode lines of cells (from any extractor) into an `OwnershipDocument`.

    ``cut_cells``: the extractor split the page into cells at guessed column edges that may
    fall inside a word (PyMuPDF4LLM markdown), so no text field can be taken as whole.
    ``raw_markdown``: that extractor's raw text, whose <br>-stacked header cells still show which
    check box an X sits in and which bold slices make up box 2.
    """
    name = source_name or "<text>"
    r = _Reader(lines, fmt, name)
    r.cut_cells = cut_cells
    if raw_markdown is not None:
        # header boxes read from the raw <br> cell stacks, before unstacking mixed them
        r.box5_marks = _md_box5_marks(raw_markdown)
        r.md_issuer = _md_issuer(raw_markdown)
        r.md_owner_name = _md_owner_name(raw_markdown)
        r.md_owner_box = _md_owner_box(raw_markdown)
        r.md_signature = _md_signature(raw_markdown)
        r.md_owners = _md_owners(raw_markdown)
        r.md_period = _md_period(raw_markdown)
    if damaged:
        r.notes.warnings.append(f"{damaged} characters of other scripts replaced (OCR noise)")
    return r.read()


_FOREIGN_CSZ = re.compile(r"^(.*?)\s+([A-Z][0-9]|[0-9][A-Z])(?:\s+([A-Z0-9][A-Z0-9 \-]{0,11}))?$")
"""City, EDGAR country/province code (``X0`` United Kingdom, ``A1`` British Columbia, ...), postal code."""


class _Reader:
    def __init__(self, lines: list[Line], fmt: str, name: str) -> None:
        self.lines = lines
        self.fmt = fmt
        self.name = name
        self.sq = [_squash(ln.text) for ln in lines]
        self.notes = _Notes()
        self.doc = OwnershipDocument()
        self.vocab: set[str] = set(_ADDRESS_WORDS)
        self.frags: dict[int, dict[str, list[str]]] = {}
        self.flat_wrapped: set[int] = set()  # rows whose wrapped lines were put back into the title
        self.cut_cells = False  # cells cut at guessed column edges (PyMuPDF4LLM)
        self.ocr_cells = False  # the table row being read is OCR text split into tab cells
        self.price_fn: str | None = None  # a marker _choose_price found run into the price
        self.box5_marks: list[dict[str, bool]] = []  # check marks read from raw <br>-stacked cells
        self.md_issuer: tuple[str, str] | None = None  # box 2 read from raw <br>-stacked cells
        self.md_owner_name: str | None = None  # box 1's name read from raw <br>-stacked cells
        self.md_owner_box: dict[str, list[str]] | None = None  # box 1's lines, from the same
        self.md_signature: tuple[str, date | None] | None = None  # one signature, from the same
        self.md_owners: list[dict[str, list[str]]] = []  # several owners' box 1, from the same
        self.md_period: date | None = None  # box 3, from the same

    # -- top level ------------------------------------------------------------------------
    def read(self) -> OwnershipDocument:
        whole = "".join(self.sq)
        if _is_form(whole) < 3 or not any(
            k in whole for k in ("form3", "form4", "form5", "beneficialownership", "reportingperson")
        ):
            raise NotOwnershipDocument(
                "no Form 3/4/5 box labels found (not a Section 16 ownership form)", source=self.name
            )
        self._sections()
        self.cols: list[tuple[int, int]] | None = None
        if self.t1 is not None and any(ln.offsets is not None for ln in self.lines[: self.t1]):
            h0 = _find_line(self.sq, ("nameandadd", "addressofreportingperson", "issuernameandticker"), 0, self.t1)
            lab = _find_line(self.sq, ("issuernameandticker", "issuernameand"), 0, self.t1)
            if h0 is not None and self._columnize(h0, self.t1, lab if lab is not None else h0):
                self._sections()
        n = len(self.lines)
        head_end = self.t1 if self.t1 is not None else (self.t2 if self.t2 is not None else n)
        self.head_end = head_end

        self._document_type(head_end)
        self._issuer(head_end)
        self._period(head_end)
        self._owners(head_end)
        self._md_name()
        self._md_address()
        self._md_owners_apply()
        self._md_flags()
        self._footnotes()
        self._signatures()
        self._md_sign()
        self._tables()

        self._drop_noise()
        for _table, _k, row in self.doc.rows():
            for f, ids in list(row.footnote_ids.items()):
                row.footnote_ids[f] = list(dict.fromkeys(x for x in ids if x != "F0"))  # one marker read twice is one
                if not row.footnote_ids[f]:
                    del row.footnote_ids[f]  # 'F0': a marker OCR read as one glyph, its number lost
        self.doc.reporting_owners = [
            o for o in self.doc.reporting_owners if any(getattr(o, f) is not None for f in type(o).__struct_fields__)
        ]
        if self.fmt == "ocr":
            self._ocr_policy()
        elif self.cut_cells:
            self._cut_cells_policy()
        if self.t1 is None and self.t2 is None:
            self.notes.warnings.append("partial: tables I and II not found; only the header boxes were read")
        elif self.t1 is None:
            self.notes.warnings.append("partial: table I not found")
        self.doc.extraction = Extraction(
            source_format=self.fmt,
            uncertain_fields=self.notes.uncertain,
            warnings=self.notes.warnings,
            evidence=self.notes.evidence,
        )
        if self.name != "<text>":
            self.doc.metadata = FilingMetadata(source_path=self.name, form_type=self.doc.document_type)
        return self.doc

    def _drop_row(self, table: str, k: int) -> None:
        """Drop row ``k`` of a table; the notes of the rows after it move up with them."""
        getattr(self.doc, table).pop(k)
        pat = re.compile(re.escape(table) + r"\[(\d+)\]")

        def move(path: str) -> str | None:
            m = pat.match(path)
            if not m:
                return path
            j = int(m.group(1))
            return None if j == k else path if j < k else f"{table}[{j - 1}]" + path[m.end():]

        self.notes.uncertain = [q for q in (move(p) for p in self.notes.uncertain) if q is not None]
        self.notes.evidence = {q: v for p, v in self.notes.evidence.items() if (q := move(p)) is not None}

    def _drop_noise(self) -> None:
        """A 'nature of ownership' of one or two letters is OCR noise (a marker, a table rule).
        A last holding row with no amount whose 'title' is made of box labels is header text
        an extractor put under the table's heading, not a row."""
        for table in ("non_derivative_holdings", "derivative_holdings"):
            rows = getattr(self.doc, table)
            for k in range(len(rows) - 1, -1, -1):
                if rows[k].shares_owned_following_transaction is None and getattr(
                        rows[k], "value_owned_following_transaction", None) is None and re.search(
                        r"Officer \(|Other \(spec|title be|Beneficially|Relationship|Reporting Person|Table I",
                        rows[k].security_title or "") and (k == len(rows) - 1 or self.cut_cells):
                    # the last row, or any when cells were cut at guessed edges (box 5's words
                    # stacked above Table I's heading)
                    self.notes.warnings.append(f"{table}: header text read as a row dropped")
                    self._drop_row(table, k)
        for table, _i, row in self.doc.rows():
            if row.nature_of_ownership and len(re.sub(r"[^A-Za-z]", "", row.nature_of_ownership)) < 3:
                self.notes.warnings.append(f"{table}: nature {row.nature_of_ownership!r} dropped as noise")
                row.nature_of_ownership = None

    def _cut_cells_policy(self) -> None:
        """Cells cut at guessed column edges: a text field may have lost or gained a word piece
        ("Common Stock, par" | "value $0.01", "Throu" | "gh Family Trust"). Numbers and dates are
        put back together and checked; free text is not, so it is uncertain."""
        d = self.doc
        paths = ["issuer.issuer_name", "remarks"]
        for k, o in enumerate(d.reporting_owners):
            paths += [f"reporting_owners[{k}].{f}" for f in type(o).__struct_fields__]
        paths += [f"footnotes[{k}].text" for k in range(len(d.footnotes))]
        paths += [f"owner_signatures[{k}].signature_name" for k in range(len(d.owner_signatures))]
        for table, k, row in d.rows():
            paths += [f"{table}[{k}].{f}"
                      for f in ("security_title", "nature_of_ownership", "underlying_security_title")]
            amount = "transaction_shares" if "transactions" in table else "shares_owned_following_transaction"
            if getattr(row, amount, None) is None:
                # no amount read: the row may be made of a title cut across cells, not a row at all
                paths += [f"{table}[{k}].{f}" for f in type(row).__struct_fields__ if f != "footnote_ids"]
                paths += [f"{table}[{k}].footnote_ids.{f}" for f in row.footnote_ids]
        for path in paths:
            self.notes.unsure(path, "text of a cell cut at a guessed column edge")

    def _ocr_policy(self) -> None:
        """OCR text: a transcription nothing on the form confirms is uncertain.

        Free text (names, addresses, titles, footnotes, signatures) cannot be cross-checked;
        amounts count as confirmed only when the row arithmetic agreed, dates only when
        they fall between box 3's date and the signature date.
        """
        d = self.doc
        text_paths = ["issuer.issuer_name", "remarks"]
        for k in range(len(d.reporting_owners)):
            text_paths += [f"reporting_owners[{k}].{f}" for f in (
                "rpt_owner_name", "rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "officer_title",
                "other_text")]
        text_paths += [f"footnotes[{k}].text" for k in range(len(d.footnotes))]
        text_paths += [f"owner_signatures[{k}].signature_name" for k in range(len(d.owner_signatures))]
        sig = max((s.signature_date for s in d.owner_signatures if s.signature_date), default=None)
        for table, k, row in d.rows():
            p = f"{table}[{k}]"
            text_paths += [f"{p}.security_title", f"{p}.nature_of_ownership", f"{p}.underlying_security_title"]
            for f in ("transaction_shares", "shares_owned_following_transaction", "transaction_price_per_share",
                      "underlying_security_shares", "conversion_or_exercise_price"):
                if getattr(row, f, None) is not None and not _CONFIRMED.search(self.notes.evidence.get(f"{p}.{f}", "")):
                    self.notes.unsure(f"{p}.{f}", "OCR reading not confirmed by the row arithmetic")
            for f in row.footnote_ids:
                # a marker is one or two small glyphs; OCR drops, smears or misplaces them
                self.notes.unsure(f"{p}.footnote_ids.{f}", "OCR footnote marker")
            if not any(_CONFIRMED.search(self.notes.evidence.get(f"{p}.{f}", ""))
                       for f in ("transaction_shares", "shares_owned_following_transaction")):
                # nothing confirms the row itself: OCR may have made it out of wrapped text or headings
                for f in type(row).__struct_fields__:
                    if f != "footnote_ids":
                        self.notes.unsure(f"{p}.{f}", "OCR table row not confirmed by the row arithmetic")
            code, ad = getattr(row, "transaction_code", None), getattr(row, "transaction_acquired_disposed_code", None)
            price = getattr(row, "transaction_price_per_share", None)
            if code and not _code_agrees(code, ad, price, table.startswith("derivative")):
                self.notes.unsure(f"{p}.transaction_code",
                                  f"OCR code {code} disagrees with (A)/(D) {ad} and price {price}")
            if getattr(row, "deemed_execution_date", None) is not None:
                # OCR repeats or splits dates; a second date is as likely an echo as column 2A
                self.notes.unsure(f"{p}.deemed_execution_date", "OCR: second date of the row")
            td = getattr(row, "transaction_date", None)
            if td is not None and not (d.period_of_report and d.period_of_report <= td and (sig is None or td <= sig)):
                self.notes.unsure(f"{p}.transaction_date", "OCR date outside box 3 date .. signature date")
        for k, sg in enumerate(d.owner_signatures):
            sd, per = sg.signature_date, d.period_of_report
            if sd is not None and not (per is not None and per <= sd and (sd - per).days <= 62):
                self.notes.unsure(f"owner_signatures[{k}].signature_date", "OCR date not within two months after box 3")
        for k, o in enumerate(d.reporting_owners):
            # several owner boxes (one may be a misread of the one above), or a box 1 not read whole
            broken = o.rpt_owner_zip_code is None or not o.rpt_owner_name or bool(
                re.search(r"\b[A-Z]{2}\s+\d{5}\b|\((?:Street|City|Last)\)", o.rpt_owner_name))
            if len(d.reporting_owners) > 1 or broken:
                for f in type(o).__struct_fields__:
                    self.notes.unsure(f"reporting_owners[{k}].{f}", "OCR of box 1 not read as one whole box")
        flags = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")
        for k, o in enumerate(d.reporting_owners):
            for f in flags:
                # a check mark is one glyph beside a table rule: OCR drops it (a False may be a lost X),
                # and with several owners it may land in another owner's group
                if getattr(o, f) is False or (getattr(o, f) and len(d.reporting_owners) > 1):
                    self.notes.unsure(f"reporting_owners[{k}].{f}", "OCR check mark not cross-checked")
        for _table, _k, row in d.rows():
            for f in ("security_title", "underlying_security_title", "nature_of_ownership"):
                v = getattr(row, f, None)
                if v and re.search(r"[{}]", v):
                    setattr(row, f, _clean(re.sub(r"\s*[{}]+\s*", " ", v)) or None)  # table rules read as braces
        for path in text_paths:
            obj: Any = d
            for part in re.split(r"\.(?![^\[]*\])", path):
                m = re.fullmatch(r"(\w+)\[(\d+)\]", part)
                obj = getattr(obj, m.group(1))[int(m.group(2))] if m else getattr(obj, part, None)
                if obj is None:
                    break
            if obj:
                self.notes.unsure(path, "OCR transcription of free text; nothing on the form cross-checks it")

    def _sections(self) -> None:
        self.t1 = _find_line(self.sq, _T1_KEYS)
        t2_start = (self.t1 + 1) if self.t1 is not None else 0
        self.t2 = _find_line(self.sq, _T2_KEYS, t2_start)
        self.fn_start = _find_line(self.sq, _FN_KEYS, self.t2 or t2_start)
        self.sig = _find_line(self.sq, _SIG_KEYS, self.fn_start or 0)

    def _columnize(self, h0: int, h1: int, label_line: int) -> bool:
        """Positioned input: reorder the header boxes column by column.

        A layout rendering prints boxes 1, 2/3/4 and 5 side by side, so a value sits on
        the line under its label but in the label's column; reading each column top to
        bottom puts every value right after its label, as in flat text.
        """
        first = self.lines[label_line]
        if first.offsets is None:
            return False
        # the box labels on the line of "2. Issuer Name" start the columns (OCR may drop a "2.")
        starts = [0] + [
            first.offsets[ci] for ci, c in enumerate(first.cells)
            if first.offsets[ci] > 8 and re.match(r"(?:[1-7]\.\s|Issuer Name|Relationship of)", c)
        ]
        if len(starts) < 2:
            return False
        groups: list[list[Line]] = [[] for _ in starts]
        for ln in self.lines[h0:h1]:
            if ln.offsets is None:
                continue
            per: list[tuple[list[str], list[int]]] = [([], []) for _ in starts]
            for c, off in zip(ln.cells, ln.offsets, strict=False):
                k = max(j for j, st in enumerate(starts) if st <= off + 2 or j == 0)
                per[k][0].append(c)
                per[k][1].append(off)
            for k, (cs, os_) in enumerate(per):
                if cs:
                    groups[k].append(Line(cs, os_))
        new: list[Line] = []
        cols: list[tuple[int, int]] = []
        for g in groups:
            a = h0 + len(new)
            new.extend(g)
            cols.append((a, h0 + len(new)))
        self.lines[h0:h1] = new
        self.cols = cols
        self.sq = [_squash(ln.text) for ln in self.lines]
        return True

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
        m = re.search(r"\bFORM\s*([345])\b", heading, re.I)
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
        if kind:
            self.doc.document_type = kind + ("/A" if amended else "")
            self.notes.see("document_type", m.group(0) if m else kind, rule, uncertain=m is None)
        else:
            self.notes.warnings.append("form type not found (no 'FORM 3/4/5' heading)")

    def _issuer(self, end: int) -> None:
        iss = Issuer()
        self.doc.issuer = iss
        if self.md_issuer:
            iss.issuer_name, iss.issuer_trading_symbol = self.md_issuer
            self.notes.see("issuer.issuer_name", iss.issuer_name, "box 2: bold slices under the cut label, joined")
            self.notes.see("issuer.issuer_trading_symbol", iss.issuer_trading_symbol, "box 2 [ticker] brackets")
            self.vocab.update(w.strip(",.").upper() for w in iss.issuer_name.split())
            return
        for i in range(end):
            tab = self.lines[i].tabbed
            m = re.search(r"Issuer\s+Name\s+and\s+Ticker\s+(?:or\s+)?Trading\s+Symbol", tab, re.I)
            if not m:
                continue
            rest = tab[m.end() :]
            if not rest.strip("\t ") and i + 2 < end and re.fullmatch(r"\W*or\W*", self.lines[i + 1].text):
                i += 1  # OCR put the label's "or" on a line of its own
            shared = False
            if re.match(r"\s*[3-7]\.\s+[A-Z]", rest) and "\t" not in rest and i + 1 < end:
                # flat text: another box's label follows on the line; the value is on the next line,
                # after box 1's text (the owner's name) when box 1's label was on this line too
                shared = bool(re.search(r"Name\s+and\s+Add", tab[: m.start()], re.I))
                rest = self.lines[i + 1].tabbed
                br = re.search(r"\[\s*([A-Za-z0-9.\-]{1,10})\s*\]", rest)
                if shared and br:
                    both = _clean(rest[: br.start()])
                    cut = [c.end() for c in _MID_SUFFIX.finditer(both) if c.end() < len(both) - 2]
                    rest = (both[cut[-1]:] if cut else both) + " " + rest[br.start():]
            elif not re.search(r"[A-Za-z0-9]", rest) and i + 1 < end:
                rest = self.lines[i + 1].tabbed
            cell = re.split(
                r"\t|(?:\s(?:[1-7]\.|3\.?\s*Date of|Date of Earliest|5\.\s*Relationship))", rest.lstrip("\t ")
            )
            value = cell[0] if cell else ""
            if "\t" in tab and _BOX_LABEL.search(" " + value) and not re.search(r"\[.{1,12}[\]J}|]", value):
                # tab cells: the label's cell is followed by another box's label; box 2's value is a
                # cell of a later line, the one with the [ticker] brackets
                for j in range(i + 1, min(end, i + 4)):
                    hit = next((c for c in self.lines[j].cells if _OCR_TICKER.search(c)
                                and not _BOX_LABEL.search(" " + c)), None)
                    if hit:
                        rest = value = hit
                        shared = True
                        break
            br = re.search(r"\[\s*([A-Za-z0-9.\-]{1,10})\s*\]", rest[: max(len(value) + 20, 80)])
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
                iss.issuer_trading_symbol = "".join(g for g in br.groups() if g).upper()
                self.notes.see("issuer.issuer_name", rest[: br.end()], "box 2 label", uncertain=shared)
                if shared:
                    self.notes.unsure("issuer.issuer_name", "flat text: box 1 and box 2 values on one line, "
                                      "split after a company suffix", rest[: br.end()])
                self.notes.see("issuer.issuer_trading_symbol", br.group(0), "box 2 [ticker] brackets",
                               uncertain=ocr_br is not None)
            else:
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
                elif value:
                    iss.issuer_name = value
                    self.notes.unsure("issuer.issuer_name", "box 2 text without [ticker]", value)
            iss.issuer_name = iss.issuer_name or None
            if iss.issuer_name:
                self.vocab.update(w.strip(",.").upper() for w in iss.issuer_name.split())
            return

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
            d = _DATE_FULL.search(after.split("\n")[0]) or _DATE_FULL.search(after)
            if d and (dd := _to_date(d)):
                self.doc.period_of_report = dd
                self.notes.see("period_of_report", m.group(0) + " " + d.group(0), "box 3 label")
                return
        # the label was mangled: the only date in the header boxes, if there is one
        dates = {(_to_date(m), m.group(0)) for m in _DATE_FULL.finditer(head)}
        dates = {x for x in dates if x[0]}
        if len({d for d, _ in dates}) == 1:
            d, t = next(iter(dates))
            self.doc.period_of_report = d
            self.notes.unsure("period_of_report", "box 3 label unreadable; the only date in the header", t)

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
                if re.search(r"Name\s+and\s+Add", c, re.I):
                    out.append(c)
                    continue
                if pre:
                    out.append(pre)
                break
            if re.fullmatch(r"[xX]", c) or _BOX5_WORDS.search(c) or c.startswith("["):
                break
            out.append(c)
        return out

    def _owners(self, end: int) -> None:
        box1_end = self.cols[0][1] if self.cols else end
        starts = [i for i in range(box1_end) if re.search(r"Name\s+and\s+Add", self.lines[i].tabbed, re.I)]
        if not starts:
            starts = [i for i in range(box1_end) if "reportingperson" in self.sq[i]][:1]
        if not starts:
            self.notes.warnings.append("box 1 (reporting person) not found")
            return
        blocks: list[tuple[list[Line], bool]] = []
        if not self.cols and len(starts) == 1:
            cell = next((c for c in self.lines[starts[0]].cells if re.search(r"Name\s+and\s+Add", c, re.I)), "")
            if len(re.findall(r"\(Last\)", cell, re.I)) > 1:
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
            lasts = [i for i in range(s, box1_end) if re.search(r"\(Last\)", self.lines[i].text, re.I)]
            cities = [i for i in range(s, box1_end) if re.search(r"\(City\)", self.lines[i].text, re.I)]
            if len(lasts) > 1:
                # each owner's block starts after the previous owner's "(City) (State) (Zip)" line
                nxt = [max((c + 1 for c in cities if c < li), default=li - 1) for li in lasts[1:]]
                cut = [s] + [max(a, b - 3) for a, b in zip(nxt, lasts[1:], strict=False)] + [box1_end]
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

    def _md_address(self) -> None:
        """One owner, PyMuPDF4LLM: street and city lines joined from the raw cell stacks, when
        the city line ends in a state and a 5-digit ZIP."""
        box = self.md_owner_box
        if not box or len(self.doc.reporting_owners) != 1 or len(box["city"]) != 1:
            return
        m = re.fullmatch(r"(.*?),?\s*([A-Z]{2})\s*(\d{5}(?:-\d{4})?)", _clean(box["city"][0]))
        streets = [_clean(x) for x in box["street"] if _clean(x)]
        if not m or not _clean(m.group(1)) or not streets or len(streets) > 2:
            return
        owner = self.doc.reporting_owners[0]
        p = "reporting_owners[0]"
        owner.rpt_owner_street1 = streets[0]
        owner.rpt_owner_street2 = streets[1] if len(streets) > 1 else None
        owner.rpt_owner_city = _clean(m.group(1))
        owner.rpt_owner_state, owner.rpt_owner_zip_code = m.group(2), m.group(3)
        for f in ("rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state", "rpt_owner_zip_code"):
            self.notes.see(f"{p}.{f}", " | ".join(box["street"] + box["city"]),
                           "box 1: bold slices of the cut cells joined line by line")

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
                for f in ("is_director", "is_officer", "is_ten_percent_owner", "is_other", "officer_title",
                          "other_text"):
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

    def _md_flags(self) -> None:
        """Several owners (box 1 read as flat blocks): box 5's groups read from the raw cells,
        one per owner in order, for owners whose boxes the unstacked lines did not give."""
        owners = self.doc.reporting_owners
        groups = self.box5_marks
        flags = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")
        uniform = bool(groups) and all(all(g.get(f) == groups[0].get(f) for f in flags) for g in groups)
        spread = False
        if groups and len(groups) != len(owners):
            if not (uniform and len(owners) > 1 and (len(groups) > 1 or groups[0].get("same"))):
                return
            # every group of box 5 read the same: it holds for each owner, whatever the count
            groups, spread = [groups[0]] * len(owners), True
        if not groups:
            return
        for n, (owner, marks) in enumerate(zip(owners, groups, strict=True)):
            if any(getattr(owner, f) is not None for f in ("is_director", "is_officer", "is_ten_percent_owner",
                                                           "is_other")):
                continue
            for fld in flags:
                setattr(owner, fld, bool(marks.get(fld)))
                self.notes.see(f"reporting_owners[{n}].{fld}", "X" if marks.get(fld) else "",
                               "box 5 check mark in the cell stack beside its label")
                if spread:
                    self.notes.unsure(f"reporting_owners[{n}].{fld}",
                                      "box 5 groups not one per owner; every readable group is the same")

    def _md_sign(self) -> None:
        """PyMuPDF4LLM: a signature the unstacked lines lost (cut across the cells of a table row)
        is read from the raw cells; only what is missing is filled in."""
        if self.md_signature is None or len(self.doc.owner_signatures) > 1:
            return
        name, when = self.md_signature
        if not self.doc.owner_signatures:
            self.doc.owner_signatures.append(OwnerSignature(signature_name=None, signature_date=None))
        sg = self.doc.owner_signatures[0]
        if not sg.signature_name:
            sg.signature_name = name
            self.notes.see("owner_signatures[0].signature_name", name, "bold slices of a cut table row joined")
        if sg.signature_date is None and when is not None:
            sg.signature_date = when
            self.notes.see("owner_signatures[0].signature_date", str(when), "bold date beside the signature")

    def _md_name(self) -> None:
        """One owner, PyMuPDF4LLM: the name joined from the raw cell stacks replaces a name the
        unstacked lines mixed with labels or box 2, unless that one is the same name, longer."""
        name = self.md_owner_name
        if not name or len(self.doc.reporting_owners) != 1:
            return
        owner = self.doc.reporting_owners[0]
        cur = _squash(owner.rpt_owner_name or "")
        if cur.startswith(_squash(name)) and "[" not in (owner.rpt_owner_name or "") and not re.search(
                r"Name and|Ticker|Symbol|Relationship|Reporting|Issuer", owner.rpt_owner_name or "", re.I):
            return
        owner.rpt_owner_name = name
        self.notes.see("reporting_owners[0].rpt_owner_name", name, "box 1: bold slices under the cut label, joined")

    def _owners_flat(self, s: int, end: int) -> bool:
        """Several owners in flat text whose lines interleave box 1 with boxes 2-6.

        Each owner's lines run up to its "(City) (State) (Zip)" label; the words of the other
        boxes (their labels, check-box lines, box 3's date) are cut out of those lines, and
        box 5's check-box groups are taken in order, one per owner.
        """
        lns = self.lines[s:end]
        if any(ln.offsets is not None for ln in lns):
            return False
        lasts = [k for k, ln in enumerate(lns) if re.search(r"\(Last\)", ln.text, re.I)]
        cities = [k for k, ln in enumerate(lns) if re.search(r"\(City\)", ln.text, re.I)]
        if len(lasts) < 2:
            return False
        # each owner's "(City) (State) (Zip)": the first after its "(Last) (First) (Middle)"
        bounds = [*lasts[1:], len(lns)]
        picked = [next((c for c in cities if lasts[k] < c < bounds[k]), None) for k in range(len(lasts))]
        if any(c is None for c in picked):
            return False
        cities = [c for c in picked if c is not None]
        iss = self.doc.issuer
        groups: list[str] = []
        owners_lines: list[list[Line]] = []
        begin = 0
        for n, city in enumerate(cities):
            block: list[Line] = []
            for k in range(begin, city + 1):
                text = lns[k].text
                if k == 0:
                    m = re.search(r"Person\s*(?:\[\*\]|\*|\(\*\))?", text, re.I)
                    text = text[m.end():] if m else ""
                if iss is not None and iss.issuer_name and iss.issuer_name in text:
                    text = text.replace(iss.issuer_name, " ")
                    if n == 0 and k <= 1:
                        self.notes.unsure("reporting_owners[0].rpt_owner_name",
                                          "flat text: box 1 and box 2 values on one line, split after a company "
                                          "suffix", lns[k].text)
                for g in _BOX5_GROUP.finditer(text):
                    groups.append(g.group(0))
                text = _NOT_BOX1.sub(" ", text)
                if _clean(text) and not re.fullmatch(r"[\sXx]*", text):
                    block.append(Line([_clean(text)]))
            begin = city + 1
            owners_lines.append(block)
        for ln in lns[begin:]:
            groups.extend(g.group(0) for g in _BOX5_GROUP.finditer(ln.text))
        for n, block in enumerate(owners_lines):
            # the name: every line before "(Last) (First) (Middle)" (a long name wraps)
            at = next((k for k, ln in enumerate(block) if _LABEL_NOISE.search(ln.text)), None)
            if at is None or at == 0:
                return False
            name = Line([" ".join(ln.text for ln in block[:at])])
            owners_lines[n] = [Line(["1. Name and Address of Reporting Person*"]), name, *block[at:]]
        for n, block in enumerate(owners_lines):
            owner = ReportingOwner()
            self.doc.reporting_owners.append(owner)
            self._owner_box(owner, f"reporting_owners[{n}]", block, True)
        # box 5: one "Director .. 10% Owner / Officer .. Other" group per owner, in order
        text = " ".join(groups)
        directors = len(re.findall(r"\bDirector\b", text))
        self._relationships_columns(text)
        flags = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")
        seen = [tuple(getattr(o, f) for f in flags) for o in self.doc.reporting_owners
                if any(getattr(o, f) for f in flags)]
        common = max(set(seen), key=seen.count) if seen else None
        for n, owner in enumerate(self.doc.reporting_owners):
            marked = any(getattr(owner, f) for f in flags)
            if not marked and common is not None:
                for f, v in zip(flags, common, strict=True):
                    setattr(owner, f, v)
                    self.notes.unsure(f"reporting_owners[{n}].{f}", "no check mark readable in this owner's box 5 "
                                      "group; the other owners' most common marks")
            elif directors != len(self.doc.reporting_owners):
                # a check mark printed a line off lands in another owner's group in flat text
                for f in flags:
                    self.notes.unsure(f"reporting_owners[{n}].{f}", "box 5 groups not matched one per owner")
        return True

    def _owner_box(self, owner: ReportingOwner, path: str, lines: list[Line], labelled: bool) -> None:
        boundary = None
        first = lines[0]
        if first.offsets is not None and not self.cols:
            for ci, c in enumerate(first.cells):
                if re.search(r"Issuer Name|^2\.", c):
                    boundary = first.offsets[ci]
                    break
        rows: list[tuple[int, list[str]]] = [] if labelled else [(0, ["Name and Address of Reporting Person*"])]
        for ln in lines:
            cells = self._left_cells(ln, boundary)
            if self.cut_cells:
                # rebuilt from cell slices: other boxes' words glued onto box 1's lines
                cells = [c for c in (_clean(_CUT_NOISE.sub(" ", c)) for c in cells) if c]
            if self.fmt == "ocr" and ln.offsets is None and len([c for c in ln.cells if c.strip()]) > 1:
                # OCR'd tab cells: a line of box 1 also holds box 2's value and box 5's words
                cells = [c for c in cells if not (_OCR_TICKER.search(c) or re.search(r"\[\s*[A-Z0-9.]{1,10}\s*\]", c)
                                                  or _OTHER_BOX_WORDS.search(c))]
                # box 1 is the left column: past a cell that is only its own label ("(Street)"),
                # the line's later cells are boxes 3-5 (a date, box 4's 'If', the officer title)
                lab_only = next((k for k, c in enumerate(cells) if _LABEL_NOISE.search(c)
                                 and not re.sub(r"[^A-Za-z0-9]", "", _LABEL_NOISE.sub(" ", c))), None)
                if lab_only is not None:
                    cells = cells[: lab_only + 1]
            lead_empty = 0
            for c in ln.cells:
                if c.strip():
                    break
                lead_empty += 1
            if cells:
                rows.append((lead_empty, cells))
        if not rows:
            return
        # the name: after the label on its line, else the next line's text
        lead, cells0 = rows[0]
        joined0 = " ".join(cells0)
        m = re.search(r"Person\s*(?:\[\*\]|\*|\(\*\))?", joined0, re.I)
        name_txt = joined0[m.end() :] if m else ""
        name_txt = _LABEL_NOISE.split(name_txt)[0]
        rest_rows = rows[1:]
        if not _clean(name_txt) and rest_rows:
            cand = " ".join(rest_rows[0][1])
            if re.search(r"[A-Za-z]{2}", cand) and not _LABEL_NOISE.search(cand):
                name_txt = cand
                rest_rows = rest_rows[1:]
                # read column by column, a long name wraps onto the lines above "(Last) (First) (Middle)"
                while (
                    self.cols
                    and rest_rows
                    and len(rest_rows) > 1
                    and not _LABEL_NOISE.search(" ".join(rest_rows[0][1]))
                    and _LABEL_NOISE.search(" ".join(rest_rows[1][1]))
                ):
                    name_txt += " " + " ".join(rest_rows[0][1])
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
            name_txt += " " + " ".join(rest_rows[0][1]).strip()  # a middle initial OCR set a line lower
            rest_rows = rest_rows[1:]
        nm = _clean(name_txt)
        if self.fmt == "ocr" and re.fullmatch(r"(?:[A-Z][A-Z.,'&-]*\s+)+[a-z]{1,3}", nm):
            nm = nm.rsplit(" ", 1)[0]  # an upper-case name and a lower-case smear of the box beside it ('ar', 'ou')
        if nm:
            owner.rpt_owner_name = nm
            self.notes.see(f"{path}.rpt_owner_name", name_txt, "box 1 label", uncertain=DAMAGE in name_txt)
            self.vocab.update(w.strip(",.").upper() for w in nm.split())
        # street lines between the (Last)(First)(Middle) labels and (Street)
        parts: list[tuple[str, int, bool]] = []  # (text, lead_empty, after_street_label)
        seen_street = False
        for lead_e, cells in rest_rows:
            txt = ""
            repaired = False
            for c in cells:
                c = _LABEL_NOISE.sub(" ", c).strip()
                c = re.sub(r"(?:^|\s)[Il|](?=\s|$)", " ", c).strip()  # table rule read as a letter
                if not c:
                    continue
                if txt:
                    txt, rep = _overlap_join(txt, c, self.vocab)
                    repaired = repaired or rep
                else:
                    txt = c
            full = " ".join(cells)
            if re.search(r"\(Street\)", full, re.I):
                before = re.split(r"\(Street\)", full, flags=re.I)[0]
                before = _clean(_LABEL_NOISE.sub(" ", before))
                if before and len(before) > 2:
                    parts.append((before, lead_e, False))
                after = re.split(r"\(Street\)", full, flags=re.I)[1]
                city_lab = re.search(r"\(City\)", after, re.I)
                after = _clean(_LABEL_NOISE.sub(" ", after[: city_lab.start()] if city_lab else after))
                seen_street = True
                if after:
                    # one run of text ("... (Street) HELLERUP G7 2900 (City) (State) (Zip)"): the city line
                    parts.append((after, lead_e, "city" if city_lab else True))
                continue
            if re.search(r"\(City\)", full, re.I) and parts and not any(p[2] == "city" for p in parts):
                parts[-1] = (parts[-1][0], parts[-1][1], "city")
            if re.fullmatch(r"\W*\(?[A-Za-z]{1,6}\)?\W*", txt) and "(" in full:
                continue  # a garbled box label like "(Ott)"
            if txt:
                parts.append((txt + ("\x00" if repaired else ""), lead_e, seen_street))
        self._address(owner, path, parts)

    def _address(self, owner: ReportingOwner, path: str, parts: list[tuple[str, int, Any]]) -> None:
        csz = re.compile(r"^(.*?)[\s,]+([A-Z]{2})[\s,]+(\d{5}(?:-\d{4})?)\b")
        for k in range(len(parts) - 1, 0, -1):
            # OCR set the state and ZIP a little lower than the city: one line, not a street and a city
            if (self.fmt == "ocr" and re.fullmatch(r"\W*[A-Z]{2}[\s,]+\d{5}(?:-\d{4})?\W*", parts[k][0])
                    and not re.search(r"\d", parts[k - 1][0])):
                parts[k - 1 : k + 1] = [(parts[k - 1][0] + " " + parts[k][0].strip(), parts[k - 1][1],
                                         parts[k][2] or parts[k - 1][2])]
                self.notes.unsure(f"{path}.rpt_owner_city", "OCR: the state and ZIP a line below the city", "")
        city_i = None
        for i, (t, _lead, _after) in enumerate(parts):
            t2 = t.replace("\x00", "")
            m = csz.search(t2.replace(DAMAGE, " ").strip())
            mz = re.search(r"\b(\d{5})(?:-\d{4})?\b", t2)
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
            st = re.sub(r"[^A-Z]", "", state.upper())
            code = state.upper().strip(" ,.")
            if re.fullmatch(r"[A-Z][0-9]|[0-9][A-Z]", code):
                owner.rpt_owner_state = code  # EDGAR country/province code of a foreign address
                self.notes.see(f"{path}.rpt_owner_state", raw, "box 1: EDGAR country/province code")
            elif st in _STATES and (zstate is None or zstate == st):
                owner.rpt_owner_state = st
                self.notes.see(f"{path}.rpt_owner_state", raw, "box 1; agrees with ZIP prefix")
            elif zstate and zc.isdigit() or (zstate and re.fullmatch(r"\d{5}-\d{4}", zc)):
                owner.rpt_owner_state = zstate
                self.notes.unsure(f"{path}.rpt_owner_state", f"state read as {state!r}; taken from the ZIP prefix", raw)
            elif st:
                owner.rpt_owner_state = st
                self.notes.unsure(f"{path}.rpt_owner_state", "not a US state code", raw)
            damaged_city = DAMAGE in city or bool(re.search(r"[(\[{]\s*$", city.replace(DAMAGE, "")))
            cl = _clean(re.sub(r"[(\[{].*$", "", city))
            if cl and not damaged_city:
                owner.rpt_owner_city = cl
                self.notes.see(f"{path}.rpt_owner_city", raw, "box 1 city/state/zip line")
            elif cl:
                self.notes.warnings.append(f"{path}.rpt_owner_city unreadable (OCR damage): {_clean(city)!r}")
        street_vals: list[tuple[str, bool]] = []
        for t, lead, _after in streets:
            rep = "\x00" in t
            t = _clean(t.replace("\x00", ""))
            # a long street line runs into box 3 beside it and picks up its date
            undated = _clean(_DATE_FULL.sub(" ", t))
            if undated != t:
                t, rep = undated, True
            if not t or not re.search(r"[A-Za-z0-9]{2}", t):
                continue
            if self.fmt == "ocr" and re.match(r"C(?:[lI1|!]O|/0|[fi]O)\s", t):
                t, rep = "C/O" + t[3:], True  # OCR read the slash of 'C/O' as a letter ('ClO', 'CIO')
            street_vals.append((t, rep or (lead > 0 and self.fmt != "pdf-text")))
        if len(street_vals) == 1 and self.fmt in ("markdown", "text", "html", "pdf-text", "ocr"):
            # one run of text: split before a number that starts a street line, or after C/O ...
            t = street_vals[0][0]
            m = re.search(r"^(C/O .+?|ATTN:? .+?)\s+(\d+\s+\S.*)$", t, re.I)
            if m:
                street_vals = [(m.group(1), street_vals[0][1]), (m.group(2), street_vals[0][1])]
        for j, (t, unsure) in enumerate(street_vals[:2]):
            fld = "rpt_owner_street1" if j == 0 else "rpt_owner_street2"
            setattr(owner, fld, t)
            if unsure:
                self.notes.unsure(f"{path}.{fld}", "box 1 street line repaired or displaced by OCR", t)
            else:
                self.notes.see(f"{path}.{fld}", t, "box 1 street line")
        if len(street_vals) > 2:
            self.notes.warnings.append(f"{path}: {len(street_vals)} street lines found, kept the first two")

    def _relationships(self, end: int) -> None:
        if not self.doc.reporting_owners:
            return
        if self.box5_marks and len(self.box5_marks) == len(self.doc.reporting_owners) and not any(
                g.get("same") for g in self.box5_marks):
            for n, (owner, marks) in enumerate(zip(self.doc.reporting_owners, self.box5_marks, strict=True)):
                for fld in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
                    setattr(owner, fld, bool(marks.get(fld)))
                    self.notes.see(f"reporting_owners[{n}].{fld}", "X" if marks.get(fld) else "",
                                   "box 5 check mark in the cell stack beside its label")
            owner = self.doc.reporting_owners[0]
            md_title = self.box5_marks[0].get("title")
            title, title_raw = (md_title, md_title) if isinstance(md_title, str) else self._officer_title(end)
            if title and len(self.doc.reporting_owners) == 1 and (owner.is_officer or owner.is_other):
                fld = "officer_title" if owner.is_officer else "other_text"
                setattr(owner, fld, title)
                self.notes.see(f"reporting_owners[0].{fld}", title_raw, "box 5 text under its label")
            return
        if self.cols and self._relationships_columns():
            return
        for i in range(end):
            # the whole of box 5 in one cell (a table extractor's output): read it as one run
            for cell in self.lines[i].cells:
                if re.search(r"Relationship\s+of\s+Reporting", cell, re.I) and re.search(
                    r"Other\s*\(specify\s*below\)", cell, re.I
                ) and self._relationships_columns(cell):
                    return
        owner = self.doc.reporting_owners[0]
        path = "reporting_owners[0]"
        text = "\n".join(ln.text for ln in self.lines[:end])
        toks = re.findall(r"\S+", text.replace("[", " [ "))
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
            self._box5_ocr(owner, path, title, marked=False)
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

    def _relationships_columns(self, text: str | None = None) -> bool:
        """Box 5 read top to bottom: one 'Director / Officer / 10% Owner / Other' group per owner."""
        if text is None:
            col = next((c for c in self.cols or [] if any("relationship" in self.sq[i] for i in range(*c))), None)
            if col is None:
                return False
            text = " ".join(self.lines[i].text for i in range(*col))
        text = re.sub(r"^.*?\(Check all applicable\)", "", text, flags=re.I | re.S)
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
                    self._box5_ocr(owner, path, title, marked=False)
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

    def _box5_ocr(self, owner: ReportingOwner, path: str, title: str | None, *, marked: bool) -> None:
        """OCR drops check marks (one glyph beside a table rule). What box 5 still says:
        a title written under 'Officer (give title below)' means Officer is checked (or Other,
        for a title such as 'Member of a Group'); with no title, Officer and Other are not checked.
        Director and 10% Owner are left unread when no mark says which: each is as likely."""
        kind = None
        if title:
            kind = "other" if _OTHER_TEXT.search(title) and not _OFFICER_WORDS.search(title) else "officer"
        why = f"title {title!r}" if title else "absence of a title"
        rule = f"OCR: check mark not read; inferred from the {why}"
        if marked:
            if kind == "officer" and not owner.is_officer and not owner.is_other:
                owner.is_officer = True
                self.notes.unsure(f"{path}.is_officer", rule, title or "")
            return
        vals: dict[str, bool] = {"is_officer": kind == "officer", "is_other": kind == "other"}
        if kind:
            # a director who is also an officer usually chairs the board; a title alone says no more
            vals["is_director"] = bool(re.search(r"chair", title or "", re.I))
            vals["is_ten_percent_owner"] = False
        for fld, v in vals.items():
            setattr(owner, fld, v)
            self.notes.unsure(f"{path}.{fld}", rule, title or "")

    def _officer_title(self, end: int) -> tuple[str | None, str]:
        """The text written under box 5's 'Officer (give title below)': right of the labels."""
        noise = re.compile(
            r"^\W*(?:give\s*title|specify|\(?s(?:pec\w*)?\s*below\)?|below\)?|title\s*below\)?|"
            r"\(?give|title|\(specify|elow\)?|belov)\W*$",
            re.I,
        )
        for i in range(end):
            tab = self.lines[i].tabbed
            found = list(re.finditer(r"Other\s*\(s\w*\s*(?:below\)?)?|Officer\s*\([^)]*\)?", tab, re.I))
            m = found[-1] if found else None
            if m is None:
                continue
            frags: list[str] = []
            cand_lines = [tab[m.end() :]] + [self.lines[j].tabbed for j in range(i + 1, min(end, i + 3))]
            for k, cl in enumerate(cand_lines):
                cells = cl.split("\t")
                if k == 1 and self.cut_cells and not frags and len(cells) == 1 and not (
                    _BOX_LABEL.search(" " + cl) or _BOX5_WORDS.search(cl) or noise.match(cl)
                ):
                    frags.append(cl.strip())  # rebuilt box 5: the title is the line under the labels
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
                    if noise.match(c):
                        continue
                    if _BOX5_WORDS.search(c) or _BOX_LABEL.search(" " + c) or re.search(r"below\)", c):
                        if frags:
                            break
                        continue
                    if not re.search(r"[A-Za-z]{2}", c):
                        if frags:
                            break
                        continue
                    frags.append(c)
                if frags:
                    break
            if frags and self.fmt == "ocr" and _box5_title(" ".join(frags)) is None:
                frags = []  # label words of boxes 4/6 read as a title
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

    # -- footnotes, remarks, signatures ---------------------------------------------------------
    def _footnotes(self) -> None:
        if self.fn_start is None:
            return
        stop = len(self.lines)
        for i in range(self.fn_start + 1, len(self.lines)):
            if re.search(r"^\W*(Remarks|Reminder)\b|Signature of Reporting", self.lines[i].text, re.I):
                stop = i
                break
        cur: Footnote | None = None
        first = self.lines[self.fn_start].text
        after = re.split(r"Explanation of Responses:?", first, flags=re.I)
        body = self.lines[self.fn_start + 1 : stop]
        if self.fmt == "ocr":
            body = _fill_gaps(body)
        texts = ([after[1]] if len(after) > 1 and after[1].strip() else []) + [ln.text for ln in body]
        for t in texts:
            t = t.strip()
            if not t:
                continue
            cut = re.split(r"\bRemarks:", t, flags=re.I)
            t = cut[0].strip()
            m = re.match(r"^(?:\((\d{1,2})\)|\[(\d{1,2})\]|F(\d{1,2})[.:)]?|(\d{1,2})[.)])\s+(.*)$", t)
            if m:
                fid = "F" + next(g for g in m.groups()[:4] if g)
                cur = Footnote(id=fid, text=m.group(5).strip())
                self.doc.footnotes.append(cur)
                self.notes.see(f"footnotes[{len(self.doc.footnotes) - 1}].text", t, "Explanation of Responses")
            elif cur is not None:
                cur.text = (cur.text + " " + t).strip()
            if len(cut) > 1:
                break
        for f in self.doc.footnotes:
            f.text = _clean(f.text.replace(DAMAGE, "")) if DAMAGE in f.text else f.text.strip()

    def _signatures(self) -> None:
        """Signature blocks above '** Signature of Reporting Person': name (maybe wrapped), date."""
        if self.sig is None:
            return
        start = self.fn_start if self.fn_start is not None else max(0, self.sig - 8)
        rem = None
        for i in range(start, self.sig):
            if re.search(r"\bRemarks:", self.lines[i].text, re.I):
                rem = i
                break
        lo = rem if rem is not None else start
        last = self.sig
        for i in range(self.sig + 1, len(self.lines)):
            if i - last >= 40:
                break  # many owners' signatures: read on while labels keep coming
            if any(k in self.sq[i] for k in _SIG_KEYS):
                last = i
            elif re.match(r"\W*(Reminder|Note:|Persons who respond)", self.lines[i].text, re.I):
                break
        block: list[tuple[int, str, int | None]] = []  # (line, text, x offset when known)
        labels_at: set[int] = set()  # label lines with text before the label
        for i in range(lo, last + 1):
            ln = self.lines[i]
            t = ln.text
            if i == rem:
                t = re.split(r"Remarks:", t, flags=re.I)[-1]
            if any(k in self.sq[i] for k in _SIG_KEYS):
                t = re.split(r"\*+\s*Signature of Reporting Person|Signature of Reporting", t, flags=re.I)[0]
                if t.strip(" *#"):
                    labels_at.add(i)
            t = t.strip(" *")
            if not t or re.fullmatch(r"(?i)date|\*+", t):
                continue
            block.append((i, t, ln.offsets[0] if ln.offsets else None))
        positioned = any(x is not None for _, _, x in block)
        if positioned:
            # the signature sits right of the page's left margin; remarks start at the margin
            sig_lines = [(i, t) for i, t, x in block if x is not None and x >= 30]
            rem_lines = [t for i, t, x in block if x is None or x < 30]
        else:
            first = next((k for k, (_i, t, _x) in enumerate(block) if _DATE_FULL.search(t)), None)
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
                if below is not None:
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
        labels = [i for i in range(lo, last + 1) if any(k in self.sq[i] for k in _SIG_KEYS)]
        last_i = -1
        for _i, t in sig_lines:
            # flat text: a line after a dated signature and before the next label continues its name
            same_block = not any(last_i <= li < _i for li in labels)
            last_i = _i
            d = _DATE_FULL.search(t)
            if d:
                name = _clean(t[: d.start()])
                run_on = _clean(t[d.end():])
                if name and re.search(r"[A-Za-z]{2}", run_on) and not positioned:
                    # flat text: the name wrapped around its date ("... for Adam 02/14/2020 Elsesser")
                    name = f"{name} {run_on}"
                    self.notes.unsure(f"owner_signatures[{len(sigs)}].signature_name",
                                      "name text on both sides of the date joined", t)
                parts = ([*pending, name] if name else pending) if pending else ([name] if name else [])
                if not name and not pending and sigs and sigs[-1][1] is None:
                    sigs[-1][1] = _to_date(d)
                    continue
                sigs.append([parts, _to_date(d), t])
                pending = []
            elif sigs and sigs[-1][1] is not None and not pending and (positioned or same_block):
                sigs[-1][0].append(_clean(t))  # a wrapped signature line
            else:
                pending.append(_clean(t))
        if pending:
            if positioned or not sigs:
                sigs.append([pending, None, " ".join(pending)])
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
                name = _OCR_SLASH_S.sub("/s/", name)  # OCR reads the '/s/' of a typed signature as 'Is}'
            out.append(OwnerSignature(signature_name=name, signature_date=d))
            self.notes.see(f"owner_signatures[{j}].signature_name", src, "text above 'Signature of Reporting Person'")
            if d:
                self.notes.see(f"owner_signatures[{j}].signature_date", src, "date beside the signature")
        self.doc.owner_signatures = out
        if rem is not None and rem_lines:
            self.doc.remarks = " ".join(rem_lines)
            self.notes.see("remarks", self.doc.remarks, "text after 'Remarks:'")

    # -- tables ------------------------------------------------------------------------------------
    def _table_rows(self, start: int, end: int) -> list[Line]:
        """Data rows of a table section (lines with dates/amounts), with wrapped text merged."""
        rows: list[Line] = []
        multi_wrapped: set[int] = set()  # rows whose OCR'd tab cells wrapped in several columns
        data = re.compile(r"\d{1,3},\d{3}|\$\s?\d|\d/\d|/\d{4}|\d\.\d|(?<![\w.(])\d+(?![\w.)])")
        # positioned input: numbers under the "Nature of Indirect Beneficial Ownership" column
        # (a trust's year, an LLC's number) do not make a line a new row
        nature_x = col2_x = None
        for i in range(start, min(end, start + 14)):
            ln = self.lines[i]
            if ln.offsets is not None:
                for c, off in zip(ln.cells, ln.offsets, strict=False):
                    if re.match(r"(?:\d{1,2}\.\s*)?Nature\b", c):
                        nature_x = off
                    if re.match(r"2\.(?:\s|$)", c) and col2_x is None:
                        col2_x = off
        for i in range(start, end):
            ln = self.lines[i]
            t = ln.text
            if not t.strip():
                continue
            title_only = False
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
                ):
                    t = "x"  # numbers only under the title ("Holdings 2019, LP"): wrapped text
            low = t.lower()
            is_head = bool(
                _HEAD_WORDS.search(low)
            )
            if not is_head and data.search(_PARENS.sub(" ", t)) and _TWO_LETTERS.search(t):
                rows.append(
                    Line(
                        list(ln.cells),
                        list(ln.offsets) if ln.offsets is not None else None,
                        [len(c) for c in ln.cells] if ln.offsets is not None else None,
                    )
                )
            elif (
                rows
                and not is_head
                and (
                    _TWO_LETTERS.search(ln.text)
                    or (ln.offsets is not None and (t == " " or re.search(r"[A-Za-z]", ln.text)))
                )
                and not data.search(_PARENS.sub(" ", t))
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
                        dm = re.search(r"\s\d{1,2}/\d{1,2}/\d{4}", prev.cells[best]) if best == 0 else None
                        if dm is not None:
                            # the title cell also holds the date (one space apart): the wrap goes to the title
                            pc = prev.cells[0]
                            prev.cells[0] = pc[: dm.start()] + " " + c + pc[dm.start():]
                        elif best is not None:
                            prev.cells[best] += " " + c
                        else:
                            pos = sum(1 for po in prev.offsets if po < off)
                            prev.cells.insert(pos, c)
                            prev.offsets.insert(pos, off)
                            if prev.widths is not None:
                                prev.widths.insert(pos, len(c))
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
                      and all(_is_text_cell(c) for c in ln.cells[1:] if c.strip())):
                    # OCR'd tab cells of a wrapped line: the first is the title's, the others continue
                    # the row's other text cells in order ("Class A" + "Common" + "Stock" in column 7)
                    wrapped = [c.strip() for c in ln.cells if c.strip()]
                    prev.cells[0] = prev.cells[0] + " " + wrapped[0]
                    texts = [k for k, c in enumerate(prev.cells) if k > 0 and _is_text_cell(c)]
                    for k, w in zip(texts, wrapped[1:], strict=False):
                        prev.cells[k] = prev.cells[k] + " " + w
                    multi_wrapped.add(id(prev))
                elif (self.fmt == "ocr" and ln.offsets is None and prev.offsets is None and id(prev) in multi_wrapped
                      and len(prev.cells) > 3 and _is_text_cell(prev.cells[-1])):
                    # the columns wrapped together, then only one went on: the last text column (the
                    # nature of ownership, the longest), not the title
                    prev.cells[-1] = prev.cells[-1] + " " + ln.text
                else:
                    dm = re.search(r"\s*\|?\s*\d{1,2}/\d{1,2}/\d{4}", prev.cells[0]) if prev.cells else None
                    if dm and dm.start() > 0 and self.fmt == "ocr":
                        # the title's cell also holds the date ('Common Stock, | 09/30/2021'): the
                        # wrapped words go to the title, before the date
                        c0 = prev.cells[0]
                        prev.cells[0] = c0[: dm.start()] + " " + ln.text + c0[dm.start():]
                    else:
                        prev.cells[0] = prev.cells[0] + " " + ln.cells[0] if prev.cells else ln.cells[0]
        return rows

    def _tables(self) -> None:
        n = len(self.lines)
        fn_end = self.fn_start if self.fn_start is not None else (self.sig if self.sig is not None else n)
        if self.t1 is not None:
            end = self.t2 if self.t2 is not None else fn_end
            for ln in self._table_rows(self.t1 + 1, end):
                self._row_table1(ln)
        if self.t2 is not None:
            self.t2_cols: dict[str, int] = {}
            for i in range(self.t2 + 1, min(fn_end, self.t2 + 16)):
                ln = self.lines[i]
                if ln.offsets is None or "(A)" not in ln.cells or "(D)" not in ln.cells:
                    continue
                for c, off in zip(ln.cells, ln.offsets, strict=False):
                    key = {"(A)": "A", "(D)": "D", "Date": "date", "Expiration": "exp", "Title": "title"}.get(c)
                    if key and key not in self.t2_cols:
                        self.t2_cols[key] = off
                break
            self.t2_cells: dict[str, int] = {}
            if self.fmt == "markdown":
                # a markdown table's cells are its columns: the cells under "(A)" and "(D)"
                for i in range(self.t2 + 1, min(fn_end, self.t2 + 16)):
                    cs = self.lines[i].cells
                    a = next((k for k, c in enumerate(cs) if re.search(r"\(A\)", c) and "(D)" not in c), None)
                    d = next((k for k, c in enumerate(cs) if a is not None and k > a and re.search(r"D\)", c)), None)
                    if a is not None and d is not None:
                        self.t2_cells = {"A": a, "D": d}
                        break
            for ln in self._table_rows(self.t2 + 1, fn_end):
                self._row_table2(ln)
        self._arithmetic()
        self._ad_by_arithmetic()
        self._infer_codes()
        self._infer_prices2()

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
        nfns = re.findall(r"\((\d{1,2})\)", nat)
        nat2 = self._nature_text(nat)
        if nat2:
            row.nature_of_ownership = nat2
            self.notes.see(f"{p}.nature_of_ownership", nat, "nature column")
        if nfns:
            row.footnote_ids["nature_of_ownership"] = ["F" + x for x in nfns]

    def _nature_text(self, nat: str) -> str:
        """The nature of ownership without its markers; in OCR, without the markers' smears past
        its words ('See Footnotes 22467)', '... @O46)', 'Footnotes 464'; a '(2019)' stays)."""
        out = _clean(re.sub(r"\(\d{1,2}\)", "", nat))
        if self.fmt == "ocr":
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

    def _amount_fns(self, toks: list[_Tok], i: int, frags: list[str], positioned: bool) -> tuple[list[str], int]:
        """Table II: the markers of the amount in column 5.

        Positioned text prints a value's marker glued to it ("6,250(4)"); a marker a column
        away is the Date Exercisable's ("6,250    (4)    (5)") unless two date slots still follow.
        """
        if not positioned or not frags or i >= len(toks) or not toks[i].fn or i == 0:
            return self._take_fns(toks, i)
        if toks[i].cell == toks[i - 1].cell and not toks[i].ruled:
            fns: list[str] = []
            while i < len(toks) and toks[i].fn and toks[i].cell == toks[i - 1].cell and not toks[i].ruled:
                fns.append(toks[i].fn)  # type: ignore[arg-type]
                i += 1
            return fns, i
        rest = toks[i + 1 :]
        slots = sum(1 for t in rest[:4] if t.fn or _DATE_FULL.fullmatch(t.text)
                    or t.text.lower().strip("()") in ("immed.", "immediately", "immed"))
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
                for t in first:
                    if t.fn:
                        fns.append(t.fn)
                    else:
                        words.append(t.text)
                n = len(first)
                title = " ".join(words)
                while self.cut_cells and title and n < len(toks) and title[-1].isalpha():
                    # cells cut at guessed edges: a next cell of words starting in lower case goes on
                    # with the title's cut word ("Class A Common St" | "ock", "are be" | "neficially owned")
                    nxt = [t for t in toks[n:] if t.cell == toks[n].cell]
                    words_of = [t for t in nxt if re.fullmatch(r"[A-Za-z(][A-Za-z,.'()-]*", t.text)]
                    after = toks[n + len(words_of)] if n + len(words_of) < len(toks) else None
                    if (words_of and words_of == nxt[: len(words_of)] and after is not None
                            and (after.is_datefrag or _DATE_FULL.fullmatch(after.text))):
                        # the title's cut words in the cell before the date (or beside it: "Stock, 09/30/2021")
                        title = f"{title} {' '.join(t.text for t in words_of)}"
                        n += len(words_of)
                        break
                    if not (nxt[0].text[:1].islower() and all(
                            re.fullmatch(r"[A-Za-z][a-z,.'-]*", t.text)
                            or (t.is_dollar and k and nxt[k - 1].text.lower() in ("value", "par"))
                            for k, t in enumerate(nxt))):
                        break  # ("Common Stock, par" | "value $0.01 per shar" | "e")
                    more = " ".join(t.text for t in nxt)
                    whole = {title.split()[-1].lower(), more.split()[0].lower().strip(",.")} & _TITLE_WORDS
                    title = f"{title} {more}" if whole else _glue(title, more)  # 'par' | 'value': two words
                    n += len(nxt)
                return title, fns, n
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.is_datefrag or t.is_dollar or (t.is_num and ("," in t.text or "." in t.text)):
                break
            if t.is_num and nxt is not None and (nxt.is_datefrag or nxt.is_num) and words:
                break
            if t.fn and words:
                if t.gap or (toks[i - 1].cell != t.cell and t.text.startswith("(") and not self.cols):
                    break  # a marker in the next column (conversion price, date) is not the title's
                fns.append(t.fn)
                i += 1
                continue
            if words and t.gap >= 1 and len(t.text) == 1 and t.text.upper() in _CODES:
                break
            if t.is_num and words and (t.gap >= 1 or (self.ocr_cells and t.cell != toks[i - 1].cell)):
                break  # OCR'd tab cells: a number in the next cell is an amount ("Class A | 634")
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

    def _row_table1(self, ln: Line) -> None:
        toks = _tokens(ln.cells, ln.offsets, ln.widths, 5 if self.fmt == "pdf-text" else 3)
        self.ocr_cells = self.fmt == "ocr" and ln.offsets is None
        if self.fmt == "ocr":
            toks = _ocr_marker_noise(toks)
        if not toks:
            return
        title, title_fns, i = self._title(toks, self._cells_are_columns(ln))
        dates, i = self._dates(toks, i)
        date_fns, i = self._take_fns(toks, i)
        if not dates:
            self._holding1(title, title_fns, toks[i:], ln)
            return
        k = len(self.doc.non_derivative_transactions)
        p = f"non_derivative_transactions[{k}]"
        row = NonDerivativeTransaction(security_title=_clean(title) or None)
        self.doc.non_derivative_transactions.append(row)
        self.notes.see(f"{p}.security_title", title, "Table I column 1", uncertain=id(ln) in self.flat_wrapped)
        if title_fns:
            row.footnote_ids["security_title"] = title_fns
        row.transaction_date = self._fix_date(dates[0], f"{p}.transaction_date")
        if date_fns:
            row.footnote_ids["transaction_date"] = date_fns
        if len(dates) > 1 and dates[1].value is not None:
            row.deemed_execution_date = dates[1].value
            self.notes.see(f"{p}.deemed_execution_date", dates[1].text, dates[1].rule, uncertain=dates[1].uncertain)
        i = self._code(toks, i, row, p)
        self._amount_tail(toks, i, row, p, ln)

    def _code(self, toks: list[_Tok], i: int, row: Any, p: str) -> int:
        j = i
        # skip one stray short digit OCR left before the code
        if j < len(toks) and toks[j].text.isdigit() and len(toks[j].text) <= 1 and j + 1 < len(toks):
            if len(toks[j + 1].text) == 1 and toks[j + 1].text.upper() in _CODES:
                self.notes.see(f"{p}.transaction_code", toks[j].text, "stray digit before the code dropped")
                j += 1
        if j < len(toks) and re.fullmatch(r"[A-Z](?:s|S|Y|y|\)|1|l|I|\||°)", toks[j].text) and (
            toks[j].text[0] in _CODES and toks[j].text[0] != "V" and j + 1 < len(toks) and toks[j + 1].is_num
        ):
            # OCR smeared the code's footnote marker or doubled the letter ("AY", "Ss")
            row.transaction_code = toks[j].text[0]
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
            if fns:
                row.footnote_ids["transaction_code"] = fns
            if j < len(toks) and toks[j].text.upper() == "V" and toks[j + 1 : j + 2] and toks[j + 1].is_num:
                row.transaction_timeliness = None
                row.equity_swap_involved = None
                j += 1
            return j
        if (self.fmt == "ocr" and j + 1 < len(toks) and not toks[j].is_num and not toks[j].fn
                and re.fullmatch(r"[^\d\s]{1,3}", toks[j].text) and toks[j + 1].is_num and not toks[j + 1].is_dollar
                and toks[j + 1].cell != toks[j].cell):
            # an unreadable code (its letter and marker smeared: 'ym' for J(1)) still holds column 3's
            # place: the amount follows; the code stays unread
            return j + 1
        return i

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
        readings = _number_readings(frags)
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
                ):
                    price_frags.append(nxt)
                    j += 1
                    continue
                break
            fns, jj = self._take_fns(rest, j)
            price_fns += fns
            j = jj
        nums: list[list[str]] = []
        owned_fns: list[str] = []
        di: str | None = None
        di_fns: list[str] = []
        nature_words: list[str] = []
        while j < len(rest):
            t = rest[j]
            if t.is_num and di is None and not t.is_dollar:
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
            nat2 = self._nature_text(nat)
            row.nature_of_ownership = nat2 or None
            if nfns:
                row.footnote_ids["nature_of_ownership"] = ["F" + x for x in nfns]
            self.notes.see(f"{p}.nature_of_ownership", nat, "nature column")

    def _choose_price(self, frags: list[str], path: str) -> tuple[Decimal | None, bool]:
        acc = frags[0].lstrip("$")
        how = "read"
        self.price_fn = None
        lost = re.fullmatch(r"([\d,]*\.\d+?)(\d{1,2})\)", acc) if self.fmt == "ocr" and len(frags) == 1 else None
        if lost:
            # "$2,556.73462)": the marker "(2)" lost its "(" and its digit ran into the price; it is
            # the marker when it names a footnote of the form (else it stays part of the price)
            ids = {f.id for f in self.doc.footnotes}
            raw_places = len(acc[:-1].split(".")[1])
            # a price has 2 (or 4) decimal places: '$2,568.02)' is whole, '$2,566.81118)' is 2,566.8111 (8)
            cuts = [] if raw_places <= 2 else sorted(
                (1, 2), key=lambda k: (raw_places - k not in (2, 4), k))
            for k in cuts:
                body, mark = acc[:-1][:-k], acc[:-1][-k:]
                if f"F{int(mark)}" in ids and _valid_number(body) and "." in body and len(body.split(".")[1]) >= 2:
                    self.price_fn = f"F{int(mark)}"
                    self.notes.unsure(path, f"OCR marker '({mark})' lost its '(' and ran into the price", frags[0])
                    return _dec(body), True
        junk = re.fullmatch(r"([\d,]*\.?\d*)([)°'\"*%©®]+)", acc)
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
        toks = _tokens(ln.cells, ln.offsets, ln.widths, 5 if self.fmt == "pdf-text" else 3)
        self.ocr_cells = self.fmt == "ocr" and ln.offsets is None
        if self.fmt == "ocr":
            toks = _ocr_marker_noise(toks)
        if not toks:
            return
        title, title_fns, i = self._title(toks, self._cells_are_columns(ln))
        form3 = self.doc.document_type == "3"
        # 2. conversion or exercise price
        conv: list[str] = []
        conv_fns: list[str] = []
        if not form3:
            if i < len(toks) and (toks[i].is_dollar or (toks[i].is_num and not toks[i].is_datefrag)):
                conv = [toks[i].text]
                i += 1
            elif i < len(toks) and toks[i].fn:
                conv_fns = [toks[i].fn]  # type: ignore[list-item]
                i += 1
            if i and self._cells_are_columns(ln) == "tab":
                # a table extractor's cells: markers in the next cells are columns 6's ("$0.00 | (6) | (7)")
                f2 = []
                while i < len(toks) and toks[i].fn and toks[i].cell == toks[i - 1].cell:
                    f2.append(toks[i].fn)  # type: ignore[arg-type]
                    i += 1
            else:
                f2, i = self._take_fns(toks, i)
            conv_fns += [f for f in f2 if f not in conv_fns]
        before_dates = i
        dates, i = self._dates(toks, i) if not form3 else ([], i)
        date_fns, i = self._take_fns(toks, i) if dates else ([], i)  # no date: markers are column 6's
        nxt = toks[i] if i < len(toks) else None
        has_code = nxt is not None and len(nxt.text.strip("()")) == 1 and nxt.text.strip("()").upper() in _CODES
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
            self.notes.see(f"{p}.security_title", title, "Table II column 1", uncertain=id(ln) in self.flat_wrapped)
        row.security_title = ttl or None
        if title_fns:
            row.footnote_ids["security_title"] = title_fns
        if conv:
            v, _ = self._choose(conv, f"{p}.conversion_or_exercise_price", label="Table II column 2")
            row.conversion_or_exercise_price = v
        if conv_fns:
            row.footnote_ids["conversion_or_exercise_price"] = conv_fns
        if is_txn:
            row.transaction_date = self._fix_date(dates[0], f"{p}.transaction_date")
            if date_fns:
                row.footnote_ids["transaction_date"] = date_fns
            if len(dates) > 1 and dates[1].value is not None:
                row.deemed_execution_date = dates[1].value
            i = self._code(toks, i, row, p)
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
                if ad:
                    row.transaction_acquired_disposed_code = ad
                    self.notes.see(
                        f"{p}.transaction_acquired_disposed_code",
                        amount_tok.text,
                        f"amount printed under the ({ad}) column",
                    )
            cells_ad = getattr(self, "t2_cells", {})
            if (frags and ln.offsets is None and amount_tok and cells_ad and len(frags) == 1
                    and row.transaction_acquired_disposed_code is None):
                ad = next((k for k, ci in cells_ad.items() if ci == amount_tok.cell), None)
                if ad:
                    row.transaction_acquired_disposed_code = ad
                    self.notes.see(f"{p}.transaction_acquired_disposed_code", amount_tok.text,
                                   f"amount in the cell under ({ad})")
            if frags and row.transaction_acquired_disposed_code is None:
                ad = "D" if code in ("S", "F", "D", "M", "X", "C", "G", "J") else "A"
                row.transaction_acquired_disposed_code = ad
                self.notes.unsure(
                    f"{p}.transaction_acquired_disposed_code",
                    f"(A)/(D) column not separable in flat text; inferred from code {code}",
                    " ".join(frags),
                )
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
                if cells_mode and i > 0 and i < len(toks) and toks[i].cell != toks[i - 1].cell:
                    fns = []  # a marker in the next cell is the next column's ("08/10/2018 | (4)")
                else:
                    fns, i = self._take_fns(toks, i)
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
        if len(slots) == 1 and not placed and slots[0][0] is not None:
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
                and words[-1].lower().strip(",") in ("value", "par", "of", "per"))
            or (cells_mode == "tab" and words and toks[i].cell == title_cell and not toks[i].fn
                and (not (toks[i].is_num or toks[i].is_dollar)
                     or words[-1].lower().strip(",") in ("value", "par", "of", "per")))
        ):
            words.append(toks[i].text)  # positioned: the whole cell, wrapped "par value $0.01" included
            i += 1
        if words:
            row.underlying_security_title = _clean(" ".join(words))
            self.notes.see(f"{p}.underlying_security_title", " ".join(words), "column 7 title",
                           uncertain=id(ln) in self.flat_wrapped)
            fns, i = self._take_fns(toks, i)
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
            fns, i = self._take_fns(toks, i)
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
        elif j < len(tail) and tail[j].is_dollar:
            price_frags = [tail[j].text]
            j += 1
        elif j < len(tail) and tail[j].fn and is_txn:
            row.footnote_ids["transaction_price_per_share"] = [tail[j].fn]  # type: ignore[list-item]
            j += 1
        fns, j = self._take_fns(tail, j)
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
            fr = self.frags.setdefault(id(row), {"shares": []})
            fr["owned"] = owned
            fr["und"] = und

    # -- the form's arithmetic ---------------------------------------------------------------------------
    def _infer_ownership(self) -> None:
        """D/I lost (OCR drops lone letters): a row with a nature of indirect ownership is I."""
        for table in ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
                      "derivative_holdings"):
            for k, row in enumerate(getattr(self.doc, table)):
                if row.direct_or_indirect_ownership is None and row.security_title:
                    nature = len(re.sub(r"[^A-Za-z]", "", row.nature_of_ownership or "")) >= 3  # else noise
                    row.direct_or_indirect_ownership = "I" if nature else "D"
                    self.notes.unsure(
                        f"{table}[{k}].direct_or_indirect_ownership",
                        "column 6/10 empty; 'I' when a nature of indirect ownership is given, else 'D'",
                    )

    def _infer_codes(self) -> None:
        """Code, A/D or a grant's $0 price lost: infer from Table II, the owned amounts and the price."""
        exercised = {
            (r.transaction_date, r.transaction_shares): r.transaction_code
            for r in self.doc.derivative_transactions
            if r.transaction_code in ("M", "X", "C")
        }
        for k, row in enumerate(self.doc.non_derivative_transactions):
            p = f"non_derivative_transactions[{k}]"
            price = row.transaction_price_per_share
            if row.transaction_code is None and row.transaction_shares is not None:
                code, why = None, ""
                hit = exercised.get((row.transaction_date, row.transaction_shares))
                if hit and row.transaction_acquired_disposed_code in (None, "A"):
                    code, why = hit, f"same date and amount as a Table II code {hit} row"
                elif row.transaction_acquired_disposed_code == "A" and price == 0:
                    code, why = "A", "acquired at $0: a grant"
                elif row.transaction_acquired_disposed_code == "A" and price:
                    code, why = "P", "acquired at a price: a purchase"
                elif row.transaction_acquired_disposed_code == "D" and price:
                    code, why = "S", "disposed of at a price: a sale"
                if code:
                    row.transaction_code = code
                    self.notes.unsure(f"{p}.transaction_code", f"code column empty; {why}")
                    if hit and row.transaction_acquired_disposed_code is None:
                        row.transaction_acquired_disposed_code = "A"
                        self.notes.unsure(f"{p}.transaction_acquired_disposed_code", f"code {hit} acquires")
            if price is None and row.transaction_code in ("M", "X") and self.fmt == "ocr":
                # OCR lost the price of an exercise: the shares were bought at the exercise price of
                # the Table II row exercised the same day for the same amount
                ex = [r.conversion_or_exercise_price for r in self.doc.derivative_transactions
                      if r.transaction_code == row.transaction_code and r.transaction_date == row.transaction_date
                      and r.transaction_shares == row.transaction_shares and r.conversion_or_exercise_price is not None]
                if len(set(ex)) == 1:
                    row.transaction_price_per_share = price = ex[0]
                    self.notes.unsure(f"{p}.transaction_price_per_share",
                                      "price column empty; the exercise price of the Table II row exercised")
            zero = (row.transaction_code == "G" and self.fmt == "ocr"  # OCR drops a lone '$0' cell
                    or row.transaction_code in ("A", "G") and row.transaction_acquired_disposed_code == "A")
            if price is None and zero and "transaction_price_per_share" not in row.footnote_ids:
                row.transaction_price_per_share = Decimal(0)
                self.notes.unsure(f"{p}.transaction_price_per_share", "price column empty; grants and gifts are $0")

    def _infer_prices2(self) -> None:
        """OCR drops a lone '$0' cell: in Table II a gift (G) and an exercise or conversion (M)
        are priced $0 (the price paid is the exercise price, column 2)."""
        if self.fmt != "ocr":
            return
        for k, row in enumerate(self.doc.derivative_transactions):
            if (row.transaction_price_per_share is None and row.transaction_code in ("G", "M")
                    and "transaction_price_per_share" not in row.footnote_ids):
                row.transaction_price_per_share = Decimal(0)
                self.notes.unsure(f"derivative_transactions[{k}].transaction_price_per_share",
                                  f"price column empty; a code {row.transaction_code} row is priced $0")

    def _ad_by_arithmetic(self) -> None:
        """(A)/(D) inferred from the code alone: the amount owned after the previous row of the
        same security and ownership form, plus or minus this row's amount, says which (still
        uncertain: some filers repeat the total on every line)."""
        for table in ("non_derivative_transactions", "derivative_transactions"):
            last: dict[tuple[str | None, str | None], Decimal] = {}
            for k, row in enumerate(getattr(self.doc, table)):
                path = f"{table}[{k}].transaction_acquired_disposed_code"
                key = (row.security_title, row.direct_or_indirect_ownership)
                prev, owned, sh = last.get(key), row.shares_owned_following_transaction, row.transaction_shares
                if (prev is not None and owned is not None and sh and path in self.notes.uncertain
                        and "inferred" in self.notes.evidence.get(path, "")):
                    ad = "A" if owned == prev + sh else "D" if owned == prev - sh else None
                    if ad and ad != row.transaction_acquired_disposed_code:
                        row.transaction_acquired_disposed_code = ad
                        self.notes.unsure(path, f"amount owned {owned} = {prev} {'+' if ad == 'A' else '-'} {sh}",
                                          f"{prev} -> {owned}")
                if owned is not None:
                    last[key] = owned

    def _arithmetic(self) -> None:
        """Choose readings of amounts with the row arithmetic; infer codes the text lost."""
        self._infer_ownership()
        fmap = self.doc.footnote_map
        for table in ("non_derivative_transactions", "derivative_transactions"):
            last: dict[tuple[str | None, str | None], Decimal] = {}
            for k, row in enumerate(getattr(self.doc, table)):
                p = f"{table}[{k}]"
                frags = self.frags.get(id(row), {"shares": [], "owned": []})
                # code lost: a tax-withholding footnote means F
                if row.transaction_code is None:
                    fids = [f for ids in row.footnote_ids.values() for f in ids]
                    txt = " ".join(fmap.get(f, "") for f in fids).lower()
                    if "tax liabilit" in txt or "withh" in txt and "tax" in txt:
                        row.transaction_code = "F"
                        self.notes.unsure(
                            f"{p}.transaction_code",
                            "code column empty; footnote on tax liability/withholding means F",
                            txt[:80],
                        )
                    else:
                        self.notes.warnings.append(f"{p}.transaction_code not found")
                if row.transaction_acquired_disposed_code is None and row.transaction_code:
                    ad = {"F": "D", "S": "D", "D": "D", "P": "A", "A": "A"}.get(row.transaction_code)
                    if ad:
                        row.transaction_acquired_disposed_code = ad
                        self.notes.unsure(
                            f"{p}.transaction_acquired_disposed_code", f"inferred from code {row.transaction_code}"
                        )
                elif row.transaction_code == "F" and row.transaction_acquired_disposed_code == "A":
                    self.notes.unsure(
                        f"{p}.transaction_acquired_disposed_code", "code F is a disposition but A was read"
                    )
                key = (row.security_title, row.direct_or_indirect_ownership)
                prev = last.get(key)
                shares_fr = frags.get("shares", [])
                owned_fr = frags.get("owned", [])
                sign = -1 if row.transaction_acquired_disposed_code == "D" else 1
                sh_read = _number_readings(shares_fr) if shares_fr else []
                ow_read = _number_readings(owned_fr) if owned_fr else []
                chosen: tuple[Decimal | None, Decimal | None] | None = None
                if prev is not None and sh_read and ow_read:
                    for s, _ in sh_read:
                        for o, _ in ow_read:
                            if prev + sign * (_dec(s) or 0) == _dec(o):
                                chosen = (_dec(s), _dec(o))
                                break
                        if chosen:
                            break
                if chosen is None and prev is None and table == "derivative_transactions" and sh_read and ow_read:
                    for s, _ in sh_read:
                        for o, _ in ow_read:
                            if _dec(s) == _dec(o):
                                chosen = (_dec(s), _dec(o))
                                break
                        if chosen:
                            break
                if chosen:
                    for fld, fr, val in (
                        ("transaction_shares", shares_fr, chosen[0]),
                        ("shares_owned_following_transaction", owned_fr, chosen[1]),
                    ):
                        setattr(row, fld, val)
                        if len(fr) > 1:
                            self.notes.unsure(
                                f"{p}.{fld}", "split digits joined; reading confirmed by row arithmetic", " | ".join(fr)
                            )
                        else:
                            self.notes.see(f"{p}.{fld}", fr[0], "read; agrees with row arithmetic")
                else:
                    row.transaction_shares, _ = self._choose(
                        shares_fr, f"{p}.transaction_shares", label="amount column"
                    )
                    row.shares_owned_following_transaction, _ = self._choose(
                        owned_fr, f"{p}.shares_owned_following_transaction", label="owned-following column"
                    )
                    if (
                        row.transaction_shares is None
                        and prev is not None
                        and row.shares_owned_following_transaction is not None
                    ):
                        row.transaction_shares = abs(row.shares_owned_following_transaction - prev)
                        self.notes.unsure(
                            f"{p}.transaction_shares", "amount unreadable; difference of owned-following amounts"
                        )
                    elif (
                        prev is not None
                        and row.transaction_shares is not None
                        and row.shares_owned_following_transaction is not None
                        and row.shares_owned_following_transaction not in (prev + row.transaction_shares,
                                                                           prev - row.transaction_shares)
                        and row.shares_owned_following_transaction != prev
                    ):
                        # filers sometimes repeat a total, but a misread row looks the same: say so
                        for fld in ("transaction_shares", "shares_owned_following_transaction"):
                            self.notes.unsure(f"{p}.{fld}", f"previous row's {prev} +/- amount does not give "
                                              "the owned-following amount")
                if table == "derivative_transactions":
                    und = frags.get("und", [])
                    want = row.transaction_shares
                    if und:
                        row.underlying_security_shares, _ = self._choose(
                            und, f"{p}.underlying_security_shares", want=want, label="column 7 amount"
                        )
                if (row.transaction_acquired_disposed_code is None and prev is not None
                        and row.shares_owned_following_transaction is not None
                        and row.shares_owned_following_transaction != prev):
                    up = row.shares_owned_following_transaction > prev
                    row.transaction_acquired_disposed_code = "A" if up else "D"
                    self.notes.unsure(f"{p}.transaction_acquired_disposed_code",
                                      "column empty; owned-following went " + ("up" if up else "down"))
                if row.shares_owned_following_transaction is not None:
                    last[key] = row.shares_owned_following_transaction
                if (
                    row.transaction_code in ("A",)
                    and row.transaction_price_per_share is None
                    and not row.footnote_ids.get("transaction_price_per_share")
                    and table == "derivative_transactions"
                ):
                    pass
        for table in ("non_derivative_transactions", "derivative_transactions", "derivative_holdings"):
            for row in getattr(self.doc, table):
                frags = self.frags.get(id(row))
                if frags is None:
                    continue
                if table == "derivative_holdings":
                    k = getattr(self.doc, table).index(row)
                    p = f"{table}[{k}]"
                    if row.underlying_security_shares is None and frags.get("und"):
                        row.underlying_security_shares, _ = self._choose(
                            frags["und"], f"{p}.underlying_security_shares"
                        )
                    if frags.get("owned"):
                        row.shares_owned_following_transaction, _ = self._choose(
                            frags["owned"], f"{p}.shares_owned_following_transaction"
                        )
