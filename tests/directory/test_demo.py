"""The demo directory: loaded only into an empty directory, and replaced by the first real import."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session, sessionmaker

from services_directory.demo import DEMO_DIRECTORY, load_demo_if_empty
from services_directory.importer import import_data
from tests.directory.conftest import snapshot


def test_the_demo_loads_once_into_an_empty_directory(sessions: sessionmaker[Session]) -> None:
    demo_size = len(json.loads(DEMO_DIRECTORY.read_text(encoding="utf-8")))
    assert load_demo_if_empty(sessions) == demo_size
    assert load_demo_if_empty(sessions) == 0
    assert len(snapshot(sessions)) == demo_size


def test_the_first_real_import_replaces_the_demo_even_without_replace(
    sessions: sessionmaker[Session],
) -> None:
    demo_size = load_demo_if_empty(sessions)
    report = import_data(sessions, [{"id": "real-1", "name": "A real service"}])
    assert report.replaced_demo and report.removed == demo_size
    assert "the demo directory was replaced" in report.summary()
    assert [s["id"] for s in snapshot(sessions)] == ["real-1"]
    second = import_data(sessions, [{"id": "real-2", "name": "Another"}])  # later imports upsert as usual
    assert not second.replaced_demo and [s["id"] for s in snapshot(sessions)] == ["real-1", "real-2"]


def test_the_demo_is_not_loaded_over_real_services(sessions: sessionmaker[Session]) -> None:
    import_data(sessions, [{"id": "real-1", "name": "A real service"}])
    assert load_demo_if_empty(sessions) == 0
    assert [s["id"] for s in snapshot(sessions)] == ["real-1"]
