"""``section16 check``: run the form's rules over documents (or the whole ledger) and explain them."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import msgspec
import typer
from rich.console import Console
from rich.table import Table

from section16.checks import RULES, SEVERITIES, Finding, check_document
from section16.checks.base import SEVERITY_RANK, load_plugins
from section16.cli import EXIT_BAD_INPUT, EXIT_FAILURES, EXIT_OK, app
from section16.errors import Section16Error
from section16.model import OwnershipDocument


class CheckFormat(StrEnum):
    table = "table"
    json = "json"


class MinSeverity(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_JSON = msgspec.json.Encoder()


def _say(message: str) -> None:
    print(f"section16: {message}", file=sys.stderr)


def _split(values: list[str] | None) -> list[str] | None:
    """Accept ``--select a,b --select c`` as well as repeated options."""
    if not values:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _from_files(files: list[Path], failed: list[str]) -> Iterator[tuple[str, OwnershipDocument]]:
    from section16.readers import parse as parse_source

    for path in files:
        try:
            yield str(path), parse_source(path)
        except Section16Error as exc:
            _say(str(exc))
            failed.append(str(path))
        except Exception as exc:  # a reader bug must still name the file, not dump a traceback
            _say(f"{path}: unexpected error while reading ({type(exc).__name__}: {exc})")
            failed.append(str(path))


def _from_ledger(url: str | None, issuer: str | None, owner: str | None) -> Iterator[tuple[str, OwnershipDocument]]:
    try:
        from section16.ledger import Ledger
    except ImportError as exc:
        _say(f"ledger not available ({exc}); check files instead")
        raise typer.Exit(EXIT_BAD_INPUT) from exc
    try:
        ledger = Ledger(url, create=False)  # opening must not create an empty ledger and report nothing
    except Section16Error as exc:
        _say(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT) from exc
    except Exception as exc:  # a bad URL or an unreachable server: one line, not a traceback
        _say(f"{url or 'default ledger'}: cannot open the ledger ({type(exc).__name__}: {exc})")
        raise typer.Exit(EXIT_BAD_INPUT) from exc
    with ledger:
        yield from ledger.iter_documents(issuer=issuer, owner=owner)


def _print_table(console: Console, source: str, findings: list[Finding]) -> None:
    if not findings:
        console.print(f"[green]{source}: no findings[/]", highlight=False)
        return
    if not console.is_terminal:  # piped: one line per finding, like a linter, so grep and wc work
        for f in findings:
            console.print(f"{source}: {f.severity} {f.rule} {f.path}: {f.message}", highlight=False, markup=False)
        return
    table = Table(title=source, title_justify="left", show_lines=False, expand=False)
    table.add_column("severity")
    table.add_column("rule")
    table.add_column("where", overflow="fold", max_width=48)
    table.add_column("what", overflow="fold")
    for f in findings:
        table.add_row(f"[{_STYLE[f.severity]}]{f.severity}[/]", f.rule, f.path, f.message)
    console.print(table)


@app.command()
def check(
    files: Annotated[list[Path] | None, typer.Argument(help="Documents to check (any shape `parse` reads).")] = None,
    all_filings: Annotated[bool, typer.Option("--all", help="Check every filing stored in the ledger.")] = False,
    db: Annotated[str | None, typer.Option("--db", help="Ledger database URL or SQLite path (with --all).")] = None,
    issuer: Annotated[
        str | None, typer.Option("--issuer", help="With --all: only this issuer (ticker or CIK).")
    ] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="With --all: only this owner (name or CIK).")] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="table (default) or json.")] = CheckFormat.table,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any error-level finding is found.")] = False,
    filing_date: Annotated[
        str | None,
        typer.Option("--filing-date", help="The date the form(s) were filed (YYYY-MM-DD), for the late-filing rule."),
    ] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Run only these rule ids.")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule ids.")] = None,
    min_severity: Annotated[
        MinSeverity, typer.Option("--min-severity", help="Hide findings below this severity.")
    ] = MinSeverity.info,
    list_rules: Annotated[bool, typer.Option("--list-rules", help="List the rule ids and what they check.")] = False,
) -> None:
    """Check Forms 3, 4 and 5 against the SEC's rules: late filing, codes against A/D, holdings
    arithmetic, dates, footnotes, required fields, EDGAR's limits (see docs/checks.md).

    JSON output is one object per document, ``{"source": ..., "findings": [...]}``, a line each
    (with --all, ``source`` is the ledger's filing key and ``file`` the file it was read from).
    Exit codes: 0 checked; 1 with --strict when an error-level finding was found; 2 a file could
    not be read (each named on stderr, the others still checked) or bad usage.
    """
    console = Console(soft_wrap=True)  # a path or finding line never breaks mid-word when piped
    load_plugins()  # rules other packages register count for --list-rules and --select
    if list_rules:
        for rule in RULES.values():
            console.print(f"[bold]{rule.id}[/]: {rule.description}", highlight=False)
        raise typer.Exit(EXIT_OK)
    if bool(files) == all_filings:
        _say("check: name one or more files, or --all to check the ledger (not both)")
        raise typer.Exit(EXIT_BAD_INPUT)
    if not all_filings and (issuer, owner, db) != (None, None, None):  # they were ignored, unsaid
        _say("check: --issuer, --owner and --db pick filings from the ledger: use them with --all")
        raise typer.Exit(EXIT_BAD_INPUT)
    if all_filings:
        from section16.ledger.queries import _no_blank

        try:
            _no_blank(owner=owner, issuer=issuer)  # '' matched every filing, '  ' none
        except Section16Error as exc:
            _say(str(exc))
            raise typer.Exit(EXIT_BAD_INPUT) from None
    when: date | None = None
    if filing_date is not None:  # '' used to be ignored: the late-filing rule then never ran
        try:
            when = date.fromisoformat(filing_date)
        except ValueError:
            _say(f"--filing-date {filing_date!r} is not a date (YYYY-MM-DD)")
            raise typer.Exit(EXIT_BAD_INPUT) from None
    selected, ignored = _split(select), _split(ignore)
    for option, given, ids in (("--select", select, selected), ("--ignore", ignore, ignored)):
        if given and not ids:  # --select '' used to run every rule
            _say(f"{option} {','.join(given)!r} names no rule id (see --list-rules)")
            raise typer.Exit(EXIT_BAD_INPUT)
    unknown = [r for r in (selected or []) + (ignored or []) if r not in RULES]
    if unknown:
        _say(f"unknown rule id(s): {', '.join(unknown)} (see --list-rules)")
        raise typer.Exit(EXIT_BAD_INPUT)

    failed: list[str] = []
    counts: Counter[str] = Counter()
    threshold = SEVERITY_RANK[min_severity.value]
    documents = _from_ledger(db, issuer, owner) if all_filings else _from_files(files or [], failed)
    n_docs = 0
    for source, doc in documents:
        try:
            findings = check_document(doc, filing_date=when, select=selected, ignore=ignored)
        except Exception as exc:  # a rule bug must name the document, and the others still get checked
            _say(f"{source}: a check failed unexpectedly ({type(exc).__name__}: {exc})")
            failed.append(source)
            continue
        n_docs += 1
        counts.update(f.severity for f in findings)
        shown = [f for f in findings if SEVERITY_RANK[f.severity] <= threshold]
        origin = doc.metadata.source_path if all_filings and doc.metadata else None
        if fmt is CheckFormat.json:
            record = {"source": source, "findings": [f.to_dict() for f in shown]}
            if origin:
                record["file"] = origin
            sys.stdout.write(_JSON.encode(record).decode() + "\n")
        else:
            _print_table(console, f"{source} ({origin})" if origin else source, shown)
    if fmt is CheckFormat.table:
        summary = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in SEVERITIES)
        console.print(f"{n_docs} document(s) checked: {summary}" + (f"; {len(failed)} unreadable" if failed else ""))
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    if strict and counts["error"]:
        raise typer.Exit(EXIT_FAILURES)
    raise typer.Exit(EXIT_OK)
