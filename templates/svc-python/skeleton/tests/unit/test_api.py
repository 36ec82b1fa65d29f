"""The HTTP API{% if values.apiStyle == 'rest-grpc' %} and the gRPC handlers{% endif %}, with no dependency and no network."""

{% if values.apiStyle == 'rest-grpc' -%}
from types import SimpleNamespace

import grpc
import pytest
{% endif -%}
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

{% if values.apiStyle == 'rest-grpc' -%}
from app.api import grpc_server
{% endif -%}
from app.config import Settings
from app.domain.readiness import DependencyCheck, ReadinessService
from app.infrastructure.http_metrics import SLO_LATENCY_SECONDS
from app.main import create_app


def test_the_app_starts_and_stops_with_every_dependency_down() -> None:
    # Startup never waits for a dependency (nothing listens on port 1): an outage
    # makes the service unready, it does not keep it from starting.
    settings = Settings(
        environment="test",
{%- if values.database == 'postgresql' %}
        database_url="postgresql://app:app@127.0.0.1:1/app",
{%- endif %}
{%- if values.cache == 'valkey' %}
        valkey_url="redis://127.0.0.1:1/0",
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' %}
        grpc_port=0,
{%- endif %}
{%- if values.kafka != 'none' %}
        kafka_bootstrap_servers="127.0.0.1:1",
{%- endif %}
    )

    with TestClient(create_app(settings)) as client:
        live = client.get("/health/live")
        app: FastAPI = client.app  # type: ignore[assignment]
        checked = app.state.readiness.dependencies

    assert live.status_code == 200
    assert list(checked) == [
{%- if values.database == 'postgresql' %}"postgresql"{% if values.cache == 'valkey' %}, {% endif %}{% endif %}
{%- if values.cache == 'valkey' %}"valkey"{% endif %}]


def test_liveness_answers_ok(client: TestClient) -> None:
    response = client.get("/health/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readiness_lists_every_dependency_when_ready(client: TestClient) -> None:
    async def up() -> None:
        return None

    app: FastAPI = client.app  # type: ignore[assignment]
    app.state.readiness = ReadinessService([DependencyCheck("db", up)])

    response = client.get("/health/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "dependencies": {"db": "ok"}}


def test_readiness_is_503_when_a_dependency_is_down(client: TestClient) -> None:
    async def down() -> None:
        raise ConnectionError

    app: FastAPI = client.app  # type: ignore[assignment]
    app.state.readiness = ReadinessService([DependencyCheck("db", down)])

    response = client.get("/health/ready")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "dependencies": {"db": "failed: ConnectionError"},
    }


def test_info_names_the_service(client: TestClient) -> None:
    response = client.get("/v1/info")

    assert response.status_code == 200
    assert response.json() == {
        "name": "${{ values.name }}",
        "environment": "test",
        "version": "0.1.0",
    }


def _samples(body: str, name: str) -> list[tuple[dict[str, str], float]]:
    return [
        (sample.labels, sample.value)
        for family in text_string_to_metric_families(body)
        for sample in family.samples
        if sample.name == name
    ]


def test_metrics_count_requests_by_route_template(client: TestClient) -> None:
    app: FastAPI = client.app  # type: ignore[assignment]

    @app.get("/v1/items/{item_id}")
    async def item(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    client.get("/v1/info")
    client.get("/v1/items/41")
    client.get("/v1/items/42")
    client.get("/v1/does-not-exist")

    body = client.get("/metrics").text

    counted = {
        (labels["route"], labels["status"]): value
        for labels, value in _samples(body, "http_requests_total")
        if labels["method"] == "GET"
    }
    assert counted[("/v1/info", "200")] >= 1
    # One series per route, whatever the ids in the path.
    assert counted[("/v1/items/{item_id}", "200")] >= 2
    assert not [route for route, _ in counted if "41" in route or "42" in route]
    assert counted[("unmatched", "404")] >= 1


def test_latency_histogram_has_a_bucket_at_the_slo(client: TestClient) -> None:
    # The PrometheusRule reads the bucket le="${{ (values.latencyP99Ms / 1000) ~ ('.0' if values.latencyP99Ms % 1000 == 0 else '') }}": it must exist.
    assert SLO_LATENCY_SECONDS == ${{ values.latencyP99Ms }} / 1000
    client.get("/v1/info")

    body = client.get("/metrics").text

    buckets = {
        labels["le"]
        for labels, _ in _samples(body, "http_request_duration_seconds_bucket")
        if labels["route"] == "/v1/info"
    }
    assert "${{ (values.latencyP99Ms / 1000) ~ ('.0' if values.latencyP99Ms % 1000 == 0 else '') }}" in buckets


def test_probes_and_scrapes_are_not_counted(client: TestClient) -> None:
    client.get("/health/live")
    client.get("/metrics")

    body = client.get("/metrics").text

    routes = {labels["route"] for labels, _ in _samples(body, "http_requests_total")}
    assert not {"/health/live", "/health/ready", "/metrics"} & routes
{%- if values.apiStyle == 'rest-grpc' %}


def test_grpc_messages_round_trip() -> None:
    encoded = grpc_server.encode_message([(1, "${{ values.name }}"), (2, "0.1.0"), (3, 300)])

    assert grpc_server.decode_message(encoded) == {1: b"${{ values.name }}", 2: b"0.1.0", 3: 300}


def test_grpc_encoding_matches_protobuf() -> None:
    # HealthCheckResponse{status: SERVING} and a 300-byte string, as protoc encodes them.
    assert grpc_server.encode_message([(1, grpc_server.SERVING)]) == b"\x08\x01"
    assert grpc_server.encode_message([(2, "x" * 300)]) == b"\x12\xac\x02" + b"x" * 300
    # proto3 leaves default values out.
    assert grpc_server.encode_message([(1, ""), (2, 0)]) == b""


def test_grpc_decoding_rejects_truncated_messages() -> None:
    for malformed in (b"\x0a\x05abc", b"\x08", b"\x0d\x00\x00"):
        try:
            grpc_server.decode_message(malformed)
        except ValueError:
            continue
        raise AssertionError(f"{malformed!r} was accepted")


class FakeContext:
    code: grpc.StatusCode | None = None
    details = ""

    def set_code(self, code: grpc.StatusCode) -> None:
        self.code = code

    def set_details(self, details: str) -> None:
        self.details = details


async def _call(
    handler: grpc.GenericRpcHandler, method: str, request: bytes
) -> tuple[bytes, FakeContext]:
    # What the server does with a request, without the network.
    rpc = handler.service(SimpleNamespace(method=method, invocation_metadata=()))
    context = FakeContext()
    response: bytes = await rpc.unary_unary(request, context)
    return response, context


@pytest.mark.anyio
async def test_grpc_health_check_answers_per_service() -> None:
    health = grpc_server.HealthStatus()
    health.set_serving(True)
    handler = grpc_server.health_handler(health)
    check = "/grpc.health.v1.Health/Check"

    def ask(service: str) -> bytes:
        return grpc_server.encode_message([(1, service)])

    whole, _ = await _call(handler, check, ask(""))
    named, _ = await _call(handler, check, ask(grpc_server.SERVICE_NAME))
    _, unknown = await _call(handler, check, ask("no.such.Service"))
    _, malformed = await _call(handler, check, b"\x0a\x05ab")

    assert grpc_server.decode_message(whole) == {1: grpc_server.SERVING}
    assert grpc_server.decode_message(named) == {1: grpc_server.SERVING}
    assert unknown.code == grpc.StatusCode.NOT_FOUND
    assert malformed.code == grpc.StatusCode.INVALID_ARGUMENT
    assert handler.service(SimpleNamespace(method="/grpc.health.v1.Health/Watch")) is None


@pytest.mark.anyio
async def test_grpc_service_info_names_the_service() -> None:
    handler = grpc_server.service_info_handler("${{ values.name }}", "0.1.0")

    response, context = await _call(handler, f"/{grpc_server.SERVICE_NAME}/GetServiceInfo", b"")

    assert context.code is None
    assert grpc_server.decode_message(response) == {1: b"${{ values.name }}", 2: b"0.1.0"}


def test_grpc_health_reports_the_server_and_the_service() -> None:
    health = grpc_server.HealthStatus()
    assert health.get("") is None

    health.set_serving(True)
    assert health.get("") == grpc_server.SERVING
    assert health.get(grpc_server.SERVICE_NAME) == grpc_server.SERVING

    health.set_serving(False)
    assert health.get(grpc_server.SERVICE_NAME) == grpc_server.NOT_SERVING
{%- endif %}
