"""Shared test fixtures: paths to the read-only material in ../shared, the real CLI (`cli`)
and a ledger of the seed filings built through it (`seeds_ledger`)."""

from __future__ import annotations

import json
from collections.abc import Callable
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


Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="session")
def cli() -> Cli:
    """The real ``section16`` command through typer's CliRunner: ``cli("gaps", "--db", p)``
    gives ``(exit code, stdout, stderr)``; ``env=`` sets environment variables for the run."""
    from typer.testing import CliRunner

    from section16.cli import _register, app

    _register()
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args), env=env)
        return result.exit_code, result.stdout, result.stderr

    return run


@pytest.fixture
def seeds_ledger(tmp_path: Path, seeds_dir: Path, cli: Cli) -> str:
    """A SQLite ledger (a path for --db) holding the five seed filings, ingested through the CLI."""
    path = str(tmp_path / "seeds.db")
    code, out, err = cli("ingest", *map(str, sorted(seeds_dir.glob("*.txt"))), "--db", path, "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 5
    return path
