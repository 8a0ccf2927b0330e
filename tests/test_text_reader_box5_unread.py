"""Box 5 of a joint filing where one owner's check marks were lost (issue 3: say when unsure).

The owner whose group shows no mark takes the marks the other owners of the same joint filing
carry, and every one of its flags is listed as uncertain with the reason in its evidence."""

from __future__ import annotations

from tests.text_forms import FLAT_HEAD

from section16.readers.text import read_text

FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")


def _second_owner_unmarked() -> str:
    at = FLAT_HEAD.rindex("Director X 10% Owner")
    return FLAT_HEAD[:at] + "Director 10% Owner" + FLAT_HEAD[at + len("Director X 10% Owner"):]


def test_owner_without_a_readable_mark_is_inferred_and_listed_uncertain():
    doc = read_text(_second_owner_unmarked())
    first, second = doc.reporting_owners
    assert first.rpt_owner_name == "ALPHA FUND LP" and first.is_ten_percent_owner is True
    assert second.rpt_owner_name == "BETA PARTNERS LLC"
    assert [getattr(second, f) for f in FLAGS] == [False, False, True, False]
    for f in FLAGS:
        assert f"reporting_owners[1].{f}" in doc.extraction.uncertain_fields
        assert "joint filing" in doc.extraction.evidence[f"reporting_owners[1].{f}"]
    assert not any(u.startswith("reporting_owners[0].is_") for u in doc.extraction.uncertain_fields)


def test_both_owners_marked_are_read_as_marked_and_not_uncertain():
    doc = read_text(FLAT_HEAD)
    assert [o.is_ten_percent_owner for o in doc.reporting_owners] == [True, True]
    assert [o.is_director for o in doc.reporting_owners] == [False, False]
    assert not any(".is_" in u for u in doc.extraction.uncertain_fields)
