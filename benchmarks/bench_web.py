"""Web API benchmark (a command that prints figures, not a test).

    python benchmarks/bench_web.py                         # the 1M-transaction ledger, 50 clients
    python benchmarks/bench_web.py --db /tmp/small.db --transactions 20000 --requests 500

Serves the ledger with the real ``section16 serve`` command (Uvicorn on 127.0.0.1) and
drives it with ``--clients`` concurrent keep-alive clients, each sending its next request
as soon as the last one is answered, for at most ``--requests`` requests and ``--seconds``
seconds per endpoint. The driver is Debian's ``wrk`` when installed (C, so it leaves the
CPU to the server; a Lua script rotates through the URLs), else an asyncio + httpx script.
Requests are spread over 1,000 filings, owners and issuers drawn uniformly from the ledger.

Beside the HTTP figures it prints, per endpoint, the mean time of the same ledger calls
made in-process without HTTP, which tells the web layer's cost from the database's.

Endpoints measured: ``/api/health`` (a trivial endpoint: the web stack's own ceiling at the
moment, for reference), a filing in the full JSON form (``/api/filings/{key}``), an owner's
timeline (``/api/timeline?owner=``) and a page of transactions
(``/api/transactions?issuer=|owner=&limit=100``, a third of them with a code filter).
Target: p95 under 50 ms. The ledger is the one ``bench_ledger.py`` builds
(benchmarks/.cache/ledger-1m.db), built here with its builder if missing.

With the response cache on (``--cache-mb``, default 64 as ``serve``), each distinct URL is
asked once before the measurement, one at a time (the time that takes is printed: every
answer computed), so the figures are a server's steady state; ``--cache-mb 0`` measures
every answer computed under load. With ``--workers`` > 1 each worker keeps its own answers
and the warm-up asks every URL from several connections so that it reaches them all.

The load generator runs on the same machine and takes CPU from the server; the figures
are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
TARGET_P95_MS = 50.0


def ensure_ledger(db: Path, transactions: int) -> None:
    """Build the benchmark ledger with bench_ledger's builder unless it is already there."""
    if db.exists():
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_ledger

    db.parent.mkdir(parents=True, exist_ok=True)
    bench_ledger.build(db, transactions, batch=2000)


def sample_targets(db: Path, n: int, seed: int) -> dict[str, list[str]]:
    """``n`` filing keys, owner CIKs and issuer CIKs drawn uniformly from the ledger's tables
    (read-only SQL here in the benchmark; the web app itself goes through `Ledger`)."""
    from section16.ledger import Ledger

    rng = random.Random(seed)
    with Ledger(f"sqlite:///{db}") as led, led.engine.connect() as conn:
        keys = [r[0] for r in conn.exec_driver_sql("SELECT filing_key FROM filings")]
        owners = [r[0] for r in conn.exec_driver_sql("SELECT cik FROM owners WHERE cik IS NOT NULL")]
        issuers = [r[0] for r in conn.exec_driver_sql("SELECT cik FROM issuers WHERE cik IS NOT NULL")]
    return {
        "filings": rng.sample(keys, min(n, len(keys))),
        "owners": rng.sample(owners, min(n, len(owners))),
        "issuers": rng.sample(issuers, min(n, len(issuers))),
    }


def build_urls(targets: dict[str, list[str]], endpoint: str, count: int, rng: random.Random) -> list[str]:
    urls = []
    for i in range(count):
        if endpoint == "health":
            urls.append("/api/health")
        elif endpoint == "filing":
            urls.append(f"/api/filings/{rng.choice(targets['filings'])}")
        elif endpoint == "timeline":
            urls.append(f"/api/timeline?owner={rng.choice(targets['owners'])}")
        else:
            by = ("issuer", rng.choice(targets["issuers"])) if i % 2 else ("owner", rng.choice(targets["owners"]))
            url = f"/api/transactions?{by[0]}={by[1]}&limit=100"
            if i % 3 == 0:
                url += "&code=S"
            urls.append(url)
    return urls


async def run_load(base: str, urls: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` workers share the URL list; each sends its next request when answered."""
    latencies: list[float] = []
    errors = 0
    sizes = 0
    queue = iter(urls)
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:

        async def worker() -> None:
            nonlocal errors, sizes
            for url in queue:
                if time.perf_counter() > deadline:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.get(url)
                    ok = r.status_code == 200
                    sizes += len(r.content)
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - t0) * 1000)
                errors += 0 if ok else 1

        t_start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - t_start
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "errors": errors,
        "rps": n / elapsed if elapsed else 0.0,
        "p50": statistics.median(latencies) if n else float("nan"),
        "p95": latencies[int(0.95 * (n - 1))] if n else float("nan"),
        "p99": latencies[int(0.99 * (n - 1))] if n else float("nan"),
        "max": latencies[-1] if n else float("nan"),
        "kb": sizes / n / 1024 if n else 0.0,
    }


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = 0
function init(args) counter = math.random(#paths) end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max))
end
"""


def warm_all(base: str, urls: list[str], workers: int = 1) -> tuple[float, int]:
    """Ask each distinct URL once, one at a time: what a server that has been up a while
    has already computed and kept. Returns (seconds, distinct URLs): every answer computed.

    With several Uvicorn workers each keeps its own answers and the kernel hands each new
    connection to one of them, so ``4 x workers`` clients on their own connections each ask
    every URL (a worker then misses a URL with odds of about 2**-(4 x workers) with 2 workers).
    """
    from concurrent.futures import ThreadPoolExecutor

    distinct = list(dict.fromkeys(urls))

    def one_pass(_: int) -> None:
        with httpx.Client(base_url=base, timeout=30.0) as client:
            for url in distinct:
                client.get(url)

    t0 = time.perf_counter()
    passes = 1 if workers == 1 else 4 * workers
    with ThreadPoolExecutor(passes) as pool:
        list(pool.map(one_pass, range(passes)))
    return time.perf_counter() - t0, len(distinct)


def run_wrk(base: str, urls: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """Drive the server with wrk for ``seconds`` (wrk bounds by time; the URL list is cycled)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        script, paths = Path(tmp) / "rotate.lua", Path(tmp) / "paths.txt"
        script.write_text(WRK_SCRIPT)
        paths.write_text("\n".join(urls) + "\n")
        threads = max(1, min(2, (os.cpu_count() or 1) // 2))
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "30s", "-s",
             str(script), base],
            capture_output=True, text=True, env={**os.environ, "BENCH_PATHS": str(paths)}, check=True,
        )
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT"))
    n, dur_us, size, errors, p50, p95, p99, mx = (int(v) for v in line.split()[1:])
    return {"requests": n, "errors": errors, "rps": n / (dur_us / 1e6), "p50": p50 / 1000, "p95": p95 / 1000,
            "p99": p99 / 1000, "max": mx / 1000, "kb": size / max(1, n) / 1024}


def direct_ms(db: Path, urls: list[str]) -> float:
    """Mean time of the ledger calls behind ``urls``, in-process, no HTTP."""
    from urllib.parse import parse_qsl, urlsplit

    from section16.ledger import Ledger
    from section16.web.jsonresp import encode

    with Ledger(f"sqlite:///{db}") as led:
        t0 = time.perf_counter()
        for url in urls:
            parts = urlsplit(url)
            q = dict(parse_qsl(parts.query))
            if parts.path.startswith("/api/filings/"):
                led.get_document_json(parts.path.rsplit("/", 1)[1])  # what the endpoint serves
            elif parts.path == "/api/timeline":
                encode(led.timeline(q["owner"]))
            else:
                encode(led.transactions(owner=q.get("owner"), issuer=q.get("issuer"), code=q.get("code"), limit=100))
        return (time.perf_counter() - t0) / len(urls) * 1000


def start_server(db: Path, port: int, workers: int = 1, cache_mb: float = 64.0) -> subprocess.Popen[bytes]:
    """``section16 serve`` in its own process, as a user would start it."""
    cmd = [sys.executable, "-c", "from section16.cli import main; main()", "serve", "--db", f"sqlite:///{db}",
           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--workers", str(workers),
           "--cache-mb", str(cache_mb)]
    env = {**os.environ, "SECTION16_TOKEN": ""}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise SystemExit(f"serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
    proc.terminate()
    raise SystemExit("serve did not answer /api/health within 30 s")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=CACHE / "ledger-1m.db")
    ap.add_argument("--transactions", type=int, default=1_000_000, help="size of the ledger to build if missing")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000,
                    help="distinct request URLs per endpoint; the httpx driver stops after this many, wrk cycles them")
    ap.add_argument("--seconds", type=float, default=20.0, help="time per endpoint (upper bound)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1, help="Uvicorn worker processes (serve --workers)")
    ap.add_argument("--cache-mb", type=float, default=64.0,
                    help="serve --cache-mb: answers kept per worker until the ledger changes (0: none)")
    ap.add_argument("--driver", choices=("auto", "wrk", "httpx"), default="auto")
    args = ap.parse_args()
    driver = args.driver
    if driver == "auto":
        driver = "wrk" if shutil.which("wrk") else "httpx"

    ensure_ledger(args.db, args.transactions)
    from section16.ledger import Ledger

    with Ledger(f"sqlite:///{args.db}") as led:
        counts = led.counts()
    targets = sample_targets(args.db, 1000, args.seed)
    print(f"ledger {args.db}: {counts['filings']:,} filings, {counts['entries']:,} table rows, "
          f"{counts['owners']:,} owners; sampled {len(targets['filings'])} filings, {len(targets['owners'])} owners, "
          f"{len(targets['issuers'])} issuers")
    port = free_port()
    server = start_server(args.db, port, args.workers, args.cache_mb)
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(args.seed)
    results = {}
    direct = {}
    warm_seconds: dict[str, tuple[float, int]] = {}
    try:
        for endpoint in ("health", "filing", "timeline", "transactions"):
            urls = build_urls(targets, endpoint, args.requests, rng)
            warm = urls[: min(len(urls), 4 * args.clients)]
            if args.cache_mb > 0 and endpoint != "health":  # steady state: each answer computed once, then kept
                warm_seconds[endpoint] = warm_all(base, urls, args.workers)
            if driver == "wrk":
                run_wrk(base, warm, args.clients, 2)
                results[endpoint] = run_wrk(base, urls, args.clients, args.seconds)
            else:
                asyncio.run(run_load(base, warm, args.clients, 10))
                results[endpoint] = asyncio.run(run_load(base, urls, args.clients, args.seconds))
            direct[endpoint] = direct_ms(args.db, urls[:200]) if endpoint != "health" else 0.0
        cache = httpx.get(f"{base}/api/health", timeout=5).json().get("cache")  # one worker's view
    finally:
        server.terminate()
        server.wait(timeout=10)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    kept = (f"response cache {args.cache_mb:g} MB per worker (one worker's hits/misses over the run: "
            f"{cache['hits']:,}/{cache['misses']:,})" if cache else "no response cache: every answer computed")
    print(f"\n{args.clients} concurrent clients ({driver}), {args.workers} Uvicorn worker(s), SQLite, {kept}, "
          f"{os.cpu_count()} CPUs shared with the load generator (load average {load:.1f})")
    head = f"{'endpoint':<14}{'requests':>9}{'errors':>7}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}" \
           f"{'max ms':>9}{'KB/resp':>9}{'ledger ms':>11}  p95<{TARGET_P95_MS:g}ms"
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        verdict = "-" if name == "health" else "yes" if r["p95"] < TARGET_P95_MS and not r["errors"] else "NO"
        print(f"{name:<14}{r['requests']:>9,}{r['errors']:>7}{r['rps']:>9.0f}{r['p50']:>9.1f}{r['p95']:>9.1f}"
              f"{r['p99']:>9.1f}{r['max']:>9.1f}{r['kb']:>9.1f}{direct[name]:>11.2f}  {verdict}")
    for name, (secs, distinct) in warm_seconds.items():
        how = "one at a time" if args.workers == 1 else f"{4 * args.workers} clients, to reach every worker"
        print(f"{name}: {distinct:,} distinct URLs asked before the measurement in {secs:.1f} s ({how})")
    print("health: a trivial endpoint, the web stack's own ceiling on this machine at this load (no target)")
    print("ledger ms: mean time of the same ledger call plus JSON encoding in-process, one at a time, no HTTP")


if __name__ == "__main__":
    main()
