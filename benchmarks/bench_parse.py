"""Parse speed: section16's EDGAR XML reader against edgartools and bare lxml.

    python benchmarks/bench_parse.py                 # the 253 documents in ../shared/edgar/xml
    python benchmarks/bench_parse.py --rounds 10 --dir some/xml/folder

Every parser reads the same documents, held in memory, repeatedly in one process; the best
round counts (the least disturbed by other work on the machine). Prints a markdown table for
the README and whether the targets hold: section16 at least 5x faster than edgartools and
within 5x of a bare ``lxml.etree.fromstring``.

edgartools (a benchmark-only dependency: ``pip install edgartools``) looks up every reporting
owner on EDGAR while parsing (``edgar.ownership.owners.Entity(cik).data.is_company``, to decide
whether to reverse the owner's name). That lookup is replaced by an offline stub that answers
"not a company", and every socket connection is refused for the whole run, so nothing here
touches the network and edgartools is timed on its parsing alone. (With the stub, edgartools
fails on documents without ``<rptOwnerName>`` — legal, EDGAR fills the name in — because it
reverses a missing name; online it fails the same way whenever the owner is a person.)
"""

from __future__ import annotations

import argparse
import gc
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "edgar" / "xml"


NETWORK_ATTEMPTS = [0]


def _no_network(*_args: Any, **_kwargs: Any) -> None:
    NETWORK_ATTEMPTS[0] += 1
    raise OSError("network access is disabled during the benchmark")


def block_network() -> None:
    """Refuse every outgoing connection, so an unstubbed lookup fails loudly instead of timing the SEC."""
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign]
    socket.create_connection = _no_network  # type: ignore[assignment]


@dataclass
class Result:
    name: str
    best_seconds: float = float("inf")
    rounds: int = 0
    ok: int = 0
    failures: dict[str, str] = field(default_factory=dict)

    def docs_per_second(self) -> float:
        return self.ok / self.best_seconds if self.ok else 0.0


def run(name: str, func: Callable[[Any], Any], inputs: list[tuple[str, Any]], rounds: int) -> Result:
    """Time ``func`` over all inputs ``rounds`` times; documents that raise are left out of every round."""
    result = Result(name)
    good: list[Any] = []
    for doc_name, data in inputs:  # warm-up round, which also finds the documents a parser fails on
        try:
            func(data)
        except Exception as exc:
            result.failures[doc_name] = f"{type(exc).__name__}: {str(exc)[:120]}"
        else:
            good.append(data)
    result.ok = len(good)
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        for data in good:
            func(data)
        elapsed = time.perf_counter() - start
        result.best_seconds = min(result.best_seconds, elapsed)
        result.rounds += 1
    return result


def edgartools_parser() -> Callable[[str], Any] | None:
    try:
        import edgar.ownership.owners as owners
        from edgar.ownership import Ownership
    except ImportError:
        return None

    class _OfflineEntity:
        """Stands in for edgar.entity.Entity: no EDGAR lookup, every owner 'not a company'."""

        class data:  # noqa: N801  (mimics the attribute edgartools reads)
            is_company = False

        def __init__(self, cik: int) -> None:
            self.cik = cik

    owners.Entity = _OfflineEntity  # type: ignore[attr-defined,misc]
    return Ownership.parse_xml


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of EDGAR ownership XML documents")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds per parser (best one counts)")
    ap.add_argument("--no-edgartools", action="store_true", help="skip edgartools")
    args = ap.parse_args(argv)

    paths = sorted(args.dir.glob("*.xml"))
    if not paths:
        print(f"bench_parse: {args.dir}: no .xml documents", file=sys.stderr)
        return 2
    raw = [(p.name, p.read_bytes()) for p in paths]
    text = [(name, data.decode("utf-8", errors="replace")) for name, data in raw]
    total_mb = sum(len(d) for _, d in raw) / 1e6
    block_network()

    from section16.checks import check_document
    from section16.readers import parse
    from section16.readers.xml import read_xml

    results = [
        run("lxml.etree.fromstring (bare XML parse)", etree.fromstring, raw, args.rounds),
        run("section16 readers.xml.read_xml", read_xml, raw, args.rounds),
        run("section16 parse() (sniff + read_xml)", parse, raw, args.rounds),
        run("section16 read_xml + check_document", lambda d: check_document(read_xml(d)), raw, args.rounds),
    ]
    et = None if args.no_edgartools else edgartools_parser()
    et_r: Result | None = None
    if et is not None:
        import importlib.metadata

        version = importlib.metadata.version("edgartools")
        et_r = run(f"edgartools {version} Ownership.parse_xml", et, text, args.rounds)
        results.append(et_r)
    elif not args.no_edgartools:
        print("bench_parse: edgartools is not installed (pip install edgartools); skipping it", file=sys.stderr)

    lxml_r, s16 = results[0], results[1]
    print(f"{len(paths)} EDGAR XML documents ({total_mb:.2f} MB), best of {args.rounds} rounds, "
          f"Python {sys.version.split()[0]}\n")
    print("| parser | documents/s | µs/document | time vs bare lxml | documents failed |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for r in results:
        rate = r.docs_per_second()
        ratio = lxml_r.docs_per_second() / rate if rate else float("inf")
        print(f"| {r.name} | {rate:,.0f} | {1e6 / rate if rate else float('nan'):,.0f} | {ratio:.1f}x "
              f"| {len(r.failures)} |")
    print()
    s16_rate = s16.docs_per_second()
    lxml_ratio = lxml_r.docs_per_second() / s16_rate
    print(f"- section16 read_xml is {lxml_ratio:.1f}x the time of a bare lxml parse "
          f"(target: within 5x): {'met' if lxml_ratio <= 5 else 'MISSED'}")
    if et_r is not None and et_r.docs_per_second():
        speedup = s16_rate / et_r.docs_per_second()
        print(f"- section16 read_xml is {speedup:.1f}x faster than edgartools "
              f"(target: at least 5x): {'met' if speedup >= 5 else 'MISSED'}")
    print(f"- network connections attempted during the run (all refused): {NETWORK_ATTEMPTS[0]}")
    for r in results:
        for doc_name, why in sorted(r.failures.items()):
            print(f"- {r.name} failed on {doc_name}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
