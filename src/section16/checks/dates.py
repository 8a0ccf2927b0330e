"""Dates that contradict each other within one form."""

from __future__ import annotations

from collections.abc import Iterator

from section16.checks.base import Context, Finding, iter_rows, rule, where
from section16.checks.calendar import add_business_days

_TX_TABLES = ("non_derivative_transactions", "derivative_transactions")


@rule(
    "date-order",
    "Dates in the form are in a possible order: transactions on or before the "
    "signature and filing, the period of report is the earliest Form 4 transaction, deemed execution "
    "on or after the trade (and at most three business days later), exercise before expiration.",
)
def date_order(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    signed = ctx.signature_date
    filed, how = ctx.filed
    known_filing = filed if how == "filed" else None
    period = doc.period_of_report

    if period and signed and period > signed:
        if ctx.form == "3":
            # Forms 3 for an IPO are signed ahead and filed when the registration becomes effective.
            yield ctx.info(
                "period_of_report",
                (
                    f"The Form 3 was signed ({signed}) before the event it reports ({period}); this is normal "
                    "only for a Form 3 prepared ahead of an IPO's effective date."
                ),
            )
        else:
            yield ctx.error(
                "period_of_report",
                (
                    f"The period of report ({period}) is after the form was signed ({signed}); a form can only "
                    "report what has already happened."
                ),
            )
    original = doc.date_of_original_submission
    if doc.is_amendment and original and signed and original > signed:
        yield ctx.error(
            "date_of_original_submission",
            (
                f"The amendment says the original was filed on {doc.date_of_original_submission}, after the "
                f"amendment itself was signed ({signed})."
            ),
        )

    form4_dates = []
    for table, i, row in iter_rows(doc, *_TX_TABLES):
        base = f"{table}[{i}]"
        tdate = row.transaction_date
        if tdate is None:
            continue
        if signed and tdate > signed:
            yield ctx.error(
                f"{base}.transaction_date",
                (f"{where(table, i)} is dated {tdate}, after the form was signed on {signed}."),
            )
        elif known_filing and tdate > known_filing:
            yield ctx.error(
                f"{base}.transaction_date",
                (f"{where(table, i)} is dated {tdate}, after the form was filed on {known_filing}."),
            )
        deemed = row.deemed_execution_date
        if deemed is not None:
            if deemed < tdate:
                yield ctx.error(
                    f"{base}.deemed_execution_date",
                    (
                        f"{where(table, i)} has a deemed execution date ({deemed}) before its transaction date "
                        f"({tdate}); the deemed date is when the insider learned of the trade, so it cannot "
                        "come first."
                    ),
                )
            elif deemed > add_business_days(tdate, 3):
                yield ctx.warning(
                    f"{base}.deemed_execution_date",
                    (
                        f"{where(table, i)} has a deemed execution date ({deemed}) more than three business "
                        f"days after the trade ({tdate}); Rule 16a-3(g) caps it at the third business day."
                    ),
                )
        if (row.transaction_form_type or "4").strip() == "4":
            form4_dates.append((tdate, table, i))
        if ctx.form == "5" and period and tdate > period:
            yield ctx.warning(
                f"{base}.transaction_date",
                (f"{where(table, i)} is dated {tdate}, after the fiscal year end this Form 5 reports on ({period})."),
            )

    if ctx.form == "4" and period and form4_dates:
        earliest, table, i = min(form4_dates)
        if earliest < period:
            yield ctx.warning(
                f"{table}[{i}].transaction_date",
                (
                    f"{where(table, i)} is dated {earliest}, before the period of report ({period}); on a "
                    "Form 4 the period of report is the date of the earliest transaction."
                ),
            )
        elif earliest > period:
            yield ctx.info(
                "period_of_report",
                (
                    f"The period of report ({period}) is earlier than every transaction on this Form 4 (the "
                    f"earliest is {earliest}); it should be the date of the earliest transaction."
                ),
            )

    for table, i, row in iter_rows(doc, "derivative_transactions", "derivative_holdings"):
        if row.exercise_date and row.expiration_date and row.expiration_date < row.exercise_date:
            yield ctx.error(
                f"{table}[{i}].expiration_date",
                (
                    f"{where(table, i)} expires ({row.expiration_date}) before it becomes exercisable "
                    f"({row.exercise_date})."
                ),
            )
