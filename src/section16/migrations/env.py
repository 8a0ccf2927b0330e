"""Alembic environment: the ledger passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the ledger always passes one
    raise RuntimeError("section16 migrations run through section16.ledger.Ledger, which passes a connection")

context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
