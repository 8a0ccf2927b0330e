"""The rule registry: a rule is a small function that looks at one document and yields findings.

Rules register themselves with `@rule("rule-id", "what it checks")`, beancount-style, so
another package adds rules by importing a module (or by naming one under the
``section16.checks`` entry-point group). Each rule gets a `Context` and builds its findings
with ``ctx.error(...)``, ``ctx.warning(...)`` or ``ctx.info(...)``, which stamp the rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, Literal

import msgspec

from section16.model import OwnershipDocument

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}

TABLE_LABELS = {
    "non_derivative_transactions": "Table I",
    "non_derivative_holdings": "Table I",
    "derivative_transactions": "Table II",
    "derivative_holdings": "Table II",
}


class Finding(msgspec.Struct, frozen=True, kw_only=True):
    """One problem (or remark) about one place in a document."""

    rule: str
    severity: Severity
    path: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)


RuleFunc = Callable[["Context"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    func: RuleFunc


RULES: dict[str, Rule] = {}
"""Every registered rule, by id, in registration order."""


def rule(rule_id: str, description: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under a stable id (ids are what users filter on)."""

    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in RULES and RULES[rule_id].func is not func:
            raise ValueError(f"rule id {rule_id!r} is already registered")
        RULES[rule_id] = Rule(rule_id, description, func)
        return func

    return register


@dataclass
class Context:
    """What a rule needs besides the document: the filing date and where it came from."""

    doc: OwnershipDocument
    filing_date: date | None = None
    rule_id: str = ""

    # -- facts derived once per document -------------------------------------------------
    @cached_property
    def form(self) -> str | None:
        """'3', '4' or '5' (amendments included), or None when the type is unknown."""
        dt = (self.doc.document_type or "").strip().upper()
        base = dt.removesuffix("/A")
        return base if base in {"3", "4", "5"} else None

    @cached_property
    def from_xml(self) -> bool:
        """Read from EDGAR XML: XML-only fields (CIKs, form type, swap flag) can be expected.

        A printed form has no CIK, transaction form type or equity-swap flag, so documents read
        from PDF or text are not faulted for lacking them.
        """
        ext = self.doc.extraction
        return ext is None or ext.source_format in {"xml", "submission"}

    @cached_property
    def signature_date(self) -> date | None:
        """The latest signature date: the last moment the filer vouched for the form."""
        dates = [s.signature_date for s in self.doc.owner_signatures if s.signature_date]
        return max(dates) if dates else None

    @cached_property
    def filed(self) -> tuple[date | None, str]:
        """(the date the form counts as filed, how we know it)."""
        if self.filing_date:
            return self.filing_date, "filed"
        meta = self.doc.metadata
        if meta and meta.filing_date:
            return meta.filing_date, "filed"
        if self.signature_date:
            return self.signature_date, "signed (the filing date is unknown, so the signature date stands in)"
        return None, ""

    # -- building findings ---------------------------------------------------------------
    def finding(self, severity: Severity, path: str, message: str) -> Finding:
        return Finding(rule=self.rule_id, severity=severity, path=path, message=message)

    def error(self, path: str, message: str) -> Finding:
        return self.finding("error", path, message)

    def warning(self, path: str, message: str) -> Finding:
        return self.finding("warning", path, message)

    def info(self, path: str, message: str) -> Finding:
        return self.finding("info", path, message)


def where(table: str, index: int) -> str:
    """A row named the way the printed form names it: 'Table I row 2 (transactions)'."""
    kind = "transaction" if table.endswith("transactions") else "holding"
    return f"{TABLE_LABELS[table]} {kind} {index + 1}"


_plugins_loaded = False


def load_plugins() -> None:
    """Import rule modules other packages declare under the ``section16.checks`` entry points."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group="section16.checks"):
        ep.load()


def run_rules(
    doc: OwnershipDocument,
    *,
    filing_date: date | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the registered rules (or the ``select``ed ones, minus ``ignore``) over ``doc``."""
    load_plugins()
    ids = list(select) if select is not None else list(RULES)
    unknown = [i for i in ids if i not in RULES]
    if unknown:
        raise ValueError(f"unknown rule id(s): {', '.join(unknown)}; known: {', '.join(RULES)}")
    skip = set(ignore or ())
    ctx = Context(doc, filing_date=filing_date)
    out: list[Finding] = []
    for rid in ids:
        if rid in skip:
            continue
        ctx.rule_id = rid
        out.extend(RULES[rid].func(ctx))
    uncertain = set(doc.extraction.uncertain_fields) if doc.extraction else set()
    if uncertain:  # say when a finding rests on a value the reader was unsure of
        out = [
            msgspec.structs.replace(f, message=f"{f.message} (The reader was unsure of this value.)")
            if f.path in uncertain
            else f
            for f in out
        ]
    return out


def iter_rows(doc: OwnershipDocument, *tables: str) -> Iterator[tuple[str, int, Any]]:
    """Rows of the named tables (all four when none named) as (table, index, row)."""
    for table, i, row in doc.rows():
        if not tables or table in tables:
            yield table, i, row
