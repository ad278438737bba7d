"""Telling staff at once: a wake-up signal for the live event stream, and an optional webhook."""

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
