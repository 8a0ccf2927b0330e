"""The seeds' kinds of damage on other filings (benchmarks/corpus.py, kind seed-noise): tab-separated
cells from a PDF-to-markdown tool, '\\$' escapes, footnote markers in cells of their own or as
superscripts, split dates and prices. Each fixture is a small seed-style Form 4 typed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.model import OwnershipDocument
from section16.readers.text import read_text

_HEAD = "\n".join((
    "FORM 4",
    "",
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
    "",
    "Washington, D.C. 20549",
    "",
    "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
    "",
    "1. Name and Address of Reporting Person* Doe Jane\t\t\t2. Issuer Name and Ticker or Trading"
    " Symbol WIDGET CORP [WDG]\t\t5. Relationship of Reporting Person(s) to Issuer (Check all"
    " applicable) X Director 10% Owner",
    "(Last) (First) (Middle) 1 MAIN ST (Street) SPRINGFIELD IL 62701 (City) (State) (Zip)\t\t\t3."
    " Date of Earliest Transaction (Month/Day/Year) 05/04/2022\t\t",
    "",
    "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
    "",
    "1. Title of Security (Instr. 3)\t\t2. Transaction Date (Month/Day/Year)\t\t2A. Deemed Execution"
    " Date, if any (Month/Day/Year)\t3. Transaction Code (Instr. 8)\t\t4. Securities Acquired (A) or"
    " Disposed Of (D) (Instr. 3, 4 and 5)\t\t\t5. Amount of Securities Beneficially Owned Following"
    " Reported Transaction(s) (Instr. 3 and 4)\t6. Ownership Form: Direct (D) or Indirect (I) (Instr."
    " 4)\t7. Nature of Indirect Beneficial Ownership (Instr. 4)",
    "\t\t\t\t\tCode\tV\tAmount\t(A) or (D)\tPrice\t\t\t",
    "{rows}",
    "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls,"
    " warrants, options, convertible securities)",
    "{rows2}",
    "",
    "Explanation of Responses:",
    "",
    "- 1. Sold under a Rule 10b5-1 trading plan.",
    "- 2. The price is a weighted average of several trades.",
    "- 3. The exercise price reflects a special dividend.",
    "- 4. The option vests in four annual installments.",
    "",
    "Remarks:",
    "",
    "/s/ Jane Doe",
    "",
    "05/06/2022",
    "",
    "** Signature of Reporting Person Date",
    "",
))


def _read(rows: str, rows2: str = "") -> OwnershipDocument:
    return read_text(_HEAD.replace("{rows}", rows).replace("{rows2}", rows2))


def test_title_marker_in_a_cell_of_its_own_before_the_date() -> None:
    """'Common Stock | (1) | 05/04/2022': the marker is the title's, and the row a transaction,
    not a holding whose nature swallowed the rest of the row."""
    doc = _read("Common Stock\t(1)\t\t05/04/2022\t\t\tS\t\t9,136\tD\t\\$159.94\t\t468,198\t\tD\t\n")
    assert not doc.non_derivative_holdings
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock" and row.footnote_ids.get("security_title") == ["F1"]
    assert row.transaction_date == date(2022, 5, 4)
    assert (row.transaction_code, row.transaction_shares) == ("S", Decimal("9136"))
    assert row.transaction_price_per_share == Decimal("159.94")
    assert row.shares_owned_following_transaction == Decimal("468198")


def test_markers_in_cells_of_their_own_after_the_code_and_the_price() -> None:
    """'S | (1) | 1,161' and '\\$25.88 | (2) | 2,600': each marker is the value's before it (a value's
    marker follows it), so the amounts stay in their columns."""
    doc = _read("Common Stock\t\t05/04/2022\t\t\tS\t(1)\t\t1,161\tD\t\\$25.88\t(2)\t2,600\t\tD\t\n")
    (row,) = doc.non_derivative_transactions
    assert row.transaction_code == "S" and row.footnote_ids.get("transaction_code") == ["F1"]
    assert row.transaction_shares == Decimal("1161")
    assert row.transaction_price_per_share == Decimal("25.88")
    assert row.footnote_ids.get("transaction_price_per_share") == ["F2"]
    assert row.shares_owned_following_transaction == Decimal("2600")
    assert "shares_owned_following_transaction" not in row.footnote_ids


def test_par_value_price_inside_the_title() -> None:
    """'Common Stock, par value \\$0.001' in the title's cell: the dollar amount is the title's words,
    not the row's price."""
    doc = _read("Common Stock, par value \\$0.001\t\t05/04/2022\t\t\tA\t\t1,381\tA\t\\$ 0\t35,248\t\tD\t\n")
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock, par value $0.001"
    assert (row.transaction_shares, row.transaction_price_per_share) == (Decimal("1381"), Decimal("0"))
    assert row.shares_owned_following_transaction == Decimal("35248")


def test_table2_markers_in_cells_of_their_own() -> None:
    """Table II: the title's marker before the conversion price, a '\\$' alone in its cell with the
    price's digits and marker two cells on, the price's marker before the transaction date, and the
    row price's marker before the amount owned: each marker is the value's before it."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    for row2, title_fn in (
            ("Restricted Stock Units\t\\$\t\t0(1)\t05/04/2022\t\tM\t\t6,250\t(2)\t(2)\t"
             "Common Stock\t6,250\t\\$ 0\t(1)\t12,500\tD\t", None),
            ("Restricted Stock Units\t\\$0\t(1)\t05/04/2022\t\tM\t\t6,250\t(2)\t(2)\t"
             "Common Stock\t6,250\t\\$ 0\t(1)\t12,500\tD\t", None),
            ("Restricted Stock Units\t(2)\t\\$0(1)\t05/04/2022\t\tM\t\t6,250\t(2)\t(2)\t"
             "Common Stock\t6,250\t\\$0(1)\t12,500\tD\t", ["F2"])):
        doc = _read(t1, row2)
        assert not doc.derivative_holdings, row2
        (row,) = doc.derivative_transactions
        assert row.footnote_ids.get("security_title") == title_fn
        assert row.conversion_or_exercise_price == Decimal("0")
        assert row.footnote_ids.get("conversion_or_exercise_price") == ["F1"], row2
        assert (row.transaction_date, row.transaction_code) == (date(2022, 5, 4), "M")
        assert row.transaction_shares == Decimal("6250")
        assert row.footnote_ids.get("transaction_price_per_share") == ["F1"], row2
        assert row.shares_owned_following_transaction == Decimal("12500")
        assert row.direct_or_indirect_ownership == "D" and row.nature_of_ownership is None


def test_dollar_alone_in_its_cell_keeps_the_price_markers() -> None:
    """'\\$ | | 5.00(1)': the '$' is cut from its price; the marker glued to the digits is the price's,
    not the date exercisable's that follows ('(2)', told in a footnote)."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Stock Option\t\\$\t\t5.00(1)\t(2)\t05/04/2030\tCommon Stock\t1,000\t\t1,000\tD\t")
    (row,) = doc.derivative_holdings
    assert row.conversion_or_exercise_price == Decimal("5.00")
    assert row.footnote_ids.get("conversion_or_exercise_price") == ["F1"]
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.expiration_date == date(2030, 5, 4)


def test_underlying_title_with_its_par_value() -> None:
    """Column 7's 'Common Stock, par value \\$0.01 per share' in one cell: the dollar amount is the
    title's words; the amount, the price and the rest stay in their columns."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Series H Preferred Stock\t\t08/10/2018\t(4)\tCommon Stock, par value \\$0.01 per share\t\t"
                    "7,575,758 ⁽⁴⁾\t\\$0.33 ⁽⁴⁾\tI\tBy BRC Partners Fund, LP")
    (row,) = doc.derivative_holdings
    assert row.underlying_security_title == "Common Stock, par value $0.01 per share"
    assert row.underlying_security_shares == Decimal("7575758")
    assert row.nature_of_ownership == "By BRC Partners Fund, LP"


def test_exercisable_date_marker_between_the_two_dates() -> None:
    """'06/01/2014 | (1) | 06/01/2023': both dates fill column 6, so the marker in a cell of its own
    between them is the date exercisable's, and the expiration date is not read into column 7."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    for row2 in ("Stock Option\t\\$59.77\t\t06/01/2014\t(1)\t\t06/01/2023\tCommon Stock\t\t1,700\t\t\t1,700\tD\t",
                 "| Stock Option | \\$59.77 |  | 06/01/2014 | (1) |  | 06/01/2023 | Common Stock |  | 1,700 |  |  "
                 "| 1,700 | D |"):
        doc = _read(t1, row2)
        (row,) = doc.derivative_holdings
        assert row.exercise_date == date(2014, 6, 1) and row.footnote_ids.get("exercise_date") == ["F1"]
        assert row.expiration_date == date(2023, 6, 1)
        assert row.underlying_security_title == "Common Stock"
        assert row.underlying_security_shares == Decimal("1700")


def test_table2_owned_amount_marker_before_the_ownership_form() -> None:
    """'2,200 | (8) | I | See footnote': the marker in a cell of its own before the ownership form is
    the amount owned's; the form stays I and the nature keeps only its words."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Put Option\t\\$2.50\t05/04/2022\t\tS\t\t\t2,200\t05/04/2022\t12/20/2022\tCommon Stock\t220,000\t"
                    "\\$0.275\t2,200\t(2)\tI\tSee footnote(1)")
    (row,) = doc.derivative_transactions
    assert row.shares_owned_following_transaction == Decimal("2200")
    assert row.footnote_ids.get("shares_owned_following_transaction") == ["F2"]
    assert row.direct_or_indirect_ownership == "I"
    assert row.nature_of_ownership == "See footnote" and row.footnote_ids.get("nature_of_ownership") == ["F1"]


def test_markdown_table2_price_marker_before_the_transaction_date() -> None:
    """Pipe table cells (seed 003): '| \\$0.0 | (1) |  | 08/06/2019 | ... | G |': the marker before the
    transaction date is the conversion price's, so the row is a transaction, not a holding."""
    t1 = "| Common Stock |  | 08/06/2019 |  | G |  | 100 | D | \\$0 | 1,000 |  | D |  |\n"
    row2 = ("| Class B Common Stock | \\$0.0 | (1) |  | 08/06/2019 |  |  |  | G |  |  |  |  | 2,731 | (2) |  | (2) "
            "|  | Class A Common Stock |  | 2,731 | \\$0 |  | 364,402 | I |  | By Trust |")
    doc = _read(t1 + t1, "|---|---|\n" + row2)
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.conversion_or_exercise_price == Decimal("0.0")
    assert row.footnote_ids.get("conversion_or_exercise_price") == ["F1"]
    assert (row.transaction_date, row.transaction_code) == (date(2019, 8, 6), "G")
    assert row.transaction_shares == Decimal("2731")
    assert row.shares_owned_following_transaction == Decimal("364402")


def test_table2_holding_price_marker_before_both_dates() -> None:
    """'\\$47.61 | (3) | 05/07/2016 | (4) | 05/07/2023': two dates fill column 6, so the marker after
    the price is the price's and the one after the first date is that date's."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Stock Option\t\\$47.61\t(3)\t\t05/07/2016\t(4)\t\t05/07/2023\tCommon Stock\t\t15,000\t\t"
                    "15,000\tD\t")
    (row,) = doc.derivative_holdings
    assert row.conversion_or_exercise_price == Decimal("47.61")
    assert row.footnote_ids.get("conversion_or_exercise_price") == ["F3"]
    assert row.exercise_date == date(2016, 5, 7) and row.footnote_ids.get("exercise_date") == ["F4"]
    assert row.expiration_date == date(2023, 5, 7)
    assert row.underlying_security_title == "Common Stock" and row.nature_of_ownership is None


def test_title_with_a_dollar_fraction_par_value() -> None:
    """'Common Stock, \\$1 2/3 Par Value' in one cell: words after the dollar amount in the title's
    cell make it the title's, and '2/3' there is a fraction, not a date."""
    doc = _read("Common Stock, \\$1 2/3 Par Value\t\t08/07/2019\t\t\tG\t\t2,475\tA\t\\$0\t474,419\t\tI\t"
                "Through Family Trust\n")
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock, $1 2/3 Par Value"
    assert (row.transaction_date, row.transaction_code) == (date(2019, 8, 7), "G")
    assert row.shares_owned_following_transaction == Decimal("474419")
    assert row.nature_of_ownership == "Through Family Trust"


def test_holding_title_marker_before_the_amount() -> None:
    """Table I holding 'Non-voting common stock | (1) | | 867,759 | D': the marker is the title's and
    the amount is read, not swallowed into the nature."""
    doc = _read("Non-voting common stock\t(1)\t\t603,000\t\t\t\t\tI\t\t\t\tBy Family Trust\t\n")
    (row,) = doc.non_derivative_holdings
    assert row.security_title == "Non-voting common stock" and row.footnote_ids.get("security_title") == ["F1"]
    assert row.shares_owned_following_transaction == Decimal("603000")
    assert (row.direct_or_indirect_ownership, row.nature_of_ownership) == ("I", "By Family Trust")


def test_table2_markers_of_the_expiration_date_and_the_underlying_title() -> None:
    """'01/31/2021 | (4) | | Common | (1) | 1,384.0': with column 6 full, the marker before column 7's
    words is the expiration date's; the one after the underlying title, before its amount, the title's."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Restricted Stock Units\t(3)\t\t\t\t01/31/2021\t(4)\t\t01/31/2022\t(4)\t\tCommon\t(1)\t"
                    "1,384.0\t\t\t"
                    "1,384\tD\t\t")
    (row,) = doc.derivative_holdings
    assert row.exercise_date == date(2021, 1, 31) and row.footnote_ids.get("exercise_date") == ["F4"]
    assert row.expiration_date == date(2022, 1, 31) and row.footnote_ids.get("expiration_date") == ["F4"]
    assert row.underlying_security_title == "Common"
    assert row.footnote_ids.get("underlying_security_title") == ["F1"]
    assert row.underlying_security_shares == Decimal("1384.0")
    assert (row.shares_owned_following_transaction, row.direct_or_indirect_ownership) == (Decimal("1384"), "D")


def test_title_cut_into_a_cell_per_word_in_pipe_cells() -> None:
    """Seed 000 cuts the title into a cell per word ('Common\\tStock\\t/2013'); in pipe cells, where a
    cell is a column, the word cells before the date still make the title, marked uncertain."""
    row = "| Class | A | Common | Stock | 02/25/2025 |  | S |  | 177,098 | D | \\$72.85 | 4,022,003 | I | By Trust |\n"
    doc = _read("|---|---|\n" + row + row + row)
    assert len(doc.non_derivative_transactions) == 3 and not doc.non_derivative_holdings
    first = doc.non_derivative_transactions[0]
    assert first.security_title == "Class A Common Stock"
    assert (first.transaction_date, first.transaction_code) == (date(2025, 2, 25), "S")
    assert first.shares_owned_following_transaction == Decimal("4022003")
    assert doc.extraction is not None
    assert "non_derivative_transactions[0].security_title" in doc.extraction.uncertain_fields


def test_table2_title_cut_before_its_closing_parenthesis_is_a_row_of_its_own() -> None:
    """Seed 001 cuts 'Stock Option (Right to Buy)' at its cell's edge: the open '(' no longer hides
    the row's values, so the row is not taken for wrapped words of the row above."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    rows2 = ("Call Option(Right to Buy)\t\\$4.5\t\t08/12/2019\t06/19/2020\tCommon Stock\t42,500\t\t425\t(1)\tI\t"
             "By Fund\n"
             "Call Option(Right to\t\\$ 4.5\t\t08/12/2019\t06/19/2020\tCommon Stock\t7,500\t\t75\t(2)\tI\tBy Fund")
    doc = _read(t1, rows2)
    first, second = doc.derivative_holdings
    assert first.security_title == "Call Option(Right to Buy)"
    assert (first.underlying_security_shares, second.underlying_security_shares) == (Decimal("42500"), Decimal("7500"))
    assert second.shares_owned_following_transaction == Decimal("75")
    assert doc.extraction is not None
    assert "derivative_holdings[1].security_title" in doc.extraction.uncertain_fields


def test_title_with_its_par_value_in_a_cell_per_word() -> None:
    """'Common | Stock, | \\$0.001 | par | value | 10/18/2006': a dollar amount followed by 'par' is the
    title's, even in a cell of its own; the split price after the code still reads."""
    doc = _read("Common\tStock,\t\\$0.001\tpar\tvalue\t\t10/18/2006\t\t\tS\t\t24,000\t\tD\t\\$9.\t\t.50\t50\t"
                "265,582\t\tD\t\n")
    (row,) = doc.non_derivative_transactions
    assert row.security_title == "Common Stock, $0.001 par value"
    assert (row.transaction_date, row.transaction_code) == (date(2006, 10, 18), "S")
    assert row.transaction_shares == Decimal("24000")
    assert row.transaction_price_per_share == Decimal("9.50")
    assert row.shares_owned_following_transaction == Decimal("265582")


def test_flat_header_boxes_1_and_2_with_blank_lines_between_paragraphs() -> None:
    """All seeds put a blank line between paragraphs: box 2's value on the line after its label (beside
    box 1's) is still found past the blank line, and split from the owner's name after the company suffix."""
    head = "\n\n".join((
        "FORM 4", "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
        "1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading Symbol 4. Relationship of "
        "Reporting Person(s) to Issuer",
        "Invus Public Equities, L.P. Seer, Inc. [ SEER ] (Check all applicable)",
        "Director X 10% Owner", "(Last) (First) (Middle)", "750 LEXINGTON AVENUE Officer (give title below)",
        "(Street)", "NEW YORK NY 10022", "(City) (State) (Zip)",
        "3. Date of Earliest Transaction (Month/Day/Year) 05/04/2022", ""))
    text = head + _HEAD[_HEAD.index("Table I -"):].replace(
        "{rows}", "Common Stock\t\t05/04/2022\t\t\tS\t\t9,136\tD\t\\$159.94\t\t468,198\t\tI\tBy Fund\n")
    doc = read_text(text.replace("{rows2}", ""))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("Seer, Inc.", "SEER")
    assert doc.extraction is not None and "issuer.issuer_name" in doc.extraction.uncertain_fields


def test_table2_amount_marker_apart_before_both_column6_slots() -> None:
    """'757,576 | (1) | | (1) | | 04/29/2035': two column-6 slots follow the first marker, so that one is
    the amount's though it sits in a cell of its own; the date is the expiration date."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Stock options (right to buy)\t\\$0.33\t\t04/30/2025\t\t\tA\t\t757,576\t(1)\t\t\t\t(1)\t\t"
                    "04/29/2035\t\tCommon Stock\t\t757,576\t\\$0\t757,576\tD\t\t")
    (row,) = doc.derivative_transactions
    assert row.transaction_shares == Decimal("757576") and row.footnote_ids.get("transaction_shares") == ["F1"]
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F1"]
    assert row.expiration_date == date(2035, 4, 29)
    assert row.underlying_security_title == "Common Stock"
    # one slot follows (a marker later in the row is not column 6's): the marker is the date exercisable's
    doc = _read(t1, "Stock Option\t\\$2.47\t06/12/2020\tA\t46,559\t(1)\t06/12/2030\tCommon\t46,559\t(2)\t146,559\tD")
    (row,) = doc.derivative_transactions
    assert "transaction_shares" not in row.footnote_ids
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F1"]
    assert row.expiration_date == date(2030, 6, 12)


def test_table2_amount_cut_inside_a_comma_group() -> None:
    """Seed 001 cuts amounts at a column edge ('104,16 | 67'); '3,0 | 000' is one amount cut inside its
    comma group (its last digit repeated), read as 3,000 and marked uncertain, then 3,000 owned."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Employee Stock Option (right to buy)\t\\$33.79\t\t01/22/2014\t01/22/2023\tCommon Stock\t3,0\t"
                    "000\t\t3,000\tD\t")
    (row,) = doc.derivative_holdings
    assert row.underlying_security_shares == Decimal("3000")
    assert row.shares_owned_following_transaction == Decimal("3000")
    assert doc.extraction is not None
    assert "derivative_holdings[0].underlying_security_shares" in doc.extraction.uncertain_fields


def test_table2_title_and_price_markers_each_in_a_cell_before_the_date() -> None:
    """'Units | (1) | (2) | | 04/21/2014 | A': column 2 is one cell, so of two marker cells the first is
    the title's (a guess by position, marked uncertain) and the second the price's; the row is a
    transaction."""
    t1 = "Common Stock\t\t05/04/2022\t\t\tM\t\t6,250\tA\t\\$0\t\t16,250\t\tD\t\n"
    doc = _read(t1, "Restricted Stock Units\t(1)\t(2)\t\t04/21/2014\t\t\t\tA\t\t\t67.38\t\t\t(1)\t\t(1)\t\t"
                    "Common Stock\t\t67.38\t\\$ 0\t23,422.79\tD\t\t")
    assert not doc.derivative_holdings
    (row,) = doc.derivative_transactions
    assert row.footnote_ids.get("security_title") == ["F1"]
    assert row.conversion_or_exercise_price is None and row.footnote_ids.get("conversion_or_exercise_price") == ["F2"]
    assert (row.transaction_date, row.transaction_code) == (date(2014, 4, 21), "A")
    assert row.shares_owned_following_transaction == Decimal("23422.79")
    assert doc.extraction is not None
    assert "derivative_transactions[0].footnote_ids.security_title" in doc.extraction.uncertain_fields
