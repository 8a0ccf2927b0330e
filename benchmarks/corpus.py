"""Build the messy-text benchmark corpus from the real EDGAR XML in ../shared/edgar/xml.

For each XML filing: read it (the ground truth is its ``to_dict()``), render ``doc.to_html()``
to PDF with headless Chromium, then extract text the ways our users do:

* ``layout``     ``pdftotext -layout``
* ``plumber-tab`` pdfplumber words flattened to tab-separated lines (columns by gaps)
* ``ocr``        Tesseract at 300 dpi of the rendered page
* ``ocr-degraded`` Tesseract of a degraded scan (blur, noise, 150 dpi, slight tilt)
* ``ocr-tab``    the OCR text flattened to tabs with ``$`` escaped as ``\\$``
* ``pdf``        the PDF itself (read by ``read_pdf``)
* ``seed-noise`` the plumber-tab text damaged the ways the seed documents (../shared/samples/seeds) are
  damaged, at the rates they show (``seed_noise``); where a damage destroys a value the form shows nowhere
  else, ``seed-noise/<stem>.truth.json`` is the truth without it and bench_text scores against that
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
ALL_KINDS = ("layout", "plumber-tab", "pdf", "ocr", "ocr-degraded", "ocr-tab", "pymupdf4llm", "seed-noise")
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


def tab_flatten(text: str) -> str:
    """OCR text as the seeds' tab-flattened tables show it: runs of spaces become tabs, ``$`` is
    escaped as ``\\$`` (the shape of ``ocr-tab``, of variants.py's and synth.py's tab probes)."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines()).replace("$", "\\$")


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


# --- seed-noise: the damages our users' seed documents (../shared/samples/seeds) show, applied to the
# clean plumber-tab extractions. Each damage is named with the seed that shows it (000..004 = the seeds'
# file prefixes) and applied to a document with the share of seeds that show it (k of 5), drawn from a
# generator seeded by the document's stem, so the kind rebuilds identically.

DATE_CELL = re.compile(r"^(\d\d)/(\d\d)/(\d{4})$")
NUM_CELL = re.compile(r"^\d{1,3}(,\d{3})+$|^\d{4,}$")
MARKER = re.compile(r"\((\d{1,2})\)")
SUPER = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
HEBREW = "אבגדהוזחטיכלמנסעפצקרשתו"
# letters OCR misreads in seeds 001 ('Mattnew') and 004 ('wasnington'): h read as n
MISREAD = {"h": "n", "H": "N"}


def seed_noise(text: str, truth: dict, stem: str) -> tuple[str, dict | None]:
    """Damage one clean tab-separated extraction the way the seeds are damaged.

    Returns the damaged text and, when a damage destroyed a value the form shows nowhere else, the truth
    without that value (None when the truth stands as it is)."""
    rnd = random.Random(int(stem, 16))

    def share(k: int) -> bool:  # a damage shown by k of the 5 seeds
        return rnd.random() < k / 5

    lines = text.split("\n")
    dropped: list[tuple[str, int, str]] = []  # (table, row, field) removed from the truth
    region = ""
    table_of: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if ln.startswith("Table I -"):
            region = "I"
        elif ln.startswith("Table II -"):
            region = "II"
        elif ln.startswith("Explanation of Responses") or ln.startswith("Remarks:"):
            region = ""
        elif region and "\t" in ln and "Instr." not in ln and not ln.lstrip("\t").startswith("Code"):
            table_of[i] = region
    dated = [i for i in table_of if table_of[i] == "I" and any(DATE_CELL.match(c) for c in lines[i].split("\t"))]
    rows_match = len(dated) == len(truth.get("non_derivative_transactions") or [])
    period = truth.get("period_of_report")

    # Table I transaction dates split across cells (seeds 000, 003, 004; 001 and 002 intact): 004 keeps
    # 'MM/DD' and '/YYYY' apart, 003 writes 'MM/DD/<stray digit>' then '/YYYY' and a repeated 'YYYY', 000
    # lost month and day ('/YYYY' and 'YYYY'). 000's loss is recoverable only because box 3 shows the date:
    # where the row's date differs from box 3 the truth no longer demands it.
    split_date = share(3) and rnd.choice(("004", "003", "000"))
    # Table I code column vanished (seed 004): the truth no longer demands the code.
    no_code = share(1) and rows_match
    # prices split at the cents and their digits repeated (seeds 000 '$2.\t\t.76\t76', 004 '$3.\t47\t7')
    split_price = share(2) and rnd.choice(("000", "004"))
    # '$' apart from its value (seeds 000 '\$\t\t0', 001 '\$ 0')
    loose_dollar = share(2)
    # long numbers cut at a column edge, a digit repeated or not (seed 001: '104,16\t67', '10\t4,167')
    split_number = share(1)
    # a value wrapped in <mark> (seed 001 '<mark>0</mark>')
    mark = share(1)
    # footnote markers as superscripts apart from the value (seeds 001, 004 '52,083 ⁽¹⁾'), else written
    # (1) glued (002) or in a cell of their own (000 all, 003 one in three)
    superscript = share(2)
    marker_apart = 0.0 if superscript else rnd.choice((0.0, 0.33, 1.0))

    for k, i in enumerate(dated):
        cells = lines[i].split("\t")
        d = next(j for j, c in enumerate(cells) if DATE_CELL.match(c))
        mo, dy, yr = DATE_CELL.match(cells[d]).groups()
        tail = cells[d + 1:]

        def after(n: int, tail: list[str] = tail) -> list[str]:
            """The row after the date's pieces, which take the place of up to n empty cells after it."""
            k = 0
            while k < n and k < len(tail) and not tail[k]:
                k += 1
            return tail[k:]

        if split_date == "004":
            cells[d:] = [f"{mo}/{dy}", "", "", f"/{yr}", *after(3)]
        elif split_date == "003":
            cells[d:] = [f"{mo}/{dy}/{rnd.choice('0123')}", "", "", f"/{yr}", yr, *after(4)]
        elif split_date == "000" and rows_match:
            cells[d:] = [f"/{yr}", yr, *after(2)]
            iso = f"{yr}-{mo}-{dy}"
            if iso != period:
                dropped.append(("non_derivative_transactions", k, "transaction_date"))
        if no_code:
            for j in range(d + 1, len(cells)):
                if re.fullmatch(r"[A-Z](\(\d+\))*", cells[j]):
                    if MARKER.search(cells[j]):
                        dropped.append(("non_derivative_transactions", k, "footnote_ids.transaction_code"))
                    cells[j] = ""
                    dropped.append(("non_derivative_transactions", k, "transaction_code"))
                    break
        lines[i] = "\t".join(cells)

    for i, region in table_of.items():
        cells = lines[i].split("\t")
        out: list[str] = []
        for c in cells:
            m = re.fullmatch(r"\$(\d+)\.(\d+)(\(\d+\))?", c)
            if split_price and region == "I" and m and int(m.group(2)):
                ip, cents, fn = m.group(1), m.group(2), m.group(3) or ""  # a marker ends the cut token
                if split_price == "000":
                    out += [f"${ip}.", "", f".{cents}", f"{cents}{fn}"]
                else:
                    out += [f"${ip}.", cents, f"{cents[-1]}{fn}"]
                continue
            if loose_dollar and c.startswith("$") and rnd.random() < 0.5:
                out += ["$", "", c[1:]] if rnd.random() < 0.5 else [f"$ {c[1:]}"]
                continue
            if split_number and region == "II" and NUM_CELL.match(c) and rnd.random() < 0.5:
                cut = rnd.randrange(2, len(c) - 1)
                rep = 1 if rnd.random() < 0.5 and c[cut - 1].isdigit() else 0  # 001 repeats a digit
                out += [c[:cut], c[cut - rep:]]
                continue
            out.append(c)
        if mark and region == "I":
            nums = [j for j, c in enumerate(out) if re.fullmatch(r"\$?[\d,.]+", c)]
            if nums:
                j = rnd.choice(nums)
                cur = out[j]
                out[j] = "$<mark>" + cur[1:] + "</mark>" if cur.startswith("$") else f"<mark>{cur}</mark>"
                mark = False  # one value per document, as in seed 001
        fixed: list[str] = []
        for c in out:
            m = re.fullmatch(r"(.*?[^)\s])((?:\(\d{1,2}\))+)", c)  # a value's markers, not a marker alone
            if m and superscript:
                fixed.append(f"{m.group(1)} {m.group(2).translate(SUPER)}")
            elif m and rnd.random() < marker_apart:
                fixed += [m.group(1), m.group(2)]
            else:
                fixed.append(c)
        lines[i] = "\t".join(fixed)

    # damages catalogued after the first build draw from a generator of their own, so that adding them
    # left the draws of the ones above as they were
    rnd2 = random.Random(int(stem, 16) ^ 0x5EED)

    def share2(k: int) -> bool:
        return rnd2.random() < k / 5

    # Table I titles cut into a cell per word (seed 000: 'Common\tStock\t/2013')
    if share2(1):
        for i in dated:
            cells = lines[i].split("\t")
            cells[0:1] = cells[0].split(" ")
            lines[i] = "\t".join(cells)
    # a stray digit between the (A)/(D) letter and the price (seed 001: 'A\t\t4\t\\$ <mark>0</mark>')
    if share2(1) and dated:
        i = rnd2.choice(dated)
        lines[i] = re.sub(r"(\t[AD]\t+)(?=\$)", lambda m: m.group(1) + f"{rnd2.randrange(1, 10)}\t", lines[i], count=1)
    # box 5's check marks lost (seed 000: its relationship is read from the officer title): the truth no
    # longer demands the four relationship boxes of a lone owner
    owners = truth.get("reporting_owners") or []
    if share2(1) and len(owners) == 1:
        for i, ln in enumerate(lines):
            if "Relationship of Reporting Person" in ln:
                new = re.sub(r"(?<!\S)X (?=Director|10% Owner|Officer|Other)", "", ln)
                if new != ln:
                    lines[i] = new
                    for flag in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
                        dropped.append(("reporting_owners", 0, flag))
                break
    # a Table II title cut at its cell's edge, its last word lost (seed 001: 'Stock Option (Right to'):
    # the truth no longer demands that title
    if share2(1):
        t2 = [i for i in table_of if table_of[i] == "II"]
        d_rows = (truth.get("derivative_transactions") or []) + (truth.get("derivative_holdings") or [])
        n_tx = len(truth.get("derivative_transactions") or [])
        if len(t2) == len(d_rows):
            for k, i in enumerate(t2):
                cells = lines[i].split("\t")
                words = cells[0].split()
                whole = " ".join(words) == (d_rows[k].get("security_title") or "")  # no marker on it
                if len(words) >= 3 and whole and rnd2.random() < 0.5:
                    cells[0] = " ".join(words[:-1])
                    lines[i] = "\t".join(cells)
                    table = "derivative_transactions" if k < n_tx else "derivative_holdings"
                    dropped.append((table, k if k < n_tx else k - n_tx, "security_title"))

    # '$' escaped as '\$' (all five seeds)
    lines = [ln.replace("$", "\\$") for ln in lines]

    owner = ((truth.get("reporting_owners") or [{}])[0] or {}).get("rpt_owner_name") or ""
    # the owner's name underlined (seeds 000, 002: '<u>Dillon Matthew S.</u>'; 001 underlines its ghost's '5.')
    if owner and share(2):
        for i, ln in enumerate(lines):
            if owner in ln and "Reporting Person" in ln:
                lines[i] = ln.replace(owner, f"<u>{owner}</u>", 1)
                break
    # a ghost copy of the owner's name in Hebrew-letter OCR junk under box 1 (seed 001:
    # 'חסוווטו\tMattnew\t<u>5.</u>'), a lone Cyrillic letter atop the page (seed 002: 'Г')
    if owner and share(1):
        box1 = next((i for i, ln in enumerate(lines) if "Reporting Person*" in ln), None)
        if box1 is not None:
            word = owner.split()[-1]
            ghost = "".join(MISREAD.get(ch, ch) for ch in word)
            junk = "".join(rnd.choice(HEBREW) for _ in range(len(owner.split()[0])))
            lines.insert(box1 + 1, f"{junk}\t{ghost}")
    if share(1):
        lines.insert(0, "Г")
    # printed words broken at cell edges by a tab (seed 000 'OMB APPRO\tVAL', 'burde\ten'; seed 003
    # 'Tabl | le I - No | n-Deriv'): only in the form's printed labels, never in filled-in values
    if share(2):
        for i, ln in enumerate(lines):
            if ln.startswith(("Table I", "OMB", "Estimated average", "STATEMENT OF", "Washington")) or "Instr." in ln:
                words = ln.split(" ")
                for j, w in enumerate(words):
                    if len(w) >= 5 and w.isalpha() and rnd.random() < 0.15:
                        cut = rnd.randrange(2, len(w) - 1)
                        words[j] = w[:cut] + "\t" + w[cut:]
                lines[i] = " ".join(words)
    # the signature's name and date underlined (seed 000 '<u>Matthew S. Dillon</u> <u>02/19/2013</u>')
    sig_i = next((i for i, ln in enumerate(lines) if ln.startswith("** Signature of Reporting Person")), None)
    if sig_i and share(1):
        j = sig_i - 1
        while j > 0 and not lines[j].strip():
            j -= 1
        m = re.fullmatch(r"(.+?) (\d\d/\d\d/\d{4})", lines[j])
        if m:
            lines[j] = f"<u>{m.group(1)}</u> <u>{m.group(2)}</u>"
    # the signature's name and its date on lines of their own (seeds 001, 002, 004)
    elif sig_i and share(3):
        j = sig_i - 1
        m = re.fullmatch(r"(.+?) (\d\d/\d\d/\d{4})", lines[j])
        if m:
            lines[j] = f"{m.group(1)}\n\n{m.group(2)}"
    # footnotes as a markdown list (seeds 000, 003, 004 '- 1. ...'); 'Remarks:' in bold (seed 002)
    bullets, bold = share(3), share(1)
    in_notes = False
    for i, ln in enumerate(lines):
        if ln.startswith("Explanation of Responses"):
            in_notes = True
        elif ln.startswith("Remarks:"):
            in_notes = False
            if bold:
                lines[i] = "**Remarks:**" + ln[len("Remarks:"):]
        elif in_notes and bullets and re.match(r"\d{1,2}\. ", ln):
            lines[i] = "- " + ln
    # tables as markdown pipe rows (seed 003), '|---|' under each table's first row
    if share(1):
        prev_tab = False
        out = []
        for ln in lines:
            if "\t" in ln:
                cells = ln.split("\t")
                out.append("| " + " | ".join(cells) + " |")
                if not prev_tab:
                    out.append("|" + "|".join("---" for _ in cells) + "|")
                prev_tab = True
            else:
                prev_tab = False
                out.append(ln)
        lines = out
    # paragraphs apart by blank lines, table rows together, each footnote on one line (all five seeds)
    out = []
    in_notes = False
    for k, ln in enumerate(lines):
        if ln.startswith("Explanation of Responses"):
            in_notes = True
        elif ln.startswith(("Remarks:", "**Remarks:")):
            in_notes = False
        elif in_notes and out and ln and not re.match(r"(- )?\d{1,2}\. ", ln):
            out[-2] += " " + ln  # a wrapped footnote line joins its paragraph
            continue
        out.append(ln)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if not (("\t" in ln or ln.startswith("|")) and ("\t" in nxt or nxt.startswith("|"))):
            out.append("")
    damaged = "\n".join(out)

    if not dropped:
        return damaged, None
    adjusted = json.loads(json.dumps(truth))
    for table, row, field in dropped:
        r = adjusted[table][row]
        if field.startswith("footnote_ids."):
            r.get("footnote_ids", {}).pop(field.split(".", 1)[1], None)
        else:
            r.pop(field, None)
    return damaged, adjusted


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
            text = tab_flatten(base)
        elif kind == "seed-noise":
            base = OUT / "plumber-tab" / f"{stem}.txt"
            if not base.exists():
                base.write_text(plumber_tab(pdf_path))
            text, adjusted = seed_noise(base.read_text(), json.loads(truth_file.read_text()), stem)
            if adjusted is not None:
                (OUT / kind / f"{stem}.truth.json").write_text(json.dumps(adjusted, indent=1))
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
