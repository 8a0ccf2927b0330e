"""``POST /api/parse``, the upload cap, the token rules and the API's error shape.

These routes never store anything, so they run without ledger data.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import section16
from section16.web import create_app


def _price_with_decimals(xml_dir: Path) -> tuple[Path, str]:
    """A real filing whose price has 4 decimals (float rounding would show there)."""
    pattern = re.compile(r"<transactionPricePerShare>\s*<value>\s*(\d+\.\d{4})\s*</value>")
    for path in sorted(xml_dir.glob("*.xml")):
        m = pattern.search(path.read_text(errors="replace"))
        if m:
            return path, m.group(1)
    pytest.fail("no filing with a 4-decimal price in the corpus")


def test_parse_returns_the_readers_json_form(no_ledger_client: TestClient, xml_dir: Path) -> None:
    paths = sorted(xml_dir.glob("*.xml"))[:5]
    for path in paths:
        r = no_ledger_client.post("/api/parse", files={"file": (path.name, path.read_bytes(), "text/xml")})
        assert r.status_code == 200, r.text
        body = r.json()
        expected = section16.parse(path.read_bytes(), source_name=path.name)
        # Same document the library reads, compared in the exact (Decimal) JSON form.
        assert json.loads(r.text, parse_float=Decimal)["document"] == json.loads(
            expected.to_json(), parse_float=Decimal
        )
        assert body["source_format"] == "xml"
        assert body["document"]["metadata"]["source_path"] == path.name
        # Each field listed for review has a path into the document.
        paths_listed = {f["path"] for f in body["fields"]}
        assert "issuer.issuer_name" in paths_listed
        for i in range(len(expected.non_derivative_transactions)):
            assert f"non_derivative_transactions[{i}].transaction_shares" in paths_listed


def test_parse_keeps_decimals_exact(no_ledger_client: TestClient, xml_dir: Path) -> None:
    path, price = _price_with_decimals(xml_dir)
    r = no_ledger_client.post("/api/parse", files={"file": (path.name, path.read_bytes())})
    assert r.status_code == 200
    prices = [
        str(t["transaction_price_per_share"])
        for t in json.loads(r.text, parse_float=str)["document"]["non_derivative_transactions"]
    ]
    assert price in prices


def test_parse_lists_check_findings(no_ledger_client: TestClient, xml_dir: Path) -> None:
    from section16.checks import check_document

    path = sorted(xml_dir.glob("*.xml"))[0]
    r = no_ledger_client.post("/api/parse", files={"file": (path.name, path.read_bytes())})
    expected = [f.to_dict() for f in check_document(section16.parse(path.read_bytes(), source_name=path.name))]
    assert r.json()["findings"] == expected


def test_parse_refuses_junk_with_one_line_naming_the_file(no_ledger_client: TestClient) -> None:
    r = no_ledger_client.post("/api/parse", files={"file": ("notes.bin", b"\x00\x01\x02binary" * 10)})
    assert r.status_code in (422, 501)
    message = r.json()["error"]
    assert message.startswith("notes.bin:")
    assert "\n" not in message


def test_parse_refuses_empty_file(no_ledger_client: TestClient) -> None:
    r = no_ledger_client.post("/api/parse", files={"file": ("empty.xml", b"")})
    assert r.status_code == 422
    assert r.json()["error"] == "empty.xml: file is empty"


def test_upload_over_the_cap_is_413(no_ledger_client: TestClient) -> None:
    big = b"<ownershipDocument>" + b" " * (70 * 1024) + b"</ownershipDocument>"
    r = no_ledger_client.post("/api/parse", files={"file": ("big.xml", big)})
    assert r.status_code == 413
    assert "limit" in r.json()["error"]


def test_chunked_upload_over_the_cap_is_413(no_ledger_client: TestClient) -> None:
    """No Content-Length header: the cap is enforced while the body streams in."""

    boundary = "s16boundary"

    def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
               "Content-Type: text/plain\r\n\r\n").encode()
        for _ in range(100):
            yield b"x" * 1024
        yield f"\r\n--{boundary}--\r\n".encode()

    r = no_ledger_client.post(
        "/api/parse", content=body(), headers={"content-type": f"multipart/form-data; boundary={boundary}"}
    )
    assert r.status_code == 413


def test_writes_refused_without_a_configured_token(tmp_path: Path, xml_dir: Path) -> None:
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'l.db'}", token=""))
    path = sorted(xml_dir.glob("*.xml"))[0]
    r = client.post("/api/filings", files={"file": (path.name, path.read_bytes())},
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "writes are disabled" in r.json()["error"]


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SECTION16_TOKEN", "from-env")
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'l.db'}"))
    health = client.get("/api/health").json()
    assert health["ok"] is True and health["writes_enabled"] is True


@pytest.mark.parametrize(
    ("headers", "data", "status", "needle"),
    [
        ({}, {}, 401, "needs the server's token"),
        ({"Authorization": "Bearer wrong"}, {}, 401, "wrong token"),
        ({}, {"token": "wrong"}, 401, "wrong token"),
    ],
)
def test_writes_need_the_right_token(
    no_ledger_client: TestClient, xml_dir: Path, headers: dict, data: dict, status: int, needle: str
) -> None:
    path = sorted(xml_dir.glob("*.xml"))[0]
    r = no_ledger_client.post("/api/filings", files={"file": (path.name, path.read_bytes())}, data=data,
                              headers=headers)
    assert r.status_code == status
    assert needle in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"


def test_bad_query_parameters_are_one_line(no_ledger_client: TestClient) -> None:
    r = no_ledger_client.get("/api/transactions", params={"limit": 0, "start": "not-a-date"})
    assert r.status_code == 422
    error = r.json()["error"]
    assert "limit" in error and "start" in error and "\n" not in error


def test_openapi_schema_lists_the_api(no_ledger_client: TestClient) -> None:
    paths = no_ledger_client.get("/api/openapi.json").json()["paths"]
    for p in ("/api/search", "/api/filings", "/api/filings/{key}", "/api/transactions", "/api/holdings",
              "/api/timeline", "/api/gaps", "/api/parse", "/api/filings/{key}/checks"):
        assert p in paths
    assert "/upload" not in paths  # pages are not part of the API schema


def test_pages_static_and_unknown(no_ledger_client: TestClient) -> None:
    assert "Upload a filing" in no_ledger_client.get("/upload").text
    js = no_ledger_client.get("/static/app.js")
    assert js.status_code == 200 and "monthlyChart" in js.text
    r = no_ledger_client.get("/no/such/page")
    assert r.status_code == 404 and "<html" in r.text
    assert no_ledger_client.get("/api/nothing").json() == {"error": "Not Found"}


def test_api_docs_page_lists_every_endpoint_and_works_offline(no_ledger_client: TestClient) -> None:
    schema = no_ledger_client.get("/api/openapi.json").json()
    page = no_ledger_client.get("/api/docs").text
    for path, ops in schema["paths"].items():
        for method in ops:
            assert f"{method.upper()}</span> <code>{path}</code>" in page
    # Nothing on any page is fetched from another host (no CDN: the app works offline).
    for url in ("/api/docs", "/upload"):
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", no_ledger_client.get(url).text)


def test_a_crash_answers_in_the_api_shape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'l.db'}", "t")

    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(app.state.config, "ledger", broken)
    client = TestClient(app, raise_server_exceptions=False)
    r = client.get("/api/search", params={"q": "x"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (RuntimeError); the server log has the details"}
    page = client.get("/")
    assert page.status_code == 500 and "internal error" in page.text
