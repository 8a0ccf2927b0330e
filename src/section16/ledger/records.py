"""Turning one `OwnershipDocument` into the ledger's rows (filings children and keys).

Kept free of database access so parse workers and the writer share it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import msgspec

from section16.ledger.normalize import norm_person, norm_text
from section16.model import ROW_TABLES, OwnershipDocument

_CANON = msgspec.json.Encoder(decimal_format="number", order="sorted")
_ACCESSION = re.compile(r"^\s*(\d{10})-?(\d{2})-?(\d{6})\s*$")


@dataclass(slots=True)
class Prepared:
    """A parsed document ready to store: its JSON form and its content hash."""

    doc: OwnershipDocument
    raw_json: bytes
    content_hash: str
    source_path: str | None = None
    source_format: str | None = None
    fingerprint: str | None = None

    @property
    def filing_key(self) -> str:
        return filing_key(self.doc, self.content_hash)


def content_hash(doc: OwnershipDocument) -> str:
    """SHA-256 of the canonical JSON form, ignoring where the file was read from."""
    data = doc.to_dict()
    meta = data.get("metadata")
    if isinstance(meta, dict):
        meta = dict(meta)
        meta.pop("source_path", None)
        data["metadata"] = meta
    return hashlib.sha256(_CANON.encode(data)).hexdigest()


AUTHORITATIVE_FORMATS = frozenset({"xml", "submission"})
"""Source formats that are EDGAR's own data; everything else is a reading of a rendering."""


def fingerprint(doc: OwnershipDocument) -> str | None:
    """What makes two documents the same filing whatever their shape: form, period, issuer
    and owners by name (CIKs are not printed on the form), and every table row's date, code,
    amount, direction, amount owned after and ownership form. Remarks, prices, footnotes and
    CIKs are left out: readings of PDFs and OCR text get those wrong or lack them.

    None when the document says too little to be recognised (no form type, period, issuer
    name, owner name or rows), so it is never taken for another.
    """
    issuer = norm_text(doc.issuer.issuer_name)
    owners = sorted(norm_person(o.rpt_owner_name) for o in doc.reporting_owners)
    rows = []
    for table in ROW_TABLES:
        for row in getattr(doc, table):
            rows.append(
                [
                    table,
                    norm_text(row.security_title),
                    str(getattr(row, "transaction_date", None) or ""),
                    (getattr(row, "transaction_code", None) or "").strip().upper(),
                    _fp_num(getattr(row, "transaction_shares", None)),
                    (getattr(row, "transaction_acquired_disposed_code", None) or "").strip().upper(),
                    _fp_num(row.shares_owned_following_transaction),
                    (row.direct_or_indirect_ownership or "").strip().upper()[:1],
                ]
            )
    if not (doc.document_type and doc.period_of_report and issuer and owners and all(owners) and rows):
        return None
    essentials = [doc.document_type, doc.period_of_report.isoformat(), issuer, owners, rows]
    return hashlib.sha256(_CANON.encode(essentials)).hexdigest()


def _fp_num(value: Any) -> str:
    """A number as plain digits, whatever type a caller built the document with."""
    return "" if value is None else format(Decimal(str(value)).normalize(), "f")


def prepare(doc: OwnershipDocument, source_path: str | None = None, source_format: str | None = None) -> Prepared:
    if source_format is None and doc.extraction is not None:
        source_format = doc.extraction.source_format
    if source_path is None and doc.metadata is not None:
        source_path = doc.metadata.source_path
    return Prepared(doc, doc.to_json().encode(), content_hash(doc), source_path, source_format, fingerprint(doc))


def norm_accession(raw: str | None) -> str | None:
    """EDGAR's 0001234567-13-000123 form, or the stripped text when it is not one."""
    if not raw or not raw.strip():
        return None
    m = _ACCESSION.match(raw)
    return "-".join(m.groups()) if m else raw.strip()


def filing_key(doc: OwnershipDocument, chash: str) -> str:
    """The accession number where known, else ``sha256:`` and 32 hex digits of the content hash."""
    acc = norm_accession(doc.metadata.accession_number if doc.metadata else None)
    return acc if acc else f"sha256:{chash[:32]}"


def _num(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _key_num(value: Decimal | None) -> str:
    return format(value.normalize(), "f") if value is not None else ""


def position_key(table: str, row: Any) -> str:
    """Which position a row moves: table kind, security, ownership form (and grant terms).

    ``N|COMMON STOCK|D|`` or ``D|STOCK OPTION RIGHT TO BUY|D||2.76|2022-03-15``.
    """
    derivative = table.startswith("derivative")
    form = (row.direct_or_indirect_ownership or "").strip().upper()[:1]
    nature = norm_text(row.nature_of_ownership) if form == "I" else ""
    key = f"{'D' if derivative else 'N'}|{norm_text(row.security_title)}|{form}|{nature}"
    if derivative:
        exp = row.expiration_date.isoformat() if row.expiration_date else ""
        key += f"|{_key_num(row.conversion_or_exercise_price)}|{exp}"
    return key


_ROW_FIELDS = (
    "security_title",
    "transaction_date",
    "deemed_execution_date",
    "transaction_form_type",
    "transaction_code",
    "equity_swap_involved",
    "transaction_timeliness",
    "transaction_shares",
    "transaction_price_per_share",
    "transaction_total_value",
    "transaction_acquired_disposed_code",
    "conversion_or_exercise_price",
    "exercise_date",
    "expiration_date",
    "underlying_security_title",
    "underlying_security_shares",
    "underlying_security_value",
    "shares_owned_following_transaction",
    "value_owned_following_transaction",
    "direct_or_indirect_ownership",
    "nature_of_ownership",
)
_FLOAT_FIELDS = {
    "transaction_shares",
    "transaction_price_per_share",
    "transaction_total_value",
    "conversion_or_exercise_price",
    "underlying_security_shares",
    "underlying_security_value",
    "shares_owned_following_transaction",
    "value_owned_following_transaction",
}
_JSON = msgspec.json.Encoder()


def entry_rows(filing_id: int, doc: OwnershipDocument) -> list[dict[str, Any]]:
    """One ``entries`` row per table row of the document, in table order."""
    out = []
    for table in ROW_TABLES:
        is_tx = table.endswith("transactions")
        for i, row in enumerate(getattr(doc, table)):
            rec: dict[str, Any] = {}
            for f in _ROW_FIELDS:
                v = getattr(row, f, None)
                rec[f] = float(v) if (v is not None and f in _FLOAT_FIELDS) else v
            shares = getattr(row, "transaction_shares", None) if is_tx else None
            price = getattr(row, "transaction_price_per_share", None) if is_tx else None
            ad = (getattr(row, "transaction_acquired_disposed_code", None) or "").strip().upper() if is_tx else ""
            signed = None
            if shares is not None and ad in ("A", "D"):
                signed = float(shares) if ad == "A" else -float(shares)
            value = float(shares * price) if shares is not None and price is not None else None
            if value is None and is_tx and getattr(row, "transaction_total_value", None) is not None:
                value = float(row.transaction_total_value)
            tx_date = getattr(row, "transaction_date", None) if is_tx else None
            rec.update(
                filing_id=filing_id,
                table_name=table,
                row_index=i,
                is_derivative=table.startswith("derivative"),
                is_transaction=is_tx,
                position_key=position_key(table, row),
                row_date=tx_date or doc.period_of_report,
                signed_shares=signed,
                transaction_value=value,
                footnote_ids=_JSON.encode(row.footnote_ids).decode(),
            )
            out.append(rec)
    return out
