"""Drop entries(transaction_date): entries(is_transaction, transaction_date) serves the same
queries (transactions are always asked for with is_transaction true), and each index
costs every ingest.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_entries_date", "entries")


def downgrade() -> None:
    op.create_index("ix_entries_date", "entries", ["transaction_date"])
