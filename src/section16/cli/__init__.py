"""The `section16` command: a thin Typer shell over the Python API.

Each command group lives in its own module and registers itself on `app`:
``parse`` (readers and writers), ``ledger`` commands (ingest, holdings, timeline, gaps,
check, transactions, export) and ``serve`` (the web app).

Exit codes: 0 success; 1 a command ran but found failures (e.g. an ingest with failed
files, or findings at error level with ``check --strict``); 2 bad input or usage;
3 a document was only partly read (see docs/exit-codes.md).
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="section16",
    help="Read, check, ledger and write SEC Section 16 filings (Forms 3, 4 and 5).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Read, check, ledger and write SEC Section 16 filings (Forms 3, 4 and 5)."""


EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 3


def _register() -> None:
    # Imported for their side effect of adding commands to `app`.
    import importlib

    for module in ("parse", "check", "ledger", "serve"):
        try:
            importlib.import_module(f"section16.cli.{module}")
        except ModuleNotFoundError as exc:  # a command group not written yet
            if exc.name != f"section16.cli.{module}":
                raise


def main() -> None:
    _register()
    app()
