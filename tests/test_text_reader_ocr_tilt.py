"""Positioned OCR text of a tilted scan: the form's one-line labels drift up to the right, and
so do the table rows, each row's right part on the grid line of the row above."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from section16.readers.text import read_text
from section16.readers.text.tilt import tilt_slope, untilt


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character column."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out + "\n"


def _one_line(tilted: bool, *cells: tuple[int, str]) -> str:
    """Labels printed on one line; on the tilted scan each label right of the first climbs a grid line."""
    if not tilted:
        return _at(*cells)
    return "".join(_at(c) for c in reversed(cells[1:])) + _at(cells[0])


def _form(rows: str, *, tilted: bool = True) -> str:
    """A Form 4 OCR'd from a scan turned up to the right (labels 100 columns right sit two grid
    lines higher) or, with ``tilted=False``, from a level one."""
    box = _one_line(tilted, (0, "1. Name and Address of Reporting Person*"),
                    (48, "2. Issuer Name and Ticker or Trading Symbol"),
                    (99, "5. Relationship of Reporting Person(s) to Issuer"))
    head = _one_line(tilted, (0, "1. Title of"), (67, "5. Amount of Securities"), (99, "6. Ownership Form"))
    return (
        "FORM 4                UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
        "                      STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
        "LC   Check this box if no longer subject to Section 16.\n"
        + box
        + _at((0, "DOE JOHN"), (48, "WIDGET CORP [ WDGT ]"), (99, "(Check all applicable)"))
        + _at((99, "Director j    10% Owner"))
        + _at((0, "(Last) (First) (Middle)"), (48, "3. Date of Earliest Transaction (Month/Day/Year)"))
        + _at((99, "Officer (give    L]"))
        + _at((0, "1 MAIN ST"), (48, "05/03/2021"), (99, "title below)     Other (specify below)"))
        + _at((0, "(Street)"), (99, "Chief Financial Officer"))
        + _at((0, "BOSTON MA 02110"), (48, "6. Individual or Joint/Group Filing (Check Applicable Line)"))
        + _at((0, "(City) (State) (Zip)"), (48, "LJ Form filed by More than One Reporting Person"))
        + "                   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
        + head
        + _at((16, "2. Date"), (31, "3. Code"), (39, "4. Amount"))
        + rows
        + "Explanation of Responses:\n"
        "                                                              /s/ John Doe       05/05/2021\n"
        "                                                              ** Signature of Reporting Person       Date\n"
    )


# two sales; each row's price, holding and form (columns 55 on) a grid line above its title
_ROWS = (
    _at((55, "$12.50"), (67, "8,500"), (77, "D"))
    + _at((0, "Common Stock"), (16, "05/03/2021"), (31, "S"), (39, "1,500"), (47, "D"),
          (55, "$13.00"), (67, "7,000"), (77, "D"))
    + _at((0, "Common Stock"), (16, "05/04/2021"), (31, "S"), (39, "1,500"), (47, "D"))
)


def test_tilt_measured_from_the_one_line_labels() -> None:
    """Box labels and Table I's headings climb two lines over 100 columns: tilted up to the right."""
    assert tilt_slope(_form(_ROWS).splitlines()) < 0
    assert tilt_slope(_form(_ROWS, tilted=False).splitlines()) == 0.0


def test_level_page_left_alone() -> None:
    """A level page's text comes back unchanged."""
    text = _form(_ROWS, tilted=False)
    assert untilt(text) == (text, 0.0)


def test_tilted_rows_rejoined() -> None:
    """Each row's right part joins its own title's line, not the next row's."""
    doc = read_text(_form(_ROWS))
    first, second = doc.non_derivative_transactions
    assert (first.transaction_date, first.transaction_shares, first.transaction_price_per_share) == (
        date(2021, 5, 3), Decimal("1500"), Decimal("12.50"))
    assert first.shares_owned_following_transaction == Decimal("8500")
    assert (second.transaction_date, second.transaction_price_per_share) == (date(2021, 5, 4), Decimal("13.00"))
    assert second.shares_owned_following_transaction == Decimal("7000")


def test_tilted_box_labels_rejoined() -> None:
    """Box 5's label two grid lines above box 1's rejoins its line: box 5's officer title is read."""
    owner = read_text(_form(_ROWS)).reporting_owners[0]
    assert (owner.rpt_owner_name, owner.is_officer) == ("DOE JOHN", True)
    assert owner.officer_title == "Chief Financial Officer"


def test_a_level_form_3_measures_no_tilt() -> None:
    """Form 3's Table II heading says 'Beneficially Owned', not 'Acquired': unless it is found,
    Table I's labels are looked for down into Table II's headings a line lower, and a level page
    was measured as tilted (its rows then moved apart)."""
    from section16.readers.text.tilt import untilt
    from test_text_reader_ocr_rule_glyphs import _form3
    from text_forms import at

    rows = at((0, "Series H Preferred Stock   08/10/2018"), (43, "(4)"), (60, "Common Stock"), (85, "7,575,758"),
              (110, "$0.33"), (128, "I"), (137, "By BRC Partners"))
    text = _form3(rows, "4. No expiration date.\n")
    assert untilt(text) == (text, 0.0)
