from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.servers import Instance, start_instance


@pytest.fixture(scope="session")
def assistant_instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Instance]:
    """One real running assistant (gateway + Rasa + actions) shared by the integration tests."""
    instance = start_instance(tmp_path_factory.mktemp("instance"))
    try:
        instance.wait_healthy()
        yield instance
    finally:
        if instance.process.poll() is None:
            instance.stop()
