#!/usr/bin/env bash
# Builds the two virtual environments when their lock files change:
#   .venv       Python 3.11+, the project (gateway, CLI, actions, directory), from requirements/project.lock.txt
#   .venv-rasa  Python 3.10, rasa==3.6.21 only, from requirements/rasa.lock.txt
# .venv-rasa (2.7 GB) lives in a cache outside the clone, keyed on its lock file's hash, and is linked in.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/hidden-harm-assistant"
mkdir -p "$CACHE"
export PIP_DISABLE_PIP_VERSION_CHECK=1

hash_of() { cat "$@" | sha256sum | cut -c1-16; }

find_python() {  # find_python 3.10 -> absolute path of an interpreter of that minor version
  local want=$1 candidate root
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for candidate in "$root"/versions/"$want".*/bin/python"$want" /usr/bin/python"$want" /usr/local/bin/python"$want"; do
    if [ -x "$candidate" ] && "$candidate" -c 'import venv' 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

rasa_env() {
  local key dir py
  key=$(hash_of requirements/rasa.lock.txt)
  dir="$CACHE/venv-rasa-$key"
  if [ -L .venv-rasa ] && [ "$(readlink .venv-rasa)" = "$dir" ] && [ -f "$dir/.complete" ]; then return 0; fi
  (
    flock 9
    if [ ! -f "$dir/.complete" ]; then
      if ! py=$(find_python 3.10); then
        echo "error: Rasa 3.6 needs Python 3.10 and none was found." >&2
        echo "Install one, e.g. 'pyenv install 3.10.13' (pyenv) or 'uv python install 3.10'," >&2
        echo "so that \$(pyenv root)/versions/3.10.*/bin/python3.10 or /usr/bin/python3.10 exists." >&2
        exit 1
      fi
      echo "setup: building the Rasa environment with $py (about 1-2 minutes, 2.7 GB)"
      rm -rf "$dir"
      "$py" -m venv "$dir"
      "$dir/bin/pip" install -q --no-deps -r requirements/rasa.lock.txt
      "$dir/bin/pip" check
      touch "$dir/.complete"
    fi
  ) 9>"$CACHE/rasa-env.lock"
  ln -sfn "$dir" .venv-rasa
}

project_env() {
  local key py
  key=$(hash_of requirements/project.lock.txt pyproject.toml)
  if [ -f .venv/.lock-hash ] && [ "$(cat .venv/.lock-hash)" = "$key" ]; then return 0; fi
  py=$(find_python 3.11 || find_python 3.12 || command -v python3)
  echo "setup: building the project environment with $py"
  rm -rf .venv
  "$py" -m venv .venv
  .venv/bin/pip install -q -r requirements/project.lock.txt
  .venv/bin/pip install -q --no-deps -e .
  .venv/bin/pip check
  echo "$key" > .venv/.lock-hash
}

project_env
rasa_env
