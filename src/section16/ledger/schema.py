"""The ledger's tables as SQLAlchemy Core objects, used by the queries.

The database itself is created and upgraded by the Alembic migrations in
`section16.migrations` (never by ``create_all``); a test checks the two agree.
docs/ledger.md describes every table.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

issuers = sa.Table(
    "issuers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("match_key", sa.String(200), nullable=False, unique=True),
    sa.Column("cik", sa.String(10)),
    sa.Column("name", sa.Text),
    sa.Column("ticker", sa.String(40)),
    sa.Column("norm_name", sa.Text),
)

owners = sa.Table(
    "owners",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("match_key", sa.String(300), nullable=False, unique=True),
    sa.Column("cik", sa.String(10)),
    sa.Column("name", sa.Text),
    sa.Column("norm_name", sa.Text, nullable=False),
    sa.Column("issuer_id", sa.Integer, sa.ForeignKey("issuers.id")),
)

filings = sa.Table(
    "filings",
    metadata,
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
    sa.Column("fingerprint", sa.String(64)),  # migration 0006: the same filing in any shape
    sa.Column("duplicate_of_id", sa.Integer),  # another shape of the filing that counts
)

relationships = sa.Table(
    "relationships",
    metadata,
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

entries = sa.Table(
    "entries",
    metadata,
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

footnotes = sa.Table(
    "footnotes",
    metadata,
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("footnote_id", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

signatures = sa.Table(
    "signatures",
    metadata,
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("signature_name", sa.Text),
    sa.Column("signature_date", sa.Date),
)

filing_notes = sa.Table(
    "filing_notes",
    metadata,
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("original_value", sa.Text),
    sa.Column("new_value", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

ledger_state = sa.Table(  # migration 0005: one row, bumped by every write transaction
    "ledger_state",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("generation", sa.BigInteger, nullable=False),
)

sa.Index("ix_issuers_cik", issuers.c.cik)
sa.Index("ix_issuers_ticker", issuers.c.ticker)
sa.Index("ix_owners_cik", owners.c.cik)
sa.Index("ix_owners_norm_name", owners.c.norm_name)
sa.Index("ix_filings_issuer_period", filings.c.issuer_id, filings.c.period_of_report)
sa.Index("ix_filings_accession", filings.c.accession_number)
sa.Index("ix_filings_content_hash", filings.c.content_hash)
sa.Index("ix_relationships_owner", relationships.c.owner_id, relationships.c.filing_id)
sa.Index("ix_entries_filing", entries.c.filing_id, entries.c.row_index)
sa.Index("ix_entries_code_date", entries.c.transaction_code, entries.c.transaction_date)
sa.Index("ix_corrections_filing", corrections.c.filing_id)
# migration 0002
sa.Index("ix_entries_tx_date", entries.c.is_transaction, entries.c.transaction_date)
sa.Index("ix_filings_period", filings.c.period_of_report, filings.c.filing_date)
# migration 0003
sa.Index("ix_filings_type_issuer", filings.c.document_type, filings.c.issuer_id)
# migration 0006
sa.Index("ix_filings_fingerprint", filings.c.fingerprint)
READING = "source_format IS NULL OR source_format NOT IN ('submission', 'xml')"
"""A filing read from a rendering (PDF, text), not EDGAR's own data. Literal SQL, the same in
the partial index and in the query, so the database can tell the index serves the query."""
sa.Index(
    "ix_filings_reading_fingerprint",
    filings.c.fingerprint,
    sqlite_where=sa.text(READING),
    postgresql_where=sa.text(READING),
)

TABLES = {t.name: t for t in metadata.sorted_tables}
