"""Bad input through the real CLI: one line naming the file and the problem, a non-zero
exit, and nothing stored changed (project policy, docs/exit-codes.md)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.conftest import Cli


READ_COMMANDS = [
    ["holdings", "--owner", "x"],
    ["timeline", "--owner", "x"],
    ["gaps"],
    ["transactions"],
    ["filings"],
    ["search", "x"],
    ["export", "--format", "csv", "--table", "filings", "--out", "OUT.csv"],
    ["correct", "sha256:00", "remarks", "x"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_refuse_a_missing_ledger_and_create_nothing(cli: Cli, tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "typo.db"
    args = [a.replace("OUT.csv", str(tmp_path / "out.csv")) for a in args]
    code, out, err = cli(*args, "--db", str(db))
    assert code == 2 and out == ""
    hint = "(`section16 ingest --db PATH FILES` creates one)"
    assert err.strip().splitlines() == [f"section16: {db}: no such ledger database {hint}"]
    assert not db.exists() and not (tmp_path / "out.csv").exists()


def test_another_programs_sqlite_database_is_refused_and_left_untouched(
    cli: Cli, tmp_path: Path, seeds_dir: Path
) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = other.read_bytes()
    for args in (["gaps"], ["ingest", str(sorted(seeds_dir.glob("*.txt"))[0])]):
        code, out, err = cli(*args, "--db", str(other))
        assert code == 2, err
        assert err.strip().splitlines() == [
            f"section16: {other}: not a section16 ledger (its tables: notes); left untouched"
        ]
    assert other.read_bytes() == before  # not migrated, not even switched to WAL


def test_a_text_file_as_ledger_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list\n")
    code, _, err = cli("holdings", "--owner", "x", "--db", str(text))
    assert code == 2
    assert err.strip().splitlines() == [f"section16: {text}: not a section16 ledger (file is not a database)"]
    assert text.read_text() == "shopping list\n"


def test_check_all_and_serve_refuse_a_missing_ledger(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    code, _, err = cli("check", "--all", "--db", str(db))
    assert code == 2 and "typo.db: no such ledger database" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("serve", "--db", str(db), env={"SECTION16_TOKEN": ""})
    assert code == 2
    assert err.strip().splitlines()[-1].startswith(f"section16: {db}: no such ledger database")
    assert not db.exists()


def test_serve_refuses_a_file_that_is_not_a_ledger_at_startup(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list\n")
    code, _, err = cli("serve", "--db", str(text), env={"SECTION16_TOKEN": "t"})
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last == f"section16: {text}: not a section16 ledger (file is not a database)"


def test_ingest_still_creates_a_new_ledger(cli: Cli, tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "new.db"
    code, out, _ = cli("ingest", str(sorted(seeds_dir.glob("*.txt"))[0]), "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["stored"] == 1
    code, out, _ = cli("filings", "--db", str(db), "-f", "json")
    assert code == 0 and len(json.loads(out)) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["holdings", "--owner", ""],
        ["timeline", "--owner", "   "],
        ["gaps", "--owner", ""],
        ["transactions", "--owner", " "],
        ["filings", "--issuer", ""],
        ["gaps", "--issuer", "  "],
    ],
    ids=lambda a: f"{a[0]}{a[1]}",
)
def test_a_blank_owner_or_issuer_is_refused(cli: Cli, seeds_ledger: str, args: list[str]) -> None:
    """'' used to match every owner (and '  ' none), with nothing said either way."""
    code, out, err = cli(*args, "--db", seeds_ledger, "-f", "json")
    assert code == 2 and out == ""
    option = args[1].lstrip("-")
    assert err.strip().splitlines() == [f"section16: {option} {args[2]!r} is blank: give a name, ticker or CIK"]


def test_a_blank_filter_is_refused_by_the_python_api_too(seeds_ledger: str) -> None:
    from section16.ledger import Ledger, LedgerError

    with Ledger(seeds_ledger) as ledger, pytest.raises(LedgerError, match="blank"):
        ledger.holdings("")


@pytest.mark.parametrize(
    ("args", "note"),
    [
        (["gaps", "--owner", "Nobody Atall"], "no gaps match owner 'Nobody Atall'"),
        (
            ["holdings", "--owner", "Scarfo", "--as-of", "1990-01-01"],
            "no holdings match owner 'Scarfo', as-of '1990-01-01'",
        ),
        (["transactions", "--issuer", "SONS", "--code", "P"], "no transactions match issuer 'SONS', code 'P'"),
        (["timeline", "--owner", "Nobody Atall"], "no timeline rows match owner 'Nobody Atall'"),
        (["filings", "--issuer", "ZZZZ"], "no filings match issuer 'ZZZZ'"),
        (["search", "zzzz"], "no issuers or owners match query 'zzzz'"),
    ],
    ids=lambda a: a[0] if isinstance(a, list) else "",
)
def test_a_query_matching_nothing_says_so_on_stderr(cli: Cli, seeds_ledger: str, args: list[str], note: str) -> None:
    code, out, err = cli(*args, "--db", seeds_ledger, "-f", "json")
    assert code == 0 and out.strip() == "[]"  # stdout stays valid JSON for scripts
    assert err.strip().splitlines() == [note]
    code, out, err = cli(
        *args[:1], *(["Scarfo"] if args[0] == "search" else ["--owner", "Scarfo"]), "--db", seeds_ledger
    )
    assert code == 0 and out.strip() != "[]" and err == ""  # a query that matched says nothing


def test_ingest_of_an_empty_folder_fails_naming_it(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    (empty / ".hidden" / "x.xml").write_text("<ownershipDocument/>")  # hidden files are skipped
    db = tmp_path / "l.db"
    code, _, err = cli("ingest", str(empty), "--db", str(db))
    assert code == 1
    assert f"section16: {empty}: folder holds no files to ingest" in err.splitlines()
    assert "stored 0, unchanged 0, updated 0, failed 1" in err


def test_an_empty_folder_matched_by_a_glob_is_not_a_failure(cli: Cli, tmp_path: Path, seeds_dir: Path) -> None:
    root = tmp_path / "in"
    (root / "empty-sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(sorted(seeds_dir.glob("*.txt"))[0].read_bytes())
    code, out, err = cli("ingest", f"{root}/*", "--db", str(tmp_path / "l.db"), "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 1


@pytest.mark.parametrize(
    ("args", "target", "problem"),
    [
        (
            ["export", "-f", "csv", "--table", "filings", "--out"],
            "folder",
            "is a folder: --out takes a file name for this format",
        ),
        (
            ["export", "-f", "parquet", "--table", "filings", "--out"],
            "folder",
            "is a folder: --out takes a file name for this format",
        ),
        (["export", "-f", "sec-dataset", "--out"], "file", "cannot write here (File exists)"),
        (["timeline", "--owner", "Scarfo", "--plot"], "folder.png", "cannot write here (Is a directory)"),
    ],
    ids=["csv-onto-folder", "parquet-onto-folder", "dataset-onto-file", "plot-onto-folder"],
)
def test_writing_onto_the_wrong_kind_of_path_is_one_line(
    cli: Cli, seeds_ledger: str, tmp_path: Path, args: list[str], target: str, problem: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder.png").mkdir()
    (tmp_path / "file").write_text("keep me\n")
    out = tmp_path / target
    code, _, err = cli(*args, str(out), "--db", seeds_ledger)
    assert code == 2
    assert err.strip().splitlines() == [f"section16: {out}: {problem}"]
    assert (tmp_path / "file").read_text() == "keep me\n" and not any((tmp_path / "folder").iterdir())


def test_an_error_line_quotes_brackets_as_they_are(cli: Cli, seeds_ledger: str, tmp_path: Path) -> None:
    """The ledger commands printed errors through Rich markup: '[bold]' in a path vanished."""
    plot = tmp_path / "chart[bold].jpg"
    code, _, err = cli("timeline", "--owner", "Scarfo", "--plot", str(plot), "--db", seeds_ledger)
    assert code == 2
    assert err.strip().splitlines() == [f"section16: {plot}: the plot file must end in .png or .svg"]


@pytest.mark.parametrize("query", ["", "   "], ids=["empty", "spaces"])
def test_a_blank_search_query_is_refused(cli: Cli, seeds_ledger: str, query: str) -> None:
    """search '' said 'no issuers or owners in the ledger' and exited 0, as if it had looked."""
    code, out, err = cli("search", query, "--db", seeds_ledger, "-f", "json")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"section16: query {query!r} is blank: give a name, ticker or CIK"]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["transactions", "--code", " , "], "code ' , ' is blank: give transaction code(s), e.g. P or S,F"),
        (["transactions", "--from", ""], "bad date '': use YYYY-MM-DD"),
        (["transactions", "--to", " "], "bad date ' ': use YYYY-MM-DD"),
        (["check", "--all", "--issuer", ""], "issuer '' is blank: give a name, ticker or CIK"),
        (["check", "--all", "--owner", "  "], "owner '  ' is blank: give a name, ticker or CIK"),
    ],
    ids=["tx-code", "tx-from", "tx-to", "check-issuer", "check-owner"],
)
def test_a_blank_ledger_filter_is_refused_not_dropped(cli: Cli, seeds_ledger: str, args: list[str], line: str) -> None:
    """Each used to be dropped (every transaction, every filing listed) or match nothing, unsaid."""
    code, out, err = cli(*args, "--db", seeds_ledger)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"section16: {line}"]


WITH_ALL = "check: --issuer, --owner and --db pick filings from the ledger: use them with --all"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["check", "SEED", "--select", ""], "--select '' names no rule id (see --list-rules)"),
        (["check", "SEED", "--ignore", " , "], "--ignore ' , ' names no rule id (see --list-rules)"),
        (["check", "SEED", "--filing-date", ""], "--filing-date '' is not a date (YYYY-MM-DD)"),
        (["check", "SEED", "--issuer", "SONS"], WITH_ALL),
        (["check", "SEED", "--db", "DB"], WITH_ALL),
        (["parse", "SEED", "--out", ""], "--out '' is blank: name a folder"),
        (["ingest", "SEED", "", "--db", "DB"], "'' is a blank path: name files, folders or patterns"),
        (
            ["ingest", "SEED", "--shared-storage", "--db", "DB"],
            "--shared-storage goes with --scheduler (workers of a Dask cluster read the paths)",
        ),
    ],
    ids=[
        "select",
        "ignore",
        "filing-date",
        "issuer-without-all",
        "db-without-all",
        "parse-out",
        "ingest-path",
        "shared-storage-without-scheduler",
    ],
)
def test_a_blank_or_misplaced_option_is_refused_in_one_line(
    cli: Cli, tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], line: str
) -> None:
    """Each was ignored (every rule run, no late-filing rule, the ledger options unused) or,
    being '' for '.', wrote into or ingested the current folder."""
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    seed = str(sorted(seeds_dir.glob("*.txt"))[0])
    args = [seed if a == "SEED" else str(tmp_path / "l.db") if a == "DB" else a for a in args]
    code, out, err = cli(*args)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"section16: {line}"]
    assert list(here.iterdir()) == [] and not (tmp_path / "l.db").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["search", "Scarfo", "--limit", "0"],
        ["transactions", "--limit", "-5"],
        ["transactions", "--offset", "-1"],
        ["filings", "--limit", "0"],
    ],
    ids=["search-limit", "tx-limit", "tx-offset", "filings-limit"],
)
def test_a_limit_below_one_or_a_negative_offset_is_a_usage_error(cli: Cli, seeds_ledger: str, args: list[str]) -> None:
    """A negative --limit listed every row on SQLite; --limit 0 said 'no filings in the ledger'."""
    code, out, err = cli(*args, "--db", seeds_ledger, "-f", "json")
    assert code == 2 and out == ""
    assert f"'{args[-2]}'" in err


def test_ingest_refuses_zero_workers(cli: Cli, tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "l.db"
    code, _, err = cli("ingest", str(sorted(seeds_dir.glob("*.txt"))[0]), "--workers", "0", "--db", str(db))
    assert code == 2 and "'--workers'" in err and not db.exists()


def test_export_refuses_a_table_with_the_sec_dataset(cli: Cli, seeds_ledger: str, tmp_path: Path) -> None:
    """--table was ignored with sec-dataset: every table was written, nothing said."""
    out = tmp_path / "dataset"
    code, _, err = cli("export", "-f", "sec-dataset", "--table", "filings", "--out", str(out), "--db", seeds_ledger)
    assert code == 2
    line = "section16: --table goes with --format csv, parquet or jsonl: sec-dataset writes all its tables"
    assert err.strip().splitlines() == [line]
    assert not out.exists()
