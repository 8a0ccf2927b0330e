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
<transactionAmounts><transactionShares><value>{shares}</value></transactionShares>
<transactionPricePerShare><value>{price}</value></transactionPricePerShare>
<transactionAcquiredDisposedCode><value>{ad}</value></transactionAcquiredDisposedCode></transactionAmounts>
<postTransactionAmounts><sharesOwnedFollowingTransaction><value>{after}</value></sharesOwnedFollowingTransaction>
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


def _form() -> OwnershipDocument:
    rows = [
        ROW.format(date="2023-06-14", code="A", fn="F1", shares="2,500", price="0", ad="A", after="12,500", di_fn=""),
        ROW.format(date="2023-06-14", code="P", fn="F2", shares="1,200", price="18.25", ad="A", after="13,700",
                   di_fn='<footnoteId id="F4"/>'),
        ROW.format(date="2023-06-15", code="F", fn="F3", shares="640", price="18.40", ad="D", after="13,060",
                   di_fn=""),
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
