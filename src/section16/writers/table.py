"""A readable terminal view of a form (Rich): header boxes, owners, both tables with
footnote markers, footnotes and signatures. Used by ``section16 parse --format table``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from section16.model import OwnershipDocument
from section16.writers.html import format_date, format_number

_TABLE_I = (
    ("Title", "security_title"),
    ("Date", "transaction_date"),
    ("Deemed", "deemed_execution_date"),
    ("Code", "transaction_code"),
    ("Amount", "transaction_shares"),
    ("A/D", "transaction_acquired_disposed_code"),
    ("Price", "transaction_price_per_share"),
    ("Owned after", "shares_owned_following_transaction"),
    ("D/I", "direct_or_indirect_ownership"),
    ("Nature", "nature_of_ownership"),
)
_TABLE_II = (
    ("Title", "security_title"),
    ("Exercise price", "conversion_or_exercise_price"),
    ("Date", "transaction_date"),
    ("Code", "transaction_code"),
    ("Amount", "transaction_shares"),
    ("A/D", "transaction_acquired_disposed_code"),
    ("Exercisable", "exercise_date"),
    ("Expires", "expiration_date"),
    ("Underlying", "underlying_security_title"),
    ("Underlying amt", "underlying_security_shares"),
    ("Price", "transaction_price_per_share"),
    ("Owned after", "shares_owned_following_transaction"),
    ("D/I", "direct_or_indirect_ownership"),
    ("Nature", "nature_of_ownership"),
)


def _fmt(row: Any, field: str, path: str, uncertain: set[str]) -> Text:
    value = getattr(row, field, None)
    if field == "shares_owned_following_transaction" and value is None:
        value = getattr(row, "value_owned_following_transaction", None)
    if isinstance(value, Decimal):
        text = format_number(value, money="price" in field)
    elif hasattr(value, "isoformat"):
        text = format_date(value)
    else:
        text = "" if value is None else str(value)
    out = Text(text, style="bold yellow" if path in uncertain else "")
    notes = row.footnote_ids.get(field)
    if notes:
        out.append("(" + ",".join(n.lstrip("F") for n in notes) + ")", style="cyan")
    return out


def _table(title: str, rows: list[tuple[str, int, Any]], columns: tuple, uncertain: set[str]) -> Table:
    t = Table(title=title, title_style="bold", show_lines=False, expand=True)
    for header, _ in columns:
        t.add_column(header, overflow="fold")
    for table, i, row in rows:
        t.add_row(*(_fmt(row, f, f"{table}[{i}].{f}", uncertain) for _, f in columns))
    return t


def render(doc: OwnershipDocument) -> Group:
    """The document as a Rich renderable."""
    uncertain = set(doc.extraction.uncertain_fields) if doc.extraction else set()
    head = Table.grid(padding=(0, 2))
    head.add_column(style="dim")
    head.add_column()
    head.add_row("Form", f"{doc.document_type or '?'}  (schema {doc.schema_version or '-'})")
    head.add_row(
        "2. Issuer",
        f"{doc.issuer.issuer_name or '?'} [{doc.issuer.issuer_trading_symbol or '?'}]"
        f"  CIK {doc.issuer.issuer_cik or '-'}",
    )
    head.add_row("3. Period of report", format_date(doc.period_of_report))
    if doc.date_of_original_submission:
        head.add_row("4. Original filed", format_date(doc.date_of_original_submission))
    for i, o in enumerate(doc.reporting_owners):
        addr = ", ".join(
            x
            for x in (
                o.rpt_owner_street1,
                o.rpt_owner_street2,
                o.rpt_owner_city,
                o.rpt_owner_state,
                o.rpt_owner_zip_code,
            )
            if x
        )
        head.add_row(f"1. Reporting person {i + 1}", f"{o.rpt_owner_name or '?'}  CIK {o.rpt_owner_cik or '-'}  {addr}")
        head.add_row("5. Relationship", ", ".join(o.relationship) or "-")
    parts: list[Any] = [Panel(head, title="Form " + (doc.document_type or ""), expand=True)]
    rows_i = [("non_derivative_transactions", i, r) for i, r in enumerate(doc.non_derivative_transactions)]
    rows_i += [("non_derivative_holdings", i, r) for i, r in enumerate(doc.non_derivative_holdings)]
    rows_ii = [("derivative_transactions", i, r) for i, r in enumerate(doc.derivative_transactions)]
    rows_ii += [("derivative_holdings", i, r) for i, r in enumerate(doc.derivative_holdings)]
    parts.append(_table("Table I - Non-Derivative Securities", rows_i, _TABLE_I, uncertain))
    parts.append(_table("Table II - Derivative Securities", rows_ii, _TABLE_II, uncertain))
    notes = Text()
    for fn in doc.footnotes:
        notes.append(f"({fn.id.lstrip('F')}) ", style="cyan")
        notes.append(fn.text + "\n")
    if doc.remarks:
        notes.append("Remarks: ", style="bold")
        notes.append(doc.remarks + "\n")
    for s in doc.owner_signatures:
        notes.append("Signed: ", style="bold")
        notes.append(f"{s.signature_name or '?'}  {format_date(s.signature_date)}\n")
    parts.append(Panel(notes, title="Explanation of Responses", expand=True))
    problems = list(doc.warnings) + (list(doc.extraction.warnings) if doc.extraction else [])
    if uncertain:
        problems.append("uncertain (highlighted): " + ", ".join(sorted(uncertain)))
    if problems:
        parts.append(Panel(Text("\n".join(problems), style="yellow"), title="Warnings", expand=True))
    return Group(*parts)


def print_document(doc: OwnershipDocument, console: Console | None = None) -> None:
    (console or Console()).print(render(doc))
