"""What the form must contain, and EDGAR's limits on it (spec sections 3.2-3.5, 4.3, 5)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from section16.checks.base import Context, Finding, iter_rows, rule, where
from section16.codes import (
    ACQUIRED_DISPOSED,
    DOCUMENT_TYPES,
    MAX_DECIMAL,
    MAX_FOOTNOTES,
    MAX_LENGTHS,
    MAX_REPORTING_OWNERS,
    MAX_ROWS_PER_TABLE,
    OWNERSHIP_FORMS,
)

_FOOTNOTE_ID = re.compile(r"F[1-9][0-9]?")
_CIK = re.compile(r"[0-9]{1,10}")
_TX_TABLES = ("non_derivative_transactions", "derivative_transactions")
_DERIV_TABLES = ("derivative_transactions", "derivative_holdings")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- required fields --------------------------------------------------------------------


@rule(
    "required-field",
    "Fields EDGAR requires are present (issuer CIK and ticker, owner CIK, security "
    "title, dates, amounts, codes, signature); a footnote may stand in where the rules allow.",
)
def required_field(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    top = [
        ("document_type", "the form type (3, 4 or 5)"),
        ("period_of_report", "the period of report (date of event or earliest transaction)"),
    ]
    for field, label in top:
        if _blank(getattr(doc, field)):
            yield ctx.error(field, f"The form does not give {label}.")
    if doc.is_amendment and doc.date_of_original_submission is None:
        yield ctx.error(
            "date_of_original_submission",
            "This is an amendment but it does not give the date the original form was filed.",
        )
    if _blank(doc.issuer.issuer_cik) and ctx.from_xml:  # a printed form has no CIKs
        yield ctx.error("issuer.issuer_cik", "The issuer's CIK (its EDGAR identifier) is missing.")
    if _blank(doc.issuer.issuer_trading_symbol):
        yield ctx.error(
            "issuer.issuer_trading_symbol",
            "The issuer's trading symbol is missing (EDGAR requires one; 'NONE' if not listed).",
        )
    if not doc.reporting_owners:
        yield ctx.error("reporting_owners", "The form names no reporting person.")
    for k, owner in enumerate(doc.reporting_owners):
        if _blank(owner.rpt_owner_cik) and ctx.from_xml:
            who = owner.rpt_owner_name or f"reporting person {k + 1}"
            yield ctx.error(f"reporting_owners[{k}].rpt_owner_cik", f"The CIK of {who} is missing.")
    if not doc.owner_signatures:
        yield ctx.error("owner_signatures", "The form is not signed (no signature name and date).")
    for k, sig in enumerate(doc.owner_signatures):
        if _blank(sig.signature_name):
            yield ctx.error(f"owner_signatures[{k}].signature_name", f"Signature {k + 1} has no name.")
        if sig.signature_date is None:
            yield ctx.error(f"owner_signatures[{k}].signature_date", f"Signature {k + 1} has no date.")

    xml = ctx.from_xml
    for table, i, row in iter_rows(doc):
        yield from _row_required(ctx, table, i, row, xml)


def _missing(row: Any, field: str) -> bool:
    return _blank(getattr(row, field, None)) and not row.footnotes_for(field)


def _row_required(ctx: Context, table: str, i: int, row: Any, xml: bool) -> Iterator[Finding]:
    base, name = f"{table}[{i}]", where(table, i)
    errors = [
        ("security_title", "the title of the security"),
        ("direct_or_indirect_ownership", "whether ownership is direct (D) or indirect (I)"),
    ]
    warnings: list[tuple[str, str]] = []
    is_tx = table in _TX_TABLES
    if is_tx:
        errors += [
            ("transaction_date", "the transaction date"),
            ("transaction_acquired_disposed_code", "whether securities were acquired (A) or disposed of (D)"),
        ]
        if xml:
            warnings.append(("transaction_form_type", "the transaction form type (4 or 5)"))
    if table == "non_derivative_transactions":
        errors.append(("transaction_shares", "the number of shares"))
    if table in _DERIV_TABLES:
        errors.append(("underlying_security_title", "the title of the underlying security"))
        warnings += [
            ("conversion_or_exercise_price", "the conversion or exercise price (or a footnote)"),
            ("exercise_date", "the date exercisable (or a footnote)"),
            ("expiration_date", "the expiration date (or a footnote)"),
        ]
    for field, label in errors:
        if _missing(row, field):
            yield ctx.error(f"{base}.{field}", f"{name} does not give {label}.")
    for field, label in warnings:
        if _missing(row, field):
            yield ctx.warning(f"{base}.{field}", f"{name} does not give {label}.")

    pairs = []
    if not (table == "derivative_holdings" and ctx.form == "3"):  # a Form 3 option has no "amount owned"
        pairs.append(
            (
                "shares_owned_following_transaction",
                "value_owned_following_transaction",
                "the amount owned after the transaction" if is_tx else "the amount owned",
            )
        )
    if table in _DERIV_TABLES:
        pairs.append(("underlying_security_shares", "underlying_security_value", "the amount of underlying securities"))
    if table == "derivative_transactions":
        pairs.append(("transaction_shares", "transaction_total_value", "the number of derivative securities"))
    for shares, value, label in pairs:
        has_s, has_v = getattr(row, shares) is not None, getattr(row, value) is not None
        if has_s and has_v:
            yield ctx.error(
                f"{base}.{value}", f"{name} gives {label} both as a number of shares and as a value; EDGAR allows one."
            )
        elif not has_s and not has_v and not (row.footnotes_for(shares) or row.footnotes_for(value)):
            yield ctx.error(f"{base}.{shares}", f"{name} does not give {label} (shares, value or a footnote).")


# -- reporting person relationship and ownership nature ---------------------------------


@rule(
    "relationship",
    "Each reporting person ticks at least one relationship box (director, officer, "
    "10% owner, other), with the officer title or the 'other' description filled in.",
)
def relationship(ctx: Context) -> Iterator[Finding]:
    for k, o in enumerate(ctx.doc.reporting_owners):
        who = o.rpt_owner_name or f"reporting person {k + 1}"
        base = f"reporting_owners[{k}]"
        flags = (o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
        if not ctx.from_xml and all(flag is None for flag in flags):
            yield ctx.warning(
                f"{base}.is_director",
                (
                    f"None of the relationship boxes of {who} (director, officer, 10% owner, other) could be read "
                    "from the document; check the original."
                ),
            )
        elif not any(flags):
            yield ctx.error(
                f"{base}.is_director",
                (
                    f"{who} has no relationship to the issuer ticked (director, officer, 10% owner or other); "
                    "at least one is required."
                ),
            )
        if o.is_officer and _blank(o.officer_title):
            yield ctx.error(f"{base}.officer_title", f"{who} is marked as an officer but no officer title is given.")
        if o.is_other and _blank(o.other_text):
            yield ctx.error(f"{base}.other_text", f"{who} is marked as 'other' but the relationship is not described.")


@rule("ownership-nature", "Indirect holdings (I) say how they are held; direct holdings (D) do not.")
def ownership_nature(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc):
        form = (row.direct_or_indirect_ownership or "").strip().upper()
        path = f"{table}[{i}].nature_of_ownership"
        if form == "I" and _blank(row.nature_of_ownership):
            yield ctx.error(
                path,
                (
                    f"{where(table, i)} is held indirectly (I) but does not say how (e.g. 'By Trust'); EDGAR "
                    "requires the nature of indirect ownership."
                ),
            )
        elif form == "D" and not _blank(row.nature_of_ownership):
            yield ctx.warning(
                path,
                (
                    f"{where(table, i)} is held directly (D) yet gives a nature of ownership "
                    f"({row.nature_of_ownership!r}); only indirect holdings have one, and EDGAR suspends "
                    "filings that give it for a direct holding."
                ),
            )


@rule("choice-values", "Coded fields hold one of their allowed values (A/D, D/I, 3/4/5 and /A).")
def choice_values(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    if doc.document_type and doc.document_type.strip().upper() not in DOCUMENT_TYPES:
        yield ctx.error("document_type", f"The form type {doc.document_type!r} is not 3, 4 or 5 (or an amendment).")
    for table, i, row in iter_rows(doc):
        di = row.direct_or_indirect_ownership
        if di and di.strip().upper() not in OWNERSHIP_FORMS:
            yield ctx.error(
                f"{table}[{i}].direct_or_indirect_ownership",
                f"{where(table, i)} has ownership form {di!r}; it must be D (direct) or I (indirect).",
            )
        ad = getattr(row, "transaction_acquired_disposed_code", None)
        if ad and ad.strip().upper() not in ACQUIRED_DISPOSED:
            yield ctx.error(
                f"{table}[{i}].transaction_acquired_disposed_code",
                f"{where(table, i)} has {ad!r} where A (acquired) or D (disposed of) belongs.",
            )


# -- identifiers, lengths, numbers, counts ----------------------------------------------


@rule("cik-format", "CIKs are 1 to 10 digits.")
def cik_format(ctx: Context) -> Iterator[Finding]:
    ciks = [("issuer.issuer_cik", ctx.doc.issuer.issuer_cik, "the issuer")]
    for k, o in enumerate(ctx.doc.reporting_owners):
        ciks.append(
            (f"reporting_owners[{k}].rpt_owner_cik", o.rpt_owner_cik, o.rpt_owner_name or f"reporting person {k + 1}")
        )
    for path, cik, who in ciks:
        if cik is not None and cik.strip() and not _CIK.fullmatch(cik.strip()):
            yield ctx.error(path, f"The CIK of {who} ({cik!r}) is not 1 to 10 digits.")


_ROW_STRINGS = (
    "security_title",
    "underlying_security_title",
    "nature_of_ownership",
    "transaction_code",
    "transaction_form_type",
    "transaction_timeliness",
    "transaction_acquired_disposed_code",
    "direct_or_indirect_ownership",
)


def _strings(ctx: Context) -> Iterator[tuple[str, str, str]]:
    """(path, length key, value) for every length-limited string in the document."""
    doc = ctx.doc
    for field in ("schema_version", "document_type", "remarks"):
        yield field, field, getattr(doc, field)
    for field in ("issuer_cik", "issuer_name", "issuer_trading_symbol"):
        yield f"issuer.{field}", field, getattr(doc.issuer, field)
    for k, owner in enumerate(doc.reporting_owners):
        for field, value in owner.to_dict().items():
            if field in MAX_LENGTHS:
                yield f"reporting_owners[{k}].{field}", field, value
    for table, i, row in iter_rows(doc):
        for field in _ROW_STRINGS:
            yield f"{table}[{i}].{field}", field, getattr(row, field, None)
    for k, note in enumerate(doc.footnotes):
        yield f"footnotes[{k}].text", "footnote", note.text
    for k, sig in enumerate(doc.owner_signatures):
        yield f"owner_signatures[{k}].signature_name", "signature_name", sig.signature_name


@rule(
    "field-length",
    "No text is longer than EDGAR stores (security title 60, names 150, street 40, "
    "city 30, officer title 30, nature of ownership 100, footnote 1000, remarks 2000, signature 255, ...).",
)
def field_length(ctx: Context) -> Iterator[Finding]:
    for path, key, value in _strings(ctx):
        if isinstance(value, str) and len(value) > MAX_LENGTHS[key]:
            severity = "warning" if key == "footnote" else "error"
            yield ctx.finding(
                severity,
                path,
                (
                    f"This text is {len(value)} characters long; EDGAR accepts at most {MAX_LENGTHS[key]} "
                    f"here: {value[:40]!r}..."
                ),
            )


_NUMBER_FIELDS = (
    "transaction_shares",
    "transaction_price_per_share",
    "transaction_total_value",
    "shares_owned_following_transaction",
    "value_owned_following_transaction",
    "conversion_or_exercise_price",
    "underlying_security_shares",
    "underlying_security_value",
)


@rule(
    "number-range",
    "Numbers are not negative, not above 999,999,999,999.9999, and have at most four decimals (what EDGAR stores).",
)
def number_range(ctx: Context) -> Iterator[Finding]:
    for table, i, row in iter_rows(ctx.doc):
        for field in _NUMBER_FIELDS:
            value = getattr(row, field, None)
            if not isinstance(value, Decimal):
                continue
            path, name = f"{table}[{i}].{field}", where(table, i)
            label = field.replace("_", " ")
            if not value.is_finite():
                yield ctx.error(path, f"{name} has {value} as its {label}, which is not a number.")
            elif value < 0:
                yield ctx.error(
                    path,
                    f"{name} has a negative {label} ({value}); the form takes no minus "
                    "signs, direction is given by the A/D code.",
                )
            elif value > MAX_DECIMAL:
                yield ctx.error(path, f"{name} has a {label} of {value}, above EDGAR's maximum.")
            elif value.as_tuple().exponent < -4 and value != value.quantize(Decimal("0.0001")):  # type: ignore[operator]
                yield ctx.info(path, f"{name} has a {label} of {value}; EDGAR keeps only four decimals.")


@rule("table-limits", "At most 30 rows in each table, 10 reporting persons, 99 footnotes; no reporting person twice.")
def table_limits(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    for label, tables, path in (
        ("Table I", ("non_derivative_transactions", "non_derivative_holdings"), "non_derivative_transactions"),
        ("Table II", ("derivative_transactions", "derivative_holdings"), "derivative_transactions"),
    ):
        n = sum(len(getattr(doc, t)) for t in tables)
        if n > MAX_ROWS_PER_TABLE:
            yield ctx.error(path, f"{label} has {n} rows; EDGAR accepts at most {MAX_ROWS_PER_TABLE} per table.")
    if len(doc.reporting_owners) > MAX_REPORTING_OWNERS:
        yield ctx.error(
            "reporting_owners",
            (
                f"The form names {len(doc.reporting_owners)} reporting persons; EDGAR accepts at most "
                f"{MAX_REPORTING_OWNERS}."
            ),
        )
    if len(doc.footnotes) > MAX_FOOTNOTES:
        yield ctx.error("footnotes", f"The form has {len(doc.footnotes)} footnotes; at most {MAX_FOOTNOTES}.")
    ciks = Counter((o.rpt_owner_cik or "").strip().lstrip("0") for o in doc.reporting_owners)
    for k, o in enumerate(doc.reporting_owners):
        cik = (o.rpt_owner_cik or "").strip().lstrip("0")
        if cik and ciks[cik] > 1:
            yield ctx.error(
                f"reporting_owners[{k}].rpt_owner_cik",
                f"Reporting person CIK {o.rpt_owner_cik} appears more than once on the form.",
            )
            ciks[cik] = 0  # report each duplicate once


@rule(
    "form-content",
    "Form 3 reports holdings only; Forms 4 and 5 report at least one transaction unless "
    "'no longer subject to Section 16' is ticked; holdings carry a form type only on Form 5 (3).",
)
def form_content(ctx: Context) -> Iterator[Finding]:
    doc, form = ctx.doc, ctx.form
    n_tx = len(doc.non_derivative_transactions) + len(doc.derivative_transactions)
    if form == "3" and n_tx:
        path = "non_derivative_transactions" if doc.non_derivative_transactions else "derivative_transactions"
        yield ctx.error(path, f"A Form 3 reports holdings only, but this one lists {n_tx} transaction(s).")
    n_rows = n_tx + len(doc.non_derivative_holdings) + len(doc.derivative_holdings)
    # The spec says a Form 5 needs a transaction too, but EDGAR accepts holdings-only Forms 5.
    if (form == "4" and not n_tx or form == "5" and not n_rows) and not doc.not_subject_to_section16:
        yield ctx.error(
            "non_derivative_transactions",
            (
                f"This Form {form} reports no transaction; EDGAR suspends a Form {form} without one unless the "
                "'no longer subject to Section 16' box is ticked."
            ),
        )
    for table, i, row in iter_rows(doc, "non_derivative_holdings", "derivative_holdings"):
        ftype = (row.transaction_form_type or "").strip()
        if not ftype:
            continue
        if form == "5" and ftype != "3":
            yield ctx.error(
                f"{table}[{i}].transaction_form_type",
                (
                    f"{where(table, i)} has form type {ftype!r}; on a Form 5 a holding carries a form type only "
                    "when it is a late Form 3 holding (3)."
                ),
            )
        elif form in {"3", "4"}:
            yield ctx.warning(
                f"{table}[{i}].transaction_form_type",
                (f"{where(table, i)} has a form type ({ftype}); holdings on a Form {form} have none."),
            )


# -- footnotes ----------------------------------------------------------------------------


@rule(
    "footnotes",
    "Footnote ids are F1-F99 and unique; every referenced footnote exists and every footnote is referenced.",
)
def footnotes(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    defined = Counter(f.id for f in doc.footnotes)
    for k, note in enumerate(doc.footnotes):
        if not _FOOTNOTE_ID.fullmatch(note.id or ""):
            yield ctx.error(f"footnotes[{k}].id", f"Footnote id {note.id!r} is not F1 to F99.")
        if defined[note.id] > 1:
            yield ctx.error(f"footnotes[{k}].id", f"Footnote {note.id} is defined {defined[note.id]} times.")
            defined[note.id] = 1
        if not (note.text or "").strip():
            yield ctx.warning(f"footnotes[{k}].text", f"Footnote {note.id} has no text.")
    used: set[str] = set()
    for table, i, row in iter_rows(doc):
        for field, ids in row.footnote_ids.items():
            if len(ids) != len(set(ids)):
                yield ctx.error(
                    f"{table}[{i}].{field}",
                    (f"{where(table, i)} refers to the same footnote twice in one field; EDGAR suspends that."),
                )
            for fid in ids:
                used.add(fid)
                if fid not in defined:
                    yield ctx.error(
                        f"{table}[{i}].{field}",
                        (f"{where(table, i)} refers to footnote {fid}, but the form has no footnote {fid}."),
                    )
    for k, note in enumerate(doc.footnotes):
        if note.id not in used:
            yield ctx.warning(
                f"footnotes[{k}]",
                (
                    f"Footnote {note.id} is never referred to from the tables; EDGAR suspends a filing with an "
                    "unreferenced footnote."
                ),
            )
