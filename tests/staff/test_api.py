"""The staff API and the safeguarding path through POST /api/chat, with Rasa down."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp.test_utils import TestClient

from assistant.cli import cli

EMERGENCY = "mum took loads of her pills and now she wont wake up"
CONCERN = "dad hits me when hes been drinking"


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def chat(gateway: TestClient, conversation_id: str, text: str) -> list[dict]:
    response = await gateway.post(
        "/api/chat", json={"conversation_id": conversation_id, "text": text, "locale": "en"}
    )
    assert response.status == 200
    return (await response.json())["messages"]


async def escalations(gateway: TestClient, token: str, query: str = "") -> list[dict]:
    response = await gateway.get(f"/api/staff/escalations{query}", headers=auth(token))
    assert response.status == 200
    return (await response.json())["escalations"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Basic c2FtOnB3"},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer hha_madeup"},
    ],
)
async def test_requests_without_a_valid_token_get_401_and_learn_nothing(
    gateway: TestClient, staff_token, headers
) -> None:
    await chat(gateway, "c-secret", EMERGENCY)
    for path in ("/api/staff/escalations", "/api/staff/escalations/1", "/api/staff/events"):
        response = await gateway.get(path, headers=headers)
        assert response.status == 401
        body = await response.text()
        assert "c-secret" not in body and "escalations" not in body


async def test_a_revoked_token_gets_401(gateway: TestClient, staff_token, cli_runner) -> None:
    assert (await gateway.get("/api/staff/escalations", headers=auth(staff_token))).status == 200
    cli_runner.invoke(cli, ["staff", "revoke", "sam"])
    assert (await gateway.get("/api/staff/escalations", headers=auth(staff_token))).status == 401


async def test_an_emergency_with_rasa_down_is_answered_with_999_first_and_escalated(
    gateway, staff_token
) -> None:
    messages = await chat(gateway, "c-emergency", EMERGENCY)
    assert "999" in messages[0]["text"] and messages[0]["kind"] == "safeguarding_emergency"
    [escalation] = await escalations(gateway, staff_token, "?conversation_id=c-emergency")
    assert (escalation["severity"], escalation["status"], escalation["channel"]) == (
        "emergency",
        "open",
        "web",
    )
    assert escalation["reason"] and escalation["excerpt"] == EMERGENCY


async def test_a_concern_is_answered_warmly_and_repeated_messages_do_not_flood(gateway, staff_token) -> None:
    messages = await chat(gateway, "c-concern", CONCERN)
    assert messages[0]["kind"] == "safeguarding_concern" and "0800 1111" in " ".join(
        m["text"] for m in messages
    )
    await chat(gateway, "c-concern", "he did it again last night")
    await chat(gateway, "c-concern", EMERGENCY)
    [escalation] = await escalations(gateway, staff_token, "?conversation_id=c-concern")
    assert escalation["severity"] == "emergency"
    assert escalation["message_count"] >= 2


@pytest.mark.parametrize(
    "idiom", ["this revision is killing me", "PE literally killed me", "i nearly died laughing"]
)
async def test_idioms_do_not_alarm(gateway, staff_token, idiom: str) -> None:
    messages = await chat(gateway, "c-idiom", idiom)
    assert not any(m.get("kind", "").startswith("safeguarding") for m in messages)
    assert await escalations(gateway, staff_token, "?conversation_id=c-idiom") == []


async def test_filters_order_and_bad_parameters(gateway, staff_token) -> None:
    await chat(gateway, "c-a", CONCERN)
    await chat(gateway, "c-b", EMERGENCY)
    rows = await escalations(gateway, staff_token)
    assert [r["conversation_id"] for r in rows] == ["c-b", "c-a"]  # newest first
    assert [r["conversation_id"] for r in await escalations(gateway, staff_token, "?severity=concern")] == [
        "c-a"
    ]
    assert await escalations(gateway, staff_token, "?status=resolved") == []
    for query in ("?status=closed", "?severity=high", "?limit=0", "?limit=abc"):
        response = await gateway.get(f"/api/staff/escalations{query}", headers=auth(staff_token))
        assert response.status == 400 and "error" in await response.json()


async def test_claim_note_resolve_with_audit_log(gateway, staff_token) -> None:
    await chat(gateway, "c-flow", CONCERN)
    [row] = await escalations(gateway, staff_token, "?conversation_id=c-flow")
    base = f"/api/staff/escalations/{row['id']}"
    assert (await gateway.post(f"{base}/claim", headers=auth(staff_token))).status == 200
    note = await gateway.post(f"{base}/note", headers=auth(staff_token), json={"note": "rang the school"})
    assert note.status == 200
    done = await gateway.post(f"{base}/resolve", headers=auth(staff_token), json={"note": "referred"})
    body = await done.json()
    assert body["status"] == "resolved" and body["claimed_by"] == "sam"
    assert [(e["actor"], e["action"]) for e in body["events"]] == [
        ("system", "created"),
        ("sam", "claimed"),
        ("sam", "note"),
        ("sam", "resolved"),
    ]
    assert (await gateway.post(f"{base}/resolve", headers=auth(staff_token))).status == 409
    detail = await gateway.get(base, headers=auth(staff_token))
    assert (await detail.json())["events"][2]["detail"] == "rang the school"
    assert (await gateway.get("/api/staff/escalations/999999", headers=auth(staff_token))).status == 404


async def test_the_event_stream_shows_a_new_escalation(gateway, staff_token) -> None:
    response = await gateway.get("/api/staff/events", headers=auth(staff_token))
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/event-stream")
    assert await response.content.readline() == b": connected\n"
    await chat(gateway, "c-live", EMERGENCY)

    async def next_event() -> dict:
        while True:
            line = await response.content.readline()
            if line.startswith(b"data: "):
                return json.loads(line[6:])

    event = await asyncio.wait_for(next_event(), timeout=10)
    assert event["action"] == "created"
    assert (
        event["escalation"]["conversation_id"] == "c-live" and event["escalation"]["severity"] == "emergency"
    )
    response.close()
