"""Turning directory search results into what a person reads: service cards and a short text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from assistant.i18n import _, gettext
from services_directory.exporter import export_services
from services_directory.search import DEFAULT_RADIUS_KM, SearchResult, ServiceHit, ServiceQuery, find_services

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SHORT_DESCRIPTION = 200
SHOWN = 3


@dataclass(frozen=True)
class Request:
    """What we know so far about what the person needs."""

    need: str | None
    audience: str | None
    age: float | None
    place: str | None
    text: str = ""
    exclude: tuple[str, ...] = ()
    radius_km: float | None = None
    postcodes_io_url: str | None = None


def short(text: str | None, limit: int = SHORT_DESCRIPTION) -> str:
    if not text:
        return ""
    first = text.split(". ")[0].rstrip(".") + "."
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def schedules_of(hsds: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(hsds.get("schedules") or [])
    for link in hsds.get("service_at_locations") or []:
        found.extend(link.get("schedules") or [])
    return found


def hours_on(schedules: list[dict[str, Any]], day: date) -> str | None:
    """Opening hours on that day, e.g. '09:00–17:00', 'closed', or None when the directory does not say."""
    if not schedules:
        return None
    code = WEEKDAYS[day.weekday()]
    spans = []
    for schedule in schedules:
        days = [d.strip() for d in (schedule.get("byday") or "").split(",") if d.strip()]
        if schedule.get("freq", "WEEKLY").upper() == "WEEKLY" and code in days:
            opens, closes = schedule.get("opens_at"), schedule.get("closes_at")
            if opens and closes:
                spans.append(
                    "24 hours"
                    if (opens[:5], closes[:5]) in {("00:00", "23:59"), ("00:00", "24:00")}
                    else f"{opens[:5]}–{closes[:5]}"
                )
    return ", ".join(spans) if spans else "closed"


def address_of(hsds: dict[str, Any]) -> str | None:
    for link in hsds.get("service_at_locations") or []:
        for address in (link.get("location") or {}).get("addresses") or []:
            parts = [address.get(k) for k in ("address_1", "city", "postal_code")]
            text = ", ".join(p for p in parts if p)
            if text:
                return text
    return None


def service_card(hit: ServiceHit, hsds: dict[str, Any], today: date) -> dict[str, Any]:
    """The structured service offered on a message: what a channel needs to show and link it."""
    return {
        "id": hit.id,
        "name": hit.name,
        "description": short(hit.description),
        "phone": hit.phone or None,
        "url": hit.url,
        "email": hit.email,
        "address": address_of(hsds),
        "distance_km": hit.distance_km,
        "scope": hit.scope,
        "opening_hours_today": hours_on(schedules_of(hsds), today),
        "why": list(hit.reasons),
    }


def search(session: Session, request: Request, limit: int = SHOWN) -> tuple[SearchResult, list[ServiceHit]]:
    query = ServiceQuery(
        text=request.text,
        needs=(request.need,) if request.need else (),
        audience=request.audience,
        age=request.age,
        place=request.place,
        limit=limit + len(request.exclude),
        radius_km=request.radius_km or DEFAULT_RADIUS_KM,
        postcodes_io_url=request.postcodes_io_url,
    )
    result = find_services(session, query)
    hits = [hit for hit in result.hits if hit.id not in request.exclude][:limit]
    return result, hits


def cards_for(session: Session, hits: list[ServiceHit], today: date) -> list[dict[str, Any]]:
    documents = {doc["id"]: doc for doc in export_services(session, [hit.id for hit in hits])}
    return [service_card(hit, documents.get(hit.id, {}), today) for hit in hits]


INTRO_LOCAL = _("Here are some places near {place} that can help:")
INTRO_NATIONAL = _("Here are some services that can help, wherever you are:")
INTRO_FALLBACK = _(
    "I couldn't find a local service near {place} that fits, so here are national services that can help:"
)
PLACE_UNKNOWN = _("I couldn't find {place} on the map, so here are national services that can help:")
NOTHING = _(
    "I couldn't find a service that fits, sorry. Childline (0800 1111, under 19s) and the NSPCC "
    "(0808 800 5000, adults) can talk things through and know what is near you."
)
LINE = _("{number}. {name}")


def describe(result: SearchResult, cards: list[dict[str, Any]], place: str | None, locale: str) -> str:
    """The short readable text that goes with the structured services."""
    if not cards:
        return gettext(locale, NOTHING)
    label = (result.place.label if result.place else (place or "")).removeprefix("near ")
    if result.place_not_found:
        intro = gettext(locale, PLACE_UNKNOWN, place=place)
    elif result.national_fallback:
        intro = gettext(locale, INTRO_FALLBACK, place=label)
    elif result.place and any(card["scope"] == "local" for card in cards):
        intro = gettext(locale, INTRO_LOCAL, place=label)
    else:
        intro = gettext(locale, INTRO_NATIONAL)
    lines = [intro]
    for number, card in enumerate(cards, 1):
        line = gettext(locale, LINE, number=number, name=card["name"])
        details = [
            card["phone"],
            f"{card['distance_km']:.0f} km" if card["distance_km"] is not None else None,
        ]
        extra = " — ".join(d for d in details if d)
        lines.append(f"{line} — {extra}" if extra else line)
    return "\n".join(lines)
