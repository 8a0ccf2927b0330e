"""Read a Form 3/4/5 from a PDF: the text layer with word positions, or OCR of a scan.

Flat text loses the table geometry; word positions keep it. Words are grouped into lines
by their vertical position and into cells by the horizontal gaps between them, and each
cell keeps its x position (in character widths), so the text decoder can tell columns
apart (a footnote marker in the "Date Exercisable" column is not the amount's marker).

A PDF without a text layer (a scan) is rendered with pypdfium2 and read by Tesseract
(``pytesseract``), which also gives word boxes.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from section16.errors import MissingDependency, ReadError
from section16.model import OwnershipDocument
from section16.readers.text import Line, read_cells

__all__ = ["read_pdf", "words_to_lines"]

MAX_PAGES = 20
"""Forms 3/4/5 are a few pages; more than this is not an ownership form."""

MIN_WORDS = 25
"""A page set with fewer words than this in its text layer is treated as a scan."""

OCR_DPI = 300


def words_to_lines(
    words: Iterable[dict[str, Any]],
    *,
    char_width: float | None = None,
    rules: list[tuple[float, float, float]] | None = None,
    left: float | None = None,
) -> list[Line]:
    """Group positioned words (``text``, ``x0``, ``x1``, ``top``, ``bottom``) into lines of cells.

    A gap wider than about two character widths starts a new cell, and so does a vertical
    table rule between two words however close they sit (``rules``: ``(x, top, bottom)``
    of the page's vertical lines), so a footnote mark in the next column does not stick to
    a right-aligned amount. Cell offsets are in character widths from the left margin, like
    the columns of ``pdftotext -layout``.
    """
    ws = [w for w in words if str(w.get("text", "")).strip()]
    if not ws:
        return []
    if char_width is None:
        widths = [(w["x1"] - w["x0"]) / max(1, len(w["text"])) for w in ws if len(w["text"]) >= 3]
        char_width = statistics.median(widths) if widths else 5.0
    char_width = max(char_width, 0.5)
    rows: list[list[dict[str, Any]]] = []
    if all("line" in w for w in ws):
        # OCR: Tesseract's own line segmentation beats grouping by box tops, which vary
        # with quotes, checkbox glyphs and a slight tilt
        by_line: dict[Any, list[dict[str, Any]]] = {}
        for w in ws:
            by_line.setdefault(w["line"], []).append(w)
        rows = sorted(by_line.values(), key=lambda r: statistics.median(w["bottom"] for w in r))
    else:
        ws.sort(key=lambda w: (w["top"], w["x0"]))
        for w in ws:
            h = max(1.0, w["bottom"] - w["top"])
            if rows and abs(rows[-1][0]["top"] - w["top"]) < 0.45 * h:
                rows[-1].append(w)
            else:
                rows.append([w])
    if left is None:
        left = min(w["x0"] for w in ws)
    lines: list[Line] = []
    prev_bottom = None
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        top = row[0]["top"]
        if prev_bottom is not None and top - prev_bottom > 1.6 * (row[0]["bottom"] - row[0]["top"]):
            lines.append(Line([""], [0]))  # keep paragraph breaks
        prev_bottom = max(w["bottom"] for w in row)
        cells: list[str] = []
        offsets: list[int] = []
        last_x1 = None
        mid = (row[0]["top"] + row[0]["bottom"]) / 2
        row_rules = [x for x, top, bottom in rules or () if top <= mid <= bottom]
        for w in row:
            ruled = last_x1 is not None and any(last_x1 - 0.5 <= x <= w["x0"] + 0.5 for x in row_rules)
            if last_x1 is not None and w["x0"] - last_x1 <= 1.8 * char_width and not ruled:
                cells[-1] += " " + w["text"]
            else:
                cells.append(w["text"])
                offsets.append(int(round((w["x0"] - left) / char_width)))
            last_x1 = w["x1"]
        lines.append(Line(cells, offsets, looked=tuple(w["text"] for w in row if w.get("second_look"))))
    return lines


def clean_scan(img: Any, rules: list[tuple[float, float, float]] | None = None) -> Any:
    """Straighten a tilted scan and clear its speckle before the rules go and OCR runs.

    A tilt of one degree puts the ends of a page-wide line 50 pixels apart, and Tesseract
    (reading the page as one block) then returns almost nothing; isolated dark specks read
    as letters. The tilt is the angle whose row profile of ink is sharpest. A noisy scan's
    rules go here (see `remove_rules`); its vertical ones are added to ``rules``.
    """
    import numpy as np
    from PIL import Image, ImageFilter

    small = img.resize((max(1, img.width // 4), max(1, img.height // 4)), Image.BILINEAR)

    def sharpness(angle: float) -> float:
        rotated = small.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
        return float(np.var((np.asarray(rotated) < 160).sum(axis=1)))

    best = max((a / 2 for a in range(-6, 7)), key=sharpness)
    best = max((best + a / 10 for a in range(-4, 5)), key=sharpness)
    if abs(best) >= 0.2:
        img = img.rotate(best, resample=Image.BICUBIC, fillcolor=255)
    dark = np.asarray(img) < 160
    if dark.any():
        padded = np.pad(dark, 1)
        neighbours = sum(
            padded[1 + dy : padded.shape[0] - 1 + dy, 1 + dx : padded.shape[1] - 1 + dx]
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            if dy or dx
        )
        isolated = (dark & (neighbours <= 2)).sum() / dark.sum()
        if isolated > 0.003:  # measured: clean 300-dpi scans 0.0005, speckled ones 0.008
            # a noisy scan: small median before the rules go (their runs stay whole), a
            # larger one after (measured on the degraded corpus scans: twice the dates and
            # amounts read than with either alone)
            img = remove_rules(img.filter(ImageFilter.MedianFilter(3)), fringe=True, found=rules)
            img = img.filter(ImageFilter.MedianFilter(5))
    return img


BLUR_GAMMA = 0.7
"""Below 1 lightens a blurred page's grey. Measured on the degraded scans (bench_scan, 16 tuning
documents): 0.7 reads most (0.8 less, 0.5-0.6 no more); above 1 (darker) reads far less."""


def _thin_blurred_ink(img: Any) -> Any:
    """Lighten a blurred scan's mid-greys, so the ink Tesseract binarizes keeps to the strokes' cores.

    Blur spreads each stroke into a grey band; binarized whole, neighbouring strokes merge
    ('e' closes, '(2)' becomes a blot) and table rules' ghosts read as letters ('OD' for 'D').
    Black stays black and white stays white.
    """
    return img.point([round(255 * (p / 255) ** BLUR_GAMMA) for p in range(256)])


@contextmanager
def _single_threaded_tesseract() -> Iterator[None]:
    """Run Tesseract with one OpenMP thread unless the caller chose otherwise."""
    chosen = "OMP_THREAD_LIMIT" in os.environ
    if not chosen:
        os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if not chosen:
            os.environ.pop("OMP_THREAD_LIMIT", None)


def remove_rules(
    img: Any, *, min_fraction: float = 0.04, fringe: bool = False, found: list[tuple[float, float, float]] | None = None
) -> Any:
    """Whiten the long horizontal and vertical dark runs (table rules) of a grayscale page.

    Next to a rule Tesseract drops the one-letter cells of the tables (code, A/D, D/I) and
    short prices; with the rules gone it reads them. ``fringe``: a blurred scan's rule is a
    dark core in a grey band; left behind, the band reads as '- _ +' under each row, so its
    light pixels four rows either side go too (on a sharp page they are the edges of letters
    near the rule, which Tesseract needs). ``found``: the vertical rules whitened are added
    to it as ``(x, top, bottom)`` in pixels, the table's column borders a text layer would give.
    """
    import numpy as np  # a dependency of pandas and pypdfium2's PIL path
    from PIL import Image

    a = np.asarray(img)
    dark = a < 160
    out = a.copy()
    h, w = dark.shape
    runs: list[tuple[int, int, int]] = []
    # a vertical rule must be longer than the tallest letter (the 'FORM 4' heading)
    for axis, length in ((1, max(40, int(w * min_fraction))), (0, max(40, int(h * min_fraction * 1.25)))):
        lines = dark if axis == 1 else dark.T
        target = out if axis == 1 else out.T
        for k in np.nonzero(lines.sum(axis=1) >= length)[0]:
            edges = np.diff(np.concatenate(([0], lines[k].astype(np.int8), [0])))
            for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0], strict=True):
                if e - s >= length:
                    target[k, s:e] = 255
                    if axis == 0:
                        runs.append((int(k), int(s), int(e)))
                    for j in range(k - 4, k + 5) if fringe else ():
                        if 0 <= j < target.shape[0]:
                            band = target[j, s:e]
                            band[band >= 160] = 255
    if found is not None:
        found.extend(_merge_runs(runs))
    return Image.fromarray(out)


def _merge_runs(runs: list[tuple[int, int, int]]) -> list[tuple[float, float, float]]:
    """One ``(x, top, bottom)`` per rule from its pixel columns (a printed rule is a few pixels wide)."""
    rules: list[list[float]] = []  # x0, x1, top, bottom
    for x, top, bottom in sorted(runs):
        r = next((r for r in reversed(rules) if x - r[1] <= 2 and top < r[3] and bottom > r[2]), None)
        if r is None:
            rules.append([x, x, top, bottom])
        else:
            r[1], r[2], r[3] = x, min(r[2], top), max(r[3], bottom)
    return [((x0 + x1) / 2, top, bottom) for x0, x1, top, bottom in rules]


_BOX_LABEL = re.compile(r"^(Director|Officer|Other|10%|Form)$", re.I)
_EMPTY_BOX = re.compile(r"^(L\]|LJ|\[1|\[l|_\]|\[\]|\[|\]|\|_\||□|☐)$")
_CHECKED_BOX = re.compile(r"^\[?[Xx]{1,2}\]?[.,;:]?$")
_GARBLED_TAIL = re.compile(r"^([A-Za-z]|\$?\d[\d,]*(?:\.\d+)?)[^\s(]{0,2}\)$")
_GARBLED_MARK = re.compile(r"^(\$?\d[\d,]*(?:\.\d+)?|[A-Za-z]{2,})[©®°™?”“’\"]{1,2}$")
_SIGNED = re.compile(r"^[Il|/\\\[][s$][!/|lI1\])]$")
_SIGNED_BLURRED = re.compile(r"^[Il1i|/\\\[][s$][!/|lI1i\])]/?$")
"""A blurred scan's ``/s/``: ``isi``, ``Isi/``, ``/si``, ``1s!`` (taken only before a capitalized name)."""
_ADDRESS_LABELS = (("Last", "First", "Middle"), ("Street",), ("City", "State", "Zip"))
_LABEL_GLYPHS = str.maketrans("2105", "ZIOS")


def fix_ocr_words(words: list[dict[str, Any]]) -> None:
    """Undo Tesseract's usual misreadings of the printed form, in place.

    ``Person”`` is ``Person*``; ``5:`` starting a box label is ``5.``; ``Is!`` is ``/s/``;
    ``Table |``/``Table Il`` are Tables I and II; ``Xx`` before a box label is a checked
    box and ``L]``/``[1`` an empty one.
    """
    by_line: dict[Any, list[dict[str, Any]]] = {}
    for w in words:
        by_line.setdefault(w.get("line"), []).append(w)
    drop: set[int] = set()
    for line in by_line.values():
        line.sort(key=lambda w: w["x0"])
        for k, w in enumerate(line):
            t = w["text"]
            nxt = line[k + 1]["text"] if k + 1 < len(line) else ""
            prev = line[k - 1]["text"] if k > 0 else ""
            if re.fullmatch(r"Person[”“\"'’]+", t):
                w["text"] = "Person*"
            elif re.fullmatch(r"[1-7][:;]", t) and nxt[:1].isupper():
                w["text"] = t[0] + "."
            elif _SIGNED.match(t) or (_SIGNED_BLURRED.match(t) and nxt[:1].isupper()):
                w["text"] = "/s/"
            elif t == "|." and prev[:1].isupper():
                w["text"] = "I."  # a middle initial: 'Michael |. McCabe'
            elif t in {"li", "ll"} and len(prev) >= 2 and prev.isalpha() and prev.isupper():
                w["text"] = "II"  # 'SVF li Holdings': a fund's numeral after a capitalized name
            elif prev == "Table" and t in {"|", "l", "1", "!"}:
                w["text"] = "I"
            elif prev == "Table" and t in {"Il", "ll", "|l", "I|", "||", "11", "l|", "1l", "Il-"}:
                w["text"] = "II"
            elif t == "Il":
                w["text"] = "II"
            elif _BOX_LABEL.match(nxt) and _CHECKED_BOX.match(t):
                w["text"] = "X"
            elif _BOX_LABEL.match(nxt) and _EMPTY_BOX.match(t):
                drop.add(id(w))
    for line in by_line.values():
        _fix_address_labels(line)
    for line in by_line.values():
        # the large 'FORM 4' heading is often read letter-spaced: 'F O RM'
        for k in range(len(line)):
            for n in (2, 3, 4):
                part = line[k : k + n]
                if len(part) == n and "".join(w["text"] for w in part).upper() == "FORM":
                    part[0]["text"] = "FORM"
                    part[0]["x1"] = part[-1]["x1"]
                    drop.update(id(w) for w in part[1:])
                    break
    for line in by_line.values():
        # superscript footnote marks glued to a value come out garbled ('FO)' for 'F(1)',
        # '$08)' for '$0(3)', '1,138,960?)'); on a table row the value is kept, the mark dropped
        if sum(1 for w in line if re.search(r"\d[\d,./]*\d|\$\d", w["text"])) < 2:
            continue
        opened = False
        for k, w in enumerate(line):
            t = w["text"]
            after = [x["text"] for x in line[k + 1 : k + 3]]
            amount_follows = len(after) == 2 and bool(re.fullmatch(r"\d[\d,]*(?:\.\d+)?", after[0]))
            if t in {"5", "§"} and amount_follows and after[1] in {"A", "D"}:
                w["text"] = "S"  # code S read as 5: an amount and its (A)/(D) follow
                continue
            if t in {"|", "l"} and w is not line[0]:
                w["text"] = "I"  # the ownership column's 'I' (indirect)
                continue
            if "(" in t:
                opened = ")" not in t.split("(")[-1]
                continue
            m = _GARBLED_TAIL.match(t)
            if t.endswith(")") and not opened and m:
                value = m.group(1).upper() if m.group(1).isalpha() else m.group(1)
                if re.fullmatch(r"\$?0\d", value):
                    value = value[:-1]  # '$08)': no price is written '$08'; the 8 is the mark's '(3'
                w["text"] = value
            elif t.endswith(")") and not opened and re.fullmatch(r"[^\w\s]\)|\d?[^\w\s]\)", t):
                drop.add(id(w))
            elif re.fullmatch(r"[A-Z][a-z]?[)}\]|©®?]{1,2}", t) and not opened:
                w["text"] = t[0]  # 'Ss}' for 'S(3)': a code letter and its garbled mark
            elif re.fullmatch(r"[$s][oO][™”“\"’]{1,2}", t) and not opened:
                w["text"] = "$0"  # 'so”', '$o™': a blurred '$0(3)'
            elif (m2 := _GARBLED_MARK.match(t)) and not opened:
                w["text"] = m2.group(1)  # '$153.872©', 'Trust®': a mark read as a symbol
        for w in line:
            if re.fullmatch(r"\([^\d\s()]\)", w["text"]):
                drop.add(id(w))  # '(”)': a footnote mark whose digit is unreadable
    if drop:
        words[:] = [w for w in words if id(w) not in drop]


def _fix_address_labels(line: list[dict[str, Any]]) -> None:
    """Restore box 1's garbled '(First) (Middle)' / '(City) (Zip)' labels on a line that shows another.

    A blurred scan reads them '(Fest) (Madde)', '(Cay) (21p)'; unrecognized, the text reader
    takes them for the first words of the street. Only on a line holding one of the labels
    exactly (or two parenthesized words that fit the same set), and only a parenthesized
    word with the label's initial that is at least half like it.
    """
    import difflib

    def label(t: str) -> str | None:
        m = re.fullmatch(r"\(([A-Za-z0-9]{2,8})\)", t)
        return m.group(1).translate(_LABEL_GLYPHS).capitalize() if m else None

    read = [label(w["text"]) for w in line]
    for group in _ADDRESS_LABELS:
        exact = sum(1 for r in read if r in group)
        near = [k for k, r in enumerate(read) if r and r not in group and any(
            r[0] == g[0] and difflib.SequenceMatcher(None, r.lower(), g.lower()).ratio() >= 0.5 for g in group)]
        if not near or exact + len(near) < 2 or exact + len(near) > len(group):
            continue
        for k, r in enumerate(read):
            if r in group:
                line[k]["text"] = f"({r})"  # '(21p)' is '(Zip)'
        for k in near:
            r = read[k] or ""
            best = max((g for g in group if g[0] == r[0] and g not in read),
                       key=lambda g: difflib.SequenceMatcher(None, r.lower(), g.lower()).ratio(), default=None)
            if best:
                line[k]["text"] = f"({best})"
                read[k] = best


def _words_by_line(words: list[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    """A page's OCR words grouped by Tesseract's own line (its ``line`` key), each left to right."""
    by_line: dict[Any, list[dict[str, Any]]] = {}
    for w in words:
        by_line.setdefault(w.get("line"), []).append(w)
    for line in by_line.values():
        line.sort(key=lambda w: w["x0"])
    return by_line


_BOXED_LABEL = re.compile(r"^(Director|Officer|Other|10%|Form)$", re.I)


def read_checkboxes(img: Any, words: list[dict[str, Any]]) -> None:
    """Read the printed check boxes left of the box-5/box-6 labels from the image itself.

    Tesseract drops the first box of a line or reads an empty one as ``C1``; the square is
    plain in the pixels. A box with ink inside becomes an ``X`` word before its label, an
    empty one removes whatever Tesseract made of it.
    """
    import numpy as np

    a = np.asarray(img)
    hh, ww = a.shape
    dark = a < 140
    add: list[dict[str, Any]] = []
    drop: set[int] = set()
    for line in _words_by_line(words).values():
        for k, w in enumerate(line):
            if not _BOXED_LABEL.match(w["text"]):
                continue
            h = max(8, int(w["bottom"] - w["top"]))
            x1 = int(w["x0"]) - 1
            x0 = max(0, x1 - int(1.9 * h))
            y0, y1 = max(0, int(w["top"] - 0.4 * h)), min(hh, int(w["bottom"] + 0.4 * h))
            region = dark[y0:y1, x0:x1].copy()
            if region.size == 0:
                continue
            # ink of other label words in the window is not the box
            for o in line:
                if o is not w and len(o["text"]) >= 3 and o["text"].isalpha():
                    ox0, ox1 = max(x0, int(o["x0"])), min(x1, int(o["x1"]))
                    if ox0 < ox1:
                        region[:, ox0 - x0 : ox1 - x0] = False
            rows = np.nonzero(region.sum(axis=1) >= max(3, region.shape[1] // 8))[0]
            cols = np.nonzero(region.sum(axis=0) >= max(3, region.shape[0] // 8))[0]
            if len(rows) < 2 or len(cols) < 2:
                continue
            top, bottom, left, right = rows[0], rows[-1], cols[0], cols[-1]
            bh, bw = bottom - top + 1, right - left + 1
            if not (0.5 * h <= bh <= 1.6 * h and 0.5 * h <= bw <= 1.6 * h and 0.7 <= bh / bw <= 1.4):
                continue
            box = region[top : bottom + 1, left : right + 1]
            t = 3  # a border a few pixels thick, anti-aliased at its edge
            edges = [box[:t, :].max(axis=0).mean(), box[-t:, :].max(axis=0).mean(),
                     box[:, :t].max(axis=1).mean(), box[:, -t:].max(axis=1).mean()]
            if min(edges) < 0.6:
                continue  # not a square outline
            m = max(2, int(0.22 * min(bh, bw)))
            inner = box[m:-m, m:-m]
            checked = inner.size > 0 and inner.mean() > 0.06
            bx0, bx1 = x0 + left, x0 + right
            for o in line[:k]:
                if o["x1"] > bx0 - 2 and o["x0"] < bx1 + 2:
                    drop.add(id(o))  # Tesseract's reading of the box itself
            if checked:
                add.append({"text": "X", "x0": float(bx0), "x1": float(bx1), "top": w["top"], "bottom": w["bottom"],
                            "line": w.get("line")})
    if drop or add:
        words[:] = [w for w in words if id(w) not in drop] + add


_SECOND_READ = re.compile(r"^(?:[A-Z]|\(\d{1,2}\))$")
"""What a second look may add to a table row: a one-letter cell (code, A/D, D/I, V) or a marker."""
_DATA_WORD = re.compile(r"\d")
_SMEARED_LETTER = re.compile(r"^(?!II$)([A-Za-z])(?:[A-Z0]|(?i:\1)|[^\w\s(]{1,2})$")
"""A one-letter cell read with its raised mark as a symbol or a second letter ('p®', 'p@', 'AM', 'Ss'
for P(1), D(1), A(1), S(1)): neither the letter nor the mark is sure."""
MIN_TABLE_RULES = 6
"""A line crossed by fewer vertical rules than this is not a table row (the header boxes have a few)."""


def second_look(img: Any, words: list[dict[str, Any]], rules: list[tuple[float, float, float]]) -> None:
    """Read again, cropped from their row and enlarged, the parts of table rows Tesseract lost.

    Reading a whole page, Tesseract drops one-letter cells (code, A/D, D/I), the lone markers
    of date columns and the raised ``(n)`` after a value (or garbles it); alone and three
    times larger the same ink reads. Looked at, on lines crossed by the table's rules: on a
    data row (a digit in it), a cell between two rules that holds ink but no word (an empty
    cell is never looked at, so never given a letter); on any, a title's wrapped line too, the
    raised ink at a word's right end (columns whose ink ends well above the word's baseline).
    A cell's read is kept only when it is a capital letter or a marker, a raised mark's only
    when it is a marker, and either only when reads at two sizes agree. What is added is placed
    where its ink is, marked ``second_look``.
    """
    import numpy as np

    if not rules:
        return
    a = np.asarray(img)
    hh, ww = a.shape
    dark = a < 160
    Box = tuple[int, int, int, int]
    looks: list[tuple[Box, Any, dict[str, Any] | None, Box, str]] = []  # crop, line, word, ink, what
    for key, line in _words_by_line(words).items():
        top = int(statistics.median(w["top"] for w in line))
        bottom = int(statistics.median(w["bottom"] for w in line))
        h = max(8, bottom - top)
        mid = (top + bottom) / 2
        xs = sorted(x for x, t, b in rules if t <= mid <= b)
        if len(xs) < MIN_TABLE_RULES:
            continue
        y0, y1 = max(0, top - h // 4), min(hh, bottom + h // 6)
        inset = max(4, h // 5)  # what the whitened rule's edge leaves behind
        m = h // 3
        if any(_DATA_WORD.search(w["text"]) for w in line):
            for w in line:
                if w["text"] == "()":  # a lone marker whose digit the page read lost: read it alone
                    box = (int(w["x0"]), int(w["top"]), int(w["x1"]), int(w["bottom"]))
                    looks.append(((max(0, box[0] - m), max(0, box[1] - m), min(ww, box[2] + m),
                                   min(hh, box[3] + m)), key, w, box, "empty marker"))
            for left, right in zip(xs, xs[1:], strict=False):
                x0, x1 = int(left) + inset, int(right) - inset
                if x1 - x0 < h // 2:
                    continue
                if any(w["x1"] > x0 and w["x0"] < x1 and w["bottom"] > y0 and w["top"] < y1 for w in words):
                    continue
                cell = dark[y0:y1, x0:x1]
                if int(cell.sum()) < max(40, h * h // 25):
                    continue  # no ink: an empty cell stays empty
                cols = np.nonzero(cell.any(axis=0))[0]
                rows = np.nonzero(cell.any(axis=1))[0]
                if rows[-1] - rows[0] + 1 < h // 2 or cols[-1] - cols[0] + 1 < h // 6:
                    continue  # smaller than a capital letter: a speck or a rule's remnant, not a cell's value
                box = (x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1)
                looks.append(((max(0, box[0] - m), max(0, box[1] - m), min(ww, box[2] + m), min(hh, box[3] + m)),
                              key, None, box, "cell"))
        for k, w in enumerate(line):
            right = next((int(x) - inset for x in xs if x > w["x1"]), ww)
            if k + 1 < len(line):
                right = min(right, int(line[k + 1]["x0"]) - 2)
            xa, xb = int(w["x0"]), max(int(w["x1"]), min(right, int(w["x1"]) + h))
            region = dark[y0:y1, xa:xb]
            inked = region.any(axis=0)
            if inked.sum() < 4:
                continue
            # each column's lowest ink: the word's letters stand on its baseline, a superscript
            # ends well above it
            lowest = np.where(inked, region.shape[0] - 1 - np.argmax(region[::-1], axis=0), -1)
            inked_cols = np.nonzero(inked)[0]
            # the value's first glyph stands on the baseline with its outer columns; a letter's
            # inner ones end higher (A's crossbar, P's bowl, F's arm), so a percentile of them
            # alone can put the baseline level with a raised mark's foot ('A(1)')
            first = inked_cols[inked_cols < inked_cols[0] + h // 2]
            baseline = max(float(np.percentile(lowest[inked], 75)), float(lowest[first].max()))
            e = int(inked_cols[-1])
            st = e
            while st > 0 and lowest[st - 1] < baseline - h / 5:
                st -= 1  # back over the raised columns (and blanks) to the value's last letter
            while 0 < st <= e and inked[st] and inked[st - 1]:
                st += 1  # the rest of that letter, joined to it (P's bowl, F's arm, 4's bar), is not the mark
            while st <= e and not inked[st]:
                st += 1
            if e - st + 1 < h // 4 or int(region[:, st : e + 1].sum()) < h * h // 40:
                continue
            base = y0 + int(baseline - h / 5)
            box = (xa + st, y0, xa + e + 1, base)
            # from the mark's first column: a sliver of the value's last digit reads as a letter
            crop = (box[0], max(0, y0 - m // 2), min(ww, box[2] + m // 2), min(hh, base + m // 3))
            looks.append((crop, key, w, box, "mark"))
            if _SMEARED_LETTER.match(w["text"]) and st > 0:
                # 'p®' for P(1) or D(1): the page read garbled the letter with its mark; the letter's
                # ink left of the mark is read alone too, and the mark kept only if the letter reads
                letter = region[:, :st]
                lc, lr = np.nonzero(letter.any(axis=0))[0], np.nonzero(letter.any(axis=1))[0]
                if len(lc) and len(lr):
                    ink = (xa + int(lc[0]), y0 + int(lr[0]), xa + int(lc[-1]) + 1, y0 + int(lr[-1]) + 1)
                    looks.append(((max(0, ink[0] - m), max(0, ink[1] - m), min(ww, ink[2] + m, xa + st),
                                   min(hh, ink[3] + m)), key, w, ink, "letter"))
    if not looks:
        return
    crops = [box for box, *_ in looks]
    # read at two sizes: a small mark misread ('(8)' for '(5)') seldom reads the same wrong way twice
    reads = [(r3.strip().strip(".,'‘’`"), r4.strip().strip(".,'‘’`"))
             for r3, r4 in zip(_read_crops(img, crops, 3), _read_crops(img, crops, 4), strict=True)]
    add: list[dict[str, Any]] = []
    singles = [k for k, look in enumerate(looks) if look[4] == "letter"]
    letters = {}
    for k, r3, r4 in zip(singles, _read_letters(img, [crops[k] for k in singles], 3),
                         _read_letters(img, [crops[k] for k in singles], 4), strict=True):
        r3, r4 = _ONE_CASE.get(r3, r3), _ONE_CASE.get(r4, r4)
        if r3 == r4 and re.fullmatch(r"[A-Z]", r3):
            letters[id(looks[k][2])] = r3
    for (_crop, key, w, box, what), (text, again) in zip(looks, reads, strict=True):
        if text != again or what == "letter":
            continue
        if what == "empty marker":
            if re.fullmatch(r"\(\d{1,2}\)", text) and w is not None:
                w["text"], w["second_look"] = text, True
            continue
        if w is None:
            if _SECOND_READ.match(text):
                add.append({"text": text, "x0": box[0], "x1": box[2], "top": box[1], "bottom": box[3],
                            "line": key, "second_look": True})
            continue
        mk = re.fullmatch(r"\((\d{1,2})\)", text.replace(" ", ""))
        if mk and _SMEARED_LETTER.match(w["text"]):
            if id(w) not in letters:
                continue  # the letter unread: a mark between it and the amount would only hide it
            w["text"], w["second_look"] = letters[id(w)], True
        if mk and _GROUP_TOO_LONG.match(w["text"]):
            # '14,7189' with a raised '(1)' read after it: no amount groups four digits, the last
            # is the mark's ink the page read as a digit (the amount is then a second look's)
            w["text"], w["second_look"] = w["text"][:-1], True
        if mk and not re.search(r"\(\d{1,2}\)$", w["text"]):
            x0 = int(w["x1"]) + 1  # right after its value, in the same cell
            add.append({"text": f"({mk.group(1)})", "x0": x0, "x1": max(box[2], x0 + 1), "top": box[1],
                        "bottom": box[3], "line": key, "second_look": True})
    words.extend(add)


_GROUP_TOO_LONG = re.compile(r"^\d{1,3}(?:,\d{3})*,\d{4}$")
"""An amount whose last thousands group has four digits: one is a glued mark's."""
_ONE_CASE = {c: c.upper() for c in "copsvwxz"}
"""Letters whose small form is their capital made smaller: alone in a crop, the case does not show."""


def _read_letters(img: Any, boxes: list[tuple[int, int, int, int]], scale: int) -> list[str]:
    """Each crop of ``img``, enlarged, read alone as one character (Tesseract's ``--psm 10``).

    No whitelist: with one, Tesseract names a letter for any ink; without, a blot reads as a
    symbol and is refused."""
    import pytesseract
    from PIL import Image

    out = []
    for b in boxes:
        c = img.crop(b)
        c = c.resize((max(1, c.width * scale), max(1, c.height * scale)), Image.LANCZOS)
        sheet = Image.new("L", (c.width + 120, c.height + 120), 255)
        sheet.paste(c, (60, 60))
        out.append(pytesseract.image_to_string(sheet, config="--psm 10").strip())
    return out


def _read_crops(img: Any, boxes: list[tuple[int, int, int, int]], scale: int = 3) -> list[str]:
    """The text of each crop of ``img``, enlarged, read in one Tesseract run (one crop a line)."""
    import pytesseract
    from PIL import Image

    crops = [img.crop(b) for b in boxes]
    crops = [c.resize((max(1, c.width * scale), max(1, c.height * scale)), Image.LANCZOS) for c in crops]
    gap = 60
    width = max(c.width for c in crops) + 2 * gap
    height = sum(c.height for c in crops) + gap * (len(crops) + 1)
    sheet = Image.new("L", (width, height), 255)
    spans = []
    y = gap
    for c in crops:
        sheet.paste(c, (gap, y))
        spans.append((y, y + c.height))
        y += c.height + gap
    d = pytesseract.image_to_data(sheet, config="--psm 6", output_type=pytesseract.Output.DICT)
    parts: list[list[tuple[int, str]]] = [[] for _ in crops]
    for j, t in enumerate(d["text"]):
        if not t or not t.strip() or float(d["conf"][j]) < 0:
            continue
        cy = d["top"][j] + d["height"][j] / 2
        k = next((k for k, (s, e) in enumerate(spans) if s - gap / 2 <= cy < e + gap / 2), None)
        if k is not None:
            parts[k].append((d["left"][j], t))
    return [" ".join(t for _x, t in sorted(p)) for p in parts]


def _declares_encryption(data: bytes) -> bool:
    """True when the trailer names an /Encrypt dictionary (pdfminer hides why it failed)."""
    tail = data[-4096:]
    return b"/Encrypt" in tail or (b"/Encrypt" in data[:200_000] and b"/Filter /Standard" in data[:200_000])


def _open(data: bytes, name: str) -> Any:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        kind = type(exc).__name__
        chain = f"{kind} {exc!r} {exc.__cause__!r} {exc.__context__!r}"
        if "Password" in chain or "ncrypt" in chain or _declares_encryption(data):
            raise ReadError("PDF is encrypted (password protected); save an unprotected copy", source=name) from exc
        raise ReadError(f"cannot read PDF ({kind}: {str(exc)[:80] or 'corrupt file'})", source=name) from exc
    return pdf


def _text_layer(pdf: Any, name: str) -> tuple[list[list[dict[str, Any]]], list[list[tuple[float, float, float]]]]:
    """Words of each page, and the page's vertical rules (the table's column borders)."""
    pages, rules = [], []
    try:
        for page in pdf.pages[:MAX_PAGES]:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"])
            # running headers/footers a browser prints (date, URL, page n/m) are not the form
            words = [w for w in words if w["top"] > 12 and w["bottom"] < page.height - 12]
            pages.append(words)
            rules.append([
                (float(e["x0"]), float(e["top"]), float(e["bottom"]))
                for e in page.edges
                if e.get("orientation") == "v" and e["bottom"] - e["top"] >= 4
            ])
    except Exception as exc:
        raise ReadError(f"cannot read PDF text ({type(exc).__name__}: {str(exc)[:80]})", source=name) from exc
    return pages, rules


def _ocr_pages(
    data: bytes, name: str
) -> tuple[list[list[dict[str, Any]]], list[list[tuple[float, float, float]]]]:
    """Render each page with pypdfium2 and read it with Tesseract (word boxes); with each page,
    the vertical table rules found while whitening them (in the word boxes' pixels)."""
    if not shutil.which("tesseract"):
        raise MissingDependency(
            "scanned PDF needs OCR: apt-get install tesseract-ocr, then pip install section16[ocr]", source=name
        )
    try:
        import pytesseract
    except ImportError as exc:
        raise MissingDependency("scanned PDF needs OCR: pip install section16[ocr] (pytesseract)", source=name) from exc
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except Exception as exc:
        raise ReadError(f"cannot render PDF for OCR ({exc})", source=name) from exc
    images, rules, looks = [], [], []
    try:
        for i, page in enumerate(doc):
            if i >= MAX_PAGES:
                break
            found: list[tuple[float, float, float]] = []
            img = clean_scan(page.render(scale=OCR_DPI / 72).to_pil().convert("L"), found)
            # clean_scan takes the rules of a speckled, blurred scan (only of one): there small
            # marks read alone were misread (measured on the degraded scans: 2 of 17 markers
            # wrong, silent errors in rows), so the second look is for sharp scans only
            looks.append(not found)
            images.append(remove_rules(img, found=found))
            rules.append(found)
    finally:
        doc.close()

    def read_page(i: int) -> list[dict[str, Any]]:
        # a speckled (blurred) page is read lightened; its check boxes from the page as cleaned
        page = images[i] if looks[i] else _thin_blurred_ink(images[i])
        d = pytesseract.image_to_data(page, config="--psm 6", output_type=pytesseract.Output.DICT)
        words = []
        for j, t in enumerate(d["text"]):
            if not t or not t.strip() or float(d["conf"][j]) < 0:
                continue
            x, y, w, h = d["left"][j], d["top"][j], d["width"][j], d["height"][j]
            line = (i, d["block_num"][j], d["par_num"][j], d["line_num"][j])
            words.append({"text": t, "x0": x, "x1": x + w, "top": y, "bottom": y + h, "line": line})
        fix_ocr_words(words)
        read_checkboxes(images[i], words)
        if looks[i]:
            second_look(images[i], words, rules[i])
        return words

    # Tesseract's OpenMP threads thrash on small machines (one thread per page is 2-3x
    # faster on two busy cores); the pages of a form are read side by side instead.
    workers = max(1, min(len(images), os.cpu_count() or 1))
    with _single_threaded_tesseract(), ThreadPoolExecutor(max_workers=workers) as ex:
        pages = list(ex.map(read_page, range(len(images))))
    return pages, rules


def read_pdf(data: bytes, *, source_name: str | None = None) -> OwnershipDocument:
    """Read a Form 3/4/5 from PDF bytes (text layer, else OCR when Tesseract is installed)."""
    name = source_name or "<pdf>"
    if not data.lstrip()[:5] == b"%PDF-":
        raise ReadError("not a PDF file (no %PDF- header)", source=name)
    pdf = _open(data, name)
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise ReadError(f"PDF has {len(pdf.pages)} pages; a Form 3/4/5 has a few", source=name)
        pages, rules = _text_layer(pdf, name)
    finally:
        pdf.close()
    fmt = "pdf"
    if sum(len(p) for p in pages) < MIN_WORDS:
        pages, rules = _ocr_pages(data, name)
        fmt = "ocr"
    # one character grid for the whole document, so a table continued on the next page
    # keeps the column offsets of its headings
    every = [w for p in pages for w in p if str(w.get("text", "")).strip()]
    widths = [(w["x1"] - w["x0"]) / len(w["text"]) for w in every if len(w["text"]) >= 3]
    char_width = statistics.median(widths) if widths else None
    left = min((w["x0"] for w in every), default=None)
    lines: list[Line] = []
    for words, page_rules in zip(pages, rules, strict=True):
        lines.extend(words_to_lines(words, rules=page_rules, char_width=char_width, left=left))
        lines.append(Line([""], [0]))
    doc = read_cells(lines, fmt=fmt, source_name=source_name)
    return doc
