"""Errors a user sees: each names the input and the problem in one line."""

from __future__ import annotations


class Section16Error(Exception):
    """Base class of every error section16 raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class ReadError(Section16Error):
    """The input could not be read as an ownership document at all."""


class NotOwnershipDocument(ReadError):
    """The input is readable but is not a Form 3, 4 or 5."""


class UnsafeDocument(ReadError):
    """The XML asks for entities, a DTD or the network, or is over the size cap."""


class MissingDependency(Section16Error):
    """An optional tool (Tesseract, ...) is needed and not installed."""
