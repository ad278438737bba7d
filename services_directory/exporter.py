"""Export the directory as HSDS 3.0 JSON: an array of fully nested services."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from services_directory.fields import FIELDS
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
    table_of,
)

Rows = list[RowMapping]


def _value(value: Any) -> Any:
    """Numbers come back from Float columns as floats; give whole numbers back as the integers they were."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def as_hsds(model: type[DirectoryBase], row: RowMapping, **nested: Any) -> dict[str, Any]:
    """One object: its non-null columns, then nested values (empty lists left out), then unknown fields."""
    data = {name: _value(row[name]) for name in FIELDS[model] if row[name] is not None}
    data.update({key: value for key, value in nested.items() if value not in (None, [])})
    data.update(row["extra"] or {})
    return data


def _fetch(session: Session, model: type[DirectoryBase], where: ColumnElement[bool]) -> Rows:
    table = table_of(model)
    order = table.c.pk if "pk" in table.c else table.c.id
    return list(session.execute(select(table).where(where).order_by(order)).mappings())


def _by(rows: Iterable[RowMapping], column: str) -> dict[Any, Rows]:
    grouped: dict[Any, Rows] = defaultdict(list)
    for row in rows:
        if row[column] is not None:
            grouped[row[column]].append(row)
    return grouped


@dataclass
class Loaded:
    """The rows of the services being exported, grouped by owner."""

    services: Rows
    organizations: dict[str, RowMapping]
    locations: dict[str, RowMapping]
    terms: dict[str, RowMapping]
    links: dict[str, Rows]
    areas: dict[str, Rows]
    attributes: dict[str, Rows]
    addresses: dict[str, Rows]
    phones: dict[str, dict[Any, Rows]]
    schedules: dict[str, dict[Any, Rows]]
    languages: dict[str, dict[Any, Rows]]

    def phone(self, row: RowMapping) -> dict[str, Any]:
        return as_hsds(Phone, row, languages=self.language_list("phone_pk", row["pk"]))

    def phone_list(self, owner: str, key: Any) -> list[dict[str, Any]]:
        return [self.phone(row) for row in self.phones[owner].get(key, [])]

    def schedule_list(self, owner: str, key: Any) -> list[dict[str, Any]]:
        return [as_hsds(Schedule, row) for row in self.schedules[owner].get(key, [])]

    def language_list(self, owner: str, key: Any) -> list[dict[str, Any]]:
        return [as_hsds(Language, row) for row in self.languages[owner].get(key, [])]

    def location(self, location_id: str) -> dict[str, Any] | None:
        row = self.locations.get(location_id)
        if row is None:
            return None
        return as_hsds(
            Location,
            row,
            languages=self.language_list("location_id", location_id),
            addresses=[as_hsds(Address, a) for a in self.addresses.get(location_id, [])],
            phones=self.phone_list("location_id", location_id),
            schedules=self.schedule_list("location_id", location_id),
        )

    def link(self, row: RowMapping) -> dict[str, Any]:
        return as_hsds(
            ServiceAtLocation,
            row,
            phones=self.phone_list("service_at_location_pk", row["pk"]),
            schedules=self.schedule_list("service_at_location_pk", row["pk"]),
            location=self.location(row["location_id"]) if row["location_id"] else None,
        )

    def attribute(self, row: RowMapping) -> dict[str, Any]:
        term = self.terms[row["taxonomy_term_id"]]
        return as_hsds(Attribute, row, taxonomy_term=as_hsds(TaxonomyTerm, term))

    def service(self, row: RowMapping) -> dict[str, Any]:
        service_id = row["id"]
        organization = self.organizations.get(row["organization_id"] or "")
        lists = {
            "phones": self.phone_list("service_id", service_id),
            "schedules": self.schedule_list("service_id", service_id),
            "service_areas": [as_hsds(ServiceArea, a) for a in self.areas.get(service_id, [])],
            "service_at_locations": [self.link(link) for link in self.links.get(service_id, [])],
            "languages": self.language_list("service_id", service_id),
            "attributes": [self.attribute(a) for a in self.attributes.get(service_id, [])],
        }
        data = as_hsds(
            Service, row, organization=as_hsds(Organization, organization) if organization else None
        )
        if organization:
            data.pop("organization_id", None)  # it is organization.id
        data.update(lists)  # a service's arrays are always given, even when empty
        return data


def load(session: Session, service_ids: Sequence[str] | None = None) -> Loaded:
    """Read the rows the services need (all services when ids is None), filtering by subqueries."""
    t = {model: table_of(model) for model in (Service, ServiceAtLocation, Phone, Attribute)}

    def where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        return true() if service_ids is None else condition

    def of_services(model: type[DirectoryBase]) -> ColumnElement[bool]:
        column = table_of(model).c.id if model is Service else table_of(model).c.service_id
        return where(column.in_(service_ids or []))

    link_pks = select(t[ServiceAtLocation].c.pk).where(of_services(ServiceAtLocation))
    location_ids = select(t[ServiceAtLocation].c.location_id).where(of_services(ServiceAtLocation))

    def contact_rows(model: type[DirectoryBase]) -> ColumnElement[bool]:
        c = table_of(model).c
        return where(
            or_(of_services(model), c.location_id.in_(location_ids), c.service_at_location_pk.in_(link_pks))
        )

    phone_pks = select(t[Phone].c.pk).where(contact_rows(Phone))
    language = table_of(Language).c
    language_rows = where(
        or_(of_services(Language), language.location_id.in_(location_ids), language.phone_pk.in_(phone_pks))
    )
    term_ids = select(t[Attribute].c.taxonomy_term_id).where(of_services(Attribute))
    organization_ids = select(t[Service].c.organization_id).where(of_services(Service))
    phones = _fetch(session, Phone, contact_rows(Phone))
    schedules = _fetch(session, Schedule, contact_rows(Schedule))
    languages = _fetch(session, Language, language_rows)
    owners = ("service_id", "location_id", "service_at_location_pk")

    def keyed(model: type[DirectoryBase], ids: Any) -> dict[str, RowMapping]:
        return {row["id"]: row for row in _fetch(session, model, where(table_of(model).c.id.in_(ids)))}

    return Loaded(
        services=_fetch(session, Service, of_services(Service)),
        organizations=keyed(Organization, organization_ids),
        locations=keyed(Location, location_ids),
        terms=keyed(TaxonomyTerm, term_ids),
        links=_by(_fetch(session, ServiceAtLocation, of_services(ServiceAtLocation)), "service_id"),
        areas=_by(_fetch(session, ServiceArea, of_services(ServiceArea)), "service_id"),
        attributes=_by(_fetch(session, Attribute, of_services(Attribute)), "service_id"),
        addresses=_by(
            _fetch(session, Address, where(table_of(Address).c.location_id.in_(location_ids))), "location_id"
        ),
        phones={owner: _by(phones, owner) for owner in owners},
        schedules={owner: _by(schedules, owner) for owner in owners},
        languages={owner: _by(languages, owner) for owner in ("service_id", "location_id", "phone_pk")},
    )


def export_services(session: Session, service_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Services (all, or those named) as fully nested HSDS 3.0 objects, in id order."""
    loaded = load(session, service_ids)
    return [loaded.service(row) for row in loaded.services]


def write_export(session: Session, out: TextIO) -> int:
    """Write the whole directory as a JSON array; return how many services were written."""
    services = export_services(session)
    json.dump(services, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(services)
