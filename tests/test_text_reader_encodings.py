"""Text as Windows tools save it: UTF-16 with a byte-order mark, and UTF-8 with one, read
like the same text in plain UTF-8 (UTF-16 used to be refused as 'binary data')."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from section16.cli import _register, app

_register()
runner = CliRunner()


def _parse(path: Path) -> dict:
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    doc["metadata"]["source_path"] = None
    return doc


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-16"),  # little-endian with BOM, Notepad's "Unicode"
        lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom"],
)
def test_bom_text_reads_like_utf8(tmp_path: Path, seeds_dir: Path, encode) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    saved = tmp_path / "form.txt"
    saved.write_bytes(encode(seed.read_text(encoding="utf-8")))
    assert _parse(saved) == _parse(seed)


def test_utf16_xml_with_its_declaration_reads_like_the_original(tmp_path: Path, xml_dir: Path) -> None:
    xml = sorted(xml_dir.glob("*.xml"))[0]
    text = xml.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0"?>')
    saved = tmp_path / "form.xml"
    saved.write_bytes(
        text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>', 1).encode("utf-16")
    )
    assert _parse(saved) == _parse(xml)


def test_a_false_utf16_mark_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "odd.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # a lone surrogate: not UTF-16
    result = runner.invoke(app, ["parse", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"section16: {bad}: starts with a UTF-16 byte-order mark but is not UTF-16 text"
    ]
