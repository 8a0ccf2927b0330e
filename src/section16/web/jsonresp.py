"""A JSON response encoded by msgspec: exact Decimals, ISO dates, and fast."""

from __future__ import annotations

from typing import Any

import msgspec
from starlette.responses import Response

_ENCODER = msgspec.json.Encoder(decimal_format="number", enc_hook=lambda o: str(o))


def encode(content: Any) -> bytes:
    """Encode plain data (dicts, lists, dates, Decimals, numpy scalars via str) as JSON."""
    return _ENCODER.encode(content)


class JSONResponse(Response):
    """FastAPI's default response class here: msgspec instead of json + jsonable_encoder.

    Decimals stay exact (a price of 150.841 is written 150.841, not a float), which is
    the same JSON form `OwnershipDocument.to_json()` writes.
    """

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return encode(content)


__all__ = ["JSONResponse", "encode"]
