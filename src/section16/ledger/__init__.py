"""The ledger: filings stored over time, and the positions, timelines and gaps they show.

    >>> from section16.ledger import Ledger
    >>> ledger = Ledger("ledger.db")                 # or a postgresql+psycopg:// URL
    >>> ledger.ingest(["filings/"], progress=True)
    >>> ledger.holdings("Scarfo Anthony", issuer="SONS")

See docs/ledger.md for the tables, the owner-matching rule and the CLI.
"""

from section16.ledger.store import IngestReport, Ledger, LedgerError, resolve_url

__all__ = ["Ledger", "IngestReport", "LedgerError", "resolve_url"]
