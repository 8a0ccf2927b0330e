"""Positioned OCR: a wrapped nature of ownership read back in the order it was printed."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import OCR_ROW, at, ocr_form

_HEAD = (
    at((1, "1. Title of"), (17, "2. Transaction Date"), (71, "3. Transaction"), (88, "4. Securities Acquired"),
       (135, "5. Amount of Securities"), (160, "6. Ownership Form:"), (186, "7. Nature of Indirect"))
    + at((1, "Security (Instr."), (17, "(Month/Day/Year)"), (71, "Code (Instr. 8)"), (135, "Owned Following"),
         (160, "Direct (D)"), (186, "Beneficial Ownership"))
)
_FOOTNOTES = "(1) Held by DM Individual Aggregator, LLC.\n(2) Held by B. Riley Principal Investments, LLC.\n"


def _natures(rows: str) -> list[tuple[str | None, list[str]]]:
    doc = read_text(ocr_form(footnotes=_FOOTNOTES).replace(OCR_ROW, _HEAD + rows))
    path = "non_derivative_transactions[{}].nature_of_ownership"
    uncertain = doc.extraction.uncertain_fields if doc.extraction else []
    assert all(path.format(k) in uncertain for k in range(len(doc.non_derivative_transactions)))
    return [(t.nature_of_ownership, t.footnote_ids.get("nature_of_ownership", []))
            for t in doc.non_derivative_transactions]


def test_raised_end_of_a_nature_line_goes_after_its_start() -> None:
    """'By DM Individual' | 'LLC(1)' (raised by its marker, right) | 'Aggregator,' (left, a line lower): the
    two lower fragments are one printed line, 'Aggregator, LLC(1)'; not 'LLC Aggregator'."""
    rows = (
        at((1, "Class A"), (17, "02/25/2025"), (71, "S"), (88, "111,376"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "By DM Individual"))
        + at((1, "Common"), (181, "LLC(1)"))
        + at((168, "Aggregator,"))
        + at((1, "Stock"))
    )
    assert _natures(rows) == [("By DM Individual Aggregator, LLC", ["F1"])]


def test_a_new_line_of_a_nature_cut_in_cells_goes_after_its_last_cell() -> None:
    """'By    Riley Principal' (cut at a wide gap) over 'B.' (under the gap) over 'Investments, LLC(2)' (at the
    column's left edge): the initial goes in the gap, the next line after the nature's last cell."""
    rows = (
        at((1, "Class A"), (17, "02/25/2025"), (71, "S"), (88, "1,000"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "By"), (174, "Riley Principal"))
        + at((1, "Common"), (171, "B."))
        + at((1, "Stock"), (168, "Investments, LLC(2)"))
    )
    assert _natures(rows) == [("By B. Riley Principal Investments, LLC", ["F2"])]


def test_a_nature_wrapped_at_its_left_edge_keeps_its_order() -> None:
    """'By Trust' over 'dated 2021' at the same left edge: the next printed line, after it."""
    rows = (
        at((1, "Common"), (17, "02/25/2025"), (71, "S"), (88, "1,000"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "By Smith Family Trust"))
        + at((1, "Stock"), (168, "dated 2021"))
    )
    assert _natures(rows) == [("By Smith Family Trust dated 2021", [])]


def test_raised_end_past_a_short_nature_goes_after_its_start() -> None:
    """'By DM Trust' then 'LLC(1)' right past its end (a cell of its own) over 'Aggregator,' at the left edge:
    'By DM Trust Aggregator, LLC'."""
    rows = (
        at((1, "Class A"), (17, "02/25/2025"), (71, "S"), (88, "111,376"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "By DM Trust"))
        + at((1, "Common"), (185, "LLC(1)"))
        + at((168, "Aggregator,"))
        + at((1, "Stock"))
    )
    assert _natures(rows) == [("By DM Trust Aggregator, LLC", ["F1"])]


def test_a_line_begun_left_of_the_nature_is_no_raised_end() -> None:
    """'Bluescape' (raised onto the row's line) then 'By ... Sponsor' then 'LLC': the line of 'Sponsor' began
    with 'By', so 'LLC' under 'By' is the next printed line, after 'Sponsor'."""
    rows = (
        at((1, "Common"), (17, "02/25/2025"), (71, "S"), (88, "1,000"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (181, "Bluescape"))
        + at((1, "Stock"), (168, "By"), (180, "Sponsor"))
        + at((168, "LLC"))
    )
    assert _natures(rows)[0][0] is not None and _natures(rows)[0][0].endswith("Sponsor LLC")


def test_raised_line_end_with_its_marker_apart_goes_after_its_start() -> None:
    """'LLC   AE)' (the raised end and its smeared marker, two cells of one line) over 'Investments,': the
    line's start goes before 'LLC', not between it and its marker; the smear ('AE)', a space after the
    company's suffix) is taken off."""
    rows = (
        at((1, "Class A"), (17, "02/25/2025"), (71, "S"), (88, "1,000"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "By B. Riley Principal"))
        + at((1, "Common"), (181, "LLC"), (187, "AE)"))
        + at((1, "Stock"), (168, "Investments,"))
    )
    assert _natures(rows)[0][0] == "By B. Riley Principal Investments, LLC"


def test_line_start_ending_where_its_raised_end_begins_goes_before_it() -> None:
    """'nephew(1)' raised at column 190 over 'a Trust fbo minor' (168 to 185, OCR's one-space gap lost in the
    columns): the start goes before its raised end."""
    rows = (
        at((1, "Common"), (17, "02/25/2025"), (71, "S"), (88, "1,000"), (100, "D"), (112, "$72.85"),
           (135, "2,529,403"), (162, "I"), (168, "Co-trustee of"))
        + at((1, "Stock"), (185, "nephew(1)"))
        + at((168, "a Trust fbo minor"))
    )
    assert _natures(rows)[0] == ("Co-trustee of a Trust fbo minor nephew", ["F1"])
