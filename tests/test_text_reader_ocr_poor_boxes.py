"""Box 5 of a poor scan (blur, speckle, low resolution) on OCR's grid: the check boxes read as glyphs that a
clean scan's OCR never gives ('4' or '{x' for a checked box, '(]' or 'C1' for an empty one), on the label's
line or the line above it. The glyph just left of the Director and 10% Owner labels is read as the box,
uncertain, where nothing else read those boxes."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import GRID_LABELS, GRID_NAME_LINE, at, grid_form


def _form(box5: str) -> str:
    return grid_form(GRID_LABELS + GRID_NAME_LINE + box5, box6_glyph="LJ")


def test_poor_scan_box_glyphs_read_beside_their_labels() -> None:
    """A checked Director box read as '4' on the line above its label, the 10% Owner box read as '(]' glued
    to its label: Director checked, 10% Owner not, both uncertain."""
    box5 = (at((101, "4"))
            + at((104, "Director"), (115, "(]10% Owner"))
            + at((104, "L] Officer (give title below)"), (134, "L] Other (specify below)")))
    doc = read_text(_form(box5))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_ten_percent_owner) == (True, False)
    assert {"reporting_owners[0].is_director", "reporting_owners[0].is_ten_percent_owner"} <= set(
        doc.extraction.uncertain_fields)


def test_poor_scan_checked_box_as_braced_x_and_empty_box_above() -> None:
    """'{x Director' and an empty 10% Owner box read as 'C1' on the line above its label."""
    box5 = (at((110, "C1"))
            + at((101, "{x"), (104, "Director"), (115, "10% Owner"))
            + at((104, "Officer (give title below)"), (134, "Other (specify below)")))
    owner = read_text(_form(box5)).reporting_owners[0]
    assert (owner.is_director, owner.is_ten_percent_owner) == (True, False)


def test_poor_scan_glyph_of_no_box_reading_stays_unread() -> None:
    """A speck read as '%' left of 'Director' and nothing left of '10%': both boxes stay unread."""
    box5 = (at((102, "%"), (104, "Director"), (115, "10% Owner"))
            + at((104, "Officer (give title below)"), (134, "Other (specify below)")))
    owner = read_text(_form(box5)).reporting_owners[0]
    assert (owner.is_director, owner.is_ten_percent_owner) == (None, None)


def _poor(text: str) -> str:
    """The form's printed phrases misread as a poor scan's OCR misreads most of them."""
    for phrase, misread in (("Name and Address", "Name arid Address"), ("Ticker or Trading Symbol", "Ticker or "
                            "Trading Symbot"), ("Person(s) to", "Peison(s) to"), ("Check all", "Cheek all"),
                            ("Explanation", "Expianation"), ("Signature of", "Signatire of"),
                            ("Joint/Group", "Joint/Graup")):
        text = text.replace(phrase, misread)
    return text


def test_nothing_left_of_director_while_the_ten_box_reads_is_unchecked() -> None:
    """A poor scan: no glyph at all left of 'Director' while the 10% Owner box's glyph was read: a checked
    box's X leaves ink OCR reads as something, an empty box's sides blur away; Director unchecked, uncertain.
    (A clean scan's OCR reads an empty box as 'j' or 'L]': nothing read there is no such sign.)"""
    box5 = (at((110, "C1"))
            + at((104, "Director"), (115, "10% Owner"))
            + at((104, "L] Officer (give title below)"), (134, "L] Other (specify below)"))
            + at((104, "Chief Financial Officer")))
    assert read_text(_form(box5)).reporting_owners[0].is_director is None
    doc = read_text(_poor(_form(box5)))
    owner = doc.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner) == (False, True, False)
    assert "reporting_owners[0].is_director" in doc.extraction.uncertain_fields


def test_no_box_read_checked_leaves_director_unread() -> None:
    """Nothing left of 'Director', the 10% Owner box empty, no title: every owner checks a box, so Director is
    not read as unchecked from the missing glyph."""
    box5 = (at((110, "C1"))
            + at((104, "Director"), (115, "10% Owner"))
            + at((104, "Officer (give title below)"), (134, "Other (specify below)")))
    owner = read_text(_form(box5)).reporting_owners[0]
    assert owner.is_director is not False



def test_poor_scan_title_alone_holding_is_dropped() -> None:
    """A poor scan's Table I holding of a title alone (no amount, no nature: wrapped title text such as
    'Par Value $0.01 per share', or a row read twice) is dropped; one with its amount stays, and a clean
    scan's title-alone holding stays."""
    from decimal import Decimal

    from section16.model import NonDerivativeHolding
    from section16.readers.text.normalize import _normalize
    from section16.readers.text.reader import Reader

    def reader(text: str) -> Reader:
        lines, fmt, _damaged = _normalize(text)
        r = Reader(lines, fmt, "<text>")
        r.read()
        r.doc.non_derivative_holdings = [NonDerivativeHolding(security_title="Par Value $0.01 per share"),
                                         NonDerivativeHolding(security_title="Common Stock",
                                                              shares_owned_following_transaction=Decimal(5))]
        return r

    box5 = at((104, "Director"), (115, "10% Owner")) + at((104, "L] Officer (give title below)"))
    poor, clean = reader(_poor(_form(box5))), reader(_form(box5))
    assert poor._poor_scan() and not clean._poor_scan()
    poor._poor_scan_bare_holdings()
    assert [h.security_title for h in poor.doc.non_derivative_holdings] == ["Common Stock"]


def test_clean_scan_letter_beside_the_ten_box_is_no_check() -> None:
    """A clean scan's OCR reads an empty 10% Owner box as a letter ('Director i    10% Owner'): no check."""
    box5 = (at((104, "Director"), (113, "i"), (117, "10% Owner"))
            + at((104, "L] Officer (give title below)"), (134, "L] Other (specify below)"))
            + at((104, "Chief Financial Officer")))
    assert read_text(_form(box5)).reporting_owners[0].is_ten_percent_owner is not True
