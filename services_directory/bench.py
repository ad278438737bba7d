"""The speed benchmark: a large made-up directory, how long it takes to import, how fast search is."""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from services_directory.importer import import_file
from services_directory.models import DirectoryBase, Place
from services_directory.places import import_places, nation_from_postcode
from services_directory.postcode_areas import POSTCODE_AREAS
from services_directory.search import ServiceQuery, directory_index, find_services
from services_directory.search_index import AUDIENCES

NEEDS = (
    "talk-to-someone", "counselling", "young-carers", "alcohol-drug-treatment", "family-support",
    "parenting-in-recovery", "pregnancy-substance-use", "kinship-carers", "professional-referral",
    "professional-training", "drug-information", "mutual-aid", "crisis-support", "domestic-abuse",
    "mental-health", "bereavement",
)  # fmt: skip
KINDS = (
    "Young Carers",
    "Family Support",
    "Recovery Service",
    "Youth Counselling",
    "Kinship Group",
    "Hidden Harm Project",
)
QUERIES = (
    "someone to talk to about my mum's drinking", "young carers", "councelling for teenagers",
    "how do i stop drinking, i have two kids", "grandparents raising grandchildren", "pregnant and using",
    "training on parental substance misuse", "referral for a child at risk", "my dad is on drugs",
    "info about ket", "al-anon meetings", "my partner is violent when drunk", "bereavement after overdose",
)  # fmt: skip


@dataclass(frozen=True)
class Town:
    name: str
    outcode: str
    latitude: float
    longitude: float


@dataclass
class SpeedReport:
    services: int
    import_seconds: float
    index_seconds: float
    searches: int
    p50_ms: float
    p95_ms: float


def towns_from(session: Session | None = None) -> list[Town]:
    """Postcode districts of the place table when it has any, else one town per postcode area."""
    if session is not None:
        places = session.scalars(select(Place).where(Place.kind == "outcode")).all()
        if places:
            return [Town(p.name or p.county or p.code, p.code, p.latitude, p.longitude) for p in places]
    return [Town(name, f"{area}1", lat, lon) for area, (name, lat, lon, _) in sorted(POSTCODE_AREAS.items())]


def fake_service(i: int, rng: random.Random, towns: list[Town]) -> dict[str, Any]:
    town = rng.choice(towns)
    kind = rng.choice(KINDS)
    service_id = f"bench-{i:06d}"
    low = rng.choice([None, 5, 8, 11, 12, 16, 18])
    high = None if low == 18 else rng.choice([None, 12, 16, 18, 25])
    if low is not None and high is not None and high < low:
        high = None
    scope = rng.random()
    area = {"id": f"{service_id}-area", "name": town.name, "extent_type": "local"}
    if scope > 0.97:
        area = {"id": f"{service_id}-area", "name": "United Kingdom", "extent_type": "national"}
    elif scope > 0.9:
        area = {
            "id": f"{service_id}-area",
            "name": nation_from_postcode(town.outcode) or "England",
            "extent_type": "regional",
        }
    terms = [("hidden-harm-needs", code) for code in rng.sample(NEEDS, rng.randint(1, 4))]
    terms += [("hidden-harm-audience", code) for code in rng.sample(AUDIENCES, rng.randint(1, 3))]
    latitude = round(town.latitude + rng.uniform(-0.08, 0.08), 5)
    longitude = round(town.longitude + rng.uniform(-0.12, 0.12), 5)
    return {
        "id": service_id,
        "name": f"{town.name} {kind} {i}",
        "description": f"{kind} in {town.name} for families affected by a parent's drinking or drug use.",
        "status": "active",
        "minimum_age": low,
        "maximum_age": high,
        "organization": {"id": f"bench-org-{i % 5000}", "name": f"Charity {i % 5000}"},
        "phones": [{"id": f"{service_id}-phone", "number": f"0{rng.randint(1000000000, 1999999999)}"}],
        "service_areas": [area],
        "service_at_locations": [
            {
                "id": f"{service_id}-sal",
                "location": {
                    "id": f"{service_id}-loc",
                    "name": f"{town.name} centre",
                    "latitude": latitude,
                    "longitude": longitude,
                    "addresses": [
                        {"id": f"{service_id}-addr", "city": town.name, "postal_code": f"{town.outcode} 1AA"}
                    ],
                },
            }
        ],
        "attributes": [
            {
                "id": f"{service_id}-attr-{code}",
                "taxonomy_term": {
                    "id": f"{vocabulary}:{code}",
                    "code": code,
                    "name": code.replace("-", " ").capitalize(),
                    "vocabulary": vocabulary,
                },
            }
            for vocabulary, code in terms
        ],
    }


@contextmanager
def scratch_sessions() -> Iterator[sessionmaker[Session]]:
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'bench.db'}")
        DirectoryBase.metadata.create_all(engine)
        try:
            yield sessionmaker(engine, expire_on_commit=False)
        finally:
            engine.dispose()


def run_speed_benchmark(
    count: int = 100_000, searches: int = 500, places_csv: Path | None = None, seed: int = 7
) -> SpeedReport:
    """Generate `count` services, time their import into a scratch SQLite database, then time searches.

    With `places_csv` (a postcode-district CSV) the services are spread over its districts and places
    are geocoded with it; otherwise over one town per postcode area.
    """
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch, scratch_sessions() as sessions:
        if places_csv is not None:
            import_places(sessions, places_csv)
        with sessions() as session:
            towns = towns_from(session)
        path = Path(scratch) / "services.json"
        path.write_text(json.dumps([fake_service(i, rng, towns) for i in range(count)]), encoding="utf-8")
        started = time.perf_counter()
        import_file(sessions, path)
        import_seconds = time.perf_counter() - started
        with sessions() as session:
            started = time.perf_counter()
            directory_index(session)
            index_seconds = time.perf_counter() - started
            timings = []
            for _ in range(searches):
                town = rng.choice(towns)
                query = ServiceQuery(
                    text=rng.choice(QUERIES),
                    audience=rng.choice([None, *AUDIENCES]),
                    age=rng.choice([None, 9, 14, 17, 35]),
                    place=rng.choice([town.name, town.outcode, f"{town.outcode} 2BB", None]),
                    limit=5,
                )
                started = time.perf_counter()
                find_services(session, query)
                timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return SpeedReport(
        services=count,
        import_seconds=import_seconds,
        index_seconds=index_seconds,
        searches=searches,
        p50_ms=statistics.median(timings),
        p95_ms=timings[max(0, int(len(timings) * 0.95) - 1)],
    )
