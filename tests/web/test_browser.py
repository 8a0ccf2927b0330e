"""End to end in headless Chromium (Playwright) against a real Uvicorn server and ledger.

Skipped only when Debian's chromium is absent (CI installs it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import section16
from section16.ledger import Ledger
from section16.web import create_app

from .conftest import TOKEN, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


def shown(value: Any) -> str:
    """A JSON value as the pages print it (true/false for a flag, nothing for null)."""
    return "" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)


def get_path(data: Any, path: str) -> Any:
    """The value at a JSON-form path such as ``reporting_owners[0].rpt_owner_name``."""
    for name, index in re.findall(r"([a-z_0-9]+)(?:\[(\d+)\])?", path):
        data = data.get(name) if isinstance(data, dict) else None
        if index and isinstance(data, list):
            data = data[int(index)] if int(index) < len(data) else None
    return data


@pytest.fixture(scope="module")
def ledger_url(tmp_path_factory: pytest.TempPathFactory, xml_dir: Path) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'ledger.db'}"
    with Ledger(url) as led:
        assert not led.ingest([str(xml_dir)], workers=1).failed
    return url


@pytest.fixture(scope="module")
def server(ledger_url: str) -> Iterator[LiveServer]:
    app = create_app(ledger_url, TOKEN)
    with LiveServer(app) as live:
        yield live
    app.state.config.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def _busiest_owner(ledger_url: str) -> dict[str, Any]:
    """The owner with the most timeline rows: the chart with the most to draw."""
    with Ledger(ledger_url) as led:
        counts: dict[str, int] = {}
        for f in led.filings(limit=1000):
            for name in f["owners"]:
                counts[name] = counts.get(name, 0) + (f["n_rows"] or 0)
        name = max(counts, key=lambda n: counts[n])
        owner = led.owner(name)
        assert owner is not None
        return {**owner, "timeline": led.timeline(owner["cik"])}


def test_search_then_owner_page_draws_the_timeline(server: LiveServer, page: Any, ledger_url: str) -> None:
    owner = _busiest_owner(ledger_url)
    page.goto(server.url + "/")
    page.fill("#q", max(owner["name"].split(), key=len)[:5])
    suggestion = page.locator(f'#suggestions a[href="/owners/{owner["cik"]}"]')
    suggestion.wait_for()
    assert owner["name"] in suggestion.inner_text()
    suggestion.click()
    page.wait_for_url(f"**/owners/{owner['cik']}")
    page.wait_for_selector('#timeline-charts[data-ready="1"]')

    drawn = [r for r in owner["timeline"] if r["position"] is not None or r["running"] is not None]
    points = page.locator("#timeline-charts svg circle.point")
    assert points.count() == len(drawn) > 0
    # Each point carries the position the ledger reports at that step, in order.
    shown = [float(points.nth(i).get_attribute("data-position")) for i in range(points.count())]
    assert sorted(shown) == sorted(float(r["position"] if r["position"] is not None else r["running"]) for r in drawn)
    for path in page.locator("#timeline-charts svg path.position").all():
        assert path.get_attribute("d").count(" V ") >= 1
    gaps = [r for r in owner["timeline"] if r["gap"] is not None]
    assert page.locator("#timeline-charts svg g.gap").count() == len(gaps)


def test_owner_page_marks_gaps(server: LiveServer, page: Any, ledger_url: str) -> None:
    with Ledger(ledger_url) as led:
        gap = led.gaps()[0]
        timeline = led.timeline(gap["owner_cik"])
    page.goto(f"{server.url}/owners/{gap['owner_cik']}")
    page.wait_for_selector('#timeline-charts[data-ready="1"]')
    marks = page.locator("#timeline-charts svg g.gap")
    drawn = sorted(float(v) for v in marks.evaluate_all("gs => gs.map(g => g.dataset.gap)"))
    assert drawn == sorted(float(r["gap"]) for r in timeline if r["gap"] is not None)
    assert gap["gap"] in drawn
    with Ledger(ledger_url) as led:
        assert page.locator("#gaps td.gapval").count() == len(led.gaps(owner=gap["owner_cik"]))


def test_issuer_page_draws_monthly_bars(server: LiveServer, page: Any, ledger_url: str) -> None:
    with Ledger(ledger_url) as led:
        sales = led.transactions(code="P,S", limit=5000)
    ticker = max({t["ticker"] for t in sales if t["ticker"]}, key=lambda t: sum(s["ticker"] == t for s in sales))
    page.goto(f"{server.url}/issuers/{ticker}")
    page.wait_for_selector('#monthly-chart[data-ready="1"]')
    months = {t["transaction_date"][:7] for t in sales if t["ticker"] == ticker and t["transaction_date"]}
    assert page.locator("#monthly-chart svg g.month").count() == len(months)
    bars = page.locator("#monthly-chart svg rect.bar")
    assert bars.count() >= len(months)
    assert all(float(bars.nth(i).get_attribute("height")) > 0 for i in range(bars.count()))


def _seed_with_a_wrong_uncertain_field(seeds_dir: Path) -> tuple[Path, str, Any, Any]:
    """A seed text whose reading has an uncertain field that differs from the truth file,
    with the true value. Should the reader ever get every uncertain field right, a
    reviewer's edit of an uncertain text field stands in, so the flow is still tested."""
    fallback = None
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = section16.parse(path)
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text())
        read = json.loads(doc.to_json())
        for field in doc.extraction.uncertain_fields if doc.extraction else []:
            want, got = get_path(truth, field), get_path(read, field)
            if want is not None and str(want) != str(got):
                return path, field, got, want
            if fallback is None and isinstance(got, str) and got and not re.match(r"\d{4}-\d\d-\d\d$", got):
                fallback = (path, field, got, f"{got} (reviewed)")
    if fallback is None:
        pytest.fail("no seed has an uncertain text field to correct")
    return fallback


def test_upload_correct_and_save(server: LiveServer, page: Any, ledger_url: str, seeds_dir: Path) -> None:
    seed, field, read_value, truth_value = _seed_with_a_wrong_uncertain_field(seeds_dir)
    doc = section16.parse(seed)
    page.goto(server.url + "/upload")
    page.set_input_files("#file", str(seed))
    page.wait_for_selector("#review:not([hidden])")

    # Every uncertain field is highlighted, and hovering its flag shows the evidence.
    uncertain_rows = page.locator("#review-fields tr.field.uncertain")
    assert sorted(uncertain_rows.evaluate_all("rows => rows.map(r => r.dataset.path)")) == sorted(
        doc.extraction.uncertain_fields
    )
    row = page.locator(f'#review-fields tr.uncertain[data-path="{field}"]')
    evidence = doc.extraction.evidence.get(field)
    if evidence:
        row.locator(".flag").hover()
        tip = row.locator(".evidence")
        assert tip.is_visible() and tip.inner_text() == evidence

    box = row.locator("input")
    assert box.input_value() == str(read_value if read_value is not None else "")
    box.fill(str(truth_value))
    page.fill("#token", TOKEN)
    page.fill("#author", "browser test")
    page.click("#save")
    link = page.locator("#saved-link")
    link.wait_for()
    key = link.inner_text()
    assert "1 correction" in page.locator("#save-status").inner_text()

    with Ledger(ledger_url) as led:
        assert str(get_path(led.get_document(key).to_dict(), field)) == str(truth_value)
        assert str(get_path(led.get_document(key, corrected=False).to_dict(), field)) == str(read_value)
        recorded = led.corrections(key)
    assert [(c["path"], c["author"]) for c in recorded] == [(field, "browser test")]

    api = page.request.get(f"{server.url}/api/filings/{key}").json()
    assert str(get_path(api, field)) == str(truth_value)
    # The saved filing's page shows the corrected value.
    link.click()
    page.wait_for_url("**/filings/**")
    assert page.locator(f'tr.field[data-path="{field}"] .v').inner_text() == shown(truth_value)
    assert page.locator(f'tr.field.corrected[data-path="{field}"]').count() == 1
    row = page.locator("#corrections tbody tr")
    assert row.count() == 1
    assert row.locator("td").all_inner_texts()[:4] == [
        field, shown(read_value) or "—", shown(truth_value) or "—", "browser test"]
    # On the official form, the corrected value is no longer flagged; the other doubts are.
    form = page.frame_locator("#official-form")
    form.locator(f'span.v[data-path="{field}"]').wait_for(state="attached")  # an unchecked box is empty
    assert "uncertain" not in form.locator(f'span.v[data-path="{field}"]').get_attribute("class")
    others = [p for p in doc.extraction.uncertain_fields if p != field]
    if others:
        flagged = form.locator("span.v.uncertain").evaluate_all("spans => spans.map(s => s.dataset.path)")
        assert set(flagged) <= set(others) and flagged


def test_upload_with_a_wrong_token_is_refused(server: LiveServer, page: Any, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    page.goto(server.url + "/upload")
    page.set_input_files("#file", str(seed))
    page.wait_for_selector("#review:not([hidden])")
    page.fill("#token", "not-the-token")
    page.click("#save")
    status = page.locator("#save-status.error")
    status.wait_for()
    assert status.inner_text() == "wrong token"


def test_upload_a_pdf_of_the_form(server: LiveServer, page: Any, xml_dir: Path, tmp_path: Path) -> None:
    """A PDF printed by Chromium from a real filing's official-form rendering reads back
    through the upload page with the filing's issuer and owner."""
    source = section16.parse(sorted(xml_dir.glob("*.xml"))[0])
    html = tmp_path / "form.html"
    html.write_text(source.to_html())
    page.goto(html.as_uri())
    pdf = tmp_path / "form4.pdf"
    page.pdf(path=str(pdf), landscape=True, print_background=True)

    page.goto(server.url + "/upload")
    page.set_input_files("#file", str(pdf))
    page.wait_for_selector("#review:not([hidden])")
    assert "as pdf" in page.locator("#upload-status").inner_text()
    field = page.locator('#review-fields input[name="issuer.issuer_name"]')
    assert field.input_value() == source.issuer.issuer_name
    owner = page.locator('#review-fields input[name="reporting_owners[0].rpt_owner_name"]')
    assert owner.input_value() == source.reporting_owners[0].rpt_owner_name
