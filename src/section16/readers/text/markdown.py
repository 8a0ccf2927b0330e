"""Header boxes read from raw markdown whose cells were cut at guessed column edges
(PyMuPDF4LLM): the <br>-stacked cells still show which box a value sits in."""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from section16.readers.text.labels import _ADDRESS_WORDS, _BOX5_LABEL_LINE, _STATES
from section16.readers.text.normalize import _BR, _MD_SEPARATOR, _glue, _md_head, _stack, _title_piece
from section16.readers.text.values import _DATE_FULL, _clean, _to_date

_BOX5_LABELS = (("is_director", r"di|irec|d$"), ("is_officer", r"of|o$"), ("is_ten_percent_owner", r"10"),
                ("is_other", r"ot"))


_MD_LABEL_CELL = re.compile(r"(?:X\s*)?(?:D?i(?!rect\s*(?:\(|or\s+In))(?:r|t|\b)|10%)")
"""A slice of box 5's label column: 'Director' cut anywhere ('Dir', 'irector', 'Direc'), not
'Direct (D)' of the ownership column; '10% Owner'."""


_MD_BOX5_ROW = re.compile(r"Dir(?!ect\s*(?:\(|or\s+In))|10% O|(?:<br>|\|)\s*(?:X\s*)?10%\s*(?:<br>|\|)")
"""A header row holding box 5's labels: 'Director' (not 'Direct (D)'), '10% O', or '10%' alone on a
slice ('10% Owner' cut after it; no other box prints it)."""

_BOX5_FULL = (("is_director", "director"), ("is_officer", "officer(givetitlebelow)"),
              ("is_ten_percent_owner", "10%owner"), ("is_other", "other(specifybelow)"))

# compiled once: the markdown box readers run these on every stacked line of the header rows
_OFFICER_OR_OTHER_LABEL = re.compile(r"(?:X\s*)?(?:Officer\s*\(|Other\s*\(s)")
_X_THEN_TEXT = re.compile(r"X\s*(\S.*)")
_OFFICER_LABEL_CUT = re.compile(r"(?:X\s*)?Offic|X\s*O(?:ff?i?)?$")
_EXPLANATION_LABEL = re.compile(r"Explanation of Responses", re.I)
_TITLE_OF_CELL = re.compile(r"\|\s*1\.\s*Title of")
_X_PIECES = re.compile(r"(?:^|\||<br>)\s*X\s+([^|<]+)")
_NOT_LABEL_LETTER = re.compile(r"[^A-Za-z()\s]")
_REMARKS_LABEL = re.compile(r"(?i)\bRemarks:")
_BOLD_OR_BREAK_OR_RULE = re.compile(r"\*\*[^*|<]+\*\*|<br\s*/?>|[|\s]")
_DIRECTOR_CUT = re.compile(r"D?i(?!rect\s*(?:\(|or\s+In))(?:r|t|\b)")
_TABLE_WORD_CUT = re.compile(r"T(?:a(?:b(?:le?)?)?)?")
_BOLD_TABLE_ONE = re.compile(r"\*\*Table I")
_COUNTRY_POSTAL_CELL = re.compile(r"[A-Z][0-9]\s+[0-9A-Z][0-9A-Z -]{2,10}")
"""An EDGAR country code and postal code alone in a cell ('K3 00000')."""
_CITY_LINE_END = re.compile(r"[A-Z]{2}\s*\d{5}(?:-\d{4})?$|\b[A-Z][0-9]\s+\d{4,6}$")
"""A city line ending in a whole state and ZIP, or in an EDGAR country code and a postal code."""
_COUNTRY_CODE_HEAD = re.compile(r",\s*[A-Z]$")
"""A city line ending in an EDGAR country code's first letter, cut at the cell's edge ('GRAND CAYMAN, E')."""
_COUNTRY_CODE_REST = re.compile(r"\d\s+[0-9A-Z][0-9A-Z -]{2,10}")
"""That code's rest and the postal code, opening the next cell ('9 KY1-9008')."""
_BOX5_NEXT_ROW_LABEL = re.compile(r"X\s*Offic|X\s*Oth|Officer \(|Other \(sp|X O(?=<br>|\|)")
"""Box 5's second-line labels ('X O' alone: 'Officer' cut after its first letter) opening a row."""
_SIGNATURE_LABEL = re.compile(r"(?i)Signature of Reporting")
_BOX_NUMBER = re.compile(r"\d\.\s|\d\.$")
_NOT_LABEL_CHAR = re.compile(r"[^0-9a-z%()]")
_PARENS_CHAR = re.compile(r"[()]")


@functools.lru_cache(maxsize=4096)  # (the same cut pieces come back in every rendering)
def _box5_piece_label(piece: str) -> str | None:
    """The box 5 label a piece cut out of it belongs to ('rec' of 'Director', 'ficer (gi' of
    'Officer (give title below)'), when it is a piece of that label only."""
    sq = _NOT_LABEL_CHAR.sub("", piece.casefold())
    if len(_PARENS_CHAR.sub("", sq)) < 3:
        return None
    keys = [k for k, lab in _BOX5_FULL if sq in lab]
    if not keys:
        # a letter the extractor moved elsewhere ('X Dre' of 'Director', its 'i' printed a row above)
        keys = [k for k, lab in _BOX5_FULL if any(sq == lab[i:i + len(sq) + 1][:j] + lab[i:i + len(sq) + 1][j + 1:]
                                                 for i in range(len(lab) - len(sq)) for j in range(1, len(sq)))]
    return keys[0] if len(keys) == 1 else None


_DIRECTOR_REST = re.compile(r"(?:X\s*)?(?:Di)?rec(?:t(?:or?)?)?$")
"""Director's label cut short at a column edge, maybe after its box's X ('rector', 'X Direc')."""
_OFFICER_START = re.compile(r"(?:X\s*)?Offic")


def _piece_between_director_and_officer(cell: list[str], si: int) -> str | None:
    """An 'X' beside a piece too short to name its label ('X w' of '10% Owner', cut at the column
    edge), or alone, on the slice between Director's and Officer's in one cell: box 5 prints Director
    and 10% Owner on its first line, Officer and Other on its second, so that slice is 10% Owner's."""
    before = next((x for x in reversed(cell[:si]) if x.strip()), "")
    after = next((x for x in cell[si + 1:] if x.strip()), "")
    if _DIRECTOR_REST.match(before.strip()) and _OFFICER_START.match(after.strip()):
        return "is_ten_percent_owner"
    return None


def _box_right_of_officer(above: list[str], nxt: list[str]) -> str | None:
    """An 'X' alone below the end of Officer's label in its cell ('give title below)' / 'X'), the
    next cell holding 'Other (specify below)': the box right of Officer's label is Other's."""
    last = next((x for x in reversed(above) if x.strip()), "")
    if re.search(r"title below\)$", last.strip()) and any(re.match(r"\s*Other \(spec", x) for x in nxt):
        return "is_other"
    return None


_TEN_PERCENT_LABEL = re.compile(r"10%\s*Ow")


def _groups_by_ten_percent(cell: list[str]) -> bool:
    """A cell of box 5's row stacking '10% Owner' labels and no piece of 'Director' (not its start, not
    its rest cut off by an edge): each owner's group has its '10% Owner' there, in the groups' order."""
    labels = [_X_THEN_TEXT.sub(r"\1", x) for x in cell]
    return any(_TEN_PERCENT_LABEL.match(x) for x in labels) and not any(
        _DIRECTOR_CUT.match(x) or (len(x) >= 2 and "Director".endswith(x)) for x in labels)


def _lone_x_beside_label(line: str) -> bool:
    """A header row with an 'X' alone first in a cell and, first in the next cell, a piece of one
    box 5 label only ('X' | 'rector'): box 5's row though no slice shows 'Director' or '10% O'
    (a column edge cut them: 'Di' lost, '10' left of '% Owner')."""
    if not line.startswith("|") or "X" not in line:
        return False
    cells = [_BR.split(c) for c in line.strip().strip("|").split("|")]
    for c, nxt in zip(cells, cells[1:], strict=False):
        # (first slices only: two cells' first slices are on one printed line, later ones may not be)
        lab = nxt[0].strip()
        if c[0].strip() == "X" and lab and not lab.startswith("**") and _box5_piece_label(lab):
            return True
    return False


def _table_piece(slice_: str) -> bool:
    """A slice cut out of a table's title (PyMuPDF4LLM prints it on the box 5 rows)."""
    v = slice_.strip("* ")
    return len(v) >= 5 and _title_piece(v)


def _md_box5_title(raw: list[list[str]], below_row: list[list[str]] | None = None) -> str | None:
    """The title written under 'Officer (give title below)': the bold slices on the row under
    the Officer label, read across the cells it was cut into ('Ch' | 'airman an' | 'd CEO').
    When the labels end their cell, the title opens the same column's cell of the table row
    below (``below_row``: a wider page that keeps box 5 in one column)."""
    for ci, c in enumerate(raw):
        for si, s in enumerate(c):
            t = s.replace("**", "").strip()
            if not _OFFICER_LABEL_CUT.match(t):  # (also cut: "X Off")
                continue
            def first_bold(cell: list[str], frm: int = 0) -> str:
                v = next((x.strip() for x in cell[frm:] if x.strip().startswith("**") and x.strip("* ")), "")
                return "" if not v or _table_piece(v) else v.strip("* ")

            parts: list[str] = []
            left = [x.strip() for x in raw[ci - 1] if x.strip()] if ci > 0 else []
            if any(x == "X" for x in left):
                # the box column left of the labels: the bold slice after its X (one above it is another
                # box's value cut into the column: box 2's '**Fund [ NDMO ]**')
                at_x = max(k for k, x in enumerate(raw[ci - 1]) if x.strip() == "X")
                parts.append(first_bold(raw[ci - 1], at_x + 1))
            elif left and all(x.startswith("**") for x in left) and 0 < len(first_bold(raw[ci - 1])) <= 2:
                # no box there, only the title's first letters cut off into it ('**E**' | 'xecutive Vi')
                parts.append(first_bold(raw[ci - 1]))
            below = si + 1
            while below < len(c) and (_BOX5_LABEL_LINE.match(c[below].strip()) or (
                    # 'Other (specify below)' cut at the column edge after its first letters ('Ot')
                    2 <= len(c[below].strip()) < 5 and "Other (specify below)".startswith(c[below].strip())
                    and below + 1 < len(c) and c[below + 1].strip().startswith("**"))):
                below += 1  # the labels stacked in one column: 'Other (specify below)' under 'Officer'
            v = raw[ci][below].strip() if below < len(c) else ""
            parts.append(v.strip("* ") if v.startswith("**") and not _table_piece(v) else "")
            # the title begun in the box column left of the labels, an empty slice under the label: it
            # ended there (a bold slice further right is the tables' heading, 'O' | 'wned')
            ended = bool(parts[0]) and not v and below < len(c)
            for cj in range(ci + 1, len(raw) if not ended else ci + 1):
                v = first_bold(raw[cj])
                if not v:
                    break
                heads = [x.strip().strip("* ") for x in raw[cj - 1] if x.strip().startswith("**")
                         and _table_piece(x.strip())]
                bold = [x for x in raw[cj] if x.strip().startswith("**") and x.strip("* ")]
                if heads and len(bold) == 1 and _title_piece(heads[-1] + v):
                    break  # the rest of the tables' heading cut beside the title ('... Owne' | 'd'), not the title's
                parts.append(v)
            # (a cut right after a comma fell on the space a comma is followed by: 'EVP,' | 'COO')
            title = "".join(x if not k or not parts[k - 1].endswith(",") or not x[:1].isalnum() else " " + x
                            for k, x in enumerate(parts))
            if (not title and below_row is not None and ci < len(below_row)
                    and all(not x.strip() or _BOX5_LABEL_LINE.match(x.strip()) for x in c[si:])):
                first = next((x.strip() for x in below_row[ci] if x.strip()), "")
                if re.fullmatch(r"\*\*[^*]+\*\*", first) and not _table_piece(first):
                    title = first.strip("* ")
            if title and not re.search(r"Table I|Securit", title):
                return title
            return None
    return None


def _md_group_title(raw_slice: str, label: str, col: int, title_for: tuple[int, int] | None,
                    groups: list[dict[str, bool]], cur: dict[str, bool] | None,
                    titles: dict[int, str]) -> tuple[int, int] | None:
    """One slice of box 5's label column, for the titles of several owners' groups: after the
    'Officer (give title below)' / 'Other (specify below)' label of a group, the next slice of
    that column (maybe on the next header row) that shows anything is that group's title when
    bold (a written value), else the group has none. Returns the (group, column) still waiting
    for its title."""
    v = raw_slice.strip()
    if _OFFICER_OR_OTHER_LABEL.match(label) and cur is not None:
        n = next((n for n, g in enumerate(groups) if g is cur), None)
        return None if n is None else (n, col)
    if title_for is None or title_for[1] != col or not v:
        return title_for
    if re.fullmatch(r"\*\*[^*]+\*\*", v) and not _table_piece(v) and title_for[0] not in titles:
        titles[title_for[0]] = v.strip("* ")
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
    # several owners: each group's title is the bold slice right under its 'Other (specify below)'
    # (or 'Officer (give title below)'), in the same column, maybe on the next header row
    group_titles: dict[int, str] = {}
    title_for: tuple[int, int] | None = None
    lines = head.splitlines()
    for li, line in enumerate(lines):
        if _TITLE_OF_CELL.search(line):
            break  # the tables' column headings: box 5 is above them (a 'Director' below is a signature's)
        # box 5 may go on into the next header row ('X Office' under the row of 'Director'): its
        # marks before a new 'Director' are the last group's
        # (also 'X O' alone on its slice: 'Officer' cut right after its first letter)
        more = bool(groups) and bool(_BOX5_NEXT_ROW_LABEL.search(line) or any(
            _box5_piece_label(x) for x in _X_PIECES.findall(line)))
        pieces = not groups and (any(_box5_piece_label(x) for x in _X_PIECES.findall(line))
                                 or _lone_x_beside_label(line))
        if title_for is not None and line.startswith("|") and not _MD_SEPARATOR.match(line):
            # a title waiting: the first slice showing anything in its column on this row
            col = line.strip().strip("|").split("|")
            if title_for[1] < len(col):
                for sl in re.split(r"<br\s*/?>", col[title_for[1]]):
                    title_for = _md_group_title(sl, sl.replace("**", "").strip(), title_for[1], title_for, groups,
                                                None, group_titles)
                    if title_for is None:
                        break
        if not line.startswith("|") or not (_MD_BOX5_ROW.search(line) or more or pieces):
            continue
        raw = [_BR.split(c) for c in line.strip().strip("|").split("|")]
        # (a bold slice is a value or the tables' heading cut into the same row, never a label:
        # '**it Therapeut**' of box 2, '**ities Ac**' of Table I are not 'Director')
        cells = [["" if s.strip().startswith("**") and s.strip().endswith("**") else s.replace("**", "").strip()
                  for s in c] for c in raw]
        at = {ci for ci, c in enumerate(cells) if any(_MD_LABEL_CELL.match(s) for s in c)}
        if not at and not more and not pieces:
            continue
        pending: list[str] = []  # boxes read in the column left of their labels
        cur: dict[str, bool] | None = groups[-1] if more else None
        first_group = len(groups)
        for ci, c in enumerate(cells):
            local: int | None = None  # this cell's owner group, counted by the ends of 'Director' it shows
            by_ten = _groups_by_ten_percent(c) and len(groups) - first_group >= 2
            for si, s in enumerate(c):
                key = None
                title_for = _md_group_title(raw[ci][si], s, ci, title_for, groups, cur, group_titles)
                m = _X_THEN_TEXT.match(s)
                label = m.group(1) if m else s
                if ((ci not in at or not m) and len(label) >= 2 and "Director".endswith(label)
                        and label[0].islower() and not label.startswith("i")):
                    # the rest of 'Director' cut off by the edge ('Direc' | 'tor'): the marks after
                    # it in this cell are the same owner's
                    local = 0 if local is None else local + 1
                    if first_group + local < len(groups):
                        cur = groups[first_group + local]
                    if m and cur is not None:
                        cur["is_director"] = True  # 'X rector': the box checked beside the label's rest
                    continue
                if by_ten and _TEN_PERCENT_LABEL.match(label):
                    # a cell right of the Directors' column stacking each owner's '10% Owner' in turn: the
                    # marks from it on are the next owner's
                    local = 0 if local is None else local + 1
                    if first_group + local < len(groups):
                        cur = groups[first_group + local]
                if not m and len(label) >= 3 and "10% Owner".endswith(label) and label != "10% Owner":
                    # the rest of '10% Owner' cut off by the edge ('10% O' | 'wner'), beside Director on
                    # a group's first line: the marks after it in this cell are the next owner's
                    local = 0 if local is None else local + 1
                    if first_group + local < len(groups):
                        cur = groups[first_group + local]
                    continue
                if ci in at and _DIRECTOR_CUT.match(label):
                    # each owner's group of boxes starts with 'Director'
                    cur = dict.fromkeys((k for k, _ in _BOX5_LABELS), False)
                    groups.append(cur)
                    for k in pending:
                        cur[k] = True
                    pending = []
                if m:
                    key = next((k for k, pat in _BOX5_LABELS if re.match(pat, m.group(1), re.I)), None)
                    # else the piece of one label only that the cut left beside the X ('X rec' of 'Director')
                    key = key or _box5_piece_label(m.group(1))
                    if key is None and re.fullmatch(r"[a-z]{1,2}", label):
                        key = _piece_between_director_and_officer(c, si)
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
                    if key is None and 0 < si <= len(nxt) and re.match(r"D?i", c[si - 1]) and re.match(
                            r"\s*10%", nxt[si - 1]):
                        # 'Director' / 'X' on slices of their own, '10% Owner' beside 'Director' in the
                        # next cell: the X between them is the 10% owner's box, in the group just begun
                        if cur is not None:
                            cur["is_ten_percent_owner"] = True
                            continue
                    if key is None:
                        key = _box_right_of_officer(c[:si], nxt)
                    if key is None:
                        # alone between Director's rest and Officer's label in one cell ('rector' / 'X' /
                        # 'Officer (give ...'): the box right of Director on box 5's first line
                        key = _piece_between_director_and_officer(c, si)
                    if key is None and ci + 1 in at and si == 0:
                        key = "is_director"
                    if key is None and si == 0 and lab:
                        # a piece of one label only beside it, both first in their cells, so on one printed
                        # line ('X' | 'rector': 'Di' cut off elsewhere), when no other rule placed it
                        key = _box5_piece_label(lab)
                    if key and ci + 1 in at:
                        pending.append(key)
                        continue
                if key and cur is not None:
                    cur[key] = True
                elif key:
                    pending.append(key)
        if pending and not groups and cur is None and len(set(pending)) == len(pending):
            # 'Director' cut so no slice starts it ('Di' | 'rec' | 'or'): one owner's marks, read
            # with their labels ('X Office')
            groups.append({k: k in pending for k, _ in _BOX5_LABELS})
        below_line = next((ln for ln in lines[li + 1:] if ln.startswith("|") and not _MD_SEPARATOR.match(ln)), "")
        below_row = ([_BR.split(c) for c in below_line.strip().strip("|").split("|")]
                     if below_line else None)
        titles.append(_md_box5_title(raw, below_row))
    # every owner checks at least one box: a group without a mark was not read
    if len(groups) == 1 and len([t for t in titles if t]) == 1:
        groups[0]["title"] = next(t for t in titles if t)  # type: ignore[assignment]
    if all(any(g.values()) for g in groups):
        if len(groups) >= 2:
            for n, t in group_titles.items():
                groups[n]["title"] = t  # type: ignore[assignment]
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
    return _md_box_date(text, "3", r"3\.\s+(?:Da|St|D$|S$)|3\.$", _BOX3_LABELS)


_BOX4_LABEL = "4. If Amendment, Date of Original Filed (Month/Day/Year)"


def _md_original_date(text: str) -> date | None:
    """PyMuPDF4LLM: box 4's date (an amendment's original filing), cut across cells as box 3's is
    ('4. If Ame' / '**04/25/2**' | 'ndment, Date o' / '**014**')."""
    return _md_box_date(text, "4", r"4\.\s+(?:If|I$)|4\.$", (_BOX4_LABEL,))


def _md_box_date(text: str, box: str, start_label: str, labels: tuple[str, ...]) -> date | None:
    """A header box's date: the bold slice under each piece of the box's label, joined across the
    cells until they make a date."""
    start_rx = re.compile(start_label)
    for line in _md_head(text).splitlines():
        if not line.startswith("|") or f"{box}. " not in line:
            continue
        cells = [_stack(c) for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any(start_rx.match(x) for x in c)), None)
        if start is None:
            continue
        value = ""
        for ci in range(start, len(cells)):
            c = cells[ci]
            at = next((k for k, x in enumerate(c) if x and not x.startswith("**") and (
                bool(re.match(rf"{box}\.", x)) if ci == start else any(x in lab for lab in labels))), None)
            if at is None or at + 1 >= len(c) or not c[at + 1].startswith("**"):
                break
            value += c[at + 1].strip("* ")
            m = _DATE_FULL.fullmatch(value)
            if m:
                return _to_date(m)
        return None
    return None


_BOX2_LABEL = "2. Issuer Name and Ticker or Trading Symbol"


_BOX2_START = re.compile(r"2\.\s+Issu|(?:^|<br>|\|)\s*2\.\s+Is?s?\s*(?=$|<br>|\|)")
"""Box 2's label, also cut right after its first letters ('2. Iss' | 'uer Name and Tick')."""


_BOX2_NUMBER = re.compile(r"(?:^|<br>|\|)\s*2\.\s*<br>\s*\*\*")
"""Box 2's number alone on its slice, a bold value under it: the label cut right after '2.'."""


def _md_issuer(text: str) -> tuple[str | None, str] | None:
    """PyMuPDF4LLM: box 2 read from the header row's raw <br>-stacked cells. The label and its
    bold value are cut across several cells ("2. Issuer" / "**FRANK**" | "Name and Tick" /
    "**LIN FINANC**" | ...): in each cell the value is the bold slice under the piece of the
    label. Returns (name, ticker) when the value ends in a [ticker]; the name None when the
    bracketed ticker is the first bold slice under the label (the form leaves the name blank)."""
    head = _md_head(text)
    rows = head.splitlines()
    for li, line in enumerate(rows):
        if not line.startswith("|") or not (_BOX2_START.search(line) or _BOX2_NUMBER.search(line)):
            continue
        cells = [_BR.split(c) for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any(_BOX2_START.search(x) for x in c)), None)
        if start is None:
            # the label cut right after its number ('2.' over '**S**' | 'Issuer Name and' over '**EACOAST BAN**')
            start = next((ci for ci, c in enumerate(cells[:-1]) for k, x in enumerate(c[:-1])
                          if x.strip() == "2." and c[k + 1].strip().startswith("**")
                          and next((y.strip() for y in cells[ci + 1] if y.strip() and not y.strip().startswith("**")),
                                   "").startswith("Issuer")), None)
            if start is None:
                continue
            cells[start] = [("2. Issuer" if x.strip() == "2." else x) for x in cells[start]]
        below = _value_in_next_row(rows, li, start, cells[start])
        if below is not None:
            return below
        parts: list[str] = []
        wrapped: list[str] = []  # the value's second line: the bold slice under the first one
        for ci in range(start, len(cells)):
            c = [x.strip() for x in cells[ci]]
            # a later cell's piece of the label is its first plain slice ('n' further down is another box's)
            at = next((k for k, x in enumerate(c) if x and not x.startswith("**")
                       and (ci != start or _BOX2_START.search(x))), None)
            if at is not None and ci != start and c[at].replace("<sup>*</sup>", "") not in _BOX2_LABEL:
                at = None
            first = next((x for x in c if x), "")
            if at is None and parts and first.startswith("**"):
                parts.append(first.strip("* "))  # past the label's end: the value goes on alone
            elif at is None or at + 1 >= len(c) or not c[at + 1].startswith("**"):
                break
            else:
                parts.append(c[at + 1].strip("* "))
                if at + 2 < len(c) and re.fullmatch(r"\*\*[^*]+\*\*", c[at + 2]):
                    wrapped.append(c[at + 2].strip("* "))
            if "]" in parts[-1]:
                break
        value = "".join(parts)
        if "[" in value and "]" not in value and "]" in "".join(wrapped):
            # a long name wrapped its ticker onto a second line ('... FUND, INC. [' / 'CII ]')
            value += " " + "".join(wrapped)
        elif "[" not in value and re.match(r"[^\[\]]*\[[^\]]{1,12}\]$", "".join(wrapped).strip()):
            # the name filled its line; '[ FEO ]' on the next, maybe after the name's rest ('INC. [ CII ]')
            value += " " + "".join(wrapped).strip()
        m = re.search(r"^(.*?)\s*\[\s*([A-Za-z0-9./\- ]{1,12}?)\s*\]", value)
        if m and _clean(m.group(1)):
            return _clean(m.group(1)), m.group(2).replace(" ", "").upper()
        if m and len(parts) == 1 and parts[0].lstrip().startswith("["):
            return None, m.group(2).replace(" ", "").upper()
        return None
    return None


def _value_in_next_row(rows: list[str], li: int, col: int, cell: list[str]) -> tuple[str, str] | None:
    """Box 2's label whole and last in its cell, nothing under it ('2. Issuer Name and Ticker or
    Trading Symbol<br>'): the table's next row opens with the value in the same column
    ('**Widget Corp [ WDGT ]**'), as its first slice there."""
    filled = [x.strip() for x in cell if x.strip()]
    if not filled or filled[-1].replace("<sup>*</sup>", "") != _BOX2_LABEL:
        return None
    nxt = next((r for r in rows[li + 1:li + 3] if r.startswith("|") and not _MD_SEPARATOR.match(r)), None)
    if nxt is None:
        return None
    cells = nxt.strip().strip("|").split("|")
    if col >= len(cells):
        return None
    first = next((x.strip() for x in re.split(r"<br\s*/?>", cells[col]) if x.strip()), "")
    m = re.fullmatch(r"\*\*(.*?)\s*\[\s*([A-Za-z0-9./\- ]{1,12}?)\s*\]\s*\*\*", first)
    if m and _clean(m.group(1)):
        return _clean(m.group(1)), m.group(2).replace(" ", "").upper()
    return None


_BOX1_START = re.compile(r"1\.\s*Name\s*a(?:n|(?=<br>|\||$))")
"""Box 1's label, also cut right after its first letters ('1. Name a' | 'nd Address of')."""

_BOX1_LABEL = "1. Name and Address of Reporting Person*"
_BOX1_LAST = "(Last) (First) (Middle)"


def _md_owner_name(text: str) -> str | None:
    """PyMuPDF4LLM, one owner: box 1's name from the raw <br>-stacked cells. In each cell the
    name's piece is the bold slice between a piece of the label '1. Name and Address of
    Reporting Person' and a piece of '(Last) (First) (Middle)' (a bold slice with no label
    piece under it may be the next line's)."""
    head = _md_head(text)
    if len(_BOX1_START.findall(head)) != 1:
        return None
    for line in head.splitlines():
        if not line.startswith("|") or not _BOX1_START.search(line):
            continue
        cells = [[x.strip().replace("<sup>*</sup>", "*") for x in _BR.split(c)]
                 for c in line.strip().strip("|").split("|")]
        start = next((ci for ci, c in enumerate(cells) if any(_BOX1_START.match(x) for x in c)), None)
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


@functools.lru_cache(maxsize=4096)  # (the same cut pieces come back in every rendering)
def _label_piece(x: str, label: str) -> bool:
    """A piece of a box label cut at a row or column edge ('Stt', '(ree)' of '(Street)'): its
    letters, in order, are some of the label's."""
    letters = [ch for ch in x if ch.isalpha()]
    if len(letters) < 2 or len(letters) >= len([ch for ch in label if ch.isalpha()]) or _NOT_LABEL_LETTER.search(x):
        return False
    it = iter(label)
    return all(ch in it for ch in letters)


_ZIP_PIECE = re.compile(r"(?:[A-Z]{1,2}\s*)?\d{1,5}(?:-\d{0,4})?")
"""The rest of a city line's state and ZIP cut at a column edge ('Y 10549' of 'NY 10549')."""
_CSZ_END = re.compile(r",\s*[A-Z][0-9]$|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?$|\b[A-Z][0-9]\s+\d{3,6}$")
"""A piece ending in a city line's state or EDGAR country code ('AYMAN, E9') or state and ZIP, or
country code and postal code ('EN O G7 2100' of 'COPENHAGEN O G7 2100')."""


def _md_glue(line: str, piece: str) -> str:
    """A cell's piece joined to its line: cut inside a word, except where digits meet a word."""
    if _COUNTRY_CODE_HEAD.search(line) and _COUNTRY_CODE_REST.fullmatch(piece):
        return line + piece  # an EDGAR country code cut inside ('GRAND CAYMAN, E' | '9 KY1-9008')
    if (line[-1:].isdigit() and re.match(r"[A-Za-z]{2,}", piece) and not re.match(r"(?:ST|ND|RD|TH)\b", piece, re.I)
            or line[-1:].isalpha() and piece[:1].isdigit() or line.endswith(" -")
            # an EDGAR country code and postal code ('CENTRAL' | 'K3 00000'): no word goes on so
            or _COUNTRY_POSTAL_CELL.fullmatch(piece)):
        return f"{line} {piece}"
    return line + piece


_NARROW = set("fijlrtI.,:;'!|() -/")
_WIDE = set("mwMW@%")


def _ink_width(text: str) -> float:
    """A line's printed width in ems, roughly, in a proportional sans-serif: capitals and digits
    wider than most small letters, 'i', 'l', spaces and punctuation narrow, 'M' and 'W' wide."""
    return sum(0.3 if ch in _NARROW else 0.85 if ch in _WIDE else 0.68 if ch.isupper()
               else 0.56 if ch.isdigit() else 0.52 for ch in text) or 0.01


_OTHER_BOX_VALUE = re.compile(r"\[\s*[A-Za-z.]{1,6}\s*\]$|^\d{1,2}/\d{1,2}/\d{4}$")
"""A whole value of box 2 ('CSK AUTO CORP [ CAO ]') or box 3 ('12/09/2024'), never a piece of box 1."""


def _md_owner_pieces(cell: list[str], later: list[list[str]], labels: list[str],
                     template: dict[str, str | None]) -> bool:
    """Several owners, PyMuPDF4LLM: box 1's lines in the first cell of a header row go on in the
    next cells as bold pieces, one per line that reached the cell's edge, in the lines' order (an
    owner's name, street and city lines cut alike). The pieces are put back on `cell`'s bold slices:
    a piece goes on the line whose same text took the same piece for an earlier owner (owners at
    one address), a state and ZIP on a city line, and a name line is passed before a street line
    (a name ends first). Returns True when a piece's line was chosen among several."""
    lines = [k for k, x in enumerate(cell) if x.startswith("**") and x.endswith("**")]
    if not lines:
        return False
    kind = {}
    for k in lines:
        nxt = next((x for x in cell[k + 1:] if not x.startswith("**")), "")
        is_lab = [bool(nxt) and (lab.startswith(nxt) or _label_piece(nxt, lab)) for lab in labels]
        kind[k] = "name" if is_lab[1] else "" if is_lab[2] else "city" if is_lab[3] else ""
    text = {k: cell[k].strip("*~ ") for k in lines}
    last = dict(text)  # each line's piece in the previous cell
    reached = list(lines)  # the lines that reached the previous cell's edge
    guessed = False
    for ci, c in enumerate(later):
        c = [x for x in c if x]
        if c and ci + 1 < len(later) and _heading_start(c[-1].strip("* "), later[ci + 1]):
            c = c[:-1]  # the tables' heading cut into the row ('**T**' | '**able I - Non-Derivative**')
        while c and not c[0].startswith("**") and any(_label_piece(c[0], lab) or c[0] in lab for lab in labels[:1]):
            c = c[1:]  # the first row: the rest of box 1's label ('of Reporting Person*')
        pieces: list[str] = []
        ended = False
        for x in c:
            if not x.startswith("**"):
                if any(lab.endswith(x) or _label_piece(x, lab) for lab in labels[1:]):
                    continue  # the rest of a label cut at the cell's edge ('ddle)', 'p)')
                ended = True
                break
            if _BOLD_TABLE_ONE.match(x):
                ended = True  # Table I's heading cut into the header's last row
                break
            if _OTHER_BOX_VALUE.search(x.strip("*~ ")):
                ended = True  # box 2's issuer and ticker, box 3's date: the next box's column
                break
            pieces.append(x.strip("*~ "))
        if not pieces or len(pieces) > len(reached):
            break

        # the lines that reached the cell's edge filled it about as wide as the widest piece: the
        # narrower a line's piece in the previous cell, the likelier its text ended before the edge
        # (widths as printed, not counted in characters: 'IONAL FINANCIAL' is wider than 'sury Ltd Growth')
        longest = max(_ink_width(last[k]) for k in reached)
        short = {k: 3 * (1 - _ink_width(last[k]) / longest) for k in reached}

        def score(k: int, piece: str, short: dict[int, float] = short) -> float:
            sc = -short.get(k, 0.0)
            if text[k] in template:
                sc += 3 if template[text[k]] == piece else -3
            if _ZIP_PIECE.fullmatch(piece) or _CSZ_END.search(piece):
                sc += 2 if kind[k] == "city" else -4
            elif kind[k] == "city":
                # state and 5-digit ZIP whole: the city line ended; else words go on a street sooner
                sc -= 4 if re.search(r"[A-Z]{2}\s*\d{5}$", text[k]) else 1
            return sc - (0.5 if kind[k] == "name" else 0)

        # the best monotonic assignment of the pieces to the lines that reached the edge
        n, m = len(pieces), len(reached)
        best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
        for j in range(m):
            for i in range(min(j, n), -1, -1):
                if (i, j) not in best:
                    continue
                sc, pick = best[(i, j)]
                for ni, add in ((i, 0.0), (i + 1, None)):
                    if ni > n:
                        continue
                    val = sc + (score(reached[j], pieces[i]) if add is None else 0.0)
                    key = (ni, j + 1)
                    new = pick + [reached[j]] if add is None else pick
                    if key not in best or val > best[key][0]:
                        best[key] = (val, new)
        if (n, m) not in best:
            break
        picks = best[(n, m)][1]
        guessed = guessed or n < m
        for k in reached:
            if k not in picks:
                template.setdefault(text[k], None)
        for k, piece in zip(picks, pieces, strict=True):
            template.setdefault(text[k], piece)
            text[k] = _md_glue(text[k], piece)
            last[k] = piece
        reached = picks
        if ended:
            break  # another box's text follows in this cell
    for k in reached:
        template.setdefault(text[k], None)
    for k in lines:
        cell[k] = f"**{text[k]}**"
    return guessed


def _md_box1_paragraph(line: str, labels: list[str]) -> list[str] | None:
    """A paragraph line made only of box 1's labels and bold lines ('(City) (State) (Zip)
    **ROE RICHARD**', '### **GENVAL C9**', '~~(City) (State) (Zip)~~') as the slices of a cell;
    None for any other line."""
    # ('~~' and '<u>': a table rule drawn through or under a label is read as a strike-through or underline)
    body = re.sub(r"</?u>", "", re.sub(r"^\s*#{1,6}\s+", "", line).replace("~~", "")).strip()
    if not body:
        return None
    out: list[str] = []
    for k, part in enumerate(re.split(r"(\*\*[^*]+\*\*)", body)):
        part = part.strip()
        if not part:
            continue
        if k % 2:
            out.append(part)
        elif part in labels[1:]:
            out.append(part)
        else:
            return None
    return out


def _md_owners(text: str) -> list[dict[str, list[str]]]:
    """PyMuPDF4LLM, several owners: box 1's column (the first cell of each header row) stacks
    every owner's name, street and city lines between whole labels. A label cut in pieces at a
    row edge ('Stt' + '(ree)' for '(Street)') still ends its lines when it is the label expected
    next; the owners read past it are marked (key "cut"). Any other text ends the reading."""
    labels = [lab for _, lab in _BOX1_ROW_LABELS]
    seq: list[str] = []
    started = False
    template: dict[str, str | None] = {}  # a line's text so far -> its next cell's piece (None: it ended)
    guessed = False
    for line in _md_head(text).splitlines():
        para = _md_box1_paragraph(line, labels) if started and not line.startswith("|") else None
        if para:
            seq += para  # the table ended (a page's or a row's edge): box 1's column goes on as paragraphs
            continue
        if not line.startswith("|") or _MD_SEPARATOR.match(line):
            continue
        # ('~~': a table rule drawn through a label is read as a strike-through)
        raw = [[x.replace("~~", "").strip().replace("<sup>*</sup>", "*") for x in _BR.split(c)]
               for c in line.strip().strip("|").split("|")]
        cell = raw[0]
        if not started:
            if not _BOX1_START.match(cell[0]):  # (the label may be cut: '1. Name and Address')
                continue
            started = True
            cell = cell[1:]
        elif cell and cell[0] and not (cell[0].startswith("**") or cell[0] in labels
                                       or any(_label_piece(cell[0], lab) for lab in labels[1:])):
            break
        cell = [x for x in cell if x]
        guessed = _md_owner_pieces(cell, raw[1:], labels, template) or guessed
        seq += cell
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
        if lab is None and cur[kind] and (_label_piece(x, nxt[kind]) or (
                # the label cut after its first letter at a row's edge ('S' | '(treet)')
                re.fullmatch(r"\(?[A-Z]", x) and nxt[kind].lstrip("(").startswith(x.lstrip("(")))):
            lab, piece_of, cut = nxt[kind], nxt[kind], True
        elif lab is not None:
            piece_of = None
        if lab == "(Last) (First) (Middle)":
            kind = "street"
        elif lab == "(Street)":
            kind = "city"
        elif lab == "(City) (State) (Zip)":
            if cur["name"] and cur["city"]:
                if cut or guessed:
                    cur["cut"] = []
                owners.append(cur)
            cur, kind = {"name": [], "street": [], "city": []}, "name"
        else:
            break  # a label cut at a column edge that cannot be lined up
    return owners


_BOX1_SUB_LABEL = (("name", "(Last)"), ("street", "(Stree"), ("city", "(City)"))
"""Box 1's sub-labels by their starts (a column edge may cut their ends: '(Last) (First) (Mid')."""


def _md_blank_owner_blocks(text: str) -> int:
    """PyMuPDF4LLM: how many owners' blocks of box 1 after the first show the three sub-labels,
    name, street and city, in order with no written line among them (a reporting person printed
    with every line of the box blank), read down box 1's column (the header rows' first cells)."""
    slices: list[str] = []
    started = False
    for line in _md_head(text).splitlines():
        if not line.startswith("|") or _MD_SEPARATOR.match(line):
            continue
        cell = [x.replace("~~", "").strip() for x in _BR.split(line.strip().strip("|").split("|")[0])]
        if not started:
            if not _BOX1_START.match(cell[0]):
                continue
            started, cell = True, cell[1:]
        elif cell[0] and not (cell[0].startswith("**") or cell[0].startswith("(")):
            break  # past box 1's column
        slices += [x for x in cell if x]
    blocks: list[bool] = []  # per owner's block: whether it showed a written line
    want, written = 0, False
    for x in slices:
        if x.startswith("**"):
            written = True
            continue
        kind = next((n for n, (_, start) in enumerate(_BOX1_SUB_LABEL) if x.startswith(start)), None)
        if kind is None:
            continue
        if kind != want:
            return 0  # the labels out of their order: box 1's column not read whole
        want = (want + 1) % 3
        if want == 0:
            blocks.append(written)
            written = False
    return sum(1 for w in blocks[1:] if not w) if blocks and blocks[0] else 0


def _heading_start(piece: str, next_cell: list[str]) -> bool:
    """A cell's last bold slice is the start of a table's heading ('Ta') when the next cell's
    bold slice goes on with the heading's rest ('ble I - Non-D')."""
    if not _TABLE_WORD_CUT.fullmatch(piece):
        return False
    rest = "Table I"[len(piece):]
    return any(x.startswith("**") and x.strip("* ").startswith(rest) for x in next_cell)


def _md_owner_box(text: str) -> dict[str, list[str]] | None:
    """PyMuPDF4LLM, one owner: box 1's lines (name, street lines, city line) from the raw
    <br>-stacked cells of the header rows. In each row, box 1's first cell fixes the lines: each
    bold slice is a line, each label ('(Last) (First) (Middle)', '(Street)', '(City) (State)
    (Zip)') says which kind the lines under it are. A later cell's label pieces anchor its bold
    slices to those lines; with fewer pieces than lines between two anchors, the pieces go to the
    lines that filled the previous cell to its edge (a shorter line ended there); the box then
    holds the key "guessed"."""
    head = _md_head(text)
    if len(_BOX1_START.findall(head)) != 1:
        return None
    out: dict[str, list[str]] = {"name": [], "street": [], "city": []}
    kind: str | None = None
    started = done = False
    for line in head.splitlines():
        if not line.startswith("|") or done or _MD_SEPARATOR.match(line):
            continue
        cells = [[x.strip().replace("<sup>*</sup>", "*") for x in _BR.split(c)]
                 for c in line.strip().strip("|").split("|")]
        if not started:
            if not (cells[0] and _BOX1_START.match(cells[0][0])):
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
                    # (box 2 stacked under box 1's first lines in its first cell, box 1's other lines on the next
                    # row ('**Dunn Craig E**<br>2. Issuer ...' then '(Last) (First) (Middle)<br>...'): box 1 goes on)
                    if (rows or re.match(r"\d\.\s", x)) and not (
                            re.match(r"2\.\s", x) and kind in ("name", "street") and rows and rows[0][0] == "label"
                            and rows[0][2] == 0):
                        done = True
                    break
                rows.append(["label", [], k])
                kind = _BOX1_ROW_LABELS[k][0] if _BOX1_ROW_LABELS[k][0] != "end" else None
                done = done or _BOX1_ROW_LABELS[k][0] == "end"
        # the first cell going on past box 1's last label (the tables' heading stacked under it, '1. Title
        # of Security (Instr.'): the next cells stack that text's rest under box 1's pieces ('4)')
        under = bool(rows) and rows[-1][0] == "label" and rows[-1][2] == len(_BOX1_ROW_LABELS) - 1 and any(
            x and not x.startswith("**") for x in cells[0][cells[0].index(_BOX1_ROW_LABELS[-1][1]) + 1:]
        ) if _BOX1_ROW_LABELS[-1][1] in cells[0] else False
        if not rows:
            if started and any(x for x in cells[0]):
                break
            continue
        got: dict[int, int] = {id(r): 0 for r in rows}  # the cell each line's last piece came from
        for ci, c in enumerate(cells[1:], start=1):
            if not c or not any(x.startswith("**") for x in c):
                break
            # the lines that reached the previous cell's edge: a line with no piece there ended
            last_len = {id(r): len(r[1][-1]) for r in rows if r[0] != "label" and r[1] and got[id(r)] == ci - 1}
            if not last_len:
                last_len = {id(r): len(r[1][-1]) for r in rows if r[0] != "label" and r[1]}
            nxt = cells[ci + 1] if ci + 1 < len(cells) else []
            if c and _heading_start(c[-1].strip("* "), nxt):
                c = c[:-1]  # the tables' heading cut into the row ('**Ta**' | '**ble I - Non-D**')
            anchors: list[tuple[int, int]] = []  # (slice index, row index)
            stop = False
            for si, x in enumerate(c):
                if x.startswith("**") or not x:
                    continue
                if _BOX_NUMBER.match(x):
                    stop = True
                    c = c[:si]
                    break
                after = anchors[-1][1] + 1 if anchors else 0
                n_bold = sum(1 for y in c[(anchors[-1][0] + 1 if anchors else 0):si] if y.startswith("**"))
                # the label this piece ends: the first whose lines above can hold the bold pieces before it
                ri = next((j for j in range(after, len(rows)) if rows[j][0] == "label"
                           and x in _BOX1_ROW_LABELS[rows[j][2]][1]
                           and sum(1 for r in rows[after:j] if r[0] != "label") >= n_bold), None)
                if ri is None and under and n_bold == sum(1 for r in rows[after:] if r[0] != "label"):
                    c = c[:si]  # every line below the last anchor has its piece: the text under box 1
                    break
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
                held = [x.strip("* ") for x in c[s0 + 1:s1] if x.startswith("**") or not x]
                if len(pieces) < len(slots) and len(held) == len(slots) and (s1 < len(c) or held[-1]):
                    # an empty slice between two anchors holds the place of a line with no piece here
                    # ('A, INC. 101' / '' / 'D CITY CA 9' under street 1, street 2, city)
                    pairs = [(r, x) for r, x in zip(slots, held, strict=True) if x]
                    slots, pieces = [r for r, _ in pairs], [x for _, x in pairs]
                if len(pieces) < len(slots):
                    out["guessed"] = []  # pieces put on some of the lines: another assembly is possible
                    city = next((r for r in slots if r[0] == "city"), None)
                    # (a city line whose state and ZIP are whole ended: its width sets no bar for the others)
                    whole = city is not None and bool(re.search(r"[A-Z]{2}\s*\d{5}(?:-\d{4})?$", "".join(city[1])))
                    widest = max((last_len.get(id(r), 0) for r in slots if not (whole and r is city)), default=0)
                    keep = {id(r) for r in slots if last_len.get(id(r), 0) >= widest - 2}
                    bottom = False
                    if city is not None:
                        # (pieces are joined without spaces: 'HEIGHTS' + 'NY 10598' has no word edge)
                        if re.fullmatch(r"-\d{4}", pieces[-1]) and re.search(r"\d{5}$", "".join(city[1])):
                            keep.add(id(city))  # a ZIP's '+4' ('LAKELAND FL 33802' | '-0407')
                            bottom = True
                        elif re.search(r"[A-Z]{2}\s*\d{5}(?:-\d{4})?$", "".join(city[1])):
                            keep.discard(id(city))  # state and 5-digit ZIP whole: the city line ended
                        elif re.fullmatch(r"(?:[A-Z]{1,2}\s*)?\d{1,5}(?:-\d{0,4})?", pieces[-1]) or _CSZ_END.search(
                                pieces[-1]) or ((st := re.search(r"(?:^|\s)([A-Z]{2})\s+\d{1,4}$", pieces[-1]))
                                                and st.group(1) in _STATES):  # its ZIP cut too: 'RK NY 1017'

                            keep.add(id(city))  # the rest of a state and ZIP ('Y MO 64117' of 'KANSAS CITY MO')
                            bottom = True
                    cand = [r for r in slots if id(r) in keep]
                    if bottom:
                        # the state and ZIP go on the city line; the other pieces to the top street
                        # lines (a street runs on where a name line has ended), in their order
                        # (widths counted in characters mislead with a proportional font: lines short of
                        # the widest come after, but may still take a piece)
                        order = sorted((r for r in slots if r is not city),
                                       key=lambda r: (id(r) not in keep, r[0] == "name"))
                        rest = order[: len(pieces) - 1]
                        rest.sort(key=lambda r: next(k for k, x in enumerate(slots) if x is r))
                        slots = [*rest, city] if len(rest) == len(pieces) - 1 else []
                    elif len(pieces) == 1 and len(cand) > 1:
                        # one piece, several lines it may end: the one it completes an address word of
                        # ('1100 N. WOOD DALE R' + 'OAD'), when only one does
                        word = [r for r in cand if re.search(r"[A-Z]+$", r[1][-1]) and re.match(r"[A-Z]+", pieces[0])
                                and re.search(r"[A-Z]+$", r[1][-1]).group(0)  # type: ignore[union-attr]
                                + re.match(r"[A-Z]+", pieces[0]).group(0) in _ADDRESS_WORDS]  # type: ignore[union-attr]
                        # else a street line before a name line: a name ends before its street does
                        slots = word if len(word) == 1 else sorted(cand, key=lambda r: r[0] == "name")[:1]
                    else:
                        # (a state and ZIP whole, or an EDGAR country code and postal code: 'CENTRAL K3 00000')
                        ended = {id(city)} if city is not None and _CITY_LINE_END.search("".join(city[1])) else set()
                        more = [r for r in slots if id(r) not in keep and id(r) not in ended and id(r) in last_len]
                        if len(cand) < len(pieces) == len(cand) + len(more):
                            # widths counted in characters mislead (proportional font): the lines short of
                            # the widest that reached the last edge, a city line whose ZIP is whole excepted,
                            # are just as many as the pieces ('ic Equities, L.' + 'P.', 'GTON AVENU' + 'E 30TH F')
                            cand = [r for r in slots if r in cand or r in more]
                        # more lines than pieces: a name line is passed first (a name ends before its
                        # street does: 'Skiadas A' + 'nthony T' ended, 'VERIZON' + 'COMMUNIC' + 'ATIONS INC.')
                        keep_ids = {id(r) for r in sorted(cand, key=lambda r: r[0] == "name")[: len(pieces)]}
                        slots = [r for r in cand if id(r) in keep_ids]
                    if len(slots) != len(pieces):
                        return None
                for r, piece in zip(slots, pieces, strict=True):
                    r[1].append(piece)
                    got[id(r)] = ci
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
        lines = [ln for ln in text.splitlines() if ln.startswith("|") and _label_in_row(ln)]
        if len(lines) != 1 or "/s/" in text:
            return None
        cells = [re.split(r"<br\s*/?>", c) for c in lines[0].strip().strip("|").split("|")]
        start = next(ci for ci, c in enumerate(cells) if any(re.match(r"\*\* ?Sig(?!.*\*\*$)", x.strip()) for x in c))
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
    name = " ".join(functools.reduce(_glue, r) for r in rows if r)
    return (_clean(name), when) if _clean(name) else None


def _label_in_row(line: str) -> bool:
    """A table row holding the signature label under the typed name, the label maybe cut across
    cells ('**Brend**<br>** Sign' | '**a DeBlas**<br>ature of Rep' | '**io**<br>orting Person')."""
    plain = _BOLD_OR_BREAK_OR_RULE.sub("", line)
    return "**SignatureofReporting" in plain




_MD_BOLD_LINE = re.compile(r"\s*#*\s*\*\*([^*]+?)\*\*\s*")
_MD_SIG_LABEL = re.compile(r"(?i)Explanation of Responses|Remarks:?$|Signature of Reporting|Date$")
_MD_CLOSING = re.compile(r"(?i)\W*(?:Reminder:|Note:|Persons who respond|\* If the form is filed)")


def _md_bold_signature(text: str) -> tuple[str, date | None, str | None] | None:
    """PyMuPDF4LLM outside the tables: the form prints a signature's name and date in bold and its
    labels and the remarks in plain type, so below the footnotes' label a bold line alone is the
    signature (a bold date alone its date), wherever the paragraphs put it: above or below the label,
    the date apart from the name. Read only for one bold name and at most one bold date; also
    returns the plain lines after 'Remarks:' (the remarks) up to the label or the closing notes."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if _EXPLANATION_LABEL.search(ln)), None)
    if start is None:
        return None
    names: list[str] = []
    dates: list[date] = []
    remarks: list[str] | None = None
    for ln in lines[start:]:
        if _MD_CLOSING.match(ln) or ln.lstrip().startswith("|"):
            break
        m = _MD_BOLD_LINE.fullmatch(ln)
        body = _clean(m.group(1)) if m else ""
        if _REMARKS_LABEL.search(ln):
            remarks = [] if remarks is None else remarks
            after = _clean(re.split(r"(?i)Remarks:", ln)[-1].strip(" *#"))
            if after:
                remarks.append(after)
            continue
        if m and body and not _MD_SIG_LABEL.search(body):
            d = _DATE_FULL.search(body)
            name = _clean(body[: d.start()] + " " + body[d.end():]) if d else body
            if d and (d2 := _to_date(d)) is not None:
                dates.append(d2)
            if name:
                names.append(name)
        elif remarks is not None and not m and ln.strip() and not re.search(r"(?i)Signature of Reporting|^\W*Date\W*$",
                                                                              ln):
            remarks.append(_clean(ln.strip(" #")))
        elif remarks is not None and _SIGNATURE_LABEL.search(ln):
            remarks.append("")  # the label ends the remarks: what follows is the signature's
    if len(names) != 1 or len(dates) > 1:
        return None
    rem = " ".join(r for r in (remarks or []) if r).strip() if remarks else None
    if remarks and "" in remarks:
        rem = " ".join(remarks[: remarks.index("")]).strip()
    return names[0], dates[0] if dates else None, rem or None
