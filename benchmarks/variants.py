"""PyMuPDF4LLM (or Tesseract OCR) texts of the tuning documents rendered at other page geometries.

The pymupdf4llm kind cuts table cells where Chromium's layout puts the column edges, so a reader
tuned on one rendering learns where those cuts fall. Rendering the same forms with another page
size, zoom or font size moves the cuts, which shows what generalizes without opening held-out
documents. Only tuning documents (``held_out(stem)`` false) are rendered, plus the fictitious
specification samples in ../shared/edgar/xml-spec-samples (not in the corpus at all).

The same holds for the OCR kind: its text lays the words out on a character grid from their pixel
positions, so another geometry moves the columns and line breaks the OCR rules were tuned on.
``--kinds pymupdf4llm,ocr,ocr-tab`` writes each (OCR as corpus.py's ``ocr(page_images(pdf, 300))``;
``ocr-tab`` flattens the ``ocr-<variant>`` text to tabs as corpus.py does, OCR'ing only what is not built).

Output (git-ignored): benchmarks/corpus-variants/<kind>-<variant>/STEM.txt and STEM.truth.json,
scored with ``bench_text.py --dir PATH``::

    python benchmarks/variants.py [--variants a4,zoom90,font10] [--kinds pymupdf4llm,ocr] [--limit N] [--jobs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402
    ROOT,
    XML_DIR,
    held_out,
    ocr,
    page_images,
    render_pdf,
    stem_of,
    tab_flatten,
    truth_of,
)

OUT = ROOT / "benchmarks" / "corpus-variants"
SPEC_DIR = ROOT.parent / "shared" / "edgar" / "xml-spec-samples"
# CSS appended after the form's own style sheet: each moves the column edges differently
VARIANTS = {
    "a4": "@page { size: A4 landscape; margin: 0.5in; }",
    "zoom90": "@page { size: letter landscape; margin: 0.6in; } body { zoom: 0.92; } .form { max-width: 9.6in; }",
    "font10": "body { font-size: 10pt; } .val { font-size: 10pt; } th, .lbl { font-size: 8pt; }",
    "legal": "@page { size: legal landscape; margin: 0.3in; } .form { max-width: 13in; }",
}


def variant_html(html: str, css: str) -> str:
    """The form's HTML with ``css`` after its own rules, so it wins."""
    return html.replace("</style>", css + "\n</style>", 1)


def build_one(xml_path: str, variant: str, kind: str = "pymupdf4llm") -> str:
    from section16.readers import parse

    path = Path(xml_path)
    stem = stem_of(path)
    out = OUT / f"{kind}-{variant}"
    target = out / f"{stem}.txt"
    if target.exists():
        return f"{path.name}: cached"
    try:
        doc = parse(path)
    except Exception as exc:  # noqa: BLE001 - a broken sample is skipped, not fatal
        return f"skip {path.name}: {exc}"
    (out / f"{stem}.truth.json").write_text(json.dumps(truth_of(doc.to_dict()), indent=1, default=str))
    built = out.parent / f"ocr-{variant}" / f"{stem}.txt"
    if kind == "ocr-tab" and built.exists():
        text = built.read_text()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "form.pdf"
            render_pdf(variant_html(doc.to_html(), VARIANTS[variant]), pdf)
            if kind in ("ocr", "ocr-tab"):
                text = ocr(page_images(pdf, 300))
            else:
                import pymupdf4llm  # AGPL: benchmark-only, never imported by the product

                text = pymupdf4llm.to_markdown(str(pdf))
    if kind == "ocr-tab":
        text = tab_flatten(text)
    target.write_text(text)
    return f"{path.name} -> {stem}: {kind}-{variant}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="a4,zoom90,font10")
    ap.add_argument("--limit", type=int, default=0, help="only the first N tuning filings (sorted by hash)")
    ap.add_argument("--kinds", default="pymupdf4llm",
                    help="pymupdf4llm, ocr and/or ocr-tab (from the ocr-<variant> text when built), comma-separated")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    if unknown := set(kinds) - {"pymupdf4llm", "ocr", "ocr-tab"}:
        ap.error(f"unknown kinds {sorted(unknown)}")
    files = [f for f in sorted(XML_DIR.glob("*.xml"), key=stem_of) if not held_out(stem_of(f))]
    if args.limit:
        files = files[: args.limit]
    files += sorted(SPEC_DIR.glob("*.xml"))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    for kind in kinds:
        for variant in (v for v in args.variants.split(",") if v):
            (OUT / f"{kind}-{variant}").mkdir(parents=True, exist_ok=True)
            jobs = [str(f) for f in files]
            if args.jobs > 1:
                with ProcessPoolExecutor(args.jobs) as ex:
                    for line in ex.map(build_one, jobs, [variant] * len(jobs), [kind] * len(jobs)):
                        print(line, flush=True)
            else:
                for f in jobs:
                    print(build_one(f, variant, kind), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
