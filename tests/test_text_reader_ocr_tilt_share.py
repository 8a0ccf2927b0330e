"""Positioned OCR text of a tilted scan whose table rows drift across as many grid lines as the
headings' labels do (sparse words: each printed line a grid line of its own), not the usual half
as many: the share of the labels' drift the rows are moved back by is each table's own."""

from __future__ import annotations

from decimal import Decimal

from section16.readers.text import read_text, tilt
from test_text_reader_ocr_tilt import _at, _form

# each row's code, amount, price and holding (columns 31 to 67) one grid line above its title,
# as far as the labels' full drift puts them; half of it would move only the price and holding
_FULL = (
    _at((31, "S"), (39, "1,500"), (47, "D"), (55, "$12.50"), (67, "8,500"))
    + _at((0, "Common Stock"), (16, "05/03/2021"))
    + "\n"
    + _at((31, "S"), (39, "1,200"), (47, "D"), (55, "$13.00"), (67, "7,300"))
    + _at((0, "Common Stock"), (16, "05/04/2021"))
    + "\n"
)


def _rows(text: str) -> list[tuple[Decimal | None, Decimal | None, Decimal | None]]:
    doc = read_text(text)
    return [(t.transaction_shares, t.transaction_price_per_share, t.shares_owned_following_transaction)
            for t in doc.non_derivative_transactions]


def test_rows_drifting_the_labels_full_drift_rejoined() -> None:
    """The share that joins each row's amounts to its title's line is taken: both rows read whole."""
    assert _rows(_form(_FULL)) == [
        (Decimal("1500"), Decimal("12.50"), Decimal("8500")),
        (Decimal("1200"), Decimal("13.00"), Decimal("7300")),
    ]


def test_usual_half_share_kept_when_nothing_joins_better(monkeypatch) -> None:
    """Rows drifting half the labels' drift still read as before (the half share is tried first)."""
    from test_text_reader_ocr_tilt import _ROWS

    monkeypatch.setattr(tilt, "_ROW_SHARES", tilt._ROW_SHARES[:1])
    half = _rows(_form(_ROWS))
    monkeypatch.undo()
    assert _rows(_form(_ROWS)) == half
