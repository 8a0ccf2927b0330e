"""Build the messy-text benchmark corpus from the real EDGAR XML in ../shared/edgar/xml.

For each XML filing: read it (the ground truth is its ``to_dict()``), render ``doc.to_html()``
to PDF with headless Chromium, then extract text the ways our users do:

* ``layout``     ``pdftotext -layout``
* ``plumber-tab`` pdfplumber words flattened to tab-separated lines (columns by gaps)
* ``ocr``        Tesseract at 300 dpi of the rendered page
* ``ocr-degraded`` Tesseract of a degraded scan (blur, noise, 150 dpi, slight tilt)
* ``ocr-tab``    the OCR text flattened to tabs with ``$`` escaped as ``\\$``
* ``pdf``        the PDF itself (read by ``read_pdf``)
* ``pymupdf4llm`` markdown (AGPL, benchmark only; skipped when not installed). pymupdf4llm 2.x
  is an empty package: the code ships inside pymupdf 2.x, so ``pip install pymupdf`` as well

Output goes to benchmarks/corpus/ (git-ignored)::

    python benchmarks/corpus.py [--limit N] [--kinds layout,plumber-tab,ocr,...] [--jobs 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XML_DIR = ROOT.parent / "shared" / "edgar" / "xml"
OUT = ROOT / "benchmarks" / "corpus"
ALL_KINDS = ("layout", "plumber-tab", "pdf", "ocr", "ocr-degraded", "ocr-tab", "pymupdf4llm")
CHROMIUM = "/usr/bin/chromium"


def stem_of(path: Path) -> str:
    return hashlib.sha1(path.name.encode()).hexdigest()[:16]


def held_out(stem: str) -> bool:
    """Every 5th document by hash is held out from tuning and reported apart."""
    return int(stem, 16) % 5 == 0


def truth_of(doc_dict: dict) -> dict:
    """The parts of the filing the rendered form shows (CIKs and XML-only flags are not printed).

    The rendering prints street1 and street2 on one line, so they are compared joined.
    """
    keep_top = ("document_type", "period_of_report", "date_of_original_submission", "remarks")
    out = {k: doc_dict.get(k) for k in keep_top}
    iss = doc_dict.get("issuer") or {}
    out["issuer"] = {"issuer_name": iss.get("issuer_name"), "issuer_trading_symbol": iss.get("issuer_trading_symbol")}
    owners = []
    for o in doc_dict.get("reporting_owners") or []:
        owners.append(
            {
                "rpt_owner_name": o.get("rpt_owner_name"),
                "rpt_owner_street1": join_street(o),
                "rpt_owner_city": o.get("rpt_owner_city"),
                "rpt_owner_state": o.get("rpt_owner_state"),
                "rpt_owner_zip_code": o.get("rpt_owner_zip_code"),
                "is_director": bool(o.get("is_director")),
                "is_officer": bool(o.get("is_officer")),
                "is_ten_percent_owner": bool(o.get("is_ten_percent_owner")),
                "is_other": bool(o.get("is_other")),
                "officer_title": o.get("officer_title") if o.get("is_officer") else None,
            }
        )
    out["reporting_owners"] = owners
    hidden = {"transaction_form_type", "equity_swap_involved", "transaction_timeliness"}
    for table in ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
                  "derivative_holdings"):
        rows = []
        for r in doc_dict.get(table) or []:
            row = {k: v for k, v in r.items() if k not in hidden}
            row["footnote_ids"] = {k: v for k, v in (r.get("footnote_ids") or {}).items() if k not in hidden}
            rows.append(row)
        out[table] = rows
    out["footnotes"] = [{"id": f["id"], "text": f["text"]} for f in doc_dict.get("footnotes") or []]
    out["owner_signatures"] = doc_dict.get("owner_signatures") or []
    return out


def join_street(o: dict) -> str | None:
    s = " ".join(x for x in (o.get("rpt_owner_street1"), o.get("rpt_owner_street2")) if x)
    return s or None


def render_pdf(html_text: str, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def page_images(pdf_path: Path, dpi: int):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page in pdf:
            yield page.render(scale=dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()


def degrade(img, seed: int):
    """A poor scan: lower resolution, slight tilt, blur and speckle noise."""
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    w, h = img.size
    img = img.resize((w // 2, h // 2), Image.BILINEAR)
    img = img.rotate(rnd.uniform(-1.2, 1.2), expand=True, fillcolor=255, resample=Image.BILINEAR)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w2, h2 = img.size
    for _ in range(w2 * h2 // 300):
        x, y = rnd.randrange(w2), rnd.randrange(h2)
        px[x, y] = rnd.choice((0, 90, 255))
    return img


def ocr(images) -> str:
    """Tesseract word boxes laid out as text on a character grid (what OCR-to-PDF then
    ``pdftotext -layout`` gives): each word at the column of its x position."""
    import pytesseract

    from section16.readers.pdf import words_to_lines

    pages = []
    for im in images:
        d = pytesseract.image_to_data(im, config="--psm 6", output_type=pytesseract.Output.DICT)
        words = [
            {"text": t, "x0": d["left"][j], "x1": d["left"][j] + d["width"][j], "top": d["top"][j],
             "bottom": d["top"][j] + d["height"][j]}
            for j, t in enumerate(d["text"]) if t and t.strip()
        ]
        out = []
        for ln in words_to_lines(words):
            row = ""
            for cell, off in zip(ln.cells, ln.offsets or [0] * len(ln.cells), strict=False):
                row = row + " " * max(2 if row else 0, off - len(row)) + cell
            out.append(row.rstrip())
        pages.append("\n".join(out))
    return "\n\f".join(pages)


def plumber_tab(pdf_path: Path) -> str:
    """pdfplumber's tables flattened to tab-separated lines, the page text between them as lines."""
    import pdfplumber

    out: list[str] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            items: list[tuple[float, str]] = []
            for t in tables:
                for row in t.extract():
                    cells = [" ".join((c or "").split()) for c in row]
                    if any(cells):
                        items.append((t.bbox[1], "\t".join(cells)))
                items[-len(t.rows):] = [(t.bbox[1] + k * 0.001, x) for k, (_, x) in enumerate(items[-len(t.rows):])]

            def outside(w: dict, boxes: list = boxes) -> bool:
                return not any(b[0] - 1 <= w["x0"] and w["x1"] <= b[2] + 1 and b[1] - 1 <= w["top"] and
                               w["bottom"] <= b[3] + 1 for b in boxes)

            words = [w for w in page.extract_words() if outside(w)]
            lines: list[list[dict]] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if lines and abs(lines[-1][0]["top"] - w["top"]) < 3:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            for ln in lines:
                ln.sort(key=lambda w: w["x0"])
                items.append((ln[0]["top"], " ".join(w["text"] for w in ln)))
            out.extend(text for _, text in sorted(items, key=lambda it: it[0]))
    return "\n".join(out)


def build_one(xml_path: str, kinds: tuple[str, ...]) -> str:
    from section16.readers import parse

    path = Path(xml_path)
    stem = stem_of(path)
    truth_file = OUT / "truth" / f"{stem}.truth.json"
    pdf_path = OUT / "pdf" / f"{stem}.pdf"
    try:
        doc = parse(path)
    except Exception as exc:  # noqa: BLE001 - a broken sample is skipped, not fatal
        return f"skip {path.name}: {exc}"
    if not truth_file.exists():
        truth_file.write_text(json.dumps(truth_of(doc.to_dict()), indent=1, default=str))
    if not pdf_path.exists():
        render_pdf(doc.to_html(), pdf_path)
    done = []
    for kind in kinds:
        if kind == "pdf":
            continue
        target = OUT / kind / f"{stem}.txt"
        if target.exists():
            continue
        if kind == "layout":
            text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], check=True,
                                  capture_output=True, text=True).stdout
        elif kind == "plumber-tab":
            text = plumber_tab(pdf_path)
        elif kind == "ocr":
            text = ocr(page_images(pdf_path, 300))
        elif kind == "ocr-degraded":
            text = ocr(degrade(im, int(stem, 16) % 1000) for im in page_images(pdf_path, 300))
        elif kind == "ocr-tab":
            src = OUT / "ocr" / f"{stem}.txt"
            base = src.read_text() if src.exists() else ocr(page_images(pdf_path, 300))
            text = "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in base.splitlines()).replace("$", "\\$")
        elif kind == "pymupdf4llm":
            try:
                import pymupdf4llm  # AGPL: benchmark-only, never imported by the product
            except ImportError:
                continue
            text = pymupdf4llm.to_markdown(str(pdf_path))
        else:
            raise SystemExit(f"unknown kind {kind}")
        target.write_text(text)
        done.append(kind)
    return f"{path.name} -> {stem}: {','.join(done) or 'cached'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N filings (sorted by hash)")
    ap.add_argument("--kinds", default="layout,plumber-tab,pdf")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if any(k.startswith("ocr") for k in kinds) and not shutil.which("tesseract"):
        print("tesseract not installed: apt-get install tesseract-ocr", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (Debian package chromium)", file=sys.stderr)
        return 2
    if "pymupdf4llm" in kinds:
        try:
            import pymupdf4llm  # noqa: F401  # AGPL: benchmark-only
        except ImportError:
            print("pymupdf4llm not importable, kind skipped (pymupdf4llm 2.x also needs: pip install pymupdf)",
                  file=sys.stderr)
    for sub in ("truth", "pdf", *kinds):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    files = sorted(XML_DIR.glob("*.xml"), key=stem_of)
    if args.limit:
        files = files[: args.limit]
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            for line in ex.map(build_one, map(str, files), [kinds] * len(files)):
                print(line, flush=True)
    else:
        for f in files:
            print(build_one(str(f), kinds), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
