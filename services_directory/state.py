"""Small facts kept in directory_state: the revision the search index follows, and the demo flag."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from services_directory.models import DirectoryState

REVISION = "revision"
DEMO_LOADED = "demo_loaded"


def get_state(session: Session, key: str) -> str | None:
    return session.scalar(select(DirectoryState.value).where(DirectoryState.key == key))


def set_state(session: Session, key: str, value: str | None) -> None:
    session.execute(delete(DirectoryState).where(DirectoryState.key == key))
    if value is not None:
        session.add(DirectoryState(key=key, value=value))
        session.flush()


def bump_revision(session: Session) -> str:
    """Mark the directory (or the place table) as changed, so every search index rebuilds."""
    revision = uuid.uuid4().hex
    set_state(session, REVISION, revision)
    return revision
