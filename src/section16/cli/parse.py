"""``section16 parse``: read documents of any shape and print or write them."""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from section16.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_PARTIAL, app
from section16.errors import Section16Error
from section16.model import OwnershipDocument
from section16.readers import parse as parse_source


class OutputFormat(StrEnum):
    json = "json"
    table = "table"
    xml = "xml"
    html = "html"


_SUFFIX = {
    OutputFormat.json: ".json",
    OutputFormat.xml: ".xml",
    OutputFormat.html: ".html",
    OutputFormat.table: ".txt",
}


def partial_warning(doc: OwnershipDocument) -> str | None:
    """A reader marks a document it could only partly read with a 'partial:' warning."""
    warnings = list(doc.warnings) + (list(doc.extraction.warnings) if doc.extraction else [])
    return next((w for w in warnings if w.startswith("partial:")), None)


def render(doc: OwnershipDocument, fmt: OutputFormat, *, several: bool) -> str:
    if fmt is OutputFormat.json:
        return doc.to_json(indent=None if several else 2)
    if fmt is OutputFormat.xml:
        return doc.to_xml()
    if fmt is OutputFormat.html:
        return doc.to_html()
    from section16.writers.table import render as render_table

    console = Console(record=True, width=160, file=io.StringIO())
    console.print(render_table(doc))
    return console.export_text()


def explain(doc: OwnershipDocument, console: Console) -> None:
    """Each field read, the text it came from and the rule that confirmed or repaired it."""
    evidence = doc.extraction.evidence if doc.extraction else {}
    uncertain = set(doc.extraction.uncertain_fields) if doc.extraction else set()
    rows = []
    for path, value in _leaves(doc.to_dict()):
        if path.startswith(("extraction", "metadata", "warnings")) or value in (None, [], {}):
            continue
        source = evidence.get(path, "XML element" if doc.extraction is None else "")
        rows.append((path, str(value), "uncertain" if path in uncertain else "yes", source))
    if not console.is_terminal:  # piped: one tab-separated line per field, whole paths for grep and cut
        console.file.writelines("\t".join(" ".join(cell.split()) for cell in row) + "\n" for row in rows)
        return
    table = Table(title=f"How {doc.metadata.source_path if doc.metadata else 'the document'} was read")
    # the path is what a correction or a scorer names: folded onto lines, never cut short
    table.add_column("field", overflow="fold")
    table.add_column("value", overflow="fold")
    table.add_column("sure?", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for path, value, sure, source in rows:
        # Text, not markup: the evidence quotes the document, whose '[ticker]' Rich would swallow as a tag
        table.add_row(Text(path), Text(value), Text(sure, style="yellow" if sure == "uncertain" else ""), Text(source))
    console.print(table)


def _leaves(data: object, prefix: str = ""):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _leaves(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(data, list) and data and isinstance(data[0], dict):
        for i, v in enumerate(data):
            yield from _leaves(v, f"{prefix}[{i}]")
    else:
        yield prefix, data


def output_name(stem: str, suffix: str, taken: dict[str, Path]) -> str:
    """``stem.ext``, or ``stem-2.ext``, ``stem-3.ext``... when this run already wrote that name."""
    name, n = stem + suffix, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}{suffix}"
    return name


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


@app.command()
def parse(
    files: Annotated[
        list[Path], typer.Argument(help="Documents: EDGAR XML, full-submission .txt/.nc, PDF, text or markdown.")
    ],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json (default), table, xml or html.")
    ] = OutputFormat.json,
    out_dir: Annotated[
        str | None, typer.Option("--out", "-o", help="Write DIR/<file stem>.<ext> per input instead of printing.")
    ] = None,
    explain_fields: Annotated[
        bool, typer.Option("--explain", help="Show, per field, the text it was read from and the evidence.")
    ] = False,
) -> None:
    """Read documents of any shape into the JSON form (one object per document, JSON Lines when several).

    Exit codes: 0 all read; 2 a file could not be read (each named on stderr; the others are
    still processed); 3 a document was only partly read (its tables could not be found).
    """
    err = Console(stderr=True, soft_wrap=True)
    failed = partial = False
    several = len(files) > 1
    if out_dir is not None and not out_dir.strip():  # a Path of '' is '.': it wrote into the current folder
        print(f"section16: --out {out_dir!r} is blank: name a folder", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_INPUT)
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"section16: {out}: cannot write output there ({_why(exc)}; --out takes a folder)", file=sys.stderr)
            raise typer.Exit(EXIT_BAD_INPUT) from None
    written: dict[str, Path] = {}  # output name -> the input it holds, this run
    for path in files:
        try:
            doc = parse_source(path)
        except Section16Error as exc:
            print(f"section16: {exc}", file=sys.stderr)
            failed = True
            continue
        except Exception as exc:  # a reader bug must still name the file, not dump a traceback
            print(f"section16: {path}: unexpected error while reading ({type(exc).__name__}: {exc})", file=sys.stderr)
            failed = True
            continue
        if (warning := partial_warning(doc)) is not None:  # the JSON still prints; stderr says why exit 3
            print(f"section16: {path}: {warning}", file=sys.stderr)
            partial = True
        if explain_fields:
            explain(doc, err if out is None and fmt is not OutputFormat.table else Console())
        text = render(doc, fmt, several=several)
        if out is not None:
            name = output_name(path.stem, _SUFFIX[fmt], written)
            if name != path.stem + _SUFFIX[fmt]:  # two inputs of one stem: the second must not overwrite
                print(
                    f"section16: {path}: written as {out / name} ({path.stem + _SUFFIX[fmt]} holds "
                    f"{written[path.stem + _SUFFIX[fmt]]})",
                    file=sys.stderr,
                )
            written[name] = path
            try:
                (out / name).write_text(text + ("\n" if not text.endswith("\n") else ""))
            except OSError as exc:
                print(f"section16: {out / name}: cannot write ({_why(exc)})", file=sys.stderr)
                failed = True
        else:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_PARTIAL if partial else EXIT_OK)
