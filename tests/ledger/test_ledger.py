"""The ledger's Python API on real filings, run against SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from section16 import parse
from section16.ledger import Ledger, LedgerError
from section16.model import FilingMetadata, OwnershipDocument

from .conftest import make_variants


def _seed_docs(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


# -- schema -----------------------------------------------------------------------------
def test_fresh_database_is_built_by_the_migration_and_matches_the_model(ledger: Ledger) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    import section16.migrations as migrations
    from section16.ledger.schema import metadata

    with ledger.engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        head = ScriptDirectory(str(Path(migrations.__file__).parent)).get_current_head()
        assert ctx.get_current_revision() == head
        diffs = compare_metadata(ctx, metadata)
    assert diffs == []
    # opening again is a no-op that keeps the data
    ledger.add_document(OwnershipDocument.from_dict({"document_type": "4", "issuer": {"issuer_cik": "1"}}))
    again = Ledger(ledger.url)
    assert again.counts()["filings"] == 1
    again.close()


# -- ingest -----------------------------------------------------------------------------
def test_ingest_real_xml_round_trips_every_document(ledger: Ledger, xml_dir: Path) -> None:
    files = sorted(xml_dir.glob("*.xml"))[:60]
    report = ledger.ingest(files, workers=2)
    assert report.failed == []
    assert len(report.stored) + len(report.unchanged) == len(files)
    by_path = {f["source_path"]: f["filing_key"] for f in ledger.filings(limit=1000)}
    for path in files:
        if str(path) not in by_path:  # a byte-identical duplicate of an earlier file
            continue
        stored = ledger.get_document(by_path[str(path)])
        assert stored.to_dict() == parse(path).to_dict()


def test_reingest_is_a_no_op(ledger: Ledger, xml_dir: Path) -> None:
    files = sorted(xml_dir.glob("*.xml"))[:30]
    first = ledger.ingest(files, workers=1)
    before = ledger.counts()
    second = ledger.ingest(files, workers=2)
    assert second.stored == [] and second.failed == []
    assert sorted(second.unchanged) == sorted(set(first.stored) | set(first.unchanged))
    assert ledger.counts() == before


def test_bad_files_are_reported_and_skipped(ledger: Ledger, xml_dir: Path, tmp_path: Path) -> None:
    good = sorted(xml_dir.glob("*.xml"))[0]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.xml").write_bytes(good.read_bytes())
    (folder / "empty.xml").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "other.xml").write_text("<?xml version='1.0'?><invoice><total>3</total></invoice>")
    report = ledger.ingest([folder, tmp_path / "missing.xml"], workers=1)
    assert len(report.stored) == 1
    failed = dict(report.failed)
    assert set(failed) == {
        str(folder / "empty.xml"),
        str(folder / "junk.bin"),
        str(folder / "other.xml"),
        str(tmp_path / "missing.xml"),
    }
    for reason in failed.values():
        assert reason and "\n" not in reason
    assert "empty" in failed[str(folder / "empty.xml")]


def test_ingest_reads_zip_and_tar_gz_archives_and_globs(ledger: Ledger, xml_dir: Path, tmp_path: Path) -> None:
    files = sorted(xml_dir.glob("*.xml"))[:6]
    zpath = tmp_path / "a.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for f in files[:3]:
            zf.write(f, f"inner/{f.name}")
    tpath = tmp_path / "b.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        for f in files[3:]:
            data = f.read_bytes()
            info = tarfile.TarInfo(f.name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    report = ledger.ingest([zpath, str(tmp_path / "*.tar.gz")], workers=1)
    assert report.failed == []
    paths = {f["source_path"] for f in ledger.filings()}
    assert f"{zpath}!inner/{files[0].name}" in paths
    assert f"{tpath}!{files[3].name}" in paths
    assert len(report.stored) + len(report.unchanged) == 6


# -- the seeds: positions and gaps --------------------------------------------------------
@pytest.fixture
def seeded(ledger: Ledger, seeds_dir: Path) -> Ledger:
    report = ledger.ingest(_seed_docs(seeds_dir), workers=1)
    assert report.failed == [] and len(report.stored) == 5
    return ledger


def test_seed_gaps_show_scarfo_and_dillon(seeded: Ledger) -> None:
    gaps = seeded.gaps()
    scarfo = [g for g in gaps if g["owner"] == "Scarfo Anthony"]
    assert len(scarfo) == 1
    g = scarfo[0]
    # after the 2013-02-15 filing 353,998; the 2013-08-15 sale of 10,985 should leave
    # 343,013 but the filing reports 338,457
    assert (g["previous_date"], g["previous_position"]) == ("2013-02-15", 353998)
    assert (g["change"], g["expected"], g["reported"], g["gap"]) == (-10985, 343013, 338457, -4556)
    assert g["next_date"] == "2013-08-15" and g["security_title"] == "Common Stock"
    assert g["previous_filing"] != g["next_filing"]
    dillon = [g for g in gaps if g["owner"] == "Dillon Matthew S."]
    assert [(g["previous_date"], g["next_date"]) for g in dillon] == [
        ("2011-02-15", "2012-03-15"),
        ("2012-03-15", "2013-02-15"),
    ]
    # the two filings of each gap are real stored filings
    for g in dillon:
        for key in (g["previous_filing"], g["next_filing"]):
            assert seeded.get_document(key).reporting_owners[0].rpt_owner_name == "Dillon Matthew S."


def test_holdings_as_of_dates(seeded: Ledger) -> None:
    latest = seeded.holdings("Anthony Scarfo")
    assert [(h["security_title"], h["ownership"], h["shares"]) for h in latest] == [("Common Stock", "D", 338457)]
    mid = seeded.holdings("Scarfo Anthony", issuer="SONS", as_of="2013-06-30")
    assert mid[0]["shares"] == 353998 and mid[0]["date"] == "2013-02-15"
    assert seeded.holdings("Scarfo", as_of=date(2012, 1, 1)) == []
    dillon = {h["security_title"]: h for h in seeded.holdings("Matthew S. Dillon", as_of="2012-12-31")}
    assert dillon["Common Stock"]["shares"] == 176620
    assert dillon["Stock Option (Right to Buy)"]["derivative"] is True


def test_timeline_is_in_date_order_with_running_positions_and_gaps(seeded: Ledger) -> None:
    rows = [r for r in seeded.timeline("Dillon Matthew S.") if r["security_title"] == "Common Stock"]
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert [r["position"] for r in rows] == [71627, 176620, 218275, 202706]
    assert rows[1]["running"] == 71627 + 52083 and rows[1]["gap"] == 176620 - (71627 + 52083)
    assert rows[-1]["gap"] == 202706 - (176620 + 66177 - 15569)
    frame = seeded.timeline("Dillon Matthew S.", as_frame=True)
    assert len(frame) == len(seeded.timeline("Dillon Matthew S."))


def test_transactions_filters(seeded: Ledger) -> None:
    all_tx = seeded.transactions(limit=1000)
    assert len(all_tx) == 9  # every Table I and II transaction row of the five seeds
    f_only = seeded.transactions(code="F")
    assert {t["transaction_code"] for t in f_only} == {"F"} and len(f_only) == 4
    big = seeded.transactions(code="F", min_value=40_000)
    assert all(t["transaction_value"] >= 40_000 for t in big)
    assert {round(t["transaction_shares"]) for t in big} == {15569, 17326}
    in_2013 = seeded.transactions(owner="Scarfo", start="2013-03-01", end="2013-12-31")
    assert [(t["transaction_date"], t["transaction_shares"]) for t in in_2013] == [("2013-08-15", 10985)]
    assert seeded.transactions(owner="Nobody Here") == []
    with pytest.raises(LedgerError):
        seeded.transactions(start="15/02/2013")


def test_search_issuer_owner_filings(seeded: Ledger) -> None:
    hits = seeded.search("sonus")
    assert {"kind": "issuer", "cik": None, "name": "SONUS NETWORKS INC", "ticker": "SONS"} in hits
    assert any(h["kind"] == "owner" and h["name"] == "Scarfo Anthony" for h in seeded.search("anthony scarfo"))
    assert seeded.issuer("sons")["filings"] == 5
    owner = seeded.owner("Matthew S. Dillon")
    assert owner["name"] == "Dillon Matthew S." and owner["filings"] == 3
    assert len(seeded.filings(owner="Dillon")) == 3
    assert seeded.owner("Nobody Here") is None
    assert len(list(seeded.iter_documents(owner="Scarfo"))) == 2


# -- identity rules -----------------------------------------------------------------------
def _doc(owner: dict, issuer: dict, shares: int, when: str) -> OwnershipDocument:
    return OwnershipDocument.from_dict(
        {
            "document_type": "4",
            "period_of_report": when,
            "issuer": issuer,
            "reporting_owners": [owner],
            "non_derivative_holdings": [
                {
                    "security_title": "Common Stock",
                    "shares_owned_following_transaction": shares,
                    "direct_or_indirect_ownership": "D",
                }
            ],
        }
    )


def test_owner_matching_rule(ledger: Ledger) -> None:
    acme = {"issuer_cik": "0000000111", "issuer_name": "Acme Corp", "issuer_trading_symbol": "ACME"}
    other = {"issuer_cik": "222", "issuer_name": "Other Inc", "issuer_trading_symbol": "OTH"}
    ledger.add_document(_doc({"rpt_owner_name": "Smith John A."}, acme, 10, "2020-01-02"))
    ledger.add_document(_doc({"rpt_owner_name": "John A. Smith"}, acme, 11, "2020-02-03"))
    ledger.add_document(_doc({"rpt_owner_name": "JOHN A SMITH", "rpt_owner_cik": "999"}, acme, 12, "2020-03-04"))
    ledger.add_document(
        _doc({"rpt_owner_name": "Smith, John A.", "rpt_owner_cik": "0000000999"}, other, 5, "2020-03-04")
    )
    ledger.add_document(_doc({"rpt_owner_name": "John A. Smith"}, other, 6, "2020-04-05"))
    ledger.add_document(_doc({"rpt_owner_name": "Jane Smith"}, acme, 7, "2020-04-05"))
    owners = ledger.search("smith", limit=50)
    names = sorted(((o["cik"] or ""), o["name"]) for o in owners if o["kind"] == "owner")
    # one owner by CIK 999 (all of John A. Smith's filings, both issuers) and Jane
    assert names == [("", "Jane Smith"), ("0000000999", "JOHN A SMITH")]
    john = ledger.owner("999")
    assert john["filings"] == 5
    assert ledger.holdings("999", issuer="ACME")[0]["shares"] == 12
    assert ledger.holdings("999", issuer="OTH")[0]["shares"] == 6


def test_name_only_owners_stay_apart_across_issuers(ledger: Ledger) -> None:
    a = {"issuer_name": "Alpha Inc", "issuer_trading_symbol": "ALP"}
    b = {"issuer_name": "Beta Inc", "issuer_trading_symbol": "BET"}
    ledger.add_document(_doc({"rpt_owner_name": "Lee Chris"}, a, 1, "2021-01-01"))
    ledger.add_document(_doc({"rpt_owner_name": "Chris Lee"}, b, 2, "2021-01-01"))
    with ledger.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM owners").scalar() == 2


# -- amendments ---------------------------------------------------------------------------
@pytest.mark.parametrize("amendment_first", [False, True])
def test_amendment_supersedes_the_original(ledger: Ledger, spec_samples_dir: Path, amendment_first: bool) -> None:
    orig = spec_samples_dir / "joeychilson__edgar_client__doc4.xml"
    amend = spec_samples_dir / "joeychilson__edgar_client__doc4a.xml"
    order = [amend, orig] if amendment_first else [orig, amend]
    for p in order:
        assert ledger.ingest([p], workers=1).failed == []
    rows = {f["document_type"]: f for f in ledger.filings()}
    assert rows["4"]["superseded_by"] == rows["4/A"]["filing_key"]
    assert rows["4/A"]["amends"] == rows["4"]["filing_key"]
    assert rows["4/A"]["superseded_by"] is None
    # both stay stored; positions come from the amendment only
    assert ledger.counts()["filings"] == 2
    keys = {h["filing_key"] for h in ledger.holdings("343434")}
    assert keys == {rows["4/A"]["filing_key"]}


# -- corrections --------------------------------------------------------------------------
def test_correction_keeps_the_original_and_moves_the_gap(seeded: Ledger) -> None:
    gap = next(g for g in seeded.gaps() if g["owner"] == "Scarfo Anthony")
    key = gap["next_filing"]
    path = "non_derivative_transactions[0].transaction_shares"
    seeded.record_correction(key, path, 15541, author="reviewer")
    assert seeded.get_document(key).non_derivative_transactions[0].transaction_shares == 15541
    assert seeded.get_document(key, corrected=False).non_derivative_transactions[0].transaction_shares == 10985
    assert not [g for g in seeded.gaps() if g["owner"] == "Scarfo Anthony"]  # 353998 - 15541 == 338457
    [c] = seeded.corrections(key)
    assert (c["path"], c["original_value"], c["new_value"], c["author"]) == (path, 10985, 15541, "reviewer")
    with pytest.raises(LedgerError, match="no field"):
        seeded.record_correction(key, "non_derivative_transactions[5].transaction_shares", 1)
    with pytest.raises(LedgerError, match="cannot be"):
        seeded.record_correction(key, "period_of_report", "not a date")
    with pytest.raises(LedgerError, match="no filing"):
        seeded.record_correction("sha256:nope", path, 1)


# -- exports ------------------------------------------------------------------------------
def test_exports(seeded: Ledger, tmp_path: Path) -> None:
    import pandas as pd

    from section16.ledger.export import export_sec_dataset, export_table

    n = seeded.counts()["entries"]
    assert export_table(seeded, "entries", "csv", tmp_path / "e.csv") == n
    assert len(pd.read_csv(tmp_path / "e.csv")) == n
    assert export_table(seeded, "entries", "parquet", tmp_path / "e.parquet") == n
    assert len(pd.read_parquet(tmp_path / "e.parquet")) == n
    assert export_table(seeded, "filings", "jsonl", tmp_path / "f.jsonl") == 5
    lines = (tmp_path / "f.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["filing_key"]
    with pytest.raises(LedgerError):
        export_table(seeded, "nope", "csv", tmp_path / "x.csv")

    counts = export_sec_dataset(seeded, tmp_path / "sec")
    assert counts["SUBMISSION.tsv"] == 5 and counts["NONDERIV_TRANS.tsv"] == 8 and counts["DERIV_TRANS.tsv"] == 1
    tx = pd.read_csv(tmp_path / "sec" / "NONDERIV_TRANS.tsv", sep="\t", dtype=str)
    for col in (
        "ACCESSION_NUMBER",
        "TRANS_DATE",
        "TRANS_CODE",
        "TRANS_SHARES",
        "TRANS_PRICEPERSHARE",
        "TRANS_ACQUIRED_DISP_CD",
        "SHRS_OWND_FOLWNG_TRANS",
        "DIRECT_INDIRECT_OWNERSHIP",
    ):
        assert col in tx.columns
    sale = tx[tx.TRANS_SHARES == "10985"].iloc[0]
    assert (sale.TRANS_DATE, sale.TRANS_CODE, sale.SHRS_OWND_FOLWNG_TRANS) == ("15-AUG-2013", "F", "338457")
    sub = pd.read_csv(tmp_path / "sec" / "SUBMISSION.tsv", sep="\t", dtype=str)
    assert set(sub.ISSUERTRADINGSYMBOL) == {"SONS"} and "15-FEB-2013" in set(sub.PERIOD_OF_REPORT)
    owners = pd.read_csv(tmp_path / "sec" / "REPORTINGOWNER.tsv", sep="\t", dtype=str)
    dillon = owners[owners.RPTOWNERNAME == "Dillon Matthew S."]
    assert len(dillon) == 3 and set(dillon.RPTOWNER_RELATIONSHIP) == {"Officer"}


def test_default_url_and_plain_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from section16.ledger import resolve_url

    monkeypatch.delenv("SECTION16_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'section16.db'}"
    assert resolve_url("x/l.db") == f"sqlite:///{tmp_path / 'x' / 'l.db'}"
    monkeypatch.setenv("SECTION16_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    led = Ledger(tmp_path / "plain.db")
    assert (tmp_path / "plain.db").exists()
    with led.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert isinstance(led.engine, sa.Engine)
    led.close()


def test_iter_documents_pages_through_everything_with_corrections(ledger: Ledger) -> None:
    from section16.ledger.records import prepare

    docs = [
        _doc({"rpt_owner_name": f"Owner {i % 7}"}, {"issuer_cik": str(100 + i % 3)}, i, "2022-01-03")
        for i in range(1205)
    ]
    results = ledger.store_prepared([prepare(d) for d in docs])
    assert [status for _, status in results] == ["stored"] * 1205
    key = results[1000][0]
    ledger.record_correction(key, "non_derivative_holdings[0].shares_owned_following_transaction", 7)
    seen = dict(ledger.iter_documents())
    assert set(seen) == {k for k, _ in results}
    assert seen[key].non_derivative_holdings[0].shares_owned_following_transaction == 7
    assert len(list(ledger.iter_documents(issuer="101"))) == len(range(1, 1205, 3))


def test_same_accession_with_new_content_is_updated_in_place(ledger: Ledger, tmp_path: Path) -> None:
    acme = {"issuer_cik": "111", "issuer_trading_symbol": "ACME"}
    first = _doc({"rpt_owner_name": "Roe Rita", "rpt_owner_cik": "5"}, acme, 100, "2023-05-01")
    first.metadata = FilingMetadata(accession_number="000000000523000001")
    key, status = ledger.add_document(first)
    assert (key, status) == ("0000000005-23-000001", "stored")
    ledger.record_correction(key, "remarks", "checked by hand")
    second = OwnershipDocument.from_dict(first.to_dict())
    second.non_derivative_holdings[0].shares_owned_following_transaction = 250
    assert ledger.add_document(second) == (key, "updated")
    assert ledger.add_document(second) == (key, "unchanged")
    assert ledger.counts()["filings"] == 1 and ledger.counts()["entries"] == 1
    assert ledger.holdings("5")[0]["shares"] == 250
    assert ledger.get_document(key).remarks == "checked by hand"  # the correction survives

    path = tmp_path / "doc.json"
    path.write_text(second.to_json())
    report = ledger.ingest([path], workers=1)
    assert report.unchanged == [key] and report.failed == []


def test_an_older_database_is_upgraded_on_open(ledger_url: str, xml_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    import section16.migrations as migrations

    engine = sa.create_engine(ledger_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.connect() as conn:
        assert "ix_filings_period" not in {ix["name"] for ix in sa.inspect(conn).get_indexes("filings")}
    engine.dispose()
    with Ledger(ledger_url) as led:  # opening runs the newer migrations
        with led.engine.connect() as conn:
            names = {ix["name"] for ix in sa.inspect(conn).get_indexes("filings")}
        assert {"ix_filings_period", "ix_filings_type_issuer"} <= names
        assert led.ingest(sorted(xml_dir.glob("*.xml"))[:3], workers=1).failed == []


def test_ticker_only_issuer_is_merged_when_its_cik_appears(seeded: Ledger) -> None:
    sonus = {"issuer_cik": "0001105472", "issuer_name": "SONUS NETWORKS INC", "issuer_trading_symbol": "SONS"}
    later = _doc({"rpt_owner_name": "Anthony Scarfo"}, sonus, 338457, "2014-01-02")
    ledger = seeded
    ledger.add_document(later)
    assert ledger.counts()["issuers"] == 1
    assert ledger.issuer("1105472") == {
        "cik": "0001105472",
        "name": "SONUS NETWORKS INC",
        "ticker": "SONS",
        "filings": 6,
    }
    # the name-only owner moved with the issuer: one Scarfo, three filings, no new gap
    assert ledger.owner("Scarfo")["filings"] == 3
    assert [g["gap"] for g in ledger.gaps(owner="Scarfo")] == [-4556]


def test_a_second_amendment_supersedes_the_first(ledger: Ledger, spec_samples_dir: Path, tmp_path: Path) -> None:
    amend = (spec_samples_dir / "joeychilson__edgar_client__doc4a.xml").read_text()
    second = tmp_path / "doc4a-again.xml"
    second.write_text(amend.replace("</ownershipDocument>", "<remarks>second amendment</remarks></ownershipDocument>"))
    files = [
        spec_samples_dir / "joeychilson__edgar_client__doc4.xml",
        spec_samples_dir / "joeychilson__edgar_client__doc4a.xml",
        second,
    ]
    for p in files:
        assert ledger.ingest([p], workers=1).failed == []
    by_path = {Path(f["source_path"]).name: f for f in ledger.filings()}
    orig, first, last = (by_path[p.name] for p in files)
    assert orig["superseded_by"] == first["filing_key"] and first["amends"] == orig["filing_key"]
    assert first["superseded_by"] == last["filing_key"] and last["amends"] == first["filing_key"]
    assert last["superseded_by"] is None
    assert {h["filing_key"] for h in ledger.holdings("343434")} == {last["filing_key"]}


def _xml_and_reading(xml_dir: Path) -> tuple[Path, str]:
    """A real Form 4 whose rendering (our HTML form) reads back as the same filing, with a
    net change in its holdings, so counting it twice would show as a gap."""
    from section16.ledger.records import fingerprint

    for path in sorted(xml_dir.glob("*.xml")):
        doc = parse(path)
        net = sum(
            (t.transaction_shares or 0) * (1 if t.transaction_acquired_disposed_code == "A" else -1)
            for t in doc.non_derivative_transactions
        )
        if doc.document_type != "4" or not net or len(doc.reporting_owners) != 1:
            continue
        html = doc.to_html()
        if fingerprint(parse(html.encode())) == fingerprint(doc) is not None:
            return path, html
    raise AssertionError("no Form 4 in the corpus reads back from its rendering as the same filing")


@pytest.mark.parametrize("xml_first", [True, False], ids=["xml-first", "reading-first"])
def test_one_filing_in_two_shapes_counts_once(ledger: Ledger, xml_dir: Path, tmp_path: Path, xml_first: bool) -> None:
    xml_path, html = _xml_and_reading(xml_dir)
    rendered = tmp_path / "rendered.html"
    rendered.write_text(html, encoding="utf-8")
    first, second = (xml_path, rendered) if xml_first else (rendered, xml_path)
    assert ledger.ingest([first], workers=1).stored
    assert ledger.ingest([second], workers=1).stored  # both shapes are kept...
    listing = {row["source_path"]: row for row in ledger.filings()}
    xml_row, html_row = listing[str(xml_path)], listing[str(rendered)]
    # ...but the EDGAR XML counts, whichever came first; the reading points at it.
    assert xml_row["duplicate_of"] is None and xml_row["superseded_by"] is None
    assert html_row["duplicate_of"] == xml_row["filing_key"] == html_row["superseded_by"]
    doc = parse(xml_path)
    owner = doc.reporting_owners[0].rpt_owner_cik or doc.reporting_owners[0].rpt_owner_name
    timeline = ledger.timeline(owner)
    assert {row["filing_key"] for row in timeline} == {xml_row["filing_key"]}
    assert len(timeline) == len(doc.rows())
    assert ledger.gaps(owner=owner) == []  # counted twice, its net change would show as a gap
    from section16.ledger.export import export_sec_dataset

    assert export_sec_dataset(ledger, tmp_path / "sec")["SUBMISSION.tsv"] == 1  # one filing, as EDGAR has it


def test_two_edgar_documents_are_never_taken_for_one(ledger: Ledger, xml_dir: Path, tmp_path: Path) -> None:
    xml_path, _ = _xml_and_reading(xml_dir)
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / xml_path.name).write_bytes(xml_path.read_bytes())
    copies = make_variants(tmp_path / "one", tmp_path / "v", range(2), label="other remark")
    ledger.ingest(copies, workers=1)
    rows = ledger.filings()
    assert len(rows) == 2 and all(r["duplicate_of"] is None and r["superseded_by"] is None for r in rows)


def test_ingest_leaves_planner_statistics_on_sqlite(tmp_path: Path, xml_dir: Path) -> None:
    """ANALYZE after an ingest must be committed (a rolled-back one left SQLite planning blind)."""
    with Ledger(tmp_path / "stats.db") as led:
        led.ingest([xml_dir], workers=1)
        with led.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar_one() > 0


def test_two_accession_numbers_are_never_one_filing(ledger: Ledger, xml_dir: Path) -> None:
    """A reading that names another accession number than the EDGAR filing with its fingerprint
    is another filing; one that names none is taken for it."""
    import msgspec

    xml_path, html = _xml_and_reading(xml_dir)
    edgar = msgspec.structs.replace(parse(xml_path), metadata=FilingMetadata(accession_number="0000000001-21-000001"))
    reading = parse(html.encode())
    other = msgspec.structs.replace(reading, metadata=FilingMetadata(accession_number="0000000001-21-000002"))
    edgar_key, _ = ledger.add_document(edgar, source_format="submission")
    other_key, _ = ledger.add_document(other, source_format="text")
    plain_key, _ = ledger.add_document(reading, source_format="text")
    rows = {r["filing_key"]: r for r in ledger.filings()}
    assert rows[other_key]["duplicate_of"] is None and rows[other_key]["superseded_by"] is None
    assert rows[plain_key]["duplicate_of"] == edgar_key
