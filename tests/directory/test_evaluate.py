"""Search quality on the labelled development queries (heldout is only for `assistant bench directory`)."""

from __future__ import annotations

import json
from pathlib import Path

from services_directory.evaluate import DEV, demo_directory, load_queries, top3_accuracy


def test_top3_on_the_dev_queries_is_at_least_0_9() -> None:
    queries = load_queries(DEV)
    assert len(queries) >= 50
    with demo_directory() as sessions, sessions() as session:
        result = top3_accuracy(session, queries)
    misses = "\n".join(f"{q.query!r} got {found}" for q, found in result.misses)
    assert result.accuracy >= 0.9, misses


def test_accuracy_counts_a_hit_anywhere_in_the_first_three(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    rows = [
        {
            "query": "alateen meetings",
            "audience": "young-person",
            "age": 15,
            "place": None,
            "acceptable": ["demo-alateen"],
        },
        {
            "query": "alateen meetings",
            "audience": "young-person",
            "age": 15,
            "place": None,
            "acceptable": ["nothing"],
        },
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    with demo_directory() as sessions, sessions() as session:
        result = top3_accuracy(session, load_queries(path))
    assert (result.correct, result.total, result.accuracy) == (1, 2, 0.5)
    assert len(result.misses[0][1]) == 3
