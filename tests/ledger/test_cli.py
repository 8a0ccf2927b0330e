"""The ledger commands end to end through the real CLI (SQLite file via --db)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import Cli


def test_ingest_reports_bad_files_and_exits_1(cli: Cli, tmp_path: Path, xml_dir: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><nothing/>")
    good = sorted(xml_dir.glob("*.xml"))[0]
    code, out, err = cli("ingest", str(good), str(bad), "--db", str(tmp_path / "x.db"))
    assert code == 1
    lines = [line for line in err.splitlines() if "bad.xml" in line]
    problem = "not an ownership document (root element is <nothing>, not <ownershipDocument>)"
    assert lines == [f"section16: {bad}: {problem}"]  # the line parse and check give, one per file
    assert "stored 1, unchanged 0, updated 0, failed 1" in err
    code, out, err = cli("ingest", str(good), "--db", str(tmp_path / "x.db"), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1


def test_gaps_holdings_timeline_transactions(cli: Cli, seeds_ledger: str, tmp_path: Path) -> None:
    code, out, _ = cli("gaps", "--db", seeds_ledger, "--format", "json")
    assert code == 0
    gaps = json.loads(out)
    assert {(g["owner"], g["gap"]) for g in gaps} == {
        ("Scarfo Anthony", -4556),
        ("Dillon Matthew S.", 176620 - (71627 + 52083)),
        ("Dillon Matthew S.", 202706 - (176620 + 66177 - 15569)),
    }
    code, out, _ = cli("gaps", "--owner", "Anthony Scarfo", "--db", seeds_ledger, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert (rows[0]["expected"], rows[0]["reported"], rows[0]["gap"]) == ("343013", "338457", "-4556")

    code, out, _ = cli(
        "holdings", "--owner", "Scarfo Anthony", "--as-of", "2013-03-01", "--db", seeds_ledger, "-f", "json"
    )
    assert code == 0 and json.loads(out)[0]["shares"] == 353998

    png = tmp_path / "t.png"
    code, out, err = cli("timeline", "--owner", "Dillon", "--plot", str(png), "--db", seeds_ledger, "-f", "json")
    assert code == 0, err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [r["gap"] for r in json.loads(out) if r["gap"]] == [52910, -24522]
    svg = tmp_path / "t.svg"
    assert cli("timeline", "--owner", "Dillon", "--plot", str(svg), "--db", seeds_ledger)[0] == 0
    assert "<svg" in svg.read_text()[:500]

    code, out, _ = cli("transactions", "--code", "F", "--min-value", "40000", "--db", seeds_ledger, "-f", "json")
    assert code == 0 and sorted(t["transaction_shares"] for t in json.loads(out)) == [15569, 17326]
    code, out, _ = cli("transactions", "--owner", "Dillon", "--db", seeds_ledger, "-f", "table")
    assert code == 0 and "Transactions (5)" in out


def test_export_and_correct(cli: Cli, seeds_ledger: str, tmp_path: Path) -> None:
    code, _, err = cli("export", "--format", "sec-dataset", "--out", str(tmp_path / "sec"), "--db", seeds_ledger)
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
    code, _, err = cli("export", "--format", "csv", "--out", str(tmp_path / "e.csv"), "--db", seeds_ledger)
    assert code == 2 and "--table" in err
    assert (
        cli(
            "export",
            "--format",
            "jsonl",
            "--table",
            "entries",
            "--out",
            str(tmp_path / "e.jsonl"),
            "--db",
            seeds_ledger,
        )[0]
        == 0
    )
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert len(lines) == 9  # the five seeds hold 8 + 1 transaction rows
    assert json.loads(lines[0])["footnote_ids"] == {"transaction_shares": ["F1"]}

    gap = json.loads(cli("gaps", "--owner", "Scarfo", "--db", seeds_ledger, "-f", "json")[1])[0]
    code, _, err = cli(
        "correct",
        gap["next_filing"],
        "non_derivative_transactions[0].transaction_shares",
        "15541",
        "--author",
        "me",
        "--db",
        seeds_ledger,
    )
    assert code == 0, err
    assert json.loads(cli("gaps", "--owner", "Scarfo", "--db", seeds_ledger, "-f", "json")[1]) == []
    code, _, err = cli("correct", gap["next_filing"], "nope[3]", "1", "--db", seeds_ledger)
    assert code == 2 and "no field" in err


def test_bad_database_and_bad_dates_are_usage_errors(cli: Cli, seeds_ledger: str) -> None:
    code, _, err = cli("gaps", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert code == 2 and "cannot open ledger" in err
    code, _, err = cli("holdings", "--owner", "Scarfo", "--as-of", "yesterday", "--db", seeds_ledger)
    assert code == 2 and "bad date" in err
    code, _, err = cli("gaps", "--db", "/nonexistent/dir/ledger.db")
    assert code == 2 and "no such ledger database" in err and "/nonexistent/dir/ledger.db" in err
    assert len(err.strip().splitlines()) == 1


def test_query_output_is_json_when_stdout_is_not_a_terminal(cli: Cli, seeds_ledger: str) -> None:
    code, out, _ = cli("holdings", "--owner", "Dillon", "--db", seeds_ledger)
    assert code == 0
    assert {h["security_title"] for h in json.loads(out)} == {"Common Stock", "Stock Option (Right to Buy)"}


def test_ingest_progress_bar_shows_count_and_rate(cli: Cli, tmp_path: Path, xml_dir: Path) -> None:
    files = [str(p) for p in sorted(xml_dir.glob("*.xml"))[:20]]
    code, _, err = cli("ingest", *files, "--db", str(tmp_path / "p.db"), "--progress", "--workers", "2")
    assert code == 0
    assert "20/20" in err and "docs/s" in err and "ETA" in err
