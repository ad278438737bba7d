"""Measure the safeguarding check on a labelled file: recall per class, false alarms, confusion, latency.

`assistant bench safeguarding` prints the figures for the dev and held-out sets (or `--data FILE`).
The held-out set is for a final, one-off measurement: never tune on it.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import click

from assistant.safeguarding.assessment import Severity
from assistant.safeguarding.datasets import DEV_SETS, HELD_ONCE_DEV_SETS, HELD_OUT_SETS
from assistant.safeguarding.detect import assess, assess_with, warm_up

# The dev sets are tuned and trained on, so their figures are training figures (see datasets.py).
DEFAULT_SETS = (*DEV_SETS, *HELD_OUT_SETS)
TARGETS = {"emergency_recall": 1.0, "concern_recall": 0.95, "false_alarm_rate": 0.03}
LABELS = tuple(severity.value for severity in Severity)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def evaluate(path: Path | str) -> dict[str, Any]:
    """Figures for every message in a JSON-lines file of {"text", "label"}; latency after a warm-up."""
    # sklearn: only when measuring
    from assistant.safeguarding.classifier import TRAINING_FILES, read_examples

    path = Path(path)
    examples = read_examples(path)
    # A message the classifier was trained on (helpers sometimes copy the examples in the label definitions)
    # says nothing about unseen messages: in a file that is not itself trained on, it is not scored.
    trained_on = {training.resolve() for training in TRAINING_FILES}
    seen = frozenset() if path.resolve() in trained_on else trained_on_texts()
    scored = [example for example in examples if same_text(example.text) not in seen]
    warm_up()
    confusion = empty_confusion()
    latencies_ms = []
    for example in scored:
        started = time.perf_counter()
        predicted = assess(example.text).severity.value
        latencies_ms.append((time.perf_counter() - started) * 1000)
        confusion[example.label][predicted] += 1
    return {
        "count": len(scored),
        "seen_in_training": len(examples) - len(scored),
        **rates(confusion),
        "confusion": confusion,
        "latency_ms": {"p50": percentile(latencies_ms, 0.5), "p95": percentile(latencies_ms, 0.95)},
    }


@lru_cache(maxsize=1)
def trained_on_texts() -> frozenset[str]:
    """The training messages as `same_text` gives them: read once, however many files are scored."""
    from assistant.safeguarding.classifier import training_examples

    return frozenset(same_text(example.text) for example in training_examples())


def same_text(text: str) -> str:
    """A message as compared with the training data: case and spacing ignored."""
    return " ".join(text.lower().split())


def empty_confusion() -> dict[str, dict[str, int]]:
    """Counts by label (rows) and prediction (columns), all zero."""
    return {label: dict.fromkeys(LABELS, 0) for label in LABELS}


def rates(confusion: dict[str, dict[str, int]]) -> dict[str, Any]:
    """Recall per class, the share of each class flagged at all, and the false-alarm rate."""

    def share(label: str, predicted: tuple[str, ...]) -> float:
        total = sum(confusion[label].values())
        return sum(confusion[label][p] for p in predicted) / total if total else float("nan")

    return {
        "recall": {label: share(label, (label,)) for label in LABELS if label != "none"},
        # A concern flagged as an emergency still reaches staff: this is the share flagged at all.
        "flagged": {label: share(label, ("concern", "emergency")) for label in LABELS},
        "false_alarm_rate": share("none", ("concern", "emergency")),
    }


def meets_targets(figures: dict[str, Any]) -> bool:
    return bool(
        figures["recall"]["emergency"] >= TARGETS["emergency_recall"]
        and figures["recall"]["concern"] >= TARGETS["concern_recall"]
        and figures["false_alarm_rate"] <= TARGETS["false_alarm_rate"]
    )


def report(path: Path, figures: dict[str, Any]) -> str:
    recall, confusion = figures["recall"], figures["confusion"]
    lines = [
        f"{path.name}: {figures['count']} messages"
        + (
            f" ({figures['seen_in_training']} more also in the training data, not scored)"
            if figures["seen_in_training"]
            else ""
        ),
        f"  recall     emergency {recall['emergency']:.3f}   concern {recall['concern']:.3f}"
        f"   (concern flagged at all {figures['flagged']['concern']:.3f})",
        f"  false alarms (none flagged) {figures['false_alarm_rate']:.3f}",
        f"  latency    p50 {figures['latency_ms']['p50']:.2f} ms   p95 {figures['latency_ms']['p95']:.2f} ms",
        "  confusion  (rows: label, columns: predicted none / concern / emergency)",
        *(f"    {label:<10} " + " ".join(f"{confusion[label][p]:>5}" for p in LABELS) for label in LABELS),
        f"  targets    {'met' if meets_targets(figures) else 'NOT met'}"
        f" (emergency recall {TARGETS['emergency_recall']}, concern recall >= {TARGETS['concern_recall']},"
        f" false alarms <= {TARGETS['false_alarm_rate']})",
    ]
    return "\n".join(lines)


@click.command("safeguarding")
@click.option(
    "--data",
    "paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A labelled JSON-lines file to evaluate (repeatable). Default: the dev and held-out sets.",
)
@click.option(
    "--leave-one-out",
    is_flag=True,
    help="Score each set written by a helper (training and once-held-out dev sets) with a classifier trained"
    " without it (how rules and settings are chosen).",
)
def bench_safeguarding(paths: tuple[Path, ...], leave_one_out: bool) -> None:
    """Recall, false alarms and latency of the safeguarding check."""
    if leave_one_out:
        click.echo(leave_one_out_report())
        return
    for path in paths or tuple(p for p in DEFAULT_SETS if p.exists()):
        click.echo(report(path, evaluate(path)))


def leave_one_out_report() -> str:
    """The whole check on each written set, its classifier trained on every other training file.

    The written sets are the ones a helper wrote without reading the code: the training sets
    `train_written_*` and the dev sets that were held out once (dev4 onwards). The rules were tuned on
    them, so this measures how well the classifier generalises and what a rule change does, not a
    held-out figure.
    """
    from assistant.safeguarding.classifier import TRAINING_FILES, SeverityClassifier, read_examples

    examples = {path: read_examples(path) for path in TRAINING_FILES if path.exists()}
    lines, total = [], empty_confusion()
    written = [
        path for path in examples if path.name.startswith("train_written_") or path in HELD_ONCE_DEV_SETS
    ]
    for held in written:
        classifier = SeverityClassifier.train(
            e for path, rows in examples.items() if path != held for e in rows
        )
        confusion = empty_confusion()
        for example in examples[held]:
            predicted = assess_with(example.text, classifier).severity.value
            confusion[example.label][predicted] += 1
            total[example.label][predicted] += 1
        lines.append(_cross_line(held.stem, confusion))
    lines.append(_cross_line("all", total))
    return "\n".join(lines)


def _cross_line(name: str, confusion: dict[str, dict[str, int]]) -> str:
    figures = rates(confusion)
    recall = figures["recall"]
    return (
        f"{name:<16} emergency {recall['emergency']:.3f}   concern {recall['concern']:.3f}"
        f" (flagged {figures['flagged']['concern']:.3f})   false alarms {figures['false_alarm_rate']:.3f}"
    )
