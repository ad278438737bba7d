"""Run after every user message (a custom slot mapping): what the words say beyond the NLU entities."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from assistant.audience import audience_in

# Intents whose message describes what the person needs; answers to our questions ("leeds", "14") do not.
DESCRIBES_NEED = frozenset({"find_support"})


class ActionUnderstandMessage(Action):
    def name(self) -> str:
        return "action_understand_message"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        latest = tracker.latest_message or {}
        text = str(latest.get("text") or "")
        events: list[EventType] = []
        said_audience = next(tracker.get_latest_entity_values("audience"), None)
        if not tracker.get_slot("audience") and not said_audience:
            inferred = audience_in(text)
            if inferred:
                events.append(SlotSet("audience", inferred))
        if (latest.get("intent") or {}).get("name") in DESCRIBES_NEED and not text.startswith("/"):
            events.append(SlotSet("need_text", text))
        return events
