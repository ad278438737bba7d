"""Greeting: a first-time or returning welcome, depending on what the database knows."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import sessions, translate
from assistant.i18n import _
from assistant.models import Conversation

WELCOME = _(
    "Hi, I'm here to help you find support if someone in your family drinks too much or uses drugs. "
    "You can tell me what's going on, or ask me to find help near you. "
    "If anyone is in danger right now, call 999."
)
WELCOME_BACK = _("Hello again. What can I help you with today?")


def is_returning(conversation_id: str) -> bool:
    """True when this conversation has sent earlier messages."""
    with sessions()() as session:
        conversation = session.get(Conversation, conversation_id)
        return conversation is not None and conversation.message_count > 1


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = WELCOME_BACK if is_returning(tracker.sender_id) else WELCOME
        dispatcher.utter_message(text=translate(tracker, message))
        return []
