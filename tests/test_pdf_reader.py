"""The PDF reader: a real filing rendered to PDF by Chromium, a scan of it, and bad PDFs.

The rendered PDF comes from a real EDGAR XML filing through our own HTML form
(`doc.to_html()`), so the expected values are that filing's own fields.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from section16.errors import MissingDependency, ReadError
from section16.model import OwnershipDocument
from section16.readers import parse
from section16.readers.pdf import read_pdf

CHROMIUM = "/usr/bin/chromium"
FILING = "ConnorVO__springloading_insider_trades__xml_deriv_and_nonderiv.xml"


def _render_pdf(html_text: str, tmp: Path) -> bytes:
    src = tmp / "form.html"
    src.write_text(html_text, encoding="utf-8")
    out = tmp / "form.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return out.read_bytes()


def _scan_of_top(pdf_bytes: bytes, dpi: int = 150, part: float = 0.3) -> bytes:
    """The top of page 1 as an image-only PDF (no text layer), like a scanner makes.

    Only the title and header boxes, so Tesseract runs in seconds on a shared machine.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    pdf.close()
    image = image.crop((0, 0, image.width, int(image.height * part)))
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=dpi)
    return buf.getvalue()


@pytest.fixture(scope="module")
def filing(xml_dir: Path) -> OwnershipDocument:
    return parse(xml_dir / FILING)


@pytest.fixture(scope="module")
def rendered_pdf(filing: OwnershipDocument, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium to render the form")
    return _render_pdf(filing.to_html(), tmp_path_factory.mktemp("pdf"))


def _scorer(xml_dir: Path) -> Any:
    import importlib.util

    path = xml_dir.parent.parent / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("section16_test_score_pdf", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.browser
def test_rendered_pdf_reads_like_the_xml(filing: OwnershipDocument, rendered_pdf: bytes, xml_dir: Path) -> None:
    doc = read_pdf(rendered_pdf, source_name="form.pdf")
    assert doc.extraction is not None and doc.extraction.source_format == "pdf"
    assert doc.document_type == filing.document_type
    assert doc.period_of_report == filing.period_of_report
    assert doc.issuer.issuer_name == filing.issuer.issuer_name
    assert doc.issuer.issuer_trading_symbol == filing.issuer.issuer_trading_symbol
    assert [o.rpt_owner_name for o in doc.reporting_owners] == [o.rpt_owner_name for o in filing.reporting_owners]
    for table in ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions"):
        want = getattr(filing, table)
        got = getattr(doc, table)
        assert len(got) == len(want), table
        for g, w in zip(got, want, strict=True):
            assert g.shares_owned_following_transaction == w.shares_owned_following_transaction
            assert getattr(g, "transaction_shares", None) == getattr(w, "transaction_shares", None)
            assert getattr(g, "transaction_date", None) == getattr(w, "transaction_date", None)
            assert getattr(g, "transaction_code", None) == getattr(w, "transaction_code", None)
    # every field the form prints, scored like the benchmark: nothing wrong goes unflagged
    score = _scorer(xml_dir)
    truth = json.loads(filing.to_json())
    printed = ("document_type", "period_of_report", "non_derivative_transactions", "non_derivative_holdings",
               "derivative_transactions", "footnotes")
    shown = {k: truth[k] for k in printed}
    for table in printed[2:5]:
        for row in shown[table]:
            for hidden in ("transaction_form_type", "equity_swap_involved", "transaction_timeliness"):
                row.pop(hidden, None)
                row["footnote_ids"].pop(hidden, None)
    result = score.score_doc(shown, json.loads(doc.to_json()))
    assert result["silent"] == 0, result["errors"]
    assert result["correct"] >= 0.95 * (result["correct"] + result["wrong"] + result["missed"]), result["errors"]


@pytest.mark.browser
def test_parse_sniffs_pdf_files(rendered_pdf: bytes, tmp_path: Path, filing: OwnershipDocument) -> None:
    path = tmp_path / "form4.pdf"
    path.write_bytes(rendered_pdf)
    doc = parse(path)
    assert doc.issuer.issuer_name == filing.issuer.issuer_name
    assert doc.metadata is not None and doc.metadata.source_path == str(path)


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_scanned_pdf_is_read_by_ocr(rendered_pdf: bytes, filing: OwnershipDocument) -> None:
    doc = read_pdf(_scan_of_top(rendered_pdf), source_name="scan.pdf")
    assert doc.extraction is not None and doc.extraction.source_format == "ocr"
    assert doc.document_type == filing.document_type
    assert doc.period_of_report == filing.period_of_report
    # the tables were cut off the scan: the read says so instead of inventing rows
    assert doc.rows() == []
    assert any(w.startswith("partial:") for w in doc.extraction.warnings)


def _image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(img).text((60, 60), "FORM 4  STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=100)
    return buf.getvalue()


def test_scan_without_tesseract_names_the_missing_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    import section16.readers.pdf as pdf_mod

    monkeypatch.setattr(pdf_mod.shutil, "which", lambda name: None)
    with pytest.raises(MissingDependency) as info:
        read_pdf(_image_only_pdf(), source_name="scan.pdf")
    message = str(info.value)
    assert message.startswith("scan.pdf: ") and "\n" not in message
    assert "tesseract-ocr" in message


def _tiny_pdf(extra_objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A one-page PDF written by hand (objects numbered from 1, catalog first)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hello world) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R " % (len(objs) + 1) + trailer_extra)
    out.write(b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_encrypted_pdf_is_refused_clearly() -> None:
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"
    data = _tiny_pdf([encrypt], b"/Encrypt 6 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] ")
    with pytest.raises(ReadError) as info:
        read_pdf(data, source_name="locked.pdf")
    message = str(info.value)
    assert message.startswith("locked.pdf: ") and "\n" not in message
    assert "encrypted" in message


def test_corrupt_pdf_is_a_read_error() -> None:
    with pytest.raises(ReadError) as info:
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage", source_name="broken.pdf")
    assert str(info.value).startswith("broken.pdf: ") and "\n" not in str(info.value)


def test_pdf_that_is_not_a_form() -> None:
    with pytest.raises(ReadError) as info:
        read_pdf(_tiny_pdf([]), source_name="hello.pdf")
    assert str(info.value).startswith("hello.pdf: ")


MULTI = "rs-kellogg__edgar2data__1219231_4_0001062993-20-006195.xml"


def _rows(doc: OwnershipDocument, table: str) -> list[tuple]:
    return [(r.security_title, r.transaction_date, r.transaction_code, r.transaction_shares,
             r.transaction_price_per_share, r.shares_owned_following_transaction, r.direct_or_indirect_ownership)
            for r in getattr(doc, table)]


@pytest.mark.browser
def test_printed_form_with_four_owners(xml_dir: Path, tmp_path: Path) -> None:
    """Box 1 and box 5 stack one block per owner; each owner keeps its own address and boxes."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium to render the form")
    truth = parse(xml_dir / MULTI)
    doc = read_pdf(_render_pdf(truth.to_html(), tmp_path), source_name="multi.pdf")
    assert len(doc.reporting_owners) == len(truth.reporting_owners) > 1
    assert [(o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) for o in doc.reporting_owners] == [
        (o.rpt_owner_city, o.rpt_owner_state, o.rpt_owner_zip_code) for o in truth.reporting_owners]
    assert [(o.is_director, o.is_ten_percent_owner) for o in doc.reporting_owners] == [
        (bool(o.is_director), bool(o.is_ten_percent_owner)) for o in truth.reporting_owners]
    assert len(doc.derivative_holdings) == len(truth.derivative_holdings)


@pytest.mark.browser
def test_pdftotext_layout_of_the_print(filing: OwnershipDocument, rendered_pdf: bytes, tmp_path: Path) -> None:
    """The same print through `pdftotext -layout` (flat text, columns by spaces) reads the same rows."""
    from section16.readers.text import read_text

    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    pdf = tmp_path / "f.pdf"
    pdf.write_bytes(rendered_pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    doc = read_text(text, source_name="f.txt")
    assert doc.extraction.source_format == "pdf-text"
    assert _rows(doc, "non_derivative_transactions") == _rows(filing, "non_derivative_transactions")
    assert _rows(doc, "derivative_transactions") == _rows(filing, "derivative_transactions")
    assert [(r.exercise_date, r.expiration_date, r.footnote_ids) for r in doc.derivative_transactions] == [
        (r.exercise_date, r.expiration_date, r.footnote_ids) for r in filing.derivative_transactions]


def test_remove_rules_keeps_letters_and_drops_table_lines() -> None:
    """Tesseract loses one-letter cells next to table rules; the rules go, the letters stay."""
    from PIL import Image, ImageDraw

    from section16.readers.pdf import remove_rules

    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.line((10, 50, 590, 50), fill=0, width=2)  # a row rule
    draw.line((300, 5, 300, 195), fill=0, width=2)  # a column rule
    draw.text((320, 80), "M", fill=0)  # a code letter in its cell
    out = remove_rules(img)
    px = out.load()
    assert all(px[x, 50] == 255 for x in range(20, 580, 7))
    assert all(px[300, y] == 255 for y in range(10, 190, 7))
    assert any(px[x, y] < 128 for x in range(318, 332) for y in range(78, 95))


def test_remove_rules_reports_the_column_rules_it_whitens() -> None:
    """A scan's column borders are the grid a text layer's edges give: each rule once, in pixels."""
    from PIL import Image, ImageDraw

    from section16.readers.pdf import remove_rules

    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.line((10, 50, 590, 50), fill=0, width=2)  # a row rule: not a column border
    draw.line((300, 5, 300, 195), fill=0, width=4)  # a column rule four pixels wide
    draw.line((450, 60, 450, 190), fill=0, width=3)  # one spanning the lower rows only
    draw.text((320, 80), "M", fill=0)
    found: list[tuple[float, float, float]] = []
    remove_rules(img, found=found)
    assert len(found) == 2
    (x1, top1, bottom1), (x2, top2, bottom2) = sorted(found)
    assert abs(x1 - 300) <= 2 and top1 <= 6 and bottom1 >= 194
    assert abs(x2 - 450) <= 2 and 58 <= top2 <= 62 and bottom2 >= 189


def test_fix_ocr_words_undoes_usual_misreadings() -> None:
    from section16.readers.pdf import fix_ocr_words

    def line(n: int, *texts: str) -> list[dict[str, Any]]:
        return [{"text": t, "x0": 10 * i, "x1": 10 * i + 8, "top": n, "bottom": n + 8, "line": (0, 1, 1, n)}
                for i, t in enumerate(texts)]

    words = (line(1, "1.", "Name", "and", "Address", "of", "Reporting", "Person”")
             + line(2, "5:", "Relationship", "of", "Reporting")
             + line(3, "Xx", "Director", "L]", "10%", "Owner")
             + line(4, "Table", "Il", "-", "Derivative")
             + line(5, "Is!", "Jane", "Doe")
             + line(6, "Is]", "Sue", "Choi"))
    fix_ocr_words(words)
    texts = [w["text"] for w in words]
    assert "Person*" in texts and "5." in texts and texts.count("/s/") == 2
    assert texts[texts.index("Table") + 1] == "II"
    assert texts[texts.index("Director") - 1] == "X"
    assert "L]" not in texts


def test_check_boxes_are_read_from_the_pixels() -> None:
    """A ticked box left of 'Director' becomes an 'X' word; an empty one before 'Officer' does not."""
    from PIL import Image, ImageDraw

    from section16.readers.pdf import read_checkboxes

    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((100, 40, 130, 70), outline=0, width=3)  # ticked
    draw.line((106, 46, 124, 64), fill=0, width=3)
    draw.line((124, 46, 106, 64), fill=0, width=3)
    draw.rectangle((100, 110, 130, 140), outline=0, width=3)  # empty
    words = [
        {"text": "Director", "x0": 140, "x1": 230, "top": 42, "bottom": 68, "line": 1},
        {"text": "C1", "x0": 102, "x1": 128, "top": 112, "bottom": 138, "line": 2},
        {"text": "Officer", "x0": 140, "x1": 220, "top": 112, "bottom": 138, "line": 2},
    ]
    read_checkboxes(img, words)
    texts = sorted((w["line"], w["text"]) for w in words)
    assert texts == [(1, "Director"), (1, "X"), (2, "Officer")]


def test_garbled_footnote_marks_on_table_rows() -> None:
    """Superscript '(n)' marks OCR'd as junk glued to values: the values are kept."""
    from section16.readers.pdf import fix_ocr_words

    row = ["Class", "A", "10/25/2021", "Ss}", "24,817", "D", "$153.872©", "1,138,960?)", "|", "Trust®",
           "5", "9,610", "D"]
    words = [{"text": t, "x0": 20 * i, "x1": 20 * i + 15, "top": 0, "bottom": 10, "line": 7}
             for i, t in enumerate(row)]
    fix_ocr_words(words)
    assert [w["text"] for w in words] == [
        "Class", "A", "10/25/2021", "S", "24,817", "D", "$153.872", "1,138,960", "I", "Trust", "S", "9,610", "D"
    ]


def test_clean_scan_straightens_a_tilted_page() -> None:
    import numpy as np
    from PIL import Image, ImageDraw

    from section16.readers.pdf import clean_scan

    page = Image.new("L", (1200, 800), 255)
    draw = ImageDraw.Draw(page)
    for y in range(60, 760, 40):  # lines of 'text': dark bars with gaps
        for x in range(50, 1150, 60):
            draw.rectangle((x, y, x + 45, y + 12), fill=0)
    tilted = page.rotate(1.5, resample=Image.BICUBIC, fillcolor=255)

    def sharpness(img: Image.Image) -> float:
        return float(np.var((np.asarray(img) < 160).sum(axis=1)))

    assert sharpness(clean_scan(tilted)) > 2 * sharpness(tilted)
    assert clean_scan(page) is page  # a straight, clean page is left alone


def test_remove_rules_takes_a_blurred_rules_grey_fringe_on_a_noisy_scan() -> None:
    """A blurred rule is a dark core in a grey band; left behind, the band reads as '- _ +' under each row."""
    from PIL import Image, ImageDraw

    from section16.readers.pdf import remove_rules

    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 96, 590, 104), fill=200)  # the grey band
    draw.rectangle((10, 99, 590, 101), fill=40)  # the rule's core
    draw.text((300, 60), "D", fill=0)  # a letter above it stays
    kept, cleaned = remove_rules(img).load(), remove_rules(img, fringe=True).load()
    assert all(kept[x, y] == 200 for x in (50, 300, 550) for y in (97, 103))  # a sharp page keeps letter edges
    assert all(cleaned[x, y] == 255 for x in range(20, 580, 7) for y in range(96, 105))
    assert any(cleaned[x, y] < 128 for x in range(298, 312) for y in range(58, 75))


def _table_row_scan() -> tuple[Any, list[dict[str, Any]], list[tuple[float, float, float]]]:
    """A Table I row drawn at 300 dpi as the printed form has it (rules whitened away), with the
    words Tesseract gave for it: the code cell 'S' and the price's superscript '(1)' missing."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 34)
    small = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 22)
    img = Image.new("L", (1500, 200), 255)
    draw = ImageDraw.Draw(img)
    xs = [20, 240, 480, 600, 700, 900, 1000, 1250, 1480]  # the column rules (whitened: not drawn)
    cells = ["Common", "01/02/2024", "S", "", "1,000", "D", "$43.94", "5,000"]
    words = []
    for left, text in zip(xs, cells, strict=False):
        if not text:
            continue
        x0, y0, x1, y1 = draw.textbbox((left + 20, 80), text, font=font)
        draw.text((left + 20, 80), text, fill=0, font=font)
        if text != "S":
            words.append({"text": text, "x0": x0, "x1": x1, "top": y0, "bottom": y1, "line": (0, 1, 1, 5)})
    draw.text((words[-2]["x1"] + 3, 76), "(1)", fill=0, font=small)  # the price's marker, raised
    rules = [(float(x), 20.0, 180.0) for x in xs]
    return img, words, rules


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_second_look_reads_a_dropped_one_letter_cell_and_a_superscript_marker() -> None:
    """Tesseract drops a lone code letter and the raised '(1)' after a price; read alone and
    enlarged they read, and are placed where their ink is."""
    from section16.readers.pdf import second_look, words_to_lines

    img, words, rules = _table_row_scan()
    second_look(img, words, rules)
    added = {w["text"]: w for w in words if w.get("second_look")}
    assert set(added) == {"S", "(1)"}
    assert 480 < added["S"]["x0"] < added["S"]["x1"] < 600  # in the code column
    [line] = words_to_lines(words, rules=rules)
    assert line.cells == ["Common", "01/02/2024", "S", "1,000", "D", "$43.94 (1)", "5,000"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_second_look_leaves_empty_cells_and_unruled_lines_alone() -> None:
    """No ink, no read: the empty 'V' cell gets no letter; without the table's rules nothing is looked at."""
    from PIL import ImageDraw

    from section16.readers.pdf import second_look

    img, words, rules = _table_row_scan()
    ImageDraw.Draw(img).rectangle((480, 0, 600, 200), fill=255)  # the code cell left blank
    ImageDraw.Draw(img).rectangle((words[-2]["x1"] + 1, 0, words[-2]["x1"] + 60, 200), fill=255)  # no marker
    before = len(words)
    second_look(img, words, rules)
    assert len(words) == before
    img2, words2, _rules = _table_row_scan()
    second_look(img2, words2, [])
    assert not any(w.get("second_look") for w in words2)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_second_look_reads_the_marker_of_a_wrapped_title_line() -> None:
    """'Common / Stock(1)': the title's marker sits on its wrapped line, which has no digit."""
    from PIL import ImageDraw, ImageFont

    from section16.readers.pdf import second_look

    img, words, rules = _table_row_scan()
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 34)
    small = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 22)
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = draw.textbbox((40, 135), "Stock", font=font)
    draw.text((40, 135), "Stock", fill=0, font=font)
    draw.text((x1 + 3, 131), "(1)", fill=0, font=small)
    words.append({"text": "Stock", "x0": x0, "x1": x1, "top": y0, "bottom": y1, "line": (0, 1, 1, 6)})
    words = [w for w in words if w["line"] == (0, 1, 1, 6)]
    second_look(img, words, rules)
    assert [(w["text"], w.get("second_look", False)) for w in words] == [("Stock", False), ("(1)", True)]
