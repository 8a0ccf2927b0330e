"""What the API routes and the pages share: reading uploads, checks, field views, writes.

Kept free of routing so the same behaviour backs ``POST /api/parse`` and the upload
page, and so the web layer never talks SQL: every query goes through `Ledger`.
"""

from __future__ import annotations

import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import msgspec
from fastapi import HTTPException, Request

from section16.errors import MissingDependency, Section16Error
from section16.model import ROW_TABLES, OwnershipDocument
from section16.paths import get_path, set_path, split_path

# -- auth ---------------------------------------------------------------------------------


def require_token(request: Request, form_token: str | None = None) -> None:
    """Allow a write only with the configured token (bearer header or ``token`` form field)."""
    expected = request.app.state.config.token
    if expected is None:
        raise HTTPException(403, "writes are disabled on this server: start it with --token or $SECTION16_TOKEN set")
    given = form_token
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        given = header[7:].strip()
    if not given:
        raise HTTPException(
            401,
            "this write needs the server's token: send 'Authorization: Bearer <token>' or a 'token' field",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "wrong token", headers={"WWW-Authenticate": "Bearer"})


# -- ledger access ------------------------------------------------------------------------


def get_document(ledger: Any, key: str) -> OwnershipDocument:
    """A stored filing (corrections applied); 404 when the ledger has no such key."""
    try:
        return ledger.get_document(key)
    except (KeyError, Section16Error) as exc:
        raise HTTPException(404, f"no filing {key!r} in the ledger") from exc


def get_document_json(ledger: Any, key: str) -> bytes:
    """A stored filing's JSON form (corrections applied) as bytes; 404 when there is none."""
    try:
        return ledger.get_document_json(key)
    except (KeyError, Section16Error) as exc:
        raise HTTPException(404, f"no filing {key!r} in the ledger") from exc


def record_corrections(ledger: Any, key: str, pairs: list[tuple[str, Any]], author: str | None) -> None:
    """Record each correction; a value the field can't take becomes 422 with the ledger's reason."""
    for path, value in pairs:
        try:
            ledger.record_correction(key, path, value, author=author)
        except Section16Error as exc:
            raise HTTPException(422, str(exc)) from exc


# -- reading ------------------------------------------------------------------------------


def read_upload(data: bytes, filename: str | None) -> OwnershipDocument:
    """Parse an uploaded file (XML, submission, PDF or text) without storing it.

    A file the readers refuse becomes 422 with the readers' one-line message.
    """
    from section16 import parse

    name = (filename or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1] or "upload"
    try:
        return parse(data, source_name=name)
    except MissingDependency as exc:
        raise HTTPException(501, str(exc)) from exc
    except Section16Error as exc:
        raise HTTPException(422, str(exc)) from exc
    except ModuleNotFoundError as exc:  # a reader not installed in this build
        raise HTTPException(501, f"{name}: no reader for this kind of file yet ({exc.name})") from exc


def check_findings(doc: OwnershipDocument) -> list[dict[str, Any]] | None:
    """The checks' findings as plain dicts; None when the checks module isn't there."""
    try:
        from section16.checks import check_document
    except ImportError:
        return None
    out = []
    for f in check_document(doc):
        item = (
            f.to_dict()
            if hasattr(f, "to_dict")
            else {k: getattr(f, k, None) for k in ("rule", "severity", "path", "message")}
        )
        out.append({k: _plain(v) for k, v in item.items()})
    return out


def _plain(value: Any) -> Any:
    """A JSON-able scalar: enums by their value, anything else odd as text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return getattr(value, "value", str(value))


# -- field views --------------------------------------------------------------------------

SKIP_TOP = {
    "metadata",
    "extraction",
    "warnings",
    "issuer",
    "reporting_owners",
    "footnotes",
    "owner_signatures",
    *ROW_TABLES,
}
SECTION_LABELS = {
    "document": "Document",
    "issuer": "Issuer",
    "reporting_owners": "Reporting owner",
    "non_derivative_transactions": "Table I transaction",
    "non_derivative_holdings": "Table I holding",
    "derivative_transactions": "Table II transaction",
    "derivative_holdings": "Table II holding",
    "footnotes": "Footnote",
    "owner_signatures": "Signature",
}


@dataclass
class FieldView:
    """One field as the pages show it: where it is, what was read, how sure the reader is."""

    path: str
    section: str
    name: str
    value: str
    uncertain: bool
    evidence: str | None


def show_value(value: Any) -> str:
    """A field's value as every page prints it: JSON's true/false for a flag, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def field_views(doc: OwnershipDocument) -> list[FieldView]:
    """Every scalar field of the document with its path in the ``uncertain_fields`` syntax."""
    data = doc.to_dict()
    ext = doc.extraction
    uncertain = set(ext.uncertain_fields) if ext else set()
    evidence = dict(ext.evidence) if ext else {}
    out: list[FieldView] = []

    def add(path: str, section: str, name: str, value: Any) -> None:
        out.append(FieldView(path, section, name, show_value(value), path in uncertain, evidence.get(path)))

    for key, value in data.items():
        if key not in SKIP_TOP and not isinstance(value, dict | list):
            add(key, SECTION_LABELS["document"], key, value)
    for key, value in (data.get("issuer") or {}).items():
        add(f"issuer.{key}", SECTION_LABELS["issuer"], key, value)
    for table in ("reporting_owners", *ROW_TABLES, "footnotes", "owner_signatures"):
        for i, row in enumerate(data.get(table) or []):
            label = f"{SECTION_LABELS[table]} {i + 1}"
            for key, value in row.items():
                if key == "footnote_ids":
                    continue
                add(f"{table}[{i}].{key}", label, key, value)
    # Uncertain paths the flattening didn't produce (e.g. a row-level doubt) still show.
    known = {f.path for f in out}
    for path in sorted(uncertain - known):
        out.append(FieldView(path, "Other", path, "", True, evidence.get(path)))
    return out


def sections(fields: list[FieldView]) -> dict[str, list[FieldView]]:
    """Group field views by section, keeping document order."""
    grouped: dict[str, list[FieldView]] = {}
    for f in fields:
        grouped.setdefault(f.section, []).append(f)
    return grouped


def parse_result(doc: OwnershipDocument) -> dict[str, Any]:
    """The answer of ``POST /api/parse``: the JSON form plus what the UI needs to review it."""
    ext = doc.extraction
    return {
        "document": doc.to_dict(),
        "source_format": ext.source_format if ext else "xml",
        "uncertain_fields": list(ext.uncertain_fields) if ext else [],
        "evidence": dict(ext.evidence) if ext else {},
        "warnings": [*doc.warnings, *(ext.warnings if ext else [])],
        "findings": check_findings(doc),
        "fields": [f.__dict__ for f in field_views(doc)],
    }


# -- writes -------------------------------------------------------------------------------

_PATH = re.compile(r"^[a-z_0-9]+(\[\d+\])?(\.[a-z_0-9]+)?$")


def validate_corrections(doc: OwnershipDocument, corrections: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """Check each correction names a real field; return ``(path, value)`` pairs to record.

    Values come as text from the form; an empty string means "no value" (None).
    """
    known = {f.path: f for f in field_views(doc)}
    out = []
    for item in corrections:
        if not isinstance(item, dict) or "path" not in item:
            raise HTTPException(422, "each correction needs a 'path' and a 'value'")
        path = str(item["path"])
        if not _PATH.match(path) or path not in known:
            raise HTTPException(422, f"correction names no field of this filing: {path!r}")
        value = item.get("value")
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None and known[path].value == show_value(value):
            continue  # unchanged: not a correction
        out.append((path, value))
    return _check_types(doc, out)


def _check_types(doc: OwnershipDocument, corrections: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Refuse, before anything is stored, a value its field can't take (a date that isn't one),
    and return each value as its field holds it (a flag typed 'False' is recorded as false).

    Same conversion the ledger applies when it records the correction, so an upload is
    never stored with only some of its corrections.
    """
    data = doc.to_dict()
    out = []
    for path, value in corrections:
        set_path(data, split_path(path), value, path)
        try:
            typed = OwnershipDocument.from_dict(data).to_dict()
        except msgspec.ValidationError as exc:
            raise HTTPException(422, f"{path} cannot be {value!r} ({exc})") from exc
        out.append((path, value if value is None else get_path(typed, split_path(path), path)))
    return out


def save_document(
    ledger: Any,
    doc: OwnershipDocument,
    corrections: list[tuple[str, Any]],
    *,
    source_path: str | None,
    author: str | None,
) -> dict[str, Any]:
    """Store the reading as read, then each correction on top of it (the original is kept)."""
    ext = doc.extraction
    key, status = ledger.add_document(doc, source_path=source_path, source_format=ext.source_format if ext else "xml")
    record_corrections(ledger, key, corrections, author)
    return {"key": key, "status": status, "corrections": [{"path": p, "value": v} for p, v in corrections]}


# -- issuer charts ------------------------------------------------------------------------


def _num(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def monthly_net(transactions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Open-market buying (code P) and selling (code S) by month, in shares and dollars.

    Grants, exercises and tax withholding are left out: they say little about what an
    insider thinks of the price, which is what this chart is for.
    """
    months: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for t in transactions:
        code = t.get("transaction_code")
        if code not in ("P", "S"):
            continue
        day = str(t.get("transaction_date") or "")[:7]
        if len(day) != 7:
            continue
        shares = _num(t.get("transaction_shares")) or Decimal(0)
        value = _num(t.get("transaction_value"))
        if value is None:
            value = shares * (_num(t.get("transaction_price_per_share")) or Decimal(0))
        side = "bought" if code == "P" else "sold"
        months[day][f"{side}_shares"] += shares
        months[day][f"{side}_value"] += value
    out = []
    for month in sorted(months):
        m = months[month]
        out.append(
            {
                "month": month,
                "bought_shares": float(m["bought_shares"]),
                "sold_shares": float(m["sold_shares"]),
                "bought_value": round(float(m["bought_value"]), 2),
                "sold_value": round(float(m["sold_value"]), 2),
                "net_value": round(float(m["bought_value"] - m["sold_value"]), 2),
            }
        )
    return out
