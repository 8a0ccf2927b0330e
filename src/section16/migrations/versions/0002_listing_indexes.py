"""Indexes for the unfiltered listings: transactions by date, filings by period.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entries_tx_date", "entries", ["is_transaction", "transaction_date"])
    op.create_index("ix_filings_period", "filings", ["period_of_report", "filing_date"])


def downgrade() -> None:
    op.drop_index("ix_filings_period", "filings")
    op.drop_index("ix_entries_tx_date", "entries")
