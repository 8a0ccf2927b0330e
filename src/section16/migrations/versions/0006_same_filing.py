"""One filing read from two shapes (EDGAR XML and a PDF or OCR text of it) is stored twice
but counted once: ``filings.fingerprint`` recognises it, ``filings.duplicate_of_id`` points
the lesser reading at the one that counts (which also supersedes it).

Existing filings get their fingerprint from their stored JSON form. Unlike the schema
migrations, this one calls live code (`records.fingerprint`) on purpose: a fingerprint is
only useful if it is computed the way new filings' are. A later change to the fingerprint
needs a migration that recomputes it the same way.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import msgspec
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from section16.ledger.records import fingerprint
    from section16.model import OwnershipDocument

    with op.batch_alter_table("filings") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(64)))
        batch.add_column(sa.Column("duplicate_of_id", sa.Integer))
    op.create_index("ix_filings_fingerprint", "filings", ["fingerprint"])
    # Readings only: EDGAR's data looks up the readings of its filing without walking the
    # (possibly many) XML documents that share a fingerprint.
    reading = sa.text("source_format IS NULL OR source_format NOT IN ('submission', 'xml')")
    op.create_index(
        "ix_filings_reading_fingerprint", "filings", ["fingerprint"], sqlite_where=reading, postgresql_where=reading
    )
    conn = op.get_bind()
    filings = sa.table(
        "filings", sa.column("id", sa.Integer), sa.column("document_json", sa.Text), sa.column("fingerprint")
    )
    last = 0
    while True:  # in pages, so a ledger of any size fits in memory
        page = conn.execute(
            sa.select(filings.c.id, filings.c.document_json)
            .where(filings.c.id > last)
            .order_by(filings.c.id)
            .limit(5000)
        ).all()
        if not page:
            break
        values = []
        for fid, raw in page:
            doc = msgspec.json.decode(raw, type=OwnershipDocument, strict=False)
            values.append({"fid": fid, "fp": fingerprint(doc)})
        conn.execute(
            sa.update(filings).where(filings.c.id == sa.bindparam("fid")).values(fingerprint=sa.bindparam("fp")), values
        )
        last = page[-1][0]


def downgrade() -> None:
    op.drop_index("ix_filings_reading_fingerprint", "filings")
    op.drop_index("ix_filings_fingerprint", "filings")
    with op.batch_alter_table("filings") as batch:
        batch.drop_column("duplicate_of_id")
        batch.drop_column("fingerprint")
