"""Shared fixtures: an app with no external dependency, for unit and contract tests."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # No lifespan: unit tests never open connections to real dependencies.
    app = create_app(Settings(environment="test"))
    yield TestClient(app)
