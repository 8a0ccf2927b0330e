"""Tilted OCR pages: a scan rotated by a degree or so, its words laid on a character grid by
their height, drifts across the page by a line or more, so one printed row's right part lands on
another grid line than its left part (a table's values apart from their row's title).

The tilt is measured from the form's own fixed labels that the form prints on one line (the
top line of each table's column headings, the box labels under the form's title), and each
piece of text is moved back by the drift its column implies before the rows are read (in a
table's body by the share of it that joins the most of its rows' amounts to their titles).
"""

from __future__ import annotations

import re


def _no(number: str) -> str:
    """A heading's number, not the end of a longer number ('15', '2.5'). The number comes first and its look
    back after it: a pattern that opens with a look back is tried at every character of every line, one
    that opens with a literal is scanned for it, dozens of times faster."""
    return rf"{number}(?<![\w.]{number})"


# labels the form prints on one line each: per printed line, a heading that locates it, the
# grid lines around the heading its labels are looked for in, and the labels (a heading's
# number is a label too: '5. Amount', '8. Price')
_ONE_LINE: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    # box labels: 1. Name and Address of Reporting Person | 2. Issuer Name ... | 5. Relationship ...
    (r"Address\s+of\s+Reporting|Issuer\s+Name|Relationship\s+of", -4, 5,
     (r"Address\s+of\s+Reporting|Name\s+and\s+Address", r"Issuer\s+Name|Ticker\s+or\s+Trading",
      r"Relationship\s+of")),
    # Table I's column headings, top line
    (r"Non-?\s*Derivative\s+Securities", 1, 10,
     (r"Title\s+of\b", r"Transaction\s+Date", r"Deemed\s+Execution", r"Securities\s+Acquired",
      r"Amount\s+of\s+Securities", r"Ownership\s+Form", r"Nature\s+of\s+Indirect",
      _no("5") + r"[.,:]\s+Amount", _no("6") + r"[.,:]\s+Owner", _no("7") + r"[.,:]\s+Nature")),
    # Table II's column headings, top line (Form 3's "Derivative Securities Beneficially Owned" too: else
    # Table I's labels are looked for down into Table II's headings, a line lower, and a level page tilts)
    # (not 'Non-Derivative'; the word first, its look back after it: see _no)
    (r"Derivative(?<![-\w]Derivative)\s+Securities\s+(?:Acq|Benef)", 1, 10,
     (r"Title\s+of\b", r"Number\s+of\s+Deriv|Date\s+Exercisable", r"Title\s+and\s+Amount",
      _no("5") + r"[.,:]\s+Number", _no("6") + r"[.,:]\s+Date", _no("7") + r"[.,:]\s+Title",
      _no("8") + r"[.,:]\s+Price", _no("9") + r"[.,:]\s+Number", _no("10") + r"[.,:]?(?=\s|$)",
      _no("11") + r"[.,:]\s+Nature")),
)
# the labels' drift is counted in the heading's grid lines, which interleave the pieces of the
# heading's many short printed lines more densely than a table's rows lie: a row drifts across
# fewer grid lines, about half as many on most pages (tried first, kept on a tie), but the share
# depends on how densely the page's words fill its rows: each table takes the share, of these,
# that joins the most amounts onto lines that start with a row's title or date (``_WHOLE_ROW``)
_ROW_SHARES = (0.5, 0.35, 0.65, 0.8, 1.0)
# a row read whole: a title or date at the left, an amount in the columns right of them; each
# amount on such a line counts
_WHOLE_ROW = re.compile(r"^ {0,20}(?:[A-Za-z]{2}|\d\d?/\d).{20,}?(?<!\S)\$?[\d,]*\d(?:\.\d+)?(?!\S)")
_AMOUNT = re.compile(r"(?<!\S)[$(]?[\d,]*\d(?:\.\d+)?\)?(?!\S)")
# the column headings' last line lies above the first row's date and holds one of their words
_DATE = re.compile(r"\b\d\d/\d\d/\d{4}\b")
_HEAD_WORD = re.compile(r"(?i)\b(?:instr|month|code|price|amount|owned|reported|transaction|ownership|indirect|"
                        r"direct|exercisable|expiration|shares|title)|\(\s*[AD]\s*\)")
_CELL = re.compile(r"\S+(?: \S+)*")  # a piece of text moved as one: words one space apart
_MAX_OFF = 1.5  # grid lines a label may sit off the fitted line
_MIN_LABELS = 5  # labels the fit must rest on
_MIN_DRIFT = 1.5  # grid lines of drift over 150 columns below which the page counts as level


def _first(lines: list[str], pattern: str, start: int, stop: int) -> tuple[int, int] | None:
    """(line, column) of the pattern's first match in lines[start:stop], None when there is none
    (the scan stops at the first line that has one)."""
    rx = re.compile(pattern)
    for i in range(max(0, start), min(stop, len(lines))):
        m = rx.search(lines[i])
        if m:
            return i, m.start()
    return None


def _parts(lines: list[str]) -> list[tuple[int, int]]:
    """The grid lines of the boxes above Table I, of Table I from its heading to Table II's, and
    of Table II to the footnotes' heading: a cell is never moved from one part into another, and
    the footnotes' running text stays as OCR laid it."""
    one = _first(lines, _ONE_LINE[1][0], 0, len(lines))
    if not one:
        return []
    marks = [0, one[0]]
    two = _first(lines, _ONE_LINE[2][0], marks[1] + 1, len(lines))
    if two:
        marks.append(two[0])
    end = _first(lines, r"Explanation\s+of\s+Resp", marks[-1] + 1, len(lines))
    marks.append(end[0] if end else len(lines))
    return list(zip(marks, marks[1:], strict=False))


def untilt(text: str) -> tuple[str, float]:
    """The page(s) of OCR text with each cell above the footnotes moved up or down by its column's drift.

    Returns the text and the slope used (0.0 and the text unchanged for a level page). Pages
    (split at form feeds) are measured and straightened apart, each part of a page (``_parts``)
    on its own.
    """
    pages = text.split("\f")
    out: list[str] = []
    used = 0.0
    for page in pages:
        lines = page.split("\n")
        slope = tilt_slope(lines)
        spans = _parts(lines) if slope else []  # (a level page, nearly every one, needs no parts)
        if not spans:
            out.append(page)
            continue
        used = used or slope
        for lo, hi in spans:
            cells = _cells(lines, lo, hi)
            if not lo:  # the boxes: no rows to join, the usual share
                lines[lo:hi] = _place(cells, lo, hi, _ROW_SHARES[0] * slope)
                continue
            body = _head_end(lines, lo, hi) - lo
            best: tuple[int, list[str]] | None = None
            for share in _ROW_SHARES:
                rows = _place(cells, lo, hi, share * slope)
                whole = sum(len(_AMOUNT.findall(r)) for r in rows[body:] if _WHOLE_ROW.search(r))
                if best is None or whole > best[0]:
                    best = (whole, rows)
            if best:
                lines[lo:hi] = best[1]
        out.append("\n".join(lines))
    return "\f".join(out), used


def _head_end(lines: list[str], lo: int, hi: int) -> int:
    """The first body line of a table's part: after the last line of column-heading words above
    the first row's date (``lo`` when none is found: the whole part is scored)."""
    stop = min(hi, lo + 16)
    stop = next((i for i in range(lo + 1, stop) if _DATE.search(lines[i])), stop)
    ends = [i for i in range(lo + 1, stop) if _HEAD_WORD.search(lines[i])]
    return ends[-1] + 1 if ends else lo


def _cells(lines: list[str], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(line, column, text) of each cell of lines[lo:hi] (found once, placed at each share's drift)."""
    return [(i, m.start(), m.group(0)) for i in range(lo, hi) for m in _CELL.finditer(lines[i])]


def _place(cells: list[tuple[int, int, str]], lo: int, hi: int, slope: float) -> list[str]:
    """Lines lo to hi with each cell (``_cells``) moved back by the drift ``slope`` (grid lines per
    column) gives at its column, kept within lo to hi."""
    placed: dict[int, list[tuple[int, str]]] = {}
    for i, col, cell in cells:
        t = min(hi - 1, max(lo, i - round(slope * col)))
        placed.setdefault(t, []).append((col, cell))
    out = []
    for t in range(lo, hi):
        row = ""
        for col, cell in sorted(placed.get(t, [])):
            row = row + " " * max(2 if row else 0, col - len(row)) + cell
        out.append(row)
    return out


def _ls_slope(groups: list[list[tuple[int, int]]]) -> tuple[float, int]:
    """Least-squares drift per column over the groups (each centred on its own line), and the
    number of labels it rests on."""
    num = den = 0.0
    n = 0
    for hits in groups:
        if len(hits) < 2:
            continue
        mi = sum(h[0] for h in hits) / len(hits)
        mc = sum(h[1] for h in hits) / len(hits)
        num += sum((h[1] - mc) * (h[0] - mi) for h in hits)
        den += sum((h[1] - mc) ** 2 for h in hits)
        n += len(hits)
    return (num / den if den else 0.0), n


def _label_lines(lines: list[str]) -> list[list[tuple[int, int]]]:
    """(grid line, column) of the labels found of each printed line of ``_ONE_LINE``, each looked
    for no further than the next one's heading (Table II's headings are not Table I's)."""
    locs = []
    for locator, _before, _after, _labels in _ONE_LINE:
        found = _first(lines, locator, 0, len(lines))
        locs.append(found[0] if found else None)
    groups: list[list[tuple[int, int]]] = []
    for (_locator, before, after, labels), loc in zip(_ONE_LINE, locs, strict=True):
        if loc is None:
            continue
        stop = min([loc + after + 1] + [x for x in locs if x is not None and x > loc])
        hits = []
        for pat in labels:
            near = _first(lines, pat, loc + before, stop)
            if near:
                hits.append(near)
        groups.append(hits)
    return groups


def tilt_slope(lines: list[str]) -> float:
    """Grid lines of drift per column the form's one-line labels show, 0.0 for a level page.

    One least-squares line through all labels found, each printed line at its own height; a
    label more than ``_MAX_OFF`` grid lines off it (a wrapped label, a misread matching another
    line) is dropped and the line fitted again. It counts when it rests on at least
    ``_MIN_LABELS`` labels and drifts at least ``_MIN_DRIFT`` lines over 150 columns.
    """
    groups = [g for g in _label_lines(lines) if len(g) >= 2]
    slope, _n = _ls_slope(groups)
    kept = []
    for hits in groups:
        mi = sum(h[0] for h in hits) / len(hits)
        mc = sum(h[1] for h in hits) / len(hits)
        kept.append([h for h in hits if abs(h[0] - mi - slope * (h[1] - mc)) <= _MAX_OFF])
    slope, n = _ls_slope(kept)
    if n < _MIN_LABELS or abs(slope) * 150 < _MIN_DRIFT:
        return 0.0
    return slope
