"""Not understood or off-topic: say so once; after two such messages in a row, offer people to talk to."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import translate
from assistant.i18n import _

# Messages the assistant cannot help with: not understood at all, or off-topic ("tell me a joke").
NOT_UNDERSTOOD = frozenset({"nlu_fallback", "out_of_scope"})
ASK_AGAIN = _(
    "Sorry, I didn't quite get that. Could you say it another way? You can tell me what's worrying you, "
    "or ask me to find support near you."
)
OFF_TOPIC = _(
    "I'm not able to help with that, sorry. I'm here to help find support for families affected by "
    "drinking or drugs. What can I help you with?"
)
OFFER_PEOPLE = _(
    "I'm sorry, I'm not understanding you well. You can talk to a real person: Childline on 0800 1111 "
    "(free, under 19s, or chat at childline.org.uk), or the NSPCC helpline on 0808 800 5000 for adults. "
    "Or try telling me in a few words, like 'someone to talk to in Leeds'. "
    "If anyone is in danger right now, call 999."
)


def misunderstood_in_a_row(events: list[dict[str, Any]]) -> int:
    """How many of the latest user messages, counting back, were not understood or off-topic."""
    count = 0
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        if intent_name(event.get("parse_data")) not in NOT_UNDERSTOOD:
            break
        count += 1
    return count


def intent_name(parse_data: dict[str, Any] | None) -> str | None:
    name = ((parse_data or {}).get("intent") or {}).get("name")
    return str(name) if name else None


class ActionNotUnderstood(Action):
    def name(self) -> str:
        return "action_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if misunderstood_in_a_row(list(tracker.events)) >= 2:
            text = OFFER_PEOPLE
        elif intent_name(tracker.latest_message) == "out_of_scope":
            text = OFF_TOPIC
        else:
            text = ASK_AGAIN
        dispatcher.utter_message(text=translate(tracker, text))
        return []
