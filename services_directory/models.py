"""HSDS 3.0 core tables of the directory, plus the place table and a little directory state.

Shared entities (organization, location, taxonomy term) are keyed by their HSDS id. Rows owned by one
parent (phones, schedules, languages, addresses, areas, attributes) get an integer `pk` assigned by the
importer, because HSDS feeds reuse the same child id under several parents. Fields the model does not
have a column for are kept in each row's `extra` JSON, so an export gives back what was imported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ID = String(255)
EXTRA = JSON(none_as_null=True)


class DirectoryBase(DeclarativeBase):
    """Base class of the directory's tables (its own metadata, its own Alembic branch)."""


class Organization(DirectoryBase):
    __tablename__ = "directory_organization"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    tax_status: Mapped[str | None] = mapped_column(Text)
    year_incorporated: Mapped[float | None] = mapped_column(Float)
    legal_status: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    parent_organization_id: Mapped[str | None] = mapped_column(ID)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Service(DirectoryBase):
    __tablename__ = "directory_service"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("directory_organization.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(32))
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(Text)
    fees: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    assured_date: Mapped[str | None] = mapped_column(String(64))
    assurer_email: Mapped[str | None] = mapped_column(Text)
    licenses: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)

    organization: Mapped[Organization | None] = relationship()


class Location(DirectoryBase):
    __tablename__ = "directory_location"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_type: Mapped[str | None] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str | None] = mapped_column(Text)
    external_identifier_type: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class ServiceAtLocation(DirectoryBase):
    __tablename__ = "directory_service_at_location"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str] = mapped_column(ForeignKey("directory_service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("directory_location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Address(DirectoryBase):
    __tablename__ = "directory_address"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    location_id: Mapped[str] = mapped_column(ForeignKey("directory_location.id"), index=True)
    attention: Mapped[str | None] = mapped_column(Text)
    address_1: Mapped[str | None] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    state_province: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(64))
    address_type: Mapped[str | None] = mapped_column(String(64))
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Phone(DirectoryBase):
    """A phone of a service, a location or a service at a location (exactly one of the three)."""

    __tablename__ = "directory_phone"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("directory_service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("directory_location.id"), index=True)
    service_at_location_pk: Mapped[int | None] = mapped_column(
        ForeignKey("directory_service_at_location.pk"), index=True
    )
    number: Mapped[str | None] = mapped_column(Text)
    extension: Mapped[float | None] = mapped_column(Float)
    type: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Schedule(DirectoryBase):
    """Opening hours (RFC 5545 style) of a service, a location or a service at a location."""

    __tablename__ = "directory_schedule"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("directory_service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("directory_location.id"), index=True)
    service_at_location_pk: Mapped[int | None] = mapped_column(
        ForeignKey("directory_service_at_location.pk"), index=True
    )
    valid_from: Mapped[str | None] = mapped_column(String(64))
    valid_to: Mapped[str | None] = mapped_column(String(64))
    dtstart: Mapped[str | None] = mapped_column(String(64))
    timezone: Mapped[float | None] = mapped_column(Float)
    until: Mapped[str | None] = mapped_column(String(64))
    count: Mapped[float | None] = mapped_column(Float)
    wkst: Mapped[str | None] = mapped_column(String(8))
    freq: Mapped[str | None] = mapped_column(String(16))
    interval: Mapped[float | None] = mapped_column(Float)
    byday: Mapped[str | None] = mapped_column(String(64))
    byweekno: Mapped[str | None] = mapped_column(Text)
    bymonthday: Mapped[str | None] = mapped_column(Text)
    byyearday: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[str | None] = mapped_column(String(32))
    closes_at: Mapped[str | None] = mapped_column(String(32))
    schedule_link: Mapped[str | None] = mapped_column(Text)
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Language(DirectoryBase):
    """A language of a service, a location or a phone (exactly one of the three)."""

    __tablename__ = "directory_language"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("directory_service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("directory_location.id"), index=True)
    phone_pk: Mapped[int | None] = mapped_column(ForeignKey("directory_phone.pk"), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class ServiceArea(DirectoryBase):
    """Where a service is offered: a local area, a nation (regional) or the United Kingdom (national)."""

    __tablename__ = "directory_service_area"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str] = mapped_column(ForeignKey("directory_service.id"), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    extent: Mapped[str | None] = mapped_column(Text)
    extent_type: Mapped[str | None] = mapped_column(String(64))
    uri: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class TaxonomyTerm(DirectoryBase):
    """A need or an audience, e.g. code "young-carers" in vocabulary "hidden-harm-needs"."""

    __tablename__ = "directory_taxonomy_term"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(255), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(ID)
    taxonomy: Mapped[str | None] = mapped_column(String(255))
    vocabulary: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(32))
    term_uri: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Attribute(DirectoryBase):
    """Links a service to a taxonomy term."""

    __tablename__ = "directory_attribute"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str | None] = mapped_column(ID)
    service_id: Mapped[str] = mapped_column(ForeignKey("directory_service.id"), index=True)
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("directory_taxonomy_term.id"), index=True)
    link_type: Mapped[str | None] = mapped_column(Text)
    link_entity: Mapped[str | None] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(EXTRA)


class Place(DirectoryBase):
    """A geocoded postcode or postcode district (outcode), from `assistant geo import`."""

    __tablename__ = "directory_place"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    county: Mapped[str | None] = mapped_column(Text)
    nation: Mapped[str | None] = mapped_column(String(32))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)


class DirectoryState(DirectoryBase):
    """Small facts about the directory: its revision (for the search index) and whether it is the demo."""

    __tablename__ = "directory_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Children before parents: the order in which whole-directory deletes can run.
CHILD_TABLES: tuple[type[DirectoryBase], ...] = (
    Language,
    Phone,
    Schedule,
    Address,
    Attribute,
    ServiceArea,
    ServiceAtLocation,
)


def table_of(model: type[DirectoryBase]) -> Table:
    return DirectoryBase.metadata.tables[model.__tablename__]
