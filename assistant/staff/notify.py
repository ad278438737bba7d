"""Telling staff at once: a wake-up signal for the live event stream, an optional webhook and an optional
staff Telegram chat. Neither the webhook nor the chat is ever sent message text: only what the escalation is
(its id, severity, category and status), so that staff open the console or API to read it."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import aiohttp

log = logging.getLogger(__name__)


class ChangeSignal:
    """Wakes every waiting event-stream client when an escalation changes in this process."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)


async def post_webhook(http: aiohttp.ClientSession, url: str, escalation: dict[str, object]) -> None:
    """Send the escalation's id, severity and status (never message text) to STAFF_WEBHOOK_URL."""
    summary = {
        key: escalation.get(key) for key in ("id", "conversation_id", "severity", "status", "category")
    }
    try:
        async with http.post(
            url, json={"escalation": summary}, timeout=aiohttp.ClientTimeout(total=5)
        ) as response:
            if response.status >= 300:
                log.warning(
                    "staff webhook answered HTTP %d for escalation %s", response.status, summary["id"]
                )
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning("staff webhook failed for escalation %s: %s", summary["id"], type(error).__name__)


def telegram_text(escalation: dict[str, object]) -> str:
    """The staff chat's line for a new or raised escalation; no message text, no excerpt."""
    severity = str(escalation.get("severity"))
    category = str(escalation.get("category") or "unclassified").replace("_", " ")
    opening = "🚨 EMERGENCY" if severity == "emergency" else "Concern"
    raised = " (raised)" if escalation.get("change") == "raised" else ""
    return (
        f"{opening}{raised}: escalation {escalation.get('id')}, {category}, "
        f"{escalation.get('status')}. Claim it in the staff console or API."
    )


async def post_telegram(
    http: aiohttp.ClientSession, api_url: str, token: str, chat_id: str, escalation: dict[str, object]
) -> None:
    """Post `telegram_text` to the staff chat with the Bot API's sendMessage; a failure is logged only."""
    try:
        async with http.post(
            f"{api_url.rstrip('/')}/bot{token}/sendMessage",
            json={"chat_id": chat_id, "text": telegram_text(escalation)},
            timeout=aiohttp.ClientTimeout(total=5),
        ) as response:
            if response.status >= 300:
                log.warning(
                    "staff Telegram chat answered HTTP %d for escalation %s",
                    response.status,
                    escalation.get("id"),
                )
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning(
            "staff Telegram message failed for escalation %s: %s", escalation.get("id"), type(error).__name__
        )
