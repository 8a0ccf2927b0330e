"""Accuracy of `read_text` on HTML renderings: every real EDGAR XML filing in
../shared/edgar/xml rendered with `doc.to_html()`, read back as text, and scored against the
filing's own printed fields with ../shared/tools/score.py (held-out documents apart)::

    python benchmarks/bench_html.py [--limit N] [--errors 10]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XML_DIR = ROOT.parent / "shared" / "edgar" / "xml"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_text import load_scorer, metrics, tally  # noqa: E402
from corpus import held_out, join_street, stem_of, truth_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent error kinds")
    args = ap.parse_args(argv)

    from section16.errors import Section16Error
    from section16.readers import parse
    from section16.readers.text import read_text

    score = load_scorer()
    files = sorted(XML_DIR.glob("*.xml"))
    if args.limit:
        files = files[: args.limit]
    parts: dict[str, Counter] = {"tuning": Counter(), "held-out": Counter()}
    errors: Counter = Counter()
    seconds = 0.0
    for f in files:
        filing = parse(f)
        truth = json.loads(json.dumps(truth_of(json.loads(filing.to_json()))))
        page = filing.to_html()
        t0 = time.perf_counter()
        try:
            pred = json.loads(read_text(page, source_name=f.name).to_json())
        except Section16Error as exc:
            pred = {"error": str(exc)}
        seconds += time.perf_counter() - t0
        for o in pred.get("reporting_owners") or []:
            o["rpt_owner_street1"] = join_street(o)
        r = score.score_doc(truth, pred)
        tally(parts["held-out" if held_out(stem_of(f)) else "tuning"], errors, r)
    print(f"{'kind':<6} {'part':<9} {'docs':>5} {'fields':>7} {'P':>7} {'R':>7} {'F1':>7} {'silent':>7} {'silent%':>8}")
    for part, c in parts.items():
        if c["docs"]:
            print(f"{'html':<6} {part:<9} {metrics(c)}")
    print(f"read_text on HTML: {len(files) / max(seconds, 1e-9):.1f} documents/second")
    for e, cnt in errors.most_common(args.errors):
        print(f"    {cnt:>5}  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
