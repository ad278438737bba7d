from __future__ import annotations

import shutil
from pathlib import Path

from assistant.settings import PROJECT_ROOT
from assistant.training import model_hash, training_files


def copy_inputs(target: Path) -> None:
    for path in [*training_files(PROJECT_ROOT), PROJECT_ROOT / "requirements/rasa.lock.txt"]:
        destination = target / path.relative_to(PROJECT_ROOT)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def test_the_model_hash_changes_with_training_data_and_not_with_other_files(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    before = model_hash(tmp_path)
    (tmp_path / "README.md").write_text("not a training input")
    assert model_hash(tmp_path) == before
    nlu = tmp_path / "data/nlu/basics.yml"
    nlu.write_text(nlu.read_text() + "    - hiya there\n")
    assert model_hash(tmp_path) != before
