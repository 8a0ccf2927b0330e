"""Details of the messy-text reader on the seeds that the broad seed tests do not pin down:
the OCR'd option grant's Table II cells, a city left empty rather than guessed, dispatch
through `parse()`, and the JSON form of a text-read document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from section16.model import OwnershipDocument
from section16.readers import parse
from section16.readers.text import read_text


def _seed(seeds_dir: Path, stem: str) -> OwnershipDocument:
    path = seeds_dir / f"{stem}.txt"
    return read_text(path.read_text(encoding="utf-8"), source_name=path.name)


def test_ocr_option_grant_table2_cells(seeds_dir: Path) -> None:
    """Seed 001: footnote-only 'Date Exercisable', '0 3/15/2022', '10 4,167' and '104,16 67'."""
    doc = _seed(seeds_dir, "001_21f7f7a3c760f135")
    (row,) = doc.derivative_transactions
    assert row.security_title == "Stock Option (Right to Buy)"
    assert row.conversion_or_exercise_price == Decimal("2.89")
    assert row.exercise_date is None and row.footnote_ids.get("exercise_date") == ["F2"]
    assert row.expiration_date == date(2022, 3, 15)
    assert row.underlying_security_title == "Common Stock"
    assert row.underlying_security_shares == Decimal("104167")
    assert row.shares_owned_following_transaction == Decimal("104167")
    flagged = set(doc.extraction.uncertain_fields)
    # the cut-off title and the joined digits are declared, not passed off as read
    assert "derivative_transactions[0].security_title" in flagged
    assert "derivative_transactions[0].shares_owned_following_transaction" in flagged


def test_unreadable_city_is_left_empty_not_guessed(seeds_dir: Path) -> None:
    """Seed 001's city is 'WESTF(' plus Hebrew letters: None, while the ZIP still reads."""
    doc = _seed(seeds_dir, "001_21f7f7a3c760f135")
    owner = doc.reporting_owners[0]
    assert owner.rpt_owner_city is None
    assert owner.rpt_owner_zip_code == "01886"


def test_parse_dispatches_text_files_and_keeps_the_path(seeds_dir: Path) -> None:
    path = seeds_dir / "002_199a74515e6b1d19.txt"
    doc = parse(path)
    assert doc.extraction is not None
    assert doc.non_derivative_transactions[0].transaction_shares == Decimal("1123")
    assert doc.metadata is not None and doc.metadata.source_path == str(path)


def test_text_read_document_round_trips_through_json(seeds_dir: Path) -> None:
    doc = _seed(seeds_dir, "003_720dd7761cb81d7f")
    again = OwnershipDocument.from_json(doc.to_json())
    assert again.to_dict() == doc.to_dict()
    assert again.extraction is not None and again.extraction.uncertain_fields == doc.extraction.uncertain_fields
