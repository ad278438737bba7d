"""Search quality on labelled queries: top-3 accuracy against the demo directory."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from services_directory.demo import DEMO_DIRECTORY
from services_directory.documents import read_json
from services_directory.importer import import_data
from services_directory.models import DirectoryBase
from services_directory.search import SearchResult, ServiceQuery, find_services

EVAL_DIR = Path(__file__).resolve().parent.parent / "data" / "eval" / "directory"
DEV = EVAL_DIR / "queries_dev.jsonl"
HELDOUT = EVAL_DIR / "queries_heldout.jsonl"

Search = Callable[[Session, ServiceQuery], SearchResult]


@dataclass(frozen=True)
class LabelledQuery:
    query: str
    audience: str | None
    age: float | None
    place: str | None
    acceptable: frozenset[str]

    def as_query(self, limit: int = 3) -> ServiceQuery:
        return ServiceQuery(
            text=self.query, audience=self.audience, age=self.age, place=self.place, limit=limit
        )


@dataclass
class Evaluation:
    total: int = 0
    correct: int = 0
    misses: list[tuple[LabelledQuery, list[str]]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_queries(path: Path) -> list[LabelledQuery]:
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data: dict[str, Any] = json.loads(line)
        try:
            queries.append(
                LabelledQuery(
                    query=str(data["query"]),
                    audience=data.get("audience"),
                    age=data.get("age"),
                    place=data.get("place"),
                    acceptable=frozenset(data["acceptable"]),
                )
            )
        except KeyError as error:
            raise ValueError(f"{path}:{number}: missing {error}") from error
    return queries


def top3_accuracy(
    session: Session, queries: list[LabelledQuery], search: Search = find_services
) -> Evaluation:
    """The share of queries with an acceptable service among the first three results."""
    evaluation = Evaluation()
    for labelled in queries:
        found = [hit.id for hit in search(session, labelled.as_query(limit=3)).hits]
        evaluation.total += 1
        if labelled.acceptable & set(found[:3]):
            evaluation.correct += 1
        else:
            evaluation.misses.append((labelled, found))
    return evaluation


@contextmanager
def demo_directory(directory: Path = DEMO_DIRECTORY) -> Iterator[sessionmaker[Session]]:
    """A scratch SQLite database holding only the demo directory."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'directory.db'}")
        DirectoryBase.metadata.create_all(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        import_data(sessions, read_json(directory), replace=True)
        try:
            yield sessions
        finally:
            engine.dispose()
