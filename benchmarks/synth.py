"""Synthetic forms of shapes the corpus has few of, built from the tuning documents' parts.

The corpus's tuning forms are mostly one owner, a few rows, one signature. A reader tuned on them
can fail on a form shaped otherwise (a box or a table lost, rows lost past a page break, owners
past the N-th ignored) without the tuning split showing it. This script reads the TUNING XML
documents only (``held_out(stem)`` false) with the product's XML reader, and recombines their
owners, rows, footnotes, remarks and signatures into forms of unusual shape, drawn from a seeded
generator so the folder rebuilds identically:

* ``owners``     5-10 reporting owners, long company names and addresses
* ``long``       20-30 Table I rows (amounts owned following kept arithmetic), spilling to page 2
* ``t2only``     a Form 4 with Table II rows only, no Table I
* ``holdings``   a Form 3 (or 5) of holdings only
* ``notes``      many long footnotes
* ``remarks``    long remarks
* ``sigs``       many signatures
* ``titles``     very long security titles and natures of ownership
* ``amend``      an amendment (4/A, 3/A, 5/A) with its date of original submission
* ``form5``      a Form 5 with transactions and holdings

``--shapes`` builds other shapes instead, into benchmarks/corpus-variants/synth-shapes-<kind>/ with
16-hex-digit stems that ``held_out()`` never picks (so ``bench_text.py --dir`` shows their errors),
the default run's folder and output untouched. Shapes where a reader of cells without column
positions (``ocr-tab``) is likeliest to go wrong:

* ``joint``      2-4 owners (short names) of a Form 4, their blocks beside boxes 2-5, both tables
* ``t2wide``     many Table II transactions (every column filled) under a few Table I rows
* ``hold3``      a Form 3 of holdings only in both tables, one to three owners
* ``amend4``     a 4/A with both tables, one or two owners
* ``mixed``      2-3 owners, 6-10 Table I rows, 2-4 Table II rows, footnotes
* ``pages``      15-25 Table I rows and 3-6 Table II rows, the tables running on past a page break
* ``owners6``    5-8 owners (names as filed, not lengthened), a few rows

``--first N`` renders only the forms from the N-th on (the ones before are drawn, not rendered), so a
folder grows without rebuilding what it holds.

Each form is rendered as corpus.py does (``to_html()`` -> Chromium PDF) and extracted with
PyMuPDF4LLM and ``pdftotext -layout`` (``--kinds`` adds ``ocr``: corpus.py's Tesseract text of the
page images at 300 dpi, slow; and ``ocr-tab``: that text flattened to tabs as corpus.py does, from
synth-ocr when it is built); the truth is ``truth_of(doc.to_dict())``. Output
(git-ignored): benchmarks/corpus-variants/synth-<kind>/STEM.txt and STEM.truth.json, scored with
``bench_text.py --dir PATH``::

    python benchmarks/synth.py [--count 84] [--seed 16] [--kinds pymupdf4llm,layout,ocr,ocr-tab] [--jobs 2]
    python benchmarks/synth.py --shapes joint,t2wide,hold3,amend4,mixed --count 40 --kinds ocr,ocr-tab
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from decimal import Decimal
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
SHAPES = ("owners", "long", "t2only", "holdings", "notes", "remarks", "sigs", "titles", "amend", "form5")
# --shapes: written to synth-shapes-<kind>
MORE_SHAPES = ("joint", "t2wide", "hold3", "amend4", "mixed", "pages", "owners6")
TABLES = ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
          "derivative_holdings")
# words that lengthen a company name or a street the way real long ones read (synthetic, not a filer's)
NAME_TAILS = ("Capital Partners Fund IV, L.P.", "Strategic Opportunities Master Fund Ltd.",
              "Growth Equity Holdings II, LLC", "Investment Management Associates, L.L.C.",
              "Special Situations Offshore Fund, Ltd.", "Venture Partners Annex Fund III, L.P.")
STREET_TAILS = ("Suite 2400, One Intl Financial Center", "c/o Walkers Corporate Ltd, 190 Elgin Ave",
                "Attn: General Counsel, 40th Floor", "Building 3, Third Floor West Wing")


def tuning_docs() -> list[dict]:
    """The tuning documents as dicts of the JSON form (held-out ones never read)."""
    from section16.readers import parse

    out = []
    for f in sorted(XML_DIR.glob("*.xml"), key=stem_of):
        if held_out(stem_of(f)):
            continue
        try:
            out.append(parse(f).to_dict())
        except Exception:  # noqa: BLE001 - a broken sample is skipped
            continue
    return out


class Pools:
    """Each part of the tuning documents, with the footnotes its rows cite kept alongside."""

    def __init__(self, docs: list[dict]) -> None:
        self.docs = docs
        self.rows: dict[str, list[tuple[dict, dict]]] = {t: [] for t in TABLES}
        for d in docs:
            notes = {f["id"]: f["text"] for f in d.get("footnotes") or []}
            for t in TABLES:
                for r in d.get(t) or []:
                    self.rows[t].append((r, notes))
        self.owners = [o for d in docs for o in d.get("reporting_owners") or []]
        self.notes = [f["text"] for d in docs for f in d.get("footnotes") or [] if f.get("text")]
        self.remarks = [d["remarks"] for d in docs if d.get("remarks")]
        self.sigs = [s for d in docs for s in d.get("owner_signatures") or [] if s.get("signature_name")]
        self.issuers = [d["issuer"] for d in docs if (d.get("issuer") or {}).get("issuer_name")]


class Builder:
    """One synthetic document: rows are added with their footnotes renumbered F1, F2, ..."""

    def __init__(self, rnd: random.Random, base: dict) -> None:
        self.rnd = rnd
        self.doc = copy.deepcopy(base)
        for t in TABLES:
            self.doc[t] = []
        self.doc["footnotes"] = []
        self.ids: dict[tuple[int, str], str] = {}

    def note(self, text: str, key: tuple[int, str] | None = None) -> str:
        if key is not None and key in self.ids:
            return self.ids[key]
        fid = f"F{len(self.doc['footnotes']) + 1}"
        self.doc["footnotes"].append({"id": fid, "text": text})
        if key is not None:
            self.ids[key] = fid
        return fid

    def add(self, table: str, row: dict, notes: dict) -> dict:
        row = copy.deepcopy(row)
        fids = {}
        for field, ids in (row.get("footnote_ids") or {}).items():
            fids[field] = [self.note(notes[i], (id(notes), i)) for i in ids if i in notes]
            fids[field] = [x for x in fids[field] if x]
        row["footnote_ids"] = {k: v for k, v in fids.items() if v}
        self.doc[table].append(row)
        return row


def keep_arithmetic(rows: list[dict]) -> None:
    """Amounts owned following made to follow from the rows above (same title and D/I), as the form's
    rule says, so the reader's arithmetic sees a consistent table; a group's first amount is raised
    where its disposals would take it below zero."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        if r.get("shares_owned_following_transaction") is not None and r.get("transaction_shares") is not None:
            groups.setdefault((r.get("security_title"), r.get("direct_or_indirect_ownership")), []).append(r)
    for group in groups.values():
        start = Decimal(str(group[0]["shares_owned_following_transaction"]))
        run, low, steps = Decimal(0), Decimal(0), []
        for r in group[1:]:
            n = Decimal(str(r["transaction_shares"]))
            run += n if r.get("transaction_acquired_disposed_code") == "A" else -n
            low = min(low, run)
            steps.append(run)
        start = max(start, -low)
        group[0]["shares_owned_following_transaction"] = start
        for r, step in zip(group[1:], steps, strict=True):
            r["shares_owned_following_transaction"] = start + step


def set_dates(rnd: random.Random, doc: dict, rows: list[dict]) -> None:
    """Transactions on the period of report's day or the next (a plan's sales run over a day or two),
    signed the day after, so the form's dates are in a possible order and in time."""
    from datetime import date

    period = date.fromisoformat(str(doc.get("period_of_report") or "2015-03-02"))
    days = sorted(rnd.randint(0, 1) for _ in rows)
    if days:
        days[0] = 0
    for r, d in zip(rows, days, strict=True):
        r["transaction_date"] = (period + timedelta(days=d)).isoformat()
        if r.get("deemed_execution_date"):
            r["deemed_execution_date"] = r["transaction_date"]
    last = period + timedelta(days=max(days or [0]))
    doc["period_of_report"] = period.isoformat()
    for s in doc["owner_signatures"]:
        s["signature_date"] = (last + timedelta(days=1)).isoformat()


def pick_rows(rnd: random.Random, pools: Pools, b: Builder, table: str, k: int) -> list[dict]:
    pool = pools.rows[table]
    if not pool:
        return []
    return [b.add(table, *rnd.choice(pool)) for _ in range(k)]


def long_owner(rnd: random.Random, o: dict) -> dict:
    o = copy.deepcopy(o)
    if rnd.random() < 0.6:
        o["rpt_owner_name"] = f"{(o.get('rpt_owner_name') or 'Owner').split(',')[0]} {rnd.choice(NAME_TAILS)}"
    if rnd.random() < 0.5:
        o["rpt_owner_street2"] = rnd.choice(STREET_TAILS)
    return o


def make_doc(rnd: random.Random, pools: Pools, shape: str) -> dict:
    base = rnd.choice([d for d in pools.docs if d.get("document_type") == "4"] or pools.docs)
    b = Builder(rnd, base)
    doc = b.doc
    doc["issuer"] = copy.deepcopy(rnd.choice(pools.issuers))
    doc["reporting_owners"] = [copy.deepcopy(rnd.choice(pools.owners))]
    doc["owner_signatures"] = [copy.deepcopy(rnd.choice(pools.sigs))]
    doc["document_type"] = "4"
    doc["date_of_original_submission"] = None
    doc["remarks"] = rnd.choice(pools.remarks) if rnd.random() < 0.3 else None
    ndt = rnd.randint(1, 4)
    dt = rnd.randint(0, 2)
    if shape == "owners":
        doc["reporting_owners"] = [long_owner(rnd, rnd.choice(pools.owners)) for _ in range(rnd.randint(5, 10))]
        doc["owner_signatures"] = [copy.deepcopy(rnd.choice(pools.sigs)) for _ in doc["reporting_owners"]]
    elif shape == "long":
        ndt = rnd.randint(20, 30)
    elif shape == "t2only":
        ndt, dt = 0, rnd.randint(2, 8)
    elif shape == "holdings":
        doc["document_type"] = rnd.choice(("3", "3", "5"))
        ndt, dt = 0, 0
        pick_rows(rnd, pools, b, "non_derivative_holdings", rnd.randint(0, 6))
        pick_rows(rnd, pools, b, "derivative_holdings", rnd.randint(1 if not doc["non_derivative_holdings"] else 0, 6))
    elif shape == "sigs":
        doc["owner_signatures"] = [copy.deepcopy(rnd.choice(pools.sigs)) for _ in range(rnd.randint(4, 10))]
    elif shape == "amend":
        doc["document_type"] = rnd.choice(("4/A", "4/A", "3/A", "5/A"))
    elif shape == "form5":
        doc["document_type"] = "5"
        ndt = rnd.randint(2, 8)
        pick_rows(rnd, pools, b, "non_derivative_holdings", rnd.randint(1, 3))
    elif shape in MORE_SHAPES:
        ndt, dt = more_shape(rnd, pools, b, shape)
    if doc["document_type"].startswith("3"):
        ndt, dt = 0, 0
        if not doc["non_derivative_holdings"] and not doc["derivative_holdings"]:
            pick_rows(rnd, pools, b, "non_derivative_holdings", rnd.randint(1, 3))
            pick_rows(rnd, pools, b, "derivative_holdings", rnd.randint(0, 3))
    rows = pick_rows(rnd, pools, b, "non_derivative_transactions", ndt)
    if shape == "long" and rows:
        title = rows[0].get("security_title")
        for r in rows:  # one security, as a long table of sales under a plan is
            if rnd.random() < 0.8:
                r["security_title"] = title
    keep_arithmetic(rows)
    dts = pick_rows(rnd, pools, b, "derivative_transactions", dt)
    if shape == "titles":
        for r in [*rows, *dts, *doc["non_derivative_holdings"], *doc["derivative_holdings"]]:
            if r.get("security_title"):
                r["security_title"] = (r["security_title"] + rnd.choice((
                    ", par value $0.001 per share", " (Class A, Series 2 Voting Shares)",
                    " subject to the Amended and Restated Plan")))[:60].strip()
            if r.get("direct_or_indirect_ownership") == "I" or rnd.random() < 0.4:
                r["direct_or_indirect_ownership"] = "I"
                r["nature_of_ownership"] = rnd.choice((
                    "By the Reporting Person's spouse as trustee of the Family Irrevocable Trust",
                    "By limited partnership of which the Reporting Person is managing member of its GP",
                    "Held by Grantor Retained Annuity Trust dated March 15, 2011 (Reporting Person is trustee)"))
    if shape == "notes":
        for _ in range(rnd.randint(8, 20)):
            text = " ".join(rnd.choice(pools.notes) for _ in range(rnd.randint(1, 3)))
            fid = b.note(text)
            cands = [r for t in TABLES for r in doc[t]]
            if cands:
                r = rnd.choice(cands)
                field = rnd.choice([k for k in ("security_title", "transaction_shares", "transaction_price_per_share",
                                                "shares_owned_following_transaction") if k in r])
                r["footnote_ids"].setdefault(field, []).append(fid)
    if shape == "remarks" or (shape == "notes" and rnd.random() < 0.5):
        doc["remarks"] = " ".join(rnd.choice(pools.remarks + pools.notes) for _ in range(rnd.randint(3, 8)))[:2000]
    set_dates(rnd, doc, [*rows, *dts])
    if doc["document_type"].endswith("/A"):
        from datetime import date

        signed = date.fromisoformat(doc["owner_signatures"][0]["signature_date"])
        doc["date_of_original_submission"] = signed.isoformat()
        for s in doc["owner_signatures"]:
            s["signature_date"] = (signed + timedelta(days=rnd.randint(5, 60))).isoformat()
    # footnotes in the order the form's IDs run, uncited ones dropped
    cited = {i for t in TABLES for r in doc[t] for ids in (r.get("footnote_ids") or {}).values() for i in ids}
    doc["footnotes"] = [f for f in doc["footnotes"] if f["id"] in cited]
    return doc


def more_shape(rnd: random.Random, pools: Pools, b: Builder, shape: str) -> tuple[int, int]:
    """Owners, document type and holdings of one of MORE_SHAPES; returns the counts of Table I and
    Table II transactions make_doc is to add."""
    doc = b.doc
    owners = {"joint": (2, 4), "hold3": (1, 3), "amend4": (1, 2), "mixed": (2, 3), "owners6": (5, 8)}.get(shape, (1, 1))
    doc["reporting_owners"] = [copy.deepcopy(rnd.choice(pools.owners)) for _ in range(rnd.randint(*owners))]
    doc["owner_signatures"] = [copy.deepcopy(rnd.choice(pools.sigs)) for _ in doc["reporting_owners"]]
    if shape == "joint":
        return rnd.randint(1, 5), rnd.randint(0, 3)
    if shape == "t2wide":
        pick_rows(rnd, pools, b, "derivative_holdings", rnd.randint(0, 2))
        return rnd.randint(1, 3), rnd.randint(3, 8)
    if shape == "hold3":
        doc["document_type"] = "3"
        pick_rows(rnd, pools, b, "non_derivative_holdings", rnd.randint(2, 6))
        pick_rows(rnd, pools, b, "derivative_holdings", rnd.randint(1, 5))
        return 0, 0
    if shape == "amend4":
        doc["document_type"] = "4/A"
        return rnd.randint(1, 4), rnd.randint(1, 3)
    if shape == "pages":
        return rnd.randint(15, 25), rnd.randint(3, 6)
    if shape == "owners6":
        return rnd.randint(1, 4), rnd.randint(0, 2)
    return rnd.randint(6, 10), rnd.randint(2, 4)


def shape_stem(n: int) -> str:
    """The n-th --shapes stem: 16 hex digits like the corpus's, never one held_out() picks."""
    base = 0x5e17000000000000 // 5 * 5  # a multiple of 5, so base + 5n + 1 never is
    return f"{base + 5 * n + 1:016x}"


def render(args: tuple[str, dict, tuple[str, ...], str]) -> str:
    from section16.model import OwnershipDocument

    stem, data, kinds, folder = args
    doc = OwnershipDocument.from_dict(data)
    truth = json.dumps(truth_of(doc.to_dict()), indent=1, default=str)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        render_pdf(doc.to_html(), pdf)
        for kind in kinds:
            out = OUT / f"{folder}-{kind}"
            built = OUT / f"{folder}-ocr" / f"{stem}.txt"
            if kind == "ocr-tab":  # the synth-ocr text flattened as corpus.py's ocr-tab
                text = tab_flatten(built.read_text() if built.exists() else ocr(page_images(pdf, 300)))
            elif kind == "pymupdf4llm":
                import pymupdf4llm  # AGPL: benchmark-only, never imported by the product

                text = pymupdf4llm.to_markdown(str(pdf))
            elif kind == "ocr":
                text = ocr(page_images(pdf, 300))
            else:
                text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                      capture_output=True, text=True).stdout
            (out / f"{stem}.txt").write_text(text)
            (out / f"{stem}.truth.json").write_text(truth)
    return stem


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=84)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--kinds", default="pymupdf4llm,layout")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="render only the forms from this one on")
    ap.add_argument("--shapes", default="", help=f"build these shapes instead ({','.join(MORE_SHAPES)}), "
                    "into synth-shapes-<kind>, stems of 16 hex digits")
    args = ap.parse_args(argv)
    from section16.checks import check_document
    from section16.model import OwnershipDocument

    kinds = tuple(k for k in args.kinds.split(",") if k)
    shapes = tuple(s for s in args.shapes.split(",") if s) or SHAPES
    if unknown := set(shapes) - set(MORE_SHAPES) - ({*SHAPES} if not args.shapes else set()):
        ap.error(f"unknown shapes {sorted(unknown)}; --shapes takes {','.join(MORE_SHAPES)}")
    folder = "synth-shapes" if args.shapes else "synth"
    pools = Pools(tuning_docs())
    rnd = random.Random(args.seed)
    todo = []
    for n in range(args.count):
        shape = shapes[n % len(shapes)]
        data = make_doc(rnd, pools, shape)
        doc = OwnershipDocument.from_dict(data)
        errors = [f for f in check_document(doc) if f.severity == "error"]
        stem = shape_stem(n) if args.shapes else f"{shape}-{n:03d}"
        if n < args.first:
            continue
        todo.append((stem, json.loads(doc.to_json()), kinds, folder))
        print(f"{stem} ({shape}): {len(errors)} check errors {[f.rule for f in errors][:4]}", flush=True)
    for kind in kinds:
        (OUT / f"{folder}-{kind}").mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            for stem in ex.map(render, todo):
                print("rendered", stem, flush=True)
    else:
        for job in todo:
            print("rendered", render(job), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
