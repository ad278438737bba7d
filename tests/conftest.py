"""Shared fixtures: a fresh migrated database, a CLI runner, and the real servers for integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from assistant import db


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """A new SQLite database with every migration applied."""
    url = f"sqlite:///{tmp_path / 'test.db'}"
    db.upgrade(url)
    return url


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = db.make_engine(database_url)
    yield db.make_sessionmaker(engine)
    engine.dispose()


@pytest.fixture
def cli_runner(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Runs `assistant ...` in-process against the test database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("ASSISTANT_VAR_DIR", str(tmp_path / "var"))
    return CliRunner()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL database (a throwaway cluster) with every migration applied."""
    from tests.postgres import postgres_cluster

    with postgres_cluster() as url:
        db.upgrade(url)
        yield url
