"""Initial ledger schema: filings, issuers, owners, relationships, entries, notes, corrections.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issuers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("match_key", sa.String(200), nullable=False, unique=True),
        sa.Column("cik", sa.String(10)),
        sa.Column("name", sa.Text),
        sa.Column("ticker", sa.String(40)),
        sa.Column("norm_name", sa.Text),
    )
    op.create_index("ix_issuers_cik", "issuers", ["cik"])
    op.create_index("ix_issuers_ticker", "issuers", ["ticker"])

    op.create_table(
        "owners",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("match_key", sa.String(300), nullable=False, unique=True),
        sa.Column("cik", sa.String(10)),
        sa.Column("name", sa.Text),
        sa.Column("norm_name", sa.Text, nullable=False),
        sa.Column("issuer_id", sa.Integer, sa.ForeignKey("issuers.id")),
    )
    op.create_index("ix_owners_cik", "owners", ["cik"])
    op.create_index("ix_owners_norm_name", "owners", ["norm_name"])

    op.create_table(
        "filings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("filing_key", sa.String(80), nullable=False, unique=True),
        sa.Column("accession_number", sa.String(40)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("source_format", sa.String(20)),
        sa.Column("filing_date", sa.Date),
        sa.Column("form_type", sa.String(20)),
        sa.Column("document_type", sa.String(20)),
        sa.Column("period_of_report", sa.Date),
        sa.Column("date_of_original_submission", sa.Date),
        sa.Column("issuer_id", sa.Integer, sa.ForeignKey("issuers.id")),
        sa.Column("amends_id", sa.Integer),
        sa.Column("superseded_by_id", sa.Integer),
        sa.Column("n_rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("document_json", sa.Text, nullable=False),
    )
    op.create_index("ix_filings_issuer_period", "filings", ["issuer_id", "period_of_report"])
    op.create_index("ix_filings_accession", "filings", ["accession_number"])
    op.create_index("ix_filings_content_hash", "filings", ["content_hash"])

    op.create_table(
        "relationships",
        sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("ordinal", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owners.id"), nullable=False),
        sa.Column("rpt_owner_name", sa.Text),
        sa.Column("is_director", sa.Boolean),
        sa.Column("is_officer", sa.Boolean),
        sa.Column("is_ten_percent_owner", sa.Boolean),
        sa.Column("is_other", sa.Boolean),
        sa.Column("officer_title", sa.Text),
        sa.Column("other_text", sa.Text),
    )
    op.create_index("ix_relationships_owner", "relationships", ["owner_id", "filing_id"])

    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_index", sa.Integer, nullable=False),
        sa.Column("is_derivative", sa.Boolean, nullable=False),
        sa.Column("is_transaction", sa.Boolean, nullable=False),
        sa.Column("position_key", sa.Text, nullable=False),
        sa.Column("row_date", sa.Date),
        sa.Column("signed_shares", sa.Float),
        sa.Column("transaction_value", sa.Float),
        sa.Column("security_title", sa.Text),
        sa.Column("transaction_date", sa.Date),
        sa.Column("deemed_execution_date", sa.Date),
        sa.Column("transaction_form_type", sa.String(20)),
        sa.Column("transaction_code", sa.String(10)),
        sa.Column("equity_swap_involved", sa.Boolean),
        sa.Column("transaction_timeliness", sa.String(10)),
        sa.Column("transaction_shares", sa.Float),
        sa.Column("transaction_price_per_share", sa.Float),
        sa.Column("transaction_total_value", sa.Float),
        sa.Column("transaction_acquired_disposed_code", sa.String(10)),
        sa.Column("conversion_or_exercise_price", sa.Float),
        sa.Column("exercise_date", sa.Date),
        sa.Column("expiration_date", sa.Date),
        sa.Column("underlying_security_title", sa.Text),
        sa.Column("underlying_security_shares", sa.Float),
        sa.Column("underlying_security_value", sa.Float),
        sa.Column("shares_owned_following_transaction", sa.Float),
        sa.Column("value_owned_following_transaction", sa.Float),
        sa.Column("direct_or_indirect_ownership", sa.String(10)),
        sa.Column("nature_of_ownership", sa.Text),
        sa.Column("footnote_ids", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_index("ix_entries_filing", "entries", ["filing_id", "row_index"])
    op.create_index("ix_entries_code_date", "entries", ["transaction_code", "transaction_date"])
    op.create_index("ix_entries_date", "entries", ["transaction_date"])

    for name, extra in (
        (
            "footnotes",
            [
                sa.Column("footnote_id", sa.String(20), nullable=False),
                sa.Column("text", sa.Text, nullable=False),
            ],
        ),
        ("signatures", [sa.Column("signature_name", sa.Text), sa.Column("signature_date", sa.Date)]),
        (
            "filing_notes",
            [
                sa.Column("kind", sa.String(20), nullable=False),
                sa.Column("value", sa.Text, nullable=False),
            ],
        ),
    ):
        op.create_table(
            name,
            sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("ordinal", sa.Integer, primary_key=True),
            *extra,
        )

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("original_value", sa.Text),
        sa.Column("new_value", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_corrections_filing", "corrections", ["filing_id"])


def downgrade() -> None:
    for name in (
        "corrections",
        "filing_notes",
        "signatures",
        "footnotes",
        "entries",
        "relationships",
        "filings",
        "owners",
        "issuers",
    ):
        op.drop_table(name)
