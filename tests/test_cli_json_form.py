"""parse and check recognise section16's own JSON form by content (what `parse --out`
writes) and load it through the model; other JSON is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import Cli


def test_parse_reads_its_own_json_form_back(cli: Cli, tmp_path: Path, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    code, _, err = cli("parse", "--out", str(tmp_path / "out"), str(seed))
    assert code == 0, err
    saved = tmp_path / "out" / f"{seed.stem}.json"
    renamed = tmp_path / "reading.data"  # recognised by content, not by the name
    renamed.write_bytes(saved.read_bytes())
    for path in (saved, renamed):
        code, out, err = cli("parse", str(path))
        assert code == 0, err
        assert json.loads(out) == json.loads(saved.read_text())  # not re-read as OCR text


def test_check_reads_the_json_form(cli: Cli, tmp_path: Path, xml_dir: Path) -> None:
    xml = sorted(xml_dir.glob("*.xml"))[0]
    code, out, _ = cli("parse", str(xml))
    form = tmp_path / "form.json"
    form.write_text(out)
    code_x, out_x, _ = cli("check", str(xml), "-f", "json")
    code_j, out_j, err = cli("check", str(form), "-f", "json")
    assert code_j == code_x == 0, err
    assert json.loads(out_j)["findings"] == json.loads(out_x)["findings"]


def test_other_json_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "package.json"
    other.write_text('{"name": "left-pad", "version": "1.3.0"}\n')
    broken = tmp_path / "cut.json"
    broken.write_text('{"issuer": {"issuer_cik": "00')
    code, out, err = cli("parse", str(other), str(broken))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        f"section16: {other}: JSON, but not section16's JSON form of a Form 3/4/5",
        f"section16: {broken}: malformed JSON (Input data was truncated)",
    ]


def test_ingest_reads_a_json_form_whatever_its_name(cli: Cli, tmp_path: Path, xml_dir: Path) -> None:
    code, out, _ = cli("parse", str(sorted(xml_dir.glob("*.xml"))[0]))
    saved = tmp_path / "reading.txt"
    saved.write_text(out)
    code, out, err = cli("ingest", str(saved), "--db", str(tmp_path / "l.db"), "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 1


NOT_THE_FORM = "not section16's JSON form of a Form 3/4/5 (one JSON object per file)"


def _other_json(tmp_path: Path) -> dict[Path, str]:
    """JSON that is not the form, each with the one line it must be refused with."""
    files = {
        "rows.json": ("[1, 2]\n", f"a JSON array, {NOT_THE_FORM}"),
        "export.data": ('[{"issuer": {"issuer_cik": "1"}}]\n', f"a JSON array, {NOT_THE_FORM}"),
        "name.json": ('"Form 4"\n', f"a JSON string, {NOT_THE_FORM}"),
        "nothing.json": ("null\n", f"JSON null, {NOT_THE_FORM}"),
        "cut.json": ("[1, 2\n", "malformed JSON (Input data was truncated)"),
        "two.jsonl": (
            '{"document_type": "4"}\n{"document_type": "4"}\n',
            "JSON Lines (2 documents in one file): give each document its own file "
            "(`parse --out DIR` writes one per document)",
        ),
    }
    out = {}
    for name, (text, problem) in files.items():
        (tmp_path / name).write_text(text)
        out[tmp_path / name] = problem
    return out


def test_parse_and_check_refuse_json_that_is_not_an_object_naming_each_file(cli: Cli, tmp_path: Path) -> None:
    """A JSON array used to be read as OCR text ('no Form 3/4/5 box labels found')."""
    files = _other_json(tmp_path)
    want = [f"section16: {path}: {problem}" for path, problem in files.items()]
    for command in ("parse", "check"):
        code, out, err = cli(command, *map(str, files))
        assert code == 2, err
        assert err.strip().splitlines() == want
        assert "no Form 3/4/5 box labels" not in err


def test_ingest_refuses_json_that_is_not_an_object(cli: Cli, tmp_path: Path) -> None:
    files = _other_json(tmp_path)
    db = tmp_path / "l.db"
    code, out, err = cli("ingest", *map(str, files), "--db", str(db), "--json")
    assert code == 1
    assert json.loads(out)["stored"] == 0 and json.loads(out)["failed"] == len(files)
    failed = [line for line in err.splitlines() if str(tmp_path) in line]
    assert sorted(failed) == sorted(f"section16: {path}: {problem}" for path, problem in files.items())


def test_a_form_whose_text_opens_with_a_bracket_is_still_read_as_text(cli: Cli, tmp_path: Path) -> None:
    """'[ ] Form 3 ...' (an unticked box) is text, not JSON: only a whole JSON value is JSON."""
    box = tmp_path / "box.txt"
    box.write_text("[ ] Form 3 Holdings Reported\n[1] see footnote\n")
    code, _, err = cli("parse", str(box))
    assert code == 2
    problem = "no Form 3/4/5 box labels found (not a Section 16 ownership form)"
    assert err.strip().splitlines() == [f"section16: {box}: {problem}"]
