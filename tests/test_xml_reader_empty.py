"""An EDGAR XML document with nothing in it is said to be empty (a 'partial:' warning on
stderr, exit 3), not returned as an empty document in silence; check lists what is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from section16.cli import _register, app

_register()
runner = CliRunner()


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><ownershipDocument/>',
        '<?xml version="1.0"?><ownershipDocument><issuer/><reportingOwner/></ownershipDocument>',
    ],
    ids=["bare", "empty-elements"],
)
def test_an_empty_ownership_document_is_reported(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "empty.xml"
    path.write_text(xml)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        f"section16: {path}: partial: the document is empty "
        "(required elements missing: documentType, periodOfReport, issuer, reportingOwner)"
    ]
    assert json.loads(result.stdout)["document_type"] is None  # the JSON still prints
    checked = runner.invoke(app, ["check", str(path), "-f", "json"])
    rules = {f["rule"] for f in json.loads(checked.stdout)["findings"]}
    assert "required-field" in rules


def test_a_real_document_gets_no_such_warning(xml_dir: Path) -> None:
    result = runner.invoke(app, ["parse", *map(str, sorted(xml_dir.glob("*.xml"))[:20])])
    assert result.exit_code == 0 and "empty" not in result.stderr
