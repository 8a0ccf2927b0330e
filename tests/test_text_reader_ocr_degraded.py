"""Positioned OCR text of a poor scan (blur, speckle, low resolution): labels misread past matching
('Issuer Namie and Ticker', '1. and Re' over 'Name Adam Address'), column headings broken into lines
of words among lone digits, a row's date and code lost, '/s/' read as 'Isi'. What the text still shows
is read, by the form's fixed layout, and listed as uncertain; what it lost stays empty."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


_BOX_LABELS = _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
                  (99, "5. Relationship of Reporting Person(s) to Issuer"))
_NAME = _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
_T1_ROWS = (
    _at((0, "Common Stock"), (16, "05/03/2021"), (31, "S"), (39, "1,500"), (47, "D"), (55, "$13.00"), (67, "7,000"),
        (77, "D"))
)
_T2_HEAD = _at((0, "1. Title of Derivative Security"), (40, "5. Number of Derivative Securities"),
               (80, "6. Date Exercisable and Expiration Date"))
_SIGNATURE = _at((62, "/s/ John Doe"), (82, "05/05/2021"))


def _form(*, box_labels: str = _BOX_LABELS, name: str = _NAME, t1_rows: str = _T1_ROWS, t2: str = "",
          signature: str = _SIGNATURE) -> str:
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + box_labels
        + name
        + _at((99, "Director j    10% Owner"))
        + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
        + _at((99, "Officer (give    L]"))
        + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
        + _at((0, "(Street)"), (99, "Chief Financial Officer"))
        + _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((0, "(City) (State) (Zip)"), (48, "LJ Form filed by More than One Reporting Person"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        + _at((0, "1. Title of"), (16, "2. Date"), (31, "3. Code"), (39, "4. Amount"), (67, "5. Amount of Securities"),
              (99, "6. Ownership Form"))
        + t1_rows
        + (("                   Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
            + _T2_HEAD + t2) if t2 else "")
        + "Explanation of Responses:\n"
        + signature
        + _at((62, "** Signature of Reporting Person"), (100, "Date"))
    )


def test_heading_words_among_lone_digits_are_no_row() -> None:
    """Table II's column headings OCR'd as a line of misread heading words and column numbers make no
    holding row; the option row under them is read."""
    t2 = (_at((1, "1 Tite"), (14, "[2"), (20, "Transattion"), (45, "5."), (52, "of"), (60, "6.-Date Exercisable and"),
              (88, "7. Title and"), (101, "of. ]8."), (110, "of"), (116, "9."), (122, "of"), (128, "11. Nature"))
          + _at((0, "Stock Option"), (16, "05/03/2021"), (31, "A"), (39, "1,000"), (60, "05/03/2022"),
                (72, "05/03/2031"), (88, "Common Stock"), (101, "1,000"), (116, "1,000"), (128, "D")))
    doc = read_text(_form(t2=t2))
    titles = [r.security_title for r in (*doc.derivative_holdings, *doc.derivative_transactions)]
    assert not any("Tite" in (t or "") or "Transattion" in (t or "") for t in titles)
    assert not doc.derivative_holdings


def test_issuer_by_its_brackets_when_the_label_is_misread() -> None:
    """Box 2's label misread ('Issuer Namie and Ticker or Trading Symbot'): the form's one 'NAME [ TICKER ]'
    is box 2's value, read as uncertain."""
    labels = _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Namie and Ticker or Trading Symbot"),
                 (99, "5. Relationship of Reporting Person(s) to Issuer"))
    doc = read_text(_form(box_labels=labels))
    assert doc.issuer is not None
    assert (doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol) == ("WIDGET CORP", "WDGT")
    assert {"issuer.issuer_name", "issuer.issuer_trading_symbol"} <= set(doc.extraction.uncertain_fields)


def test_issuer_name_of_a_suffix_only_is_not_taken() -> None:
    """'INC. [ WDGT ]' with the name wrapped above out of reach: the ticker is read, no name is made up."""
    labels = _at((0, "1. Name and Address of Reporting Person*"), (48, "2. Issuer Namie and Ticker or Trading Symbot"),
                 (99, "5. Relationship of Reporting Person(s) to Issuer"))
    name = _at((0, "DOE JOHN"), (48, "INC. [ WDGT ]"), (99, "(Check all applicable)"))
    doc = read_text(_form(box_labels=labels, name=name))
    assert doc.issuer is not None
    assert doc.issuer.issuer_trading_symbol == "WDGT"
    assert doc.issuer.issuer_name is None


def test_owner_name_over_last_when_label_words_were_read() -> None:
    """Box 1's label broke onto two lines ('1.  ind Address of Reporting Person' over 'Name se'): the name
    is the text alone over '(Last) (First) (Middle)', not the label's leftover words."""
    labels = (_at((0, "1.      ind Address of Reporting Person*"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
                  (99, "5. Relationship of Reporting Person(s) to Issuer"))
              + _at((2, "Name se"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)")))
    name = _at((1, "DOE JOHN"))
    doc = read_text(_form(box_labels=labels, name=name))
    assert doc.reporting_owners[0].rpt_owner_name == "DOE JOHN"
    # the box read without its name: every field of it in doubt
    assert {"reporting_owners[0].rpt_owner_name", "reporting_owners[0].rpt_owner_street1",
            "reporting_owners[0].rpt_owner_state"} <= set(doc.extraction.uncertain_fields)


def test_box1_read_from_last_first_middle_when_its_label_is_unread() -> None:
    """Box 1's label OCR'd as '1.  and  Re' over 'Name Adam Address of': the box is still read from its
    '(Last) (First) (Middle)' sub-label, its street and city under it."""
    labels = (_at((2, "1."), (10, "and"), (25, "Re"), (48, "2. Issuer Name and Ticker or Trading Symbol"),
                  (99, "5. Relationship of Reporting Person(s) to Issuer"))
              + _at((4, "Name Adam Address"), (23, "of")))
    doc = read_text(_form(box_labels=labels))
    assert len(doc.reporting_owners) == 1
    owner = doc.reporting_owners[0]
    assert (owner.rpt_owner_street1, owner.rpt_owner_city, owner.rpt_owner_state, owner.rpt_owner_zip_code) == (
        "1 MAIN ST", "BOSTON", "MA", "02110")


def test_form4_row_without_date_and_nature_is_a_transaction() -> None:
    """A Form 4 whose scan lost its row's date, code and D/I mark: the row reads as a holding, but a Form 4
    reports at least one transaction and its holdings say how they are held; it is a transaction whose date,
    code and amount were not read, every field uncertain."""
    rows = _at((0, "Common Stock"), (67, "5,500"))
    doc = read_text(_form(t1_rows=rows))
    assert not doc.non_derivative_holdings
    assert [r.shares_owned_following_transaction for r in doc.non_derivative_transactions] == [Decimal(5500)]
    assert "non_derivative_transactions[0].shares_owned_following_transaction" in doc.extraction.uncertain_fields


def test_form4_holding_kept_when_rows_read_whole() -> None:
    """Every transaction row read with its date: a holding row stays a holding."""
    rows = _T1_ROWS + _at((0, "Common Stock"), (67, "5,500"))
    doc = read_text(_form(t1_rows=rows))
    assert [r.shares_owned_following_transaction for r in doc.non_derivative_holdings] == [Decimal(5500)]


def test_form4_holding_with_its_mark_kept() -> None:
    """A holding row whose D/I mark was read is a row read whole: it stays a holding."""
    rows = _at((0, "Common Stock"), (67, "5,500"), (77, "D"))
    doc = read_text(_form(t1_rows=rows))
    assert [r.shares_owned_following_transaction for r in doc.non_derivative_holdings] == [Decimal(5500)]


def test_heading_words_read_as_a_holding_are_dropped() -> None:
    """A Table II holding made of a lone digit over heading words ('3' | 'Date and Number Shares of'), no
    amount and no date, is the headings' debris: dropped. The form's 'No securities beneficially owned'
    row stays."""
    t2 = _at((0, "3"), (88, "Date and Number 'Shares of"))
    doc = read_text(_form(t2=t2))
    assert not doc.derivative_holdings
    t2 = _at((0, "of and"), (40, "5"), (101, "4"), (128, "and 4 'Shares"))
    doc = read_text(_form(t2=t2))
    assert not doc.derivative_holdings
    none = _at((0, "No securities are beneficially owned"), (67, "0"), (77, "D"))
    form3 = _form(t1_rows=none).replace("FORM 4 ", "FORM 3 ").replace("CHANGES IN BENEFICIAL OWNERSHIP",
                                                                      "BENEFICIAL OWNERSHIP OF SECURITIES")
    doc3 = read_text(form3)
    assert [r.security_title for r in doc3.non_derivative_holdings] == ["No securities are beneficially owned"]


def test_signature_slash_s_misread() -> None:
    """'/s/' read as 'Isi', the label's 'Date' run on after the name: '/s/ John Doe'."""
    doc = read_text(_form(signature=_at((62, "Isi John Doe Date."), (82, "05/05/2021"))))
    assert doc.owner_signatures[0].signature_name == "/s/ John Doe"


def test_title_read_twice_over_is_two_rows() -> None:
    """Two rows' titles, each wrapped over three lines, ran into one row ('Class A Common Stock Class A
    Common Stock') missing its holding after, the second row's values lost: two rows, the second with the
    title alone, uncertain. (A row read whole keeps the title once: a neighbour's wrapped lines joined it.)"""
    rows = (_at((0, "Class A"), (16, "05/03/2021"), (31, "S"), (39, "1,500"), (47, "D"), (55, "$13.00"))
            + _at((0, "Common")) + _at((0, "Stock")) + _at((0, "Class A")) + _at((0, "Common")) + _at((0, "Stock")))
    doc = read_text(_form(t1_rows=rows))
    first, second = doc.non_derivative_transactions
    assert (first.security_title, first.transaction_shares) == ("Class A Common Stock", Decimal(1500))
    assert (second.security_title, second.transaction_date, second.shares_owned_following_transaction) == (
        "Class A Common Stock", None, None)
    assert "non_derivative_transactions[1].security_title" in doc.extraction.uncertain_fields
    assert "non_derivative_transactions[0].security_title" in doc.extraction.uncertain_fields


def test_two_titles_that_differ_stay_one_row() -> None:
    """'Derived Stock (HOLDING) Fee Stock (HOLDING)': two titles that differ in a word are no repeat."""
    rows = (_at((0, "Derived Stock"), (16, "05/03/2021"), (31, "S"), (39, "1,500"), (47, "D"), (55, "$13.00"),
                (67, "7,000"), (77, "D"))
            + _at((0, "(HOLDING) Fee")) + _at((0, "Stock (HOLDING)")))
    doc = read_text(_form(t1_rows=rows))
    assert len(doc.non_derivative_transactions) == 1


def test_officer_title_under_a_broken_officer_label() -> None:
    """Box 5's labels broken apart ('Officer' alone, '[XJ (give titlé below)  Cother' under it): the text
    written under the 'Officer' label is the title, found by its place (uncertain), and Officer is checked."""
    text = (_form().replace("Officer (give    L]", "Officer            ")
            .replace("title below)     Other (specify below)", "[XJ (give titlé below)    Cother"))
    doc = read_text(text)
    owner = doc.reporting_owners[0]
    assert (owner.is_officer, owner.officer_title) == (True, "Chief Financial Officer")
    assert "reporting_owners[0].officer_title" in doc.extraction.uncertain_fields
