"""The response cache and ETags: answers are kept only while the ledger is unchanged.

A second `Ledger` on the same database stands in for another process (an ingest running
beside the server): its writes must show at once, whatever the server kept.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import section16
from section16.ledger import Ledger
from section16.web import create_app
from section16.web.cache import ResponseCache

from .conftest import DATABASES, POSTGRES_URL, TOKEN, _postgres_database

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def xml_files(xml_dir: Path) -> list[Path]:
    """Real Form 4s with a reporting owner CIK and at least one Table I transaction."""
    out = []
    for path in sorted(xml_dir.glob("*.xml")):
        doc = section16.parse(path)
        if doc.document_type == "4" and doc.non_derivative_transactions and doc.reporting_owners[0].rpt_owner_cik:
            out.append(path)
    assert len(out) >= 3
    return out


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database per test: these tests write."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    assert POSTGRES_URL
    yield from _postgres_database(POSTGRES_URL)


@pytest.fixture(params=[64.0, 0.0], ids=["cache", "no-cache"])
def served(request: pytest.FixtureRequest, db_url: str, xml_files: list[Path]) -> Iterator[tuple[TestClient, Ledger]]:
    """A server over a ledger holding the first of ``xml_files``, and a second writer."""
    other = Ledger(db_url)
    other.ingest([str(xml_files[0])], workers=1)
    app = create_app(db_url, TOKEN, cache_mb=request.param)
    with TestClient(app) as client:
        yield client, other
    app.state.config.close()
    other.close()


def test_filing_has_an_etag_and_revalidates_with_304(served: tuple[TestClient, Ledger]) -> None:
    client, other = served
    key = other.filings(limit=1)[0]["filing_key"]
    first = client.get(f"/api/filings/{key}")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert first.content == other.get_document_json(key)
    again = client.get(f"/api/filings/{key}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(f"/api/filings/{key}", headers={"If-None-Match": '"g0"'}).status_code == 200


def test_a_write_elsewhere_is_seen_at_once(served: tuple[TestClient, Ledger], xml_files: list[Path]) -> None:
    client, other = served
    key = other.filings(limit=1)[0]["filing_key"]
    owner_cik = other.get_document(key).reporting_owners[0].rpt_owner_cik
    url = f"/api/timeline?owner={owner_cik}"
    before = client.get(url)
    filing_before = client.get(f"/api/filings/{key}")
    assert before.status_code == 200 and before.json()
    client.get(url)  # kept now, when the cache is on

    # Another process corrects the filing: both the filing and the timeline must change.
    path = "non_derivative_transactions[0].shares_owned_following_transaction"
    other.record_correction(key, path, "123456789")
    filing_after = client.get(f"/api/filings/{key}")
    assert filing_after.headers["etag"] != filing_before.headers["etag"]
    assert filing_after.json()["non_derivative_transactions"][0]["shares_owned_following_transaction"] == 123456789
    after = client.get(url)
    assert after.json() != before.json()
    assert 123456789 in [row["position"] for row in after.json()]
    assert client.get(url, headers={"If-None-Match": before.headers["etag"]}).status_code == 200


def test_a_miss_is_not_kept(served: tuple[TestClient, Ledger], xml_files: list[Path]) -> None:
    client, other = served
    newcomer = section16.parse(xml_files[-1])
    cik = newcomer.reporting_owners[0].rpt_owner_cik
    if other.owner(cik):  # the first file's owner filed this one too: pick another
        pytest.skip("the chosen files share an owner")
    assert client.get(f"/api/owners/{cik}").status_code == 404
    other.ingest([str(xml_files[-1])], workers=1)
    found = client.get(f"/api/owners/{cik}")
    assert found.status_code == 200 and found.json()["cik"] == cik


def test_writes_through_the_server_show_in_its_own_answers(served: tuple[TestClient, Ledger]) -> None:
    client, other = served
    key = other.filings(limit=1)[0]["filing_key"]
    path = "non_derivative_transactions[0].transaction_shares"
    client.get(f"/api/filings/{key}")
    r = client.post(
        f"/api/filings/{key}/corrections", headers=AUTH, json={"corrections": [{"path": path, "value": "777"}]}
    )
    assert r.status_code == 200, r.text
    assert client.get(f"/api/filings/{key}").json()["non_derivative_transactions"][0]["transaction_shares"] == 777


def test_ledger_generation_grows_with_every_write_only(db_url: str, xml_files: list[Path]) -> None:
    with Ledger(db_url) as led:
        start = led.generation()
        led.holdings("nobody")
        led.filings(limit=5)
        assert led.generation() == start  # reads write nothing
        led.ingest([str(xml_files[1])], workers=1)
        after_ingest = led.generation()
        assert after_ingest > start
        key = led.filings(limit=1)[0]["filing_key"]
        led.record_correction(key, "remarks", "checked by hand")
        assert led.generation() > after_ingest


def test_kept_answers_are_the_same_bytes_with_or_without_gzip(served: tuple[TestClient, Ledger]) -> None:
    client, other = served
    key = other.filings(limit=1)[0]["filing_key"]
    url = f"/api/filings/{key}"
    client.get(url)  # computed (and kept, with the cache on)
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    zipped = client.get(url, headers={"Accept-Encoding": "gzip"})  # the test client unzips it
    assert plain.content == zipped.content == other.get_document_json(key)
    assert "content-encoding" not in plain.headers


def test_only_json_answers_are_kept(served: tuple[TestClient, Ledger]) -> None:
    client, _ = served
    for _ in range(3):  # the API's HTML docs page stays HTML however often it is asked
        page = client.get("/api/docs")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "etag" not in page.headers
    schema = [client.get("/api/openapi.json") for _ in range(2)]
    assert schema[0].json() == schema[1].json() and schema[1].headers["content-type"] == "application/json"


def test_cache_is_bounded_and_keyed_by_generation() -> None:
    rng = random.Random(7)

    def body(n: int) -> bytes:  # incompressible, so stored sizes are predictable
        return bytes(rng.getrandbits(8) for _ in range(n))

    cache = ResponseCache(max_bytes=8000)
    first = body(900)
    cache.put("/a", 1, first)
    assert gzip.decompress(cache.get("/a", 1) or b"") == first
    assert cache.get("/a", 2) is None  # the ledger moved on: a miss, never the old bytes
    cache.put("/huge", 1, body(1001))  # over an eighth of the budget: not kept
    assert cache.get("/huge", 1) is None
    for i in range(20):
        cache.put(f"/p{i}", 1, body(900))
    stats = cache.stats()
    assert stats["bytes"] <= 8000 and stats["entries"] == 8
    assert cache.get("/p19", 1) is not None and cache.get("/p0", 1) is None  # least recently used went first
