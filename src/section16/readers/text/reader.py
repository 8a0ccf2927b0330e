"""The reader: one document's lines of cells in, an `OwnershipDocument` out. Its parts live in
`header`, `rows` and `rules`; this module holds the state and the order of the steps."""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from datetime import date
from decimal import Decimal
from typing import Any

from section16.errors import NotOwnershipDocument
from section16.model import (
    DerivativeTransaction,
    Extraction,
    FilingMetadata,
    NonDerivativeTransaction,
    OwnershipDocument,
    ReportingOwner,
)
from section16.readers.text.header import _BRACKETS, HeaderBoxes
from section16.readers.text.labels import (
    _ADDRESS_WORDS,
    _BOX5_FLAGS,
    _BOX_LABEL,
    _COLUMN_HEADING_WORDS,
    _FN_KEYS,
    _OCR_FIRST_FOOTNOTE,
    _OCR_FN_LABEL,
    _OCR_TICKER,
    _SIG_KEYS,
    _T1_KEYS,
    _T2_KEYS,
    _find_line,
    _is_form,
    _ocr_roman,
    _ocr_state_suffix,
)
from section16.readers.text.normalize import HIDDEN_MARKS, Line
from section16.readers.text.notes import _Notes
from section16.readers.text.rows import TableRows, _heading_line, _heading_word
from section16.readers.text.rules import FormRules
from section16.readers.text.values import _CONFIRMED, _clean, _code_agrees, _majority, _squash

_NUMBER_TOKEN = re.compile(r"(?<!\S)\$?\d[\d,]*(?:\.\d+)?(?!\S)")  # a cell's amount or price
_DI_TOKEN = re.compile(r"(?<!\S)[DI](?!\S)")  # a lone direct/indirect mark
_DOUBLED_WORD = re.compile(r"\b(Common|Stock|Preferred|Class|Shares) \1\b")  # two titles' wraps side by side
_TITLE_WORD = re.compile(r"\b(?:Common|Stock)\b")
_CUT_CLASS = re.compile(r"(?:^|\s)Class [A-Z]$")  # a title cut after its class: 'Class A'
_BOX5_WORDS = re.compile(r"10% Owner|\bDirector\b|Officer \(give|Other \(specify")
_TICKER = re.compile(r"\[\s*[A-Z.]{1,6}\s*\]")  # box 2's '[ WDGT ]'
_LOOSE_DATE = re.compile(r"(?<!dated )(?<!DTD )(?<!dtd )\b\d{1,2}/\d{1,2}/\d{2,4}\b")  # not a trust's 'dated'
_DATE_TITLE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
# compiled once: the OCR policy runs these on every row and footnote of a reading
_NATURE_MARKER_SMEAR = re.compile(r"(?<=[A-Za-z.])((?:\)(?=\d)|\(?\d{1,2}\)|[?®©°]\)?)+)$")
"""Markers whose '(' OCR lost, glued to a nature's last word (a ')' alone only before a marker's digit)."""
_NATURE_GLYPH_RUN = re.compile(r"(?<=[A-Za-z.])(?=[()\d?®©°@™\"*%]*[\d?®©°@™%])([()\d?®©°@™\"*%]{2,})$")
"""Any run of marker glyphs the smear left ('See footnotes)5)()(7', '@")8)', 'LLC")'): digits, parentheses,
quotes and symbols, with a digit or a symbol among them (not a quote's close)."""
_ENTITY_SUFFIX_SMEAR = re.compile(r"\b(?:LLC|L\.?P\.?|Inc\.|Ltd\.)([A-Z\d@®©°?™\"*%()]{1,6})$")
# the same, the smear set off by a space and closing with a marker glyph: 'LLC AE)'
_ENTITY_SUFFIX_SPACED_SMEAR = re.compile(r"\b(?:LLC|L\.?P\.?|Inc\.|Ltd\.)(\s+[A-Z\d@®©°?™\"*%(]{0,5}[)@®©°?™])$")
_SEE_FOOTNOTES_SMEAR = re.compile(r"(?i)(see\s+footnotes?)(.+)$")
_MERGED_FOOTNOTE_NUMBER = re.compile(r"(?<![\w$,.])[2-9]\s?[.:]{1,2}\s?[A-Z]")
_TITLE_TWICE = re.compile(r"(\S+(?:\s+\S+)+)\s+\1")
_TITLE_TWICE_OR_MORE = re.compile(r"(\S+(?:\s+\S+)+)(?:\s+\1)+")
_BRACE = re.compile(r"[{}]")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_NOT_LOWER = re.compile(r"[^a-z]")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_PATH_STEP = re.compile(r"\.(?![^\[]*\])")
"""A dot between two steps of a field path ('rows[2].nature'), not one inside an index."""
_INDEXED_STEP = re.compile(r"(\w+)\[(\d+)\]")
_LAST_LABEL_CELL = re.compile(r"\W{0,3}\(Last\)")
_BOX_LABEL_START = re.compile(r"(?:[1-7]\.\s|Issuer Name|Relationship of)")
# the line of box 1's, 2's and 5's labels, as OCR'd forms print it (put back where OCR lost it)
_ROW_VALUES = ("shares_owned_following_transaction", "value_owned_following_transaction", "exercise_date",
               "expiration_date", "underlying_security_shares", "conversion_or_exercise_price")
_BOX_LABELS = ("1. Name and Address of Reporting Person*", "2. Issuer Name and Ticker or Trading Symbol",
               "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)")

_FORM_LABELS = re.compile(r"(?i)Issuer\s*Name\s*and|Ticker\s*or\s*Trading|Relationship\s*of\s*Reporting|"
                          r"Name\s*and\s*Address\s*of")
"""The header boxes' labels: never in an owner's name."""

class Reader(HeaderBoxes, TableRows, FormRules):
    """One document's reading: the lines, the document being filled and the notes on it."""

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
        self.code_below: set[int] = set()  # OCR'd tab rows whose code letter OCR set alone on the line below
        self.dateless: set[int] = set()  # OCR'd Table I rows read as transactions by their price, their date lost
        self.halves_merged: set[int] = set()  # OCR'd tab rows merged from two lines' halves
        self.cut_cells = False  # cells cut at guessed column edges (PyMuPDF4LLM)
        self.title_cells_joined = False  # the row's title was put back together from a cell per word
        self.ocr_cells = False  # the table row being read is OCR text split into tab cells
        self.price_fn: str | None = None  # a marker _choose_price found run into the price
        self.box5_marks: list[dict[str, bool]] = []  # check marks read from raw <br>-stacked cells
        self.md_issuer: tuple[str | None, str] | None = None  # box 2 read from raw <br>-stacked cells
        self.md_owner_name: str | None = None  # box 1's name read from raw <br>-stacked cells
        self.md_owner_box: dict[str, list[str]] | None = None  # box 1's lines, from the same
        self.md_signature: tuple[str, date | None] | None = None  # one signature, from the same
        self.md_bold_sig: tuple[str, date | None, str | None] | None = None  # the bold signature lines
        self.md_owners: list[dict[str, list[str]]] = []  # several owners' box 1, from the same
        self.md_blank_owners = 0  # box 1's blocks after the first with every line blank, from the same
        self.md_period: date | None = None  # box 3, from the same
        self.md_original: date | None = None  # box 4 (an amendment), from the same
        self.box1_by_last = False  # box 1 read from its '(Last) (First) (Middle)', its label unread
        self.title_below_officer: str | None = None  # box 5's text found under 'Officer' by position alone
        self.grid_words: dict[int, tuple[Line, list[tuple[str, int]]]] = {}  # `_grid_words` per line, with it
        self.poor: bool | None = None  # OCR of a poor scan (`_poor_scan`), once worked out on these lines

    # -- top level ------------------------------------------------------------------------
    def read(self) -> OwnershipDocument:
        whole = "".join(self.sq)
        if _is_form(whole) < 3 or not any(
            k in whole for k in ("form3", "form4", "form5", "beneficialownership", "reportingperson")
        ):
            raise NotOwnershipDocument(
                "no Form 3/4/5 box labels found (not a Section 16 ownership form)", source=self.name
            )
        if self.fmt == "ocr":
            self._lost_box_labels()
        self._sections()
        self.cols: list[tuple[int, int]] | None = None
        # the header ends at Table I, or at Table II when Table I was not read (OCR lost its lines)
        h1 = self.t1 if self.t1 is not None else self.t2
        if h1 is not None and any(ln.offsets is not None for ln in self.lines[:h1]):
            h0 = _find_line(self.sq, ("nameandadd", "addressofreportingperson", "issuernameandticker"), 0, h1)
            lab = _find_line(self.sq, ("issuernameandticker", "issuernameand"), 0, h1)
            if h0 is not None and self._columnize(h0, h1, lab if lab is not None else h0):
                self._sections()
        n = len(self.lines)
        head_end = self.t1 if self.t1 is not None else (self.t2 if self.t2 is not None else n)
        self.head_end = head_end

        self._document_type(head_end)
        self._issuer(head_end)
        self._period(head_end)
        self._owners(head_end)
        if self.fmt == "ocr":
            self._ocr_name_over_last(head_end)
            self._ocr_name_among_label_words(head_end)
        if self.box1_by_last:
            for k, o in enumerate(self.doc.reporting_owners):
                self.notes.unsure_all(f"reporting_owners[{k}]", o, "OCR: box 1's label unread; the box read "
                                      "from its '(Last) (First) (Middle)' sub-label", only_set=True)
        self._md_name()
        self._md_address()
        self._md_owners_apply()
        self._md_blank_owners_apply()
        self._md_flags()
        self._footnotes()
        self._signatures()
        self._md_sign()
        self._tables()

        self._drop_noise()
        self._no_cut_marks()
        self._debris_policy()
        if self.fmt == "ocr":
            self._misread_markers()
        sole = self._sole_footnote() if self.fmt == "ocr" else None  # 'F0' is OCR's number-lost marker
        column = self._column_markers() if self.fmt == "ocr" and not sole else {}
        listed = {f.id for f in self.doc.footnotes} if self.fmt == "ocr" else set()
        top = max((int(x[1:]) for x in listed if x[1:].isdigit()), default=0)
        for table, k, row in self.doc.rows():
            for f, ids in list(row.footnote_ids.items()):
                if sole and "F0" in ids:
                    ids = [sole if x == "F0" else x for x in ids]
                    self.notes.unsure(f"{table}[{k}].footnote_ids.{f}", self._SOLE_RULE, sole)
                elif ids == ["F0"] and self.fmt == "ocr" and (twin := self._date_twin_marker(row, f)):
                    ids = list(twin)
                    self.notes.unsure(f"{table}[{k}].footnote_ids.{f}", self._TWIN_RULE, " ".join(twin))
                elif ids == ["F0"] and (same := column.get((table.startswith("derivative"), f))):
                    ids = list(same)
                    self.notes.unsure(f"{table}[{k}].footnote_ids.{f}", self._COLUMN_RULE, " ".join(same))
                elif ids == ["F0"] and self.fmt == "ocr" and (says := self._footnote_saying(row, f)):
                    ids = [says]
                    self.notes.unsure(f"{table}[{k}].footnote_ids.{f}", self._SAYS_RULE, says)
                if listed and any(self._fused_marker(x, top) for x in ids):
                    # a two-digit marker past the list's end ('See Footnotes 2)(20)' for (2)(6)): two markers'
                    # glyphs run together, not a footnote the list lost
                    ids = [x for x in ids if not self._fused_marker(x, top)]
                row.footnote_ids[f] = list(dict.fromkeys(x for x in ids if x != "F0"))  # one marker read twice is one
                if not row.footnote_ids[f]:
                    del row.footnote_ids[f]  # 'F0': a marker OCR read as one glyph, its number lost
        self.doc.reporting_owners = [
            o for o in self.doc.reporting_owners if any(getattr(o, f) is not None for f in type(o).__struct_fields__)
        ]
        if self.fmt == "ocr":
            self._dateless_rows()
            self._ocr_heading_rows()
            self._ocr_repeated_titles()
            self._form4_holdings_as_transactions()
            if self._poor_scan():
                self._poor_scan_bare_holdings()
            self._same_street_same_city()
            self._joint_marks()
            self._ocr_sublabels_off()
            self._ocr_city_line_split()
            if self._poor_scan():
                self._poor_scan_natures_and_titles()
                self._poor_scan_remarks()
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

    _NAME_LABEL_WORDS = re.compile(r"Issuer|^\W*(?:Name|Narhe|Naie|Nare|Namie)\b|"
                                   r"\bNa\w{1,3}\b\s+(?:\w{1,3}\s+)?(?:and|arid|anid)|Ticker|Trading|Symbo|Address|"
                                   r"Reporting|Person|Relationship|\(s\)|Check|applica|Director|Officer|Owner|"
                                   r"specify|below|Instruction|Form\b|^\W*[1-7]\W*$|\b[1-7]\.", re.I)
    _NAME_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9 .,'&()/-]{2,80}")

    def _ocr_name_over_last(self, end: int) -> None:
        """A poor scan's OCR: box 1's name unread, or read as the label words around it ('Name se Sergey
        Brin', box 2's label), while the line over box 1's '(Last) (First) (Middle)' shows a name alone in
        its column (where the form prints the name). That line's text is the name, uncertain, when a label
        (or nothing) is over it: other text there is a long name's wrap. Lines over it without text in the
        column are passed over; a label there ends the search."""
        owners = self.doc.reporting_owners
        if len(owners) > 1 or not any(ln.offsets is not None for ln in self.lines[:end]):
            return  # (OCR laid on a grid only)
        name = owners[0].rpt_owner_name if owners else None
        if name and re.search(r"[A-Za-z]{2}", name) and not self._NAME_LABEL_WORDS.search(name):
            return
        if sum(1 for ln in self.lines[:end] if "(Last)" in ln.text) > 1:
            return  # several owners' boxes: a name over one '(Last)' is not told to be the owner read
        last = at = None
        for i in range(end):
            ln = self.lines[i]
            k = next((k for k, c in enumerate(ln.cells) if _LAST_LABEL_CELL.match(c.strip())), None)
            if k is not None and (k == 0 or ln.offsets is not None):
                last, at = i, ln.offsets[k] if ln.offsets is not None else None
                break
        if last is None:
            return
        for j in range(last - 1, max(-1, last - 5), -1):
            ln = self.lines[j]
            if at is not None and ln.offsets is not None:
                cell = next((c for c, o in zip(ln.cells, ln.offsets, strict=False) if abs(o - at) <= 4 and c.strip()),
                            None)
            else:
                cell = next((c for c in ln.cells if c.strip()), None)
            if cell is None:
                continue
            cand = _clean(cell)
            if self._NAME_LABEL_WORDS.search(cand) or not self._NAME_SHAPE.fullmatch(cand) or "[" in cand:
                return
            if not re.search(r"[A-Za-z]{2,}.*\s.*[A-Za-z]", cand):
                return
            above = next((c for c in self.lines[j - 1].cells if c.strip()), "") if j else ""
            if above and not self._NAME_LABEL_WORDS.search(above) and not re.search(r"Filed pursuant|Section 1", above):
                return  # the name's last line only: a long name wrapped over lines ('Trust dated ...' | 'fbo Clara')
            if not owners:
                owners.append(ReportingOwner())
            owners[0].rpt_owner_name = cand
            # the box read without its name: all of it in doubt
            self.notes.unsure_all("reporting_owners[0]", owners[0], "OCR: box 1's name unread or read with label "
                                  "words; the text alone over '(Last) (First) (Middle)' taken as the name", cand,
                                  only_set=True)
            return

    _LABEL_ONLY_TITLE = re.compile(r"(?i)[\W\dXxJ]*(?:officer|other|director|title|give|below|specify|\(|\)|\s)*")

    def _poor_scan_natures_and_titles(self) -> None:
        """A poor scan's natures of ownership and officer title with OCR's debris around them: amounts, prices
        and specks read before a nature ('$130.3662 28,406,950 See Footnote', 'eo by Trust'), a nature of
        specks or a heading word alone ('ae ee ie', 'Ownership'), box 5's label words before a title ('{Officer
        (give title below) Chief Scientific Officer') or read as the title ('title below)', 'Officer'). The
        debris is taken off (free text, uncertain as such in `_ocr_policy`)."""
        for _table, _k, row in self.doc.rows():
            nat = getattr(row, "nature_of_ownership", None)
            if not nat:
                continue
            nat = re.sub(r"^(?:(?:\S*\d\S*|[^\sA-Za-z]+|(?![Bb]y\b)[A-Za-z]{1,2}[^\sA-Za-z]*)\s+)+(?=[A-Za-z]{2})",
                         "", nat)
            by = re.search(r"\b(?:[Bb]y|[Ss]ee)\s", nat)
            if by and by.start() and not re.search(r"[A-Za-z]{3}", nat[: by.start()]):
                nat = nat[by.start():]
            if not re.search(r"[A-Za-z]{4}", nat) or _only_heading_words(nat):
                nat = ""
            row.nature_of_ownership = _clean(nat) or None
        for o in self.doc.reporting_owners:
            t = o.officer_title
            if not t:
                continue
            t = re.sub(r"^.*\bbelow\)\s*(?=\S)", "", t)  # the label's words before the title
            t = re.sub(r"^\W*Officer\s+(?=[A-Z])|^\d\s+(?=[A-Z])", "", t)
            o.officer_title = None if self._LABEL_ONLY_TITLE.fullmatch(t) else _clean(t) or None

    def _poor_scan_remarks(self) -> None:
        """A poor scan's remarks with the page's other text OCR ran into them: the footer's 'Reminder: Report
        on a separate line ...', a typed signature ('Isi Jane Roe 03/05/2020') and the label's 'Date' after
        the remark; and a 'remark' of one word ('for', '. Ettinger'), a signature's scrap, no remark at
        all. Taken off (free text, uncertain as such in `_ocr_policy`)."""
        rem = self.doc.remarks
        if not rem:
            return
        rem = re.split(r"\bRem[il1]nder\b|\bReport\s+on\s+(?:a\s+)?separate\s+line", rem)[0]
        rem = re.split(r"(?<!\S)(?:[IlJ|/!1]s[il!/}|)\]1]|/s/)(?=[\s.-]*[A-Z])", rem)[0]
        rem = re.sub(r"[\s.:-]*\bDate\W*$", "", rem)
        self.doc.remarks = _clean(rem) if len(re.findall(r"[A-Za-z]{3,}", rem)) >= 2 else None

    _SUBLABELS = ("street", "first", "middle", "last", "city", "state", "zip")
    _SUBLABEL = re.compile(r"\s*[({\[]\s*([A-Za-z]{2,9})\s*[)}\]]\s*")
    _BOX5_RUN_IN = re.compile(r"\s*\(\s*give\b[^)]{0,20}\)|\s*\(\s*spec\w*\s*below\)", re.I)

    def _ocr_sublabels_off(self) -> None:
        """Box 1's printed sub-labels ('(Street)', '(First)', '(Middle)') and box 5's '(give title below)' a poor
        scan's OCR misread ('(Steen)', '{Sueet)', '(Mididie)') and ran into the street or city line: no part of
        the address (free text OCR transcribed, uncertain as such in `_ocr_policy`)."""
        def off(m: re.Match[str]) -> str:
            word = m.group(1).lower()
            near = difflib.get_close_matches(word, self._SUBLABELS, 1, 0.6) or word.startswith(("midd", "fir"))
            return " " if near else m.group(0)

        for o in self.doc.reporting_owners:
            for f in ("rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city"):
                v = getattr(o, f)
                if v and ("(" in v or "{" in v):
                    setattr(o, f, _clean(self._BOX5_RUN_IN.sub(" ", self._SUBLABEL.sub(off, v))) or None)

    def _ocr_city_line_split(self) -> None:
        """A poor scan's city line read in two pieces, its ZIP code (and the city before it) as a second street
        line, its state (after the city) as the city ('SEATTLE 98104' | 'WA', '55441' | 'MINNEAPOLIS MN'):
        the pieces go back to city, state and ZIP code, uncertain. Words with a digit before the ZIP code are
        the street's ('SUITE 5700 94105')."""
        for k, o in enumerate(self.doc.reporting_owners):
            line = "rpt_owner_street2" if o.rpt_owner_street2 else "rpt_owner_street1"  # the last street line
            zm = re.fullmatch(r"(?:(.+?)\s+)?(\d{5}(?:-\d{4})?)", getattr(o, line) or "")
            sm = re.fullmatch(r"(?:(.+?)\s+)?([A-Z]{2})", o.rpt_owner_city or "")
            if not zm or not sm or o.rpt_owner_state or o.rpt_owner_zip_code:
                continue
            before = zm.group(1) or ""
            street = before if re.search(r"\d", before) else None
            city = " ".join(x for x in (None if street else before, sm.group(1)) if x) or None
            if not city and not street:
                continue
            # (a city run into the street's words, 'DRIVE NW ROCHESTER 55901', is not told apart: left unread)
            setattr(o, line, street)
            o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code = city, sm.group(2), zm.group(2)
            for f in ("rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state",
                      "rpt_owner_zip_code"):
                self.notes.unsure(f"reporting_owners[{k}].{f}", "OCR of a poor scan: the city line read in two "
                                  "pieces (ZIP code as a street line, state as the city), put back together")

    def _ocr_name_among_label_words(self, end: int) -> None:
        """A poor scan's box 1: its label's words and the owner's name, printed on two lines, OCR'd as lines
        of both mixed ('MACARTNEY 1.  arid Addréss LAWSON of Reporting Person”', 'Name Adam Address of' over
        'Elsesser'). The name is the words left, in the box's column over '(Last) (First) (Middle)', once
        the label's words are taken off, in the order of their columns (one printed line), initials last.
        Taken, uncertain, when the name read holds label words or is missing, or when it is a part of it, and
        the label's words and the name's were read mixed on a line (or the name read holds label words)."""
        owners = self.doc.reporting_owners
        if len(owners) > 1 or sum(1 for ln in self.lines[:end] if "(Last)" in ln.text) != 1:
            return
        last = next((i for i in range(end) if self.lines[i].offsets is not None
                     and _LAST_LABEL_CELL.match(self.lines[i].text.strip())), None)
        if last is None:
            return
        at = self.lines[last].offsets[0]  # type: ignore[index]
        words: list[tuple[int, int, str]] = []
        label_seen = mixed = False
        for j in range(last - 1, max(-1, last - 6), -1):
            ln = self.lines[j]
            if ln.offsets is None or re.search(r"Instruction|Check this|Filed pursuant|Section 1|obligations|"
                                               r"STATEMENT|response|\(Street\)|\(City\)", ln.text):
                break
            line_words = self._grid_words(j)
            for k, (w, c) in enumerate(line_words):
                if c < at - 6 or c > at + 45:
                    continue
                if k + 1 < len(line_words) and re.fullmatch(r"\W*[A-Z1Il][.:,]", w) and re.match(
                        r"Name|Nam|arid|and", line_words[k + 1][0]):
                    continue  # the label's number misread ('L. Name and Address')
                label_seen = label_seen or _box1_label_vocab(w) and len(w) > 3
                if not _box1_label_word(w):
                    words.append((c, j, w.strip(",;:\"”‘'")))
                    mixed = mixed or any(_box1_label_vocab(x) and len(x) > 3 for x, _c in line_words)
            if sum(_box1_label_vocab(w) for w, _c in line_words) >= 3:
                break  # the line holding most of the label: the name is not above it
        name = owners[0].rpt_owner_name if owners else None
        if not label_seen or not words or not (mixed or (name and self._NAME_LABEL_WORDS.search(name))):
            return  # (a clean scan's box 1: its label on a line of its own, the name read under it)
        initial = re.compile(r"[A-Z]\.?")
        words.sort(key=lambda x: (bool(initial.fullmatch(x[2])), x[0], x[1]))
        cand = _clean(" ".join(w for _c, _j, w in words))
        if not re.search(r"[A-Za-z]{2,}", cand):
            return
        have = (name or "").split()
        more = set(cand.split()) - set(have)
        if name and not (self._NAME_LABEL_WORDS.search(name) or not re.search(r"[A-Za-z]{2}", name)
                         or (set(have) < set(cand.split()) and any(re.search(r"[A-Za-z]{2}", w) for w in more))):
            return  # (a name read whole, or only an initial more: kept)
        if not owners:
            return  # (no box 1 read at all: a name alone makes no owner)
        owners[0].rpt_owner_name = cand
        self.notes.unsure("reporting_owners[0].rpt_owner_name", "OCR of a poor scan: box 1's name read among its "
                          "label's words, which were taken off", cand)

    def _ocr_heading_rows(self) -> None:
        """A poor scan's column headings read as a holding row ('3' under 'Date and Number Shares of', '.'
        under 'Vv Number of Shares', 'of and' over 'and 4 Shares'): a holding with no amount (a lone digit is
        an '(Instr. 4)') and no date whose title is no words or only heading words, or whose text is a line of
        column-heading words, is header text, not a row."""
        doc = self.doc
        for held in ("non_derivative_holdings", "derivative_holdings"):
            rows = getattr(doc, held)
            for k in range(len(rows) - 1, -1, -1):
                h = rows[k]
                under = getattr(h, "underlying_security_title", None) or ""
                amounts = [v for f in ("conversion_or_exercise_price", "underlying_security_shares")
                           if (v := getattr(h, f, None)) is not None and v >= 10]  # not an '(Instr. 4)' read
                if (h.shares_owned_following_transaction is None and getattr(h, "exercise_date", None) is None
                        and getattr(h, "expiration_date", None) is None and not amounts
                        and (len(re.sub(r"[^A-Za-z]", "", h.security_title or "")) < 3
                             or _heading_line(h.security_title or "") or _heading_line(under)
                             or _heading_line(h.nature_of_ownership or "")
                             or _only_heading_words(h.security_title or ""))):
                    self.notes.warnings.append(f"{held}[{k}]: column-heading words read as a row dropped")
                    self._drop_row(held, k)

    def _poor_scan_bare_holdings(self) -> None:
        """A poor scan's Table I holding with its title alone (no amount, no nature; its D/I a default): on
        such a scan most are a row's wrapped title lines ('Stock, par value $0.01', 'Common') or a row read
        twice, not a holding of their own (measured: 28 such rows no holding, 18 one whose every value OCR
        lost). Dropped, said in the warnings."""
        rows = self.doc.non_derivative_holdings
        for k in range(len(rows) - 1, -1, -1):
            h = rows[k]
            if (h.shares_owned_following_transaction is None and h.value_owned_following_transaction is None
                    and not h.nature_of_ownership):
                self.notes.warnings.append(f"non_derivative_holdings[{k}]: a poor scan's title alone "
                                           f"({h.security_title!r}), no value read, dropped")
                self._drop_row("non_derivative_holdings", k)

    _REPEAT_RULE = ("OCR: one row's title read several times over ('Common Stock Common Stock'): the rows whose "
                    "titles and values ran together, one a title; values kept on the first, not told apart")

    def _ocr_repeated_titles(self) -> None:
        """A poor scan's rows ran together: their titles, each wrapped over lines of its own ('Class A' |
        'Common' | 'Stock'), joined one row ('Class A Common Stock Class A Common Stock') while their dates
        and amounts went elsewhere. A transaction's title read k times over on a row missing its date or its
        holding after is k rows: the row takes the title once and k-1 rows with that title follow it, every
        field of them uncertain (their values were not told apart). (A holding's title read so may be one
        holding's wrapped lines, and holdings are fewer: measured, splitting them gains nothing.)"""
        if not any(ln.offsets is not None for ln in self.lines):
            return  # (OCR laid on a grid only)
        for table in ("non_derivative_transactions", "derivative_transactions"):
            rows = getattr(self.doc, table)
            for k in range(len(rows) - 1, -1, -1):
                row = rows[k]
                whole = row.shares_owned_following_transaction is not None and (
                    getattr(row, "transaction_date", 1) is not None)
                rep = _repeated_title(row.security_title or "") if not whole else None
                if rep is None:
                    continue  # (a row read whole: a neighbour's wrapped title lines joined it, see _ocr_policy)
                title, count = rep
                under = _repeated_title(getattr(row, "underlying_security_title", None) or "")
                row.security_title = title
                self.notes.unsure(f"{table}[{k}].security_title", self._REPEAT_RULE)
                if under is not None:
                    row.underlying_security_title = under[0]  # type: ignore[union-attr]
                    self.notes.unsure(f"{table}[{k}].underlying_security_title", self._REPEAT_RULE)
                for j in range(1, count):
                    new = type(row)(security_title=title)
                    if under is not None:
                        new.underlying_security_title = under[0]  # type: ignore[union-attr]
                    if row.direct_or_indirect_ownership == "D" and not row.nature_of_ownership:
                        new.direct_or_indirect_ownership = "D"
                    self._insert_row(table, k + j, new)
                    self.notes.unsure_all(f"{table}[{k + j}]", new, self._REPEAT_RULE)
                self.notes.warnings.append(f"{table}[{k}]: a title read {count} times over split into {count} rows")

    def _insert_row(self, table: str, k: int, row: Any) -> None:
        """Insert ``row`` at ``k`` in a table; the notes of the rows from ``k`` on move down with them."""
        getattr(self.doc, table).insert(k, row)
        self._renumber_notes(table, k, +1)

    def _dateless_rows(self) -> None:
        """Table I rows read as transactions by their price, their date lost: the row is whole in doubt."""
        for k, row in enumerate(self.doc.non_derivative_transactions):
            if id(row) in self.dateless:
                self.notes.unsure_all(f"non_derivative_transactions[{k}]", row, "OCR lost the row's date; a price "
                                      "between two amounts makes it a transaction, not a holding", only_set=True)

    _AS_TRANSACTION_RULE = ("OCR: a Form 4's table row without its date and code read; a Form 4's tables report "
                            "transactions (a holding there nearly always says how it is held, with its nature)")

    def _form4_holdings_as_transactions(self) -> None:
        """A poor scan's OCR lost a Form 4 table row's date and code (or set them on another line): the row
        reads as a holding. A Form 4's rows are transactions, but for the holdings it lists too, which nearly
        always say how they are held (a nature of indirect ownership: 'By Trust'). When the scan lost another
        transaction row's date too (a code alone is lost by a clean scan as well), a holding row of a Form 4
        with no nature and no D/I mark read (the row's right part lost as well) is read as a transaction whose
        date, code and amount were not read, every field uncertain; so is it when no transaction row was read
        at all (a Form 4 reports at least one), if it shows a value besides its title."""
        doc = self.doc
        if not any(ln.offsets is not None for ln in self.lines):
            return  # (OCR laid on a grid only: a tab cell row's D/I and nature are not told apart by column)
        none_read = not doc.non_derivative_transactions and not doc.derivative_transactions
        if doc.document_type != "4" or not (none_read or any(
                t.transaction_date is None for t in (*doc.non_derivative_transactions, *doc.derivative_transactions))):
            return  # (the scan's rows read whole, with their codes: a holding read is a holding)
        for held, made, kind in (("non_derivative_holdings", "non_derivative_transactions", NonDerivativeTransaction),
                                 ("derivative_holdings", "derivative_transactions", DerivativeTransaction)):
            rows = getattr(doc, held)
            for k in range(len(rows) - 1, -1, -1):
                h = rows[k]
                if h.nature_of_ownership or not h.security_title or not re.search(r"[A-Za-z]{3}", h.security_title):
                    continue
                if "column 6/10 empty" not in self.notes.evidence.get(f"{held}[{k}].direct_or_indirect_ownership", ""):
                    continue  # its D/I mark read: a row read whole, a holding
                if none_read and all(getattr(h, f, None) is None for f in _ROW_VALUES):
                    continue  # its title alone, and no transaction row beside it: nothing tells what it was
                fields = type(h).__struct_fields__
                t = kind(**{f: getattr(h, f) for f in fields if f in kind.__struct_fields__})
                t.footnote_ids = dict(h.footnote_ids)
                self._drop_row(held, k)
                n = len(getattr(doc, made))
                getattr(doc, made).append(t)
                self.notes.unsure_all(f"{made}[{n}]", t, self._AS_TRANSACTION_RULE)
                for f in t.footnote_ids:
                    self.notes.unsure(f"{made}[{n}].footnote_ids.{f}", self._AS_TRANSACTION_RULE)
                self.notes.warnings.append(f"{held}[{k}]: a Form 4 row without a nature read as a transaction "
                                           "whose date and code OCR lost")

    def _same_street_same_city(self) -> None:
        """Several owners, one of whose city line OCR garbled (its ZIP code lost, or its city misread while
        most other owners at its street agree on theirs): an owner at the street other owners give (the same
        street, or it after a misread label such as '(sce)' for '(Street)', or it cut in two lines) is in
        their city, state and ZIP code, and its street is spelled as theirs. Joint filers often share one
        address. A second street line of no digits the others at that street lack is the garbled city
        line's remains ('CRN', 'Toon otate)'), not a street. (Listed as uncertain with every field of a box 1
        of several owners.)"""
        owners = self.doc.reporting_owners

        @functools.cache  # (every owner's street against every other's)
        def key(*streets: str | None) -> str:
            return _squash(re.sub(r"^\(\w{1,8}\)\s+", "", " ".join(s for s in streets if s)))

        def line(o: ReportingOwner) -> tuple[str | None, str | None, str | None]:
            return o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code

        for k, o in enumerate(owners):
            mine = {key(o.rpt_owner_street1), key(o.rpt_owner_street1, o.rpt_owner_street2)}
            if len(key(o.rpt_owner_street1)) < 8 and len(key(o.rpt_owner_street1, o.rpt_owner_street2)) < 8:
                continue
            same = [x for x in owners if x is not o and x.rpt_owner_zip_code and x.rpt_owner_city
                    and key(x.rpt_owner_street1, x.rpt_owner_street2) in mine]
            if not same:
                continue
            (common, n), = Counter(line(x) for x in same).most_common(1)
            # the street as most of them spell it; one with a word OCR cut in two ('415 | MISSION ST REET.') is
            # respelled so (a comma or a stop apart is the filer's own spelling)
            (words, m), = Counter(_word_list(x.rpt_owner_street1, x.rpt_owner_street2)
                                  for x in same if line(x) == common).most_common(1)
            src = next(x for x in same if line(x) == common
                       and _word_list(x.rpt_owner_street1, x.rpt_owner_street2) == words)
            respelled = (m >= 2 and 2 * m > len(same) and key(o.rpt_owner_street1, o.rpt_owner_street2) == key(
                *words) and _word_list(o.rpt_owner_street1, o.rpt_owner_street2) != words)
            if o.rpt_owner_zip_code is None:
                if n != len(same):
                    continue  # the others disagree: nothing says which city line is this owner's
            elif not (n >= 2 and 2 * n > len(same) and (line(o) != common or respelled)):
                continue  # its own address read, and no two others at the street agree on another
            remains = bool(o.rpt_owner_street2 and not re.search(r"\d", o.rpt_owner_street2)
                           and key(o.rpt_owner_street1) == key(*words))
            if remains:
                self.notes.unsure(f"reporting_owners[{k}].rpt_owner_street2", "a second street line the other "
                                  "owners at this street lack: the garbled city line", o.rpt_owner_street2)
            if o.rpt_owner_zip_code is None or respelled or remains:
                o.rpt_owner_street1, o.rpt_owner_street2 = src.rpt_owner_street1, src.rpt_owner_street2
            o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code = common
            for f in ("rpt_owner_street1", "rpt_owner_street2", "rpt_owner_city", "rpt_owner_state",
                      "rpt_owner_zip_code"):
                self.notes.unsure(f"reporting_owners[{k}].{f}", "city line unread or garbled; the other owners "
                                  "of this joint filing at the same street give it", src.rpt_owner_street1 or "")

    def _joint_marks(self) -> None:
        """A joint filing read on OCR's grid: an owner whose box 5 group shows no check mark read takes the
        marks most of the other owners carry, every flag uncertain, as tab-cell OCR's owners already do
        (a joint filing's owners are nearly always one group: a fund, its general partner, its managers)."""
        owners = self.doc.reporting_owners
        if len(owners) < 2:
            return
        seen = [tuple(getattr(o, f) for f in _BOX5_FLAGS) for o in owners if any(getattr(o, f) for f in _BOX5_FLAGS)]
        if not seen:
            return
        common = _majority(seen)
        for n, owner in enumerate(owners):
            if any(getattr(owner, f) for f in _BOX5_FLAGS):
                continue
            for f, v in zip(_BOX5_FLAGS, common, strict=True):
                setattr(owner, f, v)
                self.notes.unsure(f"reporting_owners[{n}].{f}", "no check mark readable in this owner's box 5 "
                                  "group; inferred from the other owners of this joint filing")

    def _lost_box_labels(self) -> None:
        """OCR lost the line of box 1's, 2's and 5's labels ('1. Name and Address of Reporting Person*',
        '2. Issuer Name and Ticker or Trading Symbol', '5. Relationship ...'), the boxes' values still read
        under it. Box 1's own sub-label '(Last) (First) (Middle)' still anchors the boxes: the label line
        is put back above the owner's name (and box 2's name above it), its labels at the columns the
        boxes' other labels show (box 3's '3. Date of ...', box 5's 'Director'), so the boxes are read
        as on a form whose label line survived."""
        t1 = _find_line(self.sq, _T1_KEYS)
        head = self.sq[: t1 if t1 is not None else len(self.sq)]
        if any(k in q for q in head for k in ("nameandadd", "addressofreportingperson", "issuernameand")):
            return
        last = next((i for i, ln in enumerate(self.lines[: len(head)])
                     if ln.offsets is not None and re.match(r"\s*\(Last\)", ln.text)), None)
        if last is None:
            self._lost_box_labels_tab(len(head))
            return
        if last == 0:
            return
        top = last
        for j in range(last - 1, max(-1, last - 5), -1):
            t = self.lines[j].text
            if not t.strip():
                continue
            if re.search(r"Instruction|Check this box|Filed pursuant|Section 16|obligations|burden|response|"
                         r"STATEMENT|Reported|Washington|COMMISSION", t):
                break
            top = j
        near = [(c, o) for ln in self.lines[top: last + 4] for c, o in zip(ln.cells, ln.offsets or [], strict=False)]
        box2 = next((o for c, o in near if re.match(r"3\.\s*(?:Date|Statement)", c)), None)
        box5 = min((o for c, o in near
                    if re.search(r"Director|\(Check|applica", c) and (box2 is None or o > box2 + 20)), default=None)
        if box2 is None or box2 < 20:
            return
        offsets = [self.lines[last].offsets[0], box2]  # type: ignore[index]
        if box5 is not None:
            offsets.append(box5)
        self._put_back_label_line(top, Line(list(_BOX_LABELS[: len(offsets)]), offsets), "'(Last) (First)'")

    def _lost_box_labels_tab(self, end: int) -> None:
        """Tab-cell OCR (no positions) lost the line of box 1's, 2's and 5's labels: box 2's value, a
        cell with the [ticker] brackets ('CME GROUP INC. [ CME ] | (Check all ...'), opens the line
        over the owner's name, one or two lines above box 1's '(Last) (First) (Middle)' (box 2's name
        sits higher than box 1's on the form). The label line is put back above box 2's, as the tab
        reader finds it when OCR kept it: box 1's name and box 2's are then read under their labels."""
        last = next((i for i, ln in enumerate(self.lines[:end])
                     if ln.offsets is None and re.match(r"\s*\(Last\)", ln.text)), None)
        if last is None or last < 2:
            return
        for j in range(last - 2, max(-1, last - 4), -1):
            first = self.lines[j].cells[0] if self.lines[j].cells else ""
            if not (_BRACKETS.search(first) or _OCR_TICKER.search(first)) or _BOX_LABEL.search(" " + first):
                continue
            name = [ln.text for ln in self.lines[j + 1: last]]
            if not all(re.search(r"[A-Za-z]{2}", t) for t in name):
                return  # box 1's name is not on the lines between
            self._put_back_label_line(j, Line(list(_BOX_LABELS)), "box 2's [ticker] line")
            return

    def _put_back_label_line(self, at: int, line: Line, above: str) -> None:
        """Insert the box 1/2/5 label line OCR lost at line ``at`` (kept in step with ``sq``), and say so."""
        self.lines.insert(at, line)
        self.sq.insert(at, _squash(line.text))
        self.poor = None
        self.notes.warnings.append(f"OCR lost the line of box 1's and 2's labels; put back above {above}")

    def _no_cut_marks(self) -> None:
        """A safety net for ``CUT_GUESSED``, the sign normalize leaves in a cell whose cut pieces it
        put back where another assembly was possible, and ``PIPE_READ_AS_I``, after an OCR '|' read as
        'I': wherever such a cell's text ended up, the sign goes and the field is uncertain (the nature
        column handles both where it is read)."""
        places: list[tuple[str, Any]] = [("issuer", self.doc.issuer), ("", self.doc)]
        places += [(f"reporting_owners[{i}]", o) for i, o in enumerate(self.doc.reporting_owners)]
        places += [(f"footnotes[{i}]", f) for i, f in enumerate(self.doc.footnotes)]
        places += [(f"owner_signatures[{i}]", s) for i, s in enumerate(self.doc.owner_signatures)]
        places += [(f"{table}[{k}]", row) for table, k, row in self.doc.rows()]
        for prefix, obj in places:
            for f in type(obj).__struct_fields__:
                value = getattr(obj, f)
                if not isinstance(value, str):
                    continue
                for mark, why in HIDDEN_MARKS.items():
                    if mark in value:
                        value = value.replace(mark, "").strip() or None
                        setattr(obj, f, value)
                        self.notes.unsure(f"{prefix}.{f}" if prefix else f, why)
                        if value is None:
                            break

    def _drop_row(self, table: str, k: int) -> None:
        """Drop row ``k`` of a table; the notes of the rows after it move up with them."""
        getattr(self.doc, table).pop(k)
        self._renumber_notes(table, k, -1)

    def _renumber_notes(self, table: str, k: int, step: int) -> None:
        """Move the notes of a table's rows from ``k`` on by ``step`` (+1: a row inserted at ``k``; -1: row
        ``k`` dropped, its own notes with it)."""
        pat = re.compile(re.escape(table) + r"\[(\d+)\]")

        def move(path: str) -> str | None:
            m = pat.match(path)
            if not m or int(m.group(1)) < k:
                return path
            j = int(m.group(1))
            return None if step < 0 and j == k else f"{table}[{j + step}]" + path[m.end():]

        self.notes.uncertain = [q for q in (move(p) for p in self.notes.uncertain) if q is not None]
        self.notes.evidence = {q: v for p, v in self.notes.evidence.items() if (q := move(p)) is not None}

    def _drop_noise(self) -> None:
        """A 'nature of ownership' of one or two letters is OCR noise (a marker, a table rule).
        A last holding row with no amount whose 'title' is made of box labels is header text
        an extractor put under the table's heading (or the footnotes' heading and a signature
        cut into cells), not a row."""
        for table in ("non_derivative_holdings", "derivative_holdings"):
            rows = getattr(self.doc, table)
            for k in range(len(rows) - 1, -1, -1):
                if rows[k].shares_owned_following_transaction is None and getattr(
                        rows[k], "value_owned_following_transaction", None) is None and re.search(
                        r"Officer \(|Other \(spec|title be|Beneficially|Relationship|Reporting Person|Table I"
                        r"|xplanation of|Signature of",  # the footnotes' heading, a signature, cut into a row
                        f"{rows[k].security_title or ''} {getattr(rows[k], 'underlying_security_title', '') or ''}",
                ) and (k == len(rows) - 1 or self.cut_cells):
                    # the last row, or any when cells were cut at guessed edges (box 5's words
                    # stacked above Table I's heading)
                    self.notes.warnings.append(f"{table}: header text read as a row dropped")
                    self._drop_row(table, k)
        for table, _i, row in self.doc.rows():
            if row.nature_of_ownership and len(_NOT_LETTER.sub("", row.nature_of_ownership)) < 3:
                self.notes.warnings.append(f"{table}: nature {row.nature_of_ownership!r} dropped as noise")
                row.nature_of_ownership = None

    _VALUE_FIELDS = ("shares_owned_following_transaction", "underlying_security_shares")
    _CENTS_RULE = "an amount in cents where shares are counted: the column may hold a value (dollars)"
    _PRICE_FIELDS = ("transaction_price_per_share", "conversion_or_exercise_price")
    _LOST_POINT_PRICE = Decimal(100000)
    _LOST_POINT_RULE = "a whole price of $100,000 or more per share: the text may have lost its decimal point"
    _DEBRIS_RULE = "free text holding another column's number and D/I mark: cells of the row run together"

    def _debris_policy(self) -> None:
        """Doubts the form's grammar raises in any text, read cell by cell:

        - a shares amount with exactly two decimals (2,222.33) where a filing may report a value in
          dollars instead of shares (the form prints both in the same column);
        - a whole price of $100,000 or more per share ('$783684'): far likelier a price whose decimal
          point the text lost ('$78.3684') than a real one, and the text cannot tell them apart;
        - a nature of ownership (or a title) holding a number and a lone D/I mark ("Stock $0 757,756 D"):
          the row's cells ran together, so the text and the title the words were cut from are not settled;
        - title words in the nature ('Common Common ...', or 'Common' beside a title cut to 'Class A'):
          the wrapped words of the row's titles went into the last column;
        - a title that is a date: a date cell read into the title column;
        - an owner's name holding the issuer's name, its ticker or a date (not a trust's 'dated ...'),
          a city holding a number, a street holding box 5's words."""
        issuer = self.doc.issuer
        for k, o in enumerate(self.doc.reporting_owners):
            name = o.rpt_owner_name or ""
            has_issuer = (issuer is not None and issuer.issuer_name is not None and len(issuer.issuer_name) > 5
                          and issuer.issuer_name.casefold() in name.casefold())
            if has_issuer or _TICKER.search(name) or _LOOSE_DATE.search(name):
                # box 2's issuer or box 3's date run into box 1's name (a trust's 'dated 1/1/1977' is its own)
                self.notes.unsure(f"reporting_owners[{k}].rpt_owner_name", "another box's words in the name")
            if _FORM_LABELS.search(name):
                # the boxes' labels read as the name ('2. Issuer Name and Ticker ...'): box 1 was not found
                # where its lines are, so nothing read for it is settled
                self.notes.unsure_all(f"reporting_owners[{k}]", o, "box labels read as the owner's name",
                                      only_set=True)
            if o.rpt_owner_city and re.search(r"\d", o.rpt_owner_city):
                self.notes.unsure(f"reporting_owners[{k}].rpt_owner_city", "a city with a number: a street's words")
            if o.rpt_owner_street1 and _BOX5_WORDS.search(o.rpt_owner_street1):
                self.notes.unsure(f"reporting_owners[{k}].rpt_owner_street1", "box 5's words read as the street")
        for table, k, row in self.doc.rows():
            for f in self._VALUE_FIELDS:
                v = getattr(row, f, None)
                if isinstance(v, Decimal) and v.as_tuple().exponent == -2 and v != v.to_integral_value():
                    self.notes.unsure(f"{table}[{k}].{f}", self._CENTS_RULE)
            for f in self._PRICE_FIELDS:
                v = getattr(row, f, None)
                if isinstance(v, Decimal) and v >= self._LOST_POINT_PRICE and v == v.to_integral_value():
                    self.notes.unsure(f"{table}[{k}].{f}", self._LOST_POINT_RULE)
            shares = getattr(row, "transaction_shares", None)
            owned = row.shares_owned_following_transaction
            if (getattr(row, "transaction_acquired_disposed_code", None) == "A" and isinstance(shares, Decimal)
                    and isinstance(owned, Decimal) and shares > owned):
                # more acquired than owned after: one of the two lost a separator ('4.422' read '4422')
                for f in ("transaction_shares", "shares_owned_following_transaction"):
                    self.notes.unsure(f"{table}[{k}].{f}", "more acquired than owned after the transaction")
            nature = row.nature_of_ownership or ""
            titles = [f for f in ("security_title", "underlying_security_title") if getattr(row, f, None)]
            if _DOUBLED_WORD.search(nature) or (
                _TITLE_WORD.search(nature) and any(_CUT_CLASS.search(getattr(row, f)) for f in titles)
            ):
                # title words in the nature ('Common Common proportionate', a title left as 'Class A'):
                # wrapped words of a row's titles went into the last column
                for f in ("nature_of_ownership", *titles):
                    self.notes.unsure(f"{table}[{k}].{f}", self._DEBRIS_RULE)
            if _NUMBER_TOKEN.search(nature) and _DI_TOKEN.search(nature):
                self.notes.unsure(f"{table}[{k}].nature_of_ownership", self._DEBRIS_RULE)
                if nature.split()[0].rstrip(",") in ("Stock", "Common", "Shares"):
                    f = "underlying_security_title" if table.startswith("derivative") else "security_title"
                    if getattr(row, f, None):
                        self.notes.unsure(f"{table}[{k}].{f}", self._DEBRIS_RULE)
            for f in titles:
                title = getattr(row, f)
                if _DATE_TITLE.fullmatch(title):
                    self.notes.unsure(f"{table}[{k}].{f}", "a date read as a security's title")
                elif _NUMBER_TOKEN.search(title) and _DI_TOKEN.search(title):
                    self.notes.unsure(f"{table}[{k}].{f}", self._DEBRIS_RULE)

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

    _COLUMN_RULE = ("marker's number lost; every other marker read in this column of the table names the same "
                    "footnote, so the marker is taken as it")

    def _column_markers(self) -> dict[tuple[bool, str], tuple[str, ...]]:
        """The footnote ids every marker read in one column of a table gives, where they agree: (Table II?,
        field) -> ids. A column's footnote (an exercise date's vesting schedule, a price's weighted average)
        is often marked on every row; a marker there whose number OCR lost (its smear 'F0') is most
        likely the same one. A column whose rows read different ids gives none."""
        seen: dict[tuple[bool, str], list[tuple[str, ...]]] = {}
        for table, _k, row in self.doc.rows():
            for f, ids in row.footnote_ids.items():
                read = tuple(x for x in ids if x != "F0")
                if read:
                    seen.setdefault((table.startswith("derivative"), f), []).append(read)
        # two rows at least read it (one row's marker may be that row's own)
        return {key: v[0] for key, v in seen.items()
                if len(set(v)) == 1 and len(v) >= 2 and key[1] not in self._ROW_OWN}

    # a column whose footnotes are most often the row's own (an amount's, an ownership form's)
    _ROW_OWN = frozenset({"transaction_shares", "shares_owned_following_transaction", "direct_or_indirect_ownership"})

    # digits OCR confuses in a superscript marker: a 5's or 3's bowl closed to a 6 or 8, a 1's serif to a 4 or 7
    _LOOK_ALIKE = {"6": "58", "8": "3569", "9": "8", "4": "1", "7": "1", "0": "689"}
    _MISREAD_RULE = ("OCR marker's number names no footnote of the list read whole (F1 to F{n}); {read} is how OCR "
                     "misreads {digit}, the one such footnote listed")

    def _misread_markers(self) -> None:
        """A marker whose one digit names no footnote, though the list was read whole (F1 .. Fn, none
        missing): the digit was misread, not a footnote lost. When one digit OCR confuses with it names a
        listed footnote, the marker is that one (uncertain); else its number is lost ('F0')."""
        listed = [f.id for f in self.doc.footnotes]
        n = len(listed)
        if not n or listed != [f"F{k}" for k in range(1, n + 1)]:
            return  # the list lost footnotes (or none read): a marker past it may be one of them
        for table, k, row in self.doc.rows():
            for f, ids in list(row.footnote_ids.items()):
                new = []
                for x in ids:
                    if x == "F0" or x in listed or not re.fullmatch(r"F[1-9]", x):
                        new.append(x)
                        continue
                    cands = [c for c in self._LOOK_ALIKE.get(x[1:], "") if 1 <= int(c) <= n]
                    if len(cands) == 1:
                        new.append(f"F{cands[0]}")
                        self.notes.unsure(f"{table}[{k}].footnote_ids.{f}", self._MISREAD_RULE.format(
                            n=n, read=x[1:], digit=cands[0]), x)
                    else:
                        new.append("F0")
                row.footnote_ids[f] = new

    @staticmethod
    def _fused_marker(fid: str, top: int) -> bool:
        """Whether marker id ``fid`` is two digits past ``top``, the last footnote read (one past it may be
        a footnote the list lost)."""
        return fid[1:].isdigit() and int(fid[1:]) >= 10 and int(fid[1:]) > top + 1

    _SAYS_RULE = ("marker's number lost; one footnote alone says what this column's footnote says (a sale's "
                  "Rule 10b5-1 plan, a gift, a tax withholding, a vesting schedule, an expiry, a conversion, "
                  "who holds, what an amount owned includes)")
    # what a column's footnote says, per column (and per code in column 3): one footnote alone saying it is
    # the one a marker there whose number OCR lost points to
    _SAYS = {
        ("transaction_code", "S"): r"10b5-1", ("transaction_code", "P"): r"10b5-1",
        ("transaction_code", "G"): r"\bgift|\btransfer", ("transaction_code", "F"): r"\btax|withh",
        ("exercise_date", None): r"\bvest", ("expiration_date", None): r"\bexpir",
        ("conversion_or_exercise_price", None): r"\bconvert|\bconversion|\bone share\b|one-for-one|one-to-one",
        ("nature_of_ownership", None): r"\bheld\b|\btrust\b|\bdisclaim|\bby\b",
        ("shares_owned_following_transaction", None): r"\binclud",
    }

    def _footnote_saying(self, row: Any, f: str) -> str | None:
        """The one footnote whose text says what column ``f``'s footnote says (for column 3, per code)."""
        pat = self._SAYS.get((f, getattr(row, "transaction_code", None) if f == "transaction_code" else None))
        if pat is None:
            return None
        hits = [fn.id for fn in self.doc.footnotes if fn.text and re.search(pat, fn.text, re.IGNORECASE)]
        return hits[0] if len(hits) == 1 else None

    _TWIN_RULE = ("marker's number lost; the row's other date of column 6 (date exercisable, expiration date) "
                  "carries one marker read whole, and one footnote most often explains both")

    @staticmethod
    def _date_twin_marker(row: Any, f: str) -> tuple[str, ...] | None:
        """Table II's column 6: the ids of the row's other date when the marker of date ``f`` lost its number
        (exercise and expiration dates are most often marked by one footnote, their schedule's)."""
        twin = {"exercise_date": "expiration_date", "expiration_date": "exercise_date"}.get(f)
        read = tuple(x for x in row.footnote_ids.get(twin, []) if x != "F0") if twin else ()
        return read or None

    _SOLE_RULE = "marker's number lost; the form lists one footnote, so the marker can only be it"

    def _sole_footnote(self) -> str | None:
        """The id of the form's only footnote, if it lists exactly one and no marker read names another:
        a marker whose digit OCR lost can refer to nothing else (markers point into the footnote list)."""
        ids = [f.id for f in self.doc.footnotes]
        read = {x for _t, _k, row in self.doc.rows() for fns in row.footnote_ids.values() for x in fns}
        # a marker read with another number says the list lost footnotes: then no marker is given one
        # ... and so does a numbered start inside the one footnote's text ('... 16a-9. 2..Each ...')
        merged = any(_MERGED_FOOTNOTE_NUMBER.search(f.text or "") for f in self.doc.footnotes)
        return ids[0] if ids == ["F1"] and read <= {"F0", "F1"} and not merged else None

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
        ids = {f.id for f in d.footnotes}
        for table, k, row in d.rows():
            p = f"{table}[{k}]"
            nat = getattr(row, "nature_of_ownership", None)
            # (a ')' alone only before a marker's digit: ')3)6)', '2))4)', not the close of '(as trustee)')
            sm = _NATURE_MARKER_SMEAR.search(nat or "") or _NATURE_GLYPH_RUN.search(nat or "")
            if nat and sm and _clean(nat[: sm.start()]):
                # markers whose '(' OCR lost, glued to the nature's last word ('See Footnotes2)6)')
                row.nature_of_ownership = _clean(nat[: sm.start()])
                # a smear that lost a '(' or a digit ('2))4)') misreads its numbers too: no ids from it
                whole = re.fullmatch(r"(?:\d{1,2}\)|[?®©°]\)?)+", sm.group(1))
                nums = re.findall(r"(\d{1,2})\)", sm.group(1)) if whole else []
                fns = [f"F{int(x)}" for x in nums if f"F{int(x)}" in ids]
                sole = self._sole_footnote()
                if sole and not fns and sm.group(1) != ")":
                    fns = [sole]  # a marker whose number is lost ('LLC®)'): the form's only footnote
                    self.notes.unsure(f"{p}.footnote_ids.nature_of_ownership", self._SOLE_RULE, sm.group(1))
                elif not fns and re.fullmatch(r"[?®©°]\)?", sm.group(1)) and not row.footnote_ids.get(
                        "nature_of_ownership"):
                    # one marker whose number is lost ('Trust®'): its column's, or the one footnote saying who holds
                    same = self._column_markers().get((table.startswith("derivative"), "nature_of_ownership"))
                    says = None if same else self._footnote_saying(row, "nature_of_ownership")
                    fns = list(same) if same else [says] if says else []
                    if fns:
                        self.notes.unsure(f"{p}.footnote_ids.nature_of_ownership",
                                          self._COLUMN_RULE if same else self._SAYS_RULE, sm.group(1))
                if fns:
                    have = row.footnote_ids.setdefault("nature_of_ownership", [])
                    have += [f for f in fns if f not in have]
                self.notes.unsure(f"{p}.nature_of_ownership", "OCR marker smear taken off the nature's end", nat)
            nat = getattr(row, "nature_of_ownership", None)
            es = _ENTITY_SUFFIX_SMEAR.search(nat or "") or _ENTITY_SUFFIX_SPACED_SMEAR.search(nat or "")
            if nat and es:
                # a company's suffix with its markers smeared into capitals, digits and glyphs glued to it
                # ('Partners, LPUA@O4', 'Investments, LLCM', 'Associates II, L.P.2'), or set a space after it,
                # closed by a marker's ')' or glyph ('Investments, LLC AE)'): no name goes on there
                row.nature_of_ownership = nat[: es.start(1)]
                self.notes.unsure(f"{p}.nature_of_ownership", "OCR marker smear taken off the company's suffix",
                                  nat)
            nat = getattr(row, "nature_of_ownership", None)
            sf = _SEE_FOOTNOTES_SMEAR.match(nat or "")
            if nat and sf and not re.search(r"[a-z]", sf.group(2)):
                # what the smear rule above left: 'See Footnotes2OMOM', 'See Footnotes @24O6)G', the phrase with
                # its markers smeared into digits, capitals and glyphs (no word goes on in lower case)
                row.nature_of_ownership = sf.group(1)
                self.notes.unsure(f"{p}.nature_of_ownership", "OCR marker smear taken off 'See Footnotes'", nat)
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
                self.notes.unsure_all(p, row, "OCR table row not confirmed by the row arithmetic")
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
                self.notes.unsure_all(f"reporting_owners[{k}]", o, "OCR of box 1 not read as one whole box")
        for k, o in enumerate(d.reporting_owners):
            for f in _BOX5_FLAGS:
                # a check mark is one glyph beside a table rule: OCR drops it (a False may be a lost X),
                # and with several owners it may land in another owner's group
                if getattr(o, f) is False or (getattr(o, f) and len(d.reporting_owners) > 1):
                    self.notes.unsure(f"reporting_owners[{k}].{f}", "OCR check mark not cross-checked")
        if d.issuer is not None and d.issuer.issuer_name:
            name = _ocr_state_suffix(d.issuer.issuer_name)
            if name != d.issuer.issuer_name:
                self.notes.unsure("issuer.issuer_name", "OCR read a slash of the state suffix as 'I'",
                                  d.issuer.issuer_name)
                d.issuer.issuer_name = name
        poor = self._poor_scan()
        for _table, _k, row in d.rows():
            for f in ("security_title", "underlying_security_title", "nature_of_ownership"):
                v = getattr(row, f, None)
                if v and _BRACE.search(v):
                    setattr(row, f, _clean(re.sub(r"\s*[{}]+\s*", " ", v)) or None)  # table rules read as braces
            for f in ("security_title", "underlying_security_title"):
                v = getattr(row, f, None)
                if v and poor:
                    v = _poor_scan_title(v) or v
                    setattr(row, f, v)
                rep = (_TITLE_TWICE_OR_MORE if poor else _TITLE_TWICE).fullmatch(v or "")
                if rep:
                    # 'Class A Common Stock Class A Common Stock': the title twice, a neighbour row's wrapped
                    # title lines joined to its own (free text OCR transcribed, uncertain as such below)
                    setattr(row, f, rep.group(1))
        # a roman numeral after a word, one of its I's read as a lower-case 'l' ('Associates Il'): free
        # text OCR transcribed, uncertain as such below
        objs: list[tuple[Any, tuple[str, ...]]] = [(d.issuer, ("issuer_name",))]
        objs += [(o, ("rpt_owner_name", "rpt_owner_street1", "rpt_owner_street2")) for o in d.reporting_owners]
        objs += [(r, ("security_title", "underlying_security_title", "nature_of_ownership")) for _t, _k, r in d.rows()]
        objs += [(sg, ("signature_name",)) for sg in d.owner_signatures]
        for obj, fields in objs:
            for f in fields:
                v = getattr(obj, f, None) if obj is not None else None
                if v and _ocr_roman(v) != v:
                    setattr(obj, f, _ocr_roman(v))
        for o in d.reporting_owners:
            if o.rpt_owner_name:
                # a name's capital 'I' read as the digit '1' ('1ZZO RALPH'): a name's word starts with no digit
                # (free text OCR transcribed, uncertain as such below; an ordinal '1ST' is no name's word)
                o.rpt_owner_name = re.sub(r"(?<![\w.,])1(?=[A-Z]{2,}\b)(?!ST\b)", "I", o.rpt_owner_name)
        for path in text_paths:
            obj: Any = d
            for part in _PATH_STEP.split(path):
                m = _INDEXED_STEP.fullmatch(part)
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
        if self.fn_start is None and self.fmt == "ocr":
            # OCR misspelled or split the label ('Expianation of Responses:', 'Explanation  Responses:')
            self.fn_start = next((i for i in range((self.t2 or t2_start) + 1, len(self.lines))
                                  if _OCR_FN_LABEL.match(self.lines[i].text)), None)
        if self.fn_start is None and self.fmt == "ocr":
            self._lost_footnotes_label((self.t2 or t2_start) + 1)
        self.sig = _find_line(self.sq, _SIG_KEYS, self.fn_start or 0)
        if self.cut_cells and self.fn_start is not None:
            self._remarks_above_explanation()

    def _lost_footnotes_label(self, start: int) -> None:
        """OCR lost the footnotes' label 'Explanation of Responses:' (no misspelling of it read either):
        the first footnote's line ('1. Represents shares ...'), before the signature's label, starts the
        footnotes. The label is put back above it (kept in step with ``sq``) so the footnotes are read and
        their prose never taken for table rows (tab cells show no columns to tell prose from a row)."""
        end = _find_line(self.sq, _SIG_KEYS, start)
        for i in range(start, len(self.lines) if end is None else end):
            text = " ".join(c.strip() for c in self.lines[i].cells)  # (OCR may cut its prose at a wide gap)
            if _OCR_FIRST_FOOTNOTE.match(text) and not _COLUMN_HEADING_WORDS.search(text):
                self.lines.insert(i, Line(["Explanation of Responses:"]))
                self.sq.insert(i, _squash("Explanation of Responses:"))
                self.fn_start = i
                self.notes.warnings.append("OCR lost the footnotes' label; put back above the first footnote")
                return

    def _remarks_above_explanation(self) -> None:
        """PyMuPDF4LLM may print the 'Remarks:' heading above 'Explanation of Responses:' (the two
        set side by side on the form): with no numbered footnote under the latter, the text there is
        the remarks, and Table II ends at the 'Remarks:' heading (not a line of its last row)."""
        assert self.fn_start is not None
        k = self.fn_start - 1
        while k > 0 and not self.lines[k].text.strip():
            k -= 1
        if k <= 0 or not re.fullmatch(r"\W*Remarks:?\W*", self.lines[k].text.strip()):
            return
        end = self.sig if self.sig is not None else len(self.lines)
        if any(re.match(r"\s*\(?\d{1,2}[.)]\s", self.lines[i].text) for i in range(self.fn_start + 1, end)):
            return
        self.fn_start = k

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
            if first.offsets[ci] > 8 and _BOX_LABEL_START.match(c)
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
        self.poor = None
        return True


_WORD_EDGE_GLYPHS = re.compile(r"^[^\w(]+|[^\w.)]+$")  # what OCR set before or after a title's word
_TERMINAL = re.compile(r"(?i)(?:stock|units?|shares|options?|warrants?|rights|value|notes|interests?|\))\W*$")


def _repeated_title(title: str) -> tuple[str, int] | None:
    """(the title, k) when ``title`` is one title of two or more words read k >= 2 times over, OCR's misreads
    aside ('Class A Common [Stock Class A Common Stock' -> ('Class A Common Stock', 2)); else None. The
    repeats must cover most of the text and the title end as titles end ('Stock', 'Units', 'value')."""
    words = [w for w in title.split() if _NOT_LOWER.sub("", w.lower())]
    toks = [_NOT_LOWER.sub("", w.lower()) for w in words]
    n = len(toks)

    @functools.cache  # (every split of the title compares the same words again)
    def close(a: str, b: str) -> bool:
        return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.75

    best: tuple[tuple[int, bool, int], str, int] | None = None
    for p in range(2, n // 2 + 1):
        for o in range(p):
            chunks = [tuple(toks[i:i + p]) for i in range(o, n - p + 1, p)]
            if len(chunks) < 2:
                continue
            canon = Counter(chunks).most_common(1)[0][0]
            good = [ch for ch in chunks if sum(close(a, b) for a, b in zip(ch, canon, strict=True)) >= p - (p >= 4)]
            at = o + p * chunks.index(canon)
            seg = " ".join(_WORD_EDGE_GLYPHS.sub("", w) for w in words[at:at + p])
            key = (len(good) * p, bool(_TERMINAL.search(seg)), -p)
            if len(good) >= 2 and key[0] >= 0.7 * n and key[1] and (best is None or key > best[0]):
                best = (key, seg, len(good))
    return (_clean(best[1]), best[2]) if best else None


_BOX1_LABEL_WORDS = ("name", "and", "address", "of", "reporting", "person")


@functools.lru_cache(maxsize=4096)  # (asked of every word near box 1, again and again per line)
def _box1_label_vocab(word: str) -> bool:
    """One of box 1's label words, as a poor scan may misread it ('arid', 'Addréss', 'Narhe')."""
    w = _NOT_LOWER.sub("", word.lower())
    return w in _BOX1_LABEL_WORDS or (len(w) >= 4 and bool(difflib.get_close_matches(w, _BOX1_LABEL_WORDS, 1, 0.6)))


@functools.lru_cache(maxsize=4096)  # (asked of every word near box 1)
def _box1_label_word(word: str) -> bool:
    """A word of box 1's label '1. Name and Address of Reporting Person*' as a poor scan reads it ('arid',
    'Addréss', 'Person”', 'Re', '1:'), or a speck: no word of the owner's name."""
    if not re.search(r"[A-Za-z]{1}", word) or re.fullmatch(r"\W*\d\W*", word) or _box1_label_vocab(word):
        return True
    if word.startswith("(") or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word) and (
            not re.match(r"Mc|Mac|O'|De|Le|La|Van|Von", word)):
        return True  # box 1's sub-labels ('(First)'), or a smear read as letters ('MetiheMchalt')
    # a name is written in capitals or capitalised; a label's broken piece ('Re', 'Ri', 'wame') is not
    return not re.match(r"[A-Z]", word.lstrip("\"'(‘“")) or bool(re.fullmatch(r"[A-Z][a-z]", word))


def _word_list(*texts: str | None) -> tuple[str, ...]:
    """The words of ``texts`` without their punctuation."""
    return tuple(_ALNUM_RUN.findall(" ".join(t for t in texts if t)))


_TITLE_VOCAB = ("Common", "Stock", "Class", "Preferred", "Option", "Options", "Units", "Restricted", "Shares",
                "Share", "Convertible", "Series", "Warrants", "Phantom", "Employee", "Qualified", "Equivalents")


@functools.lru_cache(maxsize=4096)  # (the same few title words on every row)
def _title_vocab_word(w: str) -> str:
    """``w`` put right when it is OCR's misread of one of the form's title words ('Cormmon', 'Ciass')."""
    if len(w) < 4 or w in _TITLE_VOCAB or w.upper() in (t.upper() for t in _TITLE_VOCAB):
        return w
    near = difflib.get_close_matches(w.capitalize(), _TITLE_VOCAB, 1, 0.75)
    if not near or near[0][0].lower() != w[0].lower():
        return w
    return near[0].upper() if w.isupper() else near[0].lower() if w.islower() else near[0]


def _poor_scan_title(title: str) -> str:
    """A poor scan's table title with OCR's misreads of the form's few title words put right ('Cormmon' and
    'Commen' for 'Common', 'Ciass', 'Stoek'), and the dates and specks OCR set before it taken off ('02/02/2011.
    Common Stock', '@ Class A ...', '7 Cornmon Stock': a marker's digit). Free text: uncertain as such."""
    title = _LETTER_RUN.sub(lambda m: _title_vocab_word(m.group(0)), title)
    return _clean(re.sub(r"^(?:[^A-Za-z(]*?\d{1,2}/\d{1,2}/\d{4}\W*)+|^(?:[^\sA-Za-z0-9(]{1,3}\)?|\d{1,2}|[a-z]\))\s+"
                         r"(?=[A-Z])", "", title))


_HEADING_FILLER = frozenset("of and or the if any a to by shares share vv v".split())


def _only_heading_words(text: str) -> bool:
    """Every word of ``text`` a column heading's word or a heading's small word ('of and', 'of Shares',
    'Security'): no title's own word among them."""
    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and all(w.lower() in _HEADING_FILLER or _heading_word(w) for w in words)
