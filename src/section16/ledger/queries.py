"""The ledger's read side: holdings, timeline, gaps, transactions, filings, search.

Results are lists of plain dicts with JSON-able values (ISO date strings, float numbers),
so the CLI prints them and the web app serves them as they are; ``as_frame=True`` gives a
pandas DataFrame instead.

Positions: a *position* is one owner's holding of one security at one issuer in one
ownership form (direct, or indirect with its nature; for derivatives also the exercise
price and expiration date). Superseded filings (those an amendment replaces) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import Any

import msgspec
import sqlalchemy as sa

from section16.ledger import schema as S
from section16.ledger.normalize import looks_like_cik, norm_cik, norm_person, norm_text
from section16.model import ROW_TABLES

_TOLERANCE = 0.0005
_TABLE_ORDER = {name: i for i, name in enumerate(ROW_TABLES)}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        from section16.ledger.store import LedgerError

        raise LedgerError(f"bad date {value!r}: use YYYY-MM-DD") from None


# The keys of each query's rows, in order: an empty answer as a DataFrame still has them.
# A position (owner, issuer, security, ownership form) leads the rows of holdings, timeline and gaps.
_POSITION_KEYS = (
    "owner",
    "owner_cik",
    "issuer",
    "ticker",
    "issuer_cik",
    "security_title",
    "derivative",
    "ownership",
    "nature_of_ownership",
)
HOLDING_COLUMNS = (
    *_POSITION_KEYS,
    "shares",
    "date",
    "filing_key",
)
TIMELINE_COLUMNS = (
    *_POSITION_KEYS,
    "date",
    "filing_key",
    "document_type",
    "table",
    "row_index",
    "code",
    "acquired_disposed",
    "shares",
    "price",
    "change",
    "position",
    "running",
    "gap",
)
GAP_COLUMNS = (
    *_POSITION_KEYS,
    "previous_filing",
    "previous_date",
    "previous_position",
    "change",
    "expected",
    "next_filing",
    "next_date",
    "reported",
    "gap",
)
TRANSACTION_COLUMNS = (
    "filing_key",
    "document_type",
    "period_of_report",
    "issuer",
    "ticker",
    "issuer_cik",
    "owner",
    "owner_cik",
    "table_name",
    "row_index",
    "security_title",
    "transaction_date",
    "transaction_code",
    "transaction_shares",
    "transaction_price_per_share",
    "transaction_acquired_disposed_code",
    "transaction_value",
    "shares_owned_following_transaction",
    "direct_or_indirect_ownership",
    "nature_of_ownership",
    "footnote_ids",
)
FILING_COLUMNS = (
    "filing_key",
    "accession_number",
    "document_type",
    "period_of_report",
    "filing_date",
    "date_of_original_submission",
    "source_path",
    "source_format",
    "n_rows",
    "issuer",
    "ticker",
    "issuer_cik",
    "superseded_by",
    "amends",
    "duplicate_of",
    "owners",
)


def _no_blank(**filters: str | None) -> None:
    """A filter given as blank text would match every row (or none) silently: refuse it."""
    for name, value in filters.items():
        if value is not None and not any(ch.isalnum() for ch in value):
            from section16.ledger.store import LedgerError

            raise LedgerError(f"{name} {value!r} is blank: give a name, ticker or CIK")


def _frame(rows: list[dict[str, Any]], as_frame: bool | str, columns: tuple[str, ...]) -> Any:
    """Rows as they are, or a pandas DataFrame (``as_frame=True``) or a polars one
    (``as_frame="polars"``, where polars is installed); an empty frame keeps the columns,
    so ``frame["shares"]`` works whether or not anything matched."""
    if not as_frame:
        return rows
    if as_frame == "polars":
        try:
            import polars as pl
        except ImportError:
            from section16.errors import MissingDependency

            raise MissingDependency("as_frame='polars' needs polars installed (pip install polars)") from None
        return pl.DataFrame(rows) if rows else pl.DataFrame(schema=list(columns))
    import pandas as pd

    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(columns))


def _clean(x: float | None) -> float | int | None:
    """Whole share counts as ints, so 353998.0 prints as 353998 (sums rounded to 6 places)."""
    if x is None or isinstance(x, int):
        return x
    if x.is_integer():
        return int(x)
    r = round(x, 6)
    return int(r) if r.is_integer() else r


@cache
def _position_statement(by_owner: bool, by_issuer: bool, last_only: bool, as_of: bool) -> sa.Select[Any]:
    """The rows of non-superseded filings (of owners ``:oids``, issuers ``:iids``), built once
    per shape so SQLAlchemy compiles it once. With ``last_only`` only the last row of each
    position (a window function; on or before ``:cutoff`` with ``as_of``)."""
    e, f, i, r, o = S.entries, S.filings, S.issuers, S.relationships, S.owners
    q = (
        sa.select(
            r.c.owner_id,
            o.c.name.label("owner"),
            o.c.cik.label("owner_cik"),
            f.c.issuer_id,
            i.c.name.label("issuer"),
            i.c.ticker,
            i.c.cik.label("issuer_cik"),
            f.c.id.label("fid"),
            f.c.filing_key,
            f.c.document_type,
            f.c.period_of_report,
            f.c.filing_date,
            e.c.position_key,
            e.c.table_name,
            e.c.row_index,
            e.c.is_derivative,
            e.c.is_transaction,
            e.c.security_title,
            e.c.row_date,
            e.c.transaction_code,
            e.c.transaction_acquired_disposed_code,
            e.c.transaction_shares,
            e.c.transaction_price_per_share,
            e.c.signed_shares,
            e.c.shares_owned_following_transaction,
            e.c.direct_or_indirect_ownership,
            e.c.nature_of_ownership,
            e.c.conversion_or_exercise_price,
            e.c.expiration_date,
            e.c.underlying_security_title,
        )
        .select_from(r)
        .join(o, o.c.id == r.c.owner_id)
        .join(f, f.c.id == r.c.filing_id)
        .join(e, e.c.filing_id == f.c.id)
        .join(i, i.c.id == f.c.issuer_id, isouter=True)
        .where(f.c.superseded_by_id.is_(None))
    )
    if by_owner:
        q = q.where(r.c.owner_id.in_(sa.bindparam("oids", expanding=True)))
    if by_issuer:
        q = q.where(f.c.issuer_id.in_(sa.bindparam("iids", expanding=True)))
    if not last_only:
        return q
    far = sa.literal(date.max, sa.Date)
    rank = (
        sa.func.row_number()
        .over(
            partition_by=[r.c.owner_id, f.c.issuer_id, e.c.position_key],
            order_by=[
                sa.case((e.c.shares_owned_following_transaction.is_(None), 1), else_=0),
                sa.func.coalesce(f.c.period_of_report, e.c.row_date, far).desc(),
                sa.func.coalesce(f.c.filing_date, far).desc(),
                f.c.id.desc(),
                sa.case(_TABLE_ORDER, value=e.c.table_name, else_=9).desc(),
                e.c.row_index.desc(),
            ],
        )
        .label("rank")
    )
    q = q.add_columns(rank)
    if as_of:
        when = sa.func.coalesce(e.c.row_date, f.c.period_of_report)
        q = q.where(sa.or_(when <= sa.bindparam("cutoff", type_=sa.Date), when.is_(None)))
    sub = q.subquery()
    return sa.select(sub).where(sub.c.rank == 1)


class QueryMixin:
    """Read queries; mixed into `Ledger` (which provides ``engine`` and ``_read``)."""

    engine: sa.Engine

    # -- resolving names -----------------------------------------------------------------
    def _find_owners(self, conn: sa.Connection, owner: str) -> list[int]:
        o = S.owners
        if looks_like_cik(owner):
            return list(conn.execute(sa.select(o.c.id).where(o.c.cik == norm_cik(owner))).scalars())
        nn = norm_person(owner)
        if not nn:
            return []
        ids = list(conn.execute(sa.select(o.c.id).where(o.c.norm_name == nn)).scalars())
        if ids:
            return ids
        conds = [o.c.norm_name.like(f"%{w}%") for w in nn.split()]
        return list(conn.execute(sa.select(o.c.id).where(*conds)).scalars())

    def _find_issuers(self, conn: sa.Connection, issuer: str) -> list[int]:
        i = S.issuers
        text = issuer.strip()
        if looks_like_cik(text):
            ids = list(conn.execute(sa.select(i.c.id).where(i.c.cik == norm_cik(text))).scalars())
            if ids:
                return ids
        ids = list(conn.execute(sa.select(i.c.id).where(i.c.ticker == text.upper())).scalars())
        if ids:
            return ids
        nn = norm_text(text)
        ids = list(conn.execute(sa.select(i.c.id).where(i.c.norm_name == nn)).scalars())
        if ids or not nn:
            return ids
        return list(conn.execute(sa.select(i.c.id).where(i.c.norm_name.like(f"%{nn}%"))).scalars())

    def _filter_filings(
        self, conn: sa.Connection, q: sa.Select[Any], owner: str | None, issuer: str | None
    ) -> sa.Select[Any] | None:
        """Narrow a query over ``filings`` to an owner and/or issuer; None when nothing matches."""
        f, r = S.filings, S.relationships
        if owner:
            oids = self._find_owners(conn, owner)
            if not oids:
                return None
            q = q.where(f.c.id.in_(sa.select(r.c.filing_id).where(r.c.owner_id.in_(oids))))
        if issuer:
            iids = self._find_issuers(conn, issuer)
            if not iids:
                return None
            q = q.where(f.c.issuer_id.in_(iids))
        return q

    # -- entities ------------------------------------------------------------------------
    def search(self, q: str, limit: int = 10) -> list[dict[str, Any]]:
        """Issuers and owners whose name, ticker or CIK matches ``q``."""
        i, o = S.issuers, S.owners
        text = q.strip()
        if not text:
            return []
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            nn = norm_text(text)
            conds = [i.c.ticker == text.upper()]
            if nn:
                conds.append(i.c.norm_name.like(f"%{nn}%"))
            if looks_like_cik(text):
                conds.append(i.c.cik == norm_cik(text))
            rows = conn.execute(
                sa.select(i.c.cik, i.c.name, i.c.ticker).where(sa.or_(*conds)).order_by(i.c.name).limit(limit)
            )
            out += [{"kind": "issuer", "cik": c, "name": n, "ticker": t} for c, n, t in rows]
            words = norm_person(text).split()
            oconds = [sa.and_(*[o.c.norm_name.like(f"%{w}%") for w in words])] if words else []
            if looks_like_cik(text):
                oconds.append(o.c.cik == norm_cik(text))
            if oconds:
                rows = conn.execute(sa.select(o.c.cik, o.c.name).where(sa.or_(*oconds)).order_by(o.c.name).limit(limit))
                out += [{"kind": "owner", "cik": c, "name": n, "ticker": None} for c, n in rows]
        return out[:limit]

    def issuer(self, ticker_or_cik: str) -> dict[str, Any] | None:
        """One issuer by CIK, ticker or name, with its filing count."""
        i, f = S.issuers, S.filings
        with self.engine.connect() as conn:
            ids = self._find_issuers(conn, ticker_or_cik)
            if not ids:
                return None
            row = conn.execute(sa.select(i.c.id, i.c.cik, i.c.name, i.c.ticker).where(i.c.id == ids[0])).one()
            n = conn.execute(sa.select(sa.func.count()).where(f.c.issuer_id == row.id)).scalar_one()
            return {"cik": row.cik, "name": row.name, "ticker": row.ticker, "filings": n}

    def owner(self, name_or_cik: str) -> dict[str, Any] | None:
        """One reporting owner by CIK or name, with the issuers they filed for."""
        o, r, f, i = S.owners, S.relationships, S.filings, S.issuers
        with self.engine.connect() as conn:
            ids = self._find_owners(conn, name_or_cik)
            if not ids:
                return None
            row = conn.execute(sa.select(o.c.cik, o.c.name).where(o.c.id == ids[0])).one()
            q = (
                sa.select(i.c.cik, i.c.name, i.c.ticker, sa.func.count(sa.distinct(f.c.id)))
                .select_from(r)
                .join(f, f.c.id == r.c.filing_id)
                .join(i, i.c.id == f.c.issuer_id, isouter=True)
                .where(r.c.owner_id == ids[0])
                .group_by(i.c.cik, i.c.name, i.c.ticker)
            )
            issuers = [{"cik": c, "name": n, "ticker": t, "filings": k} for c, n, t, k in conn.execute(q)]
            return {
                "cik": row.cik,
                "name": row.name,
                "filings": sum(x["filings"] for x in issuers),
                "issuers": issuers,
            }

    # -- filings -------------------------------------------------------------------------
    def filings(
        self,
        owner: str | None = None,
        issuer: str | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        as_frame: bool | str = False,
    ) -> Any:
        """Stored filings, newest period first, with issuer, owners, amendment links and, for
        a filing stored again in another shape, the filing that counts (``duplicate_of``)."""
        _no_blank(owner=owner, issuer=issuer)
        f, i, r, o = S.filings, S.issuers, S.relationships, S.owners
        sup = f.alias("sup")
        amd = f.alias("amd")
        dup = f.alias("dup")
        q = (
            sa.select(
                f.c.id,
                f.c.filing_key,
                f.c.accession_number,
                f.c.document_type,
                f.c.period_of_report,
                f.c.filing_date,
                f.c.date_of_original_submission,
                f.c.source_path,
                f.c.source_format,
                f.c.n_rows,
                i.c.name.label("issuer"),
                i.c.ticker,
                i.c.cik.label("issuer_cik"),
                sup.c.filing_key.label("superseded_by"),
                amd.c.filing_key.label("amends"),
                dup.c.filing_key.label("duplicate_of"),
            )
            .select_from(f)
            .join(i, i.c.id == f.c.issuer_id, isouter=True)
            .join(sup, sup.c.id == f.c.superseded_by_id, isouter=True)
            .join(amd, amd.c.id == f.c.amends_id, isouter=True)
            .join(dup, dup.c.id == f.c.duplicate_of_id, isouter=True)
            .order_by(f.c.period_of_report.desc(), f.c.filing_date.desc(), f.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            q2 = self._filter_filings(conn, q, owner, issuer)
            if q2 is None:
                return _frame([], as_frame, FILING_COLUMNS)
            rows = conn.execute(q2).all()
            fids = [row.id for row in rows]
            owners: dict[int, list[str]] = {}
            if fids:
                oq = (
                    sa.select(r.c.filing_id, o.c.name)
                    .join(o, o.c.id == r.c.owner_id)
                    .where(r.c.filing_id.in_(fids))
                    .order_by(r.c.filing_id, r.c.ordinal)
                )
                for fid, name in conn.execute(oq):
                    owners.setdefault(fid, []).append(name)
            for row in rows:
                d = {k: _iso(v) for k, v in row._mapping.items() if k != "id"}
                d["owners"] = owners.get(row.id, [])
                out.append(d)
        return _frame(out, as_frame, FILING_COLUMNS)

    # -- transactions --------------------------------------------------------------------
    def transactions(
        self,
        owner: str | None = None,
        issuer: str | None = None,
        code: str | Iterable[str] | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
        min_value: float | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        include_superseded: bool = False,
        as_frame: bool | str = False,
    ) -> Any:
        """Transactions (Table I and II) by owner, issuer, code(s), date range and minimum value."""
        _no_blank(owner=owner, issuer=issuer)
        e, f, i, r, o = S.entries, S.filings, S.issuers, S.relationships, S.owners
        q = (
            sa.select(
                f.c.filing_key,
                f.c.document_type,
                f.c.period_of_report,
                i.c.name.label("issuer"),
                i.c.ticker,
                i.c.cik.label("issuer_cik"),
                o.c.name.label("owner"),
                o.c.cik.label("owner_cik"),
                e.c.table_name,
                e.c.row_index,
                e.c.security_title,
                e.c.transaction_date,
                e.c.transaction_code,
                e.c.transaction_shares,
                e.c.transaction_price_per_share,
                e.c.transaction_acquired_disposed_code,
                e.c.transaction_value,
                e.c.shares_owned_following_transaction,
                e.c.direct_or_indirect_ownership,
                e.c.nature_of_ownership,
                e.c.footnote_ids,
            )
            .select_from(e)
            .join(f, f.c.id == e.c.filing_id)
            .join(i, i.c.id == f.c.issuer_id, isouter=True)
            .join(r, r.c.filing_id == f.c.id)
            .join(o, o.c.id == r.c.owner_id)
            .limit(limit)
            .offset(offset)
        )
        if not include_superseded:
            q = q.where(f.c.superseded_by_id.is_(None))
        codes = [c.strip().upper() for c in (code.split(",") if isinstance(code, str) else code or []) if c.strip()]
        if start:
            q = q.where(e.c.transaction_date >= _as_date(start))
        if end:
            q = q.where(e.c.transaction_date <= _as_date(end))
        if min_value is not None:
            q = q.where(e.c.transaction_value >= float(min_value))
        with self.engine.connect() as conn:
            if owner:
                oids = self._find_owners(conn, owner)
                if not oids:
                    return _frame([], as_frame, TRANSACTION_COLUMNS)
                q = q.where(r.c.owner_id.in_(oids))
            else:
                q = q.where(r.c.ordinal == 0)
            if issuer:
                iids = self._find_issuers(conn, issuer)
                if not iids:
                    return _frame([], as_frame, TRANSACTION_COLUMNS)
                q = q.where(f.c.issuer_id.in_(iids))
            # Ties broken by entry id, so paging is stable. With a filter, the conditions
            # on is_transaction and the order are written as expressions no index serves,
            # so the database starts from the owner's / issuer's / code's rows and sorts
            # those, instead of walking every transaction in date order.
            not_indexed = sa.func.coalesce  # wrapping a column keeps the planner off its index
            is_tx = not_indexed(e.c.is_transaction, sa.false()) == sa.true()
            if owner or issuer:
                code_col = not_indexed(e.c.transaction_code, "")
                q = q.where(is_tx).order_by(not_indexed(e.c.transaction_date, sa.literal(date.max, sa.Date)), e.c.id)
            elif len(codes) == 1:
                code_col = e.c.transaction_code  # (code, date) index: rows come in date order
                q = q.where(is_tx).order_by(e.c.transaction_date, e.c.id)
            elif codes:  # walk transactions in date order, keeping those of the codes
                code_col = not_indexed(e.c.transaction_code, "")
                q = q.where(e.c.is_transaction == sa.true()).order_by(e.c.transaction_date, e.c.id)
            else:
                code_col = e.c.transaction_code
                q = q.where(e.c.is_transaction == sa.true()).order_by(e.c.transaction_date, e.c.id)
            if len(codes) == 1:
                q = q.where(code_col == codes[0])
            elif codes:
                q = q.where(code_col.in_(codes))
            out = []
            for row in conn.execute(q):
                d = {k: _iso(v) for k, v in row._mapping.items()}
                for k in ("transaction_shares", "transaction_value", "shares_owned_following_transaction"):
                    d[k] = _clean(d[k])
                d["footnote_ids"] = msgspec.json.decode(d["footnote_ids"]) if d["footnote_ids"] else {}
                out.append(d)
        return _frame(out, as_frame, TRANSACTION_COLUMNS)

    # -- positions -----------------------------------------------------------------------
    def _position_select(
        self, conn: sa.Connection, owner: str | None, issuer: str | None, owner_ids: list[int] | None = None
    ) -> tuple[dict[str, Any], bool, bool] | None:
        """Bind values for `_position_statement`: (params, by owner, by issuer); None when
        the owner or issuer asked for is not in the ledger."""
        params: dict[str, Any] = {}
        if owner_ids is not None:
            params["oids"] = owner_ids
        elif owner:
            params["oids"] = self._find_owners(conn, owner)
            if not params["oids"]:
                return None
        if issuer:
            params["iids"] = self._find_issuers(conn, issuer)
            if not params["iids"]:
                return None
        return params, "oids" in params, "iids" in params

    def _position_rows(
        self, owner: str | None, issuer: str | None, owner_ids: list[int] | None = None
    ) -> dict[tuple[int, int | None, str], list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
        """Rows of the non-superseded filings grouped by position, then by filing, in order."""
        groups: dict[tuple[int, int | None, str], list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {}
        with self.engine.connect() as conn:
            found = self._position_select(conn, owner, issuer, owner_ids)
            if found is None:
                return {}
            params, by_owner, by_issuer = found
            result = conn.execute(_position_statement(by_owner, by_issuer, False, False), params)
            keys = list(result.keys())
            rows = [dict(zip(keys, row, strict=True)) for row in result.fetchall()]
        far = date.max
        rows.sort(
            key=lambda d: (
                d["period_of_report"] or d["row_date"] or far,
                d["filing_date"] or far,
                d["fid"],
                _TABLE_ORDER.get(d["table_name"], 9) * 1_000_000 + d["row_index"],
            )
        )
        for d in rows:
            key = (d["owner_id"], d["issuer_id"], d["position_key"])
            filings = groups.setdefault(key, [])
            if filings and filings[-1][0]["fid"] == d["fid"]:
                filings[-1][1].append(d)
            else:
                filings.append((d, [d]))
        return groups

    @staticmethod
    def _describe(d: dict[str, Any]) -> dict[str, Any]:
        form = (d["direct_or_indirect_ownership"] or "").strip().upper()[:1] or None
        out = {
            "owner": d["owner"],
            "owner_cik": d["owner_cik"],
            "issuer": d["issuer"],
            "ticker": d["ticker"],
            "issuer_cik": d["issuer_cik"],
            "security_title": d["security_title"],
            "derivative": bool(d["is_derivative"]),
            "ownership": form,
            "nature_of_ownership": d["nature_of_ownership"] if form == "I" else None,
        }
        if d["is_derivative"]:
            out["exercise_price"] = _clean(d["conversion_or_exercise_price"])
            out["expiration_date"] = _iso(d["expiration_date"])
            out["underlying_security_title"] = d["underlying_security_title"]
        return out

    def holdings(
        self, owner: str, issuer: str | None = None, as_of: str | date | None = None, *, as_frame: bool | str = False
    ) -> Any:
        """What ``owner`` held after the last reported row on or before ``as_of`` (default: all).

        One dict per security and ownership form (D, or I with its nature), with the
        figure reported after that row and the filing it came from. The database picks
        the last row of each position (a window function), so only those rows travel.
        """
        _no_blank(owner=owner, issuer=issuer)
        cutoff = _as_date(as_of)
        out = []
        with self.engine.connect() as conn:
            found = self._position_select(conn, owner, issuer)
            if found is None:
                return _frame([], as_frame, HOLDING_COLUMNS)
            params, by_owner, by_issuer = found
            if cutoff:
                params["cutoff"] = cutoff
            result = conn.execute(_position_statement(by_owner, by_issuer, True, cutoff is not None), params)
            keys = list(result.keys())
            for row in result:
                last = dict(zip(keys, row, strict=True))
                rec = self._describe(last)
                rec.update(
                    shares=_clean(last["shares_owned_following_transaction"]),
                    date=_iso(last["row_date"] or last["period_of_report"]),
                    filing_key=last["filing_key"],
                )
                out.append(rec)
        out.sort(key=lambda x: (x["issuer"] or "", x["owner"] or "", x["derivative"], x["security_title"] or ""))
        return _frame(out, as_frame, HOLDING_COLUMNS)

    def _owner_batches(self, owner: str | None, issuer: str | None, size: int = 200) -> Iterator[list[int] | None]:
        """Without an owner, the owners in batches, so a whole ledger never sits in memory."""
        if owner:
            yield None
            return
        r, f = S.relationships, S.filings
        with self.engine.connect() as conn:
            q = sa.select(r.c.owner_id).distinct().order_by(r.c.owner_id)
            if issuer:
                iids = self._find_issuers(conn, issuer)
                if not iids:
                    return
                q = q.join(f, f.c.id == r.c.filing_id).where(f.c.issuer_id.in_(iids))
            ids = list(conn.execute(q).scalars())
        for i in range(0, len(ids), size):
            yield ids[i : i + size]

    def _walk(self, owner: str | None, issuer: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Timeline rows and gaps in one pass over the positions."""
        timeline: list[dict[str, Any]] = []
        gaps: list[dict[str, Any]] = []
        for batch in self._owner_batches(owner, issuer):
            self._walk_positions(self._position_rows(owner, issuer, batch), timeline, gaps, keep_rows=bool(owner))
        return timeline, gaps

    def _walk_positions(
        self,
        positions: dict[tuple[int, int | None, str], list[tuple[dict[str, Any], list[dict[str, Any]]]]],
        timeline: list[dict[str, Any]],
        gaps: list[dict[str, Any]],
        *,
        keep_rows: bool,
    ) -> None:
        for _key, filings in positions.items():
            desc = self._describe(filings[0][1][0])  # the same owner, issuer and security throughout
            prev: dict[str, Any] | None = None  # last row with a reported figure
            for info, rows in filings:
                start = prev["shares_owned_following_transaction"] if prev else None
                running = start
                change_sum: float | None = 0.0
                for d in rows:
                    change = d["signed_shares"] if d["is_transaction"] else 0.0
                    if change is None:
                        change_sum = None
                    elif change_sum is not None:
                        change_sum += change
                    reported = d["shares_owned_following_transaction"]
                    if running is not None and change is not None:
                        running = running + change
                    elif running is None and start is None:
                        running = reported
                    else:
                        running = None
                    if not keep_rows:
                        continue
                    timeline.append(
                        {
                            **desc,
                            "date": _iso(d["row_date"] or d["period_of_report"]),
                            "filing_key": d["filing_key"],
                            "document_type": d["document_type"],
                            "table": d["table_name"],
                            "row_index": d["row_index"],
                            "code": d["transaction_code"],
                            "acquired_disposed": d["transaction_acquired_disposed_code"],
                            "shares": _clean(d["transaction_shares"]),
                            "price": d["transaction_price_per_share"],
                            "change": _clean(change),
                            "position": _clean(reported),
                            "running": _clean(running),
                            "gap": None,
                        }
                    )
                last = rows[-1]
                reported = last["shares_owned_following_transaction"]
                if start is not None and reported is not None and change_sum is not None:
                    expected = start + change_sum
                    if abs(reported - expected) > _TOLERANCE:
                        if keep_rows:
                            timeline[-1]["gap"] = _clean(reported - expected)
                        assert prev is not None
                        g = self._describe(last)
                        g.update(
                            previous_filing=prev["filing_key"],
                            previous_date=_iso(prev["row_date"] or prev["period_of_report"]),
                            previous_position=_clean(start),
                            change=_clean(change_sum),
                            expected=_clean(expected),
                            next_filing=info["filing_key"],
                            next_date=_iso(info["period_of_report"] or last["row_date"]),
                            reported=_clean(reported),
                            gap=_clean(reported - expected),
                        )
                        gaps.append(g)
                # the position carried forward is the last figure this filing reports
                for d in reversed(rows):
                    if d["shares_owned_following_transaction"] is not None:
                        prev = d
                        break

    def timeline(self, owner: str, issuer: str | None = None, *, as_frame: bool | str = False) -> Any:
        """Every row moving the owner's positions, in date order, with the reported position,
        the running position carried from the previous filing, and any gap found there."""
        _no_blank(owner=owner, issuer=issuer)
        rows, _ = self._walk(owner, issuer)
        rows.sort(key=lambda x: (x["date"] or "9999", x["issuer"] or "", x["security_title"] or ""))
        return _frame(rows, as_frame, TIMELINE_COLUMNS)

    def gaps(self, owner: str | None = None, issuer: str | None = None, *, as_frame: bool | str = False) -> Any:
        """Where the position reported after one filing, carried through the next filing's
        transactions, does not meet the figure that next filing reports."""
        _no_blank(owner=owner, issuer=issuer)
        _, gaps = self._walk(owner, issuer)
        gaps.sort(key=lambda x: (x["owner"] or "", x["issuer"] or "", x["next_date"] or ""))
        return _frame(gaps, as_frame, GAP_COLUMNS)
