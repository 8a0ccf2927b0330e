"""Accuracy and speed of `read_pdf` on scanned forms (image-only PDFs, read by OCR).

Takes the Chromium-rendered PDFs of benchmarks/corpus/pdf (built by corpus.py), rasterizes
them to image-only PDFs the way a scanner would (``scan``: 200 dpi; ``scan-degraded``: the
corpus's poor-scan degradation: 150 dpi, tilt, blur, speckle), then reads them through the
product path (`read_pdf` -> Tesseract word boxes -> the text decoder) and scores the result
against the XML truth with ../shared/tools/score.py. Held-out documents (every 5th by hash)
are reported apart. OCR is slow, so this runs on a subset::

    python benchmarks/bench_scan.py [--limit 20] [--kinds scan,scan-degraded] [--errors 10] [--docs TEXT]

``--errors`` and ``--docs`` show tuning documents only: held-out ones are never printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_text import load_scorer, metrics, tally  # noqa: E402
from corpus import degrade, held_out, join_street  # noqa: E402


def make_scan(pdf_path: Path, kind: str, out: Path) -> None:
    """Write an image-only PDF of ``pdf_path`` (every page) to ``out``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        dpi = 200 if kind == "scan" else 300
        images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()
    if kind == "scan-degraded":
        images = [degrade(im, seed=i) for i, im in enumerate(images)]  # halves the resolution
        dpi = 150
    out.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=20, help="documents per kind (OCR takes seconds per page)")
    ap.add_argument("--kinds", default="scan,scan-degraded")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent error kinds (tuning only)")
    ap.add_argument("--docs", default="", metavar="TEXT",
                    help="print each tuning document's errors containing TEXT ('all': every one)")
    args = ap.parse_args(argv)

    from section16.errors import Section16Error
    from section16.readers.pdf import read_pdf

    score = load_scorer()
    stems = sorted(p.stem for p in (CORPUS / "pdf").glob("*.pdf"))
    if not stems:
        print("no corpus PDFs: run benchmarks/corpus.py --kinds pdf first")
        return 1
    # an even spread over the corpus, held-out documents included
    step = max(1, len(stems) // max(1, args.limit))
    chosen = stems[::step][: args.limit]
    print(f"{'kind':<14} {'part':<9} {'docs':>5} {'fields':>7} {'P':>7} {'R':>7} {'F1':>7} "
          f"{'silent':>7} {'silent%':>8} {'s/page':>7}")
    for kind in [k for k in args.kinds.split(",") if k]:
        parts: dict[str, Counter] = {"tuning": Counter(), "held-out": Counter()}
        errors: Counter = Counter()
        seconds, pages = 0.0, 0
        for stem in chosen:
            scan = CORPUS / kind / f"{stem}.pdf"
            if not scan.exists():
                make_scan(CORPUS / "pdf" / f"{stem}.pdf", kind, scan)
            data = scan.read_bytes()
            t0 = time.perf_counter()
            try:
                pred = json.loads(read_pdf(data, source_name=scan.name).to_json())
            except Section16Error as exc:
                pred = {"error": str(exc)}
            seconds += time.perf_counter() - t0
            pages += page_count(data)
            for o in pred.get("reporting_owners") or []:
                o["rpt_owner_street1"] = join_street(o)
            r = score.score_doc(json.loads((CORPUS / "truth" / f"{stem}.truth.json").read_text()), pred)
            part = "held-out" if held_out(stem) else "tuning"
            tally(parts[part], errors if part == "tuning" else Counter(), r)
            if args.docs and part == "tuning":  # never print held-out failures: they are not for tuning
                for e in r["errors"]:
                    if args.docs == "all" or args.docs in e:
                        print(f"    {kind} {stem}: {e}")
        for part, c in parts.items():
            if c["docs"]:
                print(f"{kind:<14} {part:<9} {metrics(c)} {seconds / max(1, pages):>7.1f}")
        for e, cnt in errors.most_common(args.errors):
            print(f"    {cnt:>5}  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
