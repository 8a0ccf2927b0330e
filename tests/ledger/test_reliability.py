"""Crash safety and concurrent writers, with real processes (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from section16.ledger import Ledger

from .conftest import consistency_problems, make_variants

CLI = [sys.executable, "-c", "from section16.cli import main; main()"]


def _filings(url: str) -> int:
    eng = sa.create_engine(url)
    try:
        with eng.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM filings").scalar_one()
    except sa.exc.DBAPIError:  # the migration has not created the table yet
        return 0
    finally:
        eng.dispose()


def _ingest(url: str, folder: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*CLI, "ingest", str(folder), "--db", url, "--json", "--no-progress", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill reaches the parse workers too
    )


def test_sigkill_mid_ingest_loses_no_committed_document(ledger_url: str, xml_dir: Path, tmp_path: Path) -> None:
    files = make_variants(xml_dir, tmp_path / "in", range(4))
    proc = _ingest(ledger_url, tmp_path / "in")
    deadline = time.monotonic() + 120
    while _filings(ledger_url) < 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed: give it more files"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    killed_at = _filings(ledger_url)
    assert 0 < killed_at < len(files)
    assert consistency_problems(ledger_url) == []

    rerun = _ingest(ledger_url, tmp_path / "in")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    summary = json.loads(out)
    assert summary["failed"] == 0
    assert summary["stored"] + summary["unchanged"] == len(files)
    # what the killed run committed is found again; the rest is stored now
    assert summary["unchanged"] >= killed_at
    assert _filings(ledger_url) == killed_at + summary["stored"]
    assert consistency_problems(ledger_url) == []


def test_two_ingests_at_once_both_complete(ledger_url: str, xml_dir: Path, tmp_path: Path) -> None:
    make_variants(xml_dir, tmp_path / "a", range(0, 2))
    make_variants(xml_dir, tmp_path / "b", range(1, 3))  # copy 1 is in both
    procs = [_ingest(ledger_url, tmp_path / "a"), _ingest(ledger_url, tmp_path / "b")]
    summaries = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, f"exit {p.returncode}: {err.decode()[-2000:]}"
        summaries.append(json.loads(out))
    assert all(s["failed"] == 0 for s in summaries), [s.get("failures") for s in summaries]
    assert consistency_problems(ledger_url) == []
    with Ledger(ledger_url) as led:
        again = led.ingest([tmp_path / "a", tmp_path / "b"], workers=1)
        assert again.stored == [] and again.failed == [], (again.stored[:5], again.failed[:5], summaries)
        assert led.counts()["filings"] == len(set(again.unchanged)), (led.counts(), summaries)
        with led.engine.connect() as conn:
            dup = conn.exec_driver_sql(
                "SELECT count(*) FROM (SELECT cik FROM owners WHERE cik IS NOT NULL GROUP BY cik HAVING count(*) > 1) d"
            ).scalar_one()
        assert dup == 0
