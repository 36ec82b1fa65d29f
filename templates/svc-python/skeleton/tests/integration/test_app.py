{%- set deps = [] -%}
{%- if values.database == 'postgresql' %}{% set deps = deps.concat(['postgresql']) %}{% endif -%}
{%- if values.cache == 'valkey' %}{% set deps = deps.concat(['valkey']) %}{% endif -%}
"""The whole app under its lifespan{% if deps | length %}, with its real dependencies{% endif %}{% if values.apiStyle == 'rest-grpc' %}, its gRPC server{% endif %}."""
{%- if deps | length %}

import dataclasses
{%- endif %}

{% if values.apiStyle == 'rest-grpc' -%}
import grpc
{% endif -%}
import pytest
from fastapi.testclient import TestClient

{% if values.apiStyle == 'rest-grpc' -%}
from app.api import grpc_server
{% endif -%}
from app.config import Settings
from app.main import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
{%- if values.database == 'postgresql' or values.cache == 'valkey' or values.kafka != 'none' %}
def settings(
{%- if values.database == 'postgresql' %}
    database_url: str,
{%- endif %}
{%- if values.cache == 'valkey' %}
    valkey_url: str,
{%- endif %}
{%- if values.kafka != 'none' %}
    closed_port: int,
{%- endif %}
) -> Settings:
{%- else %}
def settings() -> Settings:
{%- endif %}
    return Settings(
        environment="test",
{%- if values.database == 'postgresql' %}
        database_url=database_url,
{%- endif %}
{%- if values.cache == 'valkey' %}
        valkey_url=valkey_url,
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' %}
        grpc_port=0,
{%- endif %}
{%- if values.kafka != 'none' %}
        # Kafka is down: neither startup nor readiness may wait for it.
        kafka_bootstrap_servers=f"127.0.0.1:{closed_port}",
{%- endif %}
    )


def test_starts_and_is_ready_with_every_dependency_checked(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        live = client.get("/health/live")
        ready = client.get("/health/ready")

    assert live.status_code == 200
    assert ready.status_code == 200
{%- if deps | length %}
    assert ready.json() == {
        "status": "ok",
        "dependencies": {
{%- for dep in deps %}
            "${{ dep }}": "ok",
{%- endfor %}
        },
    }
{%- else %}
    assert ready.json() == {"status": "ok", "dependencies": {}}
{%- endif %}
{%- if deps | length %}


def test_is_unready_naming_each_unreachable_dependency(
    settings: Settings, closed_port: int
) -> None:
    unreachable = dataclasses.replace(
        settings,
{%- if values.database == 'postgresql' %}
        database_url=f"postgresql+asyncpg://app:app@127.0.0.1:{closed_port}/app",
{%- endif %}
{%- if values.cache == 'valkey' %}
        valkey_url=f"redis://127.0.0.1:{closed_port}/0",
{%- endif %}
    )

    # The app still starts: a dependency outage is a readiness matter, not a crash.
    with TestClient(create_app(unreachable)) as client:
        live = client.get("/health/live")
        ready = client.get("/health/ready")

    assert live.status_code == 200
    assert ready.status_code == 503
    body = ready.json()
    assert body["status"] == "unavailable"
    assert set(body["dependencies"]) == {
{%- for dep in deps %}"${{ dep }}"{% if not loop.last %}, {% endif %}{% endfor %}}
    assert all(state.startswith("failed: ") for state in body["dependencies"].values())
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' %}


def test_grpc_serves_health_and_the_service_api(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        port = client.app.state.grpc_port  # type: ignore[attr-defined]
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            check = channel.unary_unary("/grpc.health.v1.Health/Check")
            overall = grpc_server.decode_message(check(b"", timeout=5))
            service = grpc_server.decode_message(
                check(grpc_server.encode_message([(1, grpc_server.SERVICE_NAME)]), timeout=5)
            )
            with pytest.raises(grpc.RpcError) as unknown:
                check(grpc_server.encode_message([(1, "no.such.Service")]), timeout=5)
            info = grpc_server.decode_message(
                channel.unary_unary(f"/{grpc_server.SERVICE_NAME}/GetServiceInfo")(b"", timeout=5)
            )

    assert overall == service == {1: grpc_server.SERVING}
    assert unknown.value.code() == grpc.StatusCode.NOT_FOUND
    assert info == {1: b"${{ values.name }}", 2: b"0.1.0"}
{%- endif %}
