"""Readers: every input shape in, one `OwnershipDocument` out.

`parse()` tells the shapes apart by content, not by file name:

* EDGAR XML (``<ownershipDocument>``, namespaced or not)      -> `readers.xml`
* EDGAR full-submission files (``<SEC-DOCUMENT>`` SGML wrapper) -> `readers.submission`
* PDF (``%PDF-`` magic)                                         -> `readers.pdf`
* JSON (section16's own JSON form, as ``parse --out`` writes; any other JSON, an array say,
  is refused there with one line, never read as OCR text)        -> `readers.jsonform`
* anything else that decodes as text (OCR text, markdown, HTML) -> `readers.text`
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import msgspec

from section16.errors import ReadError
from section16.model import OwnershipDocument

MAX_INPUT_BYTES = 50 * 1024 * 1024
"""Inputs larger than this are refused before anything is parsed."""

Source = str | bytes | os.PathLike[str]


def load_source(source: Source) -> tuple[bytes, str | None]:
    """Return ``(raw bytes, display name)`` for a path, bytes or a str.

    A str is a path when it names an existing file and does not look like a document.
    """
    if isinstance(source, bytes | bytearray):
        return bytes(source), None
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("<") or len(source) > 4096):
        return source.encode("utf-8"), None
    path = Path(source)
    name = str(source)
    if not path.exists():
        raise ReadError("no such file", source=name)
    if path.is_dir():
        raise ReadError("is a directory, not a file", source=name)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ReadError(f"file is {size:,} bytes, over the {MAX_INPUT_BYTES:,}-byte limit", source=name)
        return path.read_bytes(), name
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})", source=name) from exc


def sniff(data: bytes) -> str:
    """Name the input shape: 'xml', 'submission', 'pdf', 'json' or 'text'."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{") or is_json(data):
        return "json"
    upper = head[:2048].upper()
    if upper.startswith((b"<SEC-DOCUMENT>", b"<SEC-HEADER>", b"<SUBMISSION>", b"<IMS-DOCUMENT>")):
        return "submission"
    if b"<SEC-DOCUMENT>" in upper or b"<SEC-HEADER>" in upper:
        return "submission"
    if b"ACCESSION NUMBER:" in upper and b"<XML>" in data[:200_000].upper():
        return "submission"
    if head.startswith(b"<?xml") or head.startswith(b"<ownershipDocument") or b"ownershipDocument" in head:
        if b"<html" not in head[:512].lower():
            return "xml"
    return "text"


_JSON_START = tuple(bytes([c]) for c in b'["-0123456789tfn')


def is_json(data: bytes) -> bool:
    """The whole input is one JSON value (an array, a string, a number...). A form's text, OCR'd
    or markdown, never is: even one opening with '[ ] Form 3' fails to decode at its first word."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(_JSON_START):
        return False
    try:
        msgspec.json.decode(data.lstrip(b"\xef\xbb\xbf"))
    except msgspec.DecodeError:
        return False
    return True


def named_json(name: str | None) -> bool:
    """A file named *.json is read as JSON when its content is not XML, a submission or a PDF,
    so broken JSON (a cut-off array) is reported as such, not searched for box labels."""
    return bool(name) and name.lower().endswith(".json")


def parse(source: Source, *, source_name: str | None = None) -> OwnershipDocument:
    """Read one ownership document from a path, bytes or str, whatever its shape.

    Raises `ReadError` (with the file named) when the input is not a readable Form 3/4/5.
    """
    data, name = load_source(source)
    name = source_name or name
    data = from_utf16(data, name)
    if not data.strip():
        raise ReadError("file is empty", source=name or "<input>")
    kind = sniff(data)
    if kind == "text" and named_json(name):
        kind = "json"
    if kind == "xml":
        from section16.readers.xml import read_xml

        doc = read_xml(data, source_name=name)
    elif kind == "submission":
        from section16.readers.submission import read_submission

        doc = read_submission(data, source_name=name)
    elif kind == "json":
        from section16.readers.jsonform import read_json_form

        doc = read_json_form(data, source_name=name)
    elif kind == "pdf":
        from section16.readers.pdf import read_pdf

        doc = read_pdf(data, source_name=name)
    else:
        text = decode_text(data, name)
        from section16.readers.text import read_text

        doc = read_text(text, source_name=name)
    if name and (doc.metadata is None or doc.metadata.source_path is None):
        from section16.model import FilingMetadata

        meta = doc.metadata or FilingMetadata()
        meta.source_path = name
        doc.metadata = meta
    return doc


def from_utf16(data: bytes, name: str | None) -> bytes:
    """UTF-16 with a byte-order mark (what Windows tools write, 'Unicode' in Notepad) as UTF-8,
    so every reader sees the bytes it expects; other input is returned as it is."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        message = "starts with a UTF-16 byte-order mark but is not UTF-16 text"
        raise ReadError(message, source=name or "<input>") from None
    # an XML declaration saying UTF-16 would now be wrong: the reader is told UTF-8
    text = re.sub(r"""^(\s*<\?xml[^>]*?encoding=["'])[Uu][Tt][Ff]-?16(?:[LlBb][Ee])?(["'])""", r"\1UTF-8\2", text)
    return text.encode("utf-8")


def decode_text(data: bytes, name: str | None) -> str:
    """Decode text input, refusing binary junk with a clear error."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) // 20:
        raise ReadError("binary data, not a text, XML or PDF document", source=name or "<input>")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
