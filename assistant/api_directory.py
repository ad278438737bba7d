"""The read API of the directory, in Open Referral UK / HSDS 3.0 shapes.

GET /api/directory/services?text=&taxonomy_term=&age=&postcode=&proximity=&audience=&page=&per_page=
GET /api/directory/services/{id}
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, replace
from typing import Any

from aiohttp import web
from multidict import MultiMapping
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from assistant.appkeys import DB, SETTINGS
from services_directory.exporter import export_services
from services_directory.models import Service
from services_directory.search import DEFAULT_RADIUS_KM, SearchError, ServiceQuery, find_services
from services_directory.search_index import AUDIENCES

MAX_PER_PAGE = 100
MAX_RESULTS = 10_000  # how deep a search can be paged


def json_error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


@dataclass(frozen=True)
class ListRequest:
    query: ServiceQuery
    page: int
    per_page: int

    @property
    def searching(self) -> bool:
        query = self.query
        return bool(query.text or query.terms or query.place or query.audience or query.age is not None)


def _number(
    params: MultiMapping[str], name: str, low: float, high: float, default: float | None
) -> float | None:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw[:40]!r}") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}")
    return value


def parse_list_request(params: MultiMapping[str]) -> ListRequest:
    """Validate the query string; raise ValueError with a message for the caller."""
    page = _number(params, "page", 1, 1_000_000, 1)
    per_page = _number(params, "per_page", 1, MAX_PER_PAGE, 20)
    if page != int(page or 1) or per_page != int(per_page or 1):
        raise ValueError("page and per_page must be whole numbers")
    if (page or 1) * (per_page or 20) > MAX_RESULTS:
        raise ValueError(f"only the first {MAX_RESULTS} results can be paged through")
    age = _number(params, "age", 0, 150, None)
    proximity = _number(params, "proximity", 1, 1_000_000, None)  # metres, as in the HSDS API
    postcode = params.get("postcode", "").strip() or None
    if proximity is not None and postcode is None:
        raise ValueError("proximity needs a postcode")
    audience = params.get("audience", "").strip() or None
    if audience is not None and audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}")
    terms = tuple(
        t.strip() for value in params.getall("taxonomy_term", []) for t in value.split(",") if t.strip()
    )
    query = ServiceQuery(
        text=params.get("text", "").strip()[:500],
        terms=terms,
        audience=audience,
        age=age,
        place=postcode,
        limit=int(page or 1) * int(per_page or 20),
        radius_km=proximity / 1000 if proximity is not None else DEFAULT_RADIUS_KM,
        explain=False,
    )
    return ListRequest(query=query, page=int(page or 1), per_page=int(per_page or 20))


def page_body(contents: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    pages = max(1, math.ceil(total / per_page))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not contents,
        "contents": contents,
    }


def list_services(
    sessions: sessionmaker[Session], request: ListRequest, postcodes_io_url: str | None
) -> dict[str, Any]:
    start = (request.page - 1) * request.per_page
    with sessions() as session:
        if not request.searching:
            total = session.scalar(select(func.count()).select_from(Service)) or 0
            ids = list(
                session.scalars(
                    select(Service.id)
                    .order_by(Service.name, Service.id)
                    .offset(start)
                    .limit(request.per_page)
                )
            )
        else:
            query = request.query
            if query.place:
                query = replace(query, postcodes_io_url=postcodes_io_url)
            result = find_services(session, query)
            if query.place and result.place is None:
                raise SearchError(f"could not find the postcode or place {query.place!r}")
            total = result.total
            ids = [hit.id for hit in result.hits[start:]]
        services = {service["id"]: service for service in export_services(session, ids)}
    return page_body([services[i] for i in ids if i in services], total, request.page, request.per_page)


async def services_list(request: web.Request) -> web.Response:
    try:
        parsed = parse_list_request(request.query)
    except ValueError as error:
        return json_error(400, str(error))
    postcodes_io_url = request.app[SETTINGS].postcodes_io_url
    try:
        body = await asyncio.to_thread(list_services, request.app[DB], parsed, postcodes_io_url)
    except SearchError as error:
        return json_error(400, str(error))
    return web.json_response(body)


def one_service(sessions: sessionmaker[Session], service_id: str) -> dict[str, Any] | None:
    with sessions() as session:
        found = export_services(session, [service_id])
    return found[0] if found else None


async def service_detail(request: web.Request) -> web.Response:
    service = await asyncio.to_thread(one_service, request.app[DB], request.match_info["id"])
    if service is None:
        return json_error(404, f"no service with id {request.match_info['id']!r}")
    return web.json_response(service)


def add_directory_routes(app: web.Application) -> None:
    """The directory's read API (unknown full postcodes go to POSTCODES_IO_URL when it is set)."""
    app.add_routes(
        [
            web.get("/api/directory/services", services_list),
            web.get("/api/directory/services/{id}", service_detail),
        ]
    )
