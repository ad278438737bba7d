"""The one conversation function every channel calls: record, safeguard, ask Rasa, answer."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from assistant.i18n import _, gettext, normalise_locale
from assistant.models import Conversation, utcnow
from assistant.rasa_client import RasaClient, RasaUnavailable, Reply

log = logging.getLogger(__name__)

MAX_TEXT = 2000
UNAVAILABLE = _(
    "Sorry, I can't look things up right now. If you need someone to talk to, Childline is free on "
    "0800 1111 (under 19s) and the NSPCC helpline is on 0808 800 5000 (adults). "
    "If anyone is in danger right now, call 999."
)


@dataclass(frozen=True)
class ConversationContext:
    """What the conversation function needs, opened once by the gateway."""

    sessions: sessionmaker[Session]
    rasa: RasaClient


def record_message(sessions: sessionmaker[Session], conversation_id: str, channel: str, locale: str) -> None:
    """Keep the minimum about a conversation: channel, locale, counts, times. Never the text."""
    with sessions.begin() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            conversation = Conversation(id=conversation_id, channel=channel, locale=locale, message_count=0)
            session.add(conversation)
        conversation.locale = locale
        conversation.message_count += 1
        conversation.last_message_at = utcnow()


async def converse(
    context: ConversationContext, conversation_id: str, text: str, locale: str, channel: str
) -> list[Reply]:
    """Answer one inbound message. Never raises for a down Rasa: the person always gets a safe reply."""
    locale = normalise_locale(locale)
    await asyncio.to_thread(record_message, context.sessions, conversation_id, channel, locale)
    metadata = {"locale": locale, "channel": channel}
    try:
        replies = await context.rasa.send(conversation_id, text, metadata)
    except RasaUnavailable as error:
        log.warning("rasa unavailable for a message: %s", error)
        replies = []
    if not replies:  # a failed custom action makes Rasa answer with nothing: never leave silence
        return [Reply(text=gettext(locale, UNAVAILABLE), kind="unavailable")]
    for reply in replies:  # domain responses arrive in English; their text is the msgid
        reply.text = gettext(locale, reply.text)
    return replies
