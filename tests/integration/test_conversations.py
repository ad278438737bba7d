"""Signposting conversations through POST /api/chat with the real model, actions and demo directory."""

from __future__ import annotations

import pytest

from tests.integration.servers import Instance

pytestmark = pytest.mark.integration
YOUNG_PERSON = '/inform{"audience": "young-person"}'


def offered(messages: list[dict]) -> list[dict]:
    return [service for message in messages for service in message.get("services", [])]


def text_of(messages: list[dict]) -> str:
    return "\n".join(message["text"] for message in messages)


def test_a_first_message_that_says_everything_is_answered_in_one_turn(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat(
        "conv-one-turn",
        "im 13 and my dad gets smashed most nights, is there somewhere in sheffield i can go to talk to",
    )
    services = offered(messages)
    assert 1 <= len(services) <= 3
    assert any(s["id"].startswith("demo-local-sheffield") for s in services)
    assert all(
        {"id", "name", "description", "phone", "url", "distance_km", "opening_hours_today"} <= s.keys()
        for s in services
    )
    assert "Sheffield" in text_of(messages)


def test_the_assistant_asks_only_what_it_needs_then_offers_local_services(
    assistant_instance: Instance,
) -> None:
    first = assistant_instance.chat("conv-form", "my mum drinks too much")
    assert "who is the support for" in text_of(first)
    assert YOUNG_PERSON in [b["payload"] for b in first[-1]["buttons"]]
    assert "how old" in text_of(assistant_instance.chat("conv-form", YOUNG_PERSON)).lower()
    assert "Whereabouts do you live" in text_of(assistant_instance.chat("conv-form", "14"))
    services = offered(assistant_instance.chat("conv-form", "swansea"))
    assert services[0]["id"] == "demo-local-swansea-youth-talk"  # someone to talk to, 0.6 km away
    assert all(s["id"] != "demo-local-swansea-adult-treatment" for s in services)  # 18+ only


def test_follow_ups_keep_the_context(assistant_instance: Instance) -> None:
    services = offered(
        assistant_instance.chat(
            "conv-follow", "im 15 and my mam is always drunk, is there anyone in cardiff i can talk to"
        )
    )
    assert len(services) >= 2
    details = text_of(assistant_instance.chat("conv-follow", "tell me more about the second one"))
    assert details.startswith(services[1]["name"])
    assert "At the weekend" in text_of(assistant_instance.chat("conv-follow", "what about weekends"))
    moved = offered(assistant_instance.chat("conv-follow", "im actually in glasgow"))
    assert any(s["id"].startswith("demo-local-glasgow") for s in moved)


def test_a_professional_gets_professional_services(assistant_instance: Instance) -> None:
    services = offered(
        assistant_instance.chat(
            "conv-pro", "im a teacher, where can i get training on parental substance misuse in cardiff"
        )
    )
    assert services and services[0]["id"] == "demo-local-cardiff-hidden-harm-training"


def test_a_concern_is_answered_first_and_then_local_help_is_found(assistant_instance: Instance) -> None:
    messages = assistant_instance.chat(
        "conv-concern", "my dad hits me when hes drunk, is there anyone in leeds i can talk to"
    )
    assert messages[0]["kind"] == "safeguarding_concern"
    assistant_instance.chat("conv-concern", YOUNG_PERSON)
    services = offered(assistant_instance.chat("conv-concern", "13"))
    assert any(s["id"].startswith("demo-local-leeds") for s in services)


def test_knowledge_questions_get_short_answers_with_where_to_read_more(assistant_instance: Instance) -> None:
    answer = text_of(assistant_instance.chat("conv-faq", "what does hidden harm mean"))
    assert "Advisory Council on the Misuse of Drugs" in answer and "Read more" in answer
    assert "staff" in text_of(assistant_instance.chat("conv-faq", "is this chat confidential"))
