"""Staff notifications outside the event stream, through the real gateway: the webhook and the staff
Telegram chat, each received by a real HTTP server standing in for the receiver (Bot API sendMessage)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from assistant.gateway import create_app
from assistant.settings import Settings
from tests.integration.servers import free_port
from tests.staff.conftest import gateway_settings

BOT_TOKEN = "123456:staff-bot-token"
STAFF_CHAT = "-100200300"
EMERGENCY = "mum took loads of her pills and now she wont wake up"
CONCERN = "dad hits me when hes been drinking"


@dataclass
class Receiver:
    """What the stand-in webhook and Bot API were sent, by path."""

    url: str
    received: list[tuple[str, dict]] = field(default_factory=list)

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[tuple[str, dict]]:
        for _ in range(int(timeout / 0.05)):
            if len(self.received) >= count:
                break
            await asyncio.sleep(0.05)
        return self.received


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    app = web.Application()
    port = free_port()
    state = Receiver(url=f"http://127.0.0.1:{port}")

    async def record(request: web.Request) -> web.Response:
        state.received.append((request.path, await request.json()))
        return web.json_response({"ok": True})

    app.router.add_post("/{tail:.*}", record)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield state
    await runner.cleanup()


@pytest.fixture
async def notifying_gateway(
    database_url: str, tmp_path: Path, receiver: Receiver
) -> AsyncIterator[TestClient]:
    """The real gateway, Rasa absent, with both a webhook and a staff Telegram chat configured."""
    settings = gateway_settings(
        database_url,
        tmp_path,
        staff_webhook_url=f"{receiver.url}/hook",
        telegram_bot_token=BOT_TOKEN,
        staff_telegram_chat_id=STAFF_CHAT,
        telegram_api_url=receiver.url,
    )
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    yield client
    await client.close()


async def chat(gateway: TestClient, conversation_id: str, text: str) -> None:
    response = await gateway.post(
        "/api/chat", json={"conversation_id": conversation_id, "text": text, "locale": "en"}
    )
    assert response.status == 200


async def test_a_new_emergency_reaches_the_webhook_and_the_staff_chat_without_its_text(
    notifying_gateway: TestClient, receiver: Receiver
) -> None:
    await chat(notifying_gateway, "notify-1", EMERGENCY)
    received = dict(await receiver.wait_for(2))
    hook = received["/hook"]["escalation"]
    assert hook["conversation_id"] == "notify-1" and hook["severity"] == "emergency"
    assert hook["status"] == "open" and isinstance(hook["id"], int)
    telegram = received[f"/bot{BOT_TOKEN}/sendMessage"]
    assert telegram["chat_id"] == STAFF_CHAT
    assert "EMERGENCY" in telegram["text"] and f"escalation {hook['id']}" in telegram["text"]
    for sent in (str(hook), telegram["text"]):
        assert "pills" not in sent and "wake" not in sent


async def test_staff_are_told_again_only_when_the_severity_is_raised(
    notifying_gateway: TestClient, receiver: Receiver
) -> None:
    await chat(notifying_gateway, "notify-2", CONCERN)
    assert len(await receiver.wait_for(2)) == 2
    await chat(notifying_gateway, "notify-2", CONCERN)  # adds to the open escalation: no new notification
    await chat(notifying_gateway, "notify-2", EMERGENCY)  # raises it
    received = await receiver.wait_for(4)
    await asyncio.sleep(0.3)  # time for any notification that should not have been sent
    assert len(received) == 4
    raised = [body for path, body in received[2:] if path.endswith("/sendMessage")]
    assert len(raised) == 1 and raised[0]["text"].startswith("🚨 EMERGENCY (raised)")
    hooks = [body["escalation"]["severity"] for path, body in received if path == "/hook"]
    assert hooks == ["concern", "emergency"]


async def test_a_staff_chat_that_is_down_does_not_stop_the_safe_reply(
    database_url: str, tmp_path: Path
) -> None:
    settings = gateway_settings(
        database_url,
        tmp_path,
        telegram_bot_token=BOT_TOKEN,
        staff_telegram_chat_id=STAFF_CHAT,
        telegram_api_url=f"http://127.0.0.1:{free_port()}",  # nobody listens
    )
    async with TestClient(TestServer(create_app(settings))) as client:
        response = await client.post(
            "/api/chat", json={"conversation_id": "notify-3", "text": EMERGENCY, "locale": "en"}
        )
        assert response.status == 200
        assert "999" in (await response.json())["messages"][0]["text"]


def test_the_staff_chat_is_configured_from_the_environment() -> None:
    settings = Settings.from_env(
        {"STAFF_TELEGRAM_CHAT_ID": " -42 ", "TELEGRAM_API_URL": "http://127.0.0.1:9/", "DATABASE_URL": "x"}
    )
    assert settings.staff_telegram_chat_id == "-42" and settings.telegram_api_url == "http://127.0.0.1:9/"
    assert Settings.from_env({"DATABASE_URL": "x"}).staff_telegram_chat_id is None
