"""Start the real `assistant run` (gateway + Rasa + action server) on free ports, as `make run` does."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.benchmarks import free_port, process_tree
from assistant.settings import PROJECT_ROOT

ASSISTANT = PROJECT_ROOT / ".venv" / "bin" / "assistant"


def descendants(pid: int) -> set[int]:
    """Every live process below pid (children of children too)."""
    return set(process_tree(pid)) - {pid}


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@dataclass
class Instance:
    process: subprocess.Popen[bytes]
    gateway_port: int
    rasa_port: int
    actions_port: int
    database_url: str
    log_path: Path
    rasa_token: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> tuple[int, Any]:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def chat(self, conversation_id: str, text: str, locale: str = "en") -> list[dict[str, Any]]:
        status, body = self.request(
            "POST", "/api/chat", {"conversation_id": conversation_id, "text": text, "locale": locale}
        )
        assert status == 200, body
        return body["messages"]

    def wait_healthy(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"assistant run exited early:\n{self.log_path.read_text()[-3000:]}")
            try:
                if self.request("GET", "/healthz", timeout=3)[0] == 200:
                    return
            except (OSError, ValueError):
                pass
            time.sleep(0.5)
        raise TimeoutError(f"not healthy after {timeout} s:\n{self.log_path.read_text()[-3000:]}")

    def stop(self, timeout: float = 30) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout)


def start_instance(workdir: Path, extra_env: dict[str, str] | None = None) -> Instance:
    workdir.mkdir(parents=True, exist_ok=True)
    ports = free_port(), free_port(), free_port()
    database_url = f"sqlite:///{workdir / 'assistant.db'}"
    token = "test-rasa-token"
    env = {
        **os.environ,
        "GATEWAY_PORT": str(ports[0]),
        "RASA_PORT": str(ports[1]),
        "ACTIONS_PORT": str(ports[2]),
        "DATABASE_URL": database_url,
        "ASSISTANT_VAR_DIR": str(workdir),
        "RASA_TOKEN": token,
        "RASA_TIMEOUT": "5",
        **(extra_env or {}),
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    log_path = workdir / "run.log"
    process = subprocess.Popen(
        [str(ASSISTANT), "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )
    return Instance(process, *ports, database_url, log_path, token)
