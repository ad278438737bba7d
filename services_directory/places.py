"""UK postcodes and the place table: parse postcodes, tell their nation, import a postcode CSV."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from services_directory.documents import DirectoryImportError
from services_directory.importer import chunks
from services_directory.models import Place, table_of
from services_directory.postcode_areas import POSTCODE_AREAS
from services_directory.state import bump_revision

NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b")
OUTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
WALES_AREAS = {"CF", "SA", "LL", "NP", "LD"}
SCOTLAND_AREAS = {
    "AB",
    "DD",
    "DG",
    "EH",
    "FK",
    "G",
    "HS",
    "IV",
    "KA",
    "KW",
    "KY",
    "ML",
    "PA",
    "PH",
    "TD",
    "ZE",
}
# ONS country codes (ctry) and the spellings of nations that CSVs use.
NATION_NAMES = {
    "e92000001": "England",
    "w92000004": "Wales",
    "s92000003": "Scotland",
    "n92000002": "Northern Ireland",
    "eng": "England",
    "wls": "Wales",
    "sct": "Scotland",
    "nir": "Northern Ireland",
    **{name.lower(): name for name in NATIONS},
}
COLUMNS = {
    "code": ("postcode", "pcds", "pcd", "pcd7", "pcd8", "outcode"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "long", "lng", "lon"),
    "name": ("city", "town", "post_town", "place"),
    "county": ("county", "county_name", "district"),
    "nation": ("country_name", "country", "ctry", "nation"),
}


def parse_postcode(text: str) -> tuple[str, str] | None:
    """("LS1 4AP", "full") or ("LS1", "outcode") for text that is a UK postcode or district, else None."""
    compact = re.sub(r"\s+", "", text.upper())
    full = FULL_POSTCODE.fullmatch(compact)
    if full:
        return f"{full.group(1)} {full.group(2)}", "full"
    if OUTCODE.fullmatch(compact):
        return compact, "outcode"
    return None


def find_postcode(text: str) -> str | None:
    """The first full postcode written inside a longer text ("I'm at ls1 4ap") in standard form."""
    match = FULL_POSTCODE.search(text.upper())
    return f"{match.group(1)} {match.group(2)}" if match else None


def area_of(code: str) -> str:
    match = re.match(r"[A-Z]+", code)
    return match.group() if match else ""


def nation_from_postcode(code: str) -> str | None:
    """The nation most of a postcode area lies in (CF/SA/LL/NP/LD are Wales, BT is Northern Ireland)."""
    area = area_of(code.upper())
    if area in WALES_AREAS:
        return "Wales"
    if area == "BT":
        return "Northern Ireland"
    if area in SCOTLAND_AREAS:
        return "Scotland"
    known = POSTCODE_AREAS.get(area)
    return known[3] if known else None


def nation_name(value: str | None) -> str | None:
    return NATION_NAMES.get((value or "").strip().lower())


@dataclass
class PlaceImportReport:
    imported: int = 0
    skipped: int = 0
    derived_outcodes: int = 0

    def summary(self) -> str:
        text = f"imported {self.imported} place(s)"
        text += f", skipped {self.skipped} row(s) without a usable postcode or position"
        if self.derived_outcodes:
            text += f"; added {self.derived_outcodes} postcode district(s) averaged from their postcodes"
        return text


def _columns(header: list[str]) -> dict[str, str]:
    lowered = {name.strip().lower(): name for name in header}
    found = {}
    for key, names in COLUMNS.items():
        for name in names:
            if name in lowered:
                found[key] = lowered[name]
                break
    missing = {"code", "latitude", "longitude"} - found.keys()
    if missing:
        raise DirectoryImportError(
            f"the CSV needs a postcode, a latitude and a longitude column (e.g. postcode/latitude/longitude "
            f"or pcds/lat/long); missing: {', '.join(sorted(missing))}"
        )
    return found


def read_places(path: Path, report: PlaceImportReport) -> Iterator[dict[str, Any]]:
    """Rows of the place table from a CSV; rows without a postcode or a position are counted as skipped."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = _columns(list(reader.fieldnames or []))
        for raw in reader:
            parsed = parse_postcode(raw.get(columns["code"]) or "")
            try:
                latitude, longitude = float(raw[columns["latitude"]]), float(raw[columns["longitude"]])
            except (TypeError, ValueError):
                latitude = longitude = 999.0
            if parsed is None or not (49 <= latitude <= 61 and -9 <= longitude <= 3):
                report.skipped += 1  # ONS marks postcodes without a grid reference with 99.999999
                continue
            code, kind = parsed
            yield {
                "code": code,
                "kind": "postcode" if kind == "full" else "outcode",
                "name": (raw.get(columns.get("name", "")) or "").strip() or None,
                "county": (raw.get(columns.get("county", "")) or "").strip() or None,
                "nation": nation_name(raw.get(columns.get("nation", ""))) or nation_from_postcode(code),
                "latitude": latitude,
                "longitude": longitude,
            }


def import_places(sessions: sessionmaker[Session], path: Path) -> PlaceImportReport:
    """Load a postcode-district or ONS postcode CSV into the place table (upsert by code), all or nothing."""
    report = PlaceImportReport()
    districts: dict[str, list[float]] = {}
    with sessions.begin() as session:
        batch: list[dict[str, Any]] = []
        for row in read_places(path, report):
            batch.append(row)
            if row["kind"] == "postcode":
                totals = districts.setdefault(row["code"].split()[0], [0.0, 0.0, 0.0])
                totals[0] += row["latitude"]
                totals[1] += row["longitude"]
                totals[2] += 1
            if len(batch) == 5000:
                _write(session, batch)
                report.imported += len(batch)
                batch = []
        _write(session, batch)
        report.imported += len(batch)
        report.derived_outcodes = _add_missing_districts(session, districts)
        bump_revision(session)
    return report


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    unique = list({row["code"]: row for row in rows}.values())
    for codes in chunks(row["code"] for row in unique):
        session.execute(delete(Place).where(Place.code.in_(codes)))
    if unique:
        session.execute(insert(table_of(Place)), unique)


def _add_missing_districts(session: Session, districts: dict[str, list[float]]) -> int:
    """Give every district of a full-postcode file a centroid, unless the table already has one."""
    known: set[str] = set()
    for codes in chunks(districts):
        known.update(session.scalars(select(Place.code).where(Place.code.in_(codes))))
    rows = [
        {
            "code": code,
            "kind": "outcode",
            "name": None,
            "county": None,
            "nation": nation_from_postcode(code),
            "latitude": lat / count,
            "longitude": lon / count,
        }
        for code, (lat, lon, count) in districts.items()
        if code not in known
    ]
    _write(session, rows)
    return len(rows)
