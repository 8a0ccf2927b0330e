"""Render an `OwnershipDocument` as HTML laid out like the printed SEC form.

The layout follows the official Forms 3, 4 and 5 (and EDGAR's own rendering of the XML):
boxes 1 to 6, Table I and Table II with the official column headings, footnote markers
beside the values they qualify, the explanation of responses, remarks and signature.
The corpus generator prints this page to PDF to make test documents, so it stays close
to the official layout on purpose.

Every value sits in ``<span class="v" data-path="...">`` so the web app can highlight
uncertain fields (``highlight=``) and show the reader's evidence on hover.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from section16.model import OwnershipDocument

__all__ = ["to_html", "format_number", "format_date"]


def format_number(value: Decimal | None, *, money: bool = False) -> str:
    """Thousands separators, no trailing zeros beyond what was filed; '$' for prices."""
    if value is None:
        return ""
    text = format(value, "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    out = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return f"{sign}${out}" if money else sign + out


def format_date(value: date | None) -> str:
    """The printed form's Month/Day/Year."""
    return value.strftime("%m/%d/%Y") if value else ""


_TITLES = {
    "3": "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES",
    "4": "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
    "5": "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES",
}
_OMB = {"3": "3235-0104", "4": "3235-0287", "5": "3235-0362"}


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("section16", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


class _Cells:
    """Formats one value of the document with its footnote markers and its path."""

    def __init__(self, highlight: set[str], evidence: dict[str, str]) -> None:
        self.highlight = highlight
        self.evidence = evidence

    def __call__(self, path: str, text: str, notes: list[str] | None = None) -> Markup:
        marks = "".join(f"<sup>({escape(n.lstrip('Ff'))})</sup>" for n in notes or [])
        classes = "v uncertain" if path in self.highlight else "v"
        title = self.evidence.get(path)
        title_attr = f' title="{escape(title)}"' if title else ""
        return Markup(f'<span class="{classes}" data-path="{escape(path)}"{title_attr}>{escape(text)}</span>{marks}')


def _row_cells(cell: _Cells, table: str, i: int, row: Any) -> dict[str, Markup]:
    """Every printable column of a row, already formatted."""
    notes = row.footnote_ids
    out: dict[str, Markup] = {}
    for field in type(row).__struct_fields__:
        if field == "footnote_ids":
            continue
        value = getattr(row, field)
        if isinstance(value, Decimal):
            text = format_number(value, money=field in ("conversion_or_exercise_price", "transaction_price_per_share"))
        elif isinstance(value, date):
            text = format_date(value)
        elif isinstance(value, bool):
            text = "X" if value else ""
        else:
            text = value or ""
        path = f"{table}[{i}].{field}"
        out[field] = cell(path, text, notes.get(field))
    # Column 3 "V": a voluntarily (early) reported transaction.
    out["v"] = Markup("V") if getattr(row, "transaction_timeliness", None) == "E" else Markup("")
    return out


def to_html(
    doc: OwnershipDocument,
    *,
    highlight: set[str] | list[str] | None = None,
    evidence: dict[str, str] | None = None,
    standalone: bool = True,
) -> str:
    """The form as an HTML page (``standalone=False`` gives the ``<div>`` alone)."""
    if highlight is None and doc.extraction is not None:
        highlight = doc.extraction.uncertain_fields
    if evidence is None and doc.extraction is not None:
        evidence = doc.extraction.evidence
    cell = _Cells(set(highlight or ()), dict(evidence or {}))
    form = (doc.document_type or "4").split("/")[0]
    tables = {
        name: [_row_cells(cell, name, i, row) for i, row in enumerate(getattr(doc, name))]
        for name in (
            "non_derivative_transactions",
            "non_derivative_holdings",
            "derivative_transactions",
            "derivative_holdings",
        )
    }
    owners = [
        {
            "i": i,
            "o": o,
            "name": cell(f"reporting_owners[{i}].rpt_owner_name", o.rpt_owner_name or ""),
            "street": cell(
                f"reporting_owners[{i}].rpt_owner_street1",
                " ".join(x for x in (o.rpt_owner_street1, o.rpt_owner_street2) if x),
            ),
            "city": cell(f"reporting_owners[{i}].rpt_owner_city", o.rpt_owner_city or ""),
            "state": cell(f"reporting_owners[{i}].rpt_owner_state", o.rpt_owner_state or ""),
            "zip": cell(f"reporting_owners[{i}].rpt_owner_zip_code", o.rpt_owner_zip_code or ""),
            "title": cell(f"reporting_owners[{i}].officer_title", o.officer_title or ""),
            "other": cell(f"reporting_owners[{i}].other_text", o.other_text or ""),
        }
        for i, o in enumerate(doc.reporting_owners)
    ]
    template = _env().get_template("form.html.j2")
    return template.render(
        doc=doc,
        form=form,
        amendment=doc.is_amendment,
        title=_TITLES.get(form, _TITLES["4"]),
        omb=_OMB.get(form, _OMB["4"]),
        owners=owners,
        tables=tables,
        cell=cell,
        fmt_date=format_date,
        standalone=standalone,
    )
