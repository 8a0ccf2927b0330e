"""parse and check recognise section16's own JSON form by content (what `parse --out`
writes) and load it through the model; other JSON is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from section16.cli import _register, app

_register()
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parse_reads_its_own_json_form_back(tmp_path: Path, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    code, _, err = run("parse", "--out", str(tmp_path / "out"), str(seed))
    assert code == 0, err
    saved = tmp_path / "out" / f"{seed.stem}.json"
    renamed = tmp_path / "reading.data"  # recognised by content, not by the name
    renamed.write_bytes(saved.read_bytes())
    for path in (saved, renamed):
        code, out, err = run("parse", str(path))
        assert code == 0, err
        assert json.loads(out) == json.loads(saved.read_text())  # not re-read as OCR text


def test_check_reads_the_json_form(tmp_path: Path, xml_dir: Path) -> None:
    xml = sorted(xml_dir.glob("*.xml"))[0]
    code, out, _ = run("parse", str(xml))
    form = tmp_path / "form.json"
    form.write_text(out)
    code_x, out_x, _ = run("check", str(xml), "-f", "json")
    code_j, out_j, err = run("check", str(form), "-f", "json")
    assert code_j == code_x == 0, err
    assert json.loads(out_j)["findings"] == json.loads(out_x)["findings"]


def test_other_json_is_refused_in_one_line(tmp_path: Path) -> None:
    other = tmp_path / "package.json"
    other.write_text('{"name": "left-pad", "version": "1.3.0"}\n')
    broken = tmp_path / "cut.json"
    broken.write_text('{"issuer": {"issuer_cik": "00')
    code, out, err = run("parse", str(other), str(broken))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        f"section16: {other}: JSON, but not section16's JSON form of a Form 3/4/5",
        f"section16: {broken}: malformed JSON (Input data was truncated)",
    ]


def test_ingest_reads_a_json_form_whatever_its_name(tmp_path: Path, xml_dir: Path) -> None:
    code, out, _ = run("parse", str(sorted(xml_dir.glob("*.xml"))[0]))
    saved = tmp_path / "reading.txt"
    saved.write_text(out)
    code, out, err = run("ingest", str(saved), "--db", str(tmp_path / "l.db"), "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 1
