"""Section16's own JSON form (what ``parse --out`` writes, docs/json-form.md) read back
through the model, so a saved reading goes into parse, check and ingest as it was saved."""

from __future__ import annotations

import msgspec

from section16.errors import NotOwnershipDocument, ReadError
from section16.model import OwnershipDocument

_WHAT = {list: "a JSON array", str: "a JSON string", int: "a JSON number", float: "a JSON number"}


def _json_lines(data: bytes) -> int:
    """How many JSON objects the input holds one a line (what ``parse`` prints for several
    files), or 0 when it is not JSON Lines."""
    lines = [line for line in data.splitlines() if line.strip()]
    if len(lines) < 2:
        return 0
    try:
        return len(lines) if all(isinstance(msgspec.json.decode(line), dict) for line in lines) else 0
    except msgspec.DecodeError:
        return 0


def read_json_form(data: bytes, source_name: str | None = None) -> OwnershipDocument:
    """The document a JSON-form file holds; other JSON is refused with one line."""
    name = source_name or "<input>"
    try:
        raw = msgspec.json.decode(data.lstrip(b"\xef\xbb\xbf"))
    except msgspec.DecodeError as exc:
        if n := _json_lines(data.lstrip(b"\xef\xbb\xbf")):
            raise ReadError(
                f"JSON Lines ({n} documents in one file): give each document its own file "
                "(`parse --out DIR` writes one per document)",
                source=name,
            ) from None
        raise ReadError(f"malformed JSON ({exc})", source=name) from None
    if not isinstance(raw, dict):
        what = _WHAT.get(type(raw)) or f"JSON {msgspec.json.encode(raw).decode()}"  # true, false, null
        raise NotOwnershipDocument(
            f"{what}, not section16's JSON form of a Form 3/4/5 (one JSON object per file)", source=name
        )
    known = set(OwnershipDocument.__struct_fields__)
    if not known & raw.keys():
        raise NotOwnershipDocument("JSON, but not section16's JSON form of a Form 3/4/5", source=name)
    unknown = sorted(set(raw) - known)
    if unknown:
        raise NotOwnershipDocument(
            f"JSON with fields the JSON form does not have ({', '.join(unknown[:5])})", source=name
        )
    try:
        return OwnershipDocument.from_json(data.lstrip(b"\xef\xbb\xbf"))
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ReadError(f"not a document in the JSON form ({exc})", source=name) from None
