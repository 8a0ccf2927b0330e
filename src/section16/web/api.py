"""The JSON API under ``/api/`` (schema at ``/api/openapi.json``, docs at ``/api/docs``).

Each route is a thin call into `Ledger` (or the readers for ``/api/parse``); the answers
are the ledger's plain dicts, encoded by msgspec so Decimals stay exact. Route handlers
are plain ``def`` so blocking database calls run in the threadpool, not the event loop.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import msgspec
from fastapi import APIRouter, Body, File, Form, HTTPException, Query, Request, UploadFile
from starlette.responses import Response

from section16.web import service
from section16.web.jsonresp import JSONResponse

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=1000, description="rows per page")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
OwnerQ = Annotated[str | None, Query(description="owner name or CIK")]
IssuerQ = Annotated[str | None, Query(description="issuer ticker or CIK")]


def _ledger(request: Request) -> Any:
    return request.app.state.config.ledger()


def _get_document(request: Request, key: str) -> Any:
    return service.get_document(_ledger(request), key)


def _rows(rows: Any) -> Response:
    return JSONResponse(rows)


@router.get("/health", summary="Is the server up, and can it write?")
def health(request: Request) -> Response:
    config = request.app.state.config
    cache = config.cache.stats() if config.cache is not None else None
    return JSONResponse({"ok": True, "writes_enabled": config.token is not None, "cache": cache})


@router.get("/search", summary="Issuers and owners matching a ticker, name or CIK")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Response:
    return _rows(_ledger(request).search(q.strip(), limit=limit))


@router.get("/issuers/{ident:path}/monthly", summary="Open-market buying and selling (codes P, S) by month")
def issuer_monthly(request: Request, ident: str) -> Response:
    ledger = _ledger(request)
    if not ledger.issuer(ident):
        raise HTTPException(404, f"no issuer {ident!r} in the ledger")
    rows: list[dict[str, Any]] = []
    offset, step = 0, 5000
    while True:
        page = ledger.transactions(issuer=ident, code="P,S", limit=step, offset=offset)
        rows.extend(page)
        if len(page) < step:
            break
        offset += step
    return JSONResponse(service.monthly_net(rows))


@router.get("/issuers/{ident:path}", summary="One issuer by ticker or CIK")
def issuer(request: Request, ident: str) -> Response:
    found = _ledger(request).issuer(ident)
    if not found:
        raise HTTPException(404, f"no issuer {ident!r} in the ledger")
    return JSONResponse(found)


@router.get("/owners/{ident:path}", summary="One reporting owner by name or CIK")
def owner(request: Request, ident: str) -> Response:
    found = _ledger(request).owner(ident)
    if not found:
        raise HTTPException(404, f"no owner {ident!r} in the ledger")
    return JSONResponse(found)


@router.get("/filings", summary="Filings, newest first, by owner and/or issuer")
def filings(
    request: Request, owner: OwnerQ = None, issuer: IssuerQ = None, limit: Limit = 100, offset: Offset = 0
) -> Response:
    return _rows(_ledger(request).filings(owner=owner, issuer=issuer, limit=limit, offset=offset))


@router.get("/filings/{key}", summary="One filing in the full JSON form (corrections applied)")
def filing(request: Request, key: str) -> Response:
    return Response(service.get_document_json(_ledger(request), key), media_type="application/json")


@router.get("/filings/{key}/checks", summary="Check findings for one filing")
def filing_checks(request: Request, key: str) -> Response:
    findings = service.check_findings(_get_document(request, key))
    if findings is None:
        raise HTTPException(501, "the checks module is not available in this build")
    return JSONResponse(findings)


@router.get("/transactions", summary="Transactions with filters and paging")
def transactions(
    request: Request,
    owner: OwnerQ = None,
    issuer: IssuerQ = None,
    code: Annotated[
        str | None, Query(max_length=60, description="transaction code(s), comma-separated: P, S or P,S")
    ] = None,
    start: Annotated[date | None, Query(description="first transaction date")] = None,
    end: Annotated[date | None, Query(description="last transaction date")] = None,
    min_value: Annotated[float | None, Query(ge=0, description="minimum shares x price")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Response:
    return _rows(
        _ledger(request).transactions(
            owner=owner,
            issuer=issuer,
            code=code,
            start=start,
            end=end,
            min_value=min_value,
            limit=limit,
            offset=offset,
        )
    )


@router.get("/holdings", summary="An owner's positions per security and ownership form")
def holdings(
    request: Request,
    owner: Annotated[str, Query(description="owner name or CIK")],
    issuer: IssuerQ = None,
    as_of: Annotated[date | None, Query(description="positions as of this date")] = None,
) -> Response:
    return _rows(_ledger(request).holdings(owner, issuer=issuer, as_of=as_of))


@router.get("/timeline", summary="An owner's position changes in date order, with running positions")
def timeline(
    request: Request, owner: Annotated[str, Query(description="owner name or CIK")], issuer: IssuerQ = None
) -> Response:
    return _rows(_ledger(request).timeline(owner, issuer=issuer))


@router.get("/gaps", summary="Where a reported position doesn't follow from the one before")
def gaps(request: Request, owner: OwnerQ = None, issuer: IssuerQ = None) -> Response:
    return _rows(_ledger(request).gaps(owner=owner, issuer=issuer))


@router.post("/parse", summary="Read an uploaded file (XML, PDF or text) without storing it")
def parse_upload(request: Request, file: Annotated[UploadFile, File(description="the filing")]) -> Response:
    doc = service.read_upload(file.file.read(), file.filename)
    return JSONResponse(service.parse_result(doc))


@router.post("/filings", status_code=201, summary="Read an uploaded file and save it, with corrections (token needed)")
def save_upload(
    request: Request,
    file: Annotated[UploadFile, File(description="the filing")],
    corrections: Annotated[str, Form(description='JSON list of {"path": ..., "value": ...}')] = "[]",
    author: Annotated[str | None, Form(max_length=200)] = None,
    token: Annotated[str | None, Form()] = None,
) -> Response:
    service.require_token(request, token)
    try:
        wanted = msgspec.json.decode(corrections or "[]")
    except msgspec.DecodeError as exc:
        raise HTTPException(422, f"corrections is not valid JSON ({exc})") from exc
    if not isinstance(wanted, list):
        raise HTTPException(422, "corrections must be a JSON list")
    doc = service.read_upload(file.file.read(), file.filename)
    pairs = service.validate_corrections(doc, wanted)
    result = service.save_document(
        _ledger(request),
        doc,
        pairs,
        source_path=doc.metadata.source_path if doc.metadata else None,
        author=author,
    )
    return JSONResponse(result, status_code=201)


@router.post("/filings/{key}/corrections", summary="Correct fields of a stored filing (token needed)")
def correct(
    request: Request,
    key: str,
    corrections: Annotated[list[dict[str, Any]], Body(embed=True)],
    author: Annotated[str | None, Body(embed=True, max_length=200)] = None,
) -> Response:
    service.require_token(request)
    doc = _get_document(request, key)
    pairs = service.validate_corrections(doc, corrections)
    service.record_corrections(_ledger(request), key, pairs, author)
    return JSONResponse({"key": key, "corrections": [{"path": p, "value": v} for p, v in pairs]})
