"""The messy-text reader on what the broad seed tests do not pin down (a city left empty rather
than guessed, dispatch through `parse()`, the JSON form of a text-read document) and on shapes
of other extractors: flat text, layout columns, table-extractor cells, second-look and cut-guess flags."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from section16.model import OwnershipDocument
from section16.readers import parse
from section16.readers.text import read_text
from text_forms import FLAT_HEAD, FLAT_T2_FORM, LAYOUT_TABLE2, MD_FORM4, OCR_BOX5, OCR_ROW, TAB_T2_HEAD, at


def _seed(seeds_dir: Path, stem: str) -> OwnershipDocument:
    path = seeds_dir / f"{stem}.txt"
    return read_text(path.read_text(encoding="utf-8"), source_name=path.name)


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


def test_flat_text_with_several_owners_interleaved_with_other_boxes() -> None:
    """pdfplumber words outside its tables: box 1 shares its lines with boxes 2-6."""
    doc = read_text(FLAT_HEAD)
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
    doc = read_text(FLAT_HEAD)
    (row,) = doc.non_derivative_holdings
    assert row.security_title == "Common Stock, $1 2/3 Par Value"
    assert row.shares_owned_following_transaction == Decimal("1000")
    assert row.direct_or_indirect_ownership == "I"
    assert row.nature_of_ownership == "By Fund"


def test_layout_marker_a_column_right_of_the_amount_is_the_date_exercisables() -> None:
    """pdftotext -layout prints an amount's own marker glued to it ('2,000(2)'); '2,000    (2)'
    is column 6's marker, however close."""
    doc = read_text(LAYOUT_TABLE2)
    assert doc.extraction is not None and doc.extraction.source_format == "pdf-text"
    (row,) = doc.derivative_transactions
    assert row.transaction_shares == Decimal("2000")
    assert row.transaction_acquired_disposed_code == "D"
    assert "transaction_shares" not in row.footnote_ids
    assert row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.footnote_ids.get("expiration_date") == ["F3"]
    assert row.underlying_security_title == "Common Stock"
    assert row.shares_owned_following_transaction == Decimal("8000")


def test_header_words_under_the_table_heading_are_not_a_holding() -> None:
    """An extractor may put box 5's words under the Table I heading: with no amount, that line is
    header text, not a holding row."""
    junk = "|10% Owner) X Officer (give title below) Other (specify below), or Beneficially Owned||||||||\n"
    text = MD_FORM4.replace(
        "|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + junk)
    doc = read_text(text)
    assert doc.non_derivative_holdings == []
    assert len(doc.non_derivative_transactions) == 1


def test_many_owners_signatures_are_all_read() -> None:
    """Fourteen owners sign, each block a name, a wrapped line, a blank and the label: the blocks run
    past 40 lines from the first label and every one is read."""
    blocks = "".join(
        at((62, f"Fund {k} LP, By: /s/ Jane Roe"), (100, "05/05/2021"))
        + at((62, "Attorney-in-fact")) + "\n"
        + at((62, "** Signature of Reporting Person"), (100, "Date"))
        for k in range(1, 15))
    text = OCR_BOX5.replace(
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n",
        blocks)
    doc = read_text(text)
    assert [s.signature_name for s in doc.owner_signatures] == [
        f"Fund {k} LP, By: /s/ Jane Roe Attorney-in-fact" for k in range(1, 15)]
    assert all(s.signature_date == date(2021, 5, 5) for s in doc.owner_signatures)


def test_table_extractor_cells_place_a_gift_amount_under_a_or_d() -> None:
    """A gift (code G) goes either way, so only its column says whether the derivative was acquired
    or disposed of: on a table extractor's grid (rows with the heading's cell count) the amount's
    cell index is that column. A row off the grid (a cell lost) is not placed that way."""
    def row(a: str, d: str) -> str:
        return (f"Stock Option (right to buy)\t$2.92\t\t06/12/2019\t\t\t\tG\t\t\t{a}\t\t{d}\t\t01/29/2013\t\t"
                f"03/08/2021\t\tCommon Stock\t\t18,070\t$0\t\t0\tD\t\t\n")
    table2 = TAB_T2_HEAD + row("", "18,070") + row("18,070", "")
    text = FLAT_T2_FORM.replace("{table2}", table2)
    doc = read_text(text)
    assert doc.extraction is not None and doc.extraction.source_format == "text"
    gave, got = doc.derivative_transactions
    assert (gave.transaction_code, gave.transaction_shares) == ("G", Decimal("18070"))
    assert gave.transaction_acquired_disposed_code == "D"
    assert got.transaction_acquired_disposed_code == "A"
    assert "derivative_transactions[0].transaction_acquired_disposed_code" not in doc.extraction.uncertain_fields
    lost_cell = row("", "18,070").replace("\t\t\t", "\t\t", 1)
    off_grid = read_text(FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + lost_cell))
    assert off_grid.derivative_transactions[0].transaction_acquired_disposed_code is None


def test_seed_style_escaped_table_cells_keep_their_grid_but_ocr_gaps_do_not() -> None:
    """Seed-style text (a table extractor's cells, '$' escaped as '\\$': read as OCR) keeps the empty
    cells of its grid, so a gift's amount under (D) is D. OCR text split at wide gaps has no empty
    cells and no grid: there the gift's direction is not taken from a cell index."""
    row = ("Stock Option (right to buy)\t$2.92\t\t06/12/2019\t\t\t\tG\t\t\t\t\t18,070\t\t01/29/2013\t\t"
           "03/08/2021\t\tCommon Stock\t\t18,070\t$0\t\t0\tD\t\t\n")
    escaped = FLAT_T2_FORM.replace("{table2}", TAB_T2_HEAD + row).replace("$", "\\$")
    doc = read_text(escaped)
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    assert doc.derivative_transactions[0].transaction_acquired_disposed_code == "D"
    gaps = re.sub(r"\t+", "\t", escaped)  # OCR split at wide gaps: no empty cells
    assert read_text(gaps).derivative_transactions[0].transaction_acquired_disposed_code is None


def test_a_cell_read_by_a_second_look_is_uncertain() -> None:
    """A scan's code cell Tesseract dropped and a second look at the cell alone read ('S'): the
    code is kept but listed as uncertain; the same row read by the page's OCR is not doubted for it."""
    from dataclasses import replace

    from section16.readers.text import read_cells
    from section16.readers.text.normalize import _normalize

    second = "Common Stock    05/04/2021     S         500     D     $12.60      8,000     D\n"
    text = OCR_BOX5.replace(OCR_ROW, OCR_ROW + second)
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
    text = LAYOUT_TABLE2.replace(
        "(Street)                                        6. Individual",
        "CHAMPION TOWER                                  4. If Amendment, Date of Original Filed (Month/Day/Year)\n"
        "(Street)                                        05/06/2021\n"
        "                                                6. Individual")
    doc = read_text(text)
    assert (doc.document_type, doc.date_of_original_submission) == ("4/A", date(2021, 5, 6))
    assert doc.period_of_report == date(2021, 5, 3)
    plain = read_text(LAYOUT_TABLE2)
    assert (plain.document_type, plain.date_of_original_submission) == ("4", None)


def test_a_cut_guess_sign_never_reaches_a_field() -> None:
    """normalize marks a PyMuPDF4LLM cell whose cut pieces it put back by a guess with CUT_GUESSED;
    wherever such text lands (here a street and a footnote), the sign is taken out and the field is
    listed as uncertain, while the same form without it reads the same values sure."""
    from section16.readers.text.normalize import CUT_GUESSED

    plain = read_text(LAYOUT_TABLE2)
    marked = read_text(LAYOUT_TABLE2.replace("1 MAIN ST", CUT_GUESSED + "1 MAIN ST").replace(
        "2. Two.", "2. T" + CUT_GUESSED + "wo."))
    assert marked.reporting_owners[0].rpt_owner_street1 == plain.reporting_owners[0].rpt_owner_street1 == "1 MAIN ST"
    assert [f.text for f in marked.footnotes] == [f.text for f in plain.footnotes]
    assert marked.extraction is not None and plain.extraction is not None
    assert "reporting_owners[0].rpt_owner_street1" in marked.extraction.uncertain_fields
    assert "reporting_owners[0].rpt_owner_street1" not in plain.extraction.uncertain_fields
    two = next(i for i, f in enumerate(marked.footnotes) if f.text == "Two.")
    assert f"footnotes[{two}].text" in marked.extraction.uncertain_fields
    assert CUT_GUESSED not in marked.to_json()
