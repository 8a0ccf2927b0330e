"""The web app and JSON API over the ledger (``section16 serve``); see docs/web.md."""

from section16.web.app import create_app

__all__ = ["create_app"]
