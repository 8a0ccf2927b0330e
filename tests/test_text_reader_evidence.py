"""--explain evidence names the text a field was read from (issue 3): a value's evidence must
contain the value, or a reviewer checking the field against its source sees the wrong line."""

from __future__ import annotations

from tests.text_forms import FLAT_HEAD

from section16.readers.text import read_text


def test_signature_name_evidence_includes_the_name_line_when_the_date_is_on_the_next_line():
    # seed 004's shape: the typed signature on one line, its date alone on the line below
    text = FLAT_HEAD.replace("/s/ Jane Roe, attorney-in-fact 06/03/2021", "/s/ Jane Roe, attorney-in-fact\n06/03/2021")
    doc = read_text(text)
    sig = doc.owner_signatures[0]
    assert sig.signature_name == "/s/ Jane Roe, attorney-in-fact"
    assert str(sig.signature_date) == "2021-06-03"
    name_evidence = doc.extraction.evidence["owner_signatures[0].signature_name"]
    assert "Jane Roe" in name_evidence
    assert "06/03/2021" in doc.extraction.evidence["owner_signatures[0].signature_date"]


def test_signature_name_evidence_on_one_line_is_that_line():
    doc = read_text(FLAT_HEAD)
    assert doc.extraction.evidence["owner_signatures[0].signature_name"].startswith(
        "'/s/ Jane Roe, attorney-in-fact 06/03/2021'")
