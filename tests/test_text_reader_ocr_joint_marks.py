"""Joint filings whose box 5 groups lost their marks take the marks most of the other owners carry;
a tie goes to the first owner's set, the same in every run (a set's order of marks holding None
changed from run to run)."""

from __future__ import annotations

from section16.readers.text.values import _majority


def test_joint_marks_majority_then_first_owner() -> None:
    d, o = (True, False, None, False), (None, True, False, False)
    assert _majority([o, d, d]) == d
    assert _majority([d, o]) == d and _majority([o, d]) == o
    assert _majority([]) is None
