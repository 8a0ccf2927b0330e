"""Shared test fixtures: paths to the read-only material in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
XML_DIR = SHARED / "edgar" / "xml"
SPEC_SAMPLES = SHARED / "edgar" / "xml-spec-samples"
SEEDS = SHARED / "samples" / "seeds"
XSD = SHARED / "edgar" / "xsd" / "ownership4Document.X0306.xsd"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"test material missing: {path} (../shared must sit beside the checkout)")
    return path


@pytest.fixture(scope="session")
def xml_dir() -> Path:
    return _need(XML_DIR)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SEEDS)


@pytest.fixture(scope="session")
def spec_samples_dir() -> Path:
    return _need(SPEC_SAMPLES)


@pytest.fixture(scope="session")
def xsd_path() -> Path:
    return _need(XSD)
