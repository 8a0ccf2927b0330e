"""Read EDGAR ownership XML (every schema version, X0101 to X0609 and later).

Elements are matched by local name, so namespaced and plain documents read alike and
element order does not matter. Unknown elements (including the ``<script>`` some browsers
inject into saved pages) are ignored with a warning on the document.

Untrusted input: the parser resolves no entities, loads no DTD, touches no network and
refuses documents over `MAX_XML_BYTES`; a document that declares a DTD or entities (XXE,
billion laughs) is refused outright.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from section16.errors import NotOwnershipDocument, ReadError, UnsafeDocument
from section16.model import (
    DerivativeHolding,
    DerivativeTransaction,
    Footnote,
    Issuer,
    NonDerivativeHolding,
    NonDerivativeTransaction,
    OwnershipDocument,
    OwnerSignature,
    ReportingOwner,
)
from section16.rules import rule_warnings

MAX_XML_BYTES = 10 * 1024 * 1024

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    recover=False,
)
_DTD_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

# --- field tables -----------------------------------------------------------------------

_DECIMAL_FIELDS = frozenset(
    {
        "conversion_or_exercise_price",
        "transaction_shares",
        "transaction_total_value",
        "transaction_price_per_share",
        "underlying_security_shares",
        "underlying_security_value",
        "shares_owned_following_transaction",
        "value_owned_following_transaction",
    }
)
_DATE_FIELDS = frozenset({"transaction_date", "deemed_execution_date", "exercise_date", "expiration_date"})
_BOOL_FIELDS = frozenset({"equity_swap_involved"})

# Leaf elements of a table row, by local name.
_ROW_LEAVES = {
    "securityTitle": "security_title",
    "conversionOrExercisePrice": "conversion_or_exercise_price",
    "transactionDate": "transaction_date",
    "deemedExecutionDate": "deemed_execution_date",
    "transactionFormType": "transaction_form_type",
    "transactionCode": "transaction_code",
    "equitySwapInvolved": "equity_swap_involved",
    "transactionTimeliness": "transaction_timeliness",
    "transactionShares": "transaction_shares",
    "transactionTotalValue": "transaction_total_value",
    "transactionPricePerShare": "transaction_price_per_share",
    "transactionAcquiredDisposedCode": "transaction_acquired_disposed_code",
    "exerciseDate": "exercise_date",
    "expirationDate": "expiration_date",
    "underlyingSecurityTitle": "underlying_security_title",
    "underlyingSecurityShares": "underlying_security_shares",
    "underlyingSecurityValue": "underlying_security_value",
    "sharesOwnedFollowingTransaction": "shares_owned_following_transaction",
    "valueOwnedFollowingTransaction": "value_owned_following_transaction",
    "directOrIndirectOwnership": "direct_or_indirect_ownership",
    "natureOfOwnership": "nature_of_ownership",
}
# Grouping elements of a row; a footnoteId directly inside one qualifies this field.
_ROW_CONTAINERS = {
    "transactionCoding": "transaction_code",
    "transactionAmounts": "transaction_shares",
    "underlyingSecurity": "underlying_security_title",
    "postTransactionAmounts": "shares_owned_following_transaction",
    "ownershipNature": "direct_or_indirect_ownership",
}
_ROW_TYPES: dict[str, tuple[str, type]] = {
    "nonDerivativeTransaction": ("non_derivative_transactions", NonDerivativeTransaction),
    "nonDerivativeHolding": ("non_derivative_holdings", NonDerivativeHolding),
    "derivativeTransaction": ("derivative_transactions", DerivativeTransaction),
    "derivativeHolding": ("derivative_holdings", DerivativeHolding),
}
_ROW_FIELDS = {cls: frozenset(cls.__struct_fields__) for _, cls in _ROW_TYPES.values()}

_ISSUER_FIELDS = {
    "issuerCik": "issuer_cik",
    "issuerName": "issuer_name",
    "issuerTradingSymbol": "issuer_trading_symbol",
    "issuerForeignTradingSymbol": "issuer_foreign_trading_symbol",
}
_OWNER_FIELDS = {
    "rptOwnerCik": "rpt_owner_cik",
    "rptOwnerCcc": "rpt_owner_ccc",
    "rptOwnerName": "rpt_owner_name",
    "rptOwnerStreet1": "rpt_owner_street1",
    "rptOwnerStreet2": "rpt_owner_street2",
    "rptOwnerCity": "rpt_owner_city",
    "rptOwnerState": "rpt_owner_state",
    "rptOwnerZipCode": "rpt_owner_zip_code",
    "rptOwnerStateDescription": "rpt_owner_state_description",
    "rptOwnerGoodAddress": "rpt_owner_good_address",
    "rptOwnerNonUSAddressFlag": "rpt_owner_non_us_address_flag",
    "isDirector": "is_director",
    "isOfficer": "is_officer",
    "isTenPercentOwner": "is_ten_percent_owner",
    "isOther": "is_other",
    "officerTitle": "officer_title",
    "otherText": "other_text",
}
_OWNER_BOOLS = frozenset(
    {
        "is_director",
        "is_officer",
        "is_ten_percent_owner",
        "is_other",
        "rpt_owner_good_address",
        "rpt_owner_non_us_address_flag",
    }
)
_OWNER_GROUPS = frozenset({"reportingOwnerId", "reportingOwnerAddress", "reportingOwnerRelationship"})
_TOP_BOOLS = {
    "noSecuritiesOwned": "no_securities_owned",
    "notSubjectToSection16": "not_subject_to_section16",
    "form3HoldingsReported": "form3_holdings_reported",
    "form4TransactionsReported": "form4_transactions_reported",
    "aff10b5One": "aff10b5_one",
}
_TRUE = frozenset({"1", "true", "y", "yes", "t", "x"})
_FALSE = frozenset({"0", "false", "n", "no", "f", ""})


# --- value helpers ------------------------------------------------------------------------


_LOCAL_NAMES: dict[Any, str | None] = {}


def _local(tag: Any) -> str | None:
    """An element's name without its namespace (None for a comment or PI).

    Memoised: a document repeats a few dozen tags thousands of times, and this is the
    reader's hottest call. The cache is bounded so hostile input cannot grow it forever.
    """
    try:
        return _LOCAL_NAMES[tag]
    except KeyError:
        pass
    if not isinstance(tag, str):
        name = None  # comment or processing instruction
    else:
        i = tag.find("}")
        name = tag if i < 0 else tag[i + 1 :]
    if len(_LOCAL_NAMES) < 4096:
        _LOCAL_NAMES[tag] = name
    return name


def _text(el: Any) -> str:
    return (el.text or "").strip()


def parse_bool(raw: str) -> bool | None:
    """EDGAR flags: '1', 'true', 'Y' mean true; '0', 'false', 'N' false; empty is unknown."""
    low = raw.strip().lower()
    if not low:
        return None
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"not a yes/no flag: {raw!r}")


def parse_date(raw: str) -> date | None:
    """ISO date, dropping the zone EDGAR sometimes appends (2024-07-19-05:00)."""
    raw = raw.strip()
    if not raw:
        return None
    return date.fromisoformat(raw[:10])


def parse_decimal(raw: str) -> Decimal | None:
    raw = raw.strip().replace(",", "").lstrip("$")
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"not a number: {raw!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite number: {raw!r}")
    return value


def _convert(field: str, raw: str) -> Any:
    if field in _DECIMAL_FIELDS:
        return parse_decimal(raw)
    if field in _DATE_FIELDS:
        return parse_date(raw)
    if field in _BOOL_FIELDS:
        return parse_bool(raw)
    return raw or None


# --- the reader ---------------------------------------------------------------------------


class _Reader:
    """One document's worth of state: the warnings gathered while reading it."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    # A value element: <x><value>v</value><footnoteId id="F1"/></x>, or plain <x>v</x>.
    def leaf(self, el: Any) -> tuple[str, list[str]]:
        value: str | None = None
        notes: list[str] = []
        has_children = False
        for child in el:
            name = _local(child.tag)
            if name is None:
                continue
            has_children = True
            if name == "value":
                value = _text(child)
            elif name == "footnoteId":
                fid = child.get("id")
                if fid:
                    notes.append(fid.strip())
            else:
                self.warn(f"ignored unexpected element <{name}> inside <{_local(el.tag)}>")
        if value is None and not has_children:
            value = _text(el)
        return value or "", notes

    def row(self, el: Any, cls: type, where: str) -> Any:
        fields: dict[str, Any] = {}
        notes: dict[str, list[str]] = {}
        allowed = _ROW_FIELDS[cls]
        self._row_walk(el, fields, notes, allowed, where)
        return cls(**fields, footnote_ids=notes)

    def _row_walk(self, el: Any, fields: dict, notes: dict, allowed: frozenset, where: str) -> None:
        for child in el:
            name = _local(child.tag)
            if name is None:
                continue
            field = _ROW_LEAVES.get(name)
            if field is not None:
                raw, ids = self.leaf(child)
                if field not in allowed:
                    if raw or ids:
                        self.warn(f"{where}: ignored <{name}>, which does not belong in this table")
                    continue
                try:
                    value = _convert(field, raw)
                except ValueError as exc:
                    self.warn(f"{where}.{field}: {exc}; left empty")
                    value = None
                if value is not None:
                    fields[field] = value
                if ids:
                    notes.setdefault(field, []).extend(ids)
            elif name in _ROW_CONTAINERS:
                self._row_walk(child, fields, notes, allowed, where)
            elif name == "footnoteId":
                fid = (child.get("id") or "").strip()
                if fid:
                    target = _ROW_CONTAINERS.get(_local(el.tag) or "", "security_title")
                    notes.setdefault(target, []).append(fid)
            elif name == "value":
                continue
            else:
                self.warn(f"{where}: ignored unknown element <{name}>")

    def flat(self, el: Any, mapping: dict[str, str], groups: frozenset[str], where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for child in el:
            name = _local(child.tag)
            if name is None:
                continue
            if name in groups:
                out.update(self.flat(child, mapping, groups, where))
                continue
            field = mapping.get(name)
            if field is None:
                self.warn(f"{where}: ignored unknown element <{name}>")
                continue
            raw = _text(child)
            if field in _OWNER_BOOLS:
                try:
                    out[field] = parse_bool(raw)
                except ValueError as exc:
                    self.warn(f"{where}.{field}: {exc}")
            elif raw:
                out[field] = raw
        return out

    def document(self, root: Any) -> OwnershipDocument:
        doc = OwnershipDocument()
        tables: dict[str, list] = {name: [] for name, _ in _ROW_TYPES.values()}
        for child in root:
            name = _local(child.tag)
            if name is None:
                continue
            if name == "schemaVersion":
                doc.schema_version = _text(child) or None
            elif name == "documentType":
                doc.document_type = _text(child).upper() or None
            elif name in ("periodOfReport", "dateOfOriginalSubmission"):
                try:
                    value = parse_date(_text(child))
                except ValueError:
                    self.warn(f"<{name}> is not a date: {_text(child)!r}")
                    value = None
                if name == "periodOfReport":
                    doc.period_of_report = value
                else:
                    doc.date_of_original_submission = value
            elif name in _TOP_BOOLS:
                try:
                    setattr(doc, _TOP_BOOLS[name], parse_bool(_text(child)))
                except ValueError as exc:
                    self.warn(f"<{name}>: {exc}")
            elif name == "issuer":
                doc.issuer = Issuer(**self.flat(child, _ISSUER_FIELDS, frozenset(), "issuer"))
            elif name == "reportingOwner":
                where = f"reporting_owners[{len(doc.reporting_owners)}]"
                doc.reporting_owners.append(ReportingOwner(**self.flat(child, _OWNER_FIELDS, _OWNER_GROUPS, where)))
            elif name in ("nonDerivativeTable", "derivativeTable"):
                for row_el in child:
                    row_name = _local(row_el.tag)
                    if row_name is None:
                        continue
                    spec = _ROW_TYPES.get(row_name)
                    if spec is None:
                        self.warn(f"<{name}>: ignored unknown element <{row_name}>")
                        continue
                    table, cls = spec
                    tables[table].append(self.row(row_el, cls, f"{table}[{len(tables[table])}]"))
            elif name == "footnotes":
                for fn in child:
                    if _local(fn.tag) != "footnote":
                        continue
                    text = " ".join("".join(fn.itertext()).split())
                    doc.footnotes.append(Footnote(id=(fn.get("id") or "").strip(), text=text))
            elif name == "remarks":
                doc.remarks = " ".join("".join(child.itertext()).split()) or None
            elif name == "ownerSignature":
                sig: dict[str, Any] = {}
                for part in child:
                    pname = _local(part.tag)
                    if pname == "signatureName":
                        sig["signature_name"] = _text(part) or None
                    elif pname == "signatureDate":
                        try:
                            sig["signature_date"] = parse_date(_text(part))
                        except ValueError:
                            self.warn(f"<signatureDate> is not a date: {_text(part)!r}")
                doc.owner_signatures.append(OwnerSignature(**sig))
            else:
                self.warn(f"ignored unknown element <{name}>")
        for table, rows in tables.items():
            setattr(doc, table, rows)
        return doc


def _parse_tree(data: bytes, source: str | None) -> Any:
    name = source or "<input>"
    if len(data) > MAX_XML_BYTES:
        raise UnsafeDocument(f"XML is {len(data):,} bytes, over the {MAX_XML_BYTES:,}-byte limit", source=name)
    if _DTD_RE.search(data):
        raise UnsafeDocument("XML declares a DTD or entities; refused (possible XXE or entity bomb)", source=name)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        msg = str(exc).split("\n")[0]
        raise ReadError(f"malformed or truncated XML ({msg})", source=name) from None


def read_xml(data: bytes | str, *, source_name: str | None = None) -> OwnershipDocument:
    """Read one ``<ownershipDocument>`` into an `OwnershipDocument`.

    Rule breaches a real filing may contain (an unknown code, a date out of order) do not
    stop the read: they are listed in ``doc.warnings``.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    root = _parse_tree(data, source_name)
    if _local(root.tag) != "ownershipDocument":
        raise NotOwnershipDocument(
            f"not an ownership document (root element is <{_local(root.tag)}>, not <ownershipDocument>)",
            source=source_name or "<input>",
        )
    reader = _Reader(source_name)
    doc = reader.document(root)
    if doc.document_type is None:
        reader.warn("no <documentType>")
    missing = [
        tag
        for tag, absent in (
            ("documentType", doc.document_type is None),
            ("periodOfReport", doc.period_of_report is None),
            ("issuer", doc.issuer is None or not any(vars_of(doc.issuer))),
            ("reportingOwner", not any(o.rpt_owner_cik or o.rpt_owner_name for o in doc.reporting_owners)),
        )
        if absent
    ]
    if len(missing) == 4:  # nothing of a form at all: say so (exit 3), not an empty document in silence
        reader.warn(f"partial: the document is empty (required elements missing: {', '.join(missing)})")
    doc.warnings = reader.warnings + rule_warnings(doc)
    return doc


def vars_of(struct: object) -> list[object]:
    """The field values of a model struct (to tell an empty <issuer/> from a filled one)."""
    return [getattr(struct, f) for f in getattr(struct, "__struct_fields__", ())]
