from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from assistant.cli import cli
from assistant.gateway import create_app
from assistant.settings import Settings
from tests.integration.servers import free_port


def gateway_settings(database_url: str, tmp_path: Path, **options: Any) -> Settings:
    """Settings for a gateway whose Rasa and action server are absent (ports nobody listens on)."""
    return Settings(
        gateway_port=free_port(),
        rasa_port=free_port(),
        actions_port=free_port(),
        database_url=database_url,
        var_dir=tmp_path,
        rasa_timeout=2.0,
        **options,
    )


@pytest.fixture
async def gateway(database_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    """The real gateway on a real port, with Rasa and the action server absent."""
    client = TestClient(TestServer(create_app(gateway_settings(database_url, tmp_path))))
    await client.start_server()
    yield client
    await client.close()


@pytest.fixture
def staff_token(cli_runner) -> str:
    result = cli_runner.invoke(
        cli, ["staff", "add", "sam", "--role", "staff", "--password-stdin"], input="correct horse battery\n"
    )
    assert result.exit_code == 0, result.output
    return cli_runner.invoke(cli, ["staff", "token", "sam"]).output.strip().splitlines()[-1]
