"""The official-form rendering marks box 5's check boxes by path, so a reviewer sees which of
an owner's relationship flags were inferred or left unread (issue 3's honest uncertainty)."""

from __future__ import annotations

import re

from tests.text_forms import FLAT_HEAD, OCR_BOX5

from section16.readers.text import read_text


def _box(html: str, path: str) -> re.Match[str] | None:
    return re.search(rf'<span class="box"><span class="(v[^"]*)" data-path="{re.escape(path)}"[^>]*>(X?)</span>',
                     html)


def test_uncertain_flags_are_highlighted_in_their_check_boxes():
    doc = read_text(OCR_BOX5)
    html = doc.to_html()
    for flag in ("is_director", "is_officer", "is_ten_percent_owner", "is_other"):
        path = f"reporting_owners[0].{flag}"
        m = _box(html, path)
        assert m is not None, path
        assert ("uncertain" in m.group(1)) == (path in doc.extraction.uncertain_fields)
        assert m.group(2) == ("X" if getattr(doc.reporting_owners[0], flag) else "")
    assert _box(html, "reporting_owners[0].is_officer").group(2) == "X"


def test_each_owner_has_its_own_check_box_paths():
    doc = read_text(FLAT_HEAD)
    html = doc.to_html(highlight=set())
    for i in range(2):
        m = _box(html, f"reporting_owners[{i}].is_ten_percent_owner")
        assert m is not None and m.group(1) == "v" and m.group(2) == "X"
        assert _box(html, f"reporting_owners[{i}].is_director").group(2) == ""
