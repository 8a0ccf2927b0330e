"""Alembic migrations of the ledger database, run by `section16.ledger` on open."""
