"""The EDGAR XML reader against the 253 real documents and hand-written edge cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

import section16
from section16.errors import NotOwnershipDocument, ReadError, UnsafeDocument
from section16.readers.xml import read_xml

# --- all real documents: every field as the XML says ------------------------------------

ROW_XPATHS = {
    # field -> XPath (relative to the row element) of its <value> (or text) in EDGAR's layout
    "security_title": "securityTitle/value",
    "transaction_date": "transactionDate/value",
    "transaction_code": "transactionCoding/transactionCode",
    "transaction_shares": "transactionAmounts/transactionShares/value",
    "transaction_price_per_share": "transactionAmounts/transactionPricePerShare/value",
    "transaction_acquired_disposed_code": "transactionAmounts/transactionAcquiredDisposedCode/value",
    "shares_owned_following_transaction": "postTransactionAmounts/sharesOwnedFollowingTransaction/value",
    "direct_or_indirect_ownership": "ownershipNature/directOrIndirectOwnership/value",
    "nature_of_ownership": "ownershipNature/natureOfOwnership/value",
    "conversion_or_exercise_price": "conversionOrExercisePrice/value",
    "exercise_date": "exerciseDate/value",
    "expiration_date": "expirationDate/value",
    "underlying_security_title": "underlyingSecurity/underlyingSecurityTitle/value",
    "underlying_security_shares": "underlyingSecurity/underlyingSecurityShares/value",
}
TABLE_ELEMENTS = {
    "non_derivative_transactions": "nonDerivativeTable/nonDerivativeTransaction",
    "non_derivative_holdings": "nonDerivativeTable/nonDerivativeHolding",
    "derivative_transactions": "derivativeTable/derivativeTransaction",
    "derivative_holdings": "derivativeTable/derivativeHolding",
}


def _expected(raw: str, field: str):
    """What the model must hold for a raw XML string, by the JSON form's rules."""
    raw = raw.strip()
    if not raw:
        return None
    if field.endswith(("_date",)):
        return date.fromisoformat(raw[:10])
    if field in {
        "transaction_shares",
        "transaction_price_per_share",
        "shares_owned_following_transaction",
        "conversion_or_exercise_price",
        "underlying_security_shares",
    }:
        return Decimal(raw.replace(",", ""))
    return raw


def _real_files(xml_dir: Path) -> list[Path]:
    files = sorted(xml_dir.glob("*.xml"))
    assert len(files) == 253
    return files


def test_every_real_document_reads_and_every_field_matches_the_xml(xml_dir: Path) -> None:
    checked = 0
    for path in _real_files(xml_dir):
        data = path.read_bytes()
        doc = read_xml(data, source_name=str(path))
        tree = etree.fromstring(data)
        assert doc.document_type == tree.findtext("documentType").strip()
        assert doc.issuer.issuer_cik == (tree.findtext("issuer/issuerCik") or "").strip()
        assert doc.issuer.issuer_trading_symbol == ((tree.findtext("issuer/issuerTradingSymbol") or "").strip() or None)
        owners = tree.findall("reportingOwner")
        assert [o.rpt_owner_cik for o in doc.reporting_owners] == [
            o.findtext("reportingOwnerId/rptOwnerCik").strip() for o in owners
        ]
        assert [o.rpt_owner_name for o in doc.reporting_owners] == [
            (o.findtext("reportingOwnerId/rptOwnerName") or "").strip() or None for o in owners
        ]
        for table, xpath in TABLE_ELEMENTS.items():
            elements = tree.findall(xpath)
            rows = getattr(doc, table)
            assert len(rows) == len(elements), (path.name, table)
            for row, el in zip(rows, elements, strict=True):
                for field, field_xpath in ROW_XPATHS.items():
                    if field not in type(row).__struct_fields__:
                        continue
                    found = el.find(field_xpath)
                    if found is None:
                        continue
                    assert getattr(row, field) == _expected(found.text or "", field), (path.name, table, field)
                    checked += 1
                # Footnotes are kept on the field they qualify.
                for note in el.findall("transactionCoding/footnoteId"):
                    assert note.get("id") in row.footnote_ids.get("transaction_code", [])
                for note in el.findall(".//transactionPricePerShare/footnoteId"):
                    assert note.get("id") in row.footnote_ids.get("transaction_price_per_share", [])
        assert [f.id for f in doc.footnotes] == [f.get("id") for f in tree.findall("footnotes/footnote")]
        sigs = tree.findall("ownerSignature")
        assert [s.signature_name for s in doc.owner_signatures] == [s.findtext("signatureName").strip() for s in sigs]
    assert checked > 3000


def test_schema_versions_and_forms_cover_the_set(xml_dir: Path) -> None:
    docs = [read_xml(p.read_bytes()) for p in _real_files(xml_dir)]
    assert {d.schema_version for d in docs} >= {"X0202", "X0206", "X0306", "X0508", "X0609"}
    assert {d.document_type for d in docs} == {"3", "4", "5"}
    assert any(d.non_derivative_holdings for d in docs)
    assert any(d.derivative_holdings for d in docs)
    assert max(len(d.reporting_owners) for d in docs) >= 3


def test_specific_fields_of_real_documents(xml_dir: Path) -> None:
    # Values below were read off the XML files by eye, not off the reader's output.
    doc = read_xml((xml_dir / "ConnorVO__springloading_insider_trades__xml_deriv_and_nonderiv.xml").read_bytes())
    assert doc.issuer.issuer_name == "Silk Road Medical Inc"
    assert doc.reporting_owners[0].officer_title == "President and CEO"
    sale = doc.non_derivative_transactions[1]
    assert sale.transaction_code == "S"
    assert sale.transaction_price_per_share == Decimal("41.8787")
    assert sale.footnote_ids == {"transaction_code": ["F1"], "transaction_price_per_share": ["F2"]}
    assert doc.non_derivative_holdings[0].nature_of_ownership.startswith("Trustees of The Surace")
    option = doc.derivative_transactions[0]
    assert option.conversion_or_exercise_price == Decimal("1.60")
    assert option.expiration_date == date(2026, 8, 4)
    assert option.footnote_ids.get("exercise_date") == ["F4"]

    stamped = read_xml((xml_dir / "ConnorVO__springloading_insider_trades__xml_timestamp.xml").read_bytes())
    assert stamped.period_of_report == date(2021, 9, 30)  # "2021-09-30-05:00": zone dropped
    assert stamped.owner_signatures[0].signature_date == date(2021, 10, 26)
    assert any("<script>" in w for w in stamped.warnings)  # browser junk ignored, said so


def test_the_injected_script_elements_are_ignored_with_a_warning(xml_dir: Path) -> None:
    junk = [p for p in _real_files(xml_dir) if b"<script" in p.read_bytes()]
    assert len(junk) >= 3
    for path in junk:
        doc = read_xml(path.read_bytes())
        assert doc.issuer.issuer_cik
        assert any("script" in w for w in doc.warnings)


# --- hand-written edge cases ------------------------------------------------------------

def _doc(body: str, *, root: str = "<ownershipDocument>", end: str = "</ownershipDocument>") -> bytes:
    return f'<?xml version="1.0"?>\n{root}{body}{end}'.encode()


HEADER = """
<schemaVersion>X0306</schemaVersion><documentType>4</documentType><periodOfReport>2024-07-19</periodOfReport>
<issuer><issuerCik>0000320193</issuerCik><issuerName>Apple Inc.</issuerName>
<issuerTradingSymbol>AAPL</issuerTradingSymbol></issuer>
"""
OWNER = """<reportingOwner><reportingOwnerId><rptOwnerCik>000{n}</rptOwnerCik><rptOwnerName>Owner {n}</rptOwnerName>
</reportingOwnerId><reportingOwnerRelationship><isDirector>Y</isDirector><isOfficer>true</isOfficer>
<officerTitle>CEO</officerTitle></reportingOwnerRelationship></reportingOwner>"""
SIG = "<ownerSignature><signatureName>/s/ A</signatureName><signatureDate>2024-07-22</signatureDate></ownerSignature>"


def test_flags_in_every_spelling_and_up_to_ten_owners() -> None:
    owners = "".join(OWNER.format(n=n) for n in range(10))
    doc = read_xml(_doc(HEADER + owners + SIG))
    assert len(doc.reporting_owners) == 10
    assert all(o.is_director is True and o.is_officer is True for o in doc.reporting_owners)
    assert doc.reporting_owners[9].rpt_owner_cik == "0009"


def test_namespaced_document_in_any_order_reads_alike() -> None:
    row = """<nonDerivativeTransaction>
      <ownershipNature><directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
        <natureOfOwnership><value>By Trust</value><footnoteId id="F2"/></natureOfOwnership></ownershipNature>
      <transactionAmounts><transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
        <transactionPricePerShare><value>150.841</value></transactionPricePerShare>
        <transactionShares><value>1,000</value></transactionShares></transactionAmounts>
      <securityTitle><value>Common Stock</value></securityTitle>
      <transactionDate><value>2024-07-19-05:00</value></transactionDate>
      <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>S</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved><footnoteId id="F1"/></transactionCoding>
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>9000</value>
      </sharesOwnedFollowingTransaction></postTransactionAmounts>
    </nonDerivativeTransaction>"""
    body = SIG + f"<nonDerivativeTable>{row}</nonDerivativeTable>" + OWNER.format(n=1) + HEADER
    doc = read_xml(_doc(body, root='<ownershipDocument xmlns="http://www.sec.gov/edgar/ownership">'))
    txn = doc.non_derivative_transactions[0]
    assert txn.transaction_price_per_share == Decimal("150.841")
    assert txn.transaction_shares == Decimal("1000")
    assert txn.transaction_date == date(2024, 7, 19)
    assert txn.footnote_ids == {"transaction_code": ["F1"], "nature_of_ownership": ["F2"]}
    assert doc.to_json().count("150.841") == 1  # exact decimal, not 150.84099999


def test_value_given_only_by_footnote_is_null_with_its_id() -> None:
    row = """<derivativeHolding><securityTitle><value>Option</value></securityTitle>
      <conversionOrExercisePrice><footnoteId id="F1"/></conversionOrExercisePrice>
      <exerciseDate><footnoteId id="F2"/></exerciseDate><expirationDate><value>2030-01-01</value></expirationDate>
      <underlyingSecurity><underlyingSecurityTitle><value>Common</value></underlyingSecurityTitle>
      <underlyingSecurityShares><value>500</value></underlyingSecurityShares></underlyingSecurity>
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>500</value></sharesOwnedFollowingTransaction>
      </postTransactionAmounts><ownershipNature><directOrIndirectOwnership><value>D</value>
      </directOrIndirectOwnership></ownershipNature></derivativeHolding>"""
    doc = read_xml(_doc(HEADER + OWNER.format(n=1) + f"<derivativeTable>{row}</derivativeTable>" + SIG))
    holding = doc.derivative_holdings[0]
    assert holding.conversion_or_exercise_price is None
    assert holding.exercise_date is None
    assert holding.footnote_ids == {"conversion_or_exercise_price": ["F1"], "exercise_date": ["F2"]}
    as_json = doc.to_dict()["derivative_holdings"][0]
    assert as_json["conversion_or_exercise_price"] is None


def test_rule_breaches_are_warnings_not_failures() -> None:
    row = """<nonDerivativeTransaction><securityTitle><value>Common</value></securityTitle>
      <transactionDate><value>2024-08-30</value></transactionDate>
      <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>Q</transactionCode>
      <equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
      <transactionAmounts><transactionShares><value>1</value></transactionShares>
      <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode></transactionAmounts>
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>1</value></sharesOwnedFollowingTransaction>
      </postTransactionAmounts><ownershipNature><directOrIndirectOwnership><value>X</value>
      </directOrIndirectOwnership></ownershipNature></nonDerivativeTransaction>"""
    doc = read_xml(_doc(HEADER + OWNER.format(n=1) + f"<nonDerivativeTable>{row}</nonDerivativeTable>" + SIG))
    text = "\n".join(doc.warnings)
    assert "'Q' is not an SEC transaction code" in text
    assert "'X' is not D or I" in text
    assert "after the signature date" in text


@pytest.mark.parametrize(
    "payload, error",
    [
        (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         b"<ownershipDocument>&x;</ownershipDocument>", UnsafeDocument),
        (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
         b"<ownershipDocument>&b;</ownershipDocument>", UnsafeDocument),
        (b"<ownershipDocument><issuer>", ReadError),
        (b'<?xml version="1.0"?><rss><channel/></rss>', NotOwnershipDocument),
        (b"<ownershipDocument>" + b"<remarks>x</remarks>" * 600_000 + b"</ownershipDocument>", UnsafeDocument),
    ],
    ids=["xxe", "billion-laughs", "truncated", "not-ownership", "over-size-cap"],
)
def test_hostile_and_broken_xml_is_refused_with_a_named_error(payload: bytes, error: type) -> None:
    with pytest.raises(error) as info:
        read_xml(payload, source_name="evil.xml")
    assert str(info.value).startswith("evil.xml: ")
    assert "\n" not in str(info.value)


def test_full_submission_file_is_unwrapped_with_its_header(xml_dir: Path) -> None:
    inner = (xml_dir / "ConnorVO__springloading_insider_trades__xml_2.xml").read_text()
    submission = (
        "<SEC-DOCUMENT>0001209191-21-056789.txt : 20210916\n<SEC-HEADER>0001209191-21-056789.hdr.sgml : 20210916\n"
        "ACCESSION NUMBER:\t\t0001209191-21-056789\nCONFORMED SUBMISSION TYPE:\t4\nPUBLIC DOCUMENT COUNT:\t\t1\n"
        "FILED AS OF DATE:\t\t20210916\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>doc4.xml\n"
        f"<TEXT>\n<XML>\n{inner}\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    doc = section16.parse(submission.encode())
    assert doc.metadata.accession_number == "0001209191-21-056789"
    assert doc.metadata.filing_date == date(2021, 9, 16)
    assert doc.metadata.form_type == "4"
    assert doc.issuer.issuer_trading_symbol == read_xml(inner.encode()).issuer.issuer_trading_symbol


def test_parse_accepts_path_bytes_and_str(xml_dir: Path) -> None:
    path = xml_dir / "ConnorVO__springloading_insider_trades__xml_1.xml"
    by_path = section16.parse(path)
    by_str_path = section16.parse(str(path))
    by_bytes = section16.parse(path.read_bytes())
    by_text = section16.parse(path.read_text())
    assert by_path.metadata.source_path == str(path)
    for other in (by_str_path, by_bytes, by_text):
        assert other.issuer == by_path.issuer
        assert other.non_derivative_transactions == by_path.non_derivative_transactions


def test_spec_samples_with_amendments(spec_samples_dir: Path) -> None:
    types = {}
    for path in sorted(spec_samples_dir.glob("*.xml")):
        doc = section16.parse(path)
        types[path.name] = doc.document_type
        if doc.is_amendment:
            assert doc.date_of_original_submission is not None, path.name
    assert {"3/A", "4/A", "5/A"} <= set(types.values())
