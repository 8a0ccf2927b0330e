"""An owner's name holding the header boxes' labels ('2. Issuer Name and Ticker or Trading Symbol'):
box 1 was not found where its lines are (seen on the legal-size probe folder: a header printed as one
flat picture region), so every field read for that owner is listed uncertain, not given as read."""

from __future__ import annotations

from section16.readers.text import read_text
from section16.readers.text.reader import _FORM_LABELS
from text_forms import FLAT_HEAD


def test_form_labels_pattern() -> None:
    assert _FORM_LABELS.search("2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s)")
    assert _FORM_LABELS.search("1. Name and Address of Reporting Person")
    assert not _FORM_LABELS.search("Ticker Family Trust")
    assert not _FORM_LABELS.search("ROE JANE")


def test_labels_in_the_name_make_the_owner_uncertain() -> None:
    text = FLAT_HEAD.replace("ALPHA FUND LP Widget Corp [ WDGT ] (Check all applicable)",
                             "2. Issuer Name and Ticker or Trading Symbol Widget Corp [ WDGT ] (Check all applicable)")
    doc = read_text(text)
    owner = doc.reporting_owners[0]
    assert owner.rpt_owner_name is not None and _FORM_LABELS.search(owner.rpt_owner_name)
    assert doc.extraction is not None
    for f in ("rpt_owner_name", "rpt_owner_street1", "rpt_owner_city"):
        if getattr(owner, f) is not None:
            assert f"reporting_owners[0].{f}" in doc.extraction.uncertain_fields
