"""The JSON API and the pages over a real ledger built from the real EDGAR XML corpus.

Runs on SQLite, and on PostgreSQL when ``SECTION16_TEST_POSTGRES_URL`` is set. Expected
values come from reading the same files with `section16.parse`, never from the API.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

import section16
from section16.checks import check_document
from section16.ledger import Ledger
from section16.model import OwnershipDocument
from section16.web import create_app

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Corpus:
    """The corpus read directly, to compute what the API should answer."""

    def __init__(self, xml_dir: Path) -> None:
        self.docs: dict[str, OwnershipDocument] = {}
        for path in sorted(xml_dir.glob("*.xml")):
            self.docs[str(path)] = section16.parse(path)

    def by_ticker(self, ticker: str) -> list[OwnershipDocument]:
        return [d for d in self.docs.values() if d.issuer.issuer_trading_symbol == ticker]

    def owner_docs(self, cik: str) -> list[OwnershipDocument]:
        return [d for d in self.docs.values() if any(o.rpt_owner_cik == cik for o in d.reporting_owners)]


@pytest.fixture(scope="module")
def corpus(xml_dir: Path) -> Corpus:
    return Corpus(xml_dir)


@pytest.fixture(scope="module")
def ledger(db_url: str, xml_dir: Path) -> Iterator[Ledger]:
    led = Ledger(db_url)
    report = led.ingest([str(xml_dir)], workers=1)
    assert not report.failed, report.summary()
    yield led
    led.close()


@pytest.fixture(scope="module")
def client(db_url: str, ledger: Ledger) -> Iterator[TestClient]:
    app = create_app(db_url, TOKEN)
    yield TestClient(app)
    app.state.config.close()


def exact(text: str) -> Any:
    """JSON with exact decimals, so float rounding can't hide or fake a difference."""
    return json.loads(text, parse_float=Decimal)


def _owner_with_most_rows(corpus: Corpus) -> tuple[str, str]:
    rows: dict[tuple[str, str], int] = defaultdict(int)
    for d in corpus.docs.values():
        for o in d.reporting_owners:
            if o.rpt_owner_cik and o.rpt_owner_name:
                rows[(o.rpt_owner_cik, o.rpt_owner_name)] += len(d.rows())
    return max(rows, key=lambda k: rows[k])


# -- search and entities ---------------------------------------------------------------------


def test_search_finds_owner_by_name_part_and_cik(client: TestClient, corpus: Corpus) -> None:
    cik, name = _owner_with_most_rows(corpus)
    last_word = max(name.split(), key=len)
    hits = client.get("/api/search", params={"q": last_word}).json()
    assert {"kind": "owner", "cik": cik, "name": name, "ticker": None} in hits
    assert any(h["kind"] == "owner" and h["cik"] == cik for h in client.get("/api/search", params={"q": cik}).json())


def test_search_finds_issuer_by_ticker(client: TestClient, corpus: Corpus) -> None:
    doc = next(d for d in corpus.docs.values() if d.issuer.issuer_trading_symbol and d.issuer.issuer_cik)
    hits = client.get("/api/search", params={"q": doc.issuer.issuer_trading_symbol}).json()
    assert any(h["kind"] == "issuer" and h["ticker"] == doc.issuer.issuer_trading_symbol.upper() for h in hits)


def test_unknown_entities_are_404(client: TestClient) -> None:
    assert client.get("/api/issuers/NOSUCHTICKER").status_code == 404
    r = client.get("/api/owners/9999999999")
    assert r.status_code == 404 and "no owner" in r.json()["error"]
    assert client.get("/owners/9999999999").status_code == 404


def test_issuer_and_owner(client: TestClient, corpus: Corpus) -> None:
    cik, name = _owner_with_most_rows(corpus)
    owner = client.get(f"/api/owners/{cik}").json()
    assert owner["name"] == name
    assert owner["filings"] == len(corpus.owner_docs(cik))
    goog = client.get("/api/issuers/GOOG").json()
    assert goog["ticker"] == "GOOG"


# -- filings ---------------------------------------------------------------------------------


def test_filings_are_the_documents_read_from_the_files(client: TestClient, corpus: Corpus) -> None:
    listed = [f for f in client.get("/api/filings", params={"limit": 1000}).json() if f["source_path"] in corpus.docs]
    assert sorted(f["source_path"] for f in listed) == sorted(corpus.docs)  # each file stored once
    for f in listed[:: max(1, len(listed) // 25)]:
        served = exact(client.get(f"/api/filings/{f['filing_key']}").text)
        expected = exact(corpus.docs[f["source_path"]].to_json())
        assert served == expected, f["source_path"]


def test_filings_filter_by_issuer_and_page(client: TestClient, corpus: Corpus) -> None:
    goog = client.get("/api/filings", params={"issuer": "GOOG"}).json()
    assert len(goog) == len(corpus.by_ticker("GOOG"))
    assert {f["ticker"] for f in goog} == {"GOOG"}
    first = client.get("/api/filings", params={"limit": 7}).json()
    second = client.get("/api/filings", params={"limit": 7, "offset": 7}).json()
    both = client.get("/api/filings", params={"limit": 14}).json()
    assert [f["filing_key"] for f in first + second] == [f["filing_key"] for f in both]


def test_filing_checks_match_the_checks_module(client: TestClient, ledger: Ledger) -> None:
    for f in ledger.filings(limit=10):
        doc = ledger.get_document(f["filing_key"])
        served = client.get(f"/api/filings/{f['filing_key']}/checks").json()
        assert served == [x.to_dict() for x in check_document(doc)]


def test_unknown_filing_is_404(client: TestClient) -> None:
    r = client.get("/api/filings/0000000000-00-000000")
    assert r.status_code == 404
    assert r.json() == {"error": "no filing '0000000000-00-000000' in the ledger"}


# -- transactions, holdings, timeline, gaps ----------------------------------------------------


def _transactions(docs: list[OwnershipDocument], code: str | None = None) -> list[Any]:
    rows = [r for d in docs for r in (*d.non_derivative_transactions, *d.derivative_transactions)]
    return [r for r in rows if code is None or r.transaction_code == code]


def test_transactions_filter_by_issuer_and_code(client: TestClient, corpus: Corpus) -> None:
    rows = client.get("/api/transactions", params={"issuer": "GOOG", "code": "S", "limit": 1000}).json()
    expected = _transactions(corpus.by_ticker("GOOG"), "S")
    assert len(rows) == len(expected) > 0
    assert {r["transaction_code"] for r in rows} == {"S"}
    assert sorted(Decimal(str(r["transaction_price_per_share"])) for r in rows) == sorted(
        r.transaction_price_per_share for r in expected
    )


def test_transactions_date_range_min_value_and_paging(client: TestClient) -> None:
    everything = client.get("/api/transactions", params={"limit": 1000}).json()
    dates = sorted(r["transaction_date"] for r in everything if r["transaction_date"])
    start, end = dates[len(dates) // 4], dates[3 * len(dates) // 4]
    window = client.get("/api/transactions", params={"start": start, "end": end, "limit": 1000}).json()
    assert window and all(start <= r["transaction_date"] <= end for r in window)
    assert len(window) == sum(1 for r in everything if r["transaction_date"] and start <= r["transaction_date"] <= end)
    big = client.get("/api/transactions", params={"min_value": 1_000_000, "limit": 1000}).json()
    assert big and all(r["transaction_value"] >= 1_000_000 for r in big)
    page1 = client.get("/api/transactions", params={"limit": 10}).json()
    page2 = client.get("/api/transactions", params={"limit": 10, "offset": 10}).json()
    assert page1 + page2 == everything[:20]


def test_holdings_timeline_and_gaps_are_the_ledgers(client: TestClient, ledger: Ledger, corpus: Corpus) -> None:
    cik, _ = _owner_with_most_rows(corpus)
    assert client.get("/api/holdings", params={"owner": cik}).json() == ledger.holdings(cik)
    timeline = client.get("/api/timeline", params={"owner": cik}).json()
    assert timeline == ledger.timeline(cik)
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    # Every reported position on the timeline is one the owner's filings state.
    stated = {
        r.shares_owned_following_transaction for d in corpus.owner_docs(cik) for _, _, r in d.rows()
    }
    assert {Decimal(str(r["position"])) for r in timeline if r["position"] is not None} <= stated
    all_gaps = client.get("/api/gaps").json()
    assert all_gaps == ledger.gaps()
    assert all_gaps, "the corpus has owners whose positions jump between filings"
    g = all_gaps[0]
    assert g["reported"] - g["expected"] == pytest.approx(g["gap"])


def test_holdings_needs_an_owner(client: TestClient) -> None:
    r = client.get("/api/holdings")
    assert r.status_code == 422 and "owner" in r.json()["error"]


def test_issuer_monthly_net_buying_and_selling(client: TestClient, corpus: Corpus) -> None:
    # The ticker with the most open-market purchases and sales in the corpus.
    counts: dict[str, int] = defaultdict(int)
    for d in corpus.docs.values():
        counts[d.issuer.issuer_trading_symbol or ""] += len(_transactions([d], "P")) + len(_transactions([d], "S"))
    ticker = max((t for t in counts if t), key=lambda t: counts[t])
    months = client.get(f"/api/issuers/{ticker}/monthly").json()
    sold: dict[str, Decimal] = defaultdict(Decimal)
    bought: dict[str, Decimal] = defaultdict(Decimal)
    for r in _transactions(corpus.by_ticker(ticker)):
        if r.transaction_code in ("P", "S") and r.transaction_date:
            side = bought if r.transaction_code == "P" else sold
            side[r.transaction_date.isoformat()[:7]] += r.transaction_shares or 0
    assert [m["month"] for m in months] == sorted(set(sold) | set(bought))
    for m in months:
        assert m["sold_shares"] == pytest.approx(float(sold[m["month"]]))
        assert m["bought_shares"] == pytest.approx(float(bought[m["month"]]))
        assert m["net_value"] == pytest.approx(m["bought_value"] - m["sold_value"])


# -- writes ----------------------------------------------------------------------------------


def test_save_upload_then_correct_keeps_the_original(client: TestClient, ledger: Ledger, tmp_path: Path,
                                                      corpus: Corpus) -> None:
    # A filing not in the ledger yet: a real one with its issuer name changed by hand.
    src_path, src = next(iter(corpus.docs.items()))
    raw = Path(src_path).read_bytes().replace(
        src.issuer.issuer_name.encode(), b"Uploaded Test Issuer Corp", 1
    )
    files = {"file": ("uploaded.xml", raw, "text/xml")}
    r = client.post("/api/filings", files=files, headers=AUTH)
    assert r.status_code == 201, r.text
    key = r.json()["key"]
    assert r.json()["status"] == "stored"
    assert exact(client.get(f"/api/filings/{key}").text)["issuer"]["issuer_name"] == "Uploaded Test Issuer Corp"
    # Saving the same file again changes nothing.
    again = client.post("/api/filings", files=files, data={"token": TOKEN})
    assert again.status_code == 201 and again.json() == {"key": key, "status": "unchanged", "corrections": []}

    path = "non_derivative_transactions[0].transaction_shares" if src.non_derivative_transactions else \
        "issuer.issuer_name"
    original = exact(client.get(f"/api/filings/{key}").text)
    r = client.post(f"/api/filings/{key}/corrections", headers=AUTH,
                    json={"corrections": [{"path": path, "value": "4321"}], "author": "tester"})
    assert r.status_code == 200, r.text
    corrected = exact(client.get(f"/api/filings/{key}").text)
    table, _, field = path.partition("[0].")
    if field:
        assert corrected[table][0][field] == 4321
        assert ledger.get_document(key, corrected=False).to_dict()[table][0][field] == original[table][0][field]
    recorded = ledger.corrections(key)
    assert recorded[-1]["path"] == path and recorded[-1]["author"] == "tester"


def test_corrections_refuse_unknown_paths_and_bad_values(client: TestClient, ledger: Ledger) -> None:
    key = ledger.filings(limit=1)[0]["filing_key"]
    r = client.post(f"/api/filings/{key}/corrections", headers=AUTH,
                    json={"corrections": [{"path": "issuer.no_such_field", "value": "x"}]})
    assert r.status_code == 422 and "no field" in r.json()["error"]
    r = client.post(f"/api/filings/{key}/corrections", headers=AUTH,
                    json={"corrections": [{"path": "period_of_report", "value": "not a date"}]})
    assert r.status_code == 422 and "period_of_report" in r.json()["error"]
    r = client.post(f"/api/filings/{key}/corrections", json={"corrections": []})
    assert r.status_code == 401


# -- pages -----------------------------------------------------------------------------------


def test_pages_render_from_the_ledger(client: TestClient, corpus: Corpus, ledger: Ledger) -> None:
    cik, name = _owner_with_most_rows(corpus)
    owner = client.get(f"/owners/{cik}")
    assert owner.status_code == 200
    assert name in owner.text and f'data-src="/api/timeline?owner={cik}"' in owner.text
    issuer = client.get("/issuers/GOOG")
    assert issuer.status_code == 200 and 'data-chart="monthly"' in issuer.text
    for d in corpus.by_ticker("GOOG"):
        for o in d.reporting_owners:
            assert f'href="/owners/{o.rpt_owner_cik}"' in issuer.text
    latest = max(corpus.by_ticker("GOOG"), key=lambda d: d.period_of_report)
    assert ", ".join(latest.reporting_owners[0].relationship) in issuer.text  # box 5 as last filed
    home = client.get("/")
    assert home.status_code == 200 and "Latest filings" in home.text
    r = client.get("/search", params={"q": cik}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/owners/{cik}"
    key = ledger.filings(owner=cik, limit=1)[0]["filing_key"]
    page = client.get(f"/filings/{key}")
    assert page.status_code == 200 and f'src="/filings/{quote(key)}/form"' in page.text
    form = client.get(f"/filings/{key}/form")
    assert form.status_code == 200 and 'data-path="issuer.issuer_name"' in form.text


def test_owner_named_with_slashes_and_no_cik(client: TestClient, corpus: Corpus) -> None:
    """EDGAR names such as 'DOE JANE /NY/' reach their page even when no CIK was read."""
    src_path, src = next(
        (p, d) for p, d in corpus.docs.items() if d.reporting_owners and d.reporting_owners[0].rpt_owner_cik
    )
    raw = Path(src_path).read_text()
    raw = raw.replace(src.reporting_owners[0].rpt_owner_cik, "", 1)
    raw = raw.replace(f"<rptOwnerName>{src.reporting_owners[0].rpt_owner_name}</rptOwnerName>",
                      "<rptOwnerName>Slashed Jane /NY/</rptOwnerName>", 1)
    assert "Slashed Jane /NY/" in raw
    r = client.post("/api/filings", files={"file": ("slashed.xml", raw.encode())}, headers=AUTH)
    assert r.status_code == 201, r.text
    name = quote("Slashed Jane /NY/", safe="")
    assert client.get(f"/api/owners/{name}").json()["name"] == "Slashed Jane /NY/"
    page = client.get(f"/owners/{name}")
    assert page.status_code == 200 and "Slashed Jane /NY/" in page.text
    assert client.get(f"/api/issuers/{src.issuer.issuer_cik}/monthly").status_code == 200


def test_upload_with_a_bad_correction_stores_nothing(client: TestClient, ledger: Ledger, corpus: Corpus) -> None:
    src_path, src = next(iter(corpus.docs.items()))
    raw = Path(src_path).read_bytes().replace(src.issuer.issuer_name.encode(), b"Never Stored Corp", 1)
    before = ledger.counts()["filings"]
    r = client.post(
        "/api/filings", files={"file": ("bad.xml", raw)}, headers=AUTH,
        data={"corrections": json.dumps([{"path": "period_of_report", "value": "31/31/2020"}])},
    )
    assert r.status_code == 422
    assert r.json()["error"].startswith("period_of_report cannot be '31/31/2020'")
    assert ledger.counts()["filings"] == before
    assert not client.get("/api/search", params={"q": "Never Stored"}).json()
