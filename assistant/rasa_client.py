"""Talking to the Rasa server over HTTP (the project never imports rasa)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import aiohttp


class RasaUnavailable(Exception):
    """Rasa did not answer in time, or answered with an error."""


@dataclass
class Reply:
    """One message of the assistant's answer, in the shape of POST /api/chat."""

    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"text": self.text}
        if self.buttons:
            body["buttons"] = self.buttons
        if self.services:
            body["services"] = self.services
        if self.kind:
            body["kind"] = self.kind
        return body


def replies_from_rasa(items: list[dict[str, Any]]) -> list[Reply]:
    """Turn the REST channel's list of bot messages into replies; custom payloads join the text before."""
    replies: list[Reply] = []
    for item in items:
        custom = item.get("custom")
        if isinstance(custom, dict):
            services = [s for s in custom.get("services", []) if isinstance(s, dict)]
            if replies and not replies[-1].services and "text" not in custom:
                replies[-1].services = services
            else:
                replies.append(Reply(text=str(custom.get("text", "")), services=services))
            continue
        if "text" in item or "buttons" in item:
            buttons = [
                {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                for b in item.get("buttons") or []
                if isinstance(b, dict)
            ]
            replies.append(Reply(text=str(item.get("text", "")), buttons=buttons))
    return replies


class RasaClient:
    def __init__(self, session: aiohttp.ClientSession, base_url: str, token: str, timeout: float) -> None:
        self._session = session
        self._base_url = base_url
        self._token = token
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def send(self, conversation_id: str, text: str, metadata: dict[str, Any]) -> list[Reply]:
        body = {"sender": conversation_id, "message": text, "metadata": metadata}
        try:
            async with self._session.post(
                f"{self._base_url}/webhooks/rest/webhook", json=body, timeout=self._timeout
            ) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
                items = await response.json()
        except (TimeoutError, aiohttp.ClientError, ValueError) as error:
            raise RasaUnavailable(type(error).__name__) from error
        if not isinstance(items, list):
            raise RasaUnavailable("Rasa answered with something other than a list")
        return replies_from_rasa(items)

    async def model_loaded(self) -> bool:
        """True when Rasa answers /status with a loaded model."""
        try:
            async with self._session.get(
                f"{self._base_url}/status",
                params={"token": self._token},
                timeout=aiohttp.ClientTimeout(total=2),
            ) as response:
                if response.status != 200:
                    return False
                status = await response.json()
        except (TimeoutError, aiohttp.ClientError, ValueError):
            return False
        return bool(status.get("model_file"))
