"""Pure parts of the gateway: request parsing and the Rasa reply shape."""

from __future__ import annotations

import pytest

from assistant.gateway import parse_chat
from assistant.rasa_client import replies_from_rasa


def test_parse_chat_accepts_a_good_request() -> None:
    assert parse_chat({"conversation_id": " c1 ", "text": " hi ", "locale": "cy"}) == ("c1", "hi", "cy")


def test_parse_chat_defaults_the_locale() -> None:
    assert parse_chat({"conversation_id": "c1", "text": "hi"})[2] == "en"


@pytest.mark.parametrize(
    "body", [None, [], {"conversation_id": "", "text": "x"}, {"conversation_id": "c" * 129, "text": "x"}]
)
def test_parse_chat_rejects_bad_requests(body: object) -> None:
    with pytest.raises(ValueError):
        parse_chat(body)


def test_custom_payload_services_join_the_text_before_them() -> None:
    replies = replies_from_rasa(
        [
            {"recipient_id": "c", "text": "Here are some places:"},
            {"recipient_id": "c", "custom": {"services": [{"id": "demo-childline", "name": "Childline"}]}},
            {"recipient_id": "c", "text": "Pick one", "buttons": [{"title": "More", "payload": "/more"}]},
        ]
    )
    assert [r.to_json() for r in replies] == [
        {"text": "Here are some places:", "services": [{"id": "demo-childline", "name": "Childline"}]},
        {"text": "Pick one", "buttons": [{"title": "More", "payload": "/more"}]},
    ]
