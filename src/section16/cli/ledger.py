"""Ledger commands: ingest, holdings, timeline, gaps, transactions, filings, search, correct, export.

Every command takes ``--db`` (a SQLite file or a database URL; default
$SECTION16_DATABASE_URL, else ./section16.db). Query commands take ``--format``:
``table`` (default when stdout is a terminal), ``json`` (default otherwise) or ``csv``.
"""

from __future__ import annotations

import csv
import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import msgspec
import typer
from rich.console import Console
from rich.table import Table

from section16.cli import EXIT_BAD_INPUT, EXIT_FAILURES, EXIT_OK, app
from section16.errors import Section16Error


class Fmt(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL (default: $SECTION16_DATABASE_URL or ./section16.db)."),
]
FmtOpt = Annotated[
    Fmt | None, typer.Option("--format", "-f", help="table (default on a terminal), json (default otherwise), csv.")
]
OwnerOpt = Annotated[str | None, typer.Option("--owner", help="Owner name (any word order) or CIK.")]
IssuerOpt = Annotated[str | None, typer.Option("--issuer", help="Issuer ticker, CIK or name.")]
# a negative limit was no limit at all on SQLite (and an error on PostgreSQL), 0 said "no rows in the ledger"
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (paging).")]

_err = Console(stderr=True, soft_wrap=True)


def say(message: str) -> None:
    """One line on stderr, ``section16: ...`` as every command writes its errors (plain text:
    a path or a field such as ``rows[0]`` is never taken for Rich markup)."""
    _err.print(f"section16: {message}", highlight=False, markup=False, soft_wrap=True)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    say(message)
    return typer.Exit(code)


def _open(db: str | None, *, create: bool = False) -> Any:
    """The ledger, or one line and exit 2; only ingest may create it (a typo must not)."""
    from section16.ledger import Ledger

    try:
        return Ledger(db, create=create)
    except Section16Error as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - a bad URL or unreachable server is a usage error
        raise _fail(f"cannot open ledger {db or '(default)'}: {' '.join(str(exc).split())[:300]}") from None


def _emit(
    rows: list[dict[str, Any]],
    fmt: Fmt | None,
    *,
    title: str,
    columns: list[str] | None = None,
    filters: dict[str, Any] | None = None,
    noun: str | None = None,
) -> None:
    """Rows on stdout; when none matched, also one line on stderr saying so (stdout stays
    valid empty JSON/CSV for a script, and a person at a terminal learns the filter missed)."""
    if not rows:
        given = [f"{k.replace('_', '-')} {v!r}" for k, v in (filters or {}).items() if v not in (None, "")]
        where = f" match {', '.join(given)}" if given else " in the ledger"
        _err.print(f"no {noun or title.lower()}{where}", highlight=False, markup=False)
    fmt = fmt or (Fmt.table if sys.stdout.isatty() else Fmt.json)
    if fmt is Fmt.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(rows), indent=2).decode() + "\n")
        return
    cols = columns or (list(rows[0].keys()) if rows else [])
    if fmt is Fmt.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _raw(r.get(k)) for k in cols})
        sys.stdout.write(buf.getvalue())
        return
    table = Table(title=f"{title} ({len(rows)})")
    for c in cols:
        table.add_column(c.replace("_", " "), overflow="fold", no_wrap=c == "date" or c.endswith("_date"))
    for r in rows:
        table.add_row(*[_cell(r.get(c), short_key=c.endswith(("filing_key", "_filing"))) for c in cols])
    # Piped or redirected, Rich would squeeze the table into 80 columns; let it take its width.
    Console(width=None if sys.stdout.isatty() else 240).print(table)


def _raw(v: Any) -> Any:
    return msgspec.json.encode(v).decode() if isinstance(v, dict | list) else v


def _cell(v: Any, *, short_key: bool = False) -> str:
    """A value as a table shows it: thousands separated, content-hash keys shortened
    (the full key is in --format json/csv)."""
    if v is None:
        return ""
    if isinstance(v, float | int) and not isinstance(v, bool):
        return f"{v:,}" if abs(v) >= 1_000 else str(v)
    if short_key and isinstance(v, str) and v.startswith("sha256:") and len(v) > 15:
        return v[:15] + "…"
    if isinstance(v, dict | list):
        return msgspec.json.encode(v).decode()
    return str(v)


def _guard(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except Section16Error as exc:
        raise _fail(str(exc)) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, .zip/.tar.gz archives.")],
    db: DbOpt = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Parse processes (default: all cores).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    progress: Annotated[bool | None, typer.Option(help="Progress bar on stderr (default: on a terminal).")] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            envvar="SECTION16_DASK_SCHEDULER",
            help="Parse on a Dask cluster: scheduler address tcp://HOST:8786 (see docs/scale.md).",
        ),
    ] = None,
    shared_storage: Annotated[
        bool,
        typer.Option(help="With --scheduler: workers read the paths themselves (same paths on every worker)."),
    ] = False,
) -> None:
    """Store filings in the ledger; re-ingesting a stored filing changes nothing."""
    if blank := [p for p in paths if not p.strip()]:  # '' is '.': it would ingest the current folder
        raise _fail(f"{blank[0]!r} is a blank path: name files, folders or patterns")
    if shared_storage and not scheduler:  # it was ignored: the files were read here as always
        raise _fail("--shared-storage goes with --scheduler (workers of a Dask cluster read the paths)")
    ledger = _open(db, create=True)
    show = sys.stderr.isatty() if progress is None else progress
    if scheduler:
        from section16 import scale

        report = _guard(scale.ingest, ledger, paths, scheduler=scheduler, shared_storage=shared_storage, progress=show)
    else:
        report = ledger.ingest(paths, workers=workers, progress=show)
    for path, reason in report.failed:
        say(f"{path}: {reason}")  # the line parse and check give an unreadable file
    summary = report.summary()
    if json_out:
        sys.stdout.write(msgspec.json.encode(summary).decode() + "\n")
    else:
        rate = summary["documents_per_second"]
        _err.print(
            f"stored {summary['stored']}, unchanged {summary['unchanged']}, updated {summary['updated']}, "
            f"failed {summary['failed']} in {summary['seconds']:.2f}s" + (f" ({rate:,.0f} docs/s)" if rate else ""),
            highlight=False,
        )
    raise typer.Exit(EXIT_FAILURES if report.failed else EXIT_OK)


@app.command()
def holdings(
    owner: Annotated[str, typer.Option("--owner", help="Owner name (any word order) or CIK.")],
    issuer: IssuerOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: latest).")] = None,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """What an owner held (per security and ownership form), as of a date."""
    rows = _guard(_open(db).holdings, owner, issuer=issuer, as_of=as_of)
    cols = [
        "issuer",
        "ticker",
        "owner",
        "security_title",
        "derivative",
        "ownership",
        "nature_of_ownership",
        "shares",
        "date",
        "filing_key",
    ]
    filters = {"owner": owner, "issuer": issuer, "as_of": as_of}
    _emit(rows, fmt, title="Holdings", columns=None if fmt is Fmt.json else cols, filters=filters)


@app.command()
def timeline(
    owner: Annotated[str, typer.Option("--owner", help="Owner name (any word order) or CIK.")],
    issuer: IssuerOpt = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the positions to FILE.png or .svg.")] = None,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """Every reported change of an owner's positions, in date order, gaps marked."""
    ledger = _open(db)
    rows = _guard(ledger.timeline, owner, issuer=issuer)
    if plot is not None:
        from section16.ledger.plot import plot_timeline

        if plot.suffix.lower() not in (".png", ".svg"):
            raise _fail(f"{plot}: the plot file must end in .png or .svg")
        _guard(plot_timeline, rows, plot, title=f"{owner}" + (f" at {issuer}" if issuer else ""))
        _err.print(f"plot written to {plot}", highlight=False)
    cols = [
        "date",
        "issuer",
        "security_title",
        "ownership",
        "code",
        "acquired_disposed",
        "shares",
        "price",
        "change",
        "running",
        "position",
        "gap",
        "filing_key",
    ]
    filters = {"owner": owner, "issuer": issuer}
    _emit(rows, fmt, title="Timeline rows", columns=None if fmt is Fmt.json else cols, filters=filters)


@app.command()
def gaps(
    owner: OwnerOpt = None,
    issuer: IssuerOpt = None,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """Where a position carried from one filing through the next one's transactions misses
    that next filing's reported figure: the gap and the two filings."""
    rows = _guard(_open(db).gaps, owner=owner, issuer=issuer)
    cols = [
        "owner",
        "issuer",
        "security_title",
        "ownership",
        "previous_date",
        "previous_position",
        "change",
        "expected",
        "next_date",
        "reported",
        "gap",
        "previous_filing",
        "next_filing",
    ]
    filters = {"owner": owner, "issuer": issuer}
    _emit(rows, fmt, title="Gaps", columns=None if fmt is Fmt.json else cols, filters=filters)


@app.command()
def transactions(
    owner: OwnerOpt = None,
    issuer: IssuerOpt = None,
    code: Annotated[str | None, typer.Option("--code", help="Transaction code(s), e.g. P or S,F.")] = None,
    start: Annotated[str | None, typer.Option("--from", "--start", help="From date YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", "--end", help="To date YYYY-MM-DD.")] = None,
    min_value: Annotated[float | None, typer.Option("--min-value", help="Minimum shares x price.")] = None,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """Transactions with filters (owner, issuer, code, date range, minimum value)."""
    from section16.ledger.queries import _as_date

    # blank values used to drop the filter silently and list every transaction
    if code is not None and not any(c.strip() for c in code.split(",")):
        raise _fail(f"code {code!r} is blank: give transaction code(s), e.g. P or S,F")
    for given in (start, end):
        if given is not None:
            _guard(_as_date, given)
    rows = _guard(
        _open(db).transactions,
        owner=owner,
        issuer=issuer,
        code=code,
        start=start,
        end=end,
        min_value=min_value,
        limit=limit,
        offset=offset,
    )
    cols = [
        "transaction_date",
        "ticker",
        "owner",
        "security_title",
        "transaction_code",
        "transaction_shares",
        "transaction_price_per_share",
        "transaction_acquired_disposed_code",
        "transaction_value",
        "shares_owned_following_transaction",
        "direct_or_indirect_ownership",
        "filing_key",
    ]
    filters = {"owner": owner, "issuer": issuer, "code": code, "from": start, "to": end, "min_value": min_value}
    if offset:
        filters["offset"] = offset
    _emit(rows, fmt, title="Transactions", columns=None if fmt is Fmt.json else cols, filters=filters)


@app.command()
def filings(
    owner: OwnerOpt = None,
    issuer: IssuerOpt = None,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """Stored filings, newest first, with amendment links and other shapes of one filing."""
    rows = _guard(_open(db).filings, owner=owner, issuer=issuer, limit=limit, offset=offset)
    cols = [
        "filing_key",
        "document_type",
        "period_of_report",
        "ticker",
        "issuer",
        "owners",
        "n_rows",
        "superseded_by",
        "amends",
        "duplicate_of",
        "source_path",
    ]
    filters = {"owner": owner, "issuer": issuer, "offset": offset or None}
    _emit(rows, fmt, title="Filings", columns=None if fmt is Fmt.json else cols, filters=filters)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Name, ticker or CIK.")],
    limit: LimitOpt = 10,
    db: DbOpt = None,
    fmt: FmtOpt = None,
) -> None:
    """Find issuers and owners by name, ticker or CIK."""
    from section16.ledger.queries import _no_blank

    _guard(_no_blank, query=query)  # like a blank --owner: it matched nothing and said so as if it had looked
    rows = _open(db).search(query, limit=limit)
    _emit(
        rows,
        fmt,
        title="Matches",
        columns=["kind", "name", "ticker", "cik"],
        filters={"query": query},
        noun="issuers or owners",
    )


@app.command()
def correct(
    filing_key: Annotated[str, typer.Argument(help="Filing key (accession number or sha256:...).")],
    path: Annotated[str, typer.Argument(help="Field path, e.g. non_derivative_transactions[0].transaction_shares")],
    value: Annotated[str, typer.Argument(help='New value as JSON (10985, "2013-08-15", null) or plain text.')],
    author: Annotated[str | None, typer.Option(help="Who made the correction.")] = None,
    db: DbOpt = None,
) -> None:
    """Correct one field of a stored filing; the original reading is kept."""
    try:
        new_value = msgspec.json.decode(value)
    except msgspec.DecodeError:
        new_value = value
    _guard(_open(db).record_correction, filing_key, path, new_value, author=author)
    _err.print(f"corrected {filing_key} {path} = {new_value!r}", highlight=False)


class ExportFmt(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    sec_dataset = "sec-dataset"


@app.command()
def export(
    fmt: Annotated[ExportFmt, typer.Option("--format", "-f", help="csv, parquet, jsonl or sec-dataset.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (a folder for sec-dataset).")],
    table: Annotated[
        str | None, typer.Option("--table", help="Table to export (csv/parquet/jsonl): entries, filings, ...")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Export a ledger table, or the whole ledger as the SEC's Insider Transactions Data Sets."""
    from section16.ledger.export import TABLE_NAMES, export_sec_dataset, export_table

    if table is not None and fmt is ExportFmt.sec_dataset:  # it was ignored: every table was written
        raise _fail("--table goes with --format csv, parquet or jsonl: sec-dataset writes all its tables")
    ledger = _open(db)
    if fmt is ExportFmt.sec_dataset:
        files = _guard(export_sec_dataset, ledger, out)
        for name, n in files.items():
            _err.print(f"{out / name}: {n} rows", highlight=False)
        return
    if not table:
        raise _fail(f"--table is needed with --format {fmt.value} (one of: {', '.join(TABLE_NAMES)})")
    n = _guard(export_table, ledger, table, fmt.value, out)
    _err.print(f"{out}: {n} rows", highlight=False)
