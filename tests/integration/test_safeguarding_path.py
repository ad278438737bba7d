"""Safeguarding through the whole running service: pre-check, Rasa's action_escalate, and what follows."""

from __future__ import annotations

import sqlite3

import pytest

from tests.integration.servers import Instance

pytestmark = pytest.mark.integration


def escalation_rows(instance: Instance, conversation_id: str) -> list[tuple[str, str, int]]:
    with sqlite3.connect(instance.database_url.removeprefix("sqlite:///")) as connection:
        return connection.execute(
            "SELECT severity, status, message_count FROM escalation WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchall()


def test_an_emergency_is_answered_first_with_999_and_escalated_once(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat("sg-emergency", "my dad is on the floor and he isnt breathing")
    assert messages[0]["kind"] == "safeguarding_emergency" and "999" in messages[0]["text"]
    assert all(m.get("kind") == "safeguarding_emergency" for m in messages)  # nothing from Rasa gets in first
    assistant_instance.chat("sg-emergency", "hes still not breathing what do i do")
    assert escalation_rows(assistant_instance, "sg-emergency") == [("emergency", "open", 2)]


def test_after_a_concern_the_conversation_carries_on(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat("sg-concern", "theres never any food in and mum just sleeps all day")
    assert messages[0]["kind"] == "safeguarding_concern"
    assert escalation_rows(assistant_instance, "sg-concern") == [("concern", "open", 1)]
    again = assistant_instance.chat("sg-concern", "hello")
    assert again[0]["text"] == "Hello again. What can I help you with today?"


def test_an_idiom_goes_to_rasa_as_an_ordinary_message(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat("sg-idiom", "this revision is killing me lol")
    assert not any(m.get("kind", "").startswith("safeguarding") for m in messages)
    assert escalation_rows(assistant_instance, "sg-idiom") == []
