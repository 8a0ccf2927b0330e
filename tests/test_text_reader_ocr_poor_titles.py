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
