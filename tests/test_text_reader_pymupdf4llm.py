"""The messy-text reader on markdown tables, mostly PyMuPDF4LLM's, whose cells are cut at
guessed column edges: box 1 and 5 read across cut cells, natures and titles reassembled."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from text_forms import MD_FORM4


def test_pymupdf4llm_markdown_with_cells_cut_at_column_edges() -> None:
    """PyMuPDF4LLM: <br>-stacked cells (markdown, not HTML) whose edges cut a date, an amount,
    a price and a marker; numbers are joined back, free text is marked uncertain."""
    doc = read_text(MD_FORM4)
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


def test_pymupdf4llm_box5_marks_read_in_the_raw_cell_stacks() -> None:
    """PyMuPDF4LLM prints box 5's boxes in a column of <br> slices left of the labels, the title
    in bold under the Officer row and cut across cells: the X on the Officer row (the slice
    above the title) and the title are read from the raw cells, not from the unstacked lines."""
    box5 = ("|X<br>**Ch**<br> <br>on<br>**sposed of, or Benef**|Director<br> Officer (giv<br>**ief Digital**"
            "<br>**icially Own**|10% Own<br>e title below<br>**& Tech Off**<br>**ed**|er<br>)<br>Other (spe<br>"
            "**icer**|cify below)|\n")
    text = MD_FORM4.replace("|---|---|---|---|\n", "|---|---|---|---|\n" + box5, 1)
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
    text = MD_FORM4.replace(MD_FORM4.splitlines()[4] + "\n", header, 1)
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
    lines = MD_FORM4.splitlines(keepends=True)
    text = "".join(lines[:4]) + rows + "".join(lines[6:])
    doc = read_text(text)
    (owner,) = doc.reporting_owners
    # a cut at a column edge may fall inside a word or on a space: the spacing is not known
    assert owner.rpt_owner_name is not None and owner.rpt_owner_name.replace(" ", "") == "GALLIGANJOSEPH"
    assert owner.rpt_owner_street1 is not None
    assert owner.rpt_owner_street1.replace(" ", "") == "2390EASTORANGEWOODAVENUE"
    assert (owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("ANAHEIM", "CA", "92806")


def test_markdown_table2_holding_next_cell_is_the_next_column() -> None:
    """A table extractor's cells are columns: in a Table II holding row, the amount in column 7
    and the amount owned in column 9 sit in adjacent cells and are two fields, not one number."""
    row = "|Class B<br>Common<br>Stock|$0.00|(1)|(1)<br>Class A<br>Common<br>Stock|18,509,696|18,509,696|D|\n"
    text = MD_FORM4.replace(
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
    text = MD_FORM4.replace(
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
    lines = MD_FORM4.splitlines(keepends=True)
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
    lines = MD_FORM4.splitlines(keepends=True)
    doc = read_text("".join(lines[:4]) + rows + "".join(lines[6:]))
    assert [o.rpt_owner_name for o in doc.reporting_owners] == ["ALPHA LP", "BETA LP", "GAMMA LLC"]
    for o in doc.reporting_owners:
        assert (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other) == (False, False, True, False)
    assert doc.extraction is not None
    assert "reporting_owners[2].is_ten_percent_owner" in doc.extraction.uncertain_fields


def test_pymupdf4llm_table2_heading_printed_in_the_last_table1_row() -> None:
    """PyMuPDF4LLM may print Table II's heading as bold slices under the values of Table I's last
    row: the row is still read, and Table II starts after it."""
    row = ("|Common<br>Stock|05/04/2021<br>**Table**|**II - Derivative Securities Acquir**|F<br>**ed, Dispose**|"
           "1,009<br>**d of, or Benefi**|D<br>**cially Own**|$106.82<br>**ed (e.g., p**|**uts, calls, warran**|"
           "7,491<br>**ts, options, c**|D<br>**onvertible secu**|**rities)**||\n")
    text = MD_FORM4.replace(
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
    text = MD_FORM4.replace("**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sig)
    doc = read_text(text)
    (s,) = doc.owner_signatures
    assert s.signature_name == "Joseph D' Alessandro, Power of Attorney"
    assert s.signature_date == date(2020, 6, 25)


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
    lines = MD_FORM4.splitlines(keepends=True)
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


def test_pymupdf4llm_footnote_set_as_a_block_quote() -> None:
    """PyMuPDF4LLM sets an indented footnote as a markdown block quote ('> 2. ...'): the marker
    is not part of the text and the footnote is still read."""
    text = MD_FORM4.replace("1. Held in a brokerage account.\n",
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert h.nature_of_ownership == "Eschenbach Family Trust dtd 4/15/2014, Carl Eschenbach Jr and Ana Eschenbach TTEE"


def test_pymupdf4llm_title_column_cut_into_two_stacked_cells() -> None:
    """The title column cut into two stacked cells, the date starting under the title's pieces
    ('Common<br>par value<br>$0.001' | 'Stock,<br>09/30' | '/2021'): the title's lines are put
    back together and the row is a transaction on its date."""
    rows = "|Common<br>par value<br>$0.001|Stock,<br>09/30|/2021||A<br>1,381<br>A|$0||35,248|D|||\n"
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace(
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
    text = MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n", rows)
    doc = read_text(text)
    row = doc.non_derivative_transactions[-1]
    assert row.security_title == "Common Stock"
    assert (row.transaction_shares, row.shares_owned_following_transaction) == (Decimal("1500"), Decimal("8500"))


def test_markdown_table2_ad_from_the_amounts_owned() -> None:
    """Table II's (A) and (D) share one cell, so the column is not separable: the code G alone
    would say D, but the amount owned after the previous row plus this row's amount says A."""
    rows = ("|Class B<br>Common<br>Stock|(1)|12/05/2019||G|111|(1)|(1)|Class A<br>Common<br>Stock|111|$0|1,000|D|\n"
            "|Class B<br>Common<br>Stock|(1)|12/06/2019||G|222|(1)|(1)|Class A<br>Common<br>Stock|222|$0|1,222|D|\n")
    text = MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
        "||||Code<br>V|(A)<br>(D)|Date<br>Exercisable|Expiration<br>Date|Title|Amount|||\n" + rows)
    doc = read_text(text)
    second = doc.derivative_transactions[1]
    assert (second.transaction_shares, second.shares_owned_following_transaction) == (Decimal("222"), Decimal("1222"))
    assert second.transaction_acquired_disposed_code == "A"
    assert doc.extraction is not None
    assert "derivative_transactions[1].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


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
    text = MD_FORM4.replace(
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
    text = MD_FORM4.replace(
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
        "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n" + rows)
    doc = read_text(text)
    (row,) = doc.derivative_transactions
    assert (row.transaction_code, row.transaction_shares) == ("C", Decimal("16670"))
    assert row.transaction_acquired_disposed_code == "D"
    assert doc.extraction is not None
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_pymupdf4llm_nature_cut_into_three_cells_stacking_fewer_pieces() -> None:
    """The nature of ownership cut at guessed edges into three cells, the form letter stacked atop
    the first ('I<br>Spous<br>...'): a later cell stacks a piece only for the lines that reached its
    edge, with no empty slice for a line that ended (here the one ending in its marker), so its
    pieces go on the lines that ran furthest; another assembly was possible, so uncertain."""
    rows = ("|Common<br>Stock||||||1,151|I<br>Spous<br>held f<br>Smith"
            "|e's trus<br>or the c<br>Family<sup>(1)</sup>|t, as<br>hildren|\n")
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
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
    text = MD_FORM4.replace("|**Table II - Derivative", rows + "|**Table II - Derivative")
    doc = read_text(text)
    (h,) = doc.non_derivative_holdings
    assert h.security_title == "Common Stock"
    assert (h.shares_owned_following_transaction, h.direct_or_indirect_ownership) == (Decimal("1151"), "I")
    # whether a space fell at a cell edge is not known: the letters, in order, are what is read
    assert (h.nature_of_ownership or "").replace(" ", "") == "HeldbythetrusteeforthebenefitoftheSmithFamilyTrust"
    assert h.footnote_ids.get("nature_of_ownership") == ["F2"]
