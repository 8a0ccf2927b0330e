"""Scale out: parse on the workers of a Dask cluster, store in this one process.

The ledger's ingest loop (`section16.ledger.ingest.run_ingest`) takes any
`concurrent.futures.Executor`; this module hands it one backed by a Dask distributed
client, so local cores and a cluster share one loop: chunks of inputs go out, at most
four per worker thread are in flight (memory stays flat), results are stored as they
come back, batch by batch, each batch one transaction (atomic, idempotent, failures
reported per file).

Workers rarely see this machine's disk, so by default the files are read *here* and
their bytes are shipped with the task (archive members always are). With
``shared_storage=True`` only the paths travel and each worker reads them itself, which
needs every path to exist at the same place on every worker (NFS, a shared volume).

    >>> from section16.ledger import Ledger
    >>> from section16 import scale
    >>> scale.ingest(Ledger("postgresql+psycopg://..."), ["feed/20240102.nc.tar.gz"],
    ...              scheduler="tcp://10.0.0.5:8786")

Dask is optional: ``pip install "section16[cluster]"``. See docs/scale.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from typing import TYPE_CHECKING, Any

from section16.errors import MissingDependency, Section16Error
from section16.ledger.ingest import Item, _chunks, _decode, _reason, discover, parse_chunk, parse_item, run_ingest

if TYPE_CHECKING:
    from distributed import Client

    from section16.ledger.store import IngestReport, Ledger
    from section16.model import OwnershipDocument

SCHEDULER_ENV = "SECTION16_DASK_SCHEDULER"
"""Environment variable naming the scheduler when none is passed (``tcp://host:8786``)."""

Result = tuple[str, str, Any, str | None, str | None]
"""One parsed input as `parse_chunk` returns it: ('ok', name, json, hash, format) or ('fail', name, reason, ...)."""


_MESSAGE_LOG = 8


class ClusterError(Section16Error):
    """The Dask scheduler cannot be reached or has no workers."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingDependency(
            'Dask distributed is not installed (pip install "section16[cluster]")', source="--scheduler"
        ) from None
    return distributed


def connect(scheduler: str, *, timeout: float = 10.0, wait_for_workers: float = 30.0) -> Client:
    """A client of the scheduler at `scheduler` that has at least one worker, or `ClusterError`.

    Without the worker check, tasks sent to an empty cluster would wait forever.
    """
    distributed = _distributed()
    import dask

    try:
        # Dask keeps the last `low-level-log-length` (1000) messages sent to the scheduler
        # for debugging; ours carry file bytes, so that log alone would hold ~100 MB.
        with dask.config.set({"distributed.admin.low-level-log-length": _MESSAGE_LOG}):
            client = distributed.Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler ({_first_line(exc)})", source=scheduler) from None
    try:
        client.wait_for_workers(1, timeout=wait_for_workers)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise ClusterError(
            f"no Dask worker joined the scheduler within {wait_for_workers:g}s ({_first_line(exc)})", source=scheduler
        ) from None
    return client


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.splitlines()[0].split())


def cluster_threads(client: Client) -> int:
    """Worker threads in the cluster now (the in-flight bound scales with it)."""
    return max(1, sum(client.nthreads().values()))


def _read_here(items: list[Item]) -> tuple[list[Item], list[tuple[str, str]]]:
    """Load the bytes of path items in this process; a file that cannot be read is a failure here.

    Archive members over the readers' size cap fail here too, rather than travel, and so
    do EDGAR submissions without ownership XML (most of a daily feed).
    """
    from section16 import readers

    loaded: list[Item] = []
    failed: list[tuple[str, str]] = []
    for name, data in items:
        if data is None:
            try:
                data, _ = readers.load_source(name)
            except Section16Error as exc:
                failed.append((name, _reason(name, exc)))
                continue
        elif len(data) > readers.MAX_INPUT_BYTES:
            failed.append((name, f"file is {len(data):,} bytes, over the {readers.MAX_INPUT_BYTES:,}-byte limit"))
            continue
        if _other_submission(data):
            try:  # fails here at once, with the reader's own message; a daily feed is mostly these
                parse_item(name, data)
            except Exception as exc:  # noqa: BLE001 - reported per file, as on a worker
                failed.append((name, _reason(name, exc)))
                continue
        loaded.append((name, data))
    return loaded, failed


def _other_submission(data: bytes) -> bool:
    """An EDGAR submission with no ownership XML in it (a 10-K, an 8-K...): not worth shipping."""
    from section16.readers import sniff

    return b"ownershipDocument" not in data and sniff(data.lstrip()) == "submission"


def run_shipped(
    fn: Callable[[list[Item]], list[Result]], items: list[Item], failed: list[tuple[str, str]]
) -> list[Result]:
    """Worker side: parse the shipped items and add the files the client could not read."""
    out = fn(items) if items else []
    out.extend(("fail", name, reason, None, None) for name, reason in failed)
    return out


class ClusterExecutor(Executor):
    """Runs ``fn(items)`` chunks on a Dask cluster, the way `run_ingest` submits them.

    Reads files here and ships bytes unless `shared_storage`; a chunk lost with its worker
    (killed, out of memory) comes back as one failure per file rather than ending the run.
    """

    def __init__(self, client: Client, *, shared_storage: bool = False) -> None:
        self._client = client
        self._inner = client.get_executor(pure=False)
        self._shared_storage = shared_storage

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        (items,) = args
        if self._shared_storage:
            loaded, failed = list(items), []
        else:
            loaded, failed = _read_here(items)
        inner = self._inner.submit(run_shipped, fn, loaded, failed)
        names = [name for name, _ in items]  # the callback keeps names only, never the bytes
        outer: Future[Any] = Future()

        def relay(f: Future[Any]) -> None:
            if f.cancelled():
                outer.cancel()
                return
            exc = f.exception()
            if exc is None:
                outer.set_result(f.result())
            else:
                why = f"lost on the cluster ({type(exc).__name__}: {_first_line(exc)})"
                outer.set_result([("fail", name, why, None, None) for name in names])

        inner.add_done_callback(relay)
        return outer

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Leaves the client open: whoever made it closes it."""
        self._inner.shutdown(wait=wait)


def ingest(
    ledger: Ledger,
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    scheduler: str | Client | None = None,
    shared_storage: bool = False,
    progress: bool = False,
    batch_size: int = 400,
) -> IngestReport:
    """`Ledger.ingest` with the parsing done on a Dask cluster (address, `Client`, or $SECTION16_DASK_SCHEDULER).

    The documents are stored by this process through the same code path as a local ingest.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    target = scheduler or os.environ.get(SCHEDULER_ENV)
    if not target:
        raise ClusterError(f"no Dask scheduler given (pass one, or set {SCHEDULER_ENV})")
    if isinstance(target, str):
        client, owned = connect(target), True
    else:
        client, owned = target, False
    try:
        executor = ClusterExecutor(client, shared_storage=shared_storage)
        return run_ingest(
            ledger,
            [os.fspath(p) for p in paths],
            workers=cluster_threads(client),
            progress=progress,
            batch_size=batch_size,
            executor=executor,
        )
    finally:
        if owned:
            client.close()


def parse_all(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    executor: Executor,
    *,
    in_flight: int = 8,
    failures: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[str, OwnershipDocument | None, str | None]]:
    """Parse every input in `executor` (a process pool, a `ClusterExecutor`), yielding as chunks finish.

    Yields ``(name, document, None)`` or ``(name, None, reason)``; inputs that name nothing
    (a missing path, a pattern with no match) go to `failures` when given. At most
    `in_flight` chunks are out at once, so a whole archive never sits in memory.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    missing = failures if failures is not None else []
    chunks = _chunks(discover([os.fspath(p) for p in paths], missing), 16)
    inflight: set[Future[Any]] = set()

    def top_up() -> None:
        for chunk in chunks:
            inflight.add(executor.submit(parse_chunk, chunk))
            if len(inflight) >= in_flight:
                break

    top_up()
    while inflight:
        done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
        for fut in done:
            for status, name, payload, chash, fmt in fut.result():
                if status == "ok":
                    assert chash is not None
                    yield name, _decode(name, payload, chash, fmt).doc, None
                else:
                    yield name, None, payload
        top_up()
