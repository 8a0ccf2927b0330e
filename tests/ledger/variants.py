"""Copies of the real EDGAR XML fixtures that the ledger stores as new documents.

Shared by the ledger tests and ``benchmarks/bench_ledger.py`` (which imports this file by
path), so a test and the benchmark build their variants the same way.
"""

from __future__ import annotations

import re
from pathlib import Path


def make_variants(xml_dir: Path, out: Path, copies: range, label: str = "ledger test copy") -> list[Path]:
    """Real EDGAR XML documents, each copied with a distinct remark so every copy is a new
    document (the ledger keys documents without an accession number by content)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for k in copies:
        tag = f"{label} {k}"
        for f in sorted(xml_dir.glob("*.xml")):
            text = f.read_text(encoding="utf-8", errors="replace")
            if re.search(r"<remarks\s*/>", text):
                text = re.sub(r"<remarks\s*/>", f"<remarks>{tag}</remarks>", text, count=1)
            elif "<remarks>" in text:
                text = text.replace("<remarks>", f"<remarks>{tag} ", 1)
            else:
                text, n = re.subn(
                    r"</(\w+:)?ownershipDocument>",
                    lambda m, tag=tag: f"<remarks>{tag}</remarks>{m.group(0)}",
                    text,
                    count=1,
                )
                if not n:
                    continue
            path = out / f"{k:03d}_{f.name}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
