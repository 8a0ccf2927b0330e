"""Was the form filed on time? Form 4: two business days; Form 3: 10 days; Form 5: 45 days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from section16.checks.base import Context, Finding, iter_rows, rule, where
from section16.checks.calendar import form3_due, form4_due, form5_due
from section16.codes import GIFTS_ON_FORM4_FROM

# Transactions the rules let an insider defer to Form 5 (Rule 16a-3(f), 16a-6): small
# acquisitions and acquisitions by will or the laws of descent. Gifts were in this list
# until the 2023 amendments.
_FORM5_ELIGIBLE = frozenset({"L", "W"})


def _form4_deadline_applies(row: object) -> bool:
    code = (getattr(row, "transaction_code", None) or "").upper()
    if (getattr(row, "transaction_form_type", None) or "4").strip() != "4":
        return False  # a Form 5 item reported early (V) has no two-day deadline
    if code in _FORM5_ELIGIBLE:
        return False
    tdate = getattr(row, "transaction_date", None)
    if code == "G" and tdate is not None and tdate < GIFTS_ON_FORM4_FROM:
        return False
    return True


@rule(
    "late-filing",
    "A Form 4 filed after the second business day after a transaction "
    "(Form 3: 10 days after becoming an insider; Form 5: 45 days after the fiscal year end).",
)
def late_filing(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    if ctx.form is None or doc.is_amendment:
        return  # an amendment corrects an earlier form; the deadline applied to that one
    filed, how = ctx.filed
    if filed is None:
        yield ctx.info(
            "metadata.filing_date",
            "Neither a filing date nor a signature date is known, "
            "so whether the form was filed on time cannot be checked.",
        )
        return
    if ctx.form == "4":
        for table, i, row in iter_rows(doc, "non_derivative_transactions", "derivative_transactions"):
            start: date | None = row.deemed_execution_date or row.transaction_date
            if start is None or not _form4_deadline_applies(row):
                continue
            due = form4_due(start)
            if filed <= due:
                continue
            basis = "deemed execution date" if row.deemed_execution_date else "transaction date"
            late_marked = (row.transaction_timeliness or "").upper() == "L"
            message = (
                f"{where(table, i)} ({basis} {start}) had to be reported by {due}, two business days "
                f"later, but this Form 4 was {how} on {filed}, {(filed - due).days} day(s) late."
            )
            if late_marked:
                yield ctx.warning(f"{table}[{i}].transaction_date", message + " The filer marked it late.")
            else:
                yield ctx.error(f"{table}[{i}].transaction_date", message)
    elif ctx.form == "3" and doc.period_of_report:
        due = form3_due(doc.period_of_report)
        if filed > due:
            yield ctx.error(
                "period_of_report",
                (
                    f"A Form 3 is due within 10 days after the person became an insider ({doc.period_of_report}),"
                    f" so by {due}, but it was {how} on {filed}."
                ),
            )
    elif ctx.form == "5" and doc.period_of_report:
        due = form5_due(doc.period_of_report)
        if filed > due:
            yield ctx.info(
                "period_of_report",
                (
                    f"Taking the period of report ({doc.period_of_report}) as the issuer's fiscal year end, this "
                    f"Form 5 was due by {due}, 45 days later, but it was {how} on {filed}."
                ),
            )


@rule(
    "gift-on-form-5",
    "A bona fide gift made on or after 2023-02-27 reported on Form 5 instead of on Form 4 within two business days.",
)
def gift_on_form5(ctx: Context) -> Iterator[Finding]:
    if ctx.form != "5":
        return
    for table, i, row in iter_rows(ctx.doc, "non_derivative_transactions", "derivative_transactions"):
        if (row.transaction_code or "").upper() != "G" or row.transaction_date is None:
            continue
        if row.transaction_date >= GIFTS_ON_FORM4_FROM:
            yield ctx.warning(
                f"{table}[{i}].transaction_code",
                (
                    f"{where(table, i)} is a gift made on {row.transaction_date}; since 2023-02-27 gifts must be "
                    f"reported on Form 4 within two business days ({form4_due(row.transaction_date)}), "
                    "not on Form 5."
                ),
            )
