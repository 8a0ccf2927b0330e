"""OCR: a typed signature's '/s/' read as 'IS!', 'Is! by', 'IsiJohn': the '/s/' put back."""

from __future__ import annotations

import pytest

from section16.readers.text import read_text
from text_forms import OCR_BOX5


@pytest.mark.parametrize(("typed", "want"), [
    ("IS! John Doe", "/S/ John Doe"),
    ("Is! by John Doe, Attorney-in-Fact", "/s/ by John Doe, Attorney-in-Fact"),
    ("IsiJohn Doe", "/s/John Doe"),
    ("Isla Doe", "Isla Doe"),
])
def test_ocr_typed_signature_slash_s(typed: str, want: str) -> None:
    """The capital 'S' keeps its case, a lower-case word after the mark is the signature's own ('by'),
    and an 'i' glued to the name is the mark's last '/'; a name that starts like it ('Isla') stays."""
    doc = read_text(OCR_BOX5.replace("/s/ John Doe       ", typed + "       "))
    (sig,) = doc.owner_signatures
    assert sig.signature_name == want
