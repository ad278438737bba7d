"""The migration creates exactly the models' tables, on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from assistant import db
from services_directory.demo import DEMO_DIRECTORY
from services_directory.documents import read_json
from services_directory.exporter import export_services
from services_directory.importer import import_data, import_file
from services_directory.models import DirectoryBase
from services_directory.search import ServiceQuery, find_services
from tests.directory.conftest import HSDS_EXAMPLES, without_empty


def directory_differences(url: str) -> list[Any]:
    engine = db.make_engine(url)
    only_ours = {"include_name": lambda name, kind, _: kind != "table" or name.startswith("directory_")}
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts=only_ours), DirectoryBase.metadata
        )
    engine.dispose()
    return list(differences)


def test_the_sqlite_migration_matches_the_models(database_url: str) -> None:
    assert directory_differences(database_url) == []


def test_import_search_and_export_work_on_postgresql(postgres_url: str) -> None:
    assert directory_differences(postgres_url) == []
    engine = db.make_engine(postgres_url)
    sessions = db.make_sessionmaker(engine)
    try:
        import_file(sessions, HSDS_EXAMPLES / "service_full.json", replace=True)
        demo = read_json(DEMO_DIRECTORY)
        import_data(sessions, demo, replace=True)
        assert import_data(sessions, demo).updated == len(demo)  # the upsert path, shared rows updated
        with sessions() as session:
            assert without_empty(export_services(session)) == without_empty(
                sorted(demo, key=lambda s: s["id"])
            )
            result = find_services(
                session, ServiceQuery(text="young carers", audience="young-person", age=12, place="CF24")
            )
            assert result.hits[0].id == "demo-local-cardiff-young-carers"
    finally:
        with sessions.begin() as session:  # the PostgreSQL database is shared by the whole test session
            for table in reversed(DirectoryBase.metadata.sorted_tables):
                session.execute(text(f"DELETE FROM {table.name}"))
        engine.dispose()
