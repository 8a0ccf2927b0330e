"""Write an `OwnershipDocument` as filing-ready EDGAR ownership XML.

Elements are written in the order the SEC's schemas require (checked against the X0306
Form 4 XSD in the tests); values absent from the model are left out unless the schema
requires the element, and footnote references go back where they were read from.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from lxml import etree

from section16.model import (
    DerivativeTransaction,
    NonDerivativeTransaction,
    OwnershipDocument,
)

__all__ = ["to_xml", "write_value"]


def write_value(value: Any) -> str:
    """EDGAR's text for a model value: plain decimals (no exponent), ISO dates, 1/0 flags."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sub(parent: Any, tag: str, text: Any = None) -> Any:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = write_value(text)
    return el


class _RowWriter:
    def __init__(self, row: Any) -> None:
        self.row = row
        self.notes = row.footnote_ids

    def _footnotes(self, el: Any, field: str) -> None:
        for fid in self.notes.get(field, ()):
            etree.SubElement(el, "footnoteId", id=fid)

    def valued(self, parent: Any, tag: str, field: str, *, required: bool = True) -> None:
        """``<tag><value>v</value><footnoteId/>*</tag>``; left out when optional and empty."""
        value = getattr(self.row, field, None)
        if value is None and not self.notes.get(field) and not required:
            return
        el = _sub(parent, tag)
        if value is not None:
            _sub(el, "value", value)
        self._footnotes(el, field)

    def coding(self, parent: Any, *, holding: bool) -> None:
        r = self.row
        code = getattr(r, "transaction_code", None)
        if holding:
            if r.transaction_form_type is None and not self.notes.get("transaction_code"):
                return
            el = _sub(parent, "transactionCoding")
            if r.transaction_form_type is not None:
                _sub(el, "transactionFormType", r.transaction_form_type)
            self._footnotes(el, "transaction_code")
            return
        if (
            r.transaction_form_type is None
            and code is None
            and r.equity_swap_involved is None
            and not self.notes.get("transaction_code")
        ):
            return
        el = _sub(parent, "transactionCoding")
        _sub(el, "transactionFormType", r.transaction_form_type if r.transaction_form_type is not None else "")
        _sub(el, "transactionCode", code if code is not None else "")
        _sub(el, "equitySwapInvolved", r.equity_swap_involved if r.equity_swap_involved is not None else False)
        self._footnotes(el, "transaction_code")

    def timeliness(self, parent: Any) -> None:
        r = self.row
        if r.transaction_timeliness is None and not self.notes.get("transaction_timeliness"):
            return
        el = _sub(parent, "transactionTimeliness")
        _sub(el, "value", r.transaction_timeliness or "")
        self._footnotes(el, "transaction_timeliness")

    def amounts(self, parent: Any, *, derivative: bool) -> None:
        r = self.row
        el = _sub(parent, "transactionAmounts")
        if derivative and r.transaction_shares is None and r.transaction_total_value is not None:
            self.valued(el, "transactionTotalValue", "transaction_total_value")
        else:
            self.valued(el, "transactionShares", "transaction_shares")
        self.valued(el, "transactionPricePerShare", "transaction_price_per_share")
        self.valued(el, "transactionAcquiredDisposedCode", "transaction_acquired_disposed_code")

    def underlying(self, parent: Any) -> None:
        r = self.row
        el = _sub(parent, "underlyingSecurity")
        self.valued(el, "underlyingSecurityTitle", "underlying_security_title")
        if r.underlying_security_value is not None and r.underlying_security_shares is None:
            self.valued(el, "underlyingSecurityValue", "underlying_security_value")
        else:
            self.valued(el, "underlyingSecurityShares", "underlying_security_shares", required=False)

    def post(self, parent: Any) -> None:
        r = self.row
        el = _sub(parent, "postTransactionAmounts")
        if r.shares_owned_following_transaction is None and r.value_owned_following_transaction is not None:
            self.valued(el, "valueOwnedFollowingTransaction", "value_owned_following_transaction")
        else:
            self.valued(el, "sharesOwnedFollowingTransaction", "shares_owned_following_transaction")

    def nature(self, parent: Any) -> None:
        el = _sub(parent, "ownershipNature")
        self.valued(el, "directOrIndirectOwnership", "direct_or_indirect_ownership")
        self.valued(el, "natureOfOwnership", "nature_of_ownership", required=False)


def _non_derivative(table: Any, row: Any) -> None:
    w = _RowWriter(row)
    if isinstance(row, NonDerivativeTransaction):
        el = _sub(table, "nonDerivativeTransaction")
        w.valued(el, "securityTitle", "security_title")
        w.valued(el, "transactionDate", "transaction_date")
        w.valued(el, "deemedExecutionDate", "deemed_execution_date", required=False)
        w.coding(el, holding=False)
        w.timeliness(el)
        w.amounts(el, derivative=False)
    else:
        el = _sub(table, "nonDerivativeHolding")
        w.valued(el, "securityTitle", "security_title")
        w.coding(el, holding=True)
    w.post(el)
    w.nature(el)


def _derivative(table: Any, row: Any) -> None:
    w = _RowWriter(row)
    is_txn = isinstance(row, DerivativeTransaction)
    el = _sub(table, "derivativeTransaction" if is_txn else "derivativeHolding")
    w.valued(el, "securityTitle", "security_title")
    w.valued(el, "conversionOrExercisePrice", "conversion_or_exercise_price")
    if is_txn:
        w.valued(el, "transactionDate", "transaction_date")
        w.valued(el, "deemedExecutionDate", "deemed_execution_date", required=False)
        w.coding(el, holding=False)
        w.timeliness(el)
        w.amounts(el, derivative=True)
    else:
        w.coding(el, holding=True)
    w.valued(el, "exerciseDate", "exercise_date")
    w.valued(el, "expirationDate", "expiration_date")
    w.underlying(el)
    w.post(el)
    w.nature(el)


_OWNER_ID = (("rptOwnerCik", "rpt_owner_cik"), ("rptOwnerCcc", "rpt_owner_ccc"), ("rptOwnerName", "rpt_owner_name"))
_OWNER_ADDRESS = (
    ("rptOwnerStreet1", "rpt_owner_street1"),
    ("rptOwnerStreet2", "rpt_owner_street2"),
    ("rptOwnerCity", "rpt_owner_city"),
    ("rptOwnerState", "rpt_owner_state"),
    ("rptOwnerZipCode", "rpt_owner_zip_code"),
    ("rptOwnerStateDescription", "rpt_owner_state_description"),
    ("rptOwnerGoodAddress", "rpt_owner_good_address"),
    ("rptOwnerNonUSAddressFlag", "rpt_owner_non_us_address_flag"),
)
_OWNER_RELATIONSHIP = (
    ("isDirector", "is_director"),
    ("isOfficer", "is_officer"),
    ("isTenPercentOwner", "is_ten_percent_owner"),
    ("isOther", "is_other"),
    ("officerTitle", "officer_title"),
    ("otherText", "other_text"),
)


def _group(parent: Any, tag: str, obj: Any, fields: tuple[tuple[str, str], ...], *, always: bool) -> None:
    values = [(t, getattr(obj, f)) for t, f in fields if getattr(obj, f) is not None]
    if not values and not always:
        return
    el = _sub(parent, tag)
    for t, v in values:
        _sub(el, t, v)


def to_xml(doc: OwnershipDocument, *, pretty: bool = True) -> str:
    """The document as an EDGAR ``<ownershipDocument>`` string (UTF-8 declaration included)."""
    root = etree.Element("ownershipDocument")
    if doc.schema_version:
        _sub(root, "schemaVersion", doc.schema_version)
    _sub(root, "documentType", doc.document_type or "")
    _sub(root, "periodOfReport", doc.period_of_report or "")
    for tag, value in (
        ("dateOfOriginalSubmission", doc.date_of_original_submission),
        ("noSecuritiesOwned", doc.no_securities_owned),
        ("notSubjectToSection16", doc.not_subject_to_section16),
        ("form3HoldingsReported", doc.form3_holdings_reported),
        ("form4TransactionsReported", doc.form4_transactions_reported),
    ):
        if value is not None:
            _sub(root, tag, value)
    issuer = _sub(root, "issuer")
    _sub(issuer, "issuerCik", doc.issuer.issuer_cik or "")
    if doc.issuer.issuer_name is not None:
        _sub(issuer, "issuerName", doc.issuer.issuer_name)
    _sub(issuer, "issuerTradingSymbol", doc.issuer.issuer_trading_symbol or "")
    if doc.issuer.issuer_foreign_trading_symbol is not None:
        _sub(issuer, "issuerForeignTradingSymbol", doc.issuer.issuer_foreign_trading_symbol)
    for owner in doc.reporting_owners:
        el = _sub(root, "reportingOwner")
        _group(el, "reportingOwnerId", owner, _OWNER_ID, always=True)
        _group(el, "reportingOwnerAddress", owner, _OWNER_ADDRESS, always=False)
        _group(el, "reportingOwnerRelationship", owner, _OWNER_RELATIONSHIP, always=True)
    if doc.aff10b5_one is not None:
        _sub(root, "aff10b5One", doc.aff10b5_one)
    if doc.non_derivative_transactions or doc.non_derivative_holdings:
        table = _sub(root, "nonDerivativeTable")
        for row in [*doc.non_derivative_transactions, *doc.non_derivative_holdings]:
            _non_derivative(table, row)
    if doc.derivative_transactions or doc.derivative_holdings:
        table = _sub(root, "derivativeTable")
        for row in [*doc.derivative_transactions, *doc.derivative_holdings]:
            _derivative(table, row)
    if doc.footnotes:
        notes = _sub(root, "footnotes")
        for fn in doc.footnotes:
            _sub(notes, "footnote", fn.text).set("id", fn.id)
    if doc.remarks is not None:
        _sub(root, "remarks", doc.remarks)
    for sig in doc.owner_signatures:
        el = _sub(root, "ownerSignature")
        _sub(el, "signatureName", sig.signature_name or "")
        _sub(el, "signatureDate", sig.signature_date or "")
    body = etree.tostring(root, pretty_print=pretty, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body
