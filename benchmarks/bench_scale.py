"""Scale-out benchmark (a command that prints figures, not a test).

    python benchmarks/bench_scale.py                   # 8 copies of the real XML (~2,000 documents)
    python benchmarks/bench_scale.py --copies 20 --rss

Ingests the same documents into a fresh SQLite ledger with

1. one local process (parse and store in turn),
2. all local cores (`Ledger.ingest`: a process pool parses, the parent stores),
3. a Dask LocalCluster of 2 worker processes x 1 thread (`section16.scale.ingest`: files
   read by the client and shipped as bytes, the same store loop), from a folder and from
   one .tar.gz of the same documents (members streamed out of the archive),

and prints documents/second as a markdown table. The documents are copies of the real
EDGAR XML in ../shared, each copy with its own remark so every one is a new filing.
Cluster start-up is timed apart from the ingest.

``--rss`` also ingests a .tar.gz of N and of 4N documents through a LocalCluster, the
client in a fresh process each time, and prints the client's peak resident memory: flat
when inputs are streamed, growing with N if they were held in memory.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XML_DIR = ROOT.parent / "shared" / "edgar" / "xml"


def make_copies(out: Path, copies: int) -> int:
    """Write `copies` variants of every real XML fixture, each a distinct document (its own remark)."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    sources = [(f.name, f.read_text(encoding="utf-8", errors="replace")) for f in sorted(XML_DIR.glob("*.xml"))]
    for k in range(copies):
        tag = f"scale copy {k}"
        for name, text in sources:
            if re.search(r"<remarks\s*/>", text):
                text = re.sub(r"<remarks\s*/>", f"<remarks>{tag}</remarks>", text, count=1)
            elif "<remarks>" in text:
                text = text.replace("<remarks>", f"<remarks>{tag} ", 1)
            else:
                text, hit = re.subn(r"</(\w+:)?ownershipDocument>", f"<remarks>{tag}</remarks>\\g<0>", text, count=1)
                if not hit:
                    continue
            (out / f"{k:03d}_{name}").write_text(text, encoding="utf-8")
            n += 1
    return n


def make_archive(folder: Path, archive: Path) -> None:
    with tarfile.open(archive, "w:gz") as tf:
        for f in sorted(folder.iterdir()):
            tf.add(f, arcname=f"feed/{f.name}")


def _row(mode: str, workers: str, report) -> str:
    n = len(report.stored) + len(report.unchanged) + len(report.updated)
    assert not report.failed, report.failed[:3]
    return f"| {mode} | {workers} | {n:,} | {report.seconds:.2f} | {n / report.seconds:,.0f} |"


def run_table(copies: int) -> None:
    from distributed import Client, LocalCluster

    from section16 import scale
    from section16.ledger import Ledger

    cores = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        n = make_copies(t / "xml", copies)
        make_archive(t / "xml", t / "feed.tar.gz")
        print(f"{n:,} documents ({copies} copies of {len(list(XML_DIR.glob('*.xml')))} real EDGAR XML files)")

        def fresh(name: str) -> Ledger:
            return Ledger(f"sqlite:///{t / name}")

        led = fresh("one.db")
        rows.append(_row("local, 1 process", "1", led.ingest([t / "xml"], workers=1)))
        led = fresh("all.db")
        rows.append(_row("local, all cores", str(cores), led.ingest([t / "xml"], workers=None)))
        again = led.ingest([t / "xml"], workers=None)
        rows.append(_row("local, all cores, re-run (all unchanged)", str(cores), again))

        t0 = time.perf_counter()
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            startup = time.perf_counter() - t0
            client.run(lambda: __import__("section16.ledger.ingest"))  # warm imports, as on a long-lived cluster
            led = fresh("dask.db")
            rows.append(
                _row(
                    "Dask LocalCluster, folder (bytes shipped)", "2x1", scale.ingest(led, [t / "xml"], scheduler=client)
                )
            )
            led = fresh("dask-shared.db")
            rows.append(
                _row(
                    "Dask LocalCluster, folder (--shared-storage)",
                    "2x1",
                    scale.ingest(led, [t / "xml"], scheduler=client, shared_storage=True),
                )
            )
            led = fresh("dask-tar.db")
            rows.append(
                _row("Dask LocalCluster, one .tar.gz", "2x1", scale.ingest(led, [t / "feed.tar.gz"], scheduler=client))
            )
    print(f"\nmachine: {cores} cores (shared with other work); Dask cluster start-up {startup:.1f} s, not included\n")
    print("| mode | workers | documents | seconds | documents/s |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


def rss_child(archive: str, scheduler: str) -> None:
    """Ingest one archive through the cluster at `scheduler`; print this process's peak RSS in MB.

    The scheduler lives in the parent (a LocalCluster runs it in-process), so this is the
    client alone: the process that reads the archive and stores the results.
    """
    from section16 import scale
    from section16.ledger import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        report = scale.ingest(Ledger(f"sqlite:///{tmp}/rss.db"), [archive], scheduler=scheduler)
        assert not report.failed, report.failed[:3]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(report.stored)} {peak:.0f}")


def run_rss(copies: int) -> None:
    from distributed import LocalCluster

    print("\n| archive | documents | archive MB (uncompressed) | client peak RSS MB |")
    print("|---|---|---|---|")
    with (
        tempfile.TemporaryDirectory() as tmp,
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        for k in (copies, copies * 4):
            folder = Path(tmp) / f"x{k}"
            make_copies(folder, k)
            size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
            archive = Path(tmp) / f"feed{k}.tar.gz"
            make_archive(folder, archive)
            out = subprocess.run(
                [sys.executable, __file__, "--rss-child", str(archive), cluster.scheduler_address],
                capture_output=True,
                text=True,
                check=True,
            )
            n, peak = out.stdout.split()[-2:]
            print(f"| {archive.name} | {int(n):,} | {size:.0f} | {peak} |")


def main() -> None:
    import dask

    # as `scale.connect` does for its client: Dask's debug log of the last 1000 messages
    # would otherwise keep the shipped file bytes (here also in the in-process scheduler)
    dask.config.set({"distributed.admin.low-level-log-length": 8})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8, help="copies of the real XML fixtures (253 each)")
    ap.add_argument("--rss", action="store_true", help="also measure the client's peak memory on N and 4N documents")
    ap.add_argument("--rss-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(*args.rss_child)
        return
    run_table(args.copies)
    if args.rss:
        run_rss(args.copies)


if __name__ == "__main__":
    main()
