"""parse --out and -o as a user gets them wrong: two inputs of one stem, a file where a
folder belongs. One line on stderr, nothing overwritten."""

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


def test_parse_out_keeps_two_inputs_of_one_stem_apart(tmp_path: Path, seeds_dir: Path) -> None:
    one, two = sorted(seeds_dir.glob("*.txt"))[:2]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(one.read_bytes())
    (tmp_path / "b" / "x.txt").write_bytes(two.read_bytes())
    out = tmp_path / "out"
    code, _, err = run("parse", "--out", str(out), str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"))
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["x-2.json", "x.json"]
    a, b = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    assert err.strip().splitlines() == [f"section16: {b}: written as {out / 'x-2.json'} (x.json holds {a})"]
    assert json.loads((out / "x.json").read_text())["metadata"]["source_path"] == str(a)
    assert json.loads((out / "x-2.json").read_text())["metadata"]["source_path"] == str(b)


def test_parse_out_onto_a_file_is_one_line(tmp_path: Path, seeds_dir: Path) -> None:
    target = tmp_path / "results"
    target.write_text("keep me\n")
    code, out, err = run("parse", "-o", str(target), str(sorted(seeds_dir.glob("*.txt"))[0]))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        f"section16: {target}: cannot write output there (File exists; --out takes a folder)"
    ]
    assert target.read_text() == "keep me\n"
