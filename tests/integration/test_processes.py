"""Process behaviour of `assistant run`: side by side, a child dying, and a clean Ctrl-C."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.servers import Instance, alive, descendants, start_instance

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def second_instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Instance]:
    instance = start_instance(tmp_path_factory.mktemp("second"))
    try:
        instance.wait_healthy()
        yield instance
    finally:
        if instance.process.poll() is None:
            instance.process.kill()


def conversation_ids(database_url: str) -> set[str]:
    with sqlite3.connect(database_url.removeprefix("sqlite:///")) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM conversation")}


def child_pid(instance: Instance, needle: str) -> int:
    for pid in descendants(instance.process.pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if needle in cmdline:
            return pid
    raise LookupError(needle)


def test_two_instances_run_side_by_side_with_their_own_databases(
    assistant_instance: Instance, second_instance: Instance
) -> None:
    assert assistant_instance.gateway_port != second_instance.gateway_port
    assert assistant_instance.request("GET", "/healthz")[0] == 200
    assert second_instance.request("GET", "/healthz")[0] == 200
    second_instance.chat("only-in-second", "hello")
    assert "only-in-second" in conversation_ids(second_instance.database_url)
    assert "only-in-second" not in conversation_ids(assistant_instance.database_url)


def test_rasa_down_gives_a_fast_safe_reply_and_is_restarted(second_instance: Instance) -> None:
    os.killpg(child_pid(second_instance, "rasa run"), signal.SIGKILL)
    started = time.monotonic()
    messages = second_instance.chat("rasa-down", "hello")
    assert time.monotonic() - started < 6
    assert "999" in messages[0]["text"] and "0800 1111" in messages[0]["text"]
    status, body = second_instance.request("GET", "/healthz")
    assert status == 503 and body["failing"] == ["rasa"]
    second_instance.wait_healthy(timeout=120)  # the supervisor restarted Rasa
    assert "find support" in second_instance.chat("rasa-back", "hello")[0]["text"]


def test_ctrl_c_stops_every_process(second_instance: Instance) -> None:
    family = descendants(second_instance.process.pid)
    assert len(family) >= 2  # at least Rasa and the action server
    assert second_instance.stop(timeout=40) == 0
    time.sleep(0.5)
    assert [pid for pid in family if alive(pid)] == []
