"""The Rasa model: trained only when its inputs change, cached outside the clone by their hash."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from assistant.settings import PROJECT_ROOT

TRAINING_INPUTS = ("config.yml", "domain.yml", "data/nlu", "data/rules", "data/stories")
RASA_LOCK = "requirements/rasa.lock.txt"


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "hidden-harm-assistant" / "models"


def rasa_executable(root: Path = PROJECT_ROOT) -> Path:
    rasa = root / ".venv-rasa" / "bin" / "rasa"
    if not rasa.exists():
        raise FileNotFoundError(f"{rasa} is missing: run `make setup` (or `make run`) to build it")
    return rasa


def training_files(root: Path = PROJECT_ROOT) -> list[Path]:
    files: list[Path] = []
    for name in TRAINING_INPUTS:
        path = root / name
        files.extend(sorted(path.rglob("*.yml")) if path.is_dir() else [path])
    return files


def model_hash(root: Path = PROJECT_ROOT) -> str:
    """A hash of everything that changes the model: config, domain, training data, Rasa's version."""
    digest = hashlib.sha256()
    for path in [*training_files(root), root / RASA_LOCK]:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def current_model(root: Path = PROJECT_ROOT) -> Path | None:
    path = root / "models" / f"{model_hash(root)}.tar.gz"
    return path if path.exists() else None


def rasa_env() -> dict[str, str]:
    return {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }


def ensure_model(root: Path = PROJECT_ROOT, force: bool = False, echo: bool = True) -> Path:
    """Return the path of a model for the current inputs, training one only if none is cached."""
    key = model_hash(root)
    target = root / "models" / f"{key}.tar.gz"
    cached = cache_dir() / f"{key}.tar.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not force:
        return target
    if cached.exists() and not force:
        shutil.copyfile(cached, target)
        if echo:
            print(f"model: reused cached model {key}")
        return target
    started = time.monotonic()
    if echo:
        print(f"model: training {key} (inputs changed)")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                str(rasa_executable(root)),
                "train",
                "--config", "config.yml",
                "--domain", "domain.yml",
                "--data", "data/nlu", "data/rules", "data/stories",
                "--out", out,
                "--fixed-model-name", key,
            ],
            cwd=root,
            env=rasa_env(),
            check=True,
        )  # fmt: skip
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(out) / f"{key}.tar.gz", cached)
    shutil.copyfile(cached, target)
    for old in target.parent.glob("*.tar.gz"):
        if old != target:
            old.unlink()
    if echo:
        print(f"model: trained {key} in {time.monotonic() - started:.0f} s")
    return target
