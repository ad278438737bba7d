"""Import an HSDS 3.0 file: check everything first, then write it all in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from services_directory.documents import DirectoryImportError, read_document, read_json
from services_directory.models import (
    CHILD_TABLES,
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
from services_directory.rows import RowSet, build_rows
from services_directory.state import DEMO_LOADED, bump_revision, get_state, set_state

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    replaced_demo: bool = False
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"added {self.added}, updated {self.updated}, removed {self.removed} service(s)"
        if self.replaced_demo:
            text += f" (the demo directory was replaced: {self.removed} demo service(s) removed)"
        return text


def chunks(values: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_file(sessions: sessionmaker[Session], path: Path, *, replace: bool = False) -> ImportReport:
    """Import one file; raise DirectoryImportError (and change nothing) if any record is malformed."""
    return import_data(sessions, read_json(path), replace=replace)


def import_data(
    sessions: sessionmaker[Session], data: Any, *, replace: bool = False, demo: bool = False
) -> ImportReport:
    rows = build_rows(read_document(data))
    with sessions.begin() as session:
        return write_rows(session, rows, replace=replace, demo=demo)


def write_rows(session: Session, rows: RowSet, *, replace: bool = False, demo: bool = False) -> ImportReport:
    """Write checked rows: upsert by id, or replace the whole directory (always when it holds the demo)."""
    existing = set(session.scalars(select(Service.id)))
    incoming = {row["id"] for row in rows.services}
    demo_loaded = get_state(session, DEMO_LOADED) == "1"
    wipe = replace or demo or demo_loaded
    check_references(session, rows, directory_kept=not wipe)
    report = ImportReport(
        added=len(incoming - existing),
        updated=len(incoming & existing),
        removed=len(existing - incoming) if wipe else 0,
        replaced_demo=demo_loaded and not demo and not replace,
        warnings=rows.warnings,
    )
    if wipe:
        clear_directory(session)
    else:
        delete_services(session, sorted(incoming & existing))
    upsert(session, Organization, list(rows.organizations.values()))
    upsert(session, TaxonomyTerm, list(rows.terms.values()))
    delete_location_children(session, sorted(rows.locations))
    upsert(session, Location, [location.row for location in rows.locations.values()])
    insert_rows(session, Service, rows.services)
    children = rows.child_rows()
    offsets = {model: next_pk(session, model) for model in CHILD_TABLES}
    for model, model_rows in children.items():
        shift_keys(model_rows, offsets[model], offsets)
    for model in reversed(CHILD_TABLES):
        insert_rows(session, model, children.get(model, []))
    if not wipe:
        delete_orphan_locations(session)
    set_state(session, DEMO_LOADED, "1" if demo else None)
    bump_revision(session)
    return report


def check_references(session: Session, rows: RowSet, *, directory_kept: bool) -> None:
    """Ids named without their object (taxonomy_term_id, organization_id, location_id) must be in the
    file, or already in a directory that is being kept."""
    names = {TaxonomyTerm: "taxonomy term", Organization: "organization", Location: "location"}
    for model, named in rows.references.items():
        missing = dict(named)
        if directory_kept:
            table = table_of(model)
            for batch in chunks(missing):
                for key in session.scalars(select(table.c.id).where(table.c.id.in_(batch))):
                    missing.pop(key)
        for key, where in missing.items():
            raise DirectoryImportError(
                f"{where}: unknown {names[model]} {key!r} (not in the file nor the directory)"
            )


def next_pk(session: Session, model: type[DirectoryBase]) -> int:
    return int(session.scalar(select(func.max(table_of(model).c.pk))) or 0) + 1


def shift_keys(rows: list[dict[str, Any]], offset: int, offsets: dict[type[DirectoryBase], int]) -> None:
    """Turn the builder's local keys into free primary keys of the tables."""
    for row in rows:
        row["pk"] += offset
        if row.get("service_at_location_pk") is not None:
            row["service_at_location_pk"] += offsets[ServiceAtLocation]
        if row.get("phone_pk") is not None:
            row["phone_pk"] += offsets[Phone]


def insert_rows(session: Session, model: type[DirectoryBase], rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        session.execute(insert(table_of(model)), rows[start : start + 5000])


def upsert(session: Session, model: type[DirectoryBase], rows: list[dict[str, Any]]) -> None:
    """Update the rows whose id exists (others may still point at them), insert the rest."""
    table = table_of(model)
    known: set[str] = set()
    for batch in chunks(row["id"] for row in rows):
        known.update(session.scalars(select(table.c.id).where(table.c.id.in_(batch))))
    changed = [row for row in rows if row["id"] in known]
    if changed:
        session.execute(update(model), changed)
    insert_rows(session, model, [row for row in rows if row["id"] not in known])


def clear_directory(session: Session) -> None:
    parents: tuple[type[DirectoryBase], ...] = (Service, Location, Organization, TaxonomyTerm)
    for model in CHILD_TABLES + parents:
        session.execute(delete(table_of(model)))


def delete_services(session: Session, service_ids: list[str]) -> None:
    """Remove services and everything they own (not their shared organization, locations or terms)."""
    for batch in chunks(service_ids):
        links = select(ServiceAtLocation.pk).where(ServiceAtLocation.service_id.in_(batch))
        _delete_service_contacts(session, batch, links)
        for model in (Attribute, ServiceArea, ServiceAtLocation):
            session.execute(delete(model).where(model.service_id.in_(batch)))
        session.execute(delete(Service).where(Service.id.in_(batch)))


def _delete_service_contacts(session: Session, batch: list[str], links: Select[tuple[int]]) -> None:
    """Phones (and their languages), schedules and languages of services and of their locations links."""
    phones = select(Phone.pk).where(or_(Phone.service_id.in_(batch), Phone.service_at_location_pk.in_(links)))
    session.execute(
        delete(Language).where(or_(Language.phone_pk.in_(phones), Language.service_id.in_(batch)))
    )
    session.execute(
        delete(Phone).where(or_(Phone.service_id.in_(batch), Phone.service_at_location_pk.in_(links)))
    )
    session.execute(
        delete(Schedule).where(
            or_(Schedule.service_id.in_(batch), Schedule.service_at_location_pk.in_(links))
        )
    )


def delete_location_children(session: Session, location_ids: list[str]) -> None:
    for batch in chunks(location_ids):
        phones = select(Phone.pk).where(Phone.location_id.in_(batch))
        session.execute(
            delete(Language).where(or_(Language.phone_pk.in_(phones), Language.location_id.in_(batch)))
        )
        for model in (Phone, Schedule, Address):
            session.execute(delete(model).where(model.location_id.in_(batch)))


def delete_orphan_locations(session: Session) -> None:
    """Locations no service points at any more (after an upsert moved a service) are removed."""
    used = select(ServiceAtLocation.location_id).where(ServiceAtLocation.location_id.is_not(None))
    orphans = list(session.scalars(select(Location.id).where(Location.id.not_in(used))))
    delete_location_children(session, orphans)
    for batch in chunks(orphans):
        session.execute(delete(Location).where(Location.id.in_(batch)))
