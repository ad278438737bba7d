"""The staff API: escalations (list, one with its audit log, claim, note, resolve) and a live event stream."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from assistant.appkeys import CHANGES, DB
from assistant.safeguarding.escalations import (
    SEVERITIES,
    STATUSES,
    Escalation,
    EscalationEvent,
    TransitionError,
    add_note,
    claim,
    resolve,
)
from assistant.staff.accounts import staff_for_token

MAX_NOTE = 4000
HEARTBEAT_SECONDS = 15.0
POLL_SECONDS = 0.5  # changes made by other processes (the action server) are picked up this fast


def unauthorized() -> web.HTTPUnauthorized:
    return web.HTTPUnauthorized(
        text=json.dumps({"error": "a valid staff token is required"}),
        content_type="application/json",
        headers={"WWW-Authenticate": 'Bearer realm="staff"'},
    )


def bad_request(message: str) -> web.HTTPBadRequest:
    return web.HTTPBadRequest(text=json.dumps({"error": message}), content_type="application/json")


def not_found() -> web.HTTPNotFound:
    return web.HTTPNotFound(text=json.dumps({"error": "no such escalation"}), content_type="application/json")


def token_owner(sessions: sessionmaker[Session], header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    with sessions.begin() as session:
        member = staff_for_token(session, token.strip())
        return member.name if member else None


async def authenticate(request: web.Request) -> str:
    """The name of the member of staff behind the request's bearer token; 401 otherwise."""
    name = await asyncio.to_thread(token_owner, request.app[DB], request.headers.get("Authorization", ""))
    if name is None:
        raise unauthorized()
    return name


def list_escalations(
    sessions: sessionmaker[Session], filters: dict[str, str], limit: int
) -> list[dict[str, Any]]:
    query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc()).limit(limit)
    for name, value in filters.items():
        query = query.where(getattr(Escalation, name) == value)
    with sessions() as session:
        return [escalation.to_json() for escalation in session.scalars(query)]


def parse_filters(request: web.Request) -> tuple[dict[str, str], int]:
    query = request.query
    filters = {name: query[name] for name in ("conversation_id", "status", "severity") if query.get(name)}
    if "status" in filters and filters["status"] not in STATUSES:
        raise bad_request(f"status must be one of {', '.join(STATUSES)}")
    if "severity" in filters and filters["severity"] not in SEVERITIES:
        raise bad_request(f"severity must be one of {', '.join(SEVERITIES)}")
    raw_limit = query.get("limit", "100")
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 500:
        raise bad_request("limit must be a whole number from 1 to 500")
    return filters, int(raw_limit)


async def escalations_index(request: web.Request) -> web.Response:
    await authenticate(request)
    filters, limit = parse_filters(request)
    rows = await asyncio.to_thread(list_escalations, request.app[DB], filters, limit)
    return web.json_response({"escalations": rows})


def escalation_id(request: web.Request) -> int:
    raw = request.match_info["id"]
    if not raw.isdigit():
        raise not_found()
    return int(raw)


def load_one(sessions: sessionmaker[Session], ident: int) -> dict[str, Any] | None:
    with sessions() as session:
        escalation = session.get(Escalation, ident, options=[selectinload(Escalation.events)])
        return escalation.to_json(with_events=True) if escalation else None


async def escalation_detail(request: web.Request) -> web.Response:
    await authenticate(request)
    body = await asyncio.to_thread(load_one, request.app[DB], escalation_id(request))
    if body is None:
        raise not_found()
    return web.json_response(body)


def change(
    sessions: sessionmaker[Session], ident: int, staff: str, action: str, note: str | None
) -> dict[str, Any]:
    with sessions.begin() as session:
        escalation = session.get(Escalation, ident)
        if escalation is None:
            raise not_found()
        if action == "claim":
            claim(session, escalation, staff)
        elif action == "resolve":
            resolve(session, escalation, staff, note)
        else:
            if not note:
                raise bad_request("a note needs some text")
            add_note(session, escalation, staff, note)
    body = load_one(sessions, ident)
    assert body is not None
    return body


async def escalation_action(request: web.Request) -> web.Response:
    staff = await authenticate(request)
    action = request.match_info["action"]
    note = None
    if request.can_read_body:
        try:
            payload = await request.json()
        except ValueError:
            raise bad_request("the body must be valid JSON") from None
        note = payload.get("note") if isinstance(payload, dict) else None
        if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
            raise bad_request(f"note must be a string of at most {MAX_NOTE} characters")
    try:
        body = await asyncio.to_thread(change, request.app[DB], escalation_id(request), staff, action, note)
    except TransitionError as error:
        return web.json_response({"error": str(error)}, status=409)
    request.app[CHANGES].notify()
    return web.json_response(body)


def events_after(sessions: sessionmaker[Session], after: int) -> list[dict[str, Any]]:
    with sessions() as session:
        rows = session.execute(
            select(EscalationEvent, Escalation)
            .join(Escalation, EscalationEvent.escalation_id == Escalation.id)
            .where(EscalationEvent.id > after)
            .order_by(EscalationEvent.id)
            .limit(200)
        ).all()
        return [{**event.to_json(), "escalation": escalation.to_json()} for event, escalation in rows]


def latest_event_id(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.max(EscalationEvent.id))) or 0)


async def event_stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: every escalation change after Last-Event-ID (or from now on)."""
    await authenticate(request)
    sessions = request.app[DB]
    last = request.headers.get("Last-Event-ID") or request.query.get("after")
    after = int(last) if last and last.isdigit() else await asyncio.to_thread(latest_event_id, sessions)
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)
    await response.write(b": connected\n\n")
    idle = 0.0
    while True:
        events = await asyncio.to_thread(events_after, sessions, after)
        for event in events:
            after = event["id"]
            await response.write(f"id: {after}\nevent: escalation\ndata: {json.dumps(event)}\n\n".encode())
        if not events:
            idle += POLL_SECONDS
            if idle >= HEARTBEAT_SECONDS:
                await response.write(b": heartbeat\n\n")
                idle = 0.0
        await request.app[CHANGES].wait(POLL_SECONDS)


def add_staff_routes(app: web.Application) -> None:
    app.add_routes(
        [
            web.get("/api/staff/escalations", escalations_index),
            web.get("/api/staff/escalations/{id}", escalation_detail),
            web.post("/api/staff/escalations/{id}/{action:claim|resolve|note}", escalation_action),
            web.get("/api/staff/events", event_stream),
        ]
    )
