"""Check HSDS 3.0 service records and turn them into table rows, without touching the database.

Every problem raises DirectoryImportError naming the record (index and id) and the field path, so a
malformed file is refused before anything is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from services_directory.documents import DirectoryImportError, Document, Record
from services_directory.fields import FIELDS, NESTED, OWNER_COLUMNS, join, json_type
from services_directory.models import (
    Address,
    Attribute,
    DirectoryBase,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)


@dataclass
class LocationRows:
    row: dict[str, Any]
    children: dict[type[DirectoryBase], list[dict[str, Any]]]


@dataclass
class RowSet:
    """Everything one file will write, keyed by table; child `pk`s are local (0, 1, ...) until written."""

    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    locations: dict[str, LocationRows] = field(default_factory=dict)
    services: list[dict[str, Any]] = field(default_factory=list)
    children: dict[type[DirectoryBase], list[dict[str, Any]]] = field(default_factory=dict)
    # Ids named but not given in full (taxonomy_term_id, organization_id, location_id): id -> where.
    references: dict[type[DirectoryBase], dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def child_rows(self) -> dict[type[DirectoryBase], list[dict[str, Any]]]:
        """All owned rows, those of locations included, by table."""
        merged = {model: list(rows) for model, rows in self.children.items()}
        for location in self.locations.values():
            for model, rows in location.children.items():
                merged.setdefault(model, []).extend(rows)
        return merged


class RowBuilder:
    def __init__(self) -> None:
        self.rows = RowSet()
        self._next_pk: dict[type[DirectoryBase], int] = {}
        self._label = ""

    def error(self, path: str, problem: str) -> DirectoryImportError:
        return DirectoryImportError(f"{self._label}: field {path}: {problem}")

    def _pk(self, model: type[DirectoryBase]) -> int:
        value = self._next_pk.get(model, 0)
        self._next_pk[model] = value + 1
        return value

    def split(self, model: type[DirectoryBase], data: Any, path: str) -> dict[str, Any]:
        """Type-check the columns of one object; keep unknown keys in `extra`."""
        if not isinstance(data, dict):
            raise self.error(path, f"must be an object, not {json_type(data)}")
        fields, nested = FIELDS[model], NESTED.get(model, frozenset())
        row: dict[str, Any] = dict.fromkeys(fields)
        extra: dict[str, Any] = {}
        for key, value in data.items():
            kind = fields.get(key)
            if kind is None:
                if key not in nested:
                    extra[key] = value
            elif value is not None:
                where = join(path, key)
                if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
                    raise self.error(where, f"must be a number, not {json_type(value)}")
                if kind == "string" and not isinstance(value, str):
                    raise self.error(where, f"must be a string, not {json_type(value)}")
                row[key] = value
        row["extra"] = extra or None
        return row

    def refer(self, model: type[DirectoryBase], key: str, path: str) -> None:
        self.rows.references.setdefault(model, {}).setdefault(key, f"{self._label}: field {path}")

    def required_id(self, row: dict[str, Any], path: str) -> str:
        value = row.get("id")
        if not isinstance(value, str) or not value.strip():
            raise self.error(join(path, "id"), "is required (a non-empty string)")
        return value

    def items(self, data: dict[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        value = data.get(key)
        if value is None:
            return []
        where = join(path, key)
        if not isinstance(value, list):
            raise self.error(where, f"must be an array, not {json_type(value)}")
        return [(f"{where}[{i}]", item) for i, item in enumerate(value)]

    def owned(
        self, model: type[DirectoryBase], data: dict[str, Any], key: str, path: str, owner: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """Rows of a list of owned children (phones, schedules, ...), each pointing at its owner."""
        rows = []
        for where, item in self.items(data, key, path):
            row = self.split(model, item, where)
            row.update({"pk": self._pk(model), **owner})
            rows.append(row)
        return rows

    def phones(
        self, data: dict[str, Any], path: str, owner: dict[str, Any]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Rows of the phones of an object, and of the languages of those phones."""
        phones, languages = [], []
        for where, item in self.items(data, "phones", path):
            row = self.split(Phone, item, where)
            row.update({"pk": self._pk(Phone), **_owner(Phone, owner)})
            phones.append(row)
            languages += self.owned(
                Language, item, "languages", where, _owner(Language, {"phone_pk": row["pk"]})
            )
        return phones, languages

    def add_term(self, data: Any, path: str) -> str:
        row = self.split(TaxonomyTerm, data, path)
        if row["id"] is None:
            if not row["code"]:
                raise self.error(join(path, "id"), "a taxonomy term needs an id or a code")
            row["id"] = f"{row['vocabulary'] or row['taxonomy'] or 'term'}:{row['code']}"
        self.required_id(row, path)
        self.rows.terms[row["id"]] = row
        return str(row["id"])

    def add_location(self, data: Any, path: str) -> str:
        row = self.split(Location, data, path)
        location_id = self.required_id(row, path)
        if set(data) <= {"id"}:  # only a reference: the location is given elsewhere, or already known
            self.refer(Location, location_id, f"{path}.id")
            return location_id
        for axis, limit in (("latitude", 90), ("longitude", 180)):
            value = row[axis]
            if value is not None and not (math.isfinite(value) and -limit <= value <= limit):
                self.rows.warnings.append(
                    f"{self._label}: field {path}.{axis}: {value} is outside -{limit}..{limit}; "
                    "this location will not be used for distances"
                )
        owner = {"location_id": location_id}
        phones, phone_languages = self.phones(data, path, owner)
        children: dict[type[DirectoryBase], list[dict[str, Any]]] = {
            Address: self.owned(Address, data, "addresses", path, owner),
            Phone: phones,
            Schedule: self.owned(Schedule, data, "schedules", path, _owner(Schedule, owner)),
            Language: phone_languages
            + self.owned(Language, data, "languages", path, _owner(Language, owner)),
        }
        self.rows.locations[location_id] = LocationRows(row, children)
        return location_id

    def add_service(self, record: Record) -> None:
        self._label = record.label
        data = record.data
        row = self.split(Service, data, "")
        service_id = self.required_id(row, "")
        if not isinstance(row["name"], str) or not row["name"].strip():
            raise self.error("name", "is required (a non-empty string)")
        self.check_ages(row)
        if data.get("organization") is not None:
            organization = self.split(Organization, data["organization"], "organization")
            organization_id = self.required_id(organization, "organization")
            if row["organization_id"] not in (None, organization_id):
                raise self.error("organization_id", "differs from organization.id")
            row["organization_id"] = organization_id
            if set(data["organization"]) <= {"id"}:
                self.refer(Organization, organization_id, "organization.id")
            else:
                self.rows.organizations[organization_id] = organization
        elif row["organization_id"] is not None:
            self.refer(Organization, row["organization_id"], "organization_id")
        self.rows.services.append(row)
        owner = {"service_id": service_id}
        add = self.rows.children.setdefault
        phones, phone_languages = self.phones(data, "", owner)
        add(Phone, []).extend(phones)
        add(Language, []).extend(phone_languages)
        add(Schedule, []).extend(self.owned(Schedule, data, "schedules", "", _owner(Schedule, owner)))
        add(Language, []).extend(self.owned(Language, data, "languages", "", _owner(Language, owner)))
        add(ServiceArea, []).extend(self.owned(ServiceArea, data, "service_areas", "", owner))
        for where, item in self.items(data, "service_at_locations", ""):
            self.add_service_at_location(item, where, service_id)
        for where, item in self.items(data, "attributes", ""):
            self.add_attribute(item, where, service_id)

    def check_ages(self, row: dict[str, Any]) -> None:
        for key in ("minimum_age", "maximum_age"):
            if row[key] is not None and not 0 <= row[key] <= 150:
                raise self.error(key, f"must be an age between 0 and 150, not {row[key]}")
        low, high = row["minimum_age"], row["maximum_age"]
        if low is not None and high is not None and low > high:
            raise self.error("minimum_age", f"is more than maximum_age ({row['maximum_age']})")

    def add_service_at_location(self, data: Any, path: str, service_id: str) -> None:
        row = self.split(ServiceAtLocation, data, path)
        location_id = data.get("location_id")
        if data.get("location") is not None:
            location_id = self.add_location(data["location"], f"{path}.location")
        elif location_id is not None and not isinstance(location_id, str):
            raise self.error(f"{path}.location_id", f"must be a string, not {json_type(location_id)}")
        elif location_id is not None:
            self.refer(Location, location_id, f"{path}.location_id")
        row.update({"pk": self._pk(ServiceAtLocation), "service_id": service_id, "location_id": location_id})
        if "location_id" in data:
            row["extra"] = {**(row["extra"] or {}), "location_id": location_id}
        add = self.rows.children.setdefault
        add(ServiceAtLocation, []).append(row)
        owner = {"service_at_location_pk": row["pk"]}
        phones, phone_languages = self.phones(data, path, owner)
        add(Phone, []).extend(phones)
        add(Language, []).extend(phone_languages)
        add(Schedule, []).extend(self.owned(Schedule, data, "schedules", path, _owner(Schedule, owner)))

    def add_attribute(self, data: Any, path: str, service_id: str) -> None:
        row = self.split(Attribute, data, path)
        term_id = data.get("taxonomy_term_id")
        if data.get("taxonomy_term") is not None:
            term_id = self.add_term(data["taxonomy_term"], f"{path}.taxonomy_term")
        elif not isinstance(term_id, str) or not term_id:
            raise self.error(path, "needs a taxonomy_term object or a taxonomy_term_id")
        else:
            self.refer(TaxonomyTerm, term_id, f"{path}.taxonomy_term_id")
        if "taxonomy_term_id" in data:
            row["extra"] = {**(row["extra"] or {}), "taxonomy_term_id": data["taxonomy_term_id"]}
        row.update({"pk": self._pk(Attribute), "service_id": service_id, "taxonomy_term_id": term_id})
        self.rows.children.setdefault(Attribute, []).append(row)


def _owner(model: type[DirectoryBase], owner: dict[str, Any]) -> dict[str, Any]:
    """Every owner column of `model`, the given one set and the others None (uniform rows insert faster)."""
    columns = [c.name for c in model.__table__.columns if c.name in OWNER_COLUMNS - {"pk", "extra"}]
    return {name: owner.get(name) for name in columns}


def build_rows(document: Document) -> RowSet:
    """Check every record of a document and return its rows; raise on the first problem found."""
    builder = RowBuilder()
    for term in document.terms:
        builder._label = term.label
        builder.add_term(term.data, "")
    seen: dict[str, str] = {}
    for record in document.records:
        builder.add_service(record)
        service_id = builder.rows.services[-1]["id"]
        if service_id in seen:
            raise DirectoryImportError(f"{record.label}: field id: duplicates {seen[service_id]}")
        seen[service_id] = record.label
    rows = builder.rows
    given: dict[type[DirectoryBase], Any] = {
        TaxonomyTerm: rows.terms,
        Organization: rows.organizations,
        Location: rows.locations,
    }
    rows.references = {
        model: {key: where for key, where in named.items() if key not in given[model]}
        for model, named in rows.references.items()
    }
    return rows
