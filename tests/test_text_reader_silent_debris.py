"""Doubts the form's grammar raises in any text reading: an amount in cents in a shares column,
a nature of ownership made of another cell's number and D/I mark, a date read as a title. Each
keeps the value read but lists it under extraction.uncertain_fields (was a silent error)."""

from __future__ import annotations

from decimal import Decimal

from section16.model import DerivativeTransaction, NonDerivativeHolding
from section16.readers.text import read_text
from section16.readers.text.reader import Reader
from text_forms import LAYOUT_TABLE2


def _policy(*rows: object) -> list[str]:
    """The uncertain paths the debris policy lists for these rows."""
    r = Reader([], "layout", "<text>")
    for row in rows:
        derivative = isinstance(row, DerivativeTransaction)
        table = r.doc.derivative_transactions if derivative else r.doc.non_derivative_holdings
        table.append(row)  # type: ignore[arg-type]
    r._debris_policy()
    return r.notes.uncertain


def test_owned_amount_in_cents_is_uncertain() -> None:
    """'8,000.25' owned: two decimals where shares are counted may be a value in dollars."""
    doc = read_text(LAYOUT_TABLE2.replace("8,000         D", "8,000.25      D"))
    (t,) = doc.derivative_transactions
    assert t.shares_owned_following_transaction == Decimal("8000.25")
    assert doc.extraction is not None
    assert "derivative_transactions[0].shares_owned_following_transaction" in doc.extraction.uncertain_fields


def test_whole_or_fractional_shares_stay_certain() -> None:
    """Whole shares and the usual 1 or 4 decimals of fractional shares raise no doubt."""
    doc = read_text(LAYOUT_TABLE2)
    assert doc.extraction is not None and doc.extraction.uncertain_fields == []
    rows = [NonDerivativeHolding(security_title="Common Stock", shares_owned_following_transaction=Decimal(v),
                                 direct_or_indirect_ownership="D") for v in ("1384.0", "11792.2042", "5000")]
    assert _policy(*rows) == []


def test_nature_made_of_cells_is_uncertain_with_the_cut_title() -> None:
    """'Stock $0 757,756 D' read as nature: the row's cells ran together; the title 'Common' the
    word 'Stock' was cut from is as unsettled."""
    row = DerivativeTransaction(security_title="Stock options", underlying_security_title="Common",
                                shares_owned_following_transaction=Decimal("757756"),
                                nature_of_ownership="Stock $0 757,756 D")
    assert _policy(row) == ["derivative_transactions[0].nature_of_ownership",
                            "derivative_transactions[0].underlying_security_title"]


def test_nature_reordered_around_a_count_is_uncertain_title_kept() -> None:
    """'Irrevocable Trust 1,094 I By the ... Family': a count and I mark inside the nature."""
    row = DerivativeTransaction(underlying_security_title="Common Stock",
                                nature_of_ownership="Irrevocable Trust 1,094 I By the spouse as trustee of the Family")
    assert _policy(row) == ["derivative_transactions[0].nature_of_ownership"]


def test_plain_nature_and_partnership_roman_numeral_stay_certain() -> None:
    """'Rankin Associates I, L.P.' holds a roman I but no cell's number: no doubt."""
    rows = [DerivativeTransaction(nature_of_ownership="By Rankin Associates I, L.P."),
            DerivativeTransaction(nature_of_ownership="By Trust dated 12/21/04")]
    assert _policy(*rows) == []


def test_date_read_as_title_is_uncertain() -> None:
    row = DerivativeTransaction(underlying_security_title="01/31/2021")
    assert _policy(row) == ["derivative_transactions[0].underlying_security_title"]


def test_titles_wrapped_into_the_nature_are_uncertain() -> None:
    """'Class B' | 'Class A' titles with 'Common Common ... Stock Stock' in the nature: the two
    titles' wrapped words went into the last column, so the titles and the nature are unsettled."""
    row = DerivativeTransaction(security_title="Class B", underlying_security_title="Class A",
                                nature_of_ownership="child's Common Common proportionate Stock Stock limited")
    assert _policy(row) == ["derivative_transactions[0].nature_of_ownership",
                            "derivative_transactions[0].security_title",
                            "derivative_transactions[0].underlying_security_title"]
    cut = NonDerivativeHolding(security_title="Class A", nature_of_ownership="proportionate Common interest Stock held")
    assert _policy(cut) == ["non_derivative_holdings[0].nature_of_ownership",
                            "non_derivative_holdings[0].security_title"]


def test_nature_naming_common_stock_under_a_whole_title_stays_certain() -> None:
    """'Class A Common Stock' is whole: a nature that names 'Common Stock' raises no doubt."""
    row = NonDerivativeHolding(security_title="Class A Common Stock", nature_of_ownership="Common Stock held by Trust")
    assert _policy(row) == []


def test_title_holding_a_count_and_mark_is_uncertain() -> None:
    """'Class A 635 I Spouse's ... Common ... Stock': the row's cells ran into its title."""
    row = NonDerivativeHolding(security_title="Class A 635 I Spouse's interest in Common Stock")
    assert _policy(row) == ["non_derivative_holdings[0].security_title"]
    assert _policy(NonDerivativeHolding(security_title="Series A 6.5% Preferred Stock")) == []


def test_box_words_in_the_address_are_uncertain() -> None:
    """'280 PARK AVENUE, NEW YORK' as the city, 'X 10% Owner' as the street: each reading is kept but
    doubted. ('See Footnote' with its '(2)' taken as a marker stays certain: the marker reading is the
    usual one, doubting it flagged 50 right values for one wrong.)"""
    from section16.model import ReportingOwner

    r = Reader([], "layout", "<text>")
    r.doc.reporting_owners.append(ReportingOwner(rpt_owner_city="280 PARK AVENUE, NEW YORK",
                                                 rpt_owner_street1="X 10% Owner"))
    r.doc.reporting_owners.append(ReportingOwner(rpt_owner_city="NEW YORK", rpt_owner_street1="280 PARK AVENUE"))
    r.doc.non_derivative_holdings.append(
        NonDerivativeHolding(nature_of_ownership="See Footnote", footnote_ids={"nature_of_ownership": ["F2"]}))
    r.doc.non_derivative_holdings.append(NonDerivativeHolding(nature_of_ownership="By Trust"))
    r._debris_policy()
    assert r.notes.uncertain == ["reporting_owners[0].rpt_owner_city", "reporting_owners[0].rpt_owner_street1"]


def test_other_boxes_in_an_owners_name_are_uncertain() -> None:
    """Box 2's issuer or ticker, or box 3's date, run into box 1's name; a trust's own date is not."""
    from section16.model import Issuer, ReportingOwner

    r = Reader([], "layout", "<text>")
    r.doc.issuer = Issuer(issuer_name="WIDGET CORP", issuer_trading_symbol="WDGT")
    for name in ("Doe John WIDGET CORP", "Doe Fund IV, L.P. WIDGET [ WDGT ]", "Doe Fund IV, 12/09/2024 L.P.",
                 "Doe Trust dated 1/1/1977", "Doe John"):
        r.doc.reporting_owners.append(ReportingOwner(rpt_owner_name=name))
    r._debris_policy()
    assert r.notes.uncertain == [f"reporting_owners[{k}].rpt_owner_name" for k in range(3)]
