"""Server-rendered pages (Jinja2). Charts are drawn in the browser by static/app.js from
the JSON API, so every figure on a page is also available to scripts at the same URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from section16.web import service

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def _ledger(request: Request) -> Any:
    return request.app.state.config.ledger()


def entity_url(item: dict[str, Any]) -> str:
    """The page of a search hit: issuers by ticker (or CIK), owners by CIK (or name).

    Names may hold slashes (EDGAR's ``SMITH JOHN /CA/``); the routes take them whole.
    """
    if item.get("kind") == "issuer":
        return "/issuers/" + quote(str(item.get("ticker") or item.get("cik") or item.get("name")), safe="")
    return "/owners/" + quote(str(item.get("cik") or item.get("name")), safe="")


@router.get("/")
def home(request: Request) -> Response:
    recent = _ledger(request).filings(limit=15)
    return _render(request, "home.html.j2", recent=recent)


@router.get("/search")
def search_page(request: Request, q: str = Query("", max_length=200)) -> Response:
    """The no-JavaScript fallback of the search box; one exact hit goes straight to its page."""
    q = q.strip()
    hits = _ledger(request).search(q, limit=50) if q else []
    if len(hits) == 1:
        return RedirectResponse(entity_url(hits[0]), status_code=303)
    return _render(request, "search.html.j2", q=q, hits=[{**h, "url": entity_url(h)} for h in hits])


@router.get("/issuers/{ident:path}")
def issuer_page(request: Request, ident: str) -> Response:
    ledger = _ledger(request)
    info = ledger.issuer(ident)
    if not info:
        raise HTTPException(404, f"no issuer {ident!r} in the ledger")
    filings = ledger.filings(issuer=ident, limit=500)
    insiders = _insiders(ledger, filings)
    recent = _recent_transactions(ledger, ident, filings)
    return _render(
        request, "issuer.html.j2", ident=ident, info=info, recent=recent, insiders=insiders, filings=filings[:25]
    )


def _recent_transactions(ledger: Any, ident: str, filings: list[dict[str, Any]], n: int = 50) -> list[dict[str, Any]]:
    """The issuer's latest ``n`` transactions, newest first.

    The ledger lists transactions oldest first; starting from the period of the n-th
    newest filing bounds the read instead of paging through the issuer's whole history.
    """
    periods = [f["period_of_report"] for f in filings[:n] if f.get("period_of_report")]
    start = min(periods) if periods else None
    rows = ledger.transactions(issuer=ident, start=start, limit=5000)
    # Newest day first; within a day the filing's own row order (the sort is stable).
    return sorted(rows[-n:], key=lambda t: t.get("transaction_date") or "", reverse=True)


MAX_INSIDERS = 60


def _insiders(ledger: Any, filings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Distinct reporting owners across an issuer's filings (newest first) with their
    relationship (director, officer, 10% owner) as their latest filing states it."""
    seen: dict[str, dict[str, Any]] = {}
    for f in filings:
        for name in f.get("owners") or []:
            if name in seen:
                seen[name]["filings"] += 1
            elif len(seen) < MAX_INSIDERS:
                seen[name] = {
                    "name": name,
                    "cik": None,
                    "relationship": [],
                    "filings": 1,
                    "filing_key": f["filing_key"],
                    "period": f.get("period_of_report"),
                }
    docs: dict[str, Any] = {}
    for o in seen.values():
        found = ledger.owner(o["name"])
        o["cik"] = found["cik"] if found else None
        key = o["filing_key"]
        if key not in docs:
            docs[key] = service.get_document(ledger, key)
        owners = docs[key].reporting_owners
        for ro in owners:
            same_cik = o["cik"] and (ro.rpt_owner_cik or "").lstrip("0") == o["cik"].lstrip("0")
            if same_cik or len(owners) == 1:
                o["relationship"] = ro.relationship
                break
    return list(seen.values())


@router.get("/owners/{ident:path}")
def owner_page(request: Request, ident: str) -> Response:
    ledger = _ledger(request)
    info = ledger.owner(ident)
    if not info:
        raise HTTPException(404, f"no owner {ident!r} in the ledger")
    holdings = ledger.holdings(ident)
    filings = ledger.filings(owner=ident, limit=100)
    gaps = ledger.gaps(owner=ident)
    return _render(request, "owner.html.j2", ident=ident, info=info, holdings=holdings, filings=filings, gaps=gaps)


@router.get("/filings/{key}")
def filing_page(request: Request, key: str) -> Response:
    ledger = _ledger(request)
    doc = service.get_document(ledger, key)
    fields = service.field_views(doc)
    corrections = ledger.corrections(key)
    corrected = {c["path"] for c in corrections}
    return _render(
        request,
        "filing.html.j2",
        key=key,
        doc=doc,
        sections=service.sections(fields),
        uncertain=[f for f in fields if f.uncertain and f.path not in corrected],
        findings=service.check_findings(doc),
        corrections=corrections,
        corrected=corrected,
    )


@router.get("/filings/{key}/form")
def filing_form(request: Request, key: str) -> Response:
    """The filing drawn like the official form by the HTML writer, uncertain values
    highlighted with their evidence as hover titles (corrected ones no longer); the filing
    page shows it in a frame."""
    ledger = _ledger(request)
    doc = service.get_document(ledger, key)
    corrected = {c["path"] for c in ledger.corrections(key)}
    doubtful = [p for p in (doc.extraction.uncertain_fields if doc.extraction else []) if p not in corrected]
    return HTMLResponse(doc.to_html(highlight=doubtful))


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The API reference, rendered here from the OpenAPI schema (no CDN, works offline)."""
    return _render(request, "api_docs.html.j2", schema=request.app.openapi())


@router.get("/upload")
def upload_page(request: Request) -> Response:
    return _render(request, "upload.html.j2")
