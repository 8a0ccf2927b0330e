"""Ledger benchmark (a command that prints figures, not a test).

    python benchmarks/bench_ledger.py                      # 1,000,000 transactions, SQLite
    python benchmarks/bench_ledger.py --transactions 50000 --db /tmp/small.db
    python benchmarks/bench_ledger.py --queries-only       # reuse benchmarks/.cache/ledger-1m.db
    python benchmarks/bench_ledger.py --files-only         # only the file-ingest rate

Figures printed:

1. end-to-end ingest rate of XML files (`Ledger.ingest`: parse in worker processes on all
   cores, write in the parent) on copies of the real EDGAR XML fixtures in ../shared;
2. the bulk-store rate while building a ledger of N transactions: the real fixtures parsed
   once, then stored again and again under fresh accession numbers (and, every 50 copies,
   fresh owner and issuer CIKs, so one owner's history holds ~50 filings per document it
   appears in instead of thousands);
3. p50/p95 latency of `holdings` and `timeline` for random owners of the built ledger, once
   the owners' pages are in the OS cache (the first, cold pass is reported too).

The built database stays at benchmarks/.cache/ledger-1m.db (git-ignored) for reuse.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parents[1]
XML_DIR = ROOT.parent / "shared" / "edgar" / "xml"
CACHE = ROOT / "benchmarks" / ".cache"
COPIES_PER_IDENTITY = 50


def _variants(out: Path, copies: int) -> int:
    """Copies of the real XML fixtures, each with a distinct remark (a new document each)."""
    sys.path.insert(0, str(ROOT / "tests" / "ledger"))
    from variants import make_variants  # the ledger tests' builder, so both copy alike

    return len(make_variants(XML_DIR, out, range(copies), label="bench copy"))


def bench_file_ingest(copies: int, workers: int | None) -> None:
    from section16.ledger import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "xml"
        folder.mkdir()
        _variants(folder, copies)
        led = Ledger(Path(tmp) / "ingest.db")
        cpu0 = _cpu_seconds()
        report = led.ingest([folder], workers=workers)
        cpu = _cpu_seconds() - cpu0
        assert not report.failed, report.failed[:3]
        rate = len(report.stored) / report.seconds
        per_cpu = len(report.stored) / cpu
        print(
            f"file ingest (parse + store, {workers or os.cpu_count()} workers): {len(report.stored):,} XML documents "
            f"in {report.seconds:.2f} s = {rate:,.0f} documents/s; {cpu:.2f} CPU-s in all processes = "
            f"{per_cpu:,.0f} documents per CPU-second (~{per_cpu * (os.cpu_count() or 1):,.0f}/s on idle cores)"
        )
        again = led.ingest([folder], workers=workers)
        print(f"re-ingest of the same files (all unchanged): {len(again.unchanged) / again.seconds:,.0f} documents/s")
        led.close()


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parse workers)."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _base_docs() -> list:
    from section16 import parse

    docs = []
    for f in sorted(XML_DIR.glob("*.xml")):
        docs.append(parse(f))
    return docs


def _cik(raw: str | None, block: int) -> str | None:
    if not raw or not raw.strip().isdigit():
        return raw
    return str(int(raw) + block * 3_000_000).zfill(10)


def build(db: Path, target_tx: int, batch: int) -> None:
    from section16.ledger import Ledger
    from section16.ledger.records import prepare
    from section16.model import FilingMetadata

    base = _base_docs()
    per_round = sum(len(d.non_derivative_transactions) + len(d.derivative_transactions) for d in base)
    rounds = -(-target_tx // per_round)
    print(
        f"building {db}: {len(base)} real documents x {rounds} copies "
        f"(~{per_round * rounds:,} transactions, {len(base) * rounds:,} documents)"
    )
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    led = Ledger(db)
    t_prep = t_store = 0.0
    done_docs = done_tx = 0
    seq = 0
    pending = []
    t_all = time.perf_counter()
    for k in range(rounds):
        block = k // COPIES_PER_IDENTITY
        t0 = time.perf_counter()
        for d in base:
            seq += 1
            doc = msgspec.structs.replace(
                d,
                metadata=FilingMetadata(
                    accession_number=f"9{seq // 10**8:09d}-{(seq // 10**6) % 100:02d}-{seq % 10**6:06d}",
                    filing_date=d.period_of_report,
                    form_type=d.document_type,
                ),
                issuer=msgspec.structs.replace(d.issuer, issuer_cik=_cik(d.issuer.issuer_cik, block)),
                reporting_owners=[
                    msgspec.structs.replace(o, rpt_owner_cik=_cik(o.rpt_owner_cik, block)) for o in d.reporting_owners
                ],
            )
            pending.append(prepare(doc, source_format="xml"))
            done_tx += len(d.non_derivative_transactions) + len(d.derivative_transactions)
        t1 = time.perf_counter()
        t_prep += t1 - t0
        if len(pending) >= batch or k == rounds - 1:
            for i in range(0, len(pending), batch):
                led.store_prepared(pending[i : i + batch])
            batch_docs = len(pending)
            done_docs += batch_docs
            pending = []
            t_store += time.perf_counter() - t1
            if done_docs // 50_000 != (done_docs - batch_docs) // 50_000 or k == rounds - 1:
                print(
                    f"  {done_docs:,} documents, {done_tx:,} transactions, store {done_docs / t_store:,.0f} docs/s",
                    file=sys.stderr,
                )
    led.analyze()  # as `ingest` does after storing: planner statistics for the queries
    total = time.perf_counter() - t_all
    print(
        f"bulk store: {done_docs:,} documents ({done_tx:,} transactions) in {t_store:.1f} s = "
        f"{done_docs / t_store:,.0f} documents/s, {done_tx / t_store:,.0f} transactions/s "
        f"(plus {t_prep:.1f} s preparing copies; {total:.1f} s overall)"
    )
    led.close()


def bench_queries(db: Path, samples: int) -> None:
    from section16.ledger import Ledger

    led = Ledger(db)
    counts = led.counts()
    print(f"ledger: {counts['filings']:,} filings, {counts['entries']:,} table rows, {counts['owners']:,} owners")
    with led.engine.connect() as conn:
        ciks = [r[0] for r in conn.exec_driver_sql("SELECT cik FROM owners WHERE cik IS NOT NULL")]
    rng = random.Random(16)
    picks = [rng.choice(ciks) for _ in range(samples)]

    def measure(fn: Any) -> tuple[list[float], list[float], int]:
        times, cpu, rows = [], [], 0
        for cik in picks:
            t0, c0 = time.perf_counter(), time.process_time()
            rows += len(fn(cik))
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        return sorted(times), sorted(cpu), rows

    def pct(xs: list[float], q: float) -> float:
        return xs[int(q * (len(xs) - 1))]

    for name, fn in (("holdings", led.holdings), ("timeline", led.timeline)):
        cold, _, _ = measure(fn)  # first touch of these owners' pages
        times, cpu, rows = measure(fn)
        print(
            f"{name}: p50 {statistics.median(times):.1f} ms, p95 {pct(times, 0.95):.1f} ms, max {times[-1]:.1f} ms "
            f"over {samples} random owners ({rows / samples:.0f} rows per answer); CPU p50 "
            f"{statistics.median(cpu):.1f} ms, p95 {pct(cpu, 0.95):.1f} ms; first (cold-cache) pass p95 "
            f"{pct(cold, 0.95):.1f} ms"
        )
    led.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--transactions", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=CACHE / "ledger-1m.db")
    ap.add_argument("--batch", type=int, default=2000, help="documents per transaction in the bulk build")
    ap.add_argument("--file-copies", type=int, default=8, help="copies of the XML fixtures for the file ingest")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--queries-only", action="store_true", help="reuse --db, measure the queries only")
    ap.add_argument("--skip-files", action="store_true", help="skip the file-ingest figure")
    ap.add_argument("--files-only", action="store_true", help="only the file-ingest figure")
    args = ap.parse_args()
    if not XML_DIR.is_dir():
        sys.exit(f"{XML_DIR}: the shared EDGAR XML fixtures are needed beside the checkout")
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.files_only:
        bench_file_ingest(args.file_copies, args.workers)
        return
    if not args.queries_only:
        if not args.skip_files:
            bench_file_ingest(args.file_copies, args.workers)
        build(args.db, args.transactions, args.batch)
    elif not args.db.exists():
        sys.exit(f"{args.db}: no ledger to query; run without --queries-only first")
    bench_queries(args.db, args.samples)
    print(f"ledger kept at {args.db}")


if __name__ == "__main__":
    main()
