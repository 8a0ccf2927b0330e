"""The typed model of an ownership document (Forms 3, 4, 5 and their amendments).

Every reader (EDGAR XML, full-submission files, PDF, messy text) produces an
`OwnershipDocument`; every later stage (checks, ledger, writers, web app) consumes one.
Field names are EDGAR's element names in snake_case with the ``<value>`` wrappers
flattened, so ``to_dict()`` *is* the project's JSON form (see docs/json-form.md).

Numbers are `Decimal` (a price of 150.841 stays 150.841), dates are `datetime.date`,
flags are `bool`. A value absent from the filing is ``None``; a value given only by a
footnote is ``None`` with its footnote id listed in the row's ``footnote_ids``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec

__all__ = [
    "Issuer",
    "ReportingOwner",
    "NonDerivativeTransaction",
    "NonDerivativeHolding",
    "DerivativeTransaction",
    "DerivativeHolding",
    "Footnote",
    "OwnerSignature",
    "Extraction",
    "FilingMetadata",
    "OwnershipDocument",
    "ROW_TABLES",
]

FootnoteIds = dict[str, list[str]]


class _Base(msgspec.Struct, kw_only=True, omit_defaults=False):
    """Shared behaviour: plain-dict conversion in the JSON form."""

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self, builtin_types=(Decimal,))


class Issuer(_Base):
    issuer_cik: str | None = None
    issuer_name: str | None = None
    issuer_trading_symbol: str | None = None
    issuer_foreign_trading_symbol: str | None = None


class ReportingOwner(_Base):
    rpt_owner_cik: str | None = None
    rpt_owner_ccc: str | None = None
    rpt_owner_name: str | None = None
    rpt_owner_street1: str | None = None
    rpt_owner_street2: str | None = None
    rpt_owner_city: str | None = None
    rpt_owner_state: str | None = None
    rpt_owner_zip_code: str | None = None
    rpt_owner_state_description: str | None = None
    rpt_owner_good_address: bool | None = None
    rpt_owner_non_us_address_flag: bool | None = None
    is_director: bool | None = None
    is_officer: bool | None = None
    is_ten_percent_owner: bool | None = None
    is_other: bool | None = None
    officer_title: str | None = None
    other_text: str | None = None

    @property
    def relationship(self) -> list[str]:
        """Human labels of box 5 ('Director', 'Officer (CFO)', ...)."""
        out = []
        if self.is_director:
            out.append("Director")
        if self.is_officer:
            out.append(f"Officer ({self.officer_title})" if self.officer_title else "Officer")
        if self.is_ten_percent_owner:
            out.append("10% Owner")
        if self.is_other:
            out.append(f"Other ({self.other_text})" if self.other_text else "Other")
        return out


class _Row(_Base):
    """Behaviour shared by the rows of Table I and Table II (fields are per table, in
    the order the printed form shows its columns)."""

    def footnotes_for(self, field: str) -> list[str]:
        return self.footnote_ids.get(field, [])  # type: ignore[attr-defined]


class NonDerivativeTransaction(_Row):
    security_title: str | None = None
    transaction_date: date | None = None
    deemed_execution_date: date | None = None
    transaction_form_type: str | None = None
    transaction_code: str | None = None
    equity_swap_involved: bool | None = None
    transaction_timeliness: str | None = None
    transaction_shares: Decimal | None = None
    transaction_price_per_share: Decimal | None = None
    transaction_acquired_disposed_code: str | None = None
    shares_owned_following_transaction: Decimal | None = None
    value_owned_following_transaction: Decimal | None = None
    direct_or_indirect_ownership: str | None = None
    nature_of_ownership: str | None = None
    footnote_ids: FootnoteIds = msgspec.field(default_factory=dict)


class NonDerivativeHolding(_Row):
    security_title: str | None = None
    transaction_form_type: str | None = None
    shares_owned_following_transaction: Decimal | None = None
    value_owned_following_transaction: Decimal | None = None
    direct_or_indirect_ownership: str | None = None
    nature_of_ownership: str | None = None
    footnote_ids: FootnoteIds = msgspec.field(default_factory=dict)


class DerivativeTransaction(_Row):
    security_title: str | None = None
    conversion_or_exercise_price: Decimal | None = None
    transaction_date: date | None = None
    deemed_execution_date: date | None = None
    transaction_form_type: str | None = None
    transaction_code: str | None = None
    equity_swap_involved: bool | None = None
    transaction_timeliness: str | None = None
    transaction_shares: Decimal | None = None
    transaction_total_value: Decimal | None = None
    transaction_price_per_share: Decimal | None = None
    transaction_acquired_disposed_code: str | None = None
    exercise_date: date | None = None
    expiration_date: date | None = None
    underlying_security_title: str | None = None
    underlying_security_shares: Decimal | None = None
    underlying_security_value: Decimal | None = None
    shares_owned_following_transaction: Decimal | None = None
    value_owned_following_transaction: Decimal | None = None
    direct_or_indirect_ownership: str | None = None
    nature_of_ownership: str | None = None
    footnote_ids: FootnoteIds = msgspec.field(default_factory=dict)


class DerivativeHolding(_Row):
    security_title: str | None = None
    conversion_or_exercise_price: Decimal | None = None
    transaction_form_type: str | None = None
    exercise_date: date | None = None
    expiration_date: date | None = None
    underlying_security_title: str | None = None
    underlying_security_shares: Decimal | None = None
    underlying_security_value: Decimal | None = None
    shares_owned_following_transaction: Decimal | None = None
    value_owned_following_transaction: Decimal | None = None
    direct_or_indirect_ownership: str | None = None
    nature_of_ownership: str | None = None
    footnote_ids: FootnoteIds = msgspec.field(default_factory=dict)


class Footnote(_Base):
    id: str
    text: str = ""


class OwnerSignature(_Base):
    signature_name: str | None = None
    signature_date: date | None = None


class Extraction(_Base):
    """How a non-XML document was read, and what the reader is unsure of.

    ``uncertain_fields`` holds paths such as
    ``non_derivative_transactions[1].transaction_price_per_share``; ``evidence`` maps a
    path to the text it was read from and the rule that confirmed or repaired it.
    """

    source_format: str
    uncertain_fields: list[str] = msgspec.field(default_factory=list)
    warnings: list[str] = msgspec.field(default_factory=list)
    evidence: dict[str, str] = msgspec.field(default_factory=dict)


class FilingMetadata(_Base):
    """What an EDGAR full-submission header (or the caller) says about the filing."""

    accession_number: str | None = None
    filing_date: date | None = None
    form_type: str | None = None
    source_path: str | None = None


ROW_TABLES: dict[str, type[_Row]] = {
    "non_derivative_transactions": NonDerivativeTransaction,
    "non_derivative_holdings": NonDerivativeHolding,
    "derivative_transactions": DerivativeTransaction,
    "derivative_holdings": DerivativeHolding,
}


class OwnershipDocument(_Base):
    """One Form 3, 4 or 5 (or amendment), however it was read."""

    schema_version: str | None = None
    document_type: str | None = None
    period_of_report: date | None = None
    date_of_original_submission: date | None = None
    no_securities_owned: bool | None = None
    not_subject_to_section16: bool | None = None
    form3_holdings_reported: bool | None = None
    form4_transactions_reported: bool | None = None
    aff10b5_one: bool | None = None
    issuer: Issuer = msgspec.field(default_factory=Issuer)
    reporting_owners: list[ReportingOwner] = msgspec.field(default_factory=list)
    non_derivative_transactions: list[NonDerivativeTransaction] = msgspec.field(default_factory=list)
    non_derivative_holdings: list[NonDerivativeHolding] = msgspec.field(default_factory=list)
    derivative_transactions: list[DerivativeTransaction] = msgspec.field(default_factory=list)
    derivative_holdings: list[DerivativeHolding] = msgspec.field(default_factory=list)
    footnotes: list[Footnote] = msgspec.field(default_factory=list)
    remarks: str | None = None
    owner_signatures: list[OwnerSignature] = msgspec.field(default_factory=list)
    # Not part of EDGAR's element set: where the document came from and how it read.
    metadata: FilingMetadata | None = None
    warnings: list[str] = msgspec.field(default_factory=list)
    extraction: Extraction | None = None

    # -- conversions -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as a dict: ISO date strings, exact `Decimal` numbers.

        ``metadata`` and ``extraction`` are left out when empty so that documents read
        from XML carry exactly EDGAR's element set.
        """
        out = msgspec.to_builtins(self, builtin_types=(Decimal,))
        if out.get("metadata") is None:
            out.pop("metadata", None)
        if out.get("extraction") is None:
            out.pop("extraction", None)
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON form as text, numbers written as JSON numbers without float rounding."""
        raw = _JSON.encode(self.to_dict())
        if indent:
            raw = msgspec.json.format(raw, indent=indent)
        return raw.decode()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OwnershipDocument:
        """Build a document from its JSON form (the inverse of `to_dict`)."""
        return msgspec.convert(data, cls, strict=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> OwnershipDocument:
        return cls.from_dict(_JSON_DECODER.decode(text))

    def to_xml(self, **kwargs: Any) -> str:
        from section16.writers.xml import to_xml

        return to_xml(self, **kwargs)

    def to_html(self, **kwargs: Any) -> str:
        from section16.writers.html import to_html

        return to_html(self, **kwargs)

    # -- convenience -------------------------------------------------------------------
    @property
    def is_amendment(self) -> bool:
        return bool(self.document_type and self.document_type.endswith("/A"))

    @property
    def footnote_map(self) -> dict[str, str]:
        return {f.id: f.text for f in self.footnotes}

    def rows(self) -> list[tuple[str, int, Any]]:
        """Every table row as ``(table name, index, row)``, Table I before Table II."""
        out: list[tuple[str, int, Any]] = []
        for table in ROW_TABLES:
            for i, row in enumerate(getattr(self, table)):
                out.append((table, i, row))
        return out


_JSON = msgspec.json.Encoder(decimal_format="number")
_JSON_DECODER = msgspec.json.Decoder(float_hook=Decimal)


def load_json(path: str | Path) -> OwnershipDocument:
    """Read a document from a file in the JSON form."""
    return OwnershipDocument.from_json(Path(path).read_bytes())
