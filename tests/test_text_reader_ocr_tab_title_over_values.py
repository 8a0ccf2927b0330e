"""The messy-text reader on OCR text flattened to tab cells: a Table I holding OCR split over two lines,
its title and the nature's last word above, its amount and the nature's first word below."""

from __future__ import annotations

import re

from section16.readers.text import read_text
from text_forms import ocr_form


def _as_tab_cells(text: str) -> str:
    """The form as OCR'd tab cells print it: runs of spaces flattened to tabs."""
    return "\n".join(re.sub(r" {2,}", "\t", ln.strip()) for ln in text.splitlines())


def test_ocr_tab_title_and_nature_end_over_amount_and_nature_start() -> None:
    """OCR'd tab cells: 'Common | Trust' over '76,750 | By' over 'Stock', between holdings read whole:
    one holding 'Common Stock', 76,750, 'By Trust' (uncertain), not a row titled '76,750'."""
    rows = (
        "Common\t69,250\tI\tBy Trust\n"
        "Stock\n"
        "Common\tTrust\n"
        "76,750\tBy\n"
        "Stock\n"
        "Common\t10,417\tI\tBy Spouse IRA\n"
        "Stock\n"
    )
    doc = read_text(_as_tab_cells(ocr_form(rows)))
    held = [(h.security_title, h.shares_owned_following_transaction, h.nature_of_ownership)
            for h in doc.non_derivative_holdings]
    assert held == [("Common Stock", 69250, "By Trust"), ("Common Stock", 76750, "By Trust"),
                    ("Common Stock", 10417, "By Spouse IRA")]
    assert "non_derivative_holdings[1].shares_owned_following_transaction" in doc.extraction.uncertain_fields


def test_ocr_tab_holding_amount_and_form_over_its_title() -> None:
    """OCR'd tab cells: a holding's amount and form letter (its marker smeared: '198,668) FO') OCR set a
    line above its title ('Common Stock'): one holding titled 'Common Stock', uncertain; an amount alone
    over a title line is not taken so (it may be the row above's last amount)."""
    form = ("1. Title of Security (Instr. 4)\t2. Amount of Securities Beneficially Owned (Instr. 4)\n"
            "198,668) D\n"
            "Common Stock\n")
    doc = read_text(_as_tab_cells(ocr_form(form)))
    (held,) = doc.non_derivative_holdings
    assert (held.security_title, held.shares_owned_following_transaction) == ("Common Stock", 198668)
    assert "non_derivative_holdings[0].security_title" in doc.extraction.uncertain_fields
