"""Take the screenshots in docs/screenshots/ of the main pages, for the README and docs/web.md.

    python docs/make_screenshots.py [--xml-dir ../shared/edgar/xml] [--seed FILE.txt]

Builds a throwaway ledger from the EDGAR XML files, serves it with the real app on a free
127.0.0.1 port and drives Debian's headless Chromium through Playwright. The upload page
is shot after reading a seed text, so its uncertain fields show.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def wrong_uncertain_field(seed: Path) -> tuple[str, object] | None:
    """An uncertain field of the seed's reading that its .truth.json says is wrong, with the
    true value: what a reviewer would correct on the upload page."""
    import json
    import re

    import section16

    truth_path = seed.with_name(seed.stem + ".truth.json")
    if not truth_path.exists():
        return None
    doc = section16.parse(seed)
    read, truth = json.loads(doc.to_json()), json.loads(truth_path.read_text())

    def get(data: object, path: str) -> object:
        for name, index in re.findall(r"([a-z_0-9]+)(?:\[(\d+)\])?", path):
            data = data.get(name) if isinstance(data, dict) else None
            if index and isinstance(data, list):
                data = data[int(index)] if int(index) < len(data) else None
        return data

    for path in doc.extraction.uncertain_fields if doc.extraction else []:
        want = get(truth, path)
        if want is not None and str(want) != str(get(read, path)):
            return path, want
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xml-dir", type=Path, default=SHARED / "edgar" / "xml")
    ap.add_argument("--seed", type=Path, default=None, help="a text filing to show on the upload page")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--owner", default="Sergey Brin")
    ap.add_argument("--issuer", default="GOOG")
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from section16.ledger import Ledger
    from section16.web import create_app

    seeds = sorted((SHARED / "samples" / "seeds").glob("*.txt"))
    seed = args.seed or next((p for p in seeds if wrong_uncertain_field(p)), seeds[0] if seeds else None)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ledger.db"
        report = Ledger(url).ingest([str(args.xml_dir)])
        print(f"ledger: {report.summary()['stored']} filings", file=sys.stderr)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(url, "screenshot-token"), host="127.0.0.1", port=port,
                                               log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})

                def shot(name: str, full: bool = True) -> None:
                    path = args.out / f"{name}.png"
                    height = page.evaluate("document.documentElement.scrollHeight") if full else 900
                    # Long pages are cut at 2,200 px: the top says what the page is.
                    page.screenshot(path=str(path), full_page=full,
                                    clip={"x": 0, "y": 0, "width": 1280, "height": min(height, 2200)})
                    print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)

                page.goto(base + "/")
                page.fill("#q", args.owner.split()[-1][:4])
                page.wait_for_selector("#suggestions li a")
                shot("search", full=False)

                page.goto(f"{base}/issuers/{args.issuer}")
                page.wait_for_selector("[data-chart][data-ready]")
                shot("issuer")

                page.goto(f"{base}/owners/{args.owner}")
                page.wait_for_selector("[data-chart][data-ready]")
                shot("owner")

                gaps = Ledger(url).gaps()
                if gaps:
                    page.goto(f"{base}/owners/{gaps[0]['owner_cik']}")
                    page.wait_for_selector("[data-chart][data-ready]")
                    shot("owner-gaps")

                if seed is not None:
                    page.goto(base + "/upload")
                    page.set_input_files("#file", str(seed))
                    page.wait_for_selector("#review:not([hidden])")
                    flag = page.locator("tr.uncertain .flag").first
                    if flag.count():
                        flag.hover()
                    shot("upload")
                    # Correct the first uncertain field the way a reviewer would, save, and
                    # show the saved filing with its highlights and the correction.
                    fix = wrong_uncertain_field(seed)
                    if fix:
                        page.fill(f'#review-fields input[name="{fix[0]}"]', str(fix[1]))
                    page.fill("#token", "screenshot-token")
                    page.fill("#author", "reviewer")
                    page.click("#save")
                    page.locator("#saved-link").click()
                    page.wait_for_selector("#official-form")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(300)
                    shot("filing")
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
