"""The form's rules: each rule fires on a small hand-written document that breaks it and stays
silent on one that does not; the whole rule set runs over the real EDGAR documents."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from section16.checks import RULES, Finding, check_document, rule
from section16.checks.calendar import add_business_days, form3_due, form4_due, form5_due, is_business_day
from section16.codes import TRANSACTION_CODES, XML_TRANSACTION_CODES, describe_code, implied_direction
from section16.model import OwnershipDocument

# -- a clean Form 4 to break one rule at a time ---------------------------------------------

OWNER = {
    "rpt_owner_cik": "0001234567",
    "rpt_owner_name": "Doe Jane",
    "rpt_owner_street1": "1 Main Street",
    "rpt_owner_city": "Springfield",
    "rpt_owner_state": "IL",
    "rpt_owner_zip_code": "62701",
    "is_director": False,
    "is_officer": True,
    "is_ten_percent_owner": False,
    "is_other": False,
    "officer_title": "Chief Financial Officer",
}


def tx(**over: Any) -> dict[str, Any]:
    row = {
        "security_title": "Common Stock",
        "transaction_date": "2024-07-03",
        "transaction_form_type": "4",
        "transaction_code": "S",
        "equity_swap_involved": False,
        "transaction_shares": "1000",
        "transaction_price_per_share": "50.25",
        "transaction_acquired_disposed_code": "D",
        "shares_owned_following_transaction": "9000",
        "direct_or_indirect_ownership": "D",
    }
    row.update(over)
    return row


def deriv_tx(**over: Any) -> dict[str, Any]:
    row = {
        "security_title": "Stock Option (right to buy)",
        "conversion_or_exercise_price": "20",
        "transaction_date": "2024-07-03",
        "transaction_form_type": "4",
        "transaction_code": "M",
        "equity_swap_involved": False,
        "transaction_shares": "500",
        "transaction_price_per_share": "0",
        "transaction_acquired_disposed_code": "D",
        "exercise_date": "2022-01-01",
        "expiration_date": "2030-01-01",
        "underlying_security_title": "Common Stock",
        "underlying_security_shares": "500",
        "shares_owned_following_transaction": "1500",
        "direct_or_indirect_ownership": "D",
    }
    row.update(over)
    return row


BASE: dict[str, Any] = {
    "schema_version": "X0508",
    "document_type": "4",
    "period_of_report": "2024-07-03",
    "issuer": {"issuer_cik": "0000320193", "issuer_name": "Example Corp", "issuer_trading_symbol": "EXM"},
    "reporting_owners": [OWNER],
    "non_derivative_transactions": [
        tx(transaction_code="M", transaction_shares="500", transaction_price_per_share="20",
           transaction_acquired_disposed_code="A", shares_owned_following_transaction="10500",
           footnote_ids={"transaction_price_per_share": ["F1"]}),
        tx(transaction_shares="1500", shares_owned_following_transaction="9000"),
    ],
    "derivative_transactions": [deriv_tx()],
    "footnotes": [{"id": "F1", "text": "Exercise price of the option."}],
    "owner_signatures": [{"signature_name": "/s/ Jane Doe", "signature_date": "2024-07-05"}],
    "metadata": {"filing_date": "2024-07-05"},
}


def make(**over: Any) -> OwnershipDocument:
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(over))
    return OwnershipDocument.from_dict(data)


def findings(doc: OwnershipDocument, rule_id: str, **kwargs: Any) -> list[Finding]:
    return [f for f in check_document(doc, **kwargs) if f.rule == rule_id]


def only(doc: OwnershipDocument, rule_id: str, **kwargs: Any) -> Finding:
    found = findings(doc, rule_id, **kwargs)
    assert len(found) == 1, found
    return found[0]


def test_clean_document_has_no_findings() -> None:
    assert check_document(make()) == []


# -- codes ----------------------------------------------------------------------------------


def test_codes_table_matches_the_form_4_instructions() -> None:
    assert set(TRANSACTION_CODES) == set("ACDEFGHIJKLMOPSUVWXZ")
    assert XML_TRANSACTION_CODES == set(TRANSACTION_CODES) - {"K", "V"}
    assert TRANSACTION_CODES["G"].meaning == "Bona fide gift"
    assert describe_code("p").startswith("P: Open market or private purchase")
    assert describe_code("Q") == "Q: not an SEC transaction code"
    assert implied_direction("S") == "D" and implied_direction("P") == "A" and implied_direction("F") == "D"
    assert implied_direction("M", "non_derivative_transactions") == "A"
    assert implied_direction("M", "derivative_transactions") == "D"
    assert implied_direction("G") is None and implied_direction("J") is None


# -- business days and deadlines (dates worked out by hand) ----------------------------------


def test_business_days_follow_the_federal_calendar() -> None:
    assert not is_business_day(date(2024, 7, 4))  # Independence Day
    assert not is_business_day(date(2024, 7, 6))  # Saturday
    assert is_business_day(date(2024, 3, 29))  # Good Friday: NYSE closed, EDGAR open
    assert not is_business_day(date(2024, 10, 14))  # Columbus Day: NYSE open, EDGAR closed
    assert not is_business_day(date(2024, 12, 24))  # closed by executive order
    # Wed 3 Jul 2024: Thu 4th holiday, Fri 5th first business day, Mon 8th the second.
    assert form4_due(date(2024, 7, 3)) == date(2024, 7, 8)
    # Thu 30 May 2024: Fri 31st, then over the weekend to Mon 3 June.
    assert form4_due(date(2024, 5, 30)) == date(2024, 6, 3)
    # Wed 27 Mar 2024: Thu 28th, Fri 29th (Good Friday counts).
    assert form4_due(date(2024, 3, 27)) == date(2024, 3, 29)
    # Fri 20 Dec 2024: Mon 23rd, Tue 24th closed, Wed 25th Christmas, Thu 26th.
    assert form4_due(date(2024, 12, 20)) == date(2024, 12, 26)
    assert add_business_days(date(2024, 7, 5), 0) == date(2024, 7, 5)
    # Form 3: 23 Aug 2024 + 10 days = Mon 2 Sep, Labor Day, so Tue 3 Sep.
    assert form3_due(date(2024, 8, 23)) == date(2024, 9, 3)
    # Form 5: 31 Dec 2023 + 45 days = Wed 14 Feb 2024.
    assert form5_due(date(2023, 12, 31)) == date(2024, 2, 14)


def test_late_filing_across_a_holiday() -> None:
    on_time = make(metadata={"filing_date": "2024-07-08"})
    assert findings(on_time, "late-filing") == []
    late = make(metadata={"filing_date": "2024-07-09"})
    found = findings(late, "late-filing")
    assert {f.path for f in found} == {
        "non_derivative_transactions[0].transaction_date",
        "non_derivative_transactions[1].transaction_date",
        "derivative_transactions[0].transaction_date",
    }
    assert all(f.severity == "error" and "by 2024-07-08" in f.message for f in found)
    # The explicit filing date wins over the metadata.
    assert findings(late, "late-filing", filing_date=date(2024, 7, 8)) == []


def test_late_filing_across_a_weekend_and_good_friday() -> None:
    rows = [tx(transaction_date="2024-05-30")]
    doc = make(period_of_report="2024-05-30", non_derivative_transactions=rows, derivative_transactions=[],
               footnotes=[], metadata={"filing_date": "2024-06-03"})
    assert findings(doc, "late-filing") == []
    assert findings(doc, "late-filing", filing_date=date(2024, 6, 4))[0].severity == "error"
    rows = [tx(transaction_date="2024-03-27")]
    doc = make(period_of_report="2024-03-27", non_derivative_transactions=rows, derivative_transactions=[],
               footnotes=[], metadata={"filing_date": "2024-04-01"})
    assert "by 2024-03-29" in only(doc, "late-filing").message


def test_late_filing_falls_back_to_the_signature_date() -> None:
    doc = make(metadata=None, owner_signatures=[{"signature_name": "/s/ Jane Doe", "signature_date": "2024-07-10"}])
    found = findings(doc, "late-filing")
    assert len(found) == 3
    assert "signature date stands in" in found[0].message
    doc = make(metadata=None, owner_signatures=[])
    assert only(doc, "late-filing").severity == "info"


def test_late_filing_exemptions() -> None:
    late = {"filing_date": "2024-07-15"}
    # A deemed execution date (Rule 16a-3(g)) starts the two days later: 5 Jul -> due 9 Jul.
    rows = [tx(deemed_execution_date="2024-07-05")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[],
               metadata={"filing_date": "2024-07-09"})
    assert findings(doc, "late-filing") == []
    # A Form 5 item reported early on a Form 4 has no two-day deadline.
    rows = [tx(transaction_form_type="5")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[], metadata=late)
    assert findings(doc, "late-filing") == []
    # Gifts: Form 5 items before 27 Feb 2023, Form 4 items since.
    old_gift = tx(transaction_code="G", transaction_date="2023-01-10", transaction_price_per_share="0")
    new_gift = tx(transaction_code="G", transaction_date="2024-07-03", transaction_price_per_share="0")
    doc = make(period_of_report="2023-01-10", non_derivative_transactions=[old_gift], derivative_transactions=[],
               footnotes=[], metadata=late)
    assert findings(doc, "late-filing") == []
    doc = make(non_derivative_transactions=[new_gift], derivative_transactions=[], footnotes=[], metadata=late)
    assert only(doc, "late-filing").severity == "error"
    # An amendment is not itself late.
    doc = make(document_type="4/A", date_of_original_submission="2024-07-05", metadata=late)
    assert findings(doc, "late-filing") == []
    # A filer who marked the row late gets a warning, not an error.
    doc = make(non_derivative_transactions=[tx(transaction_timeliness="L")], derivative_transactions=[],
               footnotes=[], metadata=late)
    assert only(doc, "late-filing").severity == "warning"


def test_late_form_3_and_form_5() -> None:
    holding = {"security_title": "Common Stock", "shares_owned_following_transaction": "100",
               "direct_or_indirect_ownership": "D"}
    form3 = {"document_type": "3", "period_of_report": "2024-08-23", "non_derivative_transactions": [],
             "derivative_transactions": [], "footnotes": [], "non_derivative_holdings": [holding],
             "owner_signatures": [{"signature_name": "/s/ Jane Doe", "signature_date": "2024-08-30"}]}
    assert findings(make(**form3, metadata={"filing_date": "2024-09-03"}), "late-filing") == []
    late3 = only(make(**form3, metadata={"filing_date": "2024-09-04"}), "late-filing")
    assert late3.severity == "error" and "by 2024-09-03" in late3.message
    form5 = dict(form3, document_type="5", period_of_report="2023-12-31",
                 non_derivative_transactions=[tx(transaction_date="2023-06-01", transaction_form_type="5",
                                                 transaction_code="G", transaction_price_per_share="0")],
                 non_derivative_holdings=[],
                 owner_signatures=[{"signature_name": "/s/ Jane Doe", "signature_date": "2024-02-01"}])
    assert findings(make(**form5, metadata={"filing_date": "2024-02-14"}), "late-filing") == []
    assert only(make(**form5, metadata={"filing_date": "2024-02-15"}), "late-filing").severity == "info"


def test_gift_on_form_5_after_the_2023_amendments() -> None:
    gift = tx(transaction_code="G", transaction_form_type="5", transaction_price_per_share="0")
    base = {"document_type": "5", "period_of_report": "2024-12-31", "derivative_transactions": [],
            "footnotes": [], "owner_signatures": [{"signature_name": "/s/ J", "signature_date": "2025-01-10"}],
            "metadata": {"filing_date": "2025-01-10"}}
    assert only(make(**base, non_derivative_transactions=[gift]), "gift-on-form-5").severity == "warning"
    older = dict(gift, transaction_date="2022-07-01")
    assert findings(make(**base, non_derivative_transactions=[older]), "gift-on-form-5") == []


# -- codes against A/D, coding fields, prices -------------------------------------------------


@pytest.mark.parametrize(("code", "ad", "severity"), [("P", "D", "error"), ("S", "A", "error"), ("F", "A", "error"),
                                                      ("A", "D", "error"), ("D", "A", "error")])
def test_code_direction_contradictions(code: str, ad: str, severity: str) -> None:
    doc = make(non_derivative_transactions=[tx(transaction_code=code, transaction_acquired_disposed_code=ad)],
               derivative_transactions=[], footnotes=[])
    found = only(doc, "code-direction")
    assert found.severity == severity
    assert found.path == "non_derivative_transactions[0].transaction_acquired_disposed_code"


def test_code_direction_depends_on_the_table() -> None:
    # An exercise (M) acquiring the option in Table II is the wrong way round: a warning.
    doc = make(derivative_transactions=[deriv_tx(transaction_acquired_disposed_code="A")])
    assert only(doc, "code-direction").severity == "warning"
    # Gifts go either way (given or received); J is anything.
    doc = make(non_derivative_transactions=[tx(transaction_code="G", transaction_acquired_disposed_code="A",
                                               transaction_price_per_share="0"),
                                            tx(transaction_code="J", transaction_acquired_disposed_code="A")],
               derivative_transactions=[], footnotes=[])
    assert findings(doc, "code-direction") == []


def test_unknown_and_xml_only_codes() -> None:
    doc = make(non_derivative_transactions=[tx(transaction_code="Q")], derivative_transactions=[], footnotes=[])
    assert only(doc, "transaction-code").severity == "error"
    doc = make(non_derivative_transactions=[tx(transaction_code="K")], derivative_transactions=[], footnotes=[])
    assert only(doc, "transaction-code").severity == "warning"
    doc = make(non_derivative_transactions=[tx(transaction_code=None)], derivative_transactions=[], footnotes=[])
    assert "no transaction code" in only(doc, "transaction-code").message


def test_transaction_coding_flags() -> None:
    rows = [tx(transaction_form_type="5"), tx(transaction_form_type="5", transaction_shares="0",
                                              shares_owned_following_transaction="9000")]
    found = only(make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[]),
                 "transaction-coding")
    assert found.severity == "info" and "Table I transactions 1-2" in found.message and "V" in found.message
    doc = make(non_derivative_transactions=[tx(equity_swap_involved=True)], derivative_transactions=[], footnotes=[])
    assert "(printed with a K)" in only(doc, "transaction-coding").message
    doc = make(non_derivative_transactions=[tx(equity_swap_involved=None)], derivative_transactions=[], footnotes=[])
    assert only(doc, "transaction-coding").severity == "warning"
    doc = make(non_derivative_transactions=[tx(transaction_timeliness="E")], derivative_transactions=[], footnotes=[])
    assert only(doc, "transaction-coding").severity == "warning"
    doc = make(document_type="5", non_derivative_transactions=[tx(transaction_timeliness="E")],
               derivative_transactions=[], footnotes=[])
    assert [f.severity for f in findings(doc, "transaction-coding")] == ["error", "warning"]


def test_prices() -> None:
    gift = tx(transaction_code="G", transaction_price_per_share="12.50")
    doc = make(non_derivative_transactions=[gift], derivative_transactions=[], footnotes=[])
    assert only(doc, "gift-price").path == "non_derivative_transactions[0].transaction_price_per_share"
    doc = make(non_derivative_transactions=[tx(transaction_price_per_share="0")], derivative_transactions=[],
               footnotes=[])
    assert "price of zero" in only(doc, "transaction-price").message
    doc = make(non_derivative_transactions=[tx(transaction_price_per_share=None)], derivative_transactions=[],
               footnotes=[])
    assert only(doc, "transaction-price").severity == "warning"
    # A footnote may stand in for the price.
    row = tx(transaction_price_per_share=None, footnote_ids={"transaction_price_per_share": ["F1"]})
    doc = make(non_derivative_transactions=[row], derivative_transactions=[])
    assert findings(doc, "transaction-price") == []


# -- arithmetic ---------------------------------------------------------------------------------


def test_holdings_arithmetic() -> None:
    rows = copy.deepcopy(BASE["non_derivative_transactions"])
    rows[1]["shares_owned_following_transaction"] = "9500"  # 10500 - 1500 is 9000
    found = only(make(non_derivative_transactions=rows), "holdings-arithmetic")
    assert found.severity == "warning"
    assert found.path == "non_derivative_transactions[1].shares_owned_following_transaction"
    assert "10500 - 1500 = 9000" in found.message
    # Different ownership forms are different positions: no chain between them.
    rows[1].update(direct_or_indirect_ownership="I", nature_of_ownership="By Trust")
    assert findings(make(non_derivative_transactions=rows), "holdings-arithmetic") == []


def test_repeated_final_total_is_info() -> None:
    rows = [tx(transaction_shares="100", shares_owned_following_transaction="8000"),
            tx(transaction_shares="200", shares_owned_following_transaction="8000"),
            tx(transaction_shares="300", shares_owned_following_transaction="8000")]
    found = only(make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[]),
                 "holdings-arithmetic")
    assert found.severity == "info" and "final total on every row" in found.message


def test_rounding_is_info() -> None:
    rows = [tx(shares_owned_following_transaction="1000"),
            tx(transaction_code="P", transaction_acquired_disposed_code="A", transaction_shares="15.56",
               shares_owned_following_transaction="1016")]
    found = only(make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[]),
                 "holdings-arithmetic")
    assert found.severity == "info" and "rounding" in found.message


def test_exercise_without_table_1_row() -> None:
    doc = make(non_derivative_transactions=[BASE["non_derivative_transactions"][1]])
    found = only(doc, "exercise-pair")
    assert found.path == "derivative_transactions[0].transaction_code"


# -- dates --------------------------------------------------------------------------------------


def test_date_order() -> None:
    sig = [{"signature_name": "/s/ Jane Doe", "signature_date": "2024-07-02"}]
    found = findings(make(owner_signatures=sig, metadata=None), "date-order")
    assert {f.path for f in found} >= {"period_of_report", "non_derivative_transactions[0].transaction_date"}
    assert all(f.severity == "error" for f in found)
    rows = [tx(deemed_execution_date="2024-07-01")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "date-order").path == "non_derivative_transactions[0].deemed_execution_date"
    rows = [tx(transaction_date="2024-06-28", deemed_execution_date="2024-07-05")]  # 4 business days later
    doc = make(period_of_report="2024-06-28", non_derivative_transactions=rows, derivative_transactions=[],
               footnotes=[])
    assert only(doc, "date-order").severity == "warning"
    doc = make(derivative_transactions=[deriv_tx(exercise_date="2031-01-01")])
    assert only(doc, "date-order").path == "derivative_transactions[0].expiration_date"
    doc = make(period_of_report="2024-07-05")
    assert "before the period of report" in only(doc, "date-order").message
    doc = make(period_of_report="2024-07-01")
    assert only(doc, "date-order").severity == "info"


# -- footnotes, required fields, lengths, structure ------------------------------------------


def test_footnotes() -> None:
    doc = make(footnotes=[])
    found = only(doc, "footnotes")
    assert found.severity == "error" and "no footnote F1" in found.message
    doc = make(footnotes=[{"id": "F1", "text": "Price."}, {"id": "F2", "text": "Never used."}])
    assert only(doc, "footnotes").path == "footnotes[1]"
    doc = make(footnotes=[{"id": "F1", "text": "a"}, {"id": "F1", "text": "b"}])
    assert "defined 2 times" in only(doc, "footnotes").message
    doc = make(footnotes=[{"id": "F1", "text": "a"}, {"id": "F01", "text": "b"}])
    assert any("is not F1 to F99" in f.message for f in findings(doc, "footnotes"))


def test_required_fields() -> None:
    doc = make(issuer={"issuer_cik": None, "issuer_name": "Example Corp", "issuer_trading_symbol": ""})
    assert {f.path for f in findings(doc, "required-field")} == {"issuer.issuer_cik", "issuer.issuer_trading_symbol"}
    rows = [tx(security_title=None, transaction_date=None)]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert {f.path for f in findings(doc, "required-field")} == {
        "non_derivative_transactions[0].security_title", "non_derivative_transactions[0].transaction_date"}
    rows = [tx(value_owned_following_transaction="5")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert "allows one" in only(doc, "required-field").message
    doc = make(document_type="4/A")
    assert only(doc, "required-field").path == "date_of_original_submission"
    doc = make(owner_signatures=[{"signature_name": "", "signature_date": "2024-07-05"}])
    assert only(doc, "required-field").path == "owner_signatures[0].signature_name"


def test_relationship() -> None:
    owner = dict(OWNER, officer_title=None)
    assert only(make(reporting_owners=[owner]), "relationship").path == "reporting_owners[0].officer_title"
    owner = dict(OWNER, is_officer=False, officer_title=None)
    assert "at least one is required" in only(make(reporting_owners=[owner]), "relationship").message
    owner = dict(OWNER, is_other=True)
    assert only(make(reporting_owners=[owner]), "relationship").path == "reporting_owners[0].other_text"


def test_ownership_nature() -> None:
    rows = [tx(direct_or_indirect_ownership="I")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "ownership-nature").severity == "error"
    rows = [tx(nature_of_ownership="By Trust")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "ownership-nature").severity == "warning"


def test_field_lengths_and_numbers() -> None:
    rows = [tx(security_title="X" * 61)]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    found = only(doc, "field-length")
    assert found.path == "non_derivative_transactions[0].security_title" and "at most 60" in found.message
    assert findings(make(non_derivative_transactions=[tx(security_title="X" * 60)], derivative_transactions=[],
                         footnotes=[]), "field-length") == []
    owner = dict(OWNER, officer_title="Executive Vice President, Operations")  # 36 characters
    assert only(make(reporting_owners=[owner]), "field-length").path == "reporting_owners[0].officer_title"
    assert only(make(remarks="r" * 2001), "field-length").path == "remarks"
    rows = [tx(transaction_shares="-5", shares_owned_following_transaction="9000")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "number-range").severity == "error"
    rows = [tx(transaction_price_per_share="50.123456")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "number-range").severity == "info"


def test_cik_choice_values_and_limits() -> None:
    assert only(make(issuer={"issuer_cik": "12-34", "issuer_trading_symbol": "EXM"}), "cik-format").severity == "error"
    rows = [tx(direct_or_indirect_ownership="X")]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert only(doc, "choice-values").path == "non_derivative_transactions[0].direct_or_indirect_ownership"
    assert only(make(document_type="4X"), "choice-values").path == "document_type"
    rows = [tx(transaction_shares="0", shares_owned_following_transaction="9000") for _ in range(31)]
    doc = make(non_derivative_transactions=rows, derivative_transactions=[], footnotes=[])
    assert "31 rows" in only(doc, "table-limits").message
    doc = make(reporting_owners=[OWNER, OWNER])
    assert "more than once" in only(doc, "table-limits").message


def test_form_content() -> None:
    doc = make(non_derivative_transactions=[], derivative_transactions=[], footnotes=[])
    assert only(doc, "form-content").severity == "error"
    doc = make(non_derivative_transactions=[], derivative_transactions=[], footnotes=[], not_subject_to_section16=True)
    assert findings(doc, "form-content") == []
    doc = make(document_type="3")
    assert "holdings only" in only(doc, "form-content").message


# -- the registry ---------------------------------------------------------------------------------


def test_rules_are_plugins_and_selectable() -> None:
    assert {"late-filing", "code-direction", "holdings-arithmetic", "footnotes", "field-length"} <= set(RULES)

    @rule("test-no-remarks", "Test rule: remarks are required.")
    def no_remarks(ctx):  # type: ignore[no-untyped-def]
        if not ctx.doc.remarks:
            yield ctx.info("remarks", "No remarks.")

    try:
        assert only(make(), "test-no-remarks").severity == "info"
        assert check_document(make(), ignore=["test-no-remarks"]) == []
        late = make(metadata={"filing_date": "2024-07-09"})
        assert {f.rule for f in check_document(late, select=["late-filing"])} == {"late-filing"}
        with pytest.raises(ValueError, match="unknown rule"):
            check_document(make(), select=["no-such-rule"])
    finally:
        del RULES["test-no-remarks"]


def test_findings_sorted_errors_first() -> None:
    doc = make(metadata={"filing_date": "2024-07-09"}, non_derivative_transactions=[
        tx(equity_swap_involved=True), tx(transaction_code="P", transaction_acquired_disposed_code="D",
                                            shares_owned_following_transaction="8000")],
        derivative_transactions=[], footnotes=[])
    severities = [f.severity for f in check_document(doc)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert "info" in severities and "error" in severities


# -- real EDGAR documents ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_findings(xml_dir: Path) -> dict[str, list[Finding]]:
    from section16.readers.xml import read_xml

    out = {}
    for path in sorted(xml_dir.glob("*.xml")):
        out[path.name] = check_document(read_xml(path.read_bytes(), source_name=path.name))
    return out


def test_every_real_document_checks(real_findings: dict[str, list[Finding]]) -> None:
    assert len(real_findings) == 253
    # The rs-kellogg documents are real EDGAR dissemination copies: they passed EDGAR's own
    # validation, so the rules that mirror EDGAR's suspension rules must stay silent on them.
    edgar_rules = {"footnotes", "field-length", "choice-values", "cik-format", "table-limits", "relationship",
                   "ownership-nature", "transaction-code", "number-range", "required-field", "form-content"}
    real = {name: f for name, f in real_findings.items() if name.startswith("rs-kellogg__edgar2data__")}
    assert len(real) == 198
    noisy = [(name, f.rule, f.path) for name, fs in real.items() for f in fs if f.rule in edgar_rules]
    assert noisy == []


OWNED = "non_derivative_transactions[{}].shares_owned_following_transaction"


def _has(found: list[Finding], rule_id: str, severity: str, path: str) -> bool:
    return any(f.rule == rule_id and f.severity == severity and f.path == path for f in found)


def test_findings_verified_by_reading_the_xml(real_findings: dict[str, list[Finding]]) -> None:
    # Form 5: gifts coded D yet the balance rises 230198 -> 240198 -> 245198.
    found = real_findings["rs-kellogg__edgar2data__701869_1_0001213756-20-000002.xml"]
    assert _has(found, "holdings-arithmetic", "warning", OWNED.format(1))
    # Option exercise (M) in Table II coded A (acquired), balance 1561 after exercising 1560.
    found = real_findings["rs-kellogg__edgar2data__1136554_4_0001209191-20-061181.xml"]
    assert _has(found, "code-direction", "warning", "derivative_transactions[0].transaction_acquired_disposed_code")
    # An open market purchase (P) coded D.
    found = real_findings["feiseli__edgar-pipeline__form4_tz_suffix_date.xml"]
    assert _has(found, "code-direction", "error", "non_derivative_transactions[0].transaction_acquired_disposed_code")
    # Transaction Thu 2019-10-31, due Mon 2019-11-04, signed 2020-01-21 (accession -20-: filed in 2020).
    found = real_findings["rs-kellogg__edgar2data__1370450_1_0001179110-20-000668.xml"]
    assert _has(found, "late-filing", "error", "non_derivative_transactions[0].transaction_date")
    # Form 3 for an event on 2018-08-31 signed on 2020-06-23.
    found = real_findings["rs-kellogg__edgar2data__1182737_2_0001078782-20-000479.xml"]
    assert _has(found, "late-filing", "error", "period_of_report")
    # IPO Form 3 signed 2020-10-27 for the event of 2020-10-28: info, not error.
    found = real_findings["rs-kellogg__edgar2data__1818383_4_0000899243-20-029454.xml"]
    assert _has(found, "date-order", "info", "period_of_report")
    # Form 5 with 30 Form 4 transactions (form type 4), all repeating the total 1276773.
    found = real_findings["rs-kellogg__edgar2data__1190614_3_0000899243-20-024361.xml"]
    assert _has(found, "transaction-coding", "warning", "non_derivative_transactions[0].transaction_form_type")
    assert _has(found, "holdings-arithmetic", "info", OWNED.format(0))
    # A clean Form 4 (Sergey Brin, GOOG, 2015): nothing to say.
    assert real_findings["DarkMindFX__InsidersTradeMonitor__form4.xml"] == []


# -- the command ----------------------------------------------------------------------------------


def test_check_command(tmp_path: Path, xml_dir: Path) -> None:
    from section16.cli import _register, app

    _register()
    runner = CliRunner()
    good = xml_dir / "DarkMindFX__InsidersTradeMonitor__form4.xml"
    bad = xml_dir / "feiseli__edgar-pipeline__form4_tz_suffix_date.xml"
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"")
    result = runner.invoke(app, ["check", "--format", "json", str(good), str(bad)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(good), str(bad)]
    assert lines[0]["findings"] == []
    first = lines[1]["findings"][0]
    assert (first["rule"], first["severity"], first["path"]) == (
        "code-direction", "error", "non_derivative_transactions[0].transaction_acquired_disposed_code")
    result = runner.invoke(app, ["check", "--strict", str(good), str(bad)])
    assert result.exit_code == 1
    # Piped (not a terminal): a line per finding, whole however long the path, like a linter.
    field = "non_derivative_transactions[0].transaction_acquired_disposed_code"
    assert result.stdout.splitlines()[1].startswith(f"{bad}: error code-direction {field}: ")
    result = runner.invoke(app, ["check", "--strict", str(junk), str(good)])
    assert result.exit_code == 2
    assert f"{junk}: file is empty" in result.stderr
    assert "no findings" in result.stdout  # the other file was still checked
    result = runner.invoke(app, ["check", "--select", "no-such-rule", str(good)])
    assert result.exit_code == 2
    result = runner.invoke(app, ["check", "--list-rules"])
    assert result.exit_code == 0 and "late-filing" in result.stdout


def test_check_all_reads_the_ledger(tmp_path: Path, xml_dir: Path) -> None:
    from section16.cli import _register, app
    from section16.ledger import Ledger

    _register()
    db = tmp_path / "ledger.db"
    files = [xml_dir / "DarkMindFX__InsidersTradeMonitor__form4.xml",
             xml_dir / "feiseli__edgar-pipeline__form4_tz_suffix_date.xml"]
    with Ledger(str(db)) as ledger:
        report = ledger.ingest(files, workers=1)
    assert not report.failed
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--all", "--db", str(db), "--format", "json", "--strict"])
    assert result.exit_code == 1, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    by_file = {Path(line["file"]).name: line["findings"] for line in lines}
    assert by_file[files[0].name] == []
    assert any(f["rule"] == "code-direction" for f in by_file[files[1].name])
    result = runner.invoke(app, ["check", "--all", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such ledger database" in result.stderr


AD_CODE = "non_derivative_transactions[0].transaction_acquired_disposed_code"


def test_documents_read_from_print_are_not_faulted_for_xml_only_fields() -> None:
    owner = {k: v for k, v in OWNER.items() if not k.startswith("is_") and k != "rpt_owner_cik"}
    rows = [dict(tx(), equity_swap_involved=None, transaction_form_type=None)]
    printed = {"issuer": {"issuer_name": "Example Corp", "issuer_trading_symbol": "EXM"},
               "reporting_owners": [owner], "non_derivative_transactions": rows, "derivative_transactions": [],
               "footnotes": [],
               "extraction": {"source_format": "text", "uncertain_fields": [AD_CODE]}}
    found = check_document(make(**printed))
    assert [(f.rule, f.severity) for f in found] == [("relationship", "warning")]
    assert "could be read" in found[0].message
    # The same gaps in an XML document are faults.
    xml = dict(printed, extraction=None)
    rules = {f.rule for f in check_document(make(**xml))}
    assert {"required-field", "relationship", "transaction-coding"} <= rules
    # A finding on a value the reader was unsure of says so.
    printed["non_derivative_transactions"] = [dict(rows[0], transaction_acquired_disposed_code="A")]
    found = only(make(**printed), "code-direction")
    assert found.message.endswith("(The reader was unsure of this value.)")


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-0", "1e30", "0.00001", None])
def test_odd_numbers_and_empty_rows_do_not_crash(value: str | None) -> None:
    row = {"security_title": "X", "transaction_code": "G", "transaction_acquired_disposed_code": "A",
           "direct_or_indirect_ownership": "D"}
    row.update(dict.fromkeys(("transaction_shares", "shares_owned_following_transaction", "transaction_price_per_share",
                              "conversion_or_exercise_price", "underlying_security_shares"), value))
    doc = OwnershipDocument.from_dict({
        "document_type": "4", "non_derivative_transactions": [row, row, {}], "derivative_transactions": [row, {}],
        "non_derivative_holdings": [row, {}], "derivative_holdings": [row, {}], "reporting_owners": [{}],
        "owner_signatures": [{}], "footnotes": [{"id": ""}]})
    found = check_document(doc)
    number_range = {f.severity for f in found if f.rule == "number-range"}
    if value in {"NaN", "sNaN", "Infinity", "1e30"}:
        assert number_range == {"error"}
    elif value == "0.00001":
        assert number_range == {"info"}
    else:
        assert number_range == set()
    assert check_document(OwnershipDocument()) != []  # an empty document is all findings, no crash
