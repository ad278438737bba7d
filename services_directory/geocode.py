"""Places as positions: the resolved-place record, distances, and the optional postcodes.io look-up."""

from __future__ import annotations

import json
import math
import re
import unicodedata
import urllib.parse
import urllib.request
from dataclasses import dataclass

from services_directory.places import nation_from_postcode, nation_name

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(a, 1.0)))


def valid_position(latitude: float | None, longitude: float | None) -> bool:
    return (
        latitude is not None and longitude is not None and -90 <= latitude <= 90 and -180 <= longitude <= 180
    )


def normalise_name(text: str) -> str:
    """'Newcastle-upon-Tyne ' -> 'newcastle upon tyne'; 'St. Albans' -> 'st albans'; accents dropped."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9' ]+", " ", text.replace("-", " ").replace(".", ""))
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class ResolvedPlace:
    """Where a person said they are; no position when only a nation (or the UK) is known."""

    query: str
    label: str
    latitude: float | None
    longitude: float | None
    nation: str | None
    kind: str  # postcode, outcode, town, nation
    source: str  # place table, directory, gazetteer, postcode area, postcodes.io, nations

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def km_to(self, other: ResolvedPlace) -> float:
        if not (self.has_position and other.has_position):
            return math.inf
        return haversine_km(
            self.latitude or 0.0, self.longitude or 0.0, other.latitude or 0.0, other.longitude or 0.0
        )


def lookup_postcodes_io(base_url: str, code: str, timeout: float = 2.0) -> ResolvedPlace | None:
    """Ask a postcodes.io server about one postcode; any failure just means "unknown"."""
    url = f"{base_url.rstrip('/')}/postcodes/{urllib.parse.quote(code)}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            result = json.load(response).get("result") or {}
        latitude, longitude = float(result["latitude"]), float(result["longitude"])
    except Exception:  # network, HTTP, JSON or missing fields: all "unknown"
        return None
    nation = nation_name(result.get("country")) or nation_from_postcode(code)
    return ResolvedPlace(code, code, latitude, longitude, nation, "postcode", "postcodes.io")
