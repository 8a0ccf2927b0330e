"""Exports: one ledger table as CSV / Parquet / JSON lines, or the whole ledger in the layout
of the SEC's Insider Transactions Data Sets (tab-separated, DD-MON-YYYY dates).

The SEC column names come from the data sets' published layout (see docs/ledger.md for
which ones were checked and what is approximated).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
import sqlalchemy as sa

from section16.errors import Section16Error
from section16.ledger import schema as S
from section16.ledger.store import LedgerError

if TYPE_CHECKING:
    from section16.ledger.store import Ledger
    from section16.model import OwnershipDocument

TABLE_NAMES = sorted(S.TABLES)
_JSON_TEXT_COLUMNS = {"footnote_ids", "document_json", "original_value", "new_value"}
_ENC = msgspec.json.Encoder()


def _rows(ledger: Ledger, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    if table not in S.TABLES:
        raise LedgerError(f"no table {table!r}: choose one of {', '.join(TABLE_NAMES)}")
    t = S.TABLES[table]
    cols = [c.name for c in t.columns]
    pk = list(t.primary_key.columns)

    def gen() -> Iterator[tuple[Any, ...]]:
        with ledger.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(sa.select(t).order_by(*pk))
            for row in result:
                yield tuple(row)

    return cols, gen()


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """An output that cannot be written (a folder where a file belongs, a file where a folder
    does, no permission) is one `Section16Error` naming it, not a traceback."""
    try:
        yield
    except OSError as exc:
        raise Section16Error(f"cannot write here ({exc.strerror or type(exc).__name__})", source=str(out)) from None


def export_table(ledger: Ledger, table: str, fmt: str, out: Path) -> int:
    """Write one table to ``out`` as csv, parquet or jsonl; returns the row count."""
    cols, rows = _rows(ledger, table)
    out = Path(out)
    if out.is_dir():
        raise Section16Error("is a folder: --out takes a file name for this format", source=str(out))
    with writing(out):
        return _export_table(table, cols, rows, fmt, out)


def _export_table(table: str, cols: list[str], rows: Iterator[tuple[Any, ...]], fmt: str, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    if fmt == "csv":
        with out.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for row in rows:
                w.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row])
                n += 1
    elif fmt == "jsonl":
        json_cols = [i for i, c in enumerate(cols) if c in _JSON_TEXT_COLUMNS]
        with out.open("wb") as fh:
            for row in rows:
                rec = list(row)
                for i in json_cols:  # JSON held as text in the database is written as JSON
                    rec[i] = msgspec.Raw(rec[i].encode()) if rec[i] else None
                fh.write(_ENC.encode(dict(zip(cols, rec, strict=True))) + b"\n")
                n += 1
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows)
        n = len(data)
        columns = {c: [r[i] for r in data] for i, c in enumerate(cols)}
        for c, t in ((c, S.TABLES[table].c[c].type) for c in cols):
            if isinstance(t, sa.Date):
                columns[c] = [date.fromisoformat(v) if isinstance(v, str) else v for v in columns[c]]
            elif isinstance(t, sa.DateTime):
                columns[c] = [datetime.fromisoformat(v) if isinstance(v, str) else v for v in columns[c]]
        pq.write_table(pa.table(columns), out)
    else:
        raise LedgerError(f"unknown export format {fmt!r}: csv, parquet or jsonl")
    return n


# -- the SEC's Insider Transactions Data Sets ----------------------------------------------
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def sec_date(d: date | None) -> str:
    """15-FEB-2013, as the data sets write dates."""
    return f"{d.day:02d}-{_MONTHS[d.month - 1]}-{d.year}" if d else ""


def _val(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, date):
        return sec_date(v)
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else str(v)
    return " ".join(str(v).split("\t")).replace("\r", " ").replace("\n", " ")


# (model field, SEC column, SEC footnote column or None)
_T = tuple[str, str, str | None]
_NONDERIV_TRANS: list[_T] = [
    ("security_title", "SECURITY_TITLE", "SECURITY_TITLE_FN"),
    ("transaction_date", "TRANS_DATE", "TRANS_DATE_FN"),
    ("deemed_execution_date", "DEEMED_EXECUTION_DATE", "DEEMED_EXECUTION_DATE_FN"),
    ("transaction_form_type", "TRANS_FORM_TYPE", None),
    ("transaction_code", "TRANS_CODE", None),
    ("equity_swap_involved", "EQUITY_SWAP_INVOLVED", "EQUITY_SWAP_TRANS_CD_FN"),
    ("transaction_timeliness", "TRANS_TIMELINESS", "TRANS_TIMELINESS_FN"),
    ("transaction_shares", "TRANS_SHARES", "TRANS_SHARES_FN"),
    ("transaction_price_per_share", "TRANS_PRICEPERSHARE", "TRANS_PRICEPERSHARE_FN"),
    ("transaction_acquired_disposed_code", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN"),
    ("shares_owned_following_transaction", "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN"),
    ("value_owned_following_transaction", "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN"),
    ("direct_or_indirect_ownership", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN"),
    ("nature_of_ownership", "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
]
_DERIV_TRANS: list[_T] = [
    ("security_title", "SECURITY_TITLE", "SECURITY_TITLE_FN"),
    ("conversion_or_exercise_price", "CONV_EXERCISE_PRICE", "CONV_EXERCISE_PRICE_FN"),
    ("transaction_date", "TRANS_DATE", "TRANS_DATE_FN"),
    ("deemed_execution_date", "DEEMED_EXECUTION_DATE", "DEEMED_EXECUTION_DATE_FN"),
    ("transaction_form_type", "TRANS_FORM_TYPE", None),
    ("transaction_code", "TRANS_CODE", None),
    ("equity_swap_involved", "EQUITY_SWAP_INVOLVED", "EQUITY_SWAP_TRANS_CD_FN"),
    ("transaction_timeliness", "TRANS_TIMELINESS", "TRANS_TIMELINESS_FN"),
    ("transaction_shares", "TRANS_SHARES", "TRANS_SHARES_FN"),
    ("transaction_total_value", "TRANS_TOTAL_VALUE", "TRANS_TOTAL_VALUE_FN"),
    ("transaction_price_per_share", "TRANS_PRICEPERSHARE", "TRANS_PRICEPERSHARE_FN"),
    ("transaction_acquired_disposed_code", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN"),
    ("exercise_date", "EXCERCISE_DATE", "EXCERCISE_DATE_FN"),  # sic: the data sets' spelling
    ("expiration_date", "EXPIRATION_DATE", "EXPIRATION_DATE_FN"),
    ("underlying_security_title", "UNDLYNG_SEC_TITLE", "UNDLYNG_SEC_TITLE_FN"),
    ("underlying_security_shares", "UNDLYNG_SEC_SHARES", "UNDLYNG_SEC_SHARES_FN"),
    ("underlying_security_value", "UNDLYNG_SEC_VALUE", "UNDLYNG_SEC_VALUE_FN"),
    ("shares_owned_following_transaction", "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN"),
    ("value_owned_following_transaction", "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN"),
    ("direct_or_indirect_ownership", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN"),
    ("nature_of_ownership", "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
]
_NONDERIV_HOLDING: list[_T] = [
    ("security_title", "SECURITY_TITLE", "SECURITY_TITLE_FN"),
    ("transaction_form_type", "TRANS_FORM_TYPE", "TRANS_FORM_TYPE_FN"),
    ("shares_owned_following_transaction", "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN"),
    ("value_owned_following_transaction", "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN"),
    ("direct_or_indirect_ownership", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN"),
    ("nature_of_ownership", "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
]
_DERIV_HOLDING: list[_T] = [
    ("security_title", "SECURITY_TITLE", "SECURITY_TITLE_FN"),
    ("conversion_or_exercise_price", "CONV_EXERCISE_PRICE", "CONV_EXERCISE_PRICE_FN"),
    ("transaction_form_type", "TRANS_FORM_TYPE", "TRANS_FORM_TYPE_FN"),
    ("exercise_date", "EXERCISE_DATE", "EXERCISE_DATE_FN"),
    ("expiration_date", "EXPIRATION_DATE", "EXPIRATION_DATE_FN"),
    ("underlying_security_title", "UNDLYNG_SEC_TITLE", "UNDLYNG_SEC_TITLE_FN"),
    ("underlying_security_shares", "UNDLYNG_SEC_SHARES", "UNDLYNG_SEC_SHARES_FN"),
    ("underlying_security_value", "UNDLYNG_SEC_VALUE", "UNDLYNG_SEC_VALUE_FN"),
    ("shares_owned_following_transaction", "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN"),
    ("value_owned_following_transaction", "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN"),
    ("direct_or_indirect_ownership", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN"),
    ("nature_of_ownership", "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
]
ROW_LAYOUTS: dict[str, tuple[str, str, list[_T]]] = {
    "non_derivative_transactions": ("NONDERIV_TRANS.tsv", "NONDERIV_TRANS_SK", _NONDERIV_TRANS),
    "non_derivative_holdings": ("NONDERIV_HOLDING.tsv", "NONDERIV_HOLDING_SK", _NONDERIV_HOLDING),
    "derivative_transactions": ("DERIV_TRANS.tsv", "DERIV_TRANS_SK", _DERIV_TRANS),
    "derivative_holdings": ("DERIV_HOLDING.tsv", "DERIV_HOLDING_SK", _DERIV_HOLDING),
}
SUBMISSION_COLUMNS = [
    "ACCESSION_NUMBER",
    "FILING_DATE",
    "PERIOD_OF_REPORT",
    "DATE_OF_ORIG_SUB",
    "NO_SECURITIES_OWNED",
    "NOT_SUBJECT_SEC16",
    "FORM3_HOLDINGS_REPORTED",
    "FORM4_TRANS_REPORTED",
    "DOCUMENT_TYPE",
    "ISSUERCIK",
    "ISSUERNAME",
    "ISSUERTRADINGSYMBOL",
    "REMARKS",
    "AFF10B5ONE",
]
REPORTINGOWNER_COLUMNS = [
    "ACCESSION_NUMBER",
    "RPTOWNERCIK",
    "RPTOWNERNAME",
    "RPTOWNER_RELATIONSHIP",
    "RPTOWNER_TITLE",
    "RPTOWNER_TXT",
    "RPTOWNER_STREET1",
    "RPTOWNER_STREET2",
    "RPTOWNER_CITY",
    "RPTOWNER_STATE",
    "RPTOWNER_ZIPCODE",
    "RPTOWNER_STATE_DESC",
    "FILE_NUMBER",
]
FOOTNOTES_COLUMNS = ["ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"]
SIGNATURE_COLUMNS = ["ACCESSION_NUMBER", "OWNERSIGNATURENAME", "OWNERSIGNATUREDATE"]


def _columns(layout: list[_T], sk: str) -> list[str]:
    cols = ["ACCESSION_NUMBER", sk]
    for _f, col, fn in layout:
        cols.append(col)
        if fn:
            cols.append(fn)
    return cols


def _relationship(ro: Any) -> str:
    parts = []
    if ro.is_director:
        parts.append("Director")
    if ro.is_officer:
        parts.append("Officer")
    if ro.is_ten_percent_owner:
        parts.append("TenPercentOwner")
    if ro.is_other:
        parts.append("Other")
    return ",".join(parts)


def export_sec_dataset(ledger: Ledger, out: Path) -> dict[str, int]:
    """Write the eight data-set files into folder ``out``; returns rows per file.

    ACCESSION_NUMBER is the filing key (the accession number where known). Amended
    filings are exported as filed, like the SEC's sets do; a filing stored in two shapes once.
    """
    out = Path(out)
    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    names = ["SUBMISSION.tsv", "REPORTINGOWNER.tsv"] + [v[0] for v in ROW_LAYOUTS.values()]
    names += ["FOOTNOTES.tsv", "OWNER_SIGNATURE.tsv"]
    headers = {
        "SUBMISSION.tsv": SUBMISSION_COLUMNS,
        "REPORTINGOWNER.tsv": REPORTINGOWNER_COLUMNS,
        "FOOTNOTES.tsv": FOOTNOTES_COLUMNS,
        "OWNER_SIGNATURE.tsv": SIGNATURE_COLUMNS,
    }
    for _table, (fname, sk, layout) in ROW_LAYOUTS.items():
        headers[fname] = _columns(layout, sk)
    with writing(out):
        handles = {n: (out / n).open("w", encoding="utf-8", newline="") for n in names}
    counts = dict.fromkeys(names, 0)
    sks = dict.fromkeys(ROW_LAYOUTS, 0)

    def put(name: str, values: list[Any]) -> None:
        handles[name].write("\t".join(_val(v) for v in values) + "\n")
        counts[name] += 1

    try:
        for name in names:
            handles[name].write("\t".join(headers[name]) + "\n")
        for key, doc in ledger.iter_documents(other_shapes=False):
            _write_doc(key, doc, put, sks)
    finally:
        for h in handles.values():
            h.close()
    return counts


def _write_doc(key: str, doc: OwnershipDocument, put: Any, sks: dict[str, int]) -> None:
    meta = doc.metadata
    iss = doc.issuer
    put(
        "SUBMISSION.tsv",
        [
            key,
            meta.filing_date if meta else None,
            doc.period_of_report,
            doc.date_of_original_submission,
            doc.no_securities_owned,
            doc.not_subject_to_section16,
            doc.form3_holdings_reported,
            doc.form4_transactions_reported,
            doc.document_type,
            iss.issuer_cik,
            iss.issuer_name,
            iss.issuer_trading_symbol,
            doc.remarks,
            doc.aff10b5_one,
        ],
    )
    for ro in doc.reporting_owners:
        put(
            "REPORTINGOWNER.tsv",
            [
                key,
                ro.rpt_owner_cik,
                ro.rpt_owner_name,
                _relationship(ro),
                ro.officer_title,
                ro.other_text,
                ro.rpt_owner_street1,
                ro.rpt_owner_street2,
                ro.rpt_owner_city,
                ro.rpt_owner_state,
                ro.rpt_owner_zip_code,
                ro.rpt_owner_state_description,
                None,
            ],
        )
    for table, (fname, _sk, layout) in ROW_LAYOUTS.items():
        for row in getattr(doc, table):
            sks[table] += 1
            values: list[Any] = [key, sks[table]]
            for field, _col, fn in layout:
                values.append(getattr(row, field, None))
                if fn:
                    ids = row.footnote_ids.get(field, [])
                    if field == "equity_swap_involved":
                        ids = ids + row.footnote_ids.get("transaction_code", [])
                    values.append(",".join(ids) or None)
            put(fname, values)
    for f in doc.footnotes:
        put("FOOTNOTES.tsv", [key, f.id, f.text])
    for s in doc.owner_signatures:
        put("OWNER_SIGNATURE.tsv", [key, s.signature_name, s.signature_date])
