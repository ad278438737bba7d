"""The demo directory: loaded when the directory is empty, replaced by the first real import."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from services_directory.documents import read_document, read_json
from services_directory.importer import write_rows
from services_directory.models import Service
from services_directory.rows import build_rows

DEMO_DIRECTORY = Path(__file__).resolve().parent / "demo" / "directory.json"


def load_demo_if_empty(sessions: sessionmaker[Session], path: Path = DEMO_DIRECTORY) -> int:
    """Load the demo services when the directory has none; return how many were loaded (0 if not empty).

    The directory remembers that it holds the demo, so the next import (even without --replace) removes
    the demo services instead of mixing them with real ones.
    """
    rows = build_rows(read_document(read_json(path)))
    with sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(Service)):
            return 0
        return write_rows(session, rows, demo=True).added
