"""Box 5 of a joint filing where one owner's check marks were lost (issue 3: never invent).

Another owner's marks say nothing about this one's relationship to the issuer, so an owner
whose group shows no mark keeps its flags unknown (None) and lists them as uncertain."""

from __future__ import annotations

from tests.text_forms import FLAT_HEAD

from section16.readers.text import read_text

FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")


def _second_owner_unmarked() -> str:
    at = FLAT_HEAD.rindex("Director X 10% Owner")
    return FLAT_HEAD[:at] + "Director 10% Owner" + FLAT_HEAD[at + len("Director X 10% Owner"):]


def test_owner_without_a_readable_mark_gets_no_flags_copied_from_the_other_owner():
    doc = read_text(_second_owner_unmarked())
    first, second = doc.reporting_owners
    assert first.rpt_owner_name == "ALPHA FUND LP" and first.is_ten_percent_owner is True
    assert second.rpt_owner_name == "BETA PARTNERS LLC"
    assert [getattr(second, f) for f in FLAGS] == [None, None, None, None]
    for f in FLAGS:
        assert f"reporting_owners[1].{f}" in doc.extraction.uncertain_fields


def test_both_owners_marked_are_read_as_marked():
    doc = read_text(FLAT_HEAD)
    assert [o.is_ten_percent_owner for o in doc.reporting_owners] == [True, True]
    assert [o.is_director for o in doc.reporting_owners] == [False, False]
