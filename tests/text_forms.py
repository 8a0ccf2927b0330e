"""Small hand-typed forms in the shapes extractors give (benchmarks/corpus.py), shared by the
per-shape text reader tests."""

from __future__ import annotations

FLAT_HEAD = """FORM 3 UNITED STATES SECURITIES AND EXCHANGE COMMISSION OMB APPROVAL
INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES
1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading Symbol 4. Relationship of Reporting Person(s) to Issuer
ALPHA FUND LP Widget Corp [ WDGT ] (Check all applicable)
Director X 10% Owner
(Last) (First) (Middle)
100 MAIN STREET Officer (give title below) Other (specify below)
(Street) Director X 10% Owner
BOSTON MA 02110
Officer (give title below) Other (specify below)
(City) (State) (Zip)
BETA PARTNERS LLC 3. Date of Event Requiring Statement (Month/Day/Year)
(Last) (First) (Middle) 06/01/2021
200 HIGH STREET 6. Individual or Joint/Group Filing (Check Applicable Line)
(Street) X Form filed by More than One Reporting Person
BOSTON MA 02110
(City) (State) (Zip)
Table I - Non-Derivative Securities Beneficially Owned
1. Title of Security (Instr. 4)\t2. Amount of Securities Beneficially Owned (Instr. 4)\t3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)\t4. Nature of Indirect Beneficial Ownership (Instr. 5)
Common Stock, $1 2/3 Par Value\t\t1,000\t\tI\t\tBy Fund
Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)
Explanation of Responses:
1. A footnote.
/s/ Jane Roe, attorney-in-fact 06/03/2021
** Signature of Reporting Person Date
"""  # noqa: E501 - extractor lines are as wide as the page


MD_FORM4 = """**FORM 4**

# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**

|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|
|---|---|---|---|
|1. Title of<br>Security (Instr. 3)|2. Transaction Date<br>(Month/Day/Year)|2A. Deemed Execution<br>Date, if any|3. Transaction<br>Code (Instr. 8)|4. Securities Acquired (A) or Disposed Of (D)|5. Amount of Securities Beneficially Owned|6. Ownership Form|7. Nature of Indirect Beneficial Ownership|
|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||
|Common<br>Stock|05/03/202|1||S<br>1,50|0<br>D<br>$12.5|0||8,500<sup>(</sup>|<sup>1)</sup><br>D|||
|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||

## **Explanation of Responses:**

1. Held in a brokerage account.

## **Remarks:**

**/s/ John Doe** ** Signature of Reporting Person Date

**05/05/2021**
"""  # noqa: E501 - extractor lines are as wide as the page


LAYOUT_TABLE2 = (
    "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
    "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
    "1. Name and Address of Reporting Person*        2. Issuer Name and Ticker or Trading Symbol"
    "        5. Relationship of Reporting Person(s) to Issuer\n"
    "DOE JOHN                                        WIDGET CORP [ WDGT ]                                X Director\n"
    "(Last) (First) (Middle)                         3. Date of Earliest Transaction (Month/Day/Year)\n"
    "1 MAIN ST                                       05/03/2021\n"
    "(Street)                                        6. Individual or Joint/Group Filing (Check Applicable Line)\n"
    "BOSTON MA 02110\n"
    "(City) (State) (Zip)\n"
    "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
    "1. Title of Security (Instr. 3)\n"
    "                   Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"
    " (e.g., puts, calls, warrants, options, convertible securities)\n"
    "1. Title of     2.            3. Transaction     4.             5. Number of       6. Date Exercisable and"
    "    7. Title and Amount       8. Price    9. Number     10.        11. Nature\n"
    "                                                 Code      V    (A)      (D)      Date         Expiration"
    "  Title       Amount\n"
    "Stock           $0.0(1)       05/03/2021         M                       2,000    (2)          (3)       "
    "  Common      2,000       $0          8,000         D\n"
    "Option                                                                                                   "
    "  Stock\n"
    "Explanation of Responses:\n"
    "1. One.\n"
    "2. Two.\n"
    "3. Three.\n"
    "                                                              /s/ John Doe       05/05/2021\n"
    "                                                              ** Signature of Reporting Person       Date\n"
)


def at(*parts: tuple[int, str]) -> str:
    """One line of a layout rendering: each text starting at its character column."""
    line = ""
    for col, text in parts:
        line = line.ljust(col) + text
    return line + "\n"


OCR_ROW = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     D\n"
"""The one Table I row of the OCR'd form below."""


OCR_BOX5 = (
    "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
    "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
    "LC   Check this box if no longer subject to Section 16.\n"
    + at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
          (99, "5. Relationship of Reporting Person(s) to Issuer"))
    + at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
    + at((99, "Director j    10% Owner"))
    + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
    + at((99, "Officer (give    L]"))
    + at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    + at((0, "(Street)"), (99, "Chief Financial Officer"))
    + at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    + at((0, "(City) (State) (Zip)"), (48, "LJ Form filed by More than One Reporting Person"))
    + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
    "1. Title of Security (Instr. 3)\n"
    + OCR_ROW
    + "Explanation of Responses:\n"
    "                                                              /s/ John Doe       05/05/2021\n"
    "                                                              ** Signature of Reporting Person       Date\n"
)


TABLE2_TITLE = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"


TABLE2_TAB_HEADER = (
    TABLE2_TITLE + "1. Title of Derivative Security\t2. Conversion\t3. Transaction Date\t4. Code\t5. Number\t"
    "6. Date Exercisable and Expiration Date\t7. Title and Amount\t8. Price\t9. Number\n"
)
"""Table II's heading as OCR'd tab cells print it."""


def ocr_form(tables: str = "", footnotes: str = "") -> str:
    """The OCR'd form above with ``tables`` put before its footnotes and ``footnotes`` after the label."""
    return OCR_BOX5.replace("Explanation of Responses:\n", tables + "Explanation of Responses:\n" + footnotes)


def ocr_tab_box1(box1: list[str]) -> str:
    """An OCR'd tab-cell form whose box 1 lines (tab cells) are ``box1``; one Table I row."""
    return (
        "FORM 4\tUNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "Person*\t2. Issuer Name and Ticker\tTrading Symbol\t5. Relationship of Reporting Person(s) to Issuer\n"
        "1. Name and Address of Reporting\tor\n"
        + "".join(line + "\n" for line in box1)
        + "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        "1. Title of Security (Instr. 3)\n"
        + OCR_ROW
        + "Explanation of Responses:\n"
        "/s/ John Doe\t05/05/2021\n"
        "** Signature of Reporting Person\tDate\n"
    )


def ocr_box5_grid(ten: str, officer: str, other: str) -> str:
    """The OCR'd form above with box 5 as OCR reads its boxes on a grid: the 10% Owner box on the
    line above, between 'Director' and '10%', the Officer and Other boxes on the line above their
    labels, no title, and the checked box lost."""
    text = OCR_BOX5
    for old, new in (
        (at((99, "Director j    10% Owner")), at((111, ten), (119, "Owner")) + at((102, "Director"), (114, "10%"))),
        (at((99, "Officer (give    L]")), at((99, officer), (131, other))),
        (at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
         at((0, "1 MAIN ST"), (48, "05/03/2021"), (102, "Officer (give title below)"),
             (131, "Other (specify below)"))),
        (at((0, "(Street)"), (99, "Chief Financial Officer")), at((0, "(Street)"))),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


TAB_T2_HEAD = (
    "1. Title of Derivative Security (Instr. 3)\t2. Conversion or Exercise Price of Derivative Security\t\t"
    "3. Transaction Date (Month/Day/Year)\t\t3A. Deemed Execution Date, if any (Month/Day/Year)\t\t"
    "4. Transaction Code (Instr. 8)\t\t\t5. Number of Derivative Securities Acquired (A) or Disposed of (D) "
    "(Instr. 3, 4 and 5)\t\t\t\t6. Date Exercisable and Expiration Date (Month/Day/Year)\t\t\t\t7. Title and "
    "Amount of Securities Underlying Derivative Security (Instr. 3 and 4)\t\t\t8. Price of Derivative Security "
    "(Instr. 5)\t\t9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) "
    "(Instr. 4)\t10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)\t\t11. Nature of Indirect "
    "Beneficial Ownership (Instr. 4)\n"
    "\t\t\t\t\t\t\tCode\t\tV\t(A)\t\t(D)\t\tDate Exercisable\t\tExpiration Date\t\tTitle\t\tAmount or Number "
    "of Shares\t\t\t\t\t\t\n"
)
"""Table II's heading as pdfplumber's cells flattened to tabs print it: empty cells kept, so each
column keeps its cell index on every row of the grid."""


FLAT_T2_FORM = """FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION
STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
1. Name and Address of Reporting Person*\t2. Issuer Name and Ticker or Trading Symbol\t5. Relationship of Reporting Person(s) to Issuer
DOE JOHN\tWidget Corp [ WDGT ]\tX Director
(Last) (First) (Middle)\t3. Date of Earliest Transaction (Month/Day/Year)
1 MAIN STREET\t06/12/2019
(Street)
BOSTON MA 02110
(City) (State) (Zip)\t6. Individual or Joint/Group Filing (Check Applicable Line)
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
1. Title of Security (Instr. 3)\t2. Transaction Date (Month/Day/Year)
Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)
{table2}Explanation of Responses:
1. A footnote.
/s/ John Doe 06/14/2019
** Signature of Reporting Person Date
"""  # noqa: E501 - extractor lines are as wide as the page


def ocr_grid_owners(box1: str) -> str:
    """The OCR'd grid form above with box 1's column (from the first owner's name on) replaced."""
    head, _sep, _rest = OCR_BOX5.partition(at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"),
                                                (99, "(Check all applicable)")))
    tail = OCR_BOX5[OCR_BOX5.index("                   Table I"):]
    return head + box1 + tail


MD_T2 = "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
"""MD_FORM4's Table II heading row: a test's Table II rows go in after it."""
MD_T2_HEAD = MD_T2 + "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
"""That heading with Table II's column headings' row under it, as PyMuPDF4LLM prints them."""


def md_header(rows: str) -> str:
    """MD_FORM4 with its header table (the boxes' row and its separator) replaced by ``rows``."""
    lines = MD_FORM4.splitlines(keepends=True)
    return "".join(lines[:4]) + rows + "".join(lines[6:])


MD_T1_ROW = MD_FORM4.splitlines()[8] + "\n"
"""MD_FORM4's one Table I row (a test puts its own row in its place)."""


GRID_LABELS = at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
                 (99, "5. Relationship of Reporting Person(s) to Issuer"))
"""Boxes 1, 2 and 5's labels on OCR's character grid, as the poor-scan form below prints them."""
GRID_NAME_LINE = at((0, "ROE JANE"), (48, "GADGET INC [ GDGT ]"), (99, "(Check all applicable)"))
GRID_BOX5 = at((99, "X Director    LJ 10% Owner"))
GRID_SIGNED = at((62, "/s/ Jane Roe"), (82, "06/02/2022")) + at((62, "** Signature of Reporting Person"), (100, "Date"))


def grid_form(header: str = GRID_LABELS + GRID_NAME_LINE + GRID_BOX5, *, street: str = "9 ELM ST",
              tail: str = GRID_SIGNED, box6_glyph: str = "L]") -> str:
    """A one-row Form 4 (Jane Roe at Gadget Inc) on OCR's character grid, for the poor-scan tests: each
    test swaps in the part it is about (the header lines of boxes 1, 2 and 5, the street, or what
    follows 'Explanation of Responses:')."""
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + header
        + at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
        + at((0, street), (48, "06/01/2022"))
        + at((0, "(Street)"))
        + at((0, "AUSTIN TX 78701"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + at((0, "(City) (State) (Zip)"), (48, f"{box6_glyph} Form filed by More than One Reporting Person"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        + at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"),
             (67, "5. Amount of Securities"), (99, "6. Ownership Form"))
        + at((0, "Common Stock"), (16, "06/01/2022"), (31, "P"), (39, "2,000"), (47, "A"), (55, "$9.50"),
             (67, "12,000"), (77, "D"))
        + "Explanation of Responses:\n"
        + tail
    )
