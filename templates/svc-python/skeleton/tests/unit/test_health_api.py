from fastapi.testclient import TestClient

from app.domain.readiness import DependencyCheck, ReadinessService


def test_liveness_answers_ok(client: TestClient) -> None:
    response = client.get("/health/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readiness_is_503_when_a_dependency_is_down(client: TestClient) -> None:
    async def down() -> None:
        raise ConnectionError

    client.app.state.readiness = ReadinessService([DependencyCheck("db", down)])  # type: ignore[attr-defined]

    response = client.get("/health/ready")

    assert response.status_code == 503
    assert response.json()["dependencies"] == {"db": "failed: ConnectionError"}


def test_metrics_exposes_request_counters(client: TestClient) -> None:
    client.get("/v1/info")

    body = client.get("/metrics").text

    assert 'http_requests_total{method="GET",route="/v1/info",status="200"}' in body
