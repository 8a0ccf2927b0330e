"""Ingest: find the inputs, parse them in worker processes, store them in this one.

Inputs are files, folders (recursive), glob patterns and .zip / .tar / .tar.gz / .tgz
archives; each is read by `section16.parse` (every reader), or as the project's JSON form
when it is a ``.json`` file. Parsing runs on all cores (`ProcessPoolExecutor`); the parent
writes batches of documents, each batch one transaction, so a crash or kill loses no
committed document and leaves no half-stored one; running the ingest again completes it.
"""

from __future__ import annotations

import glob
import io
import itertools
import os
import tarfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from section16.errors import Section16Error
from section16.ledger.records import Prepared, fingerprint, prepare
from section16.model import OwnershipDocument

if TYPE_CHECKING:
    from section16.ledger.store import IngestReport, Ledger

Item = tuple[str, bytes | None]
"""(display name, bytes) for archive members; (path, None) for files read by the worker."""

_ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz")
_CHUNK = 16


def _is_archive(name: str) -> bool:
    return name.lower().endswith(_ARCHIVES)


def _archive_items(path: Path) -> Iterator[Item]:
    name = str(path)
    if name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield f"{name}!{info.filename}", zf.read(info)
    else:
        with tarfile.open(path, "r:*") as tf:
            for member in tf:
                if member.isfile():
                    fh = tf.extractfile(member)
                    if fh is not None:
                        yield f"{name}!{member.name}", fh.read()


def _file_items(path: Path, failures: list[tuple[str, str]], expand: bool = True) -> Iterator[Item]:
    if expand and _is_archive(path.name):
        try:
            yield from _archive_items(path)
        except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
            failures.append((str(path), f"cannot read archive ({exc})"))
    else:
        yield str(path), None


def discover(
    paths: list[str], failures: list[tuple[str, str]], *, expand_archives: bool = True, named: bool = True
) -> Iterator[Item]:
    """Every input named by files, folders, globs and archives, in a stable order.

    Lazy: an archive's members are read one at a time as the consumer asks for them, so a
    daily feed .tar.gz never sits in memory whole. ``expand_archives=False`` yields each
    archive as a path instead (for counting).
    """
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = False
            for sub in sorted(x for x in p.rglob("*") if x.is_file()):
                if not any(part.startswith(".") for part in sub.relative_to(p).parts):
                    found = True
                    yield from _file_items(sub, failures, expand_archives)
            if not found and named:  # a folder named that holds nothing must not look like a success
                failures.append((raw, "folder holds no files to ingest"))
        elif p.is_file():
            yield from _file_items(p, failures, expand_archives)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(os.path.expanduser(raw), recursive=True))
            if not matches:
                failures.append((raw, "no file matches this pattern"))
            for m in matches:
                mp = Path(m)
                if mp.is_file():
                    yield from _file_items(mp, failures, expand_archives)
                elif mp.is_dir():
                    yield from discover([m], failures, expand_archives=expand_archives, named=False)
        else:
            failures.append((raw, "no such file or folder"))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def parse_item(name: str, data: bytes | None) -> Prepared:
    """Read one input into a `Prepared` document (raises `Section16Error` on bad input)."""
    from section16.readers import load_source, named_json, parse, sniff

    if data is None:
        data, _ = load_source(name)
    fmt = sniff(data.lstrip()) if data.strip() else None
    if fmt == "json" or (fmt == "text" and named_json(name)):  # the same test as parse's
        from section16.readers.jsonform import read_json_form

        return prepare(read_json_form(data, name), name, "json")
    doc = parse(data, source_name=name)
    return prepare(doc, name, doc.extraction.source_format if doc.extraction else fmt)


def _reason(name: str, exc: BaseException) -> str:
    if isinstance(exc, Section16Error):
        return _one_line(exc.message)
    return _one_line(f"unexpected {type(exc).__name__}: {exc}")


def parse_chunk(items: list[Item]) -> list[tuple[str, str, Any, str | None, str | None]]:
    """Worker side: ('ok', name, json bytes, hash, format) or ('fail', name, reason, None, None)."""
    out: list[tuple[str, str, Any, str | None, str | None]] = []
    for name, data in items:
        try:
            p = parse_item(name, data)
            out.append(("ok", name, p.raw_json, p.content_hash, p.source_format))
        except Exception as exc:  # noqa: BLE001 - every bad file is reported, never fatal
            out.append(("fail", name, _reason(name, exc), None, None))
    return out


def _decode(name: str, raw: bytes, chash: str, fmt: str | None) -> Prepared:
    doc = msgspec.json.decode(raw, type=OwnershipDocument, strict=False)
    return Prepared(doc, raw, chash, name, fmt, fingerprint(doc))


def count_inputs(paths: list[str]) -> int | None:
    """How many inputs `discover` will yield, without reading archive members' bytes.

    None when a tar archive is among them: counting its members means decompressing it.
    """
    n = 0
    for name, _ in discover(paths, [], expand_archives=False):
        if not _is_archive(name):
            n += 1
        elif name.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(name) as zf:
                    n += sum(not i.is_dir() for i in zf.infolist())
            except (OSError, zipfile.BadZipFile):
                pass
        else:
            return None
    return n


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    buf: list[Item] = []
    for it in items:
        buf.append(it)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


class _Progress:
    """A Rich progress bar on stderr (count, rate, ETA), or nothing."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                if not speed and task.elapsed:
                    speed = task.completed / task.elapsed
                return Text(f"{speed:,.0f} docs/s" if speed else "- docs/s")

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.bar.add_task("ingest", total=total)
        self.bar.start()

    def advance(self, n: int) -> None:
        if self.bar is not None and n:
            self.bar.advance(self.task, n)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run_ingest(
    ledger: Ledger,
    paths: list[str],
    *,
    workers: int | None,
    progress: bool,
    batch_size: int = 400,
    executor: Executor | None = None,
) -> IngestReport:
    """Parse in `executor` (default: a process pool of `workers`) and store here.

    Any `concurrent.futures.Executor` works, so a Dask cluster (`section16.scale`) shares
    this loop; `workers` then sets the chunks in flight (4 per worker, at least two write batches).
    """
    from section16.ledger.store import IngestReport

    t0 = time.perf_counter()
    report = IngestReport()
    found = discover(paths, report.failed)
    head = list(itertools.islice(found, _CHUNK + 1))
    items = itertools.chain(head, found)  # the rest is read as chunks go out: memory stays flat
    total = len(head) if len(head) <= _CHUNK else (count_inputs(paths) if progress else None)
    workers = workers or os.cpu_count() or 1
    pending: list[Prepared] = []
    bar: _Progress | None = None

    def flush() -> None:
        if not pending:
            return
        for key, status in ledger.store_prepared(pending):
            getattr(report, status).append(key)
        if bar is not None:
            bar.advance(len(pending))
        pending.clear()

    def take(results: list[tuple[str, str, Any, str | None, str | None]]) -> None:
        for status, name, payload, chash, fmt in results:
            if status == "ok":
                assert chash is not None
                pending.append(_decode(name, payload, chash, fmt))
            else:
                report.failed.append((name, payload))
                if bar is not None:
                    bar.advance(1)
        if len(pending) >= batch_size:
            flush()

    try:
        if executor is None and (workers <= 1 or len(head) <= _CHUNK):
            bar = _Progress(progress, total)
            for chunk in _chunks(items, _CHUNK):
                take(parse_chunk(chunk))
            flush()
        else:
            chunks = _chunks(items, _CHUNK)
            with nullcontext(executor) if executor is not None else ProcessPoolExecutor(max_workers=workers) as pool:
                inflight: set[Future[Any]] = set()
                # enough queued work that the workers keep parsing while this process
                # writes a batch (4 chunks per worker at least)
                depth = max(workers * 4, 2 * batch_size // _CHUNK)
                # start the workers before any progress thread exists (fork safety)
                for chunk in chunks:
                    inflight.add(pool.submit(parse_chunk, chunk))
                    if len(inflight) >= depth:
                        break
                bar = _Progress(progress, total)
                while inflight:
                    done, inflight = wait(inflight, timeout=0.2, return_when=FIRST_COMPLETED)
                    for fut in done:
                        take(fut.result())
                    for chunk in chunks:
                        inflight.add(pool.submit(parse_chunk, chunk))
                        if len(inflight) >= depth:
                            break
                    if not done or not inflight:
                        flush()
            flush()
    finally:
        if bar is not None:
            bar.stop()
    if report.stored and ledger.engine.dialect.name == "sqlite":
        ledger.analyze()
    report.seconds = time.perf_counter() - t0
    return report


def read_archive_bytes(name: str, data: bytes) -> list[Item]:
    """Members of an in-memory archive (used by the web upload)."""
    if name.lower().endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return [(f"{name}!{i.filename}", zf.read(i)) for i in zf.infolist() if not i.is_dir()]
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
        return [(f"{name}!{m.name}", tf.extractfile(m).read()) for m in tf if m.isfile()]  # type: ignore[union-attr]
