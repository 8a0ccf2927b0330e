"""Unwrap EDGAR full-submission files (.txt with an SGML header, or .nc).

A submission carries a header (accession number, filing date, form type) and one or more
``<DOCUMENT>`` parts; the ownership XML sits between ``<XML>`` and ``</XML>``. The header
facts are kept on ``doc.metadata`` so the ledger can key filings by accession number.
"""

from __future__ import annotations

import re
from datetime import date

from section16.errors import NotOwnershipDocument
from section16.model import FilingMetadata, OwnershipDocument
from section16.readers.xml import read_xml

_XML_BLOCK = re.compile(rb"<XML>\s*(.*?)\s*</XML>", re.IGNORECASE | re.DOTALL)
_HEADER_PATTERNS = {
    "accession_number": (
        re.compile(rb"ACCESSION[ -]NUMBER:\s*([0-9-]+)", re.IGNORECASE),
        re.compile(rb"<ACCESSION-NUMBER>\s*([0-9-]+)", re.IGNORECASE),
    ),
    "filing_date": (
        re.compile(rb"FILED AS OF DATE:\s*(\d{8})", re.IGNORECASE),
        re.compile(rb"<FILING-DATE>\s*(\d{8})", re.IGNORECASE),
    ),
    "form_type": (
        re.compile(rb"CONFORMED SUBMISSION TYPE:\s*(\S+)", re.IGNORECASE),
        re.compile(rb"<TYPE>\s*(\S+)", re.IGNORECASE),
    ),
}


def read_header(data: bytes) -> FilingMetadata:
    """The filing facts an SGML header states (any of them may be absent)."""
    head = data[: data.upper().find(b"<DOCUMENT>") if b"<DOCUMENT>" in data[:200_000].upper() else 200_000]
    found: dict[str, str] = {}
    for field, patterns in _HEADER_PATTERNS.items():
        for pattern in patterns:
            m = pattern.search(head)
            if m:
                found[field] = m.group(1).decode("ascii", "replace")
                break
    filing_date = None
    if "filing_date" in found:
        raw = found["filing_date"]
        filing_date = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    return FilingMetadata(
        accession_number=found.get("accession_number"),
        filing_date=filing_date,
        form_type=found.get("form_type"),
    )


def read_submission(data: bytes, *, source_name: str | None = None) -> OwnershipDocument:
    """Read the ownership document inside a full-submission file."""
    meta = read_header(data)
    for block in _XML_BLOCK.finditer(data):
        body = block.group(1)
        if b"ownershipDocument" in body[:4096]:
            doc = read_xml(body, source_name=source_name)
            meta.source_path = source_name
            doc.metadata = meta
            if meta.form_type and doc.document_type and meta.form_type.upper() != doc.document_type:
                doc.warnings.append(
                    f"header says form {meta.form_type} but the XML says document type {doc.document_type}"
                )
            return doc
    raise NotOwnershipDocument(
        "EDGAR submission holds no ownership XML (<XML><ownershipDocument>)", source=source_name or "<input>"
    )
