"""A poor scan's table titles: OCR's misreads of the form's few title words ('Cormmon', 'Ciass'), a date or a
speck set before the title ('02/02/2011. Common Stock', '7 Cornmon Stock'), and a title read three times over
are put right on a poor scan; a clean scan's titles are read as before."""

from __future__ import annotations

from section16.readers.text.reader import _poor_scan_title


def test_misread_title_words_put_right() -> None:
    assert _poor_scan_title("Class A Cormmon Stock") == "Class A Common Stock"
    assert _poor_scan_title("Ciass B Conimon Stoek") == "Class B Common Stock"
    assert _poor_scan_title("COMMON STOCK") == "COMMON STOCK"


def test_dates_and_specks_before_the_title_off() -> None:
    assert _poor_scan_title("02/02/2011. Common Stock") == "Common Stock"
    assert _poor_scan_title("03/01/2018. 03/01/2021 Common Stock") == "Common Stock"
    assert _poor_scan_title("@ Class A Common Stock") == "Class A Common Stock"
    assert _poor_scan_title("7 Cornmon Stock") == "Common Stock"


def test_other_words_kept() -> None:
    assert _poor_scan_title("Penns Woods Bancorp, Inc. common stock") == "Penns Woods Bancorp, Inc. common stock"
    assert _poor_scan_title("12% Senior Secured Debentures") == "12% Senior Secured Debentures"


def test_poor_scan_nature_and_officer_title_debris_off() -> None:
    """A poor scan: amounts and specks before a nature, box 5's label words before the officer's title, and a
    title that is only label words are taken off."""
    from decimal import Decimal

    from section16.model import NonDerivativeHolding, ReportingOwner
    from section16.readers.text.normalize import _normalize
    from section16.readers.text.reader import Reader

    lines, fmt, _damaged = _normalize("FORM 4\n1. Name arid Address of Reporting Person\n")
    r = Reader(lines, "ocr", "<text>")
    r.doc.non_derivative_holdings = [
        NonDerivativeHolding(security_title="Common Stock", shares_owned_following_transaction=Decimal(1),
                             nature_of_ownership=n)
        for n in ("$130.3662 28,406,950 See Footnote", "eo by Trust", "ae ee ie", "Held by Trust")]
    r.doc.reporting_owners = [ReportingOwner(officer_title="{Officer (give title below) Chief Scientific Officer"),
                              ReportingOwner(officer_title="title below)")]
    r._poor_scan_natures_and_titles()
    assert [h.nature_of_ownership for h in r.doc.non_derivative_holdings] == [
        "See Footnote", "by Trust", None, "Held by Trust"]
    assert [o.officer_title for o in r.doc.reporting_owners] == ["Chief Scientific Officer", None]


def test_poor_scan_remarks_debris_off() -> None:
    """A poor scan's remark with the footer's reminder or a typed signature run into it, or of one word."""
    from section16.readers.text.normalize import _normalize
    from section16.readers.text.reader import Reader

    lines, _fmt, _damaged = _normalize("FORM 4\n1. Name arid Address of Reporting Person\n")
    r = Reader(lines, "ocr", "<text>")
    for rem, want in (("Exhibit 24 Power of Attorney Isi Carrie P. Clark 03/05/2020", "Exhibit 24 Power of Attorney"),
                      ("See Exhibit 99. Reminder: Report on separate line", "See Exhibit 99."),
                      ("Exhibit 24 Power of Attorney. - . Date", "Exhibit 24 Power of Attorney"),
                      (". Ettinger", None)):
        r.doc.remarks = rem
        r._poor_scan_remarks()
        assert r.doc.remarks == want
