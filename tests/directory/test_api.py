"""The directory read API on a real aiohttp server (no Rasa needed for these routes)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.orm import Session, sessionmaker

from assistant.gateway import create_app
from assistant.settings import Settings
from services_directory.importer import import_file
from tests.directory.conftest import HSDS_EXAMPLES, snapshot

Client = TestClient[web.Request, web.Application]
PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


@pytest.fixture
async def client(database_url: str, small_directory: sessionmaker[Session]) -> AsyncIterator[Client]:
    app = create_app(Settings(database_url=database_url))
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def test_services_are_listed_in_pages(client: Client) -> None:
    response = await client.get("/api/directory/services", params={"per_page": "3", "page": "2"})
    assert response.status == 200
    body = await response.json()
    assert set(body) == PAGE_KEYS
    assert (body["total_items"], body["total_pages"], body["page_number"], body["size"]) == (8, 3, 2, 3)
    assert (body["first_page"], body["last_page"], body["empty"]) == (False, False, False)
    assert all("service_at_locations" in service for service in body["contents"])


async def test_search_by_text_postcode_and_age(client: Client) -> None:
    response = await client.get(
        "/api/directory/services",
        params={"text": "councelling", "postcode": "LS1 4AP", "age": "15", "proximity": "20000"},
    )
    body = await response.json()
    assert response.status == 200 and body["contents"][0]["id"] == "t-leeds-youth"
    assert all(service["id"] != "t-leeds-treatment" for service in body["contents"])  # 15 is too young


async def test_filter_by_taxonomy_term(client: Client) -> None:
    response = await client.get("/api/directory/services", params={"taxonomy_term": "young-carers"})
    body = await response.json()
    assert [service["id"] for service in body["contents"]] == ["t-cardiff-carers"] and body[
        "total_items"
    ] == 1


async def test_an_empty_page(client: Client) -> None:
    body = await (await client.get("/api/directory/services", params={"page": "9"})).json()
    assert body["empty"] is True and body["size"] == 0 and body["last_page"] is True


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": "0"}, "page must be between 1"),
        ({"per_page": "lots"}, "per_page must be a number"),
        ({"per_page": "500"}, "per_page must be between 1 and 100"),
        ({"age": "-3"}, "age must be between 0 and 150"),
        ({"proximity": "1000"}, "proximity needs a postcode"),
        ({"postcode": "Qwxzy"}, "could not find the postcode or place"),
        ({"audience": "aliens"}, "audience must be one of"),
        ({"page": "1.5"}, "whole numbers"),
        ({"page": "101", "per_page": "100"}, "only the first 10000 results"),
    ],
)
async def test_bad_parameters_are_400_with_a_message(
    client: Client, params: dict[str, str], message: str
) -> None:
    response = await client.get("/api/directory/services", params=params)
    assert response.status == 400
    assert message in (await response.json())["error"]


async def test_one_service_and_an_unknown_id(client: Client, small_directory: sessionmaker[Session]) -> None:
    response = await client.get("/api/directory/services/t-wales-line")
    assert response.status == 200
    expected = next(s for s in snapshot(small_directory) if s["id"] == "t-wales-line")
    assert await response.json() == expected
    missing = await client.get("/api/directory/services/nope")
    assert missing.status == 404 and "nope" in (await missing.json())["error"]


async def test_an_official_example_is_served_as_it_was_imported(
    client: Client, small_directory: sessionmaker[Session]
) -> None:
    import_file(small_directory, HSDS_EXAMPLES / "service_full.json")
    response = await client.get("/api/directory/services/ac148810-d857-441c-9679-408f346de14b")
    body = await response.json()
    assert body["schedules"][0]["byday"] == "TH,FR" and body["phones"][0]["extension"] == 100
