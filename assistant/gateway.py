"""The aiohttp gateway: health, the chat API, and (later) the channels and staff console."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from typing import Any

import aiohttp
from aiohttp import web

from assistant.api_directory import add_directory_routes
from assistant.appkeys import CHANGES, DB, HTTP, SETTINGS
from assistant.conversation import MAX_TEXT, ConversationContext, converse
from assistant.db import make_engine, make_sessionmaker, ping
from assistant.rasa_client import RasaClient
from assistant.safeguarding import warm_up
from assistant.settings import Settings
from assistant.staff.api import add_staff_routes
from assistant.staff.notify import ChangeSignal, post_telegram, post_webhook

log = logging.getLogger(__name__)

CONVERSATIONS = web.AppKey("conversations", ConversationContext)


def json_error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def open_resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    engine = make_engine(settings.database_url)
    http = aiohttp.ClientSession()
    app[HTTP] = http
    rasa = RasaClient(http, settings.rasa_url, settings.rasa_token, settings.rasa_timeout)
    app[DB] = make_sessionmaker(engine)
    # Load (or the first time, train) the safeguarding classifier while Rasa starts, not on a first message.
    await asyncio.to_thread(warm_up)
    background: set[asyncio.Task[None]] = set()

    def in_background(coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        background.add(task)
        task.add_done_callback(background.discard)

    def on_escalation(escalation: dict[str, object]) -> None:
        app[CHANGES].notify()
        # The event stream shows every change; the webhook and the staff chat only new or raised ones.
        if escalation.get("change") == "added":
            return
        if settings.staff_webhook_url:
            in_background(post_webhook(http, settings.staff_webhook_url, escalation))
        if settings.telegram_bot_token and settings.staff_telegram_chat_id:
            in_background(
                post_telegram(
                    http,
                    settings.telegram_api_url,
                    settings.telegram_bot_token,
                    settings.staff_telegram_chat_id,
                    escalation,
                )
            )

    app[CONVERSATIONS] = ConversationContext(sessions=app[DB], rasa=rasa, on_escalation=on_escalation)
    yield
    for task in background:
        task.cancel()
    await http.close()
    engine.dispose()


async def check_database(app: web.Application) -> bool:
    try:
        await asyncio.to_thread(ping, app[DB].kw["bind"])
    except Exception:  # any database error means "not ready"
        return False
    return True


async def check_actions(app: web.Application) -> bool:
    try:
        async with app[HTTP].get(
            f"{app[SETTINGS].actions_url}/health", timeout=aiohttp.ClientTimeout(total=2)
        ) as response:
            return response.status == 200
    except (TimeoutError, aiohttp.ClientError):
        return False


async def healthz(request: web.Request) -> web.Response:
    app = request.app
    rasa, actions, database = await asyncio.gather(
        app[CONVERSATIONS].rasa.model_loaded(), check_actions(app), check_database(app)
    )
    checks = {"gateway": True, "rasa": rasa, "actions": actions, "database": database}
    ready = all(checks.values())
    body: dict[str, object] = {"status": "ok" if ready else "unavailable", "checks": checks}
    if not ready:
        body["failing"] = [name for name, ok in checks.items() if not ok]
    return web.json_response(body, status=200 if ready else 503)


def parse_chat(body: Any) -> tuple[str, str, str]:
    """Validate a chat request; raise ValueError with a message for the caller."""
    if not isinstance(body, dict):
        raise ValueError("the body must be a JSON object")
    conversation_id, text, locale = body.get("conversation_id"), body.get("text"), body.get("locale", "en")
    if not isinstance(conversation_id, str) or not conversation_id.strip() or len(conversation_id) > 128:
        raise ValueError("conversation_id must be a non-empty string of at most 128 characters")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("text must be a non-empty string")
    if len(text) > MAX_TEXT:
        raise ValueError(f"text must be at most {MAX_TEXT} characters")
    if not isinstance(locale, str) or len(locale) > 16:
        raise ValueError("locale must be a short string such as 'en' or 'cy'")
    return conversation_id.strip(), text.strip(), locale


async def chat(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except ValueError:
        return json_error(400, "the body must be valid JSON")
    try:
        conversation_id, text, locale = parse_chat(body)
    except ValueError as error:
        return json_error(400, str(error))
    replies = await converse(request.app[CONVERSATIONS], conversation_id, text, locale, "web")
    return web.json_response({"messages": [reply.to_json() for reply in replies]})


async def index(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "service": "Hidden Harm signposting assistant",
            "endpoints": {"chat": "POST /api/chat", "health": "GET /healthz"},
        }
    )


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app[SETTINGS] = settings
    app[CHANGES] = ChangeSignal()
    app.cleanup_ctx.append(open_resources)
    app.add_routes(
        [
            web.get("/", index),
            web.get("/healthz", healthz),
            web.post("/api/chat", chat),
        ]
    )
    # Route tables of other modules (directory API, staff API), one line each:
    add_staff_routes(app)
    add_directory_routes(app)
    return app
