"""The published contracts: breaking one needs a new version (/v2, a new proto package)."""
{%- if values.apiStyle == 'rest-grpc' %}
{%- set short = values.name | replace('svc-', '') | replace('-', '_') %}

import re
from pathlib import Path
{%- endif %}

import pytest
from fastapi.testclient import TestClient
{%- if values.apiStyle == 'rest-grpc' %}

from app.api import grpc_server
{%- endif %}

pytestmark = pytest.mark.contract


def test_v1_paths_are_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    assert set(schema["paths"]) == {"/v1/info"}
    assert set(schema["paths"]["/v1/info"]) == {"get"}


def test_service_info_keeps_its_fields(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    service_info = schemas["ServiceInfo"]

    assert set(service_info["required"]) == {"name", "environment", "version"}
    assert {name: field["type"] for name, field in service_info["properties"].items()} == {
        "name": "string",
        "environment": "string",
        "version": "string",
    }


def test_probes_and_metrics_stay_out_of_the_public_contract(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]

    assert not {"/health/live", "/health/ready", "/metrics"} & set(paths)
{%- if values.apiStyle == 'rest-grpc' %}


PROTO = Path(__file__).parents[2] / "proto/localplus/${{ short }}/v1/${{ short }}.proto"


def test_the_grpc_server_serves_the_service_the_proto_declares() -> None:
    proto = PROTO.read_text(encoding="utf-8")
    package = re.search(r"^package ([\w.]+);", proto, re.MULTILINE)
    service = re.search(r"^service (\w+) \{", proto, re.MULTILINE)

    assert package and service
    assert grpc_server.SERVICE_NAME == f"{package[1]}.{service[1]}"
    rpc = r"rpc GetServiceInfo\(GetServiceInfoRequest\) returns \(GetServiceInfoResponse\);"
    assert re.search(rpc, proto)
    # GetServiceInfoResponse: the field numbers the server encodes.
    assert re.search(r"string name = 1;", proto) and re.search(r"string version = 2;", proto)
{%- endif %}
