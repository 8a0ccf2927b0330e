"""Read a Form 3/4/5 from text that a PDF or OCR tool pulled out of the rendered form.

The form is fixed, so its printed box labels ("1. Name and Address of Reporting Person",
"Table I - Non-Derivative Securities ...", "Explanation of Responses", ...) survive the
noise and anchor the values. Table rows are decoded against the row grammar of the form
(title, date, deemed date?, code, V?, amount, A/D, price, owned following, D/I, nature)
instead of split on whitespace, and the form's own arithmetic (owned following = previous
owned following +/- shares) chooses between readings of split or duplicated digits.

Everything that was chosen among several readings, repaired or inferred is listed in
``extraction.uncertain_fields`` with a note in ``extraction.evidence``; a value the text
does not show stays ``None``.

The package's modules follow the reading's flow: `normalize` (any shape -> lines of cells),
`labels` and `values` (what the form prints), `tokens` (row grammar), `markdown` (cut-cell
header boxes), `reader` with its parts `header`, `rows` and `rules`.
"""

from __future__ import annotations

import re

from section16.errors import NotOwnershipDocument
from section16.model import OwnershipDocument
from section16.readers.text.markdown import (
    _md_blank_owner_blocks,
    _md_bold_signature,
    _md_box5_marks,
    _md_issuer,
    _md_original_date,
    _md_owner_box,
    _md_owner_name,
    _md_owners,
    _md_period,
    _md_signature,
)
from section16.readers.text.normalize import Line, _normalize
from section16.readers.text.reader import Reader

__all__ = ["read_text", "read_cells", "Line"]


def read_text(text: str, *, source_name: str | None = None) -> OwnershipDocument:
    """Read a Form 3/4/5 from extracted text (OCR, markdown, HTML, ``pdftotext -layout``).

    Raises `NotOwnershipDocument` when the text is not a Section 16 form at all.
    """
    name = source_name or "<text>"
    if not text or not text.strip():
        raise NotOwnershipDocument("empty text, not a Form 3, 4 or 5", source=name)
    lines, fmt, damaged = _normalize(text)
    cut = fmt == "markdown" and "<br" in text[:200000] and bool(re.search(r"\|[^|\n]*<br", text[:200000], re.I))
    return read_cells(lines, fmt=fmt, source_name=source_name, damaged=damaged, cut_cells=cut,
                      raw_markdown=text if cut else None, bold_markdown=text if fmt in ("markdown", "html") else None)


def read_cells(
    lines: list[Line], *, fmt: str, source_name: str | None = None, damaged: int = 0, cut_cells: bool = False,
    raw_markdown: str | None = None, bold_markdown: str | None = None,
) -> OwnershipDocument:
    """Decode lines of cells (from any extractor) into an `OwnershipDocument`.

    ``cut_cells``: the extractor split the page into cells at guessed column edges that may
    fall inside a word (PyMuPDF4LLM markdown), so no text field can be taken as whole.
    ``raw_markdown``: that extractor's raw text, whose <br>-stacked header cells still show which
    check box an X sits in and which bold slices make up box 2.
    ``bold_markdown``: the raw text of markdown (or markdown read as HTML: PyMuPDF4LLM's 'picture
    text' blocks) with no cut table; only its bold signature lines below the footnotes are read, as
    the generic line reading misses a name and date printed apart around the label.
    """
    name = source_name or "<text>"
    r = Reader(lines, fmt, name)
    r.cut_cells = cut_cells
    if raw_markdown is not None:
        # header boxes read from the raw <br> cell stacks, before unstacking mixed them
        r.box5_marks = _md_box5_marks(raw_markdown)
        r.md_issuer = _md_issuer(raw_markdown)
        r.md_owner_name = _md_owner_name(raw_markdown)
        r.md_owner_box = _md_owner_box(raw_markdown)
        r.md_signature = _md_signature(raw_markdown)
        r.md_bold_sig = _md_bold_signature(raw_markdown)
        r.md_owners = _md_owners(raw_markdown)
        r.md_blank_owners = _md_blank_owner_blocks(raw_markdown)
        r.md_period = _md_period(raw_markdown)
        r.md_original = _md_original_date(raw_markdown)
    if raw_markdown is None and bold_markdown is not None:
        r.md_bold_sig = _md_bold_signature(bold_markdown)
    if damaged:
        r.notes.warnings.append(f"{damaged} characters of other scripts replaced (OCR noise)")
    return r.read()


