"""The ledger commands end to end through the real CLI (SQLite file via --db)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from section16.cli import _register, app

_register()
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path, seeds_dir: Path) -> str:
    path = str(tmp_path / "cli.db")
    code, out, err = run("ingest", *map(str, sorted(seeds_dir.glob("*.txt"))), "--db", path, "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 5
    return path


def test_ingest_reports_bad_files_and_exits_1(tmp_path: Path, xml_dir: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><nothing/>")
    good = sorted(xml_dir.glob("*.xml"))[0]
    code, out, err = run("ingest", str(good), str(bad), "--db", str(tmp_path / "x.db"))
    assert code == 1
    lines = [line for line in err.splitlines() if "bad.xml" in line]
    problem = "not an ownership document (root element is <nothing>, not <ownershipDocument>)"
    assert lines == [f"section16: {bad}: {problem}"]  # the line parse and check give, one per file
    assert "stored 1, unchanged 0, updated 0, failed 1" in err
    code, out, err = run("ingest", str(good), "--db", str(tmp_path / "x.db"), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1


def test_gaps_holdings_timeline_transactions(db: str, tmp_path: Path) -> None:
    code, out, _ = run("gaps", "--db", db, "--format", "json")
    assert code == 0
    gaps = json.loads(out)
    assert {(g["owner"], g["gap"]) for g in gaps} == {
        ("Scarfo Anthony", -4556),
        ("Dillon Matthew S.", 176620 - (71627 + 52083)),
        ("Dillon Matthew S.", 202706 - (176620 + 66177 - 15569)),
    }
    code, out, _ = run("gaps", "--owner", "Anthony Scarfo", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert (rows[0]["expected"], rows[0]["reported"], rows[0]["gap"]) == ("343013", "338457", "-4556")

    code, out, _ = run("holdings", "--owner", "Scarfo Anthony", "--as-of", "2013-03-01", "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)[0]["shares"] == 353998

    png = tmp_path / "t.png"
    code, out, err = run("timeline", "--owner", "Dillon", "--plot", str(png), "--db", db, "-f", "json")
    assert code == 0, err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [r["gap"] for r in json.loads(out) if r["gap"]] == [52910, -24522]
    svg = tmp_path / "t.svg"
    assert run("timeline", "--owner", "Dillon", "--plot", str(svg), "--db", db)[0] == 0
    assert "<svg" in svg.read_text()[:500]

    code, out, _ = run("transactions", "--code", "F", "--min-value", "40000", "--db", db, "-f", "json")
    assert code == 0 and sorted(t["transaction_shares"] for t in json.loads(out)) == [15569, 17326]
    code, out, _ = run("transactions", "--owner", "Dillon", "--db", db, "-f", "table")
    assert code == 0 and "Transactions (5)" in out


def test_export_and_correct(db: str, tmp_path: Path) -> None:
    code, _, err = run("export", "--format", "sec-dataset", "--out", str(tmp_path / "sec"), "--db", db)
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "sec").iterdir())
    assert names == sorted(
        [
            "SUBMISSION.tsv",
            "REPORTINGOWNER.tsv",
            "NONDERIV_TRANS.tsv",
            "NONDERIV_HOLDING.tsv",
            "DERIV_TRANS.tsv",
            "DERIV_HOLDING.tsv",
            "FOOTNOTES.tsv",
            "OWNER_SIGNATURE.tsv",
        ]
    )
    code, _, err = run("export", "--format", "csv", "--out", str(tmp_path / "e.csv"), "--db", db)
    assert code == 2 and "--table" in err
    assert (
        run("export", "--format", "jsonl", "--table", "entries", "--out", str(tmp_path / "e.jsonl"), "--db", db)[0] == 0
    )
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert len(lines) == 9  # the five seeds hold 8 + 1 transaction rows
    assert json.loads(lines[0])["footnote_ids"] == {"transaction_shares": ["F1"]}

    gap = json.loads(run("gaps", "--owner", "Scarfo", "--db", db, "-f", "json")[1])[0]
    code, _, err = run(
        "correct",
        gap["next_filing"],
        "non_derivative_transactions[0].transaction_shares",
        "15541",
        "--author",
        "me",
        "--db",
        db,
    )
    assert code == 0, err
    assert json.loads(run("gaps", "--owner", "Scarfo", "--db", db, "-f", "json")[1]) == []
    code, _, err = run("correct", gap["next_filing"], "nope[3]", "1", "--db", db)
    assert code == 2 and "no field" in err


def test_bad_database_and_bad_dates_are_usage_errors(db: str) -> None:
    code, _, err = run("gaps", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert code == 2 and "cannot open ledger" in err
    code, _, err = run("holdings", "--owner", "Scarfo", "--as-of", "yesterday", "--db", db)
    assert code == 2 and "bad date" in err
    code, _, err = run("gaps", "--db", "/nonexistent/dir/ledger.db")
    assert code == 2 and "no such ledger database" in err and "/nonexistent/dir/ledger.db" in err
    assert len(err.strip().splitlines()) == 1


def test_query_output_is_json_when_stdout_is_not_a_terminal(db: str) -> None:
    code, out, _ = run("holdings", "--owner", "Dillon", "--db", db)
    assert code == 0
    assert {h["security_title"] for h in json.loads(out)} == {"Common Stock", "Stock Option (Right to Buy)"}


def test_ingest_progress_bar_shows_count_and_rate(tmp_path: Path, xml_dir: Path) -> None:
    files = [str(p) for p in sorted(xml_dir.glob("*.xml"))[:20]]
    code, _, err = run("ingest", *files, "--db", str(tmp_path / "p.db"), "--progress", "--workers", "2")
    assert code == 0
    assert "20/20" in err and "docs/s" in err and "ETA" in err
