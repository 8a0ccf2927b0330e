"""The form's fixed labels and vocabularies: what anchors a section, the header boxes' labels,
check marks, company suffixes, US street words and ZIP prefixes."""

from __future__ import annotations

import re

from section16.readers.text.normalize import Line
from section16.readers.text.values import _DIGIT, _LETTER, _PARENS, _THREE_LETTERS, _clean

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
_OCR_FN_LABEL = re.compile(r"\W*Ex[a-z]{2,5}ation\b", re.I)
"""The footnotes' label 'Explanation of Responses:' as OCR may misspell it ('Expianation', 'Exptanation')."""
_OCR_FIRST_FOOTNOTE = re.compile(r"\s*\(?1[.)]\s+[A-Z][a-z]+(?:\s+\S+){5}")
"""The first footnote's line: its number 1 and prose ('1. Represents shares of Class A Common Stock ...')."""
_COLUMN_HEADING_WORDS = re.compile(r"\bTitle\b|\bInstr\b|Derivative Security")
"""Words of a table's first column heading ('1. Title of Security (Instr. 3)'), which opens with '1.' too."""


# ---------------------------------------------------------------------------------------
# Header boxes
# ---------------------------------------------------------------------------------------

_BOX_LABEL = re.compile(
    r"(?:^|\s)(?:[1-7][A-Z]?\.\s|Issuer Name|Date of Earliest|If Amendment|Relationship of|"
    r"Individual or Joint|Statement for Issuer|Date of Event|Name and Add|Check all|Check Applicable)",
    re.I,
)
_BOX5_WORDS = re.compile(r"\b(?:Director|Officer|10%|Other \(spec|Form filed by)\b", re.I)
_BOX5_LABEL_LINE = re.compile(r"\W*(?:X\s*)?(?:Director|10%\s*Owner|Officer\s*\(|Other\s*\(s|Form filed by)", re.I)
"""A line that starts with one of box 5's printed labels (a title written under them does not)."""
_OFFICER_WORDS = re.compile(
    r"president|chief|\b(?:c[efotail]o|e?vp|svp|officer|vice|secretary|treasurer|counsel|controller|chair\w*|"
    r"executive|general|principal|head|remarks|founder|manager|director)\b",
    re.I,
)
_BOX5_FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")
"""Box 5's four check boxes, as ReportingOwner fields."""
_OTHER_TEXT = re.compile(r"member|group|former|affiliate|trustee|subsidiary|10%|owner", re.I)
_LABEL_PREFIX = re.compile(
    r"^.*?(?:\(Month/Day/Year\)|Applicable Line\)|\(Check Applicable|Original Filed|Joint/Group Filing)\S*\s*",
    re.I,
)


_BOX4_PIECE = re.compile(
    r"\W*(?:4\.\s*)?(?:(?:[IlLt1|][ft]|[Il|])\s+)?(?:Amendment,?\s*)?(?:Date\s*)?(?:of\s*)?(?:Original\s*)?"
    r"(?:Filed\s*)?(?:\(Month/Day/Year\))?\W*|\W*(?:4\.\s*)?(?:[IlLt1|][ft]|[Il|])\W*"
)
"""A cell of box 4's label as OCR'd tab cells cut it ('lf Amendment,', 'tf', 'If', 'of Original Filed
(Month/Day/Year)', 'Date of', 'Original'): fullmatch, on a cell with letters."""


def _box4_piece(cell: str) -> bool:
    """Whether an OCR'd tab cell is a piece of box 4's label and nothing else."""
    return bool(_LETTER.search(cell)) and _BOX4_PIECE.fullmatch(cell.strip()) is not None


def _box5_title(title: str) -> str | None:
    """An OCR'd box 5 title without the label words of boxes 4/6 read into it."""
    t = _clean(re.sub(r"^\W*(?:\(?specify\W*)?below\)\W*", "", _LABEL_PREFIX.sub("", title), flags=re.I))
    t = _clean(re.sub(r"\s+\S{1,2}$", "", t))  # a glyph of the next box's rule ('im', 'a')
    # two capitals alone are an abbreviated title ('GC'), unless they are a check box's glyph ('LJ', 'XJ')
    abbrev = re.fullmatch(r"[A-Z]{2}", t) is not None and not re.fullmatch(r"[LCIJXK]{2}", t)
    if not (re.search(r"[A-Za-z]{3}", t) or _OFFICER_WORDS.search(t) or abbrev) or re.search(
        r"Month/Day|Applicable|Reporting Person|Amendment", t, re.I
    ):
        return None
    return t


_GAP_SLACK = 6
"""Columns a word OCR set under a gap may stick out of it: the grid keeps two spaces between words,
so the line above drifts right of the pixel columns the words below keep, more so towards its end."""


def _fill_gaps(lines: list[Line]) -> list[Line]:
    """OCR of justified text sets a few words a little lower than their line, on a line of their
    own, each under a gap of the line above ('is  weighted      price' / 'a  average'): put them
    back in their gaps. The grid shifts the columns of the line above, so a word may stick out of its
    gap by up to ``_GAP_SLACK`` columns; it goes in the gap it sticks out of least."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.offsets is None and ln.offsets is None
                and (len(ln.cells) > 1 or len(ln.text.split()) == 1)
                and len(prev.cells) == len(ln.cells) + 1 and all(len(c) <= 14 for c in ln.cells)
                and len(ln.text.split()) * 3 <= len(prev.text.split())):
            # tab cells: as many words as the line above has gaps (cells cut where they were); one word
            # alone under a line of one gap too
            cells = [x for pair in zip(prev.cells, ln.cells, strict=False) for x in pair] + [prev.cells[-1]]
            out[-1] = Line([" ".join(cells)])
            continue
        if (prev is not None and prev.offsets is not None and ln.offsets is not None and ln.cells
                and len(ln.text.split()) * 3 <= len(prev.text.split()) and all(len(c) <= 14 for c in ln.cells)):
            ends = [o + len(c) for c, o in zip(prev.cells, prev.offsets, strict=False)]
            slots = []
            for c, o in zip(ln.cells, ln.offsets, strict=False):
                # how far the word sticks out of each gap; the gap it sticks out of least is its own
                out_of = [(max(0, ends[j] - o) + max(0, o + len(c) - prev.offsets[j + 1]), j)
                          for j in range(len(prev.cells) - 1)]
                best = min(out_of, default=None)
                if best is None or best[0] > _GAP_SLACK:
                    break
                slots.append((best[1], c))
            if len(slots) == len(ln.cells):
                cells = list(prev.cells)
                for k, c in sorted(slots, reverse=True):
                    cells[k] = cells[k] + " " + c
                out[-1] = Line(cells, list(prev.offsets), prev.widths, prev.looked + ln.looked)
                continue
        out.append(ln)
    return out


def _is_text_cell(c: str) -> bool:
    """A table cell of words (a title, a nature of ownership), not a number, date, code or marker."""
    c = _PARENS.sub(" ", c)
    return bool(_THREE_LETTERS.search(c)) and not _DIGIT.search(c)


_OTHER_BOX_WORDS = re.compile(
    r"\ball\b|applicab|\bCheck\b|\bOwner\b|Director|Officer|10%|\bOther\b|specify|below\)|title below|"
    r"Month/Day|Earliest|Amendment|Joint/Group|Form filed|filed by|by (?:One|More than One) Reporting|"
    r"^\W*Person\W*$|Issuer", re.I)
"""Words of boxes 2-6 that OCR'd tab cells put on the lines of box 1."""
_OCR_TICKER = re.compile(r"[\[{]\s*([A-Z0-9.\-][A-Z0-9.\-!]{0,9})(?:\s*[\]}|]|\s+J|\s*$)")
"""Box 2's [ticker] as OCR prints it: its ']' read as 'J', '}' or '|', or lost at the cell's end
(an 'I' in it read as '!')."""
_OCR_SLASH_S = re.compile(r"(?<!\S)[Il|/!]([sS]) ?(?:[}!\]/|)1l]|i(?=[A-Z]))(?= ?[A-Z]| [a-z])")
"""A typed signature's '/s/' as OCR prints it: 'Is}', 'Is!', 'IS!', 'Is]', 'Is |', 'Is/', '!si/', 'IsiBeth'
(before a name, or a word: 'Is! by Ed Rizzuti'); the 's' keeps its case."""
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
_LEGAL_FORMS = r"INC|INCORPORATED|CORP|CORPORATION|COMPANY|LTD|LIMITED|PLC|LLC|LP|L\.P|N\.V|S\.A|AG|SE"
"""The legal-form words that end a company's name (the three patterns below add their own)."""
_MID_SUFFIX = re.compile(rf"(?:,\s*|\s)(?:{_LEGAL_FORMS}|CO|S\.C\.A)\.?(?=\s)", re.I)
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
    rf"\b(?:{_LEGAL_FORMS}|CO|NV|SA|HOLDINGS|GROUP|TRUST|BANCORP|TECHNOLOGIES|INTERNATIONAL)\.?,?$", re.I
)
"""A line ending as an issuer's name ends (box 2's name before a ticker written without brackets)."""
_ENTITY_NAME = re.compile(
    rf"\b(?:{_LEGAL_FORMS}|L\.?L\.?C|GMBH|FUND|TRUST|PARTNERS|PARTNERSHIP|HOLDINGS?|CAPITAL|GROUP|MANAGEMENT|"
    r"ADVISORS|ASSOCIATES|INVESTORS|INVESTMENTS?|VENTURES|FOUNDATION|BANCORP)\b\.?",
    re.I,
)
"""A word that makes a reporting owner's name a company, fund or trust's, not a person's."""
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




_FOREIGN_CSZ = re.compile(r"^(.*?)\s+([A-Z][0-9]|[0-9][A-Z])(?:\s+([A-Z0-9][A-Z0-9 \-]{0,11}))?$")
"""City, EDGAR country/province code (``X0`` United Kingdom, ``A1`` British Columbia, ...), postal code."""



def _ocr_state_suffix(name: str) -> str:
    """EDGAR's conformed company names end in a state between slashes ('CORP /PA/', 'INC/MI/',
    'COMPANY/MN', 'INC /NEW/'); OCR reads such a slash as an 'I' ('/PAI', 'INCI/MI/'). The slash is
    put back where an 'I' closes a state code after a slash, or stands between a legal form and the
    slash of a state code; anything else is left as read."""
    def is_state(code: str) -> bool:
        return code in _STATES or code == "NEW"
    m = re.search(r"/([A-Z]{2,3})I$", name)
    if m and is_state(m.group(1)):
        name = name[: m.start()] + f"/{m.group(1)}/"
    m = re.search(rf"\b({_LEGAL_FORMS}|CO)I(/([A-Z]{{2,3}})/?)$", name)
    if m and is_state(m.group(3)):
        name = name[: m.start()] + m.group(1) + m.group(2)
    return name


_OCR_ROMAN = re.compile(r"(?<=\S\s)[IVX]*[IVX][il]*l[il]*\b|(?<=\S\s)[IVX]+il\b")
"""A roman numeral after a word whose 'I' OCR read as 'l' or 'i' ('Associates Il', 'SVF Il', 'SC Xil'):
capitals and one of them as a lower-case 'l' (a lone 'Xi' may be a name, and is not one)."""


def _ocr_roman(text: str) -> str:
    """``text`` with each lower-case 'l' or 'i' of a roman numeral OCR misread put back as 'I'."""
    return _OCR_ROMAN.sub(lambda m: m.group(0).replace("l", "I").replace("i", "I"), text)
