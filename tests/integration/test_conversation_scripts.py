"""The complete conversations of tests/e2e/conversations.yml, turn by turn, through POST /api/chat."""

from __future__ import annotations

import os
import subprocess
from typing import Any

import pytest
import yaml

from assistant.settings import PROJECT_ROOT
from tests.integration.servers import ASSISTANT, Instance

pytestmark = pytest.mark.integration
SCRIPTS = yaml.safe_load((PROJECT_ROOT / "tests" / "e2e" / "conversations.yml").read_text())


@pytest.fixture(scope="module")
def staff_token(assistant_instance: Instance) -> str:
    """A real staff API token for the running instance, made with the CLI."""
    env = {**os.environ, "DATABASE_URL": assistant_instance.database_url}
    cli = [str(ASSISTANT), "staff"]
    subprocess.run(
        [*cli, "add", "scripts", "--role", "staff", "--password-stdin"],
        input=b"a long pass phrase",
        env=env,
        check=True,
        capture_output=True,
    )
    made = subprocess.run([*cli, "token", "scripts"], env=env, check=True, capture_output=True, text=True)
    return made.stdout.strip().splitlines()[-1]


def matches(service_id: str, patterns: list[str]) -> bool:
    return any(service_id.startswith(p[:-1]) if p.endswith("*") else service_id == p for p in patterns)


def escalation_severity(instance: Instance, token: str, conversation_id: str) -> str | None:
    status, body = instance.request(
        "GET",
        f"/api/staff/escalations?conversation_id={conversation_id}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert status == 200, body
    open_ones = [e for e in body["escalations"] if e["status"] != "resolved"]
    return open_ones[0]["severity"] if open_ones else None


def check_turn(where: str, messages: list[dict[str, Any]], expect: dict[str, Any]) -> list[str]:
    """What this reply got wrong, as readable lines (empty when it is right)."""
    text = "\n".join(m.get("text", "") for m in messages).lower()
    offered = [s["id"] for m in messages for s in m.get("services", [])]
    buttons = [b["payload"] for m in messages for b in m.get("buttons", [])]
    wrong = [f"{where}: missing {s!r}" for s in expect.get("text", []) if s.lower() not in text]
    wrong += [f"{where}: should not say {s!r}" for s in expect.get("not_text", []) if s.lower() in text]
    if "services" in expect and not any(matches(i, expect["services"]) for i in offered):
        wrong.append(f"{where}: offered {offered}, wanted one of {expect['services']}")
    wrong += [f"{where}: offered {i}" for i in offered if matches(i, expect.get("not_services", []))]
    if expect.get("no_services") and offered:
        wrong.append(f"{where}: offered {offered}, wanted none")
    if "first_kind" in expect and messages[0].get("kind") != expect["first_kind"]:
        wrong.append(f"{where}: first message is {messages[0].get('kind')}, wanted {expect['first_kind']}")
    wrong += [f"{where}: no button {p!r}" for p in expect.get("buttons", []) if p not in buttons]
    if expect.get("safeguarding") is False and any(
        m.get("kind", "").startswith("safeguarding") for m in messages
    ):
        wrong.append(f"{where}: answered as a safeguarding message")
    return wrong


@pytest.mark.parametrize("script", SCRIPTS, ids=[s["name"] for s in SCRIPTS])
def test_conversation(assistant_instance: Instance, staff_token: str, script: dict[str, Any]) -> None:
    conversation_id = "script-" + "-".join(script["name"].split())[:60]
    wrong: list[str] = []
    for number, turn in enumerate(script["turns"], start=1):
        messages = assistant_instance.chat(conversation_id, turn["say"])
        assert messages, f"turn {number}: no reply"
        expect = turn.get("expect") or {}
        wrong += check_turn(f"turn {number} ({turn['say']!r})", messages, expect)
        if "escalation" in expect:
            severity = escalation_severity(assistant_instance, staff_token, conversation_id)
            if severity != expect["escalation"]:
                wrong.append(f"turn {number}: escalation {severity}, wanted {expect['escalation']}")
    assert not wrong, "\n".join(wrong)


def test_there_are_at_least_thirty_conversations_across_the_audiences() -> None:
    assert len(SCRIPTS) >= 30
    assert all(s["turns"] for s in SCRIPTS)
