"""PyMuPDF4LLM markdown in shapes the probe folders (other page geometries, forms of unusual
shape) showed and the corpus' own rendering rarely does; each on a small fixture typed here."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text

_MD = """**FORM 4**

# **STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP**

|1. Name and<br>**DOE**<br>(Last) (First) (M|Address of Reporting Person<sup>*</sup><br>**JOHN**<br>iddle)|2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|5. Relationship of Reporting Person(s) to Issuer|
|---|---|---|---|
|1. Title of<br>Security (Instr. 3)|2. Transaction Date<br>(Month/Day/Year)|2A. Deemed Execution<br>Date, if any|3. Transaction<br>Code (Instr. 8)|4. Securities Acquired (A) or Disposed Of (D)|5. Amount of Securities Beneficially Owned|6. Ownership Form|7. Nature of Indirect Beneficial Ownership|
|**Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||
|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||
|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||

## **Explanation of Responses:**

1. Held in a brokerage account.

SIGNATURE
Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.
"""  # noqa: E501 - extractor lines are as wide as the page


def test_signature_date_above_the_typed_name_with_its_date_label_is_no_remark() -> None:
    """The page's paragraphs put the bold date and its 'Date' label on the line below 'Remarks:'
    and the typed signature under it: the date is the signature's, and there are no remarks."""
    text = _MD.replace("SIGNATURE", "## **Remarks:**\n\n**06/02/2021** Date\n\n# **/s/ Ann Roe, attorney-in-fact**\n\n"
                       "** Signature of Reporting Person\n")
    doc = read_text(text)
    assert doc.remarks is None
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Ann Roe, attorney-in-fact", date(2021, 6, 2))]


def test_marker_cut_at_a_column_edge_above_the_cells_last_line_is_joined() -> None:
    """The title's raised markers were cut at the column edge on a line above the cell's last
    ('Stock<sup>(2)(7</sup><br>(11)' | '<sup>)(9)</sup><br>05/03/'): the rest goes back onto
    the title's markers and the date column keeps only the date."""
    row = ("|Common<br>Stock<sup>(2)(7</sup><br>(11)|<sup>)(9)</sup><br>05/03/|2021||S<br>1,500<sup>(</sup>|"
           "<sup>3)</sup><br>D<br>$12.50|8,500|D||")
    doc = read_text(_MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||", row))
    t = doc.non_derivative_transactions[0]
    assert (t.security_title, t.transaction_date, t.transaction_shares) == ("Common Stock", date(2021, 5, 3), 1500)
    assert t.footnote_ids.get("security_title") == ["F2", "F7", "F9", "F11"]
    assert t.footnote_ids.get("transaction_shares") == ["F3"]


def test_table_two_heading_under_a_row_whose_date_is_cut_inside_its_year() -> None:
    """Table II's bold heading printed in the cells of Table I's last row, under a date cut inside
    its year ('05/03/2<br>**Tab**' | '021<br>**le II - Deriv**') and under a price cut after its
    '$' ('$ **ative Securities**'): the heading goes on a line of its own, the row keeps its values."""
    row = ("|Common<br>Stock|05/03/2<br>**Tab**|021<br>**le II - Deriv**||S<br>1,500|D<br>$ **ative Securities**|"
           "12.50<br>**Acquired, Disposed of, or Beneficially Owned**|8,500|D||")
    text = _MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n", row + "\n")
    text = text.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                        "")
    doc = read_text(text)
    t = doc.non_derivative_transactions[0]
    assert (t.transaction_date, t.transaction_code, t.transaction_shares) == (date(2021, 5, 3), "S", 1500)
    assert (t.transaction_acquired_disposed_code, t.shares_owned_following_transaction) == ("D", 8500)
    assert str(t.transaction_price_per_share) == "12.50"


def test_side_by_side_signatures_take_the_row_of_dates_below_in_order() -> None:
    """Two owners signed side by side: the paragraphs run the names and labels together on one
    line and the dates on one line below; each name gets the date in its place (uncertain)."""
    text = _MD.replace("SIGNATURE", "## **Remarks:**\n\nA general comment.\n\n"
                       "**Ann Roe** ** Signature of Reporting Person **Bob Poe**\n\n"
                       "** Signature of Reporting Person\n\n**06/02/2021** Date **06/03/2021** Date\n")
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("Ann Roe", date(2021, 6, 2)), ("Bob Poe", date(2021, 6, 3))]
    assert doc.remarks == "A general comment."
    assert "owner_signatures[1].signature_date" in doc.extraction.uncertain_fields


def test_side_by_side_signatures_with_the_row_of_dates_wrapped() -> None:
    """The same with the names wrapped onto the label lines and the dates each on a line."""
    text = _MD.replace("SIGNATURE", "## **Remarks:**\n\n**Ann Roe** ** Signature of Reporting Person **Bob Poe**\n\n"
                       "** Signature of Reporting Person\n\n**06/02/2021**\n\nDate **06/03/2021**\n\nDate\n")
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("Ann Roe", date(2021, 6, 2)), ("Bob Poe", date(2021, 6, 3))]


def test_holding_title_cut_into_a_cell_of_title_words_before_its_amount() -> None:
    """A holding row's title cut at a column edge between words ('Class B Common' | 'Stock' |
    '7,250'): the cell of title words goes on with the title, not into the nature."""
    text = _MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n",
                       "|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n|Class B Common|Stock|7,250|D||||\n")
    doc = read_text(text)
    h = doc.non_derivative_holdings[0]
    assert (h.security_title, h.shares_owned_following_transaction) == ("Class B Common Stock", 7250)
    assert (h.direct_or_indirect_ownership, h.nature_of_ownership) == ("D", None)


def test_empty_ad_column_with_less_owned_after_than_the_amount_is_a_disposition() -> None:
    """Table II's (A)/(D) column printed empty: 0 owned after a gift of 18,070 options can only
    follow a disposition (an acquisition leaves at least its amount); inferred, so uncertain."""
    row = "|Stock<br>Options|$2.92|06/12/2019||G|18,070|(2)|03/08/2021|Common<br>Stock|18,070|$0|0|D||\n"
    heading = "|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n"
    doc = read_text(_MD.replace(heading, heading + row))
    t = doc.derivative_transactions[0]
    assert (t.transaction_code, t.transaction_shares, t.shares_owned_following_transaction) == ("G", 18070, 0)
    assert t.transaction_acquired_disposed_code == "D"
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in doc.extraction.uncertain_fields


def test_typed_name_over_a_signature_label_cut_across_cells() -> None:
    """No '/s/': the typed name and the label under it in one table row, both cut at column
    edges ('**Ann**<br>** Sign' | '**Ro**<br>ature of Rep' | '**e**<br>orting Person'): the bold
    slices are the name, the bold date its date."""
    sig = "|**Remarks:**|**Ann**<br>** Sign|**Ro**<br>ature of Rep|**e**<br>orting Person|**06/02/2021**<br>Date|\n"
    doc = read_text(_MD.replace("SIGNATURE\n", sig))
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [("Ann Roe", date(2021, 6, 2))]


def test_box5_mark_beside_the_rest_of_a_cut_director_label() -> None:
    """Box 5's labels cut at a column edge ('Di' in one header row, 'X rector' in the next): the
    X beside the label's rest is the Director box checked."""
    head = ("|1. Name and Address<br>**DOE JOHN**|"
            "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "5. Relationship of Reporting<br>(Check all applicable)<br>Di<br>10% O|Person(s) to Issuer<br>|\n"
            "|---|---|---|---|\n"
            "|(Last) (First) (Middle)<br>**1 MAIN ST**<br>(Street)<br>**AUSTIN TX 78701**<br>(City) (State) (Zip)|"
            "3. Date of Earliest Transaction (Month/Day/Year)<br>**05/03/2021**|X rector<br>w<br>"
            "X Officer (give title belo<br>**Chief Executive Officer**|ner<br>w)<br>Other (specify below)|\n")
    start = _MD.index("|1. Name and")
    text = _MD[:start] + head + _MD[_MD.index("|1. Title of"):]
    owner = read_text(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner) == (True, True, False)
    assert owner.officer_title == "Chief Executive Officer"


def test_box5_x_below_the_end_of_officers_label_is_other() -> None:
    """Box 5 cut into three cells whose stacked lines do not line up: an 'X' alone below the end
    of Officer's label ('give title below)'), 'Other (specify below)' in the next cell, is the
    box right of Officer's label: Other's."""
    head = ("|1. Name and Address<br>**DOE JOHN**|"
            "2. Issuer Name and Ticker or Trading Symbol<br>**WIDGET CORP [ WDGT ]**|"
            "5. Relationshi<br>(Check all ap<br>Director<br>Officer (<br>**Member of**|"
            "p of Reporting Person(<br>plicable)<br> <br>10% Owner<br>give title below)<br>X <br>**a Group**|"
            "s) to Issuer<br> Other (specify below)|\n|---|---|---|---|---|\n")
    start = _MD.index("|1. Name and")
    text = _MD[:start] + head + _MD[_MD.index("|1. Title of"):]
    owner = read_text(text).reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        False, False, False, True)


def test_title_wrap_cut_at_an_edge_on_the_row_of_table_two_heading() -> None:
    """A holding's title wraps onto the next row, which also holds Table II's heading, and a column
    edge cuts the wrapped word ('|Capital Sto|ck<br>**Table II - Derivative**|...'): the word is
    joined and goes on with the title."""
    rows = ("|Class C|||||||8,500|D||\n"
            "|Capital Sto|ck<br>**Table II - Derivative**|**Securities Acquired, Disposed of,**|"
            "**or Beneficially Owned**|\n")
    text = _MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n", rows)
    text = text.replace("|**Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**||||||||\n",
                        "")
    h = read_text(text).non_derivative_holdings[0]
    assert (h.security_title, h.shares_owned_following_transaction) == ("Class C Capital Stock", 8500)


def test_title_last_line_on_a_row_of_its_own_over_a_date_cut_after_its_first_digit() -> None:
    """The title cell stacks the date's first digit under the title ('Common<br>0' | '5/03/2021')
    and the title's last line came as a row of its own ('|Stock||||'): the line goes back into
    the title, the digit back onto the date."""
    rows = "|Common<br>0|5/03/2021||S|1,500|D|$12.50|8,500|D||\n|Stock|||||||||\n"
    doc = read_text(_MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n", rows))
    t = doc.non_derivative_transactions[0]
    assert (t.security_title, t.transaction_date, t.transaction_shares) == ("Common Stock", date(2021, 5, 3), 1500)


def test_cut_word_end_goes_onto_the_title_line_it_completes() -> None:
    """A title cut at a column edge inside its second line's last word ('Common<br>Stock Clas<br>A'
    | 's<br>05/03/20'): the word's end completes 'Clas', not the whole 'Common' beside it."""
    row = "|Common<br>Stock Clas<br>A|s<br>05/03/20|21||S|1,500|D|$12.50|8,500|D||\n"
    doc = read_text(_MD.replace("|Common<br>Stock|05/03/2021||S|1,500|D|$12.50|8,500|D||\n", row))
    t = doc.non_derivative_transactions[0]
    assert (t.security_title, t.transaction_date) == ("Common Stock Class A", date(2021, 5, 3))
