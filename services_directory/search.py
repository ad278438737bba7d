"""find_services: eligible services for a need, an audience, an age and a place, best first, with reasons.

Eligibility is strict (the age must be in range; a young person never gets a service only for
professionals). Services near the place (within `radius_km`) that fit the need come first; services
covering the place's nation or the whole UK fill the list, and `national_fallback` says when nothing
local fitted.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from services_directory.geocode import ResolvedPlace
from services_directory.models import Phone, Service
from services_directory.ranking import Ranking, rank
from services_directory.search_index import AUDIENCES, DirectoryIndex, build_index
from services_directory.state import REVISION, get_state

DEFAULT_RADIUS_KM = 40.0
MAX_INDEXES = 8


class SearchError(ValueError):
    """A query that cannot be run, e.g. an unknown audience."""


@dataclass(frozen=True)
class ServiceQuery:
    text: str = ""
    needs: tuple[str, ...] = ()  # taxonomy codes or free text
    terms: tuple[str, ...] = ()  # only services with every one of these taxonomy terms (code or id)
    audience: str | None = None
    age: float | None = None
    place: str | None = None
    limit: int = 5
    radius_km: float = DEFAULT_RADIUS_KM
    postcodes_io_url: str | None = None
    explain: bool = True  # work out each hit's reasons (the API, which does not show them, skips it)


@dataclass(frozen=True)
class ServiceHit:
    id: str
    name: str
    score: float
    distance_km: float | None
    scope: str  # local, regional or national
    reasons: tuple[str, ...]
    description: str | None = None
    url: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class SearchResult:
    hits: list[ServiceHit] = field(default_factory=list)
    place: ResolvedPlace | None = None
    place_not_found: bool = False
    national_fallback: bool = False
    needs: dict[str, float] = field(default_factory=dict)
    total: int = 0  # services that qualified, of which `hits` are the first `limit`


_indexes: dict[str, DirectoryIndex] = {}
_lock = threading.Lock()


def directory_index(session: Session) -> DirectoryIndex:
    """The index of the session's database, rebuilt whenever an import or place load changed it."""
    key = repr(session.get_bind().engine.url)
    revision = get_state(session, REVISION) or ""
    index = _indexes.get(key)
    if index is None or index.revision != revision:
        with _lock:
            index = _indexes.get(key)
            if index is None or index.revision != revision:
                index = build_index(session, revision)
                _indexes.pop(key, None)
                _indexes[key] = index
                while len(_indexes) > MAX_INDEXES:  # one per database; tests make many small ones
                    _indexes.pop(next(iter(_indexes)))
    return index


def place_readings(session: Session, place: str) -> list[ResolvedPlace]:
    """The places in different nations a bare town name could mean; empty when it is not ambiguous."""
    return directory_index(session).gazetteer.readings(place)


def find_services(session: Session, query: ServiceQuery) -> SearchResult:
    if query.audience is not None and query.audience not in AUDIENCES:
        raise SearchError(f"audience must be one of {', '.join(AUDIENCES)}")
    if query.age is not None and not 0 <= query.age <= 150:
        raise SearchError("age must be between 0 and 150")
    if query.limit < 1:
        raise SearchError("limit must be at least 1")
    index = directory_index(session)
    place = None
    if query.place and query.place.strip():
        place = index.gazetteer.resolve(session, query.place, query.postcodes_io_url)
    ranking = rank(index, query, place)
    result = SearchResult(
        place=place,
        place_not_found=bool(query.place and query.place.strip()) and place is None,
        needs=ranking.needs,
        total=ranking.total,
    )
    result.hits = _hits(session, index, ranking)
    result.national_fallback = bool(place and place.has_position) and not any(
        h.scope == "local" for h in result.hits
    )
    return result


def _hits(session: Session, index: DirectoryIndex, ranking: Ranking) -> list[ServiceHit]:
    ids = [index.ids[i] for i in ranking.order]
    details = {row.id: row for row in session.execute(select(Service).where(Service.id.in_(ids))).scalars()}
    phones: dict[str, str] = {}
    for service_id, number in session.execute(
        select(Phone.service_id, Phone.number).where(Phone.service_id.in_(ids)).order_by(Phone.pk)
    ):
        phones.setdefault(service_id, number or "")
    hits = []
    for i in ranking.order:
        service = details.get(index.ids[i])
        distance = float(ranking.distances[i]) if np.isfinite(ranking.distances[i]) else None
        hits.append(
            ServiceHit(
                id=index.ids[i],
                name=index.names[i],
                score=round(float(ranking.scores[i]), 4),
                distance_km=round(distance, 1) if distance is not None else None,
                scope=ranking.scopes[i],
                reasons=tuple(ranking.reasons.get(i, ())),
                description=service.description if service else None,
                url=service.url if service else None,
                email=service.email if service else None,
                phone=phones.get(index.ids[i]),
            )
        )
    return hits
