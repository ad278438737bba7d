"""The thin end-to-end path: a message in, Rasa understands it, an action answers from the database."""

from __future__ import annotations

import pytest

from tests.integration.servers import Instance

pytestmark = pytest.mark.integration


def test_healthz_reports_every_part_ready(assistant_instance: Instance) -> None:
    status, body = assistant_instance.request("GET", "/healthz")
    assert status == 200
    assert body["checks"] == {"gateway": True, "rasa": True, "actions": True, "database": True}


def test_hello_is_answered_through_rasa_and_an_action_that_reads_the_database(
    assistant_instance: Instance,
) -> None:
    first = assistant_instance.chat("foundation-hello", "hello")
    assert len(first) == 1
    assert "find support" in first[0]["text"] and "999" in first[0]["text"]
    # The action reads the conversation row the gateway wrote: a second greeting is a welcome back.
    again = assistant_instance.chat("foundation-hello", "hiya")
    assert again[0]["text"] == "Hello again. What can I help you with today?"


def test_out_of_scope_gets_a_kind_redirect(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat("foundation-joke", "tell me a joke")
    assert "not able to help with that" in messages[0]["text"]


def test_unknown_locale_falls_back_to_english(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat("foundation-locale", "hello", locale="xx-YY")
    assert "find support" in messages[0]["text"]


@pytest.mark.parametrize(
    ("raw", "error_part"),
    [
        (b"not json", "valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"text": "hello"}', "conversation_id"),
        (b'{"conversation_id": "c", "text": ""}', "text"),
        (b'{"conversation_id": 5, "text": "hello"}', "conversation_id"),
        (b'{"conversation_id": "c", "text": ["hello"]}', "text"),
        (b'{"conversation_id": "c", "text": "hello", "locale": 7}', "locale"),
        (b'{"conversation_id": "c", "text": "' + b"a" * 2001 + b'"}', "at most 2000"),
    ],
)
def test_malformed_chat_requests_get_400_with_a_json_error(
    assistant_instance: Instance, raw: bytes, error_part: str
) -> None:
    status, body = assistant_instance.request("POST", "/api/chat", raw=raw)
    assert status == 400
    assert error_part in body["error"]
