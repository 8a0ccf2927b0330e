"""The cheap rules every reader applies while reading: a real filing that breaks them
still reads, with the breach listed in ``doc.warnings``.

The code tables live in `section16.codes`; the full rule set, with severities and plain
explanations, lives in `section16.checks`.
"""

from __future__ import annotations

from section16.codes import (
    ACQUIRED_DISPOSED,
    DOCUMENT_TYPES,
    OWNERSHIP_FORMS,
    TRANSACTION_CODES,
    implied_direction,
)
from section16.model import OwnershipDocument


def rule_warnings(doc: OwnershipDocument) -> list[str]:
    out: list[str] = []
    if doc.document_type and doc.document_type not in DOCUMENT_TYPES:
        out.append(f"document_type {doc.document_type!r} is not one of 3, 4, 5 (or /A)")
    signed = [s.signature_date for s in doc.owner_signatures if s.signature_date]
    last_signed = max(signed) if signed else None
    for table, i, row in doc.rows():
        where = f"{table}[{i}]"
        code = getattr(row, "transaction_code", None)
        if code is not None and code not in TRANSACTION_CODES:
            out.append(f"{where}.transaction_code: {code!r} is not an SEC transaction code")
        ad = getattr(row, "transaction_acquired_disposed_code", None)
        if ad is not None and ad not in ACQUIRED_DISPOSED:
            out.append(f"{where}.transaction_acquired_disposed_code: {ad!r} is not A or D")
        elif ad and code:
            implied = implied_direction(code, table)
            if implied and implied != ad:
                out.append(f"{where}: code {code} implies {implied} but the row says {ad}")
        di = row.direct_or_indirect_ownership
        if di is not None and di not in OWNERSHIP_FORMS:
            out.append(f"{where}.direct_or_indirect_ownership: {di!r} is not D or I")
        tdate = getattr(row, "transaction_date", None)
        if tdate and last_signed and tdate > last_signed:
            out.append(f"{where}.transaction_date {tdate} is after the signature date {last_signed}")
    return out
