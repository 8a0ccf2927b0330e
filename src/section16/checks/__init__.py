"""The form's rules: check one ownership document and explain what is wrong with it.

    >>> from section16.checks import check_document
    >>> for f in check_document(doc):
    ...     print(f.severity, f.path, f.message)

Each rule is a small registered function (see `base.rule`); the built-in rules live in the
modules imported below, one theme per module, and docs/checks.md describes every rule id.
Paths name fields the way the JSON form does, with 0-based row indexes
(``non_derivative_transactions[0].transaction_code``); messages count rows from 1, as the
printed form does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from section16.checks import arithmetic, coding, dates, structure, timeliness  # noqa: F401  (register rules)
from section16.checks.base import RULES, SEVERITIES, SEVERITY_RANK, Context, Finding, Rule, rule, run_rules
from section16.model import OwnershipDocument

__all__ = ["check_document", "Finding", "Rule", "RULES", "rule", "Context", "SEVERITIES", "worst_severity"]


def check_document(
    doc: OwnershipDocument,
    *,
    filing_date: date | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Every finding about ``doc``, errors first, then in document order within a severity.

    ``filing_date`` overrides ``doc.metadata.filing_date``; without either the latest
    signature date stands in for the late-filing rule (and the message says so).
    ``select``/``ignore`` take rule ids (see `RULES`).
    """
    findings = run_rules(doc, filing_date=filing_date, select=select, ignore=ignore)
    return sorted(findings, key=lambda f: SEVERITY_RANK[f.severity])


def worst_severity(findings: Iterable[Finding]) -> str | None:
    """'error', 'warning', 'info' or None: the most serious severity among ``findings``."""
    ranks = [SEVERITY_RANK[f.severity] for f in findings]
    return SEVERITIES[min(ranks)] if ranks else None
