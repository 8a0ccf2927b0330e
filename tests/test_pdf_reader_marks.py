"""The scan path: footnote marks raised after a one-letter cell (code, D/I) on a rendered scan.

The form is hand-typed here (XML), printed by Chromium from our own HTML and rasterized at 200 dpi
without a text layer, like a scanner makes, then read back through OCR.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from section16.model import OwnershipDocument
from section16.readers.pdf import read_pdf
from section16.readers.xml import read_xml

CHROMIUM = "/usr/bin/chromium"

ROW = """<nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>
<transactionDate><value>{date}</value></transactionDate>
<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>{code}</transactionCode>
<equitySwapInvolved>0</equitySwapInvolved><footnoteId id="{fn}"/></transactionCoding>
<transactionAmounts><transactionShares><value>{shares}</value>{shares_fn}</transactionShares>
<transactionPricePerShare><value>{price}</value></transactionPricePerShare>
<transactionAcquiredDisposedCode><value>{ad}</value></transactionAcquiredDisposedCode></transactionAmounts>
<postTransactionAmounts><sharesOwnedFollowingTransaction><value>{after}</value>{after_fn}
</sharesOwnedFollowingTransaction>
</postTransactionAmounts><ownershipNature><directOrIndirectOwnership><value>D</value>{di_fn}
</directOrIndirectOwnership></ownershipNature></nonDerivativeTransaction>"""

FORM = """<?xml version="1.0"?><ownershipDocument><schemaVersion>X0306</schemaVersion>
<documentType>4</documentType><periodOfReport>2023-06-14</periodOfReport>
<issuer><issuerCik>0000123456</issuerCik><issuerName>Larkspur Tool Works Inc</issuerName>
<issuerTradingSymbol>LKTW</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>0000654321</rptOwnerCik><rptOwnerName>Quill Marta</rptOwnerName>
</reportingOwnerId><reportingOwnerAddress><rptOwnerStreet1>12 Fenwick Road</rptOwnerStreet1>
<rptOwnerCity>Dayton</rptOwnerCity><rptOwnerState>OH</rptOwnerState><rptOwnerZipCode>45402</rptOwnerZipCode>
</reportingOwnerAddress><reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship>
</reportingOwner><nonDerivativeTable>{rows}</nonDerivativeTable>
<footnotes><footnote id="F1">Shares granted under the 2020 plan.</footnote>
<footnote id="F2">Bought in the open market.</footnote>
<footnote id="F3">Shares withheld to pay the tax on vesting.</footnote>
<footnote id="F4">Held in the reporting person's own account.</footnote></footnotes>
<ownerSignature><signatureName>/s/ Marta Quill</signatureName><signatureDate>2023-06-16</signatureDate>
</ownerSignature></ownershipDocument>"""


def _row(**values: str) -> str:
    return ROW.format(**{"shares_fn": "", "after_fn": "", "di_fn": "", **values})


def _form() -> OwnershipDocument:
    rows = [
        _row(date="2023-06-14", code="A", fn="F1", shares="2,500", price="0", ad="A", after="12,500"),
        _row(date="2023-06-14", code="P", fn="F2", shares="1,200", price="18.25", ad="A", after="13,700",
                   di_fn='<footnoteId id="F4"/>'),
        _row(date="2023-06-15", code="F", fn="F3", shares="640", price="18.40", ad="D", after="13,060"),
    ]
    return read_xml(FORM.format(rows="".join(rows)).encode())


def _scan(doc: OwnershipDocument, tmp: Path, dpi: int = 200) -> bytes:
    """The form printed by Chromium, then rasterized page by page into an image-only PDF."""
    import pypdfium2 as pdfium

    src, out = tmp / "form.html", tmp / "form.pdf"
    src.write_text(doc.to_html(), encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    pdf = pdfium.PdfDocument(out.read_bytes())
    try:
        images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return buf.getvalue()


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_marks_raised_after_one_letter_cells_are_read(tmp_path: Path) -> None:
    """'A(1)', 'P(2)', 'F(3)', 'D(4)': the letter's crossbar, bowl or arm ends above the baseline,
    which must not be taken for the foot of the raised mark; each mark is the field's footnote."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium to render the form")
    doc = read_pdf(_scan(_form(), tmp_path), source_name="scan.pdf")
    rows = doc.non_derivative_transactions
    assert [r.transaction_code for r in rows] == ["A", "P", "F"]
    assert [r.footnote_ids.get("transaction_code") for r in rows] == [["F1"], ["F2"], ["F3"]]
    assert rows[1].footnote_ids.get("direct_or_indirect_ownership") == ["F4"]
    # a mark read by the second look is listed as uncertain, never silently sure
    unsure = doc.extraction.uncertain_fields
    assert all(f"non_derivative_transactions[{k}].footnote_ids.transaction_code" in unsure for k in range(3))


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_a_mark_glued_to_an_amount_is_not_its_last_digit(tmp_path: Path) -> None:
    """'14,718(1)' reads '14,7189' on the page: no amount groups four digits after a comma, so
    with the raised '(1)' read alone after it, the fourth digit is the mark's; the amount so
    mended is listed as uncertain."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium to render the form")
    fn1, fn2 = '<footnoteId id="F1"/>', '<footnoteId id="F2"/>'
    rows = "".join(_row(date="2023-06-14", code=code, fn="F3", shares=shares, shares_fn=fn1, price="18.25", ad="A",
                        after=after, after_fn=fn2)
                   for code, shares, after in [("G", "14,718", "56,525"), ("P", "3,525", "60,050"),
                                               ("S", "27,131", "32,919")])
    doc = read_pdf(_scan(read_xml(FORM.format(rows=rows).encode()), tmp_path), source_name="scan.pdf")
    got = [(str(r.transaction_shares), str(r.shares_owned_following_transaction),
            r.footnote_ids.get("transaction_shares"), r.footnote_ids.get("shares_owned_following_transaction"))
           for r in doc.non_derivative_transactions]
    assert got == [("14718", "56525", ["F1"], ["F2"]), ("3525", "60050", ["F1"], ["F2"]),
                   ("27131", "32919", ["F1"], ["F2"])]
    unsure = doc.extraction.uncertain_fields
    assert "non_derivative_transactions[0].transaction_shares" in unsure


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_a_lone_marker_read_without_its_digit_is_read_again() -> None:
    """A conversion-price cell holding only its marker '(1)' that the page read as '()': read
    alone and enlarged, the digit shows; the word becomes the marker, flagged as a second look's."""
    from PIL import Image, ImageDraw, ImageFont

    from section16.readers.pdf import second_look

    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 34)
    img = Image.new("L", (1500, 200), 255)
    draw = ImageDraw.Draw(img)
    xs = [20, 240, 400, 640, 760, 960, 1100, 1300, 1480]  # the table's column rules (whitened)
    cells = ["Stock", "(1)", "04/23/2014", "A", "784", "Common", "784", "D"]
    words = []
    for left, text in zip(xs, cells, strict=False):
        x0, y0, x1, y1 = draw.textbbox((left + 20, 80), text, font=font)
        draw.text((left + 20, 80), text, fill=0, font=font)
        words.append({"text": "()" if text == "(1)" else text, "x0": x0, "x1": x1, "top": y0, "bottom": y1,
                      "line": (0, 1, 1, 5)})
    second_look(img, words, [(float(x), 20.0, 180.0) for x in xs])
    assert (words[1]["text"], words[1].get("second_look")) == ("(1)", True)
