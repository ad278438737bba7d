"""The one conversation function every channel calls: record, safeguard, ask Rasa, answer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from assistant.audience import audience_said
from assistant.i18n import _, gettext, normalise_locale
from assistant.models import Conversation, utcnow
from assistant.rasa_client import RasaClient, RasaUnavailable, Reply
from assistant.safeguarding import Assessment, Severity, assess, safeguarding_reply
from assistant.safeguarding.escalations import Flagged, record_flagged_change

log = logging.getLogger(__name__)

MAX_TEXT = 2000
UNAVAILABLE = _(
    "Sorry, I can't look things up right now. If you need someone to talk to, Childline is free on "
    "0800 1111 (under 19s) and the NSPCC helpline is on 0808 800 5000 (adults). "
    "If anyone is in danger right now, call 999."
)
# If the detector itself fails, err on the side of a person: treat the message as a concern.
DETECTOR_FAILED = Assessment(Severity.CONCERN, None, "detector-error", None)


@dataclass(frozen=True)
class ConversationContext:
    """What the conversation function needs, opened once by the gateway."""

    sessions: sessionmaker[Session]
    rasa: RasaClient
    on_escalation: Callable[[dict[str, object]], None] = field(default=lambda escalation: None)


@dataclass(frozen=True)
class Known:
    """What we know about who is talking, from earlier turns."""

    audience: str | None
    age: int | None


def record_message(
    sessions: sessionmaker[Session], conversation_id: str, channel: str, locale: str, audience: str | None
) -> Known:
    """Keep the minimum of a conversation: channel, locale, who is talking, counts, times. Never the text."""
    with sessions.begin() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            conversation = Conversation(id=conversation_id, channel=channel, locale=locale, message_count=0)
            session.add(conversation)
        conversation.locale = locale
        conversation.audience = audience or conversation.audience
        conversation.message_count += 1
        conversation.last_message_at = utcnow()
        return Known(conversation.audience, conversation.age)


def save_escalation(sessions: sessionmaker[Session], flagged: Flagged) -> dict[str, object]:
    """The escalation as JSON, with "change": "created", "raised" (its severity went up) or "added"."""
    with sessions.begin() as session:
        escalation, change = record_flagged_change(session, flagged)
        return {**escalation.to_json(), "change": change}


def check(text: str) -> Assessment:
    try:
        return assess(text)
    except Exception:  # assess is built never to raise; this is the last line of defence
        log.exception("safeguarding detector failed")
        return DETECTOR_FAILED


async def converse(
    context: ConversationContext, conversation_id: str, text: str, locale: str, channel: str
) -> list[Reply]:
    """Answer one inbound message. A down Rasa or database never stops the person getting a reply."""
    locale = normalise_locale(locale)
    assessment = check(text)
    said = audience_said(text)
    flagged = assessment.severity is not Severity.NONE
    try:
        known = await asyncio.to_thread(
            record_message, context.sessions, conversation_id, channel, locale, said
        )
    except Exception:
        log.exception("could not record a message")
        known = Known(said, None)
    safe: list[Reply] = []
    if flagged:
        kind = f"safeguarding_{assessment.severity.value}"
        texts = safeguarding_reply(assessment, known.audience, locale)
        safe = [Reply(text=t, kind=kind) for t in texts]
        flagged_message = Flagged(conversation_id, channel, assessment, text, known.audience, known.age)
        try:
            escalation = await asyncio.to_thread(save_escalation, context.sessions, flagged_message)
            context.on_escalation(escalation)
        except Exception:  # the safe reply still goes out; the log says an escalation was lost
            log.exception("could not record an escalation for a %s message", assessment.severity.value)
    # An emergency reaches Rasa as an intent, so nothing but the safe reply comes first; a concern goes as
    # text (with the pre-check's verdict in the metadata), so the person can still be offered local help.
    emergency = assessment.severity is Severity.EMERGENCY
    rasa_text = "/safeguarding_emergency" if emergency else text
    metadata = {"locale": locale, "channel": channel, "safeguarding": assessment.severity.value}
    try:
        replies = await context.rasa.send(conversation_id, rasa_text, metadata)
    except RasaUnavailable as error:
        log.warning("rasa unavailable for a message: %s", error)
        replies = []
    for reply in replies:  # domain responses arrive in English; their text is the msgid
        reply.text = gettext(locale, reply.text)
    if not replies and not safe:  # a failed custom action makes Rasa answer with nothing: never leave silence
        return [Reply(text=gettext(locale, UNAVAILABLE), kind="unavailable")]
    return safe + replies
