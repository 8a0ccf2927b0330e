"""PyMuPDF4LLM paragraphs of several owners' signatures: owners signing side by side after owners
signing one under the other."""

from __future__ import annotations

from datetime import date

from section16.readers.text import read_text
from text_forms import MD_FORM4


def test_side_by_side_names_after_dated_signatures_take_the_line_of_dates_in_order() -> None:
    """A first owner's signature dated on its own line, then two owners side by side ('A ** Signature
    of Reporting Person B'), then a line of their dates alone ('06/02/2021 Date 06/03/2021'): each
    name is a signature of its own with the date in its place (uncertain), not one joined name."""
    sig = ("**/s/ Ann Roe 06/01/2021** ** Signature of Reporting Person Date\n\n"
           "**Bob Poe LLC, By: /s/ Bob Poe, Manager** ** Signature of Reporting Person **Cal Fund LP, By: "
           "/s/ Cal Doe, Partner**\n\nDate\n\n**06/02/2021** Date **06/03/2021**\n\n"
           "** Signature of Reporting Person Date\n")
    text = MD_FORM4.replace("**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sig)
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Ann Roe", date(2021, 6, 1)),
        ("Bob Poe LLC, By: /s/ Bob Poe, Manager", date(2021, 6, 2)),
        ("Cal Fund LP, By: /s/ Cal Doe, Partner", date(2021, 6, 3))]
    assert doc.extraction is not None
    assert "owner_signatures[2].signature_date" in doc.extraction.uncertain_fields


def test_name_stacked_under_the_previous_owners_label_in_one_cell() -> None:
    """A table cell stacking one owner's label over the next owner's typed name ('** Signature of
    Reporting Person<br>**/s/ Bob Poe**', the date in the next cell): the name is read, not dropped
    with the label."""
    sig = ("**/s/ Ann Roe 06/01/2021** ** Signature of Reporting Person Date\n\n"
           "||** Signature of Reporting Person<br>**Bob Poe LLC, By: /s/ Bob Poe, Manager**|Date<br> <br>"
           "**06/02/2021**|\n|---|---|---|\n||** Signature of Reporting Person|Date|\n")
    text = MD_FORM4.replace("**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sig)
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("/s/ Ann Roe", date(2021, 6, 1)), ("Bob Poe LLC, By: /s/ Bob Poe, Manager", date(2021, 6, 2))]


def test_side_by_side_names_each_date_and_its_label_on_lines_of_their_own() -> None:
    """Three owners side by side, the paragraphs putting each name after the previous label, and
    each date and its 'Date' label on lines of their own below: the names take the dates in order."""
    sig = ("# **Ann Roe**\n\n** Signature of Reporting Person **Bob Poe**\n\n- ** Signature of Reporting Person "
           "**Cal Doe**\n\n- ** Signature of Reporting Person\n\n# **06/02/2021**\n\nDate\n\n**06/01/2021**\n\n"
           "Date\n\n**06/03/2021**\n\nDate\n")
    text = MD_FORM4.replace("**/s/ John Doe** ** Signature of Reporting Person Date\n\n**05/05/2021**\n", sig)
    doc = read_text(text)
    assert [(s.signature_name, s.signature_date) for s in doc.owner_signatures] == [
        ("Ann Roe", date(2021, 6, 2)), ("Bob Poe", date(2021, 6, 1)), ("Cal Doe", date(2021, 6, 3))]
    assert doc.extraction is not None
    assert "owner_signatures[1].signature_date" in doc.extraction.uncertain_fields
