"""action_understand_message: the events it returns for a message, through rasa-sdk's real executor types."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.understand import ActionUnderstandMessage


def tracker(text: str, intent: str, entities: list[dict[str, Any]] | None = None, **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": intent}, "entities": entities or []}
    return Tracker("c", slots, message, [], False, None, {}, "action_listen")


def run(t: Tracker) -> list[dict[str, Any]]:
    return asyncio.run(ActionUnderstandMessage().run(CollectingDispatcher(), t, {}))


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "timestamp": None, "name": name, "value": value}


def test_who_is_asking_and_what_they_need_come_from_the_words() -> None:
    text = "my husband drinks every night, i need advice for the family"
    assert run(tracker(text, "find_support")) == [slot("audience", "parent-carer"), slot("need_text", text)]


def test_a_valid_audience_entity_wins_over_a_stray_one() -> None:
    entities = [
        {"entity": "audience", "value": "kinship-carer"},
        {"entity": "audience", "value": "2"},
    ]
    events = run(tracker("im a nan bringing up my two grandkids", "inform", entities, audience="2"))
    assert events == [slot("audience", "kinship-carer")]


def test_an_answer_to_a_question_changes_nothing() -> None:
    assert run(tracker("14", "inform", audience="young-person")) == []
    assert run(tracker('/inform{"audience": "young-person"}', "inform", audience="young-person")) == []


def test_an_inferred_audience_does_not_replace_one_already_given() -> None:
    text = "my partner is on coke"
    assert run(tracker(text, "find_support", audience="professional")) == [slot("need_text", text)]
