"""A one-row table holding the ledger's generation: a counter every write transaction bumps.

Readers that keep answers (the web app's response cache, HTTP ETags) compare generations
instead of guessing when the data changed; it works across processes and on both
SQLite and PostgreSQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "ledger_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "generation": 1}])


def downgrade() -> None:
    op.drop_table("ledger_state")
