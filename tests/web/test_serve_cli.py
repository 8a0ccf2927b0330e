"""``section16 serve`` as a user runs it: a real process answering on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import free_port


def _serve(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", "from section16.cli import main; main()", "serve", *args]
    return subprocess.Popen(cmd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait(url: str, proc: subprocess.Popen[bytes]) -> httpx.Response:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            return httpx.get(url, timeout=1)
        except httpx.HTTPError:
            time.sleep(0.1)
    pytest.fail("serve did not answer within 20 s")


def test_serve_workers_answer_with_token_from_env(tmp_path: Path, xml_dir: Path) -> None:
    """Two worker processes, each configured from the environment the command sets up."""
    port = free_port()
    proc = _serve(["--db", str(tmp_path / "ledger.db"), "--port", str(port), "--workers", "2",
                   "--log-level", "warning", "--cache-mb", "8"], {"SECTION16_TOKEN": "from-env"})
    try:
        health = _wait(f"http://127.0.0.1:{port}/api/health", proc).json()
        assert health["writes_enabled"] is True and health["cache"]["entries"] == 0
        path = sorted(xml_dir.glob("*.xml"))[0]
        saved = httpx.post(f"http://127.0.0.1:{port}/api/filings", files={"file": (path.name, path.read_bytes())},
                           headers={"Authorization": "Bearer from-env"}, timeout=30)
        assert saved.status_code == 201, saved.text
        key = saved.json()["key"]
        assert httpx.get(f"http://127.0.0.1:{port}/api/filings/{key}").json()["issuer"]["issuer_cik"] == \
            httpx.post(f"http://127.0.0.1:{port}/api/parse", files={"file": (path.name, path.read_bytes())}
                       ).json()["document"]["issuer"]["issuer_cik"]
        # Both workers keep the answer; a correction made through either must reach all readers.
        url = f"http://127.0.0.1:{port}/api/filings/{key}"
        for _ in range(6):
            assert httpx.get(url).json()["remarks"] != "corrected across workers"
        fixed = httpx.post(f"{url}/corrections", headers={"Authorization": "Bearer from-env"},
                           json={"corrections": [{"path": "remarks", "value": "corrected across workers"}]})
        assert fixed.status_code == 200, fixed.text
        assert {httpx.get(url).json()["remarks"] for _ in range(6)} == {"corrected across workers"}
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_serve_without_token_is_read_only(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SECTION16_TOKEN"}
    from section16.ledger import Ledger

    Ledger(tmp_path / "l.db").close()  # read-only, serve refuses a ledger that does not exist
    cmd = [sys.executable, "-c", "from section16.cli import main; main()", "serve", "--db", str(tmp_path / "l.db"),
           "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait(f"http://127.0.0.1:{port}/api/health", proc).json()["writes_enabled"] is False
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_serve_refuses_a_database_in_a_missing_directory(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from section16.cli import _register, app

    _register()
    db = tmp_path / "nope" / "l.db"
    out = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert out.exit_code == 2
    assert out.output.strip().splitlines()[-1] == (
        f"section16: {db}: the directory for this database does not exist"
    )
