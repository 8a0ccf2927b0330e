"""Details of the messy-text reader on the seeds that the broad seed tests do not pin down:
the OCR'd option grant's Table II cells, a city left empty rather than guessed, dispatch
through `parse()`, and the JSON form of a text-read document."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from section16.model import OwnershipDocument
from section16.readers import parse
from section16.readers.text import read_text


def _seed(seeds_dir: Path, stem: str) -> OwnershipDocument:
    path = seeds_dir / f"{stem}.txt"
    return read_text(path.read_text(encoding="utf-8"), source_name=path.name)


def test_ocr_option_grant_table2_cells(seeds_dir: Path) -> None:
    """Seed 001: footnote-only 'Date Exercisable', '0 3/15/2022', '10 4,167' and '104,16 67'."""
    doc = _seed(seeds_dir, "001_21f7f7a3c760f135")
    (row,) = doc.derivative_transactions
    assert row.security_title == "Stock Option (Right to Buy)"
    assert row.conversion_or_exercise_price == Decimal("2.89")
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.expiration_date == date(2022, 3, 15)
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("104167")
    assert row.shares_owned_following_transaction == Decimal("104167")
    flagged = set(doc.extraction.uncertain_fields)
    # the cut-off title and the joined digits are declared, not passed off as read
    assert "derivative_transactions[0].security_title" in flagged
    assert "derivative_transactions[0].shares_owned_following_transaction" in flagged


def test_unreadable_city_is_left_empty_not_guessed(seeds_dir: Path) -> None:
    """Seed 001's city is 'WESTF(' plus Hebrew letters: None, while the ZIP still reads."""
    doc = _seed(seeds_dir, "001_21f7f7a3c760f135")
    owner = doc.reporting_owners[0]
    assert owner.rpt_owner_city is None
    assert owner.rpt_owner_zip_code == "01886"


def test_parse_dispatches_text_files_and_keeps_the_path(seeds_dir: Path) -> None:
    path = seeds_dir / "002_199a74515e6b1d19.txt"
    doc = parse(path)
    assert doc.extraction is not None
    assert doc.non_derivative_transactions[0].transaction_shares == Decimal("1123")
    assert doc.metadata is not None and doc.metadata.source_path == str(path)


def test_text_read_document_round_trips_through_json(seeds_dir: Path) -> None:
    doc = _seed(seeds_dir, "003_720dd7761cb81d7f")
    again = OwnershipDocument.from_json(doc.to_json())
    assert again.to_dict() == doc.to_dict()
    assert again.extraction is not None and again.extraction.uncertain_fields == doc.extraction.uncertain_fields


# --- extractor shapes from the benchmark corpus (benchmarks/corpus.py), written out small ----------

_FLAT_HEAD = """FORM 3 UNITED STATES SECURITIES AND EXCHANGE COMMISSION OMB APPROVAL
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


def test_flat_text_with_several_owners_interleaved_with_other_boxes() -> None:
    """pdfplumber words outside its tables: box 1 shares its lines with boxes 2-6."""
    doc = read_text(_FLAT_HEAD)
    names = [o.rpt_owner_name for o in doc.reporting_owners]
    assert names == ["ALPHA FUND LP", "BETA PARTNERS LLC"]
    assert [o.rpt_owner_street1 for o in doc.reporting_owners] == ["100 MAIN STREET", "200 HIGH STREET"]
    assert all(o.rpt_owner_city == "BOSTON" and o.rpt_owner_zip_code == "02110" for o in doc.reporting_owners)
    assert doc.issuer is not None and doc.issuer.issuer_trading_symbol == "WDGT"
    assert doc.issuer.issuer_name == "Widget Corp"
    # box 1 and box 2 values on one line are split by a guess: said so
    assert "issuer.issuer_name" in doc.extraction.uncertain_fields
    assert all(o.is_ten_percent_owner for o in doc.reporting_owners)
    assert doc.period_of_report == date(2021, 6, 1)


def test_tab_cells_keep_a_title_with_a_fraction_whole() -> None:
    """A table extractor's cells are columns: '$1 2/3 Par Value' is not a date or a price."""
    doc = read_text(_FLAT_HEAD)
    (row,) = doc.non_derivative_holdings
    assert row.security_title == "Common Stock, $1 2/3 Par Value"
    assert row.shares_owned_following_transaction == Decimal("1000")
    assert row.direct_or_indirect_ownership == "I"
    assert row.nature_of_ownership == "By Fund"


_MD_FORM4 = """**FORM 4**

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


def test_pymupdf4llm_markdown_with_cells_cut_at_column_edges() -> None:
    """PyMuPDF4LLM: <br>-stacked cells (markdown, not HTML) whose edges cut a date, an amount,
    a price and a marker; numbers are joined back, free text is marked uncertain."""
    doc = read_text(_MD_FORM4)
    assert doc.extraction is not None and doc.extraction.source_format == "markdown"
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock"
    assert row.transaction_date == date(2021, 5, 3)
    assert row.transaction_code == "S"
    assert row.transaction_shares == Decimal("1500")
    assert row.transaction_acquired_disposed_code == "D"
    assert row.transaction_price_per_share == Decimal("12.50")
    assert row.shares_owned_following_transaction == Decimal("8500")
    assert row.footnote_ids.get("shares_owned_following_transaction") == ["F1"]
    assert "non_derivative_transactions[0].security_title" in doc.extraction.uncertain_fields
    (sig,) = doc.owner_signatures
    assert sig.signature_name == "/s/ John Doe" and sig.signature_date == date(2021, 5, 5)
    assert doc.remarks is None


_LAYOUT_TABLE2 = (
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


def test_layout_marker_a_column_right_of_the_amount_is_the_date_exercisables() -> None:
    """pdftotext -layout prints an amount's own marker glued to it ('2,000(2)'); '2,000    (2)'
    is column 6's marker, however close."""
    doc = read_text(_LAYOUT_TABLE2)
    assert doc.extraction is not None and doc.extraction.source_format == "pdf-text"
    (row,) = doc.derivative_transactions
    assert row.transaction_shares == Decimal("2000")
    assert row.transaction_acquired_disposed_code == "D"
    assert "transaction_shares" not in row.footnote_ids
    assert row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.footnote_ids.get("expiration_date") == ["F3"]
    assert row.underlying_security_title == "Common Stock"
    assert row.shares_owned_following_transaction == Decimal("8000")


def _at(*parts: tuple[int, str]) -> str:
    """One line of a layout rendering: each text starting at its character column."""
    line = ""
    for col, text in parts:
        line = line.ljust(col) + text
    return line + "\n"


_OCR_ROW = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     D\n"
"""The one Table I row of the OCR'd form below."""

_OCR_BOX5 = (
    "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
    "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
    "LC   Check this box if no longer subject to Section 16.\n"
    + _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
          (99, "5. Relationship of Reporting Person(s) to Issuer"))
    + _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
    + _at((99, "Director j    10% Owner"))
    + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
    + _at((99, "Officer (give    L]"))
    + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    + _at((0, "(Street)"), (99, "Chief Financial Officer"))
    + _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    + _at((0, "(City) (State) (Zip)"), (48, "LJ Form filed by More than One Reporting Person"))
    + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
    "1. Title of Security (Instr. 3)\n"
    + _OCR_ROW
    + "Explanation of Responses:\n"
    "                                                              /s/ John Doe       05/05/2021\n"
    "                                                              ** Signature of Reporting Person       Date\n"
)


_TABLE2_TITLE = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
_TABLE2_TAB_HEADER = (
    _TABLE2_TITLE + "1. Title of Derivative Security\t2. Conversion\t3. Transaction Date\t4. Code\t5. Number\t"
    "6. Date Exercisable and Expiration Date\t7. Title and Amount\t8. Price\t9. Number\n"
)
"""Table II's heading as OCR'd tab cells print it."""


def _ocr_form(tables: str = "", footnotes: str = "") -> str:
    """The OCR'd form above with ``tables`` put before its footnotes and ``footnotes`` after the label."""
    return _OCR_BOX5.replace("Explanation of Responses:\n", tables + "Explanation of Responses:\n" + footnotes)


def test_ocr_box5_without_a_readable_check_mark_takes_the_officer_title() -> None:
    """OCR lost box 5's X; the title written under 'Officer (give title below)' says Officer,
    and the inferred boxes are listed as uncertain."""
    doc = read_text(_OCR_BOX5)
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    (owner,) = doc.reporting_owners
    assert owner.is_officer is True and owner.officer_title == "Chief Financial Officer"
    assert owner.is_other is False and owner.is_ten_percent_owner is False
    for f in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields


def test_ocr_marker_smears_glued_to_values_and_the_typed_signature() -> None:
    """OCR of superscript markers glued to a code or an amount ('FO', '8,500?)', '$0®)') keeps
    the value, as does a code letter echoed in lower case ('Mm'); 'Is}' is the '/s/' of a typed
    signature."""
    rows = (
        "Common Stock    05/03/2021     M       1,000     A     $0®)        9,000\n"
        "Common Stock    05/03/2021     FO        500           $12.50      8,500?)\n"
        "Common Stock    05/03/2021     Mm        100           $0          8,600\n"
        "Common Stock    05/03/2021     AM         27     A     $34.99      8,627      Dp?)\n"
    )
    text = _OCR_BOX5.replace(_OCR_ROW, rows).replace("/s/ John Doe", "Is} John Doe")
    doc = read_text(text)
    m, f, ex, grant = doc.non_derivative_transactions
    # 'AM': A with its marker read as a second capital; 'Dp?)': D with its marker's smear
    assert (grant.transaction_code, grant.transaction_shares, grant.direct_or_indirect_ownership) == (
        "A", Decimal("27"), "D")
    assert grant.transaction_price_per_share == Decimal("34.99")
    # 'Mm': OCR echoed the code letter in lower case
    assert (ex.transaction_code, ex.transaction_shares, ex.shares_owned_following_transaction) == (
        "M", Decimal("100"), Decimal("8600"))
    assert (m.transaction_code, m.transaction_shares, m.transaction_price_per_share) == ("M", Decimal("1000"), 0)
    assert m.shares_owned_following_transaction == Decimal("9000")
    assert (f.transaction_code, f.transaction_shares, f.transaction_price_per_share) == ("F", Decimal("500"),
                                                                                        Decimal("12.50"))
    assert f.shares_owned_following_transaction == Decimal("8500")
    assert f.transaction_acquired_disposed_code == "D"  # code F disposes; the arithmetic agrees
    assert f.direct_or_indirect_ownership == "D"
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields
    (sig,) = doc.owner_signatures
    assert sig.signature_name == "/s/ John Doe"


def test_pymupdf4llm_box5_marks_read_in_the_raw_cell_stacks() -> None:
    """PyMuPDF4LLM prints box 5's boxes in a column of <br> slices left of the labels, the title
    in bold under the Officer row and cut across cells: the X on the Officer row (the slice
    above the title) and the title are read from the raw cells, not from the unstacked lines."""
    box5 = ("|X<br>**Ch**<br> <br>on<br>**sposed of, or Benef**|Director<br> Officer (giv<br>**ief Digital**"
            "<br>**icially Own**|10% Own<br>e title below<br>**& Tech Off**<br>**ed**|er<br>)<br>Other (spe<br>"
            "**icer**|cify below)|\n")
    text = _MD_FORM4.replace("|---|---|---|---|\n", "|---|---|---|---|\n" + box5, 1)
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        False, True, False, False)
    assert owner.officer_title == "Chief Digital& Tech Officer"  # the cut hides a space: uncertain
    assert doc.extraction is not None
    assert "reporting_owners[0].officer_title" in doc.extraction.uncertain_fields


def test_pymupdf4llm_box1_name_and_box2_read_across_cut_cells() -> None:
    """PyMuPDF4LLM cuts box 1's and box 2's labels and bold values across cells ('1. Name and' /
    '**HUDS**' | 'Address of Repor' / '**ON DENNIS**' ...): the name and the issuer are the bold
    slices under the label's pieces, joined, past the label's end too; the [ticker] ends box 2."""
    header = ("|1. Name and<br>**HUDS**<br>|Address of Repor<br>**ON DENNIS**<br>|ting Person|<sup>*</sup><br>"
              "2. Issuer<br>**SEACO**<br>3. Date o<br>**04/13/2**|Name and Tick<br>**AST BANKI**<br>"
              "f Earliest Tra<br>**022**|er or Trading Sym<br>**NG CORP [ SB**|"
              "bol<br>**CF**|**]**<br>5. Relationship of Reporting Person(s) to Issuer|\n")
    text = _MD_FORM4.replace(_MD_FORM4.splitlines()[4] + "\n", header, 1)
    doc = read_text(text)
    assert doc.issuer is not None
    assert doc.issuer.issuer_name == "SEACOAST BANKING CORP" and doc.issuer.issuer_trading_symbol == "SBCF"
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "HUDSON DENNIS"
    assert doc.period_of_report == date(2022, 4, 13)  # box 3 cut the same way


def test_pymupdf4llm_box1_address_lines_joined_across_cut_cells() -> None:
    """Box 1's street and city lines cut across cells: label pieces ('(Middle)', ') (Zip)') anchor
    the bold pieces to their lines; a piece with no label under it continues the lines that
    filled the cell before it to its edge."""
    rows = ("|1. Name an<br>**GALLIGA**|d Address of Rep<br>**N JOSEPH**|orting Person<sup>*</sup>|"
            "2. Issuer<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|\n"
            "|---|---|---|---|---|\n"
            "|(Last) (First)<br>**2390 EA**<br>(Street)<br>**ANAHEI**<br>(City) (State|(Middle)<br>**ST ORANGEW**"
            "<br>**M CA 92806**<br>) (Zip)|**OOD AVENUE**|3. Date of Earliest Transaction|\n")
    lines = _MD_FORM4.splitlines(keepends=True)
    text = "".join(lines[:4]) + rows + "".join(lines[6:])
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    # a cut at a column edge may fall inside a word or on a space: the spacing is not known
    assert owner.rpt_owner_name is not None and owner.rpt_owner_name.replace(" ", "") == "GALLIGANJOSEPH"
    assert owner.rpt_owner_street1 is not None
    assert owner.rpt_owner_street1.replace(" ", "") == "2390EASTORANGEWOODAVENUE"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("ANAHEIM", "CA", "92806")


def test_ocr_tab_cells_box2_value_on_a_later_line() -> None:
    """OCR'd tab cells: box 2's label cell is followed by box 5's label, and its value (with the
    [ticker]) is a cell of a later line, beside box 1's name."""
    text = _OCR_BOX5.replace(" " * 8, "\t")
    lines = text.splitlines(keepends=True)
    head = ("Person*\t2. Issuer Name and Ticker\tTrading Symbol\t5. Relationship of Reporting Person(s) to Issuer\n"
            "1. Name and Address of Reporting\tor\n"
            "DOE JOHN\tWIDGET CORP [ WDGT ]\t(Check all applicable)\n")
    text = "".join(lines[:3]) + head + "".join(lines[5:])
    doc = read_text(text)
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("WIDGET CORP", "WDGT")


def test_ocr_tab_cells_of_a_wrapped_line_continue_each_text_column() -> None:
    """OCR'd tab cells: the line under a Table II row holds the wrapped words of column 1 and of
    column 7 ('Stock<TAB>Common'): each continues its own column, not the title."""
    table2 = _TABLE2_TAB_HEADER + (
        "Restricted\t$0\t05/03/2021\tM\t1,000\t(1)\t(1)\tClass A\t1,000\t$0\t2,000\tD\n"
        "Stock\tCommon\n"
        "Units\tStock\n"
    )
    text = _ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.security_title == "Restricted Stock Units"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("1000")


def test_ocr_tab_box1_lines_drop_the_cells_of_boxes_2_and_5() -> None:
    """OCR'd tab cells: box 1's name line also holds box 2's value and box 5's words; the name
    is what is left, without a lower-case smear of the next box ('ar')."""
    text = _OCR_BOX5.replace(" " * 8, "\t")
    lines = text.splitlines(keepends=True)
    head = ("1. Name and Address of Reporting Person*\t2. Issuer Name and Ticker or Trading Symbol\t"
            "5. Relationship of Reporting Person(s) to Issuer\n"
            "DOE JOHN ar\tWIDGET CORP [ WDGT ]\t(Check all applicable)\n")
    text = "".join(lines[:3]) + head + "".join(lines[5:])
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN"
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_marker_read_as_one_glyph_keeps_its_column() -> None:
    """OCR reads a marker as one glyph ('©'), past the table rule after the amount: it still fills
    column 6's first slot, so the next marker is the expiration date's, not the exercise date's;
    its lost number is not invented."""
    table2 = _TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    3. Transaction Date      4. Code     5. Number"
        "      6. Date Exercisable and Expiration Date      7. Title and Amount      8. Price     9. Number\n"
        "Restricted Stock Units     $0      05/03/2021      M      1,000 | ©      (1)      Common Stock      1,000"
        "      $0      2,000      D\n"
    )
    text = _ocr_form(table2, "1. Vests.\n2. Granted.\n")  # two footnotes: the lost number could be either
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.footnote_ids.get("expiration_date") == ["F1"]
    assert "exercise_date" not in row.footnote_ids
    assert row.underlying_security_title == "Common Stock" and row.underlying_security_shares == Decimal("1000")


def test_ocr_dates_with_a_marker_smear_and_braces_of_table_rules() -> None:
    """OCR: '05/07/2016%4)' and '05/07/2023)' are dates with a marker's smear after them; '}Common' is a word
    beside a table rule read as a brace."""
    table2 = _TABLE2_TITLE + (
        "1. Title of Derivative Security       2. Conversion    6. Date Exercisable and Expiration Date"
        "      7. Title and Amount      9. Number\n"
        "Stock Option      $47.61      05/07/2016%4) | 05/07/2023)       }Common |}    15,000      15,000      D\n"
    )
    text = _ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_holdings
    assert row.exercise_date == date(2016, 5, 7) and row.expiration_date == date(2023, 5, 7)
    assert row.underlying_security_title == "Common"
    assert row.underlying_security_shares == Decimal("15000")


def test_ocr_gift_lost_its_zero_price() -> None:
    """OCR drops a lone '$0' cell: a gift's price is $0, said to be inferred."""
    row = "Common Stock    05/03/2021     G       500     D                 8,000     D\n"
    text = _OCR_BOX5.replace(_OCR_ROW, row)
    doc = read_text(text)
    (gift,) = doc.non_derivative_transactions
    assert gift.transaction_code == "G" and gift.transaction_shares == Decimal("500")
    assert gift.transaction_price_per_share == 0
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_markdown_table2_holding_next_cell_is_the_next_column() -> None:
    """A table extractor's cells are columns: in a Table II holding row, the amount in column 7
    and the amount owned in column 9 sit in adjacent cells and are two fields, not one number."""
    row = "|Class B<br>Common<br>Stock|$0.00|(1)|(1)<br>Class A<br>Common<br>Stock|18,509,696|18,509,696|D|\n"
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + row)
    doc = read_text(text)
    (h,) = doc.derivative_holdings
    assert h.underlying_security_shares == Decimal("18509696")
    assert h.shares_owned_following_transaction == Decimal("18509696")
    assert h.direct_or_indirect_ownership == "D"


def test_markdown_table2_amount_in_the_cell_under_a() -> None:
    """Markdown cells are columns: a gift's amount in the cell under '(A)' is an acquisition,
    whatever the code would suggest."""
    rows = ("|||||Code<br>V|(A)<br>(|D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Class B<br>Common<br>Stock|(1)|12/05/2019||G|111||(1)|(1)|Class A<br>Common<br>Stock|111|$0|11,417|I|\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + rows)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("G", Decimal("111"))
    assert row.transaction_acquired_disposed_code == "A"


def test_pymupdf4llm_several_owners_stacked_in_box1_column() -> None:
    """PyMuPDF4LLM stacks every owner of box 1 in the first cell of the header rows, between
    whole labels: owner after owner, with a foreign address's EDGAR country code."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ALPHA CORP.**<br>(Last) (First) (Middle)<br>"
            "**1-7-1, KAIGAN**<br>(Street)<br>**MINATO-KU TOKYO M0 105-7537**<br>(City) (State) (Zip)<br>"
            "**Beta Fund LLC**<br>(Last) (First) (Middle)|2. Issuer Name and Ticker or Trading Symbol<br>"
            "**WIDGET CORP [ WDGT ]**|\n"
            "|---|---|\n"
            "|**251 LITTLE FALLS DRIVE**<br>(Street)<br>**WILMINGTON, DE 19808**<br>(City) (State) (Zip)|"
            "5. Relationship of Reporting Person(s) to Issuer|\n")
    lines = _MD_FORM4.splitlines(keepends=True)
    doc = read_text("".join(lines[:4]) + rows + "".join(lines[6:]))
    a, b = doc.reporting_owners
    assert (a.rpt_owner_name, a.rpt_owner_street1) == ("ALPHA CORP.", "1-7-1, KAIGAN")
    assert (a.rpt_owner_city, a.rpt_owner_state, a.rpt_owner_zip_code) == ("MINATO-KU TOKYO", "M0", "105-7537")
    assert (b.rpt_owner_name, b.rpt_owner_street1) == ("Beta Fund LLC", "251 LITTLE FALLS DRIVE")
    assert (b.rpt_owner_city, b.rpt_owner_state, b.rpt_owner_zip_code) == ("WILMINGTON", "DE", "19808")


def test_pymupdf4llm_box5_groups_all_alike_hold_for_every_owner() -> None:
    """Box 5's groups do not line up one per owner (a group cut off), but every readable group
    says the same: each owner gets it, marked uncertain."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ALPHA LP**<br>(Last) (First) (Middle)<br>"
            "**1 MAIN ST**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>**BETA LP**<br>"
            "(Last) (First) (Middle)<br>**1 MAIN ST**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>"
            "**GAMMA LLC**<br>(Last) (First) (Middle)<br>**1 MAIN ST**<br>(Street)<br>**BOSTON MA 02110**<br>"
            "(City) (State) (Zip)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "Director<br>X 10% Owner<br>Officer (give title below)<br>Other (specify below)<br>Director<br>"
            "X 10% Owner|\n")
    lines = _MD_FORM4.splitlines(keepends=True)
    doc = read_text("".join(lines[:4]) + rows + "".join(lines[6:]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ALPHA LP", "BETA LP", "GAMMA LLC"]
    for o in doc.reporting_owners:
        assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other) == (False, False, True, False)
    assert doc.extraction is not None
    assert "reporting_owners[2].is_ten_percent_owner" in doc.extraction.uncertain_fields


def test_ocr_tab_row_nature_wraps_longest_and_amounts_in_own_cells() -> None:
    """OCR'd tab cells of a Table II row: the lone '$0' of column 8 was dropped, so column 7's
    amount (the row's amount) and column 9's sit in adjacent cells; after the columns wrapped
    together, a line of one cell goes on with the nature of ownership, not the title."""
    table2 = _TABLE2_TAB_HEADER + (
        "Class B\t(1) | 05/03/2021\tG\t111\t(1)\t(1)\tClass A\t111\t11,417\tproportionate\n"
        "Common\tCommon\tlimited\n"
        "Stock\tStock\tpartnership\n"
        "interests\n"
    )
    text = _ocr_form(table2, "1. Vests.\n")
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert row.security_title == "Class B Common Stock"
    assert row.underlying_security_title == "Class A Common Stock"
    assert row.underlying_security_shares == Decimal("111")
    assert row.shares_owned_following_transaction == Decimal("11417")
    assert row.nature_of_ownership == "proportionate limited partnership interests"


def test_ocr_footnote_words_set_below_their_gaps_go_back_in() -> None:
    """OCR of justified text sets a few words on a line of their own, each under a gap of the
    line above: they go back in their gaps, not at the end of the footnote."""
    fn = (_at((0, "1. The price reported in Column 4 is"), (39, "weighted"), (57, "price. The shares"),
              (80, "sold in multiple transactions."))
          + _at((37, "a"), (49, "average"), (75, "were")))
    doc = read_text(_ocr_form(footnotes=fn + "Remarks:\n"))
    (f1,) = doc.footnotes
    assert f1.text == ("The price reported in Column 4 is a weighted average price. The shares were sold "
                       "in multiple transactions.")


def test_ocr_box1_middle_initial_and_state_zip_a_line_lower() -> None:
    """OCR sets a middle initial, and a city line's state and ZIP, a little lower than their
    line: they are read with it."""
    text = _OCR_BOX5.replace(
        _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + _at((22, "Q")),
    ).replace(_at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)")),
              _at((0, "BOSTON"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
              + _at((10, "MA 02110")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN Q"
    assert owner.rpt_owner_street1 == "1 MAIN ST"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("BOSTON", "MA", "02110")


def test_ocr_amount_after_a_whole_date_is_not_a_date_piece() -> None:
    """A two-digit amount right after a whole date (the code column empty) is the amount, not a
    piece of a date split across cells."""
    row = "Common Stock    05/03/2021             41     A     $24.14      8,541     D\n"
    text = _OCR_BOX5.replace(_OCR_ROW, row)
    doc = read_text(text)
    (r,) = doc.non_derivative_transactions
    assert r.transaction_date == date(2021, 5, 3)
    assert r.transaction_shares == Decimal("41") and r.transaction_acquired_disposed_code == "A"
    assert r.transaction_code == "P"  # acquired at a price: inferred, and said to be
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_header_words_under_the_table_heading_are_not_a_holding() -> None:
    """An extractor may put box 5's words under the Table I heading: with no amount, that line is
    header text, not a holding row."""
    junk = "|10% Owner) X Officer (give title below) Other (specify below), or Beneficially Owned||||||||\n"
    text = _MD_FORM4.replace(
        "|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + junk)
    doc = read_text(text)
    assert doc.non_derivative_holdings == []
    assert len(doc.non_derivative_transactions) == 1


def test_pymupdf4llm_table2_heading_printed_in_the_last_table1_row() -> None:
    """PyMuPDF4LLM may print Table II's heading as bold slices under the values of Table I's last
    row: the row is still read, and Table II starts after it."""
    row = ("|Common<br>Stock|05/04/2021<br>**Table**|**II - Derivative Securities Acquir**|F<br>**ed, Dispose**|"
           "1,009<br>**d of, or Benefi**|D<br>**cially Own**|$106.82<br>**ed (e.g., p**|**uts, calls, warran**|"
           "7,491<br>**ts, options, c**|D<br>**onvertible secu**|**rities)**||\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", row)
    doc = read_text(text)
    rows = doc.non_derivative_transactions
    assert [r.transaction_code for r in rows] == ["S", "F"]
    f = rows[1]
    assert (f.transaction_shares, f.transaction_acquired_disposed_code) == (Decimal("1009"), "D")
    assert f.transaction_price_per_share == Decimal("106.82")
    assert f.shares_owned_following_transaction == Decimal("7491")


def test_pymupdf4llm_signature_cut_across_a_table_row() -> None:
    """A typed signature (no '/s/') cut across the cells of the label's row is joined back, with
    the date beside it."""
    sig = ("|**xplanation of Resp**<br>**emarks:**|**onses:**|**Joseph D' Ale**<br>** Signature of Re|"
           "**ssandro, Power of Attorney**<br>porting Person|**06/25/2020**<br>Date|\n")
    text = _MD_FORM4.replace("**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sig)
    doc = read_text(text)
    (s,) = doc.owner_signatures
    assert s.signature_name == "Joseph D' Alessandro, Power of Attorney"
    assert s.signature_date == date(2020, 6, 25)


def test_ocr_tab_footnote_words_fill_the_gaps_of_the_line_above() -> None:
    """OCR'd tab cells: a line of as many short words as the line above has gaps is those gaps'
    words, set a little lower."""
    fn = ("1. The price reported in Column 4 is\tweighted\tprice. The shares\tsold in multiple transactions.\n"
          "a\taverage\twere\n")
    text = _OCR_BOX5.replace(" " * 8, "\t").replace("Explanation of Responses:\n",
                                                      "Explanation of Responses:\n" + fn + "Remarks:\n")
    doc = read_text(text)
    (f1,) = doc.footnotes
    assert f1.text == ("The price reported in Column 4 is a weighted average price. The shares were sold "
                       "in multiple transactions.")


def test_ocr_tab_title_cell_with_the_date_takes_its_wrapped_words() -> None:
    """OCR'd tab cells: the title's cell also holds the date ('Common Stock, | 05/03/2021'); the
    wrapped line goes to the title before the date, and a two-letter code cell ('AY': A and its
    marker) is the code."""
    row = "Common Stock, | 05/03/2021\tAY\t1,381\tA\t9,881\tD\npar value\n"
    text = _OCR_BOX5.replace(_OCR_ROW, row)
    doc = read_text(text)
    (r,) = doc.non_derivative_transactions
    assert r.security_title == "Common Stock, par value"
    assert (r.transaction_code, r.transaction_shares, r.transaction_acquired_disposed_code) == (
        "A", Decimal("1381"), "A")
    assert r.shares_owned_following_transaction == Decimal("9881")


def test_ocr_tab_box1_street_label_line_drops_the_cells_of_boxes_4_and_5() -> None:
    """OCR'd tab cells: the line of box 1's '(Street)' label also holds box 4's 'If' and box 5's
    officer title; the street is only the line above it."""
    box = _OCR_BOX5.replace(_at((0, "(Street)"), (99, "Chief Financial Officer")),
                            _at((0, "(Street)"), (50, "If"), (99, "President")))
    text = "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in box.splitlines())  # as OCR tab cells
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("1 MAIN ST", None)
    assert owner.rpt_owner_city == "BOSTON"


def test_ocr_tab_markers_a_cell_apart_are_the_date_columns() -> None:
    """OCR'd tab cells of Table II: a marker glued to its value is the value's; one a cell away
    is the next column's (the conversion price's marker, then the dates' own markers)."""
    table2 = _TABLE2_TAB_HEADER + (
        "Restricted\t$0(3)\t05/03/2021\tM\t1,000 |\t(1)\t(2)\tClass A\t1,000\t$0\t2,000\tD\n"
        "Stock\tCommon\n"
        "Units\tStock\n"
        "Class B\t(3)\t(1)\t(2)\tClass A\t3,683\t3,683\tD\n"
        "Common\tCommon\n"
        "Stock\tStock\n"
    )
    text = _ocr_form(table2, "1. Vests.\n2. Expires.\n3. One for one.\n")
    doc = read_text(text)
    (txn,) = doc.derivative_transactions
    assert txn.transaction_shares == Decimal("1000")
    assert "transaction_shares" not in txn.footnote_ids
    assert (txn.footnote_ids.get("exercise_date"), txn.footnote_ids.get("expiration_date")) == (["F1"], ["F2"])
    (hold,) = doc.derivative_holdings
    assert hold.footnote_ids.get("conversion_or_exercise_price") == ["F3"]
    assert (hold.footnote_ids.get("exercise_date"), hold.footnote_ids.get("expiration_date")) == (["F1"], ["F2"])
    assert hold.underlying_security_shares == Decimal("3683")
    assert hold.shares_owned_following_transaction == Decimal("3683")  # the next cell is column 9's


def test_ocr_tab_holding_amount_in_the_cell_after_the_title() -> None:
    """OCR'd tab cells of a Table I holding whose D/I letter OCR dropped: the number in the cell
    after the title is the amount owned, not a word of the title; the nature makes it 'I'."""
    rows = ("Common Stock\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tD\n"
            "Class A\t634\tChild's proportionate interest in\n"
            "Common\tshares held by Family LP\n"
            "Stock\n")
    text = _OCR_BOX5.replace(_OCR_ROW, rows)
    doc = read_text(text)
    (hold,) = doc.non_derivative_holdings
    assert hold.security_title == "Class A Common Stock"
    assert hold.shares_owned_following_transaction == Decimal("634")
    assert hold.nature_of_ownership == "Child's proportionate interest in shares held by Family LP"
    assert hold.direct_or_indirect_ownership == "I"
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].direct_or_indirect_ownership" in doc.extraction.uncertain_fields


def test_ocr_holding_row_of_a_title_and_a_whole_amount_is_a_row() -> None:
    """OCR dropped a holding row's 'D': left with a title under column 1 and a whole amount
    ('6,649') before the nature column, the line is a row of its own, not wrapped words of the
    row above."""
    head = (_at((0, "1. Title of Security"), (22, "2. Transaction Date"), (44, "3. Code"),
                (56, "4. Securities Acquired"), (80, "5. Amount Owned"), (100, "6. Form"), (112, "7. Nature"))
            + _at((0, "Common Stock"), (22, "05/03/2021"), (44, "S"), (54, "1,500   D   $12.50"),
                  (80, "8,500"), (100, "D"))
            + _at((0, "Common"), (80, "224,356"), (100, "D"))
            + _at((0, "Stock"))
            + _at((0, "Common"), (82, "6,649"))
            + _at((0, "Stock")))
    text = _OCR_BOX5.replace(
        "1. Title of Security (Instr. 3)\n" + _OCR_ROW, head)
    doc = read_text(text)
    assert [h.shares_owned_following_transaction for h in doc.non_derivative_holdings] == [
        Decimal("224356"), Decimal("6649")]
    assert [h.security_title for h in doc.non_derivative_holdings] == ["Common Stock", "Common Stock"]
    assert doc.extraction is not None
    assert "non_derivative_holdings[1].direct_or_indirect_ownership" in doc.extraction.uncertain_fields


def test_ocr_unreadable_code_keeps_its_column() -> None:
    """OCR smeared the code and its marker into 'ym': the amount, price and amount owned that
    follow are still read in their columns; the code is not invented from the smear."""
    text = _OCR_BOX5.replace("Common Stock    05/03/2021     S       1,500",
                             "Common Stock    05/03/2021     ym      1,500")
    doc = read_text(text)
    (row,) = doc.non_derivative_transactions
    assert row.transaction_shares == Decimal("1500")
    assert row.transaction_price_per_share == Decimal("12.50")
    assert row.shares_owned_following_transaction == Decimal("8500")
    assert doc.extraction is not None
    assert row.transaction_code is None or (
        "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields)


def test_pymupdf4llm_several_owners_past_a_label_cut_at_a_row_edge() -> None:
    """Box 1's column of several owners, one '(Street)' label cut in two at a row edge ('Stt'
    ending a row, '(ree)' starting the next): the owners are read past it, marked uncertain."""
    rows = ("|1. Name and Address of Reporting Person<sup>*</sup><br>**ALPHA LP**<br>(Last) (First) (Middle)<br>"
            "**1 MAIN ST**<br>(Street)<br>**BOSTON MA 02110**<br>(City) (State) (Zip)<br>**BETA LP**<br>"
            "(Last) (First) (Middle)<br>**2 HIGH ST**<br>Stt|2. Issuer Name and Ticker or Trading Symbol<br>"
            "**WIDGET CORP [ WDGT ]**|Director<br>X 10% Owner<br>Officer (give title below)<br>Director<br>"
            "X 10% Owner|\n"
            "|---|---|---|\n"
            "|(ree)<br>**SALEM MA 01970**<br>(City) (State) (Zip)<br>**GAMMA LLC**<br>(Last) (First) (Middle)<br>"
            "**3 LOW ST**<br>(Street)<br>**LYNN MA 01901**<br>(City) (State) (Zip)|"
            "5. Relationship of Reporting Person(s) to Issuer|Other (specify below)<br>Director<br>X 10% Owner|\n")
    lines = _MD_FORM4.splitlines(keepends=True)
    doc = read_text("".join(lines[:4]) + rows + "".join(lines[6:]))
    assert [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("ALPHA LP", "1 MAIN ST", "BOSTON"), ("BETA LP", "2 HIGH ST", "SALEM"), ("GAMMA LLC", "3 LOW ST", "LYNN")]
    assert doc.extraction is not None
    assert "reporting_owners[1].rpt_owner_city" in doc.extraction.uncertain_fields
    # box 1's column of the raw cells itself reads on past the cut label (the unstacked lines
    # mix box 5's stacked words into the owners when there are more of them)
    from section16.readers.text import _md_owners

    found = _md_owners("".join(lines[:4]) + rows)
    assert [(o["name"], o["city"], "cut" in o) for o in found] == [
        (["ALPHA LP"], ["BOSTON MA 02110"], False), (["BETA LP"], ["SALEM MA 01970"], True),
        (["GAMMA LLC"], ["LYNN MA 01901"], True)]


def test_many_owners_signatures_are_all_read() -> None:
    """Fourteen owners sign, each block a name, a wrapped line, a blank and the label: the blocks run
    past 40 lines from the first label and every one is read."""
    blocks = "".join(
        _at((62, f"Fund {k} LP, By: /s/ Jane Roe"), (100, "05/05/2021"))
        + _at((62, "Attorney-in-fact")) + "\n"
        + _at((62, "** Signature of Reporting Person"), (100, "Date"))
        for k in range(1, 15))
    text = _OCR_BOX5.replace(
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n",
        blocks)
    doc = read_text(text)
    assert [s.signature_name for s in doc.owner_signatures] == [
        f"Fund {k} LP, By: /s/ Jane Roe Attorney-in-fact" for k in range(1, 15)]
    assert all(s.signature_date == date(2021, 5, 5) for s in doc.owner_signatures)


def test_pymupdf4llm_footnote_set_as_a_block_quote() -> None:
    """PyMuPDF4LLM sets an indented footnote as a markdown block quote ('> 2. ...'): the marker
    is not part of the text and the footnote is still read."""
    text = _MD_FORM4.replace("1. Held in a brokerage account.\n",
                             "1. Held in a brokerage account.\n\n> 2. The price is a weighted average.\n")
    doc = read_text(text)
    assert [(f.id, f.text) for f in doc.footnotes] == [
        ("F1", "Held in a brokerage account."), ("F2", "The price is a weighted average.")]


def test_pymupdf4llm_title_cut_across_cells_goes_on_in_the_next() -> None:
    """A guessed column edge cut the title's last word ('Class A Common St' | 'ock'; 'Common Stock,
    par' | 'value $0.01 per shar' | 'e'): the next cells' words finish the title, and the amount
    and the ownership form after them are read in their columns."""
    rows = ("|Class A Common St|ock||16,351|D||||\n"
            "|Common Stock, par|value $0.01 per shar|e||2,500|I|By Trust|||\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    a, b = doc.non_derivative_holdings
    assert (a.security_title, a.shares_owned_following_transaction, a.direct_or_indirect_ownership) == (
        "Class A Common Stock", Decimal("16351"), "D")
    assert (b.security_title, b.shares_owned_following_transaction, b.direct_or_indirect_ownership) == (
        "Common Stock, par value $0.01 per share", Decimal("2500"), "I")
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].security_title" in doc.extraction.uncertain_fields


def test_pymupdf4llm_nature_cut_into_two_stacked_cells() -> None:
    """The nature of ownership cut at a guessed edge into two cells stacking the same lines
    ('Compa<br>Sponso' | 'ny<br>red 401k'): each line is put back together, in order."""
    rows = "|Common<br>Stock||||||1,151|I|Compa<br>Sponso|ny<br>red 401k|\n"
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("1151"), "I")
    assert h.nature_of_ownership == "Company Sponsored 401k"
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_pymupdf4llm_box5_words_read_as_a_first_holding_row_are_dropped() -> None:
    """Cells cut at guessed edges put box 5's stacked words under Table I's heading: a holding
    'row' without an amount made of box labels is dropped, and the real holding after it keeps
    its own notes (its index moves up)."""
    rows = ("|10% O<br>X Officer (give title be<br>Other (specify below)||||||||\n"
            "|Common<br>Stock||||||||23,325|I|by ESOP|\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.security_title, h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (
        "Common Stock", Decimal("23325"), "I")
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].shares_owned_following_transaction" in doc.extraction.evidence
    assert not any(p.startswith("non_derivative_holdings[1]") for p in doc.extraction.uncertain_fields)


def test_pymupdf4llm_title_words_cut_into_the_cell_before_the_date() -> None:
    """A guessed edge put the title's last words in a cell of their own before the date
    ('Common' | 'Stock Par' | '08/04/2020'): they are the title's, and the row is a transaction."""
    rows = "|Common|Stock Par|08/04/2020||A|7,195|A|$0||14,959|D|||\n"
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock Par"
    assert (row.transaction_date, row.transaction_code, row.transaction_shares) == (
        date(2020, 8, 4), "A", Decimal("7195"))
    assert row.shares_owned_following_transaction == Decimal("14959")
    assert doc.extraction is not None
    assert f"non_derivative_transactions[{len(doc.non_derivative_transactions) - 1}].security_title" in (
        doc.extraction.uncertain_fields)


def test_pymupdf4llm_nature_cut_into_three_stacked_cells() -> None:
    """The nature column cut into three cells stacking three lines, after the ownership form:
    each line is put back together across the cells, a date included."""
    rows = ("|Class A Common Stock||||||||13,972|I|Esch<br>4/15/<br>and|enbach Famil<br>2014, Carl Es<br>"
            "Ana Eschenba|y Trust dtd<br>chenbach Jr<br>ch TTEE|\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert h.nature_of_ownership == "Eschenbach Family Trust dtd 4/15/2014, Carl Eschenbach Jr and Ana Eschenbach TTEE"


def test_ocr_tab_amount_stops_at_its_cell() -> None:
    """OCR'd tab cells of a Table I row whose A/D and price OCR dropped: the whole amount's next
    cell is the amount owned, not more digits of the same amount."""
    text = _OCR_BOX5.replace(_OCR_ROW, "Common Stock\t05/03/2021\tS\t1,500\t8,500\tD\n")
    doc = read_text(text)
    (row,) = doc.non_derivative_transactions
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))


def test_pymupdf4llm_title_column_cut_into_two_stacked_cells() -> None:
    """The title column cut into two stacked cells, the date starting under the title's pieces
    ('Common<br>par value<br>$0.001' | 'Stock,<br>09/30' | '/2021'): the title's lines are put
    back together and the row is a transaction on its date."""
    rows = "|Common<br>par value<br>$0.001|Stock,<br>09/30|/2021||A<br>1,381<br>A|$0||35,248|D|||\n"
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    assert not doc.non_derivative_holdings
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock, par value $0.001"
    assert (row.transaction_date, row.transaction_code, row.transaction_shares) == (
        date(2021, 9, 30), "A", Decimal("1381"))
    assert row.shares_owned_following_transaction == Decimal("35248")


def test_markdown_table2_markers_in_the_cells_after_the_price_are_the_dates() -> None:
    """A table extractor's Table II holding: '$0.00' in column 2, then a cell holding only '(1)'
    and one starting with '(2)': the markers are the dates' (columns 6), not the price's."""
    rows = "|Class B<br>Common<br>Stock|$0.00|(1)|(2)<br>Class A<br>Common<br>Stock|8,635|8,635|D|\n"
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + rows
    ).replace("1. Held in a brokerage account.\n", "1. Held in a brokerage account.\n2. No expiration date.\n")
    doc = read_text(text)
    (h,) = doc.derivative_holdings
    assert h.conversion_or_exercise_price == Decimal("0.00")
    assert "conversion_or_exercise_price" not in h.footnote_ids
    assert (h.footnote_ids.get("exercise_date"), h.footnote_ids.get("expiration_date")) == (["F1"], ["F2"])
    assert (h.underlying_security_title, h.shares_owned_following_transaction) == ("Class A Common Stock",
                                                                                   Decimal("8635"))


def test_pymupdf4llm_table2_heading_beside_the_last_title_word() -> None:
    """Table II's heading printed in the cells of the line holding the last Table I row's wrapped
    title word ('|Stock|**Tabl**|**e II - Derivative**|...'): the word goes on with the title."""
    rows = ("|Common|05/03/2021||S|1,500|D<br>$12.50||8,500|D|||\n"
            "|Stock|**Tabl**|**e II - Derivative**|**Securities Acquir**|**ed, Disposed of, or Benefi**|"
            "**cially Owned**|\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", rows)
    doc = read_text(text)
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))


def test_ocr_street_c_o_with_its_slash_read_as_a_letter() -> None:
    """OCR read the slash of 'C/O' as a letter ('ClO'): the street line starts 'C/O' (and splits
    before the number, as a 'C/O' line does), marked uncertain."""
    text = _OCR_BOX5.replace(_at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
                             _at((0, "ClO WIDGET CORP, 1 MAIN ST"), (48, "05/03/2021"),
                                 (99, "title below)     Other (specify below)")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORP,", "1 MAIN ST")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_markdown_table2_ad_from_the_amounts_owned() -> None:
    """Table II's (A) and (D) share one cell, so the column is not separable: the code G alone
    would say D, but the amount owned after the previous row plus this row's amount says A."""
    rows = ("|Class B<br>Common<br>Stock|(1)|12/05/2019||G|111|(1)|(1)|Class A<br>Common<br>Stock|111|$0|1,000|D|\n"
            "|Class B<br>Common<br>Stock|(1)|12/06/2019||G|222|(1)|(1)|Class A<br>Common<br>Stock|222|$0|1,222|D|\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
        "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n" + rows)
    doc = read_text(text)
    second = doc.derivative_transactions[1]
    assert (second.transaction_shares, second.shares_owned_following_transaction) == (Decimal("222"), Decimal("1222"))
    assert second.transaction_acquired_disposed_code == "A"
    assert doc.extraction is not None
    assert "derivative_transactions[1].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_ocr_marker_smears_after_the_nature_are_dropped() -> None:
    """OCR smeared the nature's footnote markers into junk after its words ('See Footnotes
    22467)', 'See Footnotes 464'): the junk is dropped; a year in parentheses is kept."""
    for printed, want in (("See Footnotes 22467)", "See Footnotes"), ("See Footnotes 464", "See Footnotes"),
                          ("By Family Trust (2019)", "By Family Trust (2019)")):
        text = _OCR_BOX5.replace("      8,500     D\n", f"      8,500     I     {printed}\n")
        doc = read_text(text)
        (row,) = doc.non_derivative_transactions
        assert row.nature_of_ownership == want


def test_ocr_signature_whose_date_was_lost_says_so() -> None:
    """Every signature on the form is dated; a date OCR lost (nothing beside the name) is not read
    as absent: the signature's date is null and listed as uncertain, the dated one is sure."""
    lost = _OCR_BOX5.replace("/s/ John Doe       05/05/2021", "/s/ John Doe")
    doc = read_text(lost)
    (sig,) = doc.owner_signatures
    assert sig.signature_name == "/s/ John Doe" and sig.signature_date is None
    assert doc.extraction is not None
    assert "owner_signatures[0].signature_date" in doc.extraction.uncertain_fields
    dated = read_text(_OCR_BOX5)
    assert dated.owner_signatures[0].signature_date == date(2021, 5, 5)
    assert "owner_signatures[0].signature_date" not in dated.extraction.uncertain_fields


def test_ocr_lines_framed_by_table_rules_are_not_markdown() -> None:
    """OCR of a scan reads table rules as bars, and a few lines come out framed '| ... |'; without
    a '|---|' separator row they are still OCR text, read with OCR's caution (free text uncertain)."""
    framed = "|   3A. Deemed        5. Number     6. Date      |\n" * 3
    doc = read_text(_ocr_form(tables=framed))
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    assert "owner_signatures[0].signature_name" in doc.extraction.uncertain_fields
    md = "| 1. Title of Security | 2. Date |\n|---|---|\n| Common Stock | 05/03/2021 |\n"
    assert read_text(_ocr_form(tables=md)).extraction.source_format == "markdown"


def _ocr_tab_box1(box1: list[str]) -> str:
    """An OCR'd tab-cell form whose box 1 lines (tab cells) are ``box1``; one Table I row."""
    return (
        "FORM 4\tUNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "Person*\t2. Issuer Name and Ticker\tTrading Symbol\t5. Relationship of Reporting Person(s) to Issuer\n"
        "1. Name and Address of Reporting\tor\n"
        + "".join(line + "\n" for line in box1)
        + "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        "1. Title of Security (Instr. 3)\n"
        + _OCR_ROW
        + "Explanation of Responses:\n"
        "/s/ John Doe\t05/05/2021\n"
        "** Signature of Reporting Person\tDate\n"
    )


def test_ocr_tab_box1_name_and_c_o_wrapped_and_other_boxes_cells_dropped() -> None:
    """OCR'd tab cells: a name wrapped onto a second line above '(Last) (First)', 'CIO' alone on its
    line (the addressee on the next), a line of box 4 starting with its number ('4.' cell) and box 5's
    title in a cell beside a street in capitals: box 1 keeps only its own text."""
    doc = read_text(_ocr_tab_box1([
        "Hennigan\tWidget Corp [ WDGT J\t(Check all applicable)",
        "Michael J\tOwner",
        "(Last) (First)\tDirector j\t10% 0,",
        "-\t(Middle)\t3. Date of Earliest Transaction (Month/Day/Year)",
        "CIO\t|\tOfficer (give\tL]",
        "WIDGET CORPORATION\t05/03/2021\t.\ttitle below)\tOther (specify below)",
        "539 S. MAIN STREET\tPresident & CEO",
        "4.\tDate",
        "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "FINDLAY OH 45840\tForm filed by One Reporting Person",
        "(City) (State) (Zip)\tL] Form filed by More than One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "Hennigan Michael J"
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORPORATION", "539 S. MAIN STREET")
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("FINDLAY", "OH", "45840")


def test_ocr_tab_box1_city_wrapped_or_its_zip_a_line_lower() -> None:
    """OCR'd tab cells: a two-word city's first word alone on the line after '(Street)', or the ZIP
    alone under 'CITY ST': one city line; a line of only box 5's 'Owner' is not the name."""
    doc = read_text(_ocr_tab_box1([
        "O'ROURKE STEPHEN T.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "3854 FALLING ROCK RD\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tIf Amendment,",
        "RAPID\t4.\tDate of Original Filed (Month/Day/Year)",
        "CITY SD 57702\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_street1 == "3854 FALLING ROCK RD"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("RAPID CITY", "SD", "57702")
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
    doc = read_text(_ocr_tab_box1([
        "Owner",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "1717 MAIN STREET\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tEVP",
        "DALLAS TX\t-",
        "75201\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name is None
    assert owner.rpt_owner_street1 == "1717 MAIN STREET" and owner.rpt_owner_street2 is None
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("DALLAS", "TX", "75201")


def test_ocr_box5_no_mark_and_no_title_ten_percent_for_a_fund_unread_for_a_person() -> None:
    """OCR lost every check mark of box 5 and no title is written: Officer and Other are not
    checked, so Director or 10% Owner is. A fund is not a director: 10% Owner, uncertain. A person
    may be either: both stay unread, not guessed from which is filed more often."""
    text = _OCR_BOX5.replace(_at((0, "(Street)"), (99, "Chief Financial Officer")), _at((0, "(Street)")))
    text = text.replace("Director j    10% Owner", "Director      10% Owner")  # the 10% box lost too
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, False, None, False)
    assert doc.extraction is not None
    for f in ("is_officer", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields
    doc = read_text(text.replace("DOE JOHN", "ACME GROWTH FUND II, L.P."))
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "ACME GROWTH FUND II, L.P."
    assert (owner.is_director, owner.is_ten_percent_owner) == (False, True)
    assert doc.extraction is not None
    for f in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields


def test_ocr_price_markers_lost_are_found_by_the_weighted_average_price_range() -> None:
    """OCR drops a price's superscript marker, or keeps its ')' and runs its digit into the price:
    a weighted average price's footnote gives the range the price lies in. '$12.50' lies only in
    footnote 1's range; in '$2,598.325)' the digit 5 is no marker (footnote 5's range is elsewhere),
    the price is 2,598.325 in footnote 2's range; in '$2,571.12202)' the '(1' of '(12)' was lost."""
    rows = ("Common Stock    05/03/2021     S       400     D     $2,598.325)      8,100     D\n"
            "Common Stock    05/03/2021     S       100     D     $2,571.12202)      8,000     D\n")
    fns = ("1. The price reported is a weighted average price; shares were sold at prices ranging from $12.01 to "
           "$12.99, inclusive.\n"
           "2. The price reported is a weighted average price; shares were sold at prices ranging from $2,598.02 to "
           "$2,599.02, inclusive.\n"
           "5. The price reported is a weighted average price; shares were sold at prices ranging from $2,601.35 to "
           "$2,602.35, inclusive.\n"
           "12. The price reported is a weighted average price; shares were sold at prices ranging from $2,570.65 "
           "to $2,571.65, inclusive.\n")
    doc = read_text(_ocr_form(rows, fns))
    got = [(r.transaction_price_per_share, r.footnote_ids.get("transaction_price_per_share"))
           for r in doc.non_derivative_transactions]
    assert got == [(Decimal("12.50"), ["F1"]), (Decimal("2598.325"), ["F2"]), (Decimal("2571.1220"), ["F12"])]
    assert doc.extraction is not None
    for k in range(3):
        assert f"non_derivative_transactions[{k}].footnote_ids.transaction_price_per_share" in (
            doc.extraction.uncertain_fields)


def test_ocr_amount_with_a_table_rule_read_as_a_brace() -> None:
    """OCR reads the table rule right of an amount as a brace or bracket ('1,800]', '2,731}'):
    the amount is read without it, and the row's columns stay in place."""
    rows = "Common Stock    05/04/2021     P       1,800]     A     $5.11      10,300}     D\n"
    doc = read_text(_ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.transaction_acquired_disposed_code, row.transaction_price_per_share,
            row.shares_owned_following_transaction) == (Decimal("1800"), "A", Decimal("5.11"), Decimal("10300"))
    assert row.nature_of_ownership is None


def test_ocr_tab_several_owners_one_city_label_lost() -> None:
    """OCR'd tab cells of a box 1 with several owners, box 5's groups between them: the first
    owner's '(City) (State) (Zip)' label was lost; its city line is the last with a state and ZIP
    before the next owner, so each owner keeps its own box."""
    doc = read_text(_ocr_tab_box1([
        "ACME HOLDINGS US, INC.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1812 NORTH MOORE STREET\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)\tL]\t[X]",
        "ARLINGTON VA 22209\tC1\tC1",
        "Officer (give title below)\tOther (specify below)",
        "ACME S.A.",
        "(Last) (First) (Middle)",
        "AVENUE NESTLE 55",
        "(Street)",
        "VEVEY V8 1800",
        "(City) (State) (Zip)",
        "ACME US HOLDCO, INC.",
        "(Last) (First) (Middle)",
        "1812 NORTH MOORE STREET",
        "(Street)",
        "ARLINGTON VA 22209",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == [
        "ACME HOLDINGS US, INC.", "ACME S.A.", "ACME US HOLDCO, INC."]
    assert [(o.rpt_owner_city, o.rpt_owner_state) for o in doc.reporting_owners] == [
        ("ARLINGTON", "VA"), ("VEVEY", "V8"), ("ARLINGTON", "VA")]
    # the first owner's '(Zip)' label set a line lower, at the head of the next owner's lines
    doc = read_text(_ocr_tab_box1([
        "ACME GROUP CORP.\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1 MAIN STREET\tL] Officer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State)\tOfficer (give title below)\tOther (specify below)",
        "(Zip)\tLI\t[X]",
        "ACME ADVISERS LTD",
        "(Last) (First) (Middle)",
        "2 MAIN STREET",
        "(Street)",
        "BOSTON MA 02110",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ACME GROUP CORP.", "ACME ADVISERS LTD"]


def test_ocr_tab_title_wraps_longer_than_the_nature_and_underlying_title_behind_dates() -> None:
    """OCR'd tab cells: after a line that wrapped the title and the nature together, a line of
    title words only ('Stock') ends the unfinished title, not the nature; in Table II the
    underlying title glued behind the dates ('06/01/2014 | 06/01/2023 | Common') goes on too."""
    rows = ("Class A\t05/04/2021\tS\t1,000\tD\t\\$72.85\t7,500\tI\tBy DM Trust\n"
            "Common\tAggregator, LLC\n"
            "Stock\n")
    table2 = _TABLE2_TAB_HEADER + (
        "Employee\t\\$59.77\t06/01/2014 | 06/01/2023 | Common\t1,700\t1,700\tD\n"
        "Stock\tStock\n"
        "Option\n"
    )
    doc = read_text(_ocr_form(rows + table2, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert row.security_title == "Class A Common Stock"
    assert row.nature_of_ownership == "By DM Trust Aggregator, LLC"
    (hold,) = doc.derivative_holdings
    assert hold.security_title == "Employee Stock Option"
    assert hold.underlying_security_title == "Common Stock"


def test_ocr_table2_a_d_column_heading_read_with_a_bar() -> None:
    """OCR reads Table II's '(A)' heading as 'IA)': the amount printed under it is still read as
    acquired (the lone 'A' itself is not in Table II's row)."""
    table2 = (_TABLE2_TITLE
              + _at((0, "1. Title of"), (50, "4. Transaction"), (62, "5. Number of"), (76, "6. Date Exercisable"),
                    (100, "7. Title and Amount"))
              + _at((50, "Code"), (58, "V"), (62, "IA)"), (70, "(D)"), (76, "Date"), (88, "Expiration"),
                    (100, "Title"))
              + _at((0, "Class B"), (12, "(2)"), (20, "05/03/2021"), (50, "G"), (62, "111"), (76, "(2)"),
                    (88, "(2)"), (100, "Class A"), (112, "111"), (122, "11,417"), (132, "I")))
    doc = read_text(_ocr_form(table2, "2. Convertible at any time.\n"))
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("G", Decimal("111"))
    assert row.transaction_acquired_disposed_code == "A"


def test_ocr_box1_middle_initial_a_line_above_the_name() -> None:
    """OCR sets a middle initial a little higher than its name, alone on the line under the label:
    it is read with the name, before a generational suffix."""
    text = _OCR_BOX5.replace(
        _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        _at((22, "W"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + _at((0, "DOE JOHN       III")),
    )
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_name == "DOE JOHN W III"
    assert doc.extraction is not None and "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_zero_price_read_as_the_word_go() -> None:
    """OCR reads a '$0' price between two amounts as 'go' ('$' as 'g', '0' as 'o'): it is $0 and
    the amount after it stays the amount owned."""
    rows = "Common Stock    05/04/2021     J       111     A     go      8,611     D\n"
    doc = read_text(_ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[1]
    assert (row.transaction_shares, row.transaction_price_per_share, row.shares_owned_following_transaction) == (
        Decimal("111"), Decimal("0"), Decimal("8611"))
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].transaction_price_per_share" in doc.extraction.uncertain_fields


def test_ocr_misspelled_explanation_label_still_starts_the_footnotes() -> None:
    """OCR misspells the footnotes' label ('Expianation of Responses:'): the footnotes still start
    there, and their lines are not read as Table II rows."""
    table2 = _TABLE2_TITLE + "1. Title of Derivative Security   2. Conversion   3. Transaction Date\n"
    fns = ("1. The price reported is a weighted average price of shares sold at prices ranging from $12.01 to "
           "$12.99.\n"
           "2. Held by the Doe Family Trust, of which the reporting person is trustee 4 years.\n")
    text = _ocr_form(table2, fns).replace("Explanation of Responses:", "Expianation of Responses:")
    doc = read_text(text)
    assert [f.id for f in doc.footnotes] == ["F1", "F2"]
    assert doc.derivative_holdings == [] and doc.derivative_transactions == []


def test_ocr_box1_c_o_alone_on_its_line() -> None:
    """OCR sets 'C/O' alone on its line and the addressee's name on the next: the street keeps it."""
    text = _OCR_BOX5.replace(
        _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        _at((0, "C/O"))
        + _at((5, "ACME INC. 1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
    )
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O ACME INC.", "1 MAIN ST")


def test_ocr_box1_foreign_city_with_its_codes_a_line_lower() -> None:
    """OCR sets a foreign city alone on its line and its EDGAR country code and postal code a
    line lower: one city line, read as city, country code and postal code."""
    text = _OCR_BOX5.replace(
        _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)")),
        _at((0, "HELLERUP"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((13, "G7 2900")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert owner.rpt_owner_street1 == "1 MAIN ST" and owner.rpt_owner_street2 is None
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("HELLERUP", "G7", "2900")


def test_ocr_box5_no_mark_a_company_with_text_under_box5_is_other() -> None:
    """OCR lost box 5's marks; text is written under its labels ('See Remarks'), which for a person
    means Officer: a company, fund or trust is no officer, so for it the box is Other."""
    text = _OCR_BOX5.replace(_at((0, "(Street)"), (99, "Chief Financial Officer")),
                             _at((0, "(Street)"), (99, "See Remarks")))
    text = text.replace(_at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
                        _at((0, "ACME CAPITAL PARTNERS LP"), (48, "WIDGET CORP [ WDGT ]"),
                            (99, "(Check all applicable)")))
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    assert (owner.is_officer, owner.is_other, owner.officer_title, owner.other_text) == (
        False, True, None, "See Remarks")
    assert doc.extraction is not None and "reporting_owners[0].is_other" in doc.extraction.uncertain_fields


def test_ocr_tab_issuer_ticker_a_line_lower_or_with_a_misread_i() -> None:
    """OCR'd tab cells: box 2's value is a cell ending in '[' with its ticker and ']' a line or two
    lower, or its ticker has an 'I' read as '!': the issuer and ticker are read, and neither is
    left in the owner's name; a box label is never taken for the issuer."""
    doc = read_text(_ocr_tab_box1([
        "Pittard Christian\tAcme Global Income Fund [\tall applicable)",
        "Director\tLJ 10% Owner",
        "(Last) (First) (Middle)\tACGI ]",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)\tPresident",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Acme Global Income Fund", "ACGI")
    assert doc.reporting_owners[0].rpt_owner_name == "Pittard Christian"
    doc = read_text(_ocr_tab_box1([
        "OCEAN WIDGET CORP [ OWC! ]\t(Check all applicable)",
        "Dornau Gregor M",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("OCEAN WIDGET CORP", "OWCI")
    assert doc.reporting_owners[0].rpt_owner_name == "Dornau Gregor M"
    doc = read_text(_ocr_tab_box1([
        "Dornau Gregor M",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.issuer.issuer_name is None


def test_ocr_box5_label_misread_still_reads_each_owners_group() -> None:
    """OCR misreads box 5's label ('Teeationship oF Reporting Person(s) to Issuer'): its column is
    still found, and each owner's group of check boxes is read, not only the first owner's."""
    text = (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        + _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
              (99, "Teeationship oF Reporting Person(s) to Issuer"))
        + _at((0, "ACME FUND LP"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + _at((99, "L] Director    X 10% Owner"))
        + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"),
              (99, "L] Officer (give title below)  L] Other (specify below)"))
        + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "L] Director    X 10% Owner"))
        + _at((0, "(Street)"), (99, "L] Officer (give title below)  L] Other (specify below)"))
        + _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((0, "(City) (State) (Zip)"), (48, "X Form filed by More than One Reporting Person"))
        + "".join(_at((0, t)) for t in ("ACME GP LLC", "(Last) (First) (Middle)", "1 MAIN ST", "(Street)",
                                        "BOSTON MA 02110", "(City) (State) (Zip)"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        "1. Title of Security (Instr. 3)\n" + _OCR_ROW + "Explanation of Responses:\n"
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n"
    )
    doc = read_text(text)
    assert [(o.rpt_owner_name, o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
            for o in doc.reporting_owners] == [("ACME FUND LP", False, False, True, False),
                                               ("ACME GP LLC", False, False, True, False)]


def test_ocr_tab_box1_middle_initial_a_line_lower_above_box5_words() -> None:
    """OCR'd tab cells: the middle initial a line below the name, with a check box's smear ('ou')
    and box 5's 'Owner' on the lines between it and '(Last) (First)': it joins the name."""
    doc = read_text(_ocr_tab_box1([
        "Klobnak Jennifer\tWidget Corp [ WDGT ]\tall applicable)",
        "L\tou\tOwner",
        "Owner",
        "(Last) (First)\tX Director j\t10% )",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.reporting_owners[0].rpt_owner_name == "Klobnak Jennifer L"


def test_ocr_tab_holding_nature_wraps_longer_than_a_finished_title() -> None:
    """OCR'd tab cells of a holding row (three cells): after title and nature wrapped together, a
    lone line goes on with the nature once the title is finished ('Common Stock')."""
    rows = ("Common\t16,660.8984\tACME Corp. Employee\n"
            "Stock\tStock Ownership\n"
            "Plan\n")
    doc = read_text(_ocr_form(rows, "1. Vests.\n"))
    (hold,) = doc.non_derivative_holdings
    assert hold.security_title == "Common Stock"
    assert hold.nature_of_ownership == "ACME Corp. Employee Stock Ownership Plan"


def test_ocr_box3_month_leading_zero_read_as_nine() -> None:
    """OCR reads box 3's month '05' as '95': no month is 91-99, so it is read as 05 (uncertain)."""
    text = _OCR_BOX5.replace(
        _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
        _at((0, "1 MAIN ST"), (48, "95/03/2021"), (99, "title below)     Other (specify below)")))
    doc = read_text(text)
    assert doc.period_of_report == date(2021, 5, 3)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields


def test_ocr_tab_box3_date_away_from_its_label_month_read_with_a_nine() -> None:
    """OCR'd tab cells: box 3's date is lines away from its label and its month's 0 reads as 9
    ('97/07/2020'): the header's only date, read as 07/07/2020 (uncertain)."""
    doc = read_text(_ocr_tab_box1([
        "DOE JOHN\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "3. Date of Earliest Transaction (Month/Day/Year)",
        "C/O WIDGET CORP. 35 GATEHOUSE\tOfficer (give title below)\tL] Other (specify below)",
        "97/07/2020",
        "DRIVE\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.period_of_report == date(2020, 7, 7)
    assert doc.extraction is not None and "period_of_report" in doc.extraction.uncertain_fields


def test_ocr_table_labels_joined_across_a_rule_still_place_column_2() -> None:
    """OCR joins Table II's labels across the table rules into one cell ('... (Instr. | 2. Date
    Exercisable ... | 3. Title'): column 2 starts where its label stands inside the cell, so a
    wrapped line with a number among words ('value $0.01 per share') continues the row above."""
    table2 = (_TABLE2_TITLE
              + _at((1, "1. Title of Derivative Security (Instr. | 2. Date Exercisable and Expiration Date | "
                        "3. Title and Amount"),
                    (110, "4. Conversion"), (126, "Exercise | 5. Ownership Form | 6. Nature of Indirect"))
              + _at((1, "Series H Preferred"), (33, "08/10/2018"), (50, "(4)"), (65, "Common Stock,"),
                    (90, "7,575,758"), (112, "$0.33"), (128, "I"), (150, "By ACME Partners"))
              + _at((1, "Stock, par"), (65, "par"), (150, "Opportunity Fund, LP"))
              + _at((1, "value $0.01 per share"), (65, "value $0.01 per share")))
    doc = read_text(_ocr_form(table2, "4. None.\n"))
    (hold,) = doc.derivative_holdings
    assert hold.security_title == "Series H Preferred Stock, par value $0.01 per share"
    assert hold.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert hold.underlying_security_shares == Decimal("7575758")


def test_ocr_markers_glued_to_the_nature_lost_their_parenthesis() -> None:
    """OCR drops the '(' of the markers after the nature's last word ('See Footnotes2)6)'): the
    nature is read without them and they are its footnotes (uncertain); a smear ('niece®') goes."""
    rows = ("Common Stock    05/04/2021     S       100     D     $12.50      8,400     I     See Footnotes2)6)\n"
            "Common Stock    05/04/2021     S       100     D     $12.50      8,300     I     Trust fbo niece®\n")
    doc = read_text(_ocr_form(rows, "2. Held by a trust.\n6. Held by a fund.\n"))
    a, b = doc.non_derivative_transactions[1:]
    assert (a.nature_of_ownership, a.footnote_ids.get("nature_of_ownership")) == ("See Footnotes", ["F2", "F6"])
    assert b.nature_of_ownership == "Trust fbo niece"
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].footnote_ids.nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_tab_box2_brackets_with_a_lower_case_ticker_or_n_a() -> None:
    """OCR'd tab cells: box 2's value a line below its label, its brackets holding an 'I' read as 'l'
    ('[ lILG ]', read IILG, uncertain) or 'n/a' (no ticker, kept as printed); either way the
    issuer is not read into the owner's name."""
    box1 = [
        "Widget Leisure Group, Inc. [ lILG ]\t(Check all",
        "KUHN THOMAS",
        "Owner",
        "(Last) (First)\tX Director j\t10% )",
        "1 MAIN STREET\tL] Officer (give title below)\tLJ Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]
    doc = read_text(_ocr_tab_box1(box1))
    assert doc.issuer is not None and doc.extraction is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Leisure Group, Inc.", "IILG")
    assert "issuer.issuer_trading_symbol" in doc.extraction.uncertain_fields
    assert doc.reporting_owners[0].rpt_owner_name == "KUHN THOMAS"
    box1[0] = "Widget Realty Trust, Inc. [ n/a ]\t(Check all pee"
    doc = read_text(_ocr_tab_box1(box1))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Widget Realty Trust, Inc.", "n/a")
    assert doc.reporting_owners[0].rpt_owner_name == "KUHN THOMAS"


def test_ocr_tab_box1_name_beside_box5s_check_box_read_as_two_glyphs() -> None:
    """OCR'd tab cells: box 5's empty check box beside the name is read as two glyphs in a cell of
    their own ('14', 'LJ', 'L1'): they are no part of the name."""
    for box in ("14", "LJ", "L1"):
        doc = read_text(_ocr_tab_box1([
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"MCCANN CHRISTOPHER G\t{box}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10% Owner",
            "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]))
        assert doc.reporting_owners[0].rpt_owner_name == "MCCANN CHRISTOPHER G", box


def test_ocr_amount_with_a_marker_that_lost_its_open_paren() -> None:
    """OCR loses a marker's '(' and glues it to the amount ('8,5002)' for 8,500(2)): the comma
    groups end the amount, the digit past them is the marker's (uncertain, as OCR markers are)."""
    row = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,5002)     D\n"
    doc = read_text(_OCR_BOX5.replace(_OCR_ROW, row).replace(
        "Explanation of Responses:\n", "Explanation of Responses:\n1. Sold.\n2. Held in a 401(k).\n"))
    (sale,) = doc.non_derivative_transactions
    assert sale.shares_owned_following_transaction == Decimal("8500")
    assert sale.footnote_ids.get("shares_owned_following_transaction") == ["F2"]
    assert sale.direct_or_indirect_ownership == "D"
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].footnote_ids.shares_owned_following_transaction" in (
        doc.extraction.uncertain_fields)


def test_ocr_title_wrap_between_the_titles_first_word_and_column_2() -> None:
    """OCR grid text: a title's wrapped word starts right of the title's short first word ('Class')
    but left of column 2: it continues the title, so the row is still a transaction row."""
    head = _at((1, "1. Title of Security"), (23, "2. Transaction Date"), (47, "3. Code"))
    rows = (_at((1, "Class"), (21, "| 05/03/2021"), (47, "S"), (60, "1,500"), (70, "D"), (78, "$12.50"),
                (92, "8,500"), (104, "D"))
            + _at((10, "B Common"))
            + _at((1, "Stock")))
    doc = read_text(_OCR_BOX5.replace("1. Title of Security (Instr. 3)\n", head).replace(_OCR_ROW, rows))
    assert not doc.non_derivative_holdings
    (sale,) = doc.non_derivative_transactions
    assert sale.security_title == "Class B Common Stock"
    assert (sale.transaction_code, sale.transaction_shares, sale.shares_owned_following_transaction) == (
        "S", Decimal("1500"), Decimal("8500"))


def test_ocr_code_s_in_lower_case_with_its_markers_smear() -> None:
    """OCR reads the code S(1) as 's®', 'sM' or 'iS)' (lower case, a smear for the marker, a stray
    stroke before it), here with the (A)/(D) column lost: the code is S, listed as uncertain."""
    for code in ("s®", "sM", "iS)"):
        row = f"Common Stock    05/03/2021     {code}       1,500           $12.50      8,500     D\n"
        doc = read_text(_OCR_BOX5.replace(_OCR_ROW, row))
        (sale,) = doc.non_derivative_transactions
        assert sale.transaction_code == "S", code
        assert doc.extraction is not None
        assert "non_derivative_transactions[0].transaction_code" in doc.extraction.uncertain_fields


def test_ocr_header_columns_end_at_table2_when_table1_was_not_read() -> None:
    """OCR grid text of a Form 3 whose Table I lines Tesseract never wrote: the header boxes are
    still read column by column up to Table II, so each owner of box 1 is its own owner."""
    text = (
        "FORM 3                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n"
        + _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
              (99, "4. Relationship of Reporting Person(s) to Issuer"))
        + _at((0, "ACME FUND LP"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + _at((99, "L] Director    X 10% Owner"))
        + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Event Requiring Statement (Month/Day/Year)"),
              (99, "L] Officer (give title below)  L] Other (specify below)"))
        + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "L] Director    X 10% Owner"))
        + _at((0, "(Street)"), (99, "L] Officer (give title below)  L] Other (specify below)"))
        + _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((0, "(City) (State) (Zip)"), (48, "X Form filed by More than One Reporting Person"))
        + "".join(_at((0, t)) for t in ("ACME GP LLC", "(Last) (First) (Middle)", "2 HIGH ST", "(Street)",
                                        "SALEM MA 01970", "(City) (State) (Zip)"))
        + _at((1, "1. Title of Derivative Security"), (40, "2. Date Exercisable and Expiration Date"),
              (90, "3. Title and Amount of Securities Underlying"))
        + _at((1, "Warrants"), (40, "(1)"), (52, "06/01/2030"), (70, "Common Stock"), (90, "1,000"), (104, "$10.00"),
              (118, "I"), (125, "By ACME FUND LP"))
        + "Explanation of Responses:\n1. Exercisable now.\n"
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n"
    )
    doc = read_text(text)
    assert [(o.rpt_owner_name, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("ACME FUND LP", "BOSTON"), ("ACME GP LLC", "SALEM")]


def test_ocr_tab_owner_whose_city_label_and_zip_are_both_garbled() -> None:
    """OCR'd tab cells of two owners: the first one's '(City)' label and ZIP are both unreadable
    (a foreign city read as 'Con'); its lines end above the next owner's name, which sits a
    line of box 5's check boxes above its '(Last) (First) (Middle)'. Each owner is read."""
    doc = read_text(_ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "OTEE 2020 ApS",
        "Director\t10% Owner",
        "(Last) (First) (Middle)",
        "STOCKHOLMSGADE 45",
        "(Street)",
        "Con",
        "Helgason David\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "_] Officer (give title below)\t[1 Other (specify below)",
        "(Last) (First) (Middle)\t6. Individual or Joint/Group Filing (Check Applicable Line)",
        "C/O WIDGET CORP 30 3RD STREET",
        "(Street)\tForm filed by More than One Reporting Person",
        "SAN FRANCISCO CA 94103",
        "(City) (State) (Zip)",
    ]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["OTEE 2020 ApS", "Helgason David"]
    second = doc.reporting_owners[1]
    assert (second.rpt_owner_city, second.rpt_owner_state, second.rpt_owner_zip_code) == (
        "SAN FRANCISCO", "CA", "94103")
    assert "STOCKHOLMSGADE" in (doc.reporting_owners[0].rpt_owner_street1 or "")


def test_ocr_table2_amount_with_no_code_leaves_a_d_unread() -> None:
    """OCR'd tab cells of a Table II row whose code was not read: nothing on the row tells the
    (A) column from the (D) one, so (A)/(D) stays unread, not guessed."""
    table2 = _TABLE2_TAB_HEADER + (
        "Stock Option\t$9.97\t10/18/2006\t1,125\t10/31/2001\t10/31/2006\tCommon Stock\t1,125\t$0\t0\tD\n")
    doc = read_text(_ocr_form(table2, "1. Vests.\n"))
    (row,) = doc.derivative_transactions
    assert row.transaction_code is None and row.transaction_shares == Decimal("1125")
    assert row.transaction_acquired_disposed_code is None


def test_ocr_first_name_a_line_above_the_last_name_under_first() -> None:
    """OCR grid text: the first name set a line higher, indented under '(First)' ('Jessica' over
    'Denecour' at the box's edge): the name is read last name first (uncertain)."""
    for upper, lower, want in (("JOHN", "DOE", "DOE JOHN"), ("David", "Evans C", "Evans David C")):
        text = _OCR_BOX5.replace(
            _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
            _at((12, upper), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + _at((0, lower)))
        doc = read_text(text)
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_name_words_on_two_lines_are_set_by_their_columns() -> None:
    """OCR grid text: one printed name line split over two lines by baseline jitter, a word of it
    under the gap it was printed in ('Winning   Andrew' over '   Scott'), or the last name a line
    lower at the box's edge: the words are read in column order (uncertain). A long name that
    wraps starts its next line at the box's edge, under the first word, and is read in line order."""
    for upper, lower, want in (
        (((0, "Winning"), (18, "Andrew")), ((11, "Scott"),), "Winning Scott Andrew"),
        (((0, "Valor"), (9, "Pharma Holdings,")), ((6, "IV"), (28, "LLC")), "Valor IV Pharma Holdings, LLC"),
        (((6, "Holdings A/S"),), ((0, "Novo"),), "Novo Holdings A/S"),
        (((8, "R"),), ((0, "Dodge"), (11, "Stanton")), "Dodge R Stanton"),
        (((0, "Elliott"), (10, "Keith")), ((8, "J."),), "Elliott J. Keith"),
    ):
        text = _OCR_BOX5.replace(
            _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
            _at(*upper, (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")) + _at(*lower))
        doc = read_text(text)
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields
    text = _OCR_BOX5.replace(
        _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")),
        _at((0, "Smith Family Trust"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + _at((0, "Partners LP")))
    assert read_text(text).reporting_owners[0].rpt_owner_name == "Smith Family Trust Partners LP"


def _ocr_box5_grid(ten: str, officer: str, other: str) -> str:
    """The OCR'd form above with box 5 as OCR reads its boxes on a grid: the 10% Owner box on the
    line above, between 'Director' and '10%', the Officer and Other boxes on the line above their
    labels, no title, and the checked box lost."""
    text = _OCR_BOX5
    for old, new in (
        (_at((99, "Director j    10% Owner")), _at((111, ten), (119, "Owner")) + _at((102, "Director"), (114, "10%"))),
        (_at((99, "Officer (give    L]")), _at((99, officer), (131, other))),
        (_at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")),
         _at((0, "1 MAIN ST"), (48, "05/03/2021"), (102, "Officer (give title below)"),
             (131, "Other (specify below)"))),
        (_at((0, "(Street)"), (99, "Chief Financial Officer")), _at((0, "(Street)"))),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


def test_ocr_grid_box5_empty_boxes_leave_director() -> None:
    """OCR on a grid loses a checked box but reads an empty one as a glyph ('ou', 'j', 'L]'): with
    the 10% Owner, Officer and Other boxes all read empty and no title, the box checked is
    Director (every owner checks one), inferred and so uncertain. A 10% box read as '14' is checked."""
    doc = read_text(_ocr_box5_grid("ou", "L]", "L]"))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, False, False, False)
    assert doc.extraction is not None
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields
    owner = read_text(_ocr_box5_grid("ou", "", "L]")).reporting_owners[0]  # Officer's box lost: checked?
    assert owner.is_director is None and owner.is_ten_percent_owner is False
    owner = read_text(_ocr_box5_grid("14", "L]", "L]")).reporting_owners[0]
    assert owner.is_ten_percent_owner is True and owner.is_director is None


def test_ocr_grid_street_wrapped_over_three_lines_is_kept_whole() -> None:
    """OCR on a grid: a long street line wraps at box 1's edge over three lines (a word of it set
    beside box 3's date): the third line is not dropped but joined to the second (uncertain); a
    garbled label line ('OE)') is no street text and is left out."""
    street = (_at((0, "C/O WIDGET CORP, INC.")) + _at((36, "4747"), (48, "05/03/2021"), (99, "title below)"))
              + _at((0, "EXECUTIVE DRIVE, SUITE 210")))
    old = _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    doc = read_text(_OCR_BOX5.replace(old, street))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == (
        "C/O WIDGET CORP, INC.", "4747 EXECUTIVE DRIVE, SUITE 210")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street2" in doc.extraction.uncertain_fields
    owner = read_text(_OCR_BOX5.replace(old, street.replace("EXECUTIVE DRIVE, SUITE 210", "OE)"))).reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("C/O WIDGET CORP, INC.", "4747")


def test_ocr_nature_loses_the_smear_of_the_indirect_letter_and_its_marker() -> None:
    """OCR smears column 6's 'I' and its superscript marker into 'ie)' or 'ee)' before the nature
    of ownership: the smear is not part of the nature (uncertain), and its lost digit is not guessed."""
    rows = "Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     ie)     Spouse\n"
    doc = read_text(_ocr_form(rows, "1. Vests.\n"))
    row = doc.non_derivative_transactions[-1]
    assert row.nature_of_ownership == "Spouse"
    assert "nature_of_ownership" not in row.footnote_ids
    assert doc.extraction is not None
    assert "non_derivative_transactions[1].nature_of_ownership" in doc.extraction.uncertain_fields


def test_ocr_grid_wrapped_title_goes_after_the_words_it_sits_under() -> None:
    """OCR on a grid joins column 7's title to its amount with a rule between ('Common | 176,000');
    the title's wrapped word ('Stock') under 'Common' goes after it, not after the amount, so the
    amount owned after it stays a number and the nature stays its own text."""
    table2 = (_TABLE2_TITLE
              + _at((0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4. Code"),
                    (56, "5. Number"), (70, "6. Date Exercisable"), (92, "7. Title and Amount"), (114, "8. Price"),
                    (124, "9. Number"), (136, "10."), (142, "11. Nature"))
              + _at((0, "Put Option"), (17, "$2.75"), (79, "01/31/2020 | 09/18/2020 | Common | 176,000"),
                    (124, "1,760"), (142, "See footnote"))
              + _at((0, "(Obligation"), (104, "Stock")))
    (row,) = read_text(_ocr_form(table2, "1. Vests.\n")).derivative_holdings
    assert (row.underlying_security_title, row.underlying_security_shares, row.shares_owned_following_transaction,
            row.nature_of_ownership) == ("Common Stock", Decimal("176000"), Decimal("1760"), "See footnote")


def test_ocr_grid_marker_alone_in_its_cell_with_its_digit_lost() -> None:
    """OCR loses the digit of a marker alone in its column (')' or '()' for '(6)', '(Q(2)' for '(1)(2)'): it
    holds the column's place with no number (none is guessed), so the row's later columns stay theirs."""
    table2 = (_TABLE2_TITLE
              + _at((0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4. Code"),
                    (56, "5. Number"), (70, "6. Date Exercisable"), (92, "7. Title and Amount"), (114, "8. Price"),
                    (124, "9. Number"), (136, "10."), (142, "11. Nature"))
              + _at((0, "Class B"), (19, ")"), (70, "(1)(2)"), (82, "(Q(2)"), (92, "Class A"), (104, "100"),
                    (124, "100"), (142, "By Trust")))
    (row,) = read_text(_ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.underlying_security_title, row.underlying_security_shares, row.shares_owned_following_transaction,
            row.nature_of_ownership) == ("Class A", Decimal("100"), Decimal("100"), "By Trust")
    assert row.footnote_ids.get("expiration_date") == ["F2"]
    assert "conversion_or_exercise_price" not in row.footnote_ids
    (row,) = read_text(_ocr_form(table2.replace("Class B            )", "Class B            ()"),
                                 "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.underlying_security_title, row.shares_owned_following_transaction) == ("Class A", Decimal("100"))


def test_ocr_code_in_lower_case_with_its_marker_smeared() -> None:
    """OCR sets a code letter in lower case with its marker's smear ('s@)', 'p(t)') or its marker
    whole ('p(10)') before the amount: the code is read, the marker's number only when it survived."""
    for cell, code, fns in (("s@)", "S", None), ("p(t)", "P", None), ("p(10)", "P", ["F10"])):
        rows = f"Common Stock    05/04/2021     {cell}       111     D     $9.50      8,389     D\n"
        doc = read_text(_ocr_form(rows, "1. Vests.\n10. Note.\n"))
        row = doc.non_derivative_transactions[1]
        assert (row.transaction_code, row.transaction_shares) == (code, Decimal("111"))
        assert row.footnote_ids.get("transaction_code") == fns


def test_ocr_tab_street_wrapped_over_three_lines_and_box6_or() -> None:
    """OCR'd tab cells: a street wrapped over three lines, its middle one beside box 3's date, and
    box 6's label split so its 'or' sits alone under '(Street)': the 'or' is no street line and
    the third line is joined to the second (uncertain)."""
    doc = read_text(_ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "DOE JOHN",
        "(Last) (First) (Middle)\tX Director\t10% Owner",
        "C/O WIDGET CORP, INC. 12340\tOfficer (give title below)\tOther (specify below)",
        "EL\t05/03/2021",
        "CAMINO REAL, SUITE 250\t4. If Amendment, Date of Original Filed (Month/Day/Year)",
        "(Street)\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "or",
        "SAN DIEGO CA 92130\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city) == (
        "C/O WIDGET CORP, INC. 12340", "EL CAMINO REAL, SUITE 250", "SAN DIEGO")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street2" in doc.extraction.uncertain_fields


def test_ocr_tab_box5_checked_box_beside_the_name_is_not_a_name_word() -> None:
    """OCR'd tab cells: box 5's checked box ('XX') lands in a cell on the name's line: it is no
    part of the name."""
    doc = read_text(_ocr_tab_box1([
        "Widget Corp [ WDGT ]\t(Check all applicable)",
        "Haymarket Insurance Co\tXX\tOwner",
        "(Last) (First) (Middle)\tDirector\t10%",
        "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
        "(Street)",
        "BOSTON MA 02110\tForm filed by One Reporting Person",
        "(City) (State) (Zip)",
    ]))
    assert doc.reporting_owners[0].rpt_owner_name == "Haymarket Insurance Co"


def test_ocr_tab_wrapped_cells_skip_a_finished_title() -> None:
    """OCR'd tab cells of a Table II row wrapped over two more lines: the first wrap continues the
    title, the underlying title and the nature ('Stock | Stock | Compensation'); the second has one
    cell fewer ('(unitized) | Plan'), and the underlying title is finished ('Common Stock'), so its
    word goes on with the nature."""
    table2 = _TABLE2_TAB_HEADER + (
        "Phantom\t$0\t07/23/2020\tA\t43\t(1)\t(1)\tCommon\t43\t$15.89\t68,365\tI\tBy Deferred\n"
        "Stock\tStock\tCompensation\n"
        "(unitized)\tPlan\n")
    (row,) = read_text(_ocr_form(table2, "1. Vests.\n")).derivative_transactions
    assert (row.security_title, row.underlying_security_title, row.nature_of_ownership) == (
        "Phantom Stock (unitized)", "Common Stock", "By Deferred Compensation Plan")


def test_ocr_tab_lone_title_word_goes_to_the_unfinished_title() -> None:
    """OCR'd tab cells: 'Stock' wrapped alone under a Table II holding whose own title is finished
    ('Stock Option') goes on with the underlying title that is not ('Class A Common')."""
    table2 = _TABLE2_TAB_HEADER + "Stock Option\t(2)\t02/19/2030\tClass A Common\t151,578\t$59.53\tD\nStock\n"
    (row,) = read_text(_ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title) == ("Stock Option", "Class A Common Stock")


def test_ocr_tab_box5_empty_boxes_leave_director() -> None:
    """OCR'd tab cells keep no columns but keep the order of box 5's glyphs: the 10% Owner box
    before 'Owner' on the line above 'Director | 10%', the Officer and Other boxes alone on the
    line above their labels. All three read empty with no title: Director (inferred, uncertain);
    a '14' there is a checked 10% Owner box."""
    def box1(ten: str) -> list[str]:
        return [
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"DOE JOHN\t{ten}\tOwner",
            "(Last) (First) (Middle)\tDirector\t10%",
            "3. Date of Earliest Transaction (Month/Day/Year)\tL]\tL]",
            "1 MAIN STREET\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]
    doc = read_text(_ocr_tab_box1(box1("ou")))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        True, False, False, False)
    assert doc.extraction is not None
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields
    owner = read_text(_ocr_tab_box1(box1("14"))).reporting_owners[0]
    assert owner.is_ten_percent_owner is True and owner.is_director is None


def test_ocr_form3_row_with_only_its_title_left_is_kept() -> None:
    """OCR lost every value of a Form 3's one Table I row but its title ('Common Stock' alone under
    the heading): the holding is kept with its title (uncertain) and its amount stays unread."""
    text = (_OCR_BOX5.replace("FORM 4", "FORM 3")
            .replace("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                     "Table I - Non-Derivative Securities Beneficially Owned")
            .replace(_OCR_ROW, " Common Stock\n"))
    doc = read_text(text)
    (row,) = doc.non_derivative_holdings
    assert (row.security_title, row.shares_owned_following_transaction) == ("Common Stock", None)
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].security_title" in doc.extraction.uncertain_fields


def test_ocr_tab_name_in_capitals_with_a_mixed_case_smear() -> None:
    """OCR'd tab cells: a name in capitals with one two-letter word in mixed case ('fF', 'Ff'),
    the smear of a rule or a check box: the smear is taken out (uncertain)."""
    for line, want in (("LOFFREDO fF JOHN M", "LOFFREDO JOHN M"), ("LANG LINDA Ff", "LANG LINDA")):
        doc = read_text(_ocr_tab_box1([
            "Widget Corp [ WDGT ]\t(Check all applicable)",
            f"{line}\tOwner",
            "(Last) (First) (Middle)\tX Director\t10% Owner",
            "1 MAIN STREET\tOfficer (give title below)\tL] Other (specify below)",
            "(Street)",
            "BOSTON MA 02110\tForm filed by One Reporting Person",
            "(City) (State) (Zip)",
        ]))
        assert doc.reporting_owners[0].rpt_owner_name == want
        assert doc.extraction is not None
        assert "reporting_owners[0].rpt_owner_name" in doc.extraction.uncertain_fields


_TAB_T2_HEAD = (
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

_FLAT_T2_FORM = """FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION
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


def test_table_extractor_cells_place_a_gift_amount_under_a_or_d() -> None:
    """A gift (code G) goes either way, so only its column says whether the derivative was acquired
    or disposed of: on a table extractor's grid (rows with the heading's cell count) the amount's
    cell index is that column. A row off the grid (a cell lost) is not placed that way."""
    def row(a: str, d: str) -> str:
        return (f"Stock Option (right to buy)\t$2.92\t\t06/12/2019\t\t\t\tG\t\t\t{a}\t\t{d}\t\t01/29/2013\t\t"
                f"03/08/2021\t\tCommon Stock\t\t18,070\t$0\t\t0\tD\t\t\n")
    table2 = _TAB_T2_HEAD + row("", "18,070") + row("18,070", "")
    text = _FLAT_T2_FORM.replace("{table2}", table2)
    doc = read_text(text)
    assert doc.extraction is not None and doc.extraction.source_format == "text"
    gave, got = doc.derivative_transactions
    assert (gave.transaction_code, gave.transaction_shares) == ("G", Decimal("18070"))
    assert gave.transaction_acquired_disposed_code == "D"
    assert got.transaction_acquired_disposed_code == "A"
    assert "derivative_transactions[0].transaction_acquired_disposed_code" not in doc.extraction.uncertain_fields
    lost_cell = row("", "18,070").replace("\t\t\t", "\t\t", 1)
    off_grid = read_text(_FLAT_T2_FORM.replace("{table2}", _TAB_T2_HEAD + lost_cell))
    assert off_grid.derivative_transactions[0].transaction_acquired_disposed_code is None


def test_seed_style_escaped_table_cells_keep_their_grid_but_ocr_gaps_do_not() -> None:
    """Seed-style text (a table extractor's cells, '$' escaped as '\\$': read as OCR) keeps the empty
    cells of its grid, so a gift's amount under (D) is D. OCR text split at wide gaps has no empty
    cells and no grid: there the gift's direction is not taken from a cell index."""
    row = ("Stock Option (right to buy)\t$2.92\t\t06/12/2019\t\t\t\tG\t\t\t\t\t18,070\t\t01/29/2013\t\t"
           "03/08/2021\t\tCommon Stock\t\t18,070\t$0\t\t0\tD\t\t\n")
    escaped = _FLAT_T2_FORM.replace("{table2}", _TAB_T2_HEAD + row).replace("$", "\\$")
    doc = read_text(escaped)
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    assert doc.derivative_transactions[0].transaction_acquired_disposed_code == "D"
    gaps = re.sub(r"\t+", "\t", escaped)  # OCR split at wide gaps: no empty cells
    assert read_text(gaps).derivative_transactions[0].transaction_acquired_disposed_code is None


def test_markdown_table2_ad_cells_are_the_headings_own_not_a_label_naming_them() -> None:
    """Table II's column labels cut so that one cell names '(A)' without '(D)' ('ired (A)
    sposed ) (Instr. and 5)') and a later one 'Direct (D)': those are labels, not the (A)/(D)
    cells. The headings' own '(A)' | '(D)' cells are the columns: an amount under '(D)' is a
    disposal (a 'Z' code says nothing either way)."""
    rows = ("|1. Title of<br>Derivative Security|2. Conversion|3. Transaction Date|3A. Deemed|4. Transactio<br>"
            "Code|n<br>5. Nu<br>Deriv<br>or Di<br>of (D|mber of<br>ative<br>ired (A)<br>sposed<br>) (Instr.|6. Date|"
            "7. Title|8. Price|9. Number|10. Ownership Form: Direct (D) or Indirect (I)|11. Nature|\n"
            "|||||Code<br>V|(A)|(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Series A<br>Shares|(1)|07/08/2019||Z||4,702|(1)|(1)|Common<br>Shares|4,702|$0|931,607|I|By Trust|\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + rows)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("Z", Decimal("4702"))
    assert row.transaction_acquired_disposed_code == "D"


def test_markdown_table2_row_not_lined_up_with_the_headings_is_not_read_by_cell() -> None:
    """A row whose cells merged ('$0 10/02/2015' in one cell) sits one cell left of the headings:
    its code is not in the 'Code' heading's cell, so the cell its amount fell in ('Code V (A)')
    says nothing about (A) or (D); a conversion (C) disposes of the derivative, marked uncertain."""
    rows = ("|||||Code<br>V<br>(A)|(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n"
            "|Class B<br>Stock|$0 10/02/2015||C|16,670|(1)|(1)|Class A<br>Stock|16,670|$0|21,109,310|D||\n")
    text = _MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + rows)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("C", Decimal("16670"))
    assert row.transaction_acquired_disposed_code == "D"
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_a_cell_read_by_a_second_look_is_uncertain() -> None:
    """A scan's code cell Tesseract dropped and a second look at the cell alone read ('S'): the
    code is kept but listed as uncertain; the same row read by the page's OCR is not doubted for it."""
    from dataclasses import replace

    from section16.readers.text import read_cells
    from section16.readers.text.normalize import _normalize

    second = "Common Stock    05/04/2021     S         500     D     $12.60      8,000     D\n"
    text = _OCR_BOX5.replace(_OCR_ROW, _OCR_ROW + second)
    lines, fmt, _damaged = _normalize(text)
    plain = read_cells(lines, fmt=fmt)
    lines, fmt, _damaged = _normalize(text)  # the reader works on its lines in place
    k = next(i for i, ln in enumerate(lines) if "05/04/2021" in ln.text and "8,000" in ln.text)
    lines[k] = replace(lines[k], looked=("S",))
    looked = read_cells(lines, fmt=fmt)
    path = "non_derivative_transactions[1].transaction_code"  # the row the arithmetic confirms
    for doc in (plain, looked):
        assert doc.extraction is not None
        assert doc.non_derivative_transactions[1].transaction_code == "S"
    assert path not in plain.extraction.uncertain_fields
    assert path in looked.extraction.uncertain_fields
    # a letter in the wrong column would move the row's other letters: they are doubted too, the
    # amounts the arithmetic confirms are not
    assert "non_derivative_transactions[1].direct_or_indirect_ownership" in looked.extraction.uncertain_fields
    assert "non_derivative_transactions[1].shares_owned_following_transaction" not in looked.extraction.uncertain_fields


def test_layout_amendment_box4_date_on_the_line_under_its_label() -> None:
    """An amendment: pdftotext -layout prints box 4's label and its date on lines of their own, the
    date under the label's start. The form is an amendment ('4/A') of that original date; box 3's
    date, under its own label in the same column, is not box 4's."""
    text = _LAYOUT_TABLE2.replace(
        "(Street)                                        6. Individual",
        "CHAMPION TOWER                                  4. If Amendment, Date of Original Filed (Month/Day/Year)\n"
        "(Street)                                        05/06/2021\n"
        "                                                6. Individual")
    doc = read_text(text)
    assert (doc.document_type, doc.date_of_original_submission) == ("4/A", date(2021, 5, 6))
    assert doc.period_of_report == date(2021, 5, 3)
    plain = read_text(_LAYOUT_TABLE2)
    assert (plain.document_type, plain.date_of_original_submission) == ("4", None)


def test_ocr_tab_wrapped_line_with_a_trusts_year_in_the_nature() -> None:
    """OCR'd tab cells: a Table II holding's title, underlying title and nature wrap together, the
    nature's wrap holding a year ('Common | Common | 2021'): the line is wrapped words, not a new row,
    and the year goes on with the nature."""
    table2 = _TABLE2_TAB_HEADER + (
        "Class B\t$0.00\t(2)\t(2)\tClass A\t8,635\t8,635\tSMB Pacific\n"
        "Common\tCommon\t2021\n"
        "Stock\tStock\tCharitable\n"
        "Remainder\n"
        "Unitrust |\n")
    (row,) = read_text(_ocr_form(table2, "1. Vests.\n2. Note.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title, row.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "SMB Pacific 2021 Charitable Remainder Unitrust")
    assert row.underlying_security_shares == Decimal("8635")


def test_ocr_grid_city_line_split_by_jitter_is_one_line() -> None:
    """OCR on a grid lost the '(Street)' label and split the city line by baseline jitter ('MENLO'
    over '   PARK CA 94025', the rest starting right of the first word's end): one city line
    (uncertain), not a second street line. A line starting at the box's edge is not joined."""
    old = _at((0, "(Street)"), (99, "Chief Financial Officer")) + _at(
        (0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    split = _at((99, "Chief Financial Officer")) + _at((0, "MENLO")) + _at(
        (8, "PARK CA 94025"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
    doc = read_text(_OCR_BOX5.replace(old, split))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city, owner.rpt_owner_state) == (
        "1 MAIN ST", None, "MENLO PARK", "CA")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_city" in doc.extraction.uncertain_fields
    owner = read_text(_OCR_BOX5.replace(old, split.replace("        PARK", "PARK"))).reporting_owners[0]
    assert owner.rpt_owner_city == "PARK"


def _ocr_grid_owners(box1: str) -> str:
    """The OCR'd grid form above with box 1's column (from the first owner's name on) replaced."""
    head, _sep, _rest = _OCR_BOX5.partition(_at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"),
                                                (99, "(Check all applicable)")))
    tail = _OCR_BOX5[_OCR_BOX5.index("                   Table I"):]
    return head + box1 + tail


def test_ocr_grid_owner_whose_city_label_was_lost_keeps_the_next_owners_name_lines() -> None:
    """OCR on a grid lost the first owner's '(City) (State) (Zip)' label; the next owner's name was
    split by baseline jitter over two lines ('PARTNERS FUND' over 'ACME   LP'). The first owner ends
    with its city line (a state and ZIP), so both name lines are the next owner's."""
    box1 = (_at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
            + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
            + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "Director j    10% Owner"))
            + _at((0, "(Street)"), (99, "Officer (give    L]"))
            + _at((0, "BOSTON MA 02110"), (99, "Director   10% Owner"))
            + _at((5, "PARTNERS FUND"))
            + _at((99, "Director   10% Owner"))
            + _at((0, "ACME"), (20, "LP"))
            + _at((0, "(Last) (First) (Middle)"))
            + _at((0, "1 MAIN ST"))
            + _at((0, "(Street)"))
            + _at((0, "BOSTON MA 02110"))
            + _at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
            + _at((48, "LJ Form filed by More than One Reporting Person")))
    doc = read_text(_ocr_grid_owners(box1))
    first, second = doc.reporting_owners
    assert (first.rpt_owner_name, first.rpt_owner_city, first.rpt_owner_zip_code) == (
        "ACME CAPITAL LLC", "BOSTON", "02110")
    assert (second.rpt_owner_name, second.rpt_owner_street1, second.rpt_owner_city) == (
        "ACME PARTNERS FUND LP", "1 MAIN ST", "BOSTON")


def test_ocr_grid_owner_whose_last_label_was_lost_is_still_an_owner() -> None:
    """OCR on a grid lost the second owner's '(Last) (First) (Middle)' label (or garbled it to lower
    case: '(Lasl) (Firsi) (Midde)'): a '(Street)' label right after the first owner's '(City)' line
    starts an owner of its own, whose name (a wrapped second line too) ends before the street."""
    def box1(label: str) -> str:
        return (_at((0, "ACME CAPITAL LLC"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
                + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
                + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "Director j    10% Owner"))
                + _at((0, "(Street)"), (99, "Officer (give    L]"))
                + _at((0, "BOSTON MA 02110"))
                + _at((0, "(City) (State) (Zip)"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
                + _at((0, "ACME PARTNERS FUND"), (48, "LJ Form filed by More than One Reporting Person"))
                + _at((0, "(Parallel), L.P."))
                + label
                + _at((0, "2 HIGH ST"))
                + _at((0, "(Street)"))
                + _at((0, "SALEM MA 01970"))
                + _at((0, "(City) (State) (Zip)")))
    for label in ("", _at((0, "(Lasl) (Firsi) (Midde)"))):
        doc = read_text(_ocr_grid_owners(box1(label)))
        first, second = doc.reporting_owners
        assert (first.rpt_owner_name, first.rpt_owner_city) == ("ACME CAPITAL LLC", "BOSTON")
        assert (second.rpt_owner_name, second.rpt_owner_street1, second.rpt_owner_city) == (
            "ACME PARTNERS FUND (Parallel), L.P.", "2 HIGH ST", "SALEM")
        assert doc.extraction is not None
        assert "reporting_owners[1].rpt_owner_name" in doc.extraction.uncertain_fields


def test_ocr_tab_box6_or_alone_above_the_city_label_is_not_the_city() -> None:
    """OCR'd tab cells: box 6's 'or' (of 'Individual or Joint/Group Filing') alone on the line above
    '(City) (State) (Zip)': the city line is the one above it, a foreign city with its EDGAR code,
    not a street line."""
    doc = read_text(_ocr_tab_box1([
        "DOE JANE\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector j\t10% 0,",
        "12 KING STREET WEST\t05/03/2021\tOfficer (give title below)\tOther (specify below)",
        "(Street)\tIf",
        "4.\tAmendment, Date of Original Filed (Month/Day/Year)",
        "TORONTO A6 M5H 1A1\t6. Individual\tJoint/Group Filing (Check Applicable Line)",
        "or",
        "(City) (State) (Zip)\tForm filed by One Reporting Person",
    ]))
    (owner,) = doc.reporting_owners
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2) == ("12 KING STREET WEST", None)
    assert (owner.rpt_owner_city, owner.rpt_owner_state) == ("TORONTO", "A6")


def test_ocr_tab_several_owners_box5_glyph_and_label_cells_beside_box1() -> None:
    """OCR'd tab cells of several owners: box 5's check boxes read as glyphs in cells of their own
    beside box 1's lines ('_]', 'C1]', '[1', 'ea)') and its label's words each in a cell ('(give .' |
    'title .'): none of them goes into a street or city line."""
    doc = read_text(_ocr_tab_box1([
        "ACME FUND, LP\tWidget Corp [ WDGT ]\t(Check all applicable)",
        "(Last) (First) (Middle)\tDirector\t10% Owner",
        "1 MAIN STREET, SUITE 5\t_]\t[X]",
        "(Street)\tOfficer .\t(give .\ttitle .\tbelow)\tOther (specify :\tbelow)",
        "BOSTON MA 02110\tC1]\t[1",
        "(City) (State) (Zip)\tDirector\t10% Owner",
        "ACME ADVISERS LLC",
        "(Last) (First) (Middle)\tL]\t[X]",
        "2 HIGH STREET\tea)",
        "(Street)",
        "SALEM MA 01970",
        "(City) (State) (Zip)",
    ]))
    assert [(o.rpt_owner_name, o.rpt_owner_street1, o.rpt_owner_city) for o in doc.reporting_owners] == [
        ("ACME FUND, LP", "1 MAIN STREET, SUITE 5", "BOSTON"), ("ACME ADVISERS LLC", "2 HIGH STREET", "SALEM")]


def test_ocr_tab_natures_first_word_read_after_the_row() -> None:
    """OCR'd tab cells: a nature printed on two lines in a taller row ('By' over 'Trust') had its
    first word read on a line after the row's, before the title's wrapped word ('Stock'): 'By' or
    'See' only starts a nature, so it goes before the nature, not into the title."""
    rows = ("Common\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tI\tTrust\n"
            "By\n"
            "Stock\n"
            "Class A\t05/03/2021\tS\t100\tD\t$12.50\t8,400\tI\tfootnotes\n"
            "See\n"
            "Common Stock\n")
    doc = read_text(_ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        _OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (a.security_title, a.nature_of_ownership) == ("Common Stock", "By Trust")
    assert (b.security_title, b.nature_of_ownership) == ("Class A Common Stock", "See footnotes")


def test_ocr_tab_row_split_over_two_lines_by_its_cells_baselines() -> None:
    """OCR'd tab cells: a Table I row OCR split over two lines, the title with the date, price and the
    nature's last word above ('Common | 05/04/2021 | $12.75 | Footnote'), the code, amount, amount
    following and the nature's first word under it ('S | 200 | 8,300 | See'): one row, its cells
    in the columns' order, the row arithmetic agreeing."""
    rows = ("Common\t05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tI\tSee Footnote\n"
            "Stock\n"
            "Common\t05/04/2021\t$12.75\tFootnote\n"
            "S\t1,200\t7,300\tSee\n"
            "Stock\n")
    doc = read_text(_ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        _OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (b.security_title, b.transaction_date, b.transaction_code, b.transaction_shares) == (
        "Common Stock", date(2021, 5, 4), "S", Decimal("1200"))
    assert (b.transaction_price_per_share, b.shares_owned_following_transaction, b.nature_of_ownership) == (
        Decimal("12.75"), Decimal("7300"), "See Footnote")


def test_ocr_tab_wrapped_nature_starting_short_or_with_a_number() -> None:
    """OCR'd tab cells: a Table II row's nature starts with a short word or a number ('By', 'By 70')
    and wraps with the titles ('Common | Common | Renyan'), then alone, its year on a line of its own:
    the nature's words go on with it, not into the titles."""
    table2 = _TABLE2_TAB_HEADER + (
        "Class B\t$0.0 | 08/06/2019\tG\t2,731\t(1)\t(1)\tClass A\t2,731\t364,402\tBy\n"
        "Common\tCommon\tRenyan\n"
        "Stock\tStock\tTzuo\n"
        "2010\n"
        "Annuity\n"
        "Trust\n"
        "Class B\t$0.0 | 08/06/2019\tG\t5,462\t(1)\t(1)\tClass A\t5,462\t6,998,547\tBy 70\n"
        "Common\tCommon\tThirty\n"
        "Stock\tStock\tTrust\n")
    a, b = read_text(_ocr_form(table2, "1. Converts.\n")).derivative_transactions
    assert (a.security_title, a.underlying_security_title, a.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "By Renyan Tzuo 2010 Annuity Trust")
    assert (b.security_title, b.underlying_security_title, b.nature_of_ownership) == (
        "Class B Common Stock", "Class A Common Stock", "By 70 Thirty Trust")


def test_ocr_issuer_state_suffix_slash_read_as_i() -> None:
    """OCR reads a slash of EDGAR's state suffix in box 2 as 'I' ('CORP /PAI', 'INCI/MI/'): the slash
    is put back (uncertain) where the 'I' closes a state code or stands between a legal form and the
    state's slash; a name whose 'I' is its own ('MAUI/HI') is left as read."""
    for seen, want in (("WIDGET CORP /PAI", "WIDGET CORP /PA/"), ("WIDGET INCI/MI/", "WIDGET INC/MI/"),
                          ("WIDGET COMPANYI/MN", "WIDGET COMPANY/MN"), ("MAUI/HI", "MAUI/HI")):
        doc = read_text(_OCR_BOX5.replace("WIDGET CORP [ WDGT ]", f"{seen} [ WDGT ]"))
        assert doc.issuer is not None and doc.issuer.issuer_name == want
        assert doc.extraction is not None and "issuer.issuer_name" in doc.extraction.uncertain_fields


def test_ocr_roman_numeral_with_a_lower_case_l() -> None:
    """OCR reads an 'I' of a roman numeral after a word as a lower-case 'l' or 'i' ('Associates Il',
    'Fund Xil'): put back in capitals in names and natures; a 'Xi' with no 'l' may be a name, and is kept."""
    rows = ("Common Stock    05/03/2021     S       1,500     D     $12.50      8,500     I     "
            "By Acme Associates Il, L.P.\n")
    doc = read_text(_ocr_form(rows, "1. Vests.\n").replace("WIDGET CORP [ WDGT ]", "WIDGET FUND Xil [ WDGT ]"))
    assert doc.non_derivative_transactions[-1].nature_of_ownership == "By Acme Associates II, L.P."
    assert doc.issuer is not None and doc.issuer.issuer_name == "WIDGET FUND XII"
    doc = read_text(_OCR_BOX5.replace("WIDGET CORP [ WDGT ]", "WIDGET Xi [ WDGT ]"))
    assert doc.issuer is not None and doc.issuer.issuer_name == "WIDGET Xi"


def test_ocr_grid_title_ending_in_a_digit_takes_its_wrapped_words_after_it() -> None:
    """OCR on a grid: a title ending in a series number glued to its letter ('SERIES B-1') wraps its
    last words onto the next line ('PREFERRED STOCK'): they go after the whole title, the digit
    being the title's own, not an amount the words sit before."""
    table2 = (_TABLE2_TITLE
              + _at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"), (63, "3. Title and Amount"),
                    (96, "4. Conversion"), (114, "5. Ownership Form"), (134, "6. Nature of Indirect"))
              + _at((1, "SERIES B-1"), (27, "(1)"), (45, "(1)"), (63, "COMMON"), (95, "66,454"), (114, "(1)"),
                    (126, "D"))
              + _at((1, "PREFERRED STOCK"), (63, "STOCK")))
    (row,) = read_text(_ocr_form(table2, "1. Converts.\n")).derivative_holdings
    assert (row.security_title, row.underlying_security_title) == ("SERIES B-1 PREFERRED STOCK", "COMMON STOCK")


def test_ocr_grid_nature_wrapped_with_a_year_keeps_its_order() -> None:
    """OCR on a grid: a nature wrapped over several lines, one of them a trust's year ('SMB Pacific' /
    '2021' / 'Charitable' / 'Trust'): the later words go after the year, a bare year being the
    nature's own words, not an amount of the next column (that would print its comma)."""
    table2 = (_TABLE2_TITLE
              + _at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"), (63, "3. Title and Amount"),
                    (96, "4. Conversion"), (114, "5. Ownership Form"), (134, "6. Nature of Indirect"))
              + _at((1, "Class B"), (27, "(1)"), (45, "(1)"), (63, "Class A"), (95, "8,635"), (114, "$0.00"),
                    (126, "I"), (140, "SMB Pacific"))
              + _at((1, "Common"), (63, "Common"), (140, "2021"))
              + _at((1, "Stock"), (63, "Stock"), (140, "Charitable"))
              + _at((140, "Trust")))
    (row,) = read_text(_ocr_form(table2, "1. Converts.\n")).derivative_holdings
    assert (row.security_title, row.nature_of_ownership) == (
        "Class B Common Stock", "SMB Pacific 2021 Charitable Trust")


def test_ocr_grid_nature_holding_a_number_takes_its_wrapped_words_after_it() -> None:
    """OCR on a grid: a nature holding a number ('By 70', 'Through 401(k)') wraps its last words
    onto the next line: the nature is the last column, so its number is its own and the words go
    after it, not before it as before an amount of the next column."""
    def table2(nature: str, wrapped: str) -> str:
        return (_TABLE2_TITLE
                + _at((0, "1. Title of Derivative Security"), (27, "2. Date Exercisable"),
                      (63, "3. Title and Amount"), (96, "4. Conversion"), (114, "5. Ownership Form"),
                      (134, "6. Nature of Indirect"))
                + _at((1, "Class B"), (27, "(1)"), (45, "(1)"), (63, "Class A"), (95, "8,635"), (114, "$0.00"),
                      (126, "I"), (140, nature))
                + _at((1, "Common Stock"), (63, "Common Stock"), (140, wrapped)))
    for nature, wrapped in (("By 70", "Thirty Trust"), ("Through 401(k)", "Plan")):
        (row,) = read_text(_ocr_form(table2(nature, wrapped), "1. Converts.\n")).derivative_holdings
        assert row.nature_of_ownership == f"{nature} {wrapped}"


def test_ocr_grid_street_line_split_by_jitter_its_end_a_line_higher() -> None:
    """OCR on a grid split a street line by baseline jitter and set its end a line higher, right of
    where the rest ends ('           STREET' over '415 MISSION'): one street line (uncertain); a
    street line starts at the box's edge, so the raised part cannot be a first line of its own."""
    old = _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
    split = _at((14, "STREET"), (48, "05/03/2021"), (99, "title below)     Other (specify below)")) + _at(
        (0, "415 MISSION"))
    doc = read_text(_OCR_BOX5.replace(old, split))
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_street2, owner.rpt_owner_city) == (
        "415 MISSION STREET", None, "BOSTON")
    assert doc.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in doc.extraction.uncertain_fields


def test_ocr_tab_title_par_value_wrapped_alone_with_its_number() -> None:
    """OCR'd tab cells: a title's par value wraps onto lines of its own, its number with them
    ('par value' / '$0.001', 'Stock, $0.01' / 'par value'): title words around one '$' number are
    the title's wrap, not a row of their own nor a price, and go before the row's date."""
    rows = ("Common Stock, | 05/03/2021\tS\t1,500\tD\t$12.50\t8,500\tD\n"
            "par value\n"
            "$0.001\n"
            "Common\t05/04/2021\tS\t100\tD\t$12.75\t8,400\tD\n"
            "Stock, $0.01\n"
            "par value\n")
    doc = read_text(_ocr_tab_box1(["DOE JOHN\tWidget Corp [ WDGT ]", "(Last) (First) (Middle)"]).replace(
        _OCR_ROW, rows))
    a, b = doc.non_derivative_transactions
    assert (a.security_title, a.transaction_price_per_share) == ("Common Stock, par value $0.001", Decimal("12.50"))
    assert (b.security_title, b.transaction_price_per_share) == ("Common Stock, $0.01 par value", Decimal("12.75"))


def test_ocr_tab_wrapped_word_of_an_underlying_title_joined_to_its_amount() -> None:
    """OCR'd tab cells: the underlying title joined to its amount across a rule ('Common |
    14,225.8819') is a text column too: the wrapped line's second word ('Stock') goes after the
    title, before the amount."""
    table2 = _TABLE2_TAB_HEADER + (
        "Restricted\t(3) | 04/22/2014\tM\t14,225.8819 | (4)\t(4)\tCommon | 14,225.8819\t(4)\tD\n"
        "Stock\tStock\n"
        "Units\n")
    (row,) = read_text(_ocr_form(table2, "3. Vests.\n4. Converts.\n")).derivative_transactions
    assert (row.security_title, row.underlying_security_title) == ("Restricted Stock Units", "Common Stock")
    assert row.underlying_security_shares == Decimal("14225.8819")


def test_ocr_tab_wrapped_nature_ending_in_a_glued_marker_still_wraps_by_column() -> None:
    """OCR'd tab cells: the title's and the nature's last words wrap together, the nature's ending in
    a marker glued to it with its parentheses lost ('Stock | Associates II, L.P.2'): still wrapped
    words of both columns, the title's word to the title."""
    rows = ("Class A\t05/03/2021\tG\t111\tA\t$0\t902\tI\tChild's trust's interests held by Rankin\n"
            "Common\tinterests in shares of\n"
            "Stock\tAssociates II, L.P.2\n")
    doc = read_text(_ocr_form(rows, "2. Held by a trust.\n"))
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Class A Common Stock"
    assert row.nature_of_ownership is not None and "Stock" not in row.nature_of_ownership


def test_pymupdf4llm_nature_cut_into_three_cells_stacking_fewer_pieces() -> None:
    """The nature of ownership cut at guessed edges into three cells, the form letter stacked atop
    the first ('I<br>Spous<br>...'): a later cell stacks a piece only for the lines that reached its
    edge, with no empty slice for a line that ended (here the one ending in its marker), so its
    pieces go on the lines that ran furthest; another assembly was possible, so uncertain."""
    rows = ("|Common<br>Stock||||||1,151|I<br>Spous<br>held f<br>Smith"
            "|e's trus<br>or the c<br>Family<sup>(1)</sup>|t, as<br>hildren|\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("1151"), "I")
    assert h.nature_of_ownership == "Spouse's trust, as held for the children Smith Family"
    assert h.footnote_ids.get("nature_of_ownership") == ["F1"]
    assert doc.extraction is not None
    assert "non_derivative_holdings[0].nature_of_ownership" in doc.extraction.uncertain_fields


def test_pymupdf4llm_nature_cut_after_a_form_letter_stacked_under_the_amount() -> None:
    """The amount and the form letter stacked in one cell ('1,151<br>I'), the nature after it cut
    into two cells stacking the same lines: each line is put back together, in order."""
    rows = "|Common<br>Stock||||||1,151<br>I|By Sm<br>Trust|ith Family<br>ee<sup>(2)</sup>|\n"
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("1151"), "I")
    assert h.nature_of_ownership == "By Smith Family Trustee"
    assert h.footnote_ids.get("nature_of_ownership") == ["F2"]


def test_pymupdf4llm_nature_cut_under_an_amount_end_and_its_marker_cut() -> None:
    """The amount's end, the form letter and the nature's first pieces stacked in one cell
    ('13,' | '972<br>I<br>Smi<br>dtd 4'), the nature going on in the next cells, its marker cut
    across two of them ('(3' | ')'): the lines are put back together and the marker read whole."""
    rows = ("|Common<br>Stock||||||13,|972<br>I<br>Smi<br>dtd 4|th Fa<br>/15/2014<sup>(3</sup>"
            "|mily Trust<br><sup>)</sup>|\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("13972"), "I")
    assert h.nature_of_ownership == "Smith Family Trust dtd 4/15/2014"
    assert h.footnote_ids.get("nature_of_ownership") == ["F3"]


def test_pymupdf4llm_nature_cut_into_cells_with_its_last_line_in_a_row_of_its_own() -> None:
    """The nature cut into three cells, its last line (and the title's wrapped word) put in a row
    of its own under the data row ('|Stock|...|Smith|Family|Trust(2)|'): each cell's piece is the
    last line of the same cell above, so the nature reads in order and the title whole."""
    rows = ("|Common|||||||1,151|I|Held b<br>for the|y the tru<br>benefit of|stee<br>the|\n"
            "|Stock|||||||||Smith|Family|Trust<sup>(2)</sup>|\n")
    text = _MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Stock"
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("1151"), "I")
    # whether a space fell at a cell edge is not known: the letters, in order, are what is read
    assert (h.nature_of_ownership or "").replace(" ", "") == "HeldbythetrusteeforthebenefitoftheSmithFamilyTrust"
    assert h.footnote_ids.get("nature_of_ownership") == ["F2"]


def test_a_cut_guess_sign_never_reaches_a_field() -> None:
    """normalize marks a PyMuPDF4LLM cell whose cut pieces it put back by a guess with CUT_GUESSED;
    wherever such text lands (here a street and a footnote), the sign is taken out and the field is
    listed as uncertain, while the same form without it reads the same values sure."""
    from section16.readers.text.normalize import CUT_GUESSED

    plain = read_text(_LAYOUT_TABLE2)
    marked = read_text(_LAYOUT_TABLE2.replace("1 MAIN ST", CUT_GUESSED + "1 MAIN ST").replace(
        "2. Two.", "2. T" + CUT_GUESSED + "wo."))
    assert marked.reporting_owners[0].rpt_owner_street1 == plain.reporting_owners[0].rpt_owner_street1 == "1 MAIN ST"
    assert [f.text for f in marked.footnotes] == [f.text for f in plain.footnotes]
    assert marked.extraction is not None and plain.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in marked.extraction.uncertain_fields
    assert "reporting_owners[0].rpt_owner_street1" not in plain.extraction.uncertain_fields
    two = next(i for i, f in enumerate(marked.footnotes) if f.text == "Two.")
    assert f"footnotes[{two}].text" in marked.extraction.uncertain_fields
    assert CUT_GUESSED not in marked.to_json()
