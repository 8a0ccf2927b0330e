"""The ledger: every stored filing, and the history of positions they add up to.

Storage is SQLAlchemy 2 Core over SQLite (default, a file, WAL) or PostgreSQL (psycopg 3).
The schema is created and upgraded by the Alembic migrations shipped in
`section16.migrations`, run when a `Ledger` opens. docs/ledger.md describes the tables.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError

from section16.errors import Section16Error
from section16.ledger import schema as S
from section16.ledger.normalize import norm_cik, norm_person, norm_text
from section16.ledger.queries import QueryMixin
from section16.ledger.records import AUTHORITATIVE_FORMATS, Prepared, entry_rows, norm_accession, prepare
from section16.model import FilingMetadata, OwnershipDocument
from section16.paths import PathError, get_path, set_path, split_path

DEFAULT_DB = "section16.db"
ENV_URL = "SECTION16_DATABASE_URL"
_LOCK_ID = 16_016_016
_JSON = msgspec.json.Encoder(decimal_format="number")
_DECODER = msgspec.json.Decoder(float_hook=Decimal)
_STATE = S.ledger_state
_BUMP = _STATE.update().where(_STATE.c.id == 1).values(generation=_STATE.c.generation + 1)
_GENERATION = sa.select(_STATE.c.generation).where(_STATE.c.id == 1)


def _is_retryable(exc: OperationalError) -> bool:
    """PostgreSQL deadlocks and serialization failures (SQLSTATE class 40) are retried."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return bool(code and str(code).startswith("40"))


class LedgerError(Section16Error):
    """The ledger cannot do what was asked (unknown filing, bad correction path...)."""


def resolve_url(url: str | os.PathLike[str] | None) -> str:
    """None -> $SECTION16_DATABASE_URL or ./section16.db; a plain path means SQLite."""
    if url is None:
        url = os.environ.get(ENV_URL) or DEFAULT_DB
    url = os.fspath(url)
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def _make_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: sa.Connection) -> None:
            # Writers take the write lock up front so two writers queue instead of deadlocking.
            write = conn.get_execution_options().get("section16_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """The head revision and every revision this package ships."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    return head, frozenset(r.revision for r in scripts.walk_revisions())


def _alembic_config() -> Any:
    from alembic.config import Config

    import section16.migrations as migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return cfg


def _check_sqlite_file(path: Path, shown: str, *, create: bool) -> None:
    """Look at an existing SQLite file before anything writes to it (not even the WAL pragma).

    A missing file is refused unless ``create``; so is a file that is not a section16 ledger
    (another program's database, a text file): migrating it would change someone else's data.
    """
    if not path.exists():
        if create:
            return
        raise LedgerError("no such ledger database (`section16 ingest --db PATH FILES` creates one)", source=shown)
    if path.is_dir():
        raise LedgerError("is a directory, not a ledger database", source=shown)
    if path.stat().st_size == 0:
        if create:
            return
        raise LedgerError("empty file, not a section16 ledger", source=shown)
    try:
        conn = sqlite3.connect(path)
        try:
            tables = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
            rev = None
            if "alembic_version" in tables:
                rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"not a section16 ledger ({exc})", source=shown) from None
    if not tables and create:
        return
    if not tables:
        raise LedgerError("empty database, not a section16 ledger", source=shown)
    if rev is None or rev[0] not in _revisions()[1] or "filings" not in tables:
        listed = ", ".join(t for t in tables if not t.startswith("sqlite_"))[:120]
        raise LedgerError(f"not a section16 ledger (its tables: {listed}); left untouched", source=shown)


def _migrate(engine: sa.Engine, *, create: bool = True) -> None:
    """Bring the database to the newest migration (creating it when empty and ``create``)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    head, known = _revisions()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    if current is not None and current not in known:
        raise LedgerError(f"not a section16 ledger (schema revision {current!r} is not one of section16's)")
    if current is None and not create:
        raise LedgerError("no section16 ledger in this database (`section16 ingest` creates one)")
    cfg = _alembic_config()
    with engine.connect() as conn:
        conn.execution_options(section16_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


@cache
def _same_filing_queries(with_accession: bool) -> tuple[sa.Select[Any], sa.Select[Any], sa.Select[Any]]:
    """Other shapes of a filing (``:fp`` fingerprint, not filing ``:fid``, accession ``:acc`` or
    none): every reading (served by the partial index on readings), the first EDGAR document,
    the first reading. Built once, so each stored document costs only the lookups."""
    f = S.filings
    same = sa.select(f.c.id).where(
        f.c.fingerprint == sa.bindparam("fp"), f.c.id != sa.bindparam("fid"), f.c.duplicate_of_id.is_(None)
    )
    if with_accession:
        same = same.where(sa.or_(f.c.accession_number.is_(None), f.c.accession_number == sa.bindparam("acc")))
    readings = same.where(sa.text(f"({S.READING})")).order_by(f.c.id)
    first_edgar = same.where(sa.text(f"NOT ({S.READING})")).order_by(f.c.id).limit(1)
    return readings, first_edgar, readings.limit(1)


def _dialect_insert(conn: sa.Connection, table: sa.Table) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _split_path(path: str) -> list[str | int]:
    try:
        return split_path(path)
    except PathError as exc:
        raise LedgerError(str(exc)) from None


def _get_path(data: Any, tokens: list[str | int], path: str) -> Any:
    try:
        return get_path(data, tokens, path)
    except PathError as exc:
        raise LedgerError(str(exc)) from None


def _set_path(data: Any, tokens: list[str | int], value: Any, path: str) -> None:
    try:
        set_path(data, tokens, value, path)
    except PathError as exc:
        raise LedgerError(str(exc)) from None


_COMPILED: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's SQLite DateTime stores values

# A date bound straight to sqlite3 is stored as ISO text, as SQLAlchemy's SQLite Date type
# stores it. This is Python's own default adapter, registered explicitly because Python
# 3.12 deprecates the implicit one; datetimes never reach sqlite3 unformatted from here.
sqlite3.register_adapter(date, date.isoformat)


def _bulk_insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Core ``insert()`` executemany; on SQLite the statement is compiled once per column set
    and fed plain tuples, skipping SQLAlchemy's per-value processing (the rows' values are
    already what SQLite stores: text dates, 0/1 flags, floats)."""
    if conn.dialect.name != "sqlite":
        conn.execute(sa.insert(table), rows)
        return
    names = tuple(c.name for c in table.columns if c.name in rows[0])
    compiled = _COMPILED.get((table.name, names))
    if compiled is None:
        c = sa.insert(table).values({n: sa.bindparam(n) for n in names}).compile(dialect=conn.dialect)
        order = list(c.positiontup or [])
        getter = itemgetter(*order) if len(order) > 1 else (lambda row, k=order[0]: (row[k],))
        compiled = _COMPILED[(table.name, names)] = (str(c), getter)
    sql, getter = compiled
    conn.exec_driver_sql(sql, [getter(row) for row in rows])


class IngestReport(msgspec.Struct, kw_only=True):
    """What an ingest did: keys stored, unchanged or updated, and files that failed."""

    stored: list[str] = msgspec.field(default_factory=list)
    unchanged: list[str] = msgspec.field(default_factory=list)
    updated: list[str] = msgspec.field(default_factory=list)
    failed: list[tuple[str, str]] = msgspec.field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> dict[str, Any]:
        n = len(self.stored) + len(self.unchanged) + len(self.updated)
        return {
            "stored": len(self.stored),
            "unchanged": len(self.unchanged),
            "updated": len(self.updated),
            "failed": len(self.failed),
            "failures": [{"path": p, "reason": r} for p, r in self.failed],
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(n / self.seconds, 1) if self.seconds > 0 else None,
        }


class Ledger(QueryMixin):
    """A ledger database. ``Ledger()`` opens $SECTION16_DATABASE_URL or ./section16.db."""

    def __init__(self, url: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        """Open (and upgrade) a ledger; ``create=False`` refuses a database that holds none yet,
        so a mistyped path on a read-only command is an error, not a new empty ledger."""
        self.url = resolve_url(url)
        shown = sa.make_url(self.url).render_as_string(hide_password=True) if "://" in self.url else self.url
        if self.url.startswith("sqlite:///") and self.url != "sqlite:///:memory:":
            given = os.fspath(url) if url is not None and "://" not in os.fspath(url) else None
            shown = given or self.url.removeprefix("sqlite:///").split("?")[0]
            _check_sqlite_file(Path(self.url.removeprefix("sqlite:///").split("?")[0]), shown, create=create)
        try:
            self.engine = _make_engine(self.url)
            try:
                _migrate(self.engine, create=create)
            except LedgerError as exc:
                self.engine.dispose()
                raise LedgerError(exc.message, source=shown) from None
        except (sa.exc.DBAPIError, sa.exc.ArgumentError, ImportError) as exc:
            reason = getattr(exc, "orig", None) or exc
            raise LedgerError(f"cannot open ledger {shown}: {' '.join(str(reason).split())}") from None
        self._issuer_ids: dict[str, int] = {}
        self._owner_ids: dict[tuple[str, int | None], int] = {}
        self._pending_issuers: dict[str, int] = {}
        self._pending_owners: dict[tuple[str, int | None], int] = {}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.engine.url.render_as_string(hide_password=True)!r})"

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """One write transaction; the id caches learn only what was committed."""
        self._pending_issuers = {}
        self._pending_owners = {}
        with self.engine.connect() as conn:
            conn.execution_options(section16_write=True)
            try:
                with conn.begin():
                    yield conn
                    # Last statement of every write, so on PostgreSQL the row lock it takes is
                    # held only while committing (no deadlock with the writes before it).
                    conn.execute(_BUMP)
            except BaseException:
                self._pending_issuers = {}
                self._pending_owners = {}
                raise
        self._issuer_ids.update(self._pending_issuers)
        self._owner_ids.update(self._pending_owners)

    def generation(self) -> int:
        """A number that grows with every committed write (ingest, correction, merge).

        Two equal readings mean nothing was written in between, in any process: what the
        web app's response cache and ETags are keyed on.
        """
        with self.engine.connect() as conn:
            return int(conn.execute(_GENERATION).scalar_one())

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    # -- storing -------------------------------------------------------------------------
    def add_document(
        self,
        doc: OwnershipDocument,
        *,
        source_path: str | None = None,
        source_format: str | None = None,
    ) -> tuple[str, str]:
        """Store one document atomically; returns (filing key, "stored"|"unchanged"|"updated")."""
        return self.store_prepared([prepare(doc, source_path, source_format)])[0]

    def store_prepared(self, preps: list[Prepared]) -> list[tuple[str, str]]:
        """Store documents in one transaction (each whole or not at all).

        When another writer gets in the way (stores the same key, merges an entity, or
        deadlocks with us on PostgreSQL) the batch is rolled back and its documents are
        stored one per transaction, seeing the other writer's committed work.
        """
        if not preps:
            return []
        try:
            with self._write() as conn:
                return self._store_batch(conn, preps)
        except (IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not _is_retryable(exc):
                raise
            self._issuer_ids.clear()
            self._owner_ids.clear()
        if len(preps) > 1:
            out: list[tuple[str, str]] = []
            for p in preps:
                out.extend(self.store_prepared([p]))
            return out
        for attempt in range(20):
            try:
                with self._write() as conn:
                    return self._store_batch(conn, preps)
            except (IntegrityError, OperationalError) as exc:
                if attempt == 19 or (isinstance(exc, OperationalError) and not _is_retryable(exc)):
                    raise
                self._issuer_ids.clear()
                self._owner_ids.clear()
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    def _store_batch(self, conn: sa.Connection, preps: list[Prepared]) -> list[tuple[str, str]]:
        keys = [p.filing_key for p in preps]
        existing: dict[str, tuple[int, str]] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i : i + 500]
            q = sa.select(S.filings.c.filing_key, S.filings.c.id, S.filings.c.content_hash).where(
                S.filings.c.filing_key.in_(chunk)
            )
            for k, fid, h in conn.execute(q):
                existing[k] = (fid, h)
        results: list[tuple[str, str]] = []
        new: list[tuple[str, Prepared]] = []
        seen: set[str] = set()
        for key, p in zip(keys, preps, strict=True):
            if key in seen:
                results.append((key, "unchanged"))
                continue
            seen.add(key)
            if key in existing:
                fid, h = existing[key]
                if h == p.content_hash:
                    results.append((key, "unchanged"))
                else:
                    self._replace(conn, fid, p)
                    results.append((key, "updated"))
            else:
                new.append((key, p))
                results.append((key, "stored"))
        if new:
            self._insert_new(conn, new)
        return results

    def _filing_values(self, conn: sa.Connection, p: Prepared) -> dict[str, Any]:
        doc = p.doc
        meta = doc.metadata or FilingMetadata()
        return {
            "accession_number": norm_accession(meta.accession_number),
            "content_hash": p.content_hash,
            "source_path": p.source_path or meta.source_path,
            "source_format": p.source_format,
            "filing_date": meta.filing_date,
            "form_type": meta.form_type,
            "document_type": doc.document_type,
            "period_of_report": doc.period_of_report,
            "date_of_original_submission": doc.date_of_original_submission,
            "issuer_id": self._issuer_id(conn, doc),
            "n_rows": len(doc.rows()),
            "document_json": p.raw_json.decode(),
            "fingerprint": p.fingerprint,
        }

    def _insert_new(self, conn: sa.Connection, items: list[tuple[str, Prepared]]) -> None:
        now: Any = datetime.now(UTC).replace(tzinfo=None)
        if conn.dialect.name == "sqlite":
            now = now.strftime(_SQLITE_DATETIME)
        rows = []
        for key, p in items:
            vals = self._filing_values(conn, p)
            vals.update(filing_key=key, ingested_at=now)
            rows.append(vals)
        if conn.dialect.name == "sqlite":
            # We hold SQLite's write lock (BEGIN IMMEDIATE): number the rows ourselves.
            start = conn.execute(sa.select(sa.func.coalesce(sa.func.max(S.filings.c.id), 0))).scalar_one()
            ids = list(range(start + 1, start + 1 + len(rows)))
            for fid, vals in zip(ids, rows, strict=True):
                vals["id"] = fid
            _bulk_insert(conn, S.filings, rows)
        else:
            stmt = sa.insert(S.filings).returning(S.filings.c.id, sort_by_parameter_order=True)
            ids = list(conn.execute(stmt, rows).scalars())
        children: dict[str, list[dict[str, Any]]] = {}
        linked = []
        for fid, (_key, p), vals in zip(ids, items, rows, strict=True):
            owner_ids = self._children(conn, fid, p.doc, vals["issuer_id"], children)
            linked.append((fid, p.doc, vals["issuer_id"], owner_ids))
        self._insert_children(conn, children)
        self._link_amendments(conn, linked)
        self._link_same_filings(conn, [(fid, p) for fid, (_key, p) in zip(ids, items, strict=True)])

    def _insert_children(self, conn: sa.Connection, children: dict[str, list[dict[str, Any]]]) -> None:
        for name in ("relationships", "entries", "footnotes", "signatures", "filing_notes"):
            rows = children.get(name)
            if rows:
                _bulk_insert(conn, S.TABLES[name], rows)

    def _children(
        self,
        conn: sa.Connection,
        fid: int,
        doc: OwnershipDocument,
        issuer_id: int | None,
        acc: dict[str, list[dict[str, Any]]],
    ) -> list[int]:
        owner_ids = []
        for i, ro in enumerate(doc.reporting_owners):
            oid = self._owner_id(conn, ro.rpt_owner_cik, ro.rpt_owner_name, issuer_id)
            owner_ids.append(oid)
            acc.setdefault("relationships", []).append(
                {
                    "filing_id": fid,
                    "ordinal": i,
                    "owner_id": oid,
                    "rpt_owner_name": ro.rpt_owner_name,
                    "is_director": ro.is_director,
                    "is_officer": ro.is_officer,
                    "is_ten_percent_owner": ro.is_ten_percent_owner,
                    "is_other": ro.is_other,
                    "officer_title": ro.officer_title,
                    "other_text": ro.other_text,
                }
            )
        acc.setdefault("entries", []).extend(entry_rows(fid, doc))
        acc.setdefault("footnotes", []).extend(
            {"filing_id": fid, "ordinal": i, "footnote_id": f.id, "text": f.text or ""}
            for i, f in enumerate(doc.footnotes)
        )
        acc.setdefault("signatures", []).extend(
            {"filing_id": fid, "ordinal": i, "signature_name": s.signature_name, "signature_date": s.signature_date}
            for i, s in enumerate(doc.owner_signatures)
        )
        notes = [("warning", w) for w in doc.warnings]
        if doc.extraction is not None:
            notes += [("extraction_warning", w) for w in doc.extraction.warnings]
            notes += [("uncertain", u) for u in doc.extraction.uncertain_fields]
        acc.setdefault("filing_notes", []).extend(
            {"filing_id": fid, "ordinal": i, "kind": k, "value": v} for i, (k, v) in enumerate(notes)
        )
        return owner_ids

    def _delete_children(self, conn: sa.Connection, fid: int) -> None:
        for name in ("relationships", "entries", "footnotes", "signatures", "filing_notes"):
            t = S.TABLES[name]
            conn.execute(sa.delete(t).where(t.c.filing_id == fid))

    def _rebuild(self, conn: sa.Connection, fid: int, doc: OwnershipDocument, issuer_id: int | None) -> None:
        self._delete_children(conn, fid)
        acc: dict[str, list[dict[str, Any]]] = {}
        owner_ids = self._children(conn, fid, doc, issuer_id, acc)
        self._insert_children(conn, acc)
        self._link_amendments(conn, [(fid, doc, issuer_id, owner_ids)])

    def _replace(self, conn: sa.Connection, fid: int, p: Prepared) -> None:
        """A new reading of a stored filing (same accession number, other content)."""
        vals = self._filing_values(conn, p)
        conn.execute(sa.update(S.filings).where(S.filings.c.id == fid).values(**vals))
        doc = self._effective(conn, fid, p.doc)
        self._rebuild(conn, fid, doc, self._issuer_id(conn, doc))

    # -- identities ----------------------------------------------------------------------
    def _get_or_insert(self, conn: sa.Connection, table: sa.Table, values: dict[str, Any]) -> tuple[int, bool]:
        q = sa.select(table.c.id).where(table.c.match_key == values["match_key"])
        found = conn.execute(q).scalar()
        if found is not None:
            return found, False
        stmt = _dialect_insert(conn, table).values(**values).on_conflict_do_nothing(index_elements=["match_key"])
        new = conn.execute(stmt.returning(table.c.id)).scalar()
        if new is not None:
            return new, True
        return conn.execute(q).scalar_one(), False

    def _issuer_id(self, conn: sa.Connection, doc: OwnershipDocument) -> int | None:
        iss = doc.issuer
        cik = norm_cik(iss.issuer_cik)
        ticker = (iss.issuer_trading_symbol or "").strip().upper() or None
        nn = norm_text(iss.issuer_name)
        mk = f"cik:{cik}" if cik else f"ticker:{ticker}" if ticker else f"name:{nn}" if nn else None
        if mk is None:
            return None
        cached = self._issuer_ids.get(mk) or self._pending_issuers.get(mk)
        if cached:
            return cached
        t = S.issuers
        if not cik:
            cond = t.c.ticker == ticker if ticker else t.c.norm_name == nn
            q = sa.select(t.c.id).where(cond).order_by(t.c.cik.is_(None), t.c.id).limit(1)
            found = conn.execute(q).scalar()
            if found is not None:
                self._pending_issuers[mk] = found
                return found
        iid, created = self._get_or_insert(
            conn, t, {"match_key": mk, "cik": cik, "name": iss.issuer_name, "ticker": ticker, "norm_name": nn}
        )
        if cik and created:
            cond = t.c.ticker == ticker if ticker else t.c.norm_name == nn
            for (old,) in conn.execute(sa.select(t.c.id).where(t.c.cik.is_(None), cond, t.c.id != iid)):
                self._merge_issuer(conn, old, iid)
        self._pending_issuers[mk] = iid
        return iid

    def _merge_issuer(self, conn: sa.Connection, old: int, new: int) -> None:
        """Fold an issuer known only by ticker/name into the same issuer known by CIK."""
        conn.execute(sa.update(S.filings).where(S.filings.c.issuer_id == old).values(issuer_id=new))
        o = S.owners
        for oid, nn in conn.execute(sa.select(o.c.id, o.c.norm_name).where(o.c.issuer_id == old)).all():
            mk = f"name:{new}:{nn}"
            target = conn.execute(sa.select(o.c.id).where(o.c.match_key == mk)).scalar()
            if target is None:
                conn.execute(sa.update(o).where(o.c.id == oid).values(issuer_id=new, match_key=mk))
            else:
                self._merge_owner(conn, oid, target)
        conn.execute(sa.delete(S.issuers).where(S.issuers.c.id == old))
        self._issuer_ids.clear()
        self._owner_ids.clear()
        self._pending_issuers.clear()
        self._pending_owners.clear()

    def _merge_owner(self, conn: sa.Connection, old: int, new: int) -> None:
        r = S.relationships
        conn.execute(sa.update(r).where(r.c.owner_id == old).values(owner_id=new))
        conn.execute(sa.delete(S.owners).where(S.owners.c.id == old))
        self._owner_ids = {k: v for k, v in self._owner_ids.items() if v != old}
        self._pending_owners = {k: v for k, v in self._pending_owners.items() if v != old}

    def _owner_id(self, conn: sa.Connection, cik_raw: str | None, name: str | None, issuer_id: int | None) -> int:
        cik = norm_cik(cik_raw)
        nn = norm_person(name)
        mk = f"cik:{cik}" if cik else f"name:{issuer_id or 0}:{nn}"
        ck = (mk, issuer_id)
        cached = self._owner_ids.get(ck) or self._pending_owners.get(ck)
        if cached:
            return cached
        o = S.owners
        if not cik and nn and issuer_id is not None:
            r, f = S.relationships, S.filings
            q = (
                sa.select(o.c.id)
                .join(r, r.c.owner_id == o.c.id)
                .join(f, f.c.id == r.c.filing_id)
                .where(o.c.cik.is_not(None), o.c.norm_name == nn, f.c.issuer_id == issuer_id)
                .limit(1)
            )
            found = conn.execute(q).scalar()
            if found is not None:
                self._pending_owners[ck] = found
                return found
        oid, _created = self._get_or_insert(
            conn,
            o,
            {"match_key": mk, "cik": cik, "name": name, "norm_name": nn, "issuer_id": None if cik else issuer_id},
        )
        if cik and nn and issuer_id is not None:
            old = conn.execute(sa.select(o.c.id).where(o.c.match_key == f"name:{issuer_id}:{nn}")).scalar()
            if old is not None and old != oid:
                self._merge_owner(conn, old, oid)
        self._pending_owners[ck] = oid
        return oid

    # -- amendments ----------------------------------------------------------------------
    def _link_amendments(
        self, conn: sa.Connection, items: list[tuple[int, OwnershipDocument, int | None, list[int]]]
    ) -> None:
        """An amendment supersedes the filing it amends: same issuer, a shared owner, and
        the same period (or the original filed on the amendment's date of original submission)."""
        f, r = S.filings, S.relationships
        amendments = [it for it in items if it[1].is_amendment and it[2] is not None and it[3]]
        originals = [it for it in items if not it[1].is_amendment and it[2] is not None and it[3]]
        for fid, doc, iid, oids in amendments:
            base = (doc.document_type or "")[:-2]
            conds = [f.c.period_of_report == doc.period_of_report] if doc.period_of_report else []
            if doc.date_of_original_submission:
                conds.append(f.c.filing_date == doc.date_of_original_submission)
            if not conds:
                continue
            q = (
                sa.select(f.c.id)
                .join(r, r.c.filing_id == f.c.id)
                .where(
                    f.c.issuer_id == iid,
                    r.c.owner_id.in_(oids),
                    f.c.id != fid,
                    f.c.superseded_by_id.is_(None),
                    f.c.document_type.in_([base, base + "/A"]),
                    sa.or_(*conds),
                )
                .order_by(f.c.filing_date.desc(), f.c.id.desc())
                .limit(1)
            )
            target = conn.execute(q).scalar()
            if target is not None:
                conn.execute(sa.update(f).where(f.c.id == target).values(superseded_by_id=fid))
                conn.execute(sa.update(f).where(f.c.id == fid).values(amends_id=target))
        if not originals:
            return
        iids = sorted({it[2] for it in originals})
        types = sorted({f"{it[1].document_type}/A" for it in originals if it[1].document_type})
        if not types:
            return
        # amendments still waiting for their original (index on document type, issuer)
        q = sa.select(
            f.c.id, f.c.document_type, f.c.period_of_report, f.c.date_of_original_submission, f.c.issuer_id
        ).where(f.c.document_type.in_(types), f.c.issuer_id.in_(iids), f.c.amends_id.is_(None))
        pending = conn.execute(q).all()
        if not pending:
            return
        for aid, atype, aperiod, ados, aiss in pending:
            for fid, doc, iid, oids in originals:
                if iid != aiss or doc.document_type != atype[:-2]:
                    continue
                meta_date = doc.metadata.filing_date if doc.metadata else None
                if not ((aperiod and aperiod == doc.period_of_report) or (ados and ados == meta_date)):
                    continue
                owners_a = set(conn.execute(sa.select(r.c.owner_id).where(r.c.filing_id == aid)).scalars())
                if owners_a & set(oids):
                    conn.execute(sa.update(f).where(f.c.id == fid).values(superseded_by_id=aid))
                    conn.execute(sa.update(f).where(f.c.id == aid).values(amends_id=fid))
                    break

    # -- one filing in several shapes ------------------------------------------------------
    def _link_same_filings(self, conn: sa.Connection, items: list[tuple[int, Prepared]]) -> None:
        """Of one filing stored in several shapes (its EDGAR XML, a PDF of it, OCR text), one
        counts: EDGAR's own data over a reading of a rendering, else the first stored. The
        others stay stored, superseded by it, with ``duplicate_of_id`` saying why, so the
        positions never count its transactions twice (which would show as false gaps).

        Two EDGAR documents are never taken for one (their content is their identity), nor
        two filings with different accession numbers.
        """
        for fid, p in items:
            if p.fingerprint is None:
                continue
            accession = norm_accession(p.doc.metadata.accession_number if p.doc.metadata else None)
            readings, first_edgar, first_reading = _same_filing_queries(accession is not None)
            params = {"fp": p.fingerprint, "fid": fid, **({"acc": accession} if accession else {})}
            if p.source_format in AUTHORITATIVE_FORMATS:
                for oid in conn.execute(readings, params).scalars().all():  # EDGAR's data counts from now on
                    self._make_duplicate(conn, oid, fid)
                continue
            # The shape that counts: EDGAR's data if stored (the first in id order), else the
            # first reading. Each lookup stops at its first row, however many share the print.
            canon = conn.execute(first_edgar, params).scalar()
            if canon is None:
                canon = conn.execute(first_reading, params).scalar()
            if canon is not None:
                self._make_duplicate(conn, fid, canon)

    def _make_duplicate(self, conn: sa.Connection, dup: int, canon: int) -> None:
        """``dup`` is another shape of ``canon``: it, its own duplicates and what it
        superseded or was superseded by (amendments) pass to ``canon``."""
        f = S.filings
        dup_sup, dup_amends = conn.execute(sa.select(f.c.superseded_by_id, f.c.amends_id).where(f.c.id == dup)).one()
        canon_sup, canon_amends = conn.execute(
            sa.select(f.c.superseded_by_id, f.c.amends_id).where(f.c.id == canon)
        ).one()
        if dup_sup is not None and canon_sup is None and dup_sup != canon:  # an amendment superseded the reading
            conn.execute(sa.update(f).where(f.c.id == canon).values(superseded_by_id=dup_sup))
            conn.execute(sa.update(f).where(f.c.id == dup_sup, f.c.amends_id == dup).values(amends_id=canon))
        if dup_amends is not None and canon_amends is None and dup_amends != canon:  # the reading was the amendment
            conn.execute(sa.update(f).where(f.c.id == canon).values(amends_id=dup_amends))
            conn.execute(
                sa.update(f).where(f.c.id == dup_amends, f.c.superseded_by_id == dup).values(superseded_by_id=canon)
            )
        conn.execute(
            sa.update(f)
            .where(f.c.duplicate_of_id == dup)
            .values(
                duplicate_of_id=canon,
                superseded_by_id=sa.case((f.c.superseded_by_id == dup, canon), else_=f.c.superseded_by_id),
            )
        )
        conn.execute(sa.update(f).where(f.c.id == dup).values(duplicate_of_id=canon, superseded_by_id=canon))

    # -- reading documents ---------------------------------------------------------------
    def _filing_row(self, conn: sa.Connection, filing_key: str) -> sa.Row[Any]:
        f = S.filings
        row = conn.execute(sa.select(f.c.id, f.c.document_json).where(f.c.filing_key == filing_key)).first()
        if row is None:
            raise LedgerError(f"no filing {filing_key!r} in the ledger")
        return row

    def _corrections(self, conn: sa.Connection, fid: int) -> list[tuple[str, Any]]:
        c = S.corrections
        q = sa.select(c.c.path, c.c.new_value).where(c.c.filing_id == fid).order_by(c.c.id)
        return [(p, _DECODER.decode(v)) for p, v in conn.execute(q)]

    def _effective(self, conn: sa.Connection, fid: int, doc: OwnershipDocument) -> OwnershipDocument:
        corrections = self._corrections(conn, fid)
        if not corrections:
            return doc
        data = doc.to_dict()
        for path, value in corrections:
            _set_path(data, _split_path(path), value, path)
        return OwnershipDocument.from_dict(data)

    def get_document(self, filing_key: str, *, corrected: bool = True) -> OwnershipDocument:
        """The stored document; with ``corrected`` (default) recorded corrections applied."""
        with self._read() as conn:
            fid, raw = self._filing_row(conn, filing_key)
            doc = OwnershipDocument.from_json(raw)
            return self._effective(conn, fid, doc) if corrected else doc

    def get_document_json(self, filing_key: str) -> bytes:
        """The JSON form of a stored filing (corrections applied) as bytes.

        Without corrections these are the stored bytes as they are, never decoded: what
        lets the web app answer a filing for the price of one primary-key lookup.
        """
        with self._read() as conn:
            fid, raw = self._filing_row(conn, filing_key)
            if not self._corrections(conn, fid):
                return raw.encode() if isinstance(raw, str) else bytes(raw)
            return self._effective(conn, fid, OwnershipDocument.from_json(raw)).to_json().encode()

    def iter_documents(
        self, issuer: str | None = None, owner: str | None = None, *, other_shapes: bool = True
    ) -> Iterator[tuple[str, OwnershipDocument]]:
        """Every stored filing (corrections applied) as (filing key, document), in filing order;
        without ``other_shapes``, a filing stored again in another shape only once.

        Streams in pages of 1,000 filings, so a ledger of any size fits in memory.
        """
        f = S.filings
        last = 0
        with self._read() as conn:
            corrected = set(conn.execute(sa.select(S.corrections.c.filing_id).distinct()).scalars())
            base = sa.select(f.c.id, f.c.filing_key, f.c.document_json).order_by(f.c.id).limit(1000)
            if not other_shapes:
                base = base.where(f.c.duplicate_of_id.is_(None))
            base = self._filter_filings(conn, base, owner, issuer)
            if base is None:
                return
            while True:
                page = conn.execute(base.where(f.c.id > last)).all()
                if not page:
                    return
                for fid, key, raw in page:
                    doc = OwnershipDocument.from_json(raw)
                    yield key, self._effective(conn, fid, doc) if fid in corrected else doc
                last = page[-1][0]

    # -- corrections ---------------------------------------------------------------------
    def record_correction(self, filing_key: str, path: str, new_value: Any, *, author: str | None = None) -> None:
        """Correct one field of a stored filing; the original reading stays stored.

        ``path`` is a JSON-form path such as ``non_derivative_transactions[0].transaction_shares``.
        Positions, gaps and exports use the corrected value from then on.
        """
        tokens = _split_path(path)
        with self._write() as conn:
            fid, raw = self._filing_row(conn, filing_key)
            doc = self._effective(conn, fid, OwnershipDocument.from_json(raw))
            data = doc.to_dict()
            original = _get_path(data, tokens, path)
            _set_path(data, tokens, new_value, path)
            try:
                corrected = OwnershipDocument.from_dict(data)
            except msgspec.ValidationError as exc:
                raise LedgerError(f"{filing_key}: {path} cannot be {new_value!r} ({exc})") from None
            conn.execute(
                sa.insert(S.corrections).values(
                    filing_id=fid,
                    path=path,
                    original_value=_JSON.encode(original).decode(),
                    new_value=_JSON.encode(_get_path(corrected.to_dict(), tokens, path)).decode(),
                    author=author,
                    created_at=datetime.now(UTC).replace(tzinfo=None),
                )
            )
            iid = self._issuer_id(conn, corrected)
            conn.execute(
                sa.update(S.filings)
                .where(S.filings.c.id == fid)
                .values(
                    issuer_id=iid,
                    document_type=corrected.document_type,
                    period_of_report=corrected.period_of_report,
                    date_of_original_submission=corrected.date_of_original_submission,
                    n_rows=len(corrected.rows()),
                )
            )
            self._rebuild(conn, fid, corrected, iid)

    def corrections(self, filing_key: str | None = None) -> list[dict[str, Any]]:
        """Recorded corrections (all, or of one filing), oldest first."""
        c, f = S.corrections, S.filings
        q = (
            sa.select(f.c.filing_key, c.c.path, c.c.original_value, c.c.new_value, c.c.author, c.c.created_at)
            .join(f, f.c.id == c.c.filing_id)
            .order_by(c.c.id)
        )
        if filing_key:
            q = q.where(f.c.filing_key == filing_key)
        with self._read() as conn:
            return [
                {
                    "filing_key": k,
                    "path": p,
                    "original_value": msgspec.json.decode(o) if o else None,
                    "new_value": msgspec.json.decode(n) if n else None,
                    "author": a,
                    "created_at": t.isoformat() if t else None,
                }
                for k, p, o, n, a, t in conn.execute(q)
            ]

    # -- ingest --------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
        *,
        workers: int | None = None,
        progress: bool = False,
        batch_size: int = 400,
    ) -> IngestReport:
        """Read files, folders, globs and .zip/.tar.gz archives with every reader and store them.

        Parsing runs in worker processes, writing in this one; see `section16.ledger.ingest`.
        """
        from section16.ledger.ingest import run_ingest

        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        return run_ingest(
            self, [os.fspath(p) for p in paths], workers=workers, progress=progress, batch_size=batch_size
        )

    def analyze(self) -> None:
        """Refresh the query planner's statistics (SQLite; PostgreSQL's autovacuum does this).

        Without them SQLite may walk a date index over every row instead of starting from
        the owner or issuer asked for. Sampled (``analysis_limit``), so it takes milliseconds.
        """
        if self.engine.dialect.name != "sqlite":
            return
        try:
            with self.engine.connect() as conn:
                # ANALYZE writes sqlite_stat1: take the write lock up front (a read transaction
                # turned writer fails at once when another writer got in) and commit it.
                conn.execution_options(section16_write=True)
                with conn.begin():
                    conn.exec_driver_sql("PRAGMA analysis_limit=1000")
                    conn.exec_driver_sql("ANALYZE")
        except OperationalError:  # busy past the timeout: statistics can wait for the next ingest
            pass

    def counts(self) -> dict[str, int]:
        """Row count of every table (for summaries and tests)."""
        with self._read() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for name, t in S.TABLES.items()
            }
