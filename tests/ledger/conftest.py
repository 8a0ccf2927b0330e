"""Ledger fixtures: the same tests run on SQLite (a temp file) and on a real PostgreSQL
server when SECTION16_TEST_POSTGRES_URL is set (a fresh database per session, a fresh
schema per test, dropped afterwards)."""

from __future__ import annotations

import itertools
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from .variants import make_variants  # noqa: F401 (the tests import it from here)

PG_ENV = "SECTION16_TEST_POSTGRES_URL"
_schemas = itertools.count()


@pytest.fixture(scope="session")
def pg_database() -> Iterator[sa.URL]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped")
    name = f"section16_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(base).set(database=name)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty ledger database: SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    db: sa.URL = request.getfixturevalue("pg_database")
    schema = f"t{os.getpid()}_{next(_schemas)}"
    eng = sa.create_engine(db)
    with eng.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    eng.dispose()
    return db.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture
def ledger(ledger_url: str):
    from section16.ledger import Ledger

    led = Ledger(ledger_url)
    yield led
    led.close()


def consistency_problems(url: str) -> list[str]:
    """Filings whose child rows do not match their stored JSON (a half-stored document)."""
    import msgspec

    eng = sa.create_engine(url)
    problems = []
    with eng.connect() as conn:
        counts = {
            t: dict(conn.exec_driver_sql(f"SELECT filing_id, count(*) FROM {t} GROUP BY filing_id").all())
            for t in ("entries", "relationships", "footnotes")
        }
        for fid, key, n_rows, raw in conn.exec_driver_sql("SELECT id, filing_key, n_rows, document_json FROM filings"):
            doc = msgspec.json.decode(raw)
            rows = sum(
                len(doc[t])
                for t in (
                    "non_derivative_transactions",
                    "non_derivative_holdings",
                    "derivative_transactions",
                    "derivative_holdings",
                )
            )
            want = {"entries": rows, "relationships": len(doc["reporting_owners"]), "footnotes": len(doc["footnotes"])}
            for t, n in want.items():
                if counts[t].get(fid, 0) != n:
                    problems.append(f"{key}: {t} has {counts[t].get(fid, 0)} rows, document has {n}")
            if n_rows != rows:
                problems.append(f"{key}: n_rows {n_rows} != {rows}")
    eng.dispose()
    return problems
