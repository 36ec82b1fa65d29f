"""The published REST contract: breaking it needs a new version prefix."""

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.contract


def test_v1_paths_are_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    assert "/v1/info" in schema["paths"]


def test_probes_and_metrics_stay_out_of_the_public_contract(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]

    assert not {"/health/live", "/health/ready", "/metrics"} & set(paths)
