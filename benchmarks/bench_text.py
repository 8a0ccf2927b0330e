"""Accuracy and speed of the messy-text reader on the corpus built by benchmarks/corpus.py.

Prints precision, recall, F1 and silent errors per extraction kind, with the held-out
documents (every 5th by hash) reported apart, scored by ../shared/tools/score.py::

    python benchmarks/bench_text.py [--kinds layout,plumber-tab,pdf,ocr,...] [--errors N]
    python benchmarks/bench_text.py --speed      # documents/second on one core
    python benchmarks/bench_text.py --ceiling    # how much of the truth the texts show at all
    python benchmarks/bench_text.py --spread     # is a held-out gap luck? F1 of tuning subsets that size
    python benchmarks/bench_text.py --dir benchmarks/corpus-variants/pymupdf4llm-a4 [--errors N] [--docs TEXT]
                                                 # a folder of STEM.txt scored against STEM.truth.json

``--ceiling`` asks, per kind, which truth values the extracted text still shows verbatim (after
the scorer's normalisation): a number, a date as the form prints it (MM/DD/YYYY), a name or a
footnote. A value the text lost cannot be read, only inferred from the form's rules, so recall
on the values shown is the reader's own share of the misses; one-letter cells (codes, A/D,
D/I) and box 5's marks cannot be located in flat text and are reported apart.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"
SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"
SEEDS = ROOT.parent / "shared" / "samples" / "seeds"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import held_out, join_street  # noqa: E402


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def tally(c: Counter, errors: Counter, result: dict) -> None:
    """Add one document's score.py result to a part's counts and to the error kinds."""
    c["docs"] += 1
    for k in ("correct", "wrong", "missed", "silent"):
        c[k] += result[k]
    for e in result["errors"]:
        key = e.split(":")[0]
        errors[key.split("[")[0] + "." + key.split(".")[-1] if "[" in key else key] += 1


def metrics(c: Counter) -> str:
    """docs, fields, precision, recall, F1, silent count and share, as the tables print them."""
    n = c["correct"] + c["wrong"] + c["missed"]
    p = c["correct"] / max(1, c["correct"] + c["wrong"])
    rc = c["correct"] / max(1, n)
    f1 = 2 * p * rc / max(1e-9, p + rc)
    return (f"{c['docs']:>5} {n:>7} {p:>7.4f} {rc:>7.4f} {f1:>7.4f} "
            f"{c['silent']:>7} {100 * c['silent'] / max(1, n):>7.2f}%")


def predict(kind: str, stem: str) -> dict:
    from section16.errors import Section16Error
    from section16.readers.pdf import read_pdf
    from section16.readers.text import read_text

    try:
        if kind == "pdf":
            doc = read_pdf((CORPUS / "pdf" / f"{stem}.pdf").read_bytes(), source_name=stem)
        else:
            doc = read_text((CORPUS / kind / f"{stem}.txt").read_text(), source_name=stem)
    except Section16Error as exc:
        return {"error": str(exc)}
    d = json.loads(doc.to_json())
    for o in d.get("reporting_owners") or []:
        o["rpt_owner_street1"] = join_street(o)
    return d


def f1_of(c: Counter) -> float:
    p = c["correct"] / max(1, c["correct"] + c["wrong"])
    r = c["correct"] / max(1, c["correct"] + c["wrong"] + c["missed"])
    return 2 * p * r / max(1e-9, p + r)


def spread(docs: list[dict], size: int, rounds: int = 2000) -> tuple[float, float]:
    """The 5th and 95th percentile F1 of random ``size``-document subsets of ``docs``.

    Tells whether a held-out figure below the tuning one is over-fitting or the luck of which
    documents fell in a split of that size.
    """
    import random

    rnd = random.Random(0)
    f1s = []
    for _ in range(rounds):
        c: Counter = Counter()
        for r in rnd.sample(docs, min(size, len(docs))):
            for k in ("correct", "wrong", "missed"):
                c[k] += r[k]
        f1s.append(f1_of(c))
    f1s.sort()
    return f1s[rounds // 20], f1s[rounds - rounds // 20 - 1]


def bench_accuracy(kinds: list[str], show_errors: int, show_docs: str = "", show_spread: bool = False) -> None:
    score = load_scorer()
    truths = sorted((CORPUS / "truth").glob("*.truth.json"))
    print(f"{'kind':<14} {'part':<9} {'docs':>5} {'fields':>7} {'P':>7} {'R':>7} {'F1':>7} "
          f"{'silent':>7} {'silent%':>8} {'fail':>5}")
    for kind in kinds:
        src = CORPUS / kind
        if not src.exists():
            print(f"{kind:<14} (not built)")
            continue
        parts: dict[str, Counter] = {"tuning": Counter(), "held-out": Counter()}
        errors: Counter = Counter()
        fails = Counter()
        per_doc: list[dict] = []
        for t in truths:
            stem = t.name[: -len(".truth.json")]
            ext = ".pdf" if kind == "pdf" else ".txt"
            if not (src / f"{stem}{ext}").exists():
                continue
            part = "held-out" if held_out(stem) else "tuning"
            pred = predict(kind, stem)
            if "error" in pred:
                fails[part] += 1
            own = src / f"{stem}.truth.json"  # a kind whose damage destroyed values has its own truth
            r = score.score_doc(json.loads((own if own.exists() else t).read_text()), pred)
            tally(parts[part], errors if part == "tuning" else Counter(), r)
            if part == "tuning":
                per_doc.append(r)
            if show_docs and part == "tuning":  # never print held-out failures: they are not for tuning
                for e in r["errors"]:
                    if show_docs == "all" or show_docs in e:
                        print(f"    {kind} {stem}: {e}")
        for part, c in parts.items():
            if c["docs"]:
                print(f"{kind:<14} {part:<9} {metrics(c)} {fails[part]:>5}")
        if show_spread and parts["held-out"]["docs"]:
            n = parts["held-out"]["docs"]
            lo, hi = spread(per_doc, n)
            print(f"{kind:<14} tuning subsets of {n} documents: F1 {lo:.4f} to {hi:.4f} (5th-95th)")
        if show_errors:
            for e, cnt in errors.most_common(show_errors):
                print(f"    {cnt:>5}  {e}")


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def visible(value: object, numbers: set[float], flat: str) -> str:
    """Whether ``value`` shows in a text whose numbers and normalised letters are given.

    Returns 'shown', 'lost', or the class of a value flat text cannot locate ('one-letter',
    'mark' for box 5's booleans and footnote ids and markers).
    """
    if isinstance(value, bool) or isinstance(value, list) or re.fullmatch(r"F\d+", str(value)):
        return "mark"  # box 5's X, footnote ids: a mark, not a word
    text = str(value).strip()
    if m := _ISO_DATE.fullmatch(text):
        y, mo, d = m.groups()
        pat = rf"0?{int(mo)}\D{{0,2}}0?{int(d)}\D{{0,2}}{y}"
        return "shown" if re.search(pat, flat) else "lost"
    if re.fullmatch(r"-?[\d,]*\.?\d+", text):
        return "shown" if round(float(text.replace(",", "")), 6) in numbers else "lost"
    key = _squash(text)
    if len(key) <= 1:
        return "one-letter"
    if key in _squash(flat):
        return "shown"
    # wrapped or interleaved with the next column: every word is still there, in some line
    words = _words(flat)
    pieces = {a + b for a, b in zip(words, words[1:], strict=False)} | set(words)  # a word cut in two cells
    return "shown" if all(w in pieces for w in _words(text)) else "lost"


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z%]+", "", text.casefold())


def _words(text: str) -> list[str]:
    """Words without the markup and footnote markers glued to them ('Stock(1)', 'INC.<br>')."""
    text = re.sub(r"<[^>]{1,6}>|\(\d{1,2}\)|[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]|\|", " ", text)
    return [w for w in (_squash(t) for t in text.split()) if w]


def field_outcomes(score, truth: dict, pred: dict):
    """(path, truth value, read correctly?) for every scored field, rows paired as score.py pairs them.

    The path names the table and field ('reporting_owners.rpt_owner_name'), with '(no row)' when
    no predicted row was paired with the truth's row.
    """
    def same(t: object, p: object) -> bool:
        if p is None or p == [] or p == {}:
            return t is None or t == [] or t == {}
        return score.norm(p) == score.norm(t)

    for key, tval in truth.items():
        pval = pred.get(key) if isinstance(pred, dict) else None
        if key in score.TABLES:
            prow = pval if isinstance(pval, list) else []
            pairs, _ = score.match_rows(tval, prow)
            for ti, pi in pairs:
                for leaf, tv in score.leaves(tval[ti]):
                    if pi is None:
                        yield f"{key}.{leaf} (no row)", tv, False
                    else:
                        yield f"{key}.{leaf}", tv, same(tv, score.get(prow[pi], leaf))
        elif isinstance(tval, dict):
            for leaf, tv in score.leaves(tval):
                yield f"{key}.{leaf}", tv, same(tv, score.get(pval, leaf) if isinstance(pval, dict) else None)
        else:
            yield key, tval, same(tval, pval)


def bench_dir(folder: Path, show_errors: int, show_docs: str = "") -> None:
    """Score every STEM.txt of ``folder`` against the STEM.truth.json beside it.

    Such folders (benchmarks/variants.py) hold tuning documents and made-up samples only, so their
    errors may be shown; a held-out stem found there is scored but its errors are never printed.
    """
    from section16.errors import Section16Error
    from section16.readers.text import read_text

    score = load_scorer()
    c: Counter = Counter()
    errors: Counter = Counter()
    fails = 0
    for src in sorted(folder.glob("*.txt")):
        truth_file = folder / f"{src.stem}.truth.json"
        if not truth_file.exists():
            continue
        try:
            d = json.loads(read_text(src.read_text(), source_name=src.stem).to_json())
        except Section16Error as exc:
            d, fails = {"error": str(exc)}, fails + 1
        for o in d.get("reporting_owners") or []:
            o["rpt_owner_street1"] = join_street(o)
        r = score.score_doc(json.loads(truth_file.read_text()), d)
        tally(c, errors, r)
        corpus_stem = re.fullmatch(r"[0-9a-f]{16}", src.stem)  # synthetic stems (synth.py) are named by shape
        if show_docs and not (corpus_stem and held_out(src.stem)):
            for e in r["errors"]:
                if show_docs == "all" or show_docs in e:
                    print(f"    {folder.name} {src.stem}: {e}")
    print(f"{'folder':<28} {'docs':>5} {'fields':>7} {'P':>7} {'R':>7} {'F1':>7} {'silent':>7} "
          f"{'silent%':>8} {'fail':>5}")
    print(f"{folder.name:<28} {metrics(c)} {fails:>5}")
    for e, cnt in errors.most_common(show_errors):
        print(f"    {cnt:>5}  {e}")


def bench_ceiling(kinds: list[str], show_misses: int = 0) -> None:
    """Per kind and split: the share of truth values the text shows, and recall on shown / lost /
    unlocatable. Apart by split, so a held-out gap is told apart: texts that show less (harder
    documents) or a reader that reads less of what they show (over-fitting). Held-out figures are
    totals only; ``show_misses`` lists the N most frequent (class, field) misses of the tuning split.
    """
    score = load_scorer()
    truths = sorted((CORPUS / "truth").glob("*.truth.json"))
    print(f"{'kind':<14} {'part':<9} {'values':>7} {'shown':>7} {'R shown':>8} {'R lost':>7} "
          f"{'1-letter':>8} {'R 1-let':>8} {'marks':>6} {'R marks':>8}")
    for kind in kinds:
        if kind == "pdf" or not (CORPUS / kind).exists():
            continue
        seen = {"tuning": Counter(), "held-out": Counter()}
        right = {"tuning": Counter(), "held-out": Counter()}
        misses: Counter = Counter()
        for t in truths:
            stem = t.name[: -len(".truth.json")]
            src = CORPUS / kind / f"{stem}.txt"
            if not src.exists():
                continue
            part = "held-out" if held_out(stem) else "tuning"
            text = src.read_text()
            numbers = {round(float(n.replace(",", "")), 6) for n in _NUMBER.findall(text)}
            own = CORPUS / kind / f"{stem}.truth.json"
            truth = json.loads((own if own.exists() else t).read_text())
            for path, tv, ok in field_outcomes(score, truth, predict(kind, stem)):
                if tv is None or tv == [] or tv == {}:
                    continue  # an empty field is not something the text can show
                cls = visible(tv, numbers, text)
                seen[part][cls] += 1
                right[part][cls] += ok
                if not ok and part == "tuning":
                    misses[f"{cls:<10} {path}"] += 1
        for part in ("tuning", "held-out"):
            s, k = seen[part], right[part]
            values = s["shown"] + s["lost"]

            def r(cls: str, k: Counter = k, s: Counter = s) -> str:
                return f"{k[cls] / max(1, s[cls]):.4f}"

            print(f"{kind:<14} {part:<9} {values:>7} {s['shown'] / max(1, values):>7.4f} {r('shown'):>8} "
                  f"{r('lost'):>7} {s['one-letter']:>8} {r('one-letter'):>8} {s['mark']:>6} {r('mark'):>8}")
        for what, n in misses.most_common(show_misses):
            print(f"    {n:>5}  {what}")


def bench_speed(seconds: float = 3.0) -> None:
    """Documents per second of one core; CPU time is reported too, since the machine is shared."""
    from section16.readers.text import read_text

    for label, files in (("seeds", sorted(SEEDS.glob("*.txt"))),
                         ("layout", sorted((CORPUS / "layout").glob("*.txt"))[:100]),
                         ("plumber-tab", sorted((CORPUS / "plumber-tab").glob("*.txt"))[:100]),
                         ("pymupdf4llm", sorted((CORPUS / "pymupdf4llm").glob("*.txt"))[:100]),
                         ("ocr", sorted((CORPUS / "ocr").glob("*.txt"))[:100]),
                         ("ocr-tab", sorted((CORPUS / "ocr-tab").glob("*.txt"))[:100]),
                         ("ocr-degraded", sorted((CORPUS / "ocr-degraded").glob("*.txt"))[:100]),
                         ("seed-noise", sorted((CORPUS / "seed-noise").glob("*.txt"))[:100])):
        if not files:
            continue
        texts = [f.read_text() for f in files]
        n, t0, c0 = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < seconds:
            for t in texts:
                read_text(t)
                n += 1
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"read_text {label:<12} {n / wall:8.1f} docs/s wall  {n / cpu:8.1f} docs/s per CPU-second "
              f"({n} reads of {len(texts)} docs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", default="layout,plumber-tab,pdf,ocr,ocr-degraded,ocr-tab,pymupdf4llm,seed-noise")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent error kinds (tuning split only)")
    ap.add_argument("--docs", default="", metavar="TEXT",
                    help="print each tuning-split error containing TEXT ('all' for every one)")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--spread", action="store_true",
                    help="also the F1 range of random tuning subsets the held-out split's size")
    ap.add_argument("--dir", type=Path, action="append", default=[], metavar="PATH",
                    help="score PATH/STEM.txt against PATH/STEM.truth.json instead of the corpus (repeatable)")
    ap.add_argument("--ceiling", action="store_true", help="how much of the truth each kind's text shows")
    args = ap.parse_args(argv)
    if args.speed:
        bench_speed()
        return 0
    if args.dir:
        for folder in args.dir:
            bench_dir(folder, args.errors, args.docs)
        return 0
    if args.ceiling:
        bench_ceiling([k for k in args.kinds.split(",") if k], args.errors)
        return 0
    bench_accuracy([k for k in args.kinds.split(",") if k], args.errors, args.docs, args.spread)
    return 0


if __name__ == "__main__":
    sys.exit(main())
