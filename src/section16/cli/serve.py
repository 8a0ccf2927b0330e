"""``section16 serve``: the web app and JSON API on Uvicorn."""

from __future__ import annotations

import ipaddress
import os

import typer

from section16.cli import EXIT_BAD_INPUT, app


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_ledger(db: str | None, *, create: bool) -> None:
    """Open the ledger once before binding, so a bad --db fails here in one line, not at the
    first request. Read-only (no token), a missing database is refused: nothing could fill it."""
    from section16.errors import Section16Error
    from section16.ledger import Ledger

    try:
        Ledger(db, create=create).close()
    except Section16Error as exc:
        typer.echo(f"section16: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def serve(
    db: str | None = typer.Option(
        None,
        "--db",
        help="Ledger database URL or SQLite path (default: $SECTION16_DATABASE_URL or ./section16.db).",
    ),
    host: str = typer.Option("127.0.0.1", help="Address to bind; only this machine can connect by default."),
    port: int = typer.Option(8016, min=1, max=65535, help="TCP port."),
    token: str | None = typer.Option(
        None,
        "--token",
        envvar="SECTION16_TOKEN",
        show_envvar=True,
        help="Token that writes (uploads, corrections) must present; without one the server is read-only.",
    ),
    max_upload_mb: float = typer.Option(10.0, "--max-upload-mb", min=0.01, help="Largest upload accepted, in MB."),
    cache_mb: float = typer.Option(
        64.0,
        "--cache-mb",
        min=0.0,
        help="Memory per worker for API answers kept until the ledger changes (0: no cache).",
    ),
    workers: int = typer.Option(1, min=1, max=64, help="Worker processes (use the cores; SQLite or PostgreSQL)."),
    log_level: str = typer.Option("info", help="Uvicorn log level."),
) -> None:
    """Serve the ledger as a web app (search, issuer, owner, filing, upload pages) and a JSON API."""
    import uvicorn

    from section16.web import create_app

    if not _is_loopback(host) and not token:
        typer.echo(
            f"section16: warning: binding {host} without a token: readable from the network, writes disabled",
            err=True,
        )
    if db and "://" not in db and not os.path.exists(os.path.dirname(os.path.abspath(db))):
        typer.echo(f"section16: {db}: the directory for this database does not exist", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    _check_ledger(db, create=bool(token))
    max_bytes = int(max_upload_mb * 1024 * 1024)
    typer.echo(
        f"section16 web app on http://{host}:{port}/  (API docs at /api/docs; writes "
        f"{'need the token' if token else 'disabled'})",
        err=True,
    )
    if workers == 1:
        uvicorn.run(
            create_app(db, token, max_upload_bytes=max_bytes, cache_mb=cache_mb),
            host=host,
            port=port,
            log_level=log_level,
        )
        return
    # Each worker process builds its own app (and database pool) from the environment.
    if db:
        os.environ["SECTION16_DATABASE_URL"] = db
    os.environ["SECTION16_TOKEN"] = token or ""
    os.environ["SECTION16_MAX_UPLOAD_BYTES"] = str(max_bytes)
    os.environ["SECTION16_CACHE_MB"] = str(cache_mb)
    uvicorn.run(
        "section16.web.app:create_app", factory=True, host=host, port=port, workers=workers, log_level=log_level
    )
