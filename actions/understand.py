"""Run after every user message (a custom slot mapping): what the words say beyond the NLU entities."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from assistant.audience import AUDIENCES, audience_in


def entities_of(tracker: Tracker) -> list[str]:
    return [str(value) for value in tracker.get_latest_entity_values("audience")]


def audience_told(tracker: Tracker) -> str | None:
    """Who is asking, from the latest message: its first valid audience entity, else how it is put.

    The NLU sometimes tags a stray word as an audience ("two" as "2"); a slot mapping would keep the
    last value, so the valid one is picked here.
    """
    valid = next((value for value in entities_of(tracker) if value in AUDIENCES), None)
    text = str((tracker.latest_message or {}).get("text") or "")
    return valid or (None if text.startswith("/") else audience_in(text))


# Intents whose message describes what the person needs; answers to our questions ("leeds", "14") do not,
# unless they name a need ("14 and need someone to talk to").
DESCRIBES_NEED = frozenset({"find_support", "safeguarding_concern"})


def describes_need(tracker: Tracker) -> bool:
    latest = tracker.latest_message or {}
    if str(latest.get("text") or "").startswith("/"):
        return False
    intent = (latest.get("intent") or {}).get("name")
    return intent in DESCRIBES_NEED or next(tracker.get_latest_entity_values("need"), None) is not None


class ActionUnderstandMessage(Action):
    def name(self) -> str:
        return "action_understand_message"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        latest = tracker.latest_message or {}
        text = str(latest.get("text") or "")
        events: list[EventType] = []
        told = audience_told(tracker)
        if told and (tracker.get_slot("audience") not in AUDIENCES or told in entities_of(tracker)):
            events.append(SlotSet("audience", told))
        if describes_need(tracker):
            events.append(SlotSet("need_text", text))
        return events
