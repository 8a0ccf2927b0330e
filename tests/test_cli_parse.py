"""`section16 parse` as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lxml import etree

CLI = [sys.executable, "-m", "section16"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_one_file_prints_one_json_object(xml_dir: Path) -> None:
    path = xml_dir / "ConnorVO__springloading_insider_trades__xml_deriv_and_nonderiv.xml"
    result = run("parse", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["issuer"]["issuer_trading_symbol"] == "SILK"
    assert data["non_derivative_transactions"][1]["transaction_price_per_share"] == 41.8787
    assert data["derivative_transactions"][0]["footnote_ids"] == {
        "transaction_code": ["F1"], "exercise_date": ["F4"]
    }


def test_several_files_print_json_lines_and_out_dir_writes_files(xml_dir: Path, tmp_path: Path) -> None:
    files = [str(p) for p in sorted(xml_dir.glob("DarkMindFX*.xml"))]
    result = run("parse", *files)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(files)
    assert all(json.loads(line)["document_type"] in {"3", "4", "5"} for line in lines)
    result = run("parse", "--out", str(tmp_path), *files)
    assert result.returncode == 0
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == sorted(Path(f).stem for f in files)


def test_xml_html_and_table_formats(xml_dir: Path) -> None:
    path = str(xml_dir / "ConnorVO__springloading_insider_trades__xml_2.xml")
    xml = run("parse", "--format", "xml", path)
    assert etree.fromstring(xml.stdout.encode()).findtext("issuer/issuerTradingSymbol") == "U"
    html = run("parse", "--format", "html", path)
    assert "Table I - Non-Derivative Securities" in html.stdout
    table = run("parse", "--format", "table", path)
    assert "Unity Software Inc." in table.stdout and "131.8606" in table.stdout


def test_bad_inputs_each_get_one_line_and_exit_2_while_good_files_still_print(
    xml_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.xml"
    truncated.write_bytes((xml_dir / "ConnorVO__springloading_insider_trades__xml_1.xml").read_bytes()[:700])
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    other = tmp_path / "feed.xml"
    other.write_text('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    good = xml_dir / "ConnorVO__springloading_insider_trades__xml_1.xml"
    missing = tmp_path / "missing.xml"
    result = run("parse", str(empty), str(truncated), str(junk), str(other), str(tmp_path), str(missing), str(good))
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 6
    for line, path in zip(errors, [empty, truncated, junk, other, tmp_path, missing], strict=True):
        assert line.startswith(f"section16: {path}: ")
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["issuer"]["issuer_cik"]


def test_explain_piped_names_every_field_whole_with_its_evidence(seeds_dir: Path) -> None:
    """Piped, --explain prints one tab-separated line per field: path, value, sure?, evidence."""
    path = seeds_dir / "004_5cb21eca172bb697.txt"
    result = run("parse", "--explain", str(path))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    rows = {}
    for line in result.stderr.splitlines():
        cells = line.split("\t")
        assert len(cells) == 4, line
        rows[cells[0]] = cells[1:]
    # every uncertain field is named whole and marked so; the ones read for sure say yes
    for p in doc["extraction"]["uncertain_fields"]:
        if p in rows:
            assert rows[p][1] == "uncertain", p
    assert rows["non_derivative_transactions[0].transaction_shares"][0] == "10985"
    assert rows["issuer.issuer_trading_symbol"] == ["SONS", "yes", rows["issuer.issuer_trading_symbol"][2]]
    assert "[SONS]" in rows["issuer.issuer_trading_symbol"][2]  # the text it was read from, quoted as is


def test_explain_table_keeps_quoted_brackets_and_never_cuts_a_path(seeds_dir: Path) -> None:
    """At a narrow terminal the table folds long paths instead of cutting them, and evidence that
    quotes '[...]' from the document is shown, not taken for console markup."""
    import io

    from rich.console import Console

    from section16.cli.parse import explain
    from section16.readers import parse

    doc = parse(seeds_dir / "004_5cb21eca172bb697.txt")
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system=None)
    explain(doc, console)
    out = console.file.getvalue()
    assert "…" not in out
    assert "[ticker]" in out
    flat = "".join(ln.split("│")[1].strip() for ln in out.splitlines() if ln.count("│") >= 4)
    assert "non_derivative_transactions[0].transaction_shares" in flat


def test_partly_read_form_exits_3_and_says_why_on_stderr(seeds_dir: Path, tmp_path: Path) -> None:
    """A form cut off before Table I: its header still prints as JSON, exit 3, one line on stderr."""
    text = (seeds_dir / "004_5cb21eca172bb697.txt").read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: text.index("Tabl")], encoding="utf-8")
    result = run("parse", str(cut))
    assert result.returncode == 3
    assert json.loads(result.stdout)["issuer"]["issuer_trading_symbol"] == "SONS"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"section16: {cut}: partial:"), result.stderr
