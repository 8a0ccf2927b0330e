"""Ingest on a real Dask cluster (a LocalCluster of two worker processes) against a local ingest.

The cluster is started once for the module; the inputs are real EDGAR XML from
../shared, a .tar.gz built here of other real files, and a file that is not a form.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import shutil
import socket
import tarfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")

from section16 import parse, scale  # noqa: E402
from section16.cli import _register, app  # noqa: E402
from section16.errors import Section16Error  # noqa: E402
from section16.ledger import Ledger  # noqa: E402

_register()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as c,
    ):
        yield c


ACCESSIONS = [f"0000950170-24-{n:06d}" for n in range(1, 13)]


def _submission(accession: str, form: str, body: str) -> bytes:
    """An EDGAR daily-feed .nc file: an SGML header and one document."""
    return (
        f"<SUBMISSION>\n<ACCESSION-NUMBER>{accession}\n<TYPE>{form}\n<FILING-DATE>20240102\n"
        f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n"
    ).encode()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, xml_dir: Path) -> list[str]:
    """A folder of 40 real filings plus a bad file, and a daily-feed-like .tar.gz.

    The archive holds 12 other real filings wrapped as .nc full submissions (so they are
    keyed by accession number) and the .nc of a 10-K, which is not a Section 16 form.
    """
    root = tmp_path_factory.mktemp("scale")
    files = sorted(xml_dir.glob("*.xml"))
    folder = root / "folder"
    folder.mkdir()
    for f in files[:40]:
        shutil.copy(f, folder / f.name)
    (folder / "notes.txt").write_text("minutes of the board meeting, nothing to file\n")
    members = {}
    for accession, f in zip(ACCESSIONS, files[-12:], strict=True):
        xml = f.read_text(encoding="utf-8")
        form = re.search(r"<documentType>\s*([^<\s]+)", xml)
        assert form is not None
        members[f"{accession}.nc"] = _submission(accession, form.group(1), f"<XML>\n{xml}\n</XML>")
    members["0000950170-24-000013.nc"] = _submission(
        "0000950170-24-000013", "10-K", "<html><body>Annual report</body></html>"
    )
    archive = root / "20240102.nc.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return [str(folder), str(archive)]


def _state(ledger: Ledger) -> tuple[dict[str, int], dict[str, int]]:
    """Filing keys with their row counts, and the row count of every table."""
    keys = {r["filing_key"]: r["n_rows"] for r in ledger.filings(limit=10_000)}
    return keys, ledger.counts()


def test_cluster_ingest_stores_what_a_local_ingest_stores(tmp_path: Path, client: Any, inputs: list[str]) -> None:
    local = Ledger(f"sqlite:///{tmp_path / 'local.db'}")
    remote = Ledger(f"sqlite:///{tmp_path / 'cluster.db'}")
    try:
        want = local.ingest(inputs, workers=1)
        got = scale.ingest(remote, inputs, scheduler=client)

        assert len(want.stored) == 52 and not want.updated
        assert sorted(got.stored) == sorted(want.stored)
        assert _state(remote) == _state(local)
        keys, counts = _state(remote)
        assert len(keys) == 52 and sum(keys.values()) > 52
        assert counts["filings"] == 52
        # archive members were read here and shipped (the workers never saw the archive),
        # and the submission headers' accession numbers key them
        assert set(ACCESSIONS) <= set(keys)
        sources = {r["filing_key"]: r["source_path"] for r in remote.filings(limit=10_000)}
        assert all(sources[a] == f"{inputs[1]}!{a}.nc" for a in ACCESSIONS)

        assert sorted(p for p, _ in got.failed) == sorted(
            [f"{inputs[1]}!0000950170-24-000013.nc", f"{inputs[0]}/notes.txt"]
        )
        assert all("\n" not in r for _, r in got.failed)
        assert sorted(got.failed) == sorted(want.failed)

        again = scale.ingest(remote, inputs, scheduler=client)
        assert again.stored == [] and again.updated == []
        assert sorted(again.unchanged) == sorted(got.stored)
        assert _state(remote) == (keys, counts)
    finally:
        local.close()
        remote.close()


@pytest.mark.postgres
def test_two_cluster_ingests_at_once_into_one_postgresql_ledger(tmp_path: Path, client: Any, inputs: list[str]) -> None:
    """Many writers, one shared ledger: two clients store the same inputs at once, in opposite orders."""
    base = os.environ.get("SECTION16_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("SECTION16_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    schema = f"scale_{os.getpid()}_{secrets.token_hex(3)}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    url_text = url.render_as_string(hide_password=False)
    local = Ledger(f"sqlite:///{tmp_path / 'local.db'}")
    try:
        local.ingest(inputs, workers=1)

        def writer(order: list[str]) -> Any:
            led = Ledger(url_text)
            try:
                return scale.ingest(led, order, scheduler=client)
            finally:
                led.close()

        with ThreadPoolExecutor(2) as pool:
            a, b = pool.map(writer, [inputs, inputs[::-1]])
        assert sorted(a.stored + b.stored) == sorted({*a.stored, *b.stored}) and len(a.stored + b.stored) == 52
        assert len(a.stored + a.unchanged) == len(b.stored + b.unchanged) == 52
        shared = Ledger(url_text)
        try:
            assert _state(shared) == _state(local)
        finally:
            shared.close()
    finally:
        local.close()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def test_shared_storage_workers_read_the_paths(tmp_path: Path, client: Any, xml_dir: Path) -> None:
    files = [str(f) for f in sorted(xml_dir.glob("*.xml"))[:20]]
    missing = str(tmp_path / "gone.xml")
    led = Ledger(f"sqlite:///{tmp_path / 'shared.db'}")
    try:
        report = scale.ingest(led, [*files, missing], scheduler=client, shared_storage=True)
        assert len(report.stored) == 20
        assert [p for p, _ in report.failed] == [missing]
    finally:
        led.close()


def test_oversize_archive_member_fails_here_without_travelling(
    client: Any, tmp_path: Path, xml_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from section16 import readers

    small, big = sorted(xml_dir.glob("*.xml"), key=lambda f: f.stat().st_size)[::252][:2]
    monkeypatch.setattr(readers, "MAX_INPUT_BYTES", (small.stat().st_size + big.stat().st_size) // 2)
    archive = tmp_path / "two.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(small, arcname=small.name)
        tf.add(big, arcname=big.name)
    led = Ledger(f"sqlite:///{tmp_path / 'cap.db'}")
    try:
        report = scale.ingest(led, [archive], scheduler=client)
    finally:
        led.close()
    assert len(report.stored) == 1
    assert [(p, "over the" in r) for p, r in report.failed] == [(f"{archive}!{big.name}", True)]


def test_submission_without_ownership_xml_fails_here_without_travelling(client: Any) -> None:
    """`int` would raise on a worker if anything were sent: the 10-K never leaves the client."""
    tenk = _submission("0000950170-24-000099", "10-K", "<html><body>Annual report</body></html>")
    results = scale.ClusterExecutor(client).submit(int, [("x.nc", tenk)]).result(timeout=60)
    with pytest.raises(Section16Error) as info:
        parse(tenk, source_name="x.nc")
    assert results == [("fail", "x.nc", info.value.message, None, None)]


def test_chunk_lost_on_the_cluster_fails_per_file(client: Any) -> None:
    """An error on a worker (here `int(list)` raising there) reports each file of the chunk."""
    executor = scale.ClusterExecutor(client)
    items = [("a.xml", b"<x/>"), ("b.xml", b"<y/>")]
    results = executor.submit(int, items).result(timeout=60)
    assert [(s, n) for s, n, *_ in results] == [("fail", "a.xml"), ("fail", "b.xml")]
    assert all("lost on the cluster (TypeError" in r[2] for r in results)


def test_parse_all_on_the_cluster_matches_the_reader(client: Any, xml_dir: Path) -> None:
    files = sorted(xml_dir.glob("*.xml"))[40:60]
    got = {name: doc for name, doc, why in scale.parse_all(files, scale.ClusterExecutor(client), in_flight=2)}
    assert set(got) == {str(f) for f in files}
    for f in files:
        assert got[str(f)] is not None and got[str(f)].to_dict() == parse(f).to_dict()


def test_parse_all_on_local_processes(xml_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><nothing/>")
    files = [*sorted(xml_dir.glob("*.xml"))[:5], bad]
    with ProcessPoolExecutor(2) as pool:
        out = list(scale.parse_all(files, pool))
    assert sorted(n for n, d, _ in out if d is not None) == sorted(str(f) for f in files[:5])
    assert [(n, d) for n, d, why in out if why] == [(str(bad), None)]


def test_cli_ingest_with_scheduler(tmp_path: Path, client: Any, inputs: list[str]) -> None:
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["ingest", *inputs, "--db", db, "--scheduler", client.scheduler.address, "--json"])
    assert result.exit_code == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["stored"] == 52 and summary["failed"] == 2
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in summary["failures"]) == [
        "20240102.nc.tar.gz!0000950170-24-000013.nc",
        "notes.txt",
    ]


def test_unreachable_scheduler_is_one_line_naming_it() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    with pytest.raises(scale.ClusterError) as info:
        scale.connect(address, timeout=1)
    assert str(info.value).startswith(f"{address}: cannot reach the Dask scheduler")
    assert "\n" not in str(info.value)


def test_no_scheduler_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(scale.SCHEDULER_ENV, raising=False)
    led = Ledger(f"sqlite:///{tmp_path / 'none.db'}")
    try:
        with pytest.raises(scale.ClusterError, match=scale.SCHEDULER_ENV):
            scale.ingest(led, [str(tmp_path)])
    finally:
        led.close()
