"""Section16's own JSON form (what ``parse --out`` writes, docs/json-form.md) read back
through the model, so a saved reading goes into parse, check and ingest as it was saved."""

from __future__ import annotations

import msgspec

from section16.errors import NotOwnershipDocument, ReadError
from section16.model import OwnershipDocument


def looks_like_json(data: bytes) -> bool:
    """A JSON object: the only JSON the form is (OCR text or markdown never opens with '{')."""
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_json_form(data: bytes, source_name: str | None = None) -> OwnershipDocument:
    """The document a JSON-form file holds; other JSON is refused with one line."""
    name = source_name or "<input>"
    try:
        raw = msgspec.json.decode(data.lstrip(b"\xef\xbb\xbf"))
    except msgspec.DecodeError as exc:
        raise ReadError(f"malformed JSON ({exc})", source=name) from None
    known = set(OwnershipDocument.__struct_fields__)
    if not isinstance(raw, dict) or not known & raw.keys():
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
