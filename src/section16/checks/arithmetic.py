"""Numbers that must add up within one form."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from section16.checks.base import Context, Finding, iter_rows, rule, where


def _finite(value: Decimal | None) -> Decimal | None:
    """The number, or None when absent or not a number (NaN, Infinity: number-range reports those)."""
    return value if value is not None and value.is_finite() else None


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def position_key(table: str, row: Any) -> tuple[Any, ...]:
    """Which position a row moves: the security (with strike and expiry for Table II) and the
    ownership form (direct, or indirect through a named holder)."""
    form = (row.direct_or_indirect_ownership or "").strip().upper()
    nature = _norm(row.nature_of_ownership) if form == "I" else ""
    key: tuple[Any, ...] = (table.startswith("derivative"), _norm(row.security_title), form, nature)
    if table.startswith("derivative"):
        key += (_finite(row.conversion_or_exercise_price), row.expiration_date)
    return key


def _label(row: Any) -> str:
    form = (row.direct_or_indirect_ownership or "").strip().upper()
    nature = row.nature_of_ownership or "nature not given"
    held = "held directly" if form == "D" else f"held indirectly ({nature})"
    return f"{row.security_title!r} {held}"


@rule(
    "holdings-arithmetic",
    "Within a form, the amount owned after each transaction equals the amount "
    "after the previous transaction in the same security and ownership form, plus or minus the shares.",
)
def holdings_arithmetic(ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple[Any, ...], list[tuple[str, int, Any]]] = {}
    for table, i, row in iter_rows(ctx.doc, "non_derivative_transactions", "derivative_transactions"):
        groups.setdefault(position_key(table, row), []).append((table, i, row))
    for rows in groups.values():
        if len(rows) < 2:
            continue
        followings = [_finite(r.shares_owned_following_transaction) for _, _, r in rows]
        if all(f is not None for f in followings) and len(set(followings)) == 1:
            # Some filers repeat the final total on every row instead of a running balance.
            if any(_finite(r.transaction_shares) for _, _, r in rows[1:]):
                table, i, row = rows[0]
                yield ctx.info(
                    f"{table}[{i}].shares_owned_following_transaction",
                    (
                        f"All {len(rows)} transactions in {_label(row)} show the same amount owned afterwards "
                        f"({followings[0]}); the filer seems to give the final total on every row rather than "
                        "a running balance."
                    ),
                )
            continue
        for (_, _, prev), (table, i, row) in zip(rows, rows[1:], strict=False):
            before = _finite(prev.shares_owned_following_transaction)
            after = _finite(row.shares_owned_following_transaction)
            shares = _finite(row.transaction_shares)
            ad = (row.transaction_acquired_disposed_code or "").strip().upper()
            if before is None or after is None or shares is None or ad not in {"A", "D"}:
                continue
            expected = before + shares if ad == "A" else before - shares
            diff = after - expected
            if diff == 0:
                continue
            path = f"{table}[{i}].shares_owned_following_transaction"
            sign = "+" if ad == "A" else "-"
            text = (
                f"{where(table, i)} ({_label(row)}) says {after} owned afterwards, but the previous row "
                f"left {before} and this row {'acquired' if ad == 'A' else 'disposed of'} {shares}, "
                f"so {before} {sign} {shares} = {expected}"
            )
            if abs(diff) < 1:
                yield ctx.info(path, text + f"; the difference ({diff}) is under one share, likely rounding.")
            else:
                # A warning, not an error: real filings list separate accounts or lots of the same
                # security and ownership form as separate rows, each with its own balance.
                yield ctx.warning(path, text + f" (off by {diff}).")


_EXERCISES = frozenset({"M", "X", "C", "O"})


@rule(
    "exercise-pair",
    "An exercise or conversion (M, X, C, O) in Table II has the matching acquisition "
    "of the underlying securities in Table I (or a holding there) on the same date.",
)
def exercise_pair(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    table1 = {(r.transaction_date, (r.transaction_code or "").strip().upper()) for r in doc.non_derivative_transactions}
    for table, i, row in iter_rows(doc, "derivative_transactions"):
        code = (row.transaction_code or "").strip().upper()
        ad = (row.transaction_acquired_disposed_code or "").strip().upper()
        if code not in _EXERCISES or ad != "D" or row.transaction_date is None:
            continue
        if (row.transaction_date, code) in table1:
            continue
        yield ctx.info(
            f"{table}[{i}].transaction_code",
            (
                f"{where(table, i)} exercises or converts {row.security_title!r} (code {code}) on "
                f"{row.transaction_date}, but Table I has no {code} transaction that day receiving the "
                f"{row.underlying_security_title or 'underlying'} shares; check whether it was left out."
            ),
        )
