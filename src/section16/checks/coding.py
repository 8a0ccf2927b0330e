"""Transaction coding: the code itself, the A/D direction it implies, form type, timeliness,
equity swaps, and the price a code calls for."""

from __future__ import annotations

from collections.abc import Iterator

from section16.checks.base import Context, Finding, iter_rows, rule, where
from section16.codes import (
    ACQUIRED_DISPOSED,
    TRANSACTION_CODES,
    XML_TRANSACTION_CODES,
    implied_direction,
)

_TX_TABLES = ("non_derivative_transactions", "derivative_transactions")
_FIXED = frozenset(c.code for c in TRANSACTION_CODES.values() if c.direction)


def _short(code: str) -> str:
    tc = TRANSACTION_CODES[code]
    return f"code {code} ({tc.meaning[0].lower()}{tc.meaning[1:]})"


@rule("transaction-code", "Every transaction carries one of the SEC's transaction codes.")
def transaction_code(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc, *_TX_TABLES):
        path = f"{table}[{i}].transaction_code"
        raw = row.transaction_code
        if raw is None or not raw.strip():
            if not row.footnotes_for("transaction_code"):
                yield ctx.error(path, f"{where(table, i)} has no transaction code (P, S, A, M, ...).")
            continue
        code = raw.strip().upper()
        if code not in TRANSACTION_CODES:
            yield ctx.error(path, f"{where(table, i)} has code {raw!r}, which is not an SEC transaction code.")
        elif code not in XML_TRANSACTION_CODES:
            how = "equitySwapInvolved set to true" if code == "K" else "transaction form type 5 (or timeliness E)"
            yield ctx.warning(
                path,
                (
                    f"{where(table, i)} has code {code}, which EDGAR does not accept as a transaction code; "
                    f"an EDGAR filing says this with {how} and the real code (P, S, J, ...)."
                ),
            )


@rule(
    "code-direction",
    "The acquired/disposed code agrees with the transaction code "
    "(P acquires, S disposes, F disposes, M/X/C/O acquire in Table I and dispose in Table II, ...).",
)
def code_direction(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc, *_TX_TABLES):
        code = (row.transaction_code or "").strip().upper()
        ad = (row.transaction_acquired_disposed_code or "").strip().upper()
        expected = implied_direction(code, table)
        if not expected or ad not in ACQUIRED_DISPOSED or ad == expected:
            continue
        message = (
            f"{where(table, i)} has {_short(code)}, which means securities were "
            f"{ACQUIRED_DISPOSED[expected].lower()}, but the row says {ACQUIRED_DISPOSED[ad].lower()} ({ad})."
        )
        path = f"{table}[{i}].transaction_acquired_disposed_code"
        # A code with one fixed direction is a contradiction; a per-table one may be a misplaced row.
        yield ctx.error(path, message) if code in _FIXED else ctx.warning(path, message)


@rule(
    "transaction-coding",
    "Transaction form type, timeliness (E/L) and the equity-swap flag follow the "
    "EDGAR rules for the form; voluntary (V) and equity-swap (K) transactions are pointed out.",
)
def transaction_coding(ctx: Context) -> Iterator[Finding]:
    doc, form = ctx.doc, ctx.form
    voluntary: list[tuple[str, int]] = []
    late_form4: list[tuple[str, int]] = []
    for table, i, row in iter_rows(doc, *_TX_TABLES):
        base = f"{table}[{i}]"
        ftype = (row.transaction_form_type or "").strip()
        timely = (row.transaction_timeliness or "").strip().upper()
        if ftype and ftype not in {"4", "5"}:
            yield ctx.error(
                f"{base}.transaction_form_type",
                (
                    f"{where(table, i)} has transaction form type {ftype!r}; a transaction is either a "
                    "Form 4 (4) or a Form 5 (5) transaction."
                ),
            )
        if timely not in {"", "E", "L"}:
            yield ctx.error(
                f"{base}.transaction_timeliness",
                (
                    f"{where(table, i)} has timeliness {timely!r}; the only values are E (early), L (late) "
                    "or nothing (on time)."
                ),
            )
        elif form == "4" and ftype == "5":
            if timely == "L":
                yield ctx.error(
                    f"{base}.transaction_timeliness",
                    (
                        f"{where(table, i)} is a Form 5 transaction reported early on a Form 4, so it cannot be "
                        "marked late (L); EDGAR suspends such a filing."
                    ),
                )
            else:
                voluntary.append((table, i))
        elif form == "4" and timely == "E":
            yield ctx.warning(
                f"{base}.transaction_timeliness",
                (
                    f"{where(table, i)} is a Form 4 transaction marked early (E); a Form 4 transaction is "
                    "on time by definition, so the field should be empty."
                ),
            )
        elif form == "5" and timely == "E":
            yield ctx.error(
                f"{base}.transaction_timeliness",
                (
                    f"{where(table, i)} is marked early (E) on a Form 5, where only L (late) or nothing is "
                    "allowed; EDGAR suspends such a filing."
                ),
            )
        if form == "5" and ftype == "4":
            late_form4.append((table, i))
        if row.equity_swap_involved is None and ctx.from_xml:  # the printed form has no such box
            yield ctx.warning(
                f"{base}.equity_swap_involved",
                (
                    f"{where(table, i)} does not say whether an equity swap was involved; EDGAR requires "
                    "the flag on every transaction."
                ),
            )
        elif row.equity_swap_involved:
            yield ctx.info(
                f"{base}.equity_swap_involved",
                (f"{where(table, i)} involves an equity swap or similar instrument (printed with a K)."),
            )
    if voluntary:
        table, i = voluntary[0]
        yield ctx.info(
            f"{table}[{i}].transaction_form_type",
            (
                f"{_rows(voluntary)} {'is a Form 5 transaction' if len(voluntary) == 1 else 'are Form 5 transactions'}"
                " reported early, voluntarily (printed with a V after the code)."
            ),
        )
    if late_form4:
        table, i = late_form4[0]
        one = len(late_form4) == 1
        yield ctx.warning(
            f"{table}[{i}].transaction_form_type",
            (
                f"{_rows(late_form4)} {'is a Form 4 transaction' if one else 'are Form 4 transactions'}"
                f" reported on this Form 5: {'it was' if one else 'they were'} due on Form 4 within"
                " two business days, so the Form 5 reports them late (the kind of delinquency an issuer discloses"
                " in its proxy statement)."
            ),
        )


def _rows(rows: list[tuple[str, int]]) -> str:
    """'Table I transactions 1-3 and Table II transaction 2' for a list of (table, index)."""
    parts = []
    for table in dict.fromkeys(t for t, _ in rows):
        nums = [i + 1 for t, i in rows if t == table]
        label = where(table, nums[0] - 1).rsplit(" ", 1)[0]
        if len(nums) == 1:
            parts.append(f"{label} {nums[0]}")
        elif nums == list(range(nums[0], nums[-1] + 1)):
            parts.append(f"{label}s {nums[0]}-{nums[-1]}")
        else:
            parts.append(f"{label}s {', '.join(map(str, nums))}")
    return " and ".join(parts)


@rule("gift-price", "A bona fide gift (G) has no price per share.")
def gift_price(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc, *_TX_TABLES):
        price = row.transaction_price_per_share
        if (row.transaction_code or "").strip().upper() == "G" and price is not None and price.is_finite() and price:
            yield ctx.warning(
                f"{table}[{i}].transaction_price_per_share",
                (
                    f"{where(table, i)} is a gift (G) but gives a price of {row.transaction_price_per_share} "
                    "per share; a gift has no price, so either the code or the price is wrong."
                ),
            )


@rule(
    "transaction-price",
    "Every transaction gives a price per share or a footnote explaining it; a "
    "purchase or sale is not at a price of zero.",
)
def transaction_price(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc, *_TX_TABLES):
        path = f"{table}[{i}].transaction_price_per_share"
        price = row.transaction_price_per_share
        code = (row.transaction_code or "").strip().upper()
        if price is not None and not price.is_finite():
            continue  # number-range reports it
        if price is None:
            if not row.footnotes_for("transaction_price_per_share"):
                yield ctx.warning(
                    path,
                    (
                        f"{where(table, i)} gives no price per share and no footnote in its place; EDGAR "
                        "requires one or the other."
                    ),
                )
        elif price == 0 and code in {"P", "S"} and not row.footnotes_for("transaction_price_per_share"):
            verb = "purchase" if code == "P" else "sale"
            yield ctx.warning(
                path,
                (
                    f"{where(table, i)} is an open market or private {verb} (code {code}) at a price of zero, "
                    "with no footnote explaining why."
                ),
            )
