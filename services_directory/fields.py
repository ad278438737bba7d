"""Which HSDS 3.0 fields each table keeps as columns, and their JSON types (from the models)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float

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

OWNER_COLUMNS = {"pk", "extra", "service_id", "location_id", "service_at_location_pk", "phone_pk"}


def hsds_fields(model: type[DirectoryBase], *, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """The HSDS fields a table has a column for, each with its JSON type ("number" or "string")."""
    return {
        column.name: "number" if isinstance(column.type, Float) else "string"
        for column in model.__table__.columns
        if column.name not in OWNER_COLUMNS | skip
    }


PLAIN_TABLES = (Organization, Service, Location, ServiceAtLocation, Address, Phone, Schedule, Language)
FIELDS: dict[type[DirectoryBase], dict[str, str]] = {
    **{model: hsds_fields(model) for model in (*PLAIN_TABLES, ServiceArea, TaxonomyTerm)},
    Attribute: hsds_fields(Attribute, skip=frozenset({"taxonomy_term_id"})),
}
# Keys read by the importer itself rather than kept as columns or in `extra`.
NESTED: dict[type[DirectoryBase], frozenset[str]] = {
    Organization: frozenset({"services"}),
    Service: frozenset({"organization", "phones", "schedules", "service_areas", "service_at_locations"})
    | frozenset({"languages", "attributes"}),
    Location: frozenset({"addresses", "phones", "schedules", "languages"}),
    ServiceAtLocation: frozenset({"location", "location_id", "phones", "schedules"}),
    Phone: frozenset({"languages"}),
    Attribute: frozenset({"taxonomy_term"}),
}


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    return "an array" if isinstance(value, list) else "an object"
