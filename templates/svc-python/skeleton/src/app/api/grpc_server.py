{%- if values.apiStyle == 'rest-grpc' -%}
{%- set short = values.name | replace('svc-', '') | replace('-', '_') -%}
{%- set pascal = values.name | replace('svc-', '') | replace('-', ' ') | title | replace(' ', '') -%}
"""gRPC server on port 50051, next to the REST API.

It serves the standard health service (grpc.health.v1.Health/Check, what
Kubernetes gRPC probes and grpc_health_probe call) and the service's own API,
proto/localplus/${{ short }}/v1/${{ short }}.proto.

Both are served with grpcio alone: their messages are small enough to encode
here (`encode_message` / `decode_message`, the protobuf wire format), so the
service does not depend on generated code. When the API grows, generate the
stubs from the contract in contracts-proto (`buf generate`) and register the
generated servicer in `create_server` instead of `service_info_handler`.
"""

from collections.abc import Mapping, Sequence

import grpc

SERVICE_NAME = "localplus.${{ short }}.v1.${{ pascal }}Service"
HEALTH_SERVICE_NAME = "grpc.health.v1.Health"

# grpc.health.v1.HealthCheckResponse.ServingStatus
SERVING = 1
NOT_SERVING = 2

_VARINT = 0
_LENGTH_DELIMITED = 2


def encode_message(fields: Sequence[tuple[int, int | str]]) -> bytes:
    """Protobuf encoding of (field number, value) pairs: int as varint, str as UTF-8.

    Like proto3, fields holding their default value (0, "") are left out.
    """
    out = bytearray()
    for number, value in fields:
        if isinstance(value, str):
            if value:
                data = value.encode("utf-8")
                out += _varint(number << 3 | _LENGTH_DELIMITED) + _varint(len(data)) + data
        elif value:
            out += _varint(number << 3 | _VARINT) + _varint(value)
    return bytes(out)


def decode_message(data: bytes) -> dict[int, int | bytes]:
    """Field number -> value (int for varints, bytes for strings); other wire types are rejected."""
    fields: dict[int, int | bytes] = {}
    position = 0
    while position < len(data):
        tag, position = _read_varint(data, position)
        number, wire_type = tag >> 3, tag & 7
        if wire_type == _VARINT:
            fields[number], position = _read_varint(data, position)
        elif wire_type == _LENGTH_DELIMITED:
            length, position = _read_varint(data, position)
            if position + length > len(data):
                raise ValueError("truncated message")
            fields[number] = data[position : position + length]
            position += length
        else:
            raise ValueError(f"unsupported wire type {wire_type}")
    return fields


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if position >= len(data):
            raise ValueError("truncated varint")
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, position
        shift += 7


class HealthStatus:
    """Serving status per service name; "" is the whole server."""

    def __init__(self) -> None:
        self._statuses: dict[str, int] = {}

    def set_serving(self, serving: bool) -> None:
        status = SERVING if serving else NOT_SERVING
        self._statuses[""] = status
        self._statuses[SERVICE_NAME] = status

    def get(self, service: str) -> int | None:
        return self._statuses.get(service)


def health_handler(health: HealthStatus) -> grpc.GenericRpcHandler:
    async def check(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        try:
            service = decode_message(request).get(1, b"")
        except ValueError:
            context.set_code(grpc.StatusCode.INVALID_ARGUMENT)
            context.set_details("malformed HealthCheckRequest")
            return b""
        name = service.decode("utf-8", errors="replace") if isinstance(service, bytes) else ""
        status = health.get(name)
        if status is None:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details(f"unknown service {name!r}")
            return b""
        return encode_message([(1, status)])

    # Raw bytes in and out: no (de)serializer, the handler does the encoding.
    return grpc.method_handlers_generic_handler(
        HEALTH_SERVICE_NAME, {"Check": grpc.unary_unary_rpc_method_handler(check)}
    )


def service_info_handler(name: str, version: str) -> grpc.GenericRpcHandler:
    async def get_service_info(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        # GetServiceInfoResponse { string name = 1; string version = 2; }
        return encode_message([(1, name), (2, version)])

    methods: Mapping[str, grpc.RpcMethodHandler] = {
        "GetServiceInfo": grpc.unary_unary_rpc_method_handler(get_service_info),
    }
    return grpc.method_handlers_generic_handler(SERVICE_NAME, methods)


def create_server(
    port: int, *, service_name: str, version: str
) -> tuple[grpc.aio.Server, HealthStatus, int]:
    """The server (not started), its health status, and the port it is bound to (for port 0)."""
    server = grpc.aio.server()
    health = HealthStatus()
    server.add_generic_rpc_handlers(
        (health_handler(health), service_info_handler(service_name, version))
    )
    bound_port = server.add_insecure_port(f"[::]:{port}")
    return server, health, bound_port
{%- endif %}
