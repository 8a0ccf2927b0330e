"""What the SEC's codes on Forms 3, 4 and 5 mean, and the limits EDGAR puts on each field.

Sources: the EDGAR Ownership XML Technical Specification v3 (choice lists in section 3.6,
maximum lengths in sections 3.4/3.5, transaction coding in 4.3.8) and the Form 4 General
Instructions, section 8 (transaction codes). The checks (`section16.checks`), the writers
and the web app all read these tables, so there is one place to correct a meaning.

    >>> describe_code("F")
    'F: Payment of exercise price or tax liability by delivering or withholding securities ...'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

__all__ = [
    "TransactionCode",
    "TRANSACTION_CODES",
    "XML_TRANSACTION_CODES",
    "describe_code",
    "implied_direction",
    "ACQUIRED_DISPOSED",
    "OWNERSHIP_FORMS",
    "FORM_TYPES",
    "DOCUMENT_TYPES",
    "TRANSACTION_FORM_TYPES",
    "TIMELINESS",
    "MAX_LENGTHS",
    "MAX_ROWS_PER_TABLE",
    "MAX_REPORTING_OWNERS",
    "MAX_FOOTNOTES",
    "MAX_DECIMAL",
    "GIFTS_ON_FORM4_FROM",
]

Direction = Literal["A", "D"]


@dataclass(frozen=True, slots=True)
class TransactionCode:
    """One SEC transaction code.

    ``direction`` is the acquired/disposed code the transaction implies on any row, or None
    when it can go either way. ``table_direction`` refines it per table where the code means
    opposite things in Table I and Table II (an option exercise acquires shares in Table I
    and disposes of the option in Table II). ``usual_direction`` is what is normal but not
    required (a gift is usually given, sometimes received).
    """

    code: str
    meaning: str
    group: str
    direction: Direction | None = None
    table_direction: tuple[tuple[str, Direction], ...] = ()
    usual_direction: Direction | None = None

    def direction_in(self, table: str) -> Direction | None:
        """The implied A/D code for a row of ``table`` (e.g. 'derivative_transactions')."""
        for prefix, direction in self.table_direction:
            if table.startswith(prefix):
                return direction
        return self.direction


_RULE_16B3 = "Rule 16b-3 transaction"
_DERIVATIVE = "Derivative securities (other than Rule 16b-3)"
_EXEMPT = "Other Section 16(b) exempt transaction or small acquisition"
_GENERAL = "General transaction"
_OTHER = "Other transaction"
# Exercise/conversion codes: shares come in (Table I), the derivative goes out (Table II).
_EXERCISE = (("non_derivative", "A"), ("derivative", "D"))

TRANSACTION_CODES: dict[str, TransactionCode] = {
    c.code: c
    for c in (
        TransactionCode(
            "P", "Open market or private purchase of non-derivative or derivative security", _GENERAL, direction="A"
        ),
        TransactionCode(
            "S", "Open market or private sale of non-derivative or derivative security", _GENERAL, direction="D"
        ),
        TransactionCode("V", "Transaction voluntarily reported earlier than required", _GENERAL),
        TransactionCode("A", "Grant, award or other acquisition pursuant to Rule 16b-3(d)", _RULE_16B3, direction="A"),
        TransactionCode(
            "D",
            "Disposition to the issuer of issuer equity securities pursuant to Rule 16b-3(e)",
            _RULE_16B3,
            direction="D",
        ),
        TransactionCode(
            "F",
            "Payment of exercise price or tax liability by delivering or withholding "
            "securities incident to the receipt, exercise or vesting of a security issued "
            "in accordance with Rule 16b-3",
            _RULE_16B3,
            direction="D",
        ),
        TransactionCode(
            "I",
            "Discretionary transaction in accordance with Rule 16b-3(f) resulting in "
            "acquisition or disposition of issuer securities",
            _RULE_16B3,
        ),
        TransactionCode(
            "M",
            "Exercise or conversion of derivative security exempted pursuant to Rule 16b-3",
            _RULE_16B3,
            table_direction=_EXERCISE,
        ),
        TransactionCode("C", "Conversion of derivative security", _DERIVATIVE, table_direction=_EXERCISE),
        TransactionCode("E", "Expiration of short derivative position", _DERIVATIVE, usual_direction="D"),
        TransactionCode(
            "H",
            "Expiration (or cancellation) of long derivative position with value received",
            _DERIVATIVE,
            table_direction=(("derivative", "D"),),
        ),
        TransactionCode(
            "O", "Exercise of out-of-the-money derivative security", _DERIVATIVE, table_direction=_EXERCISE
        ),
        TransactionCode(
            "X", "Exercise of in-the-money or at-the-money derivative security", _DERIVATIVE, table_direction=_EXERCISE
        ),
        TransactionCode("G", "Bona fide gift", _EXEMPT, usual_direction="D"),
        TransactionCode("L", "Small acquisition under Rule 16a-6", _EXEMPT, direction="A"),
        TransactionCode("W", "Acquisition or disposition by will or the laws of descent and distribution", _EXEMPT),
        TransactionCode("Z", "Deposit into or withdrawal from voting trust", _EXEMPT),
        TransactionCode("J", "Other acquisition or disposition (describe transaction)", _OTHER),
        TransactionCode("K", "Transaction in equity swap or instrument with similar characteristics", _OTHER),
        TransactionCode(
            "U", "Disposition pursuant to a tender of shares in a change of control transaction", _OTHER, direction="D"
        ),
    )
}
"""Every code of the Form 4 General Instructions, section 8, keyed by letter."""

XML_TRANSACTION_CODES = frozenset("ACDEFGHIJLMOPSUWXZ")
"""The codes EDGAR XML accepts in ``<transactionCode>`` (spec 3.6.9 / the XSD pattern).

K and V are not among them: XML says "equity swap" with ``<equitySwapInvolved>`` and
"voluntarily reported early" with transaction form type 5 / timeliness E, and EDGAR adds
the K or V letter to the printed code itself (spec 4.3.8.2).
"""


def describe_code(code: str | None) -> str:
    """One line naming the code and its official meaning, or saying it is not a code."""
    if not code:
        return "no transaction code"
    tc = TRANSACTION_CODES.get(code.strip().upper())
    if tc is None:
        return f"{code}: not an SEC transaction code"
    return f"{tc.code}: {tc.meaning}"


def implied_direction(code: str | None, table: str = "non_derivative_transactions") -> Direction | None:
    """The A/D code a transaction code requires on a row of ``table``, or None if either."""
    tc = TRANSACTION_CODES.get((code or "").strip().upper())
    return tc.direction_in(table) if tc else None


ACQUIRED_DISPOSED: dict[str, str] = {"A": "Acquired", "D": "Disposed of"}
OWNERSHIP_FORMS: dict[str, str] = {"D": "Direct", "I": "Indirect"}
FORM_TYPES: dict[str, str] = {
    "3": "Initial statement of beneficial ownership",
    "4": "Statement of changes in beneficial ownership",
    "5": "Annual statement of changes in beneficial ownership",
}
DOCUMENT_TYPES: frozenset[str] = frozenset({"3", "3/A", "4", "4/A", "5", "5/A"})
TRANSACTION_FORM_TYPES: dict[str, frozenset[str]] = {
    # Spec 3.6.3 FormTypeList: what <transactionFormType> may say, by form.
    "transactions": frozenset({"4", "5"}),
    "form5_holdings": frozenset({"3"}),
}
TIMELINESS: dict[str, str] = {"E": "Early", "L": "Late", "": "On time"}

MAX_LENGTHS: dict[str, int] = {
    # Spec sections 3.4/3.5 "Max Length" and the X0306 XSD; keys are model field names.
    "schema_version": 5,
    "document_type": 3,
    "issuer_cik": 10,
    "issuer_name": 150,
    "issuer_trading_symbol": 10,
    "rpt_owner_cik": 10,
    "rpt_owner_ccc": 8,
    "rpt_owner_name": 150,
    "rpt_owner_street1": 40,
    "rpt_owner_street2": 40,
    "rpt_owner_city": 30,
    "rpt_owner_state": 2,
    "rpt_owner_zip_code": 10,
    "rpt_owner_state_description": 50,
    "officer_title": 30,
    "other_text": 30,
    "security_title": 60,
    "underlying_security_title": 60,
    "transaction_form_type": 1,
    "transaction_code": 1,
    "transaction_timeliness": 1,
    "transaction_acquired_disposed_code": 1,
    "direct_or_indirect_ownership": 1,
    "nature_of_ownership": 100,
    "footnote": 1000,  # the spec's table says 1000; the XSD does not enforce it
    "remarks": 2000,
    "signature_name": 255,
}
"""Longest value EDGAR stores for each field (characters)."""

MAX_ROWS_PER_TABLE = 30
"""Spec 3.3 (*): Table I and Table II hold at most 30 rows each (transactions + holdings)."""
MAX_REPORTING_OWNERS = 10
MAX_FOOTNOTES = 99
MAX_DECIMAL = Decimal("999999999999.9999")
"""Largest number EDGAR accepts in a decimal field (spec 3.2); it stores four decimals."""

GIFTS_ON_FORM4_FROM = date(2023, 2, 27)
"""Since the SEC's amendments effective 2023-02-27 (Release 33-11138), a bona fide gift (G)
must be reported on Form 4 within two business days instead of on Form 5."""
