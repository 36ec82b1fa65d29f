"""Shared fixtures.

Async tests run on anyio's pytest plugin (anyio comes with Starlette, so there
is no extra plugin to install): mark their module `pytestmark = pytest.mark.anyio`.
"""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings() -> Settings:
    return Settings(environment="test")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    # The client is not entered, so the lifespan does not run: unit and contract
    # tests never open a connection to a real dependency.
    yield TestClient(create_app(settings))
