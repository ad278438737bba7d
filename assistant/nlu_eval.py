"""`assistant bench nlu`: intent accuracy and entity F1 of the trained model on a labelled NLU file.

It runs Rasa's own `rasa test nlu` (in .venv-rasa) on the held-out set `tests/nlu_heldout/test_nlu.yml`
(never trained or tuned on) and the dev set `tests/nlu_dev/dev_nlu.yml`, and prints the figures from
the reports Rasa writes.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import click

from assistant.settings import PROJECT_ROOT
from assistant.training import ensure_model, rasa_env, rasa_executable

SETS = (
    PROJECT_ROOT / "tests" / "nlu_heldout" / "test_nlu.yml",
    PROJECT_ROOT / "tests" / "nlu_dev" / "dev_nlu.yml",
)
TARGET_INTENT_ACCURACY = 0.92


def figures(report_dir: Path) -> dict[str, Any]:
    """Intent accuracy, entity micro F1 and FAQ answer accuracy from the reports of `rasa test nlu`."""
    intents = json.loads((report_dir / "intent_report.json").read_text())
    entities = json.loads((report_dir / "DIETClassifier_report.json").read_text())
    responses_path = report_dir / "response_selection_report.json"
    responses = json.loads(responses_path.read_text()) if responses_path.exists() else {}
    per_intent = {
        name: (row["f1-score"], row["support"])
        for name, row in intents.items()
        if isinstance(row, dict) and "support" in row and not name.endswith("avg")
    }
    return {
        "intent_accuracy": intents["accuracy"],
        "entity_f1": entities["micro avg"]["f1-score"],
        "faq_accuracy": responses.get("accuracy"),
        "per_intent": per_intent,
    }


def evaluate(model: Path, data: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="nlu-eval-") as out:
        subprocess.run(
            [str(rasa_executable()), "test", "nlu", "--nlu", str(data), "--model", str(model), "--out", out],
            cwd=PROJECT_ROOT,
            env=rasa_env(),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return figures(Path(out))


@click.command("nlu")
@click.option(
    "--data",
    "paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A Rasa NLU YAML file to test on (repeatable). Default: the held-out and dev sets.",
)
def bench_nlu(paths: tuple[Path, ...]) -> None:
    """Intent accuracy and entity F1 of the trained model (trains it first if it is stale)."""
    model = ensure_model(echo=False)
    for path in paths or SETS:
        result = evaluate(model, path)
        faq = result["faq_accuracy"]
        click.echo(
            f"{path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path}: "
            f"intent accuracy {result['intent_accuracy']:.3f} (target {TARGET_INTENT_ACCURACY}), "
            f"entity F1 {result['entity_f1']:.3f}"
            + (f", FAQ answer accuracy {faq:.3f}" if faq is not None else "")
        )
        for name, (f1, support) in sorted(result["per_intent"].items()):
            click.echo(f"    {name:<24} F1 {f1:.3f}  ({support} examples)")
