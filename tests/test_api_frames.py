"""The Python API's DataFrames (README "Python API"): an answer that matched nothing is
still a frame with the query's columns, so code that selects a column does not break."""

from __future__ import annotations

from pathlib import Path

import pytest

from section16.ledger import Ledger
from section16.ledger import queries as Q


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path):
    led = Ledger(tmp_path_factory.mktemp("frames") / "l.db")
    led.ingest(sorted(seeds_dir.glob("*.txt")), workers=1)
    yield led
    led.close()


CASES = [
    ("holdings", lambda led, who: led.holdings(who, as_frame=True), Q.HOLDING_COLUMNS),
    ("timeline", lambda led, who: led.timeline(who, as_frame=True), Q.TIMELINE_COLUMNS),
    ("gaps", lambda led, who: led.gaps(owner=who, as_frame=True), Q.GAP_COLUMNS),
    ("transactions", lambda led, who: led.transactions(owner=who, as_frame=True), Q.TRANSACTION_COLUMNS),
    ("filings", lambda led, who: led.filings(owner=who, as_frame=True), Q.FILING_COLUMNS),
]


@pytest.mark.parametrize(("name", "query", "columns"), CASES, ids=[c[0] for c in CASES])
def test_an_empty_frame_keeps_the_columns(ledger: Ledger, name: str, query, columns: tuple[str, ...]) -> None:
    frame = query(ledger, "Nobody Atall")
    assert len(frame) == 0
    assert list(frame.columns) == list(columns)
    full = query(ledger, "Scarfo Anthony")
    assert len(full) > 0 and list(full.columns) == list(columns)  # the same columns either way
