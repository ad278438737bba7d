"""Fixtures of the directory tests: small HSDS files and a directory loaded with them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from services_directory.exporter import export_services
from services_directory.importer import import_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HSDS_EXAMPLES = FIXTURES / "hsds3"
SMALL = FIXTURES / "small_directory.json"


def without_empty(value: Any) -> Any:
    """JSON with nulls and empty lists dropped: the same data however a feed writes "nothing"."""
    if isinstance(value, dict):
        return {key: without_empty(item) for key, item in value.items() if item not in (None, [])}
    if isinstance(value, list):
        return [without_empty(item) for item in value]
    return value


def snapshot(sessions: sessionmaker[Session]) -> list[dict[str, Any]]:
    with sessions() as session:
        return export_services(session)


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def small_directory(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    import_file(sessions, SMALL)
    return sessions


@pytest.fixture
def small_services() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(SMALL.read_text(encoding="utf-8"))
    return loaded
