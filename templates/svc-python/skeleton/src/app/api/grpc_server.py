{%- if values.apiStyle == 'rest-grpc' -%}
"""gRPC server on port 50051, next to the REST API.

It serves the standard gRPC health service and reflection. Register the
servicer generated from proto/localplus/${{ values.name | replace('svc-', '') | replace('-', '_') }}/v1 (`task proto`)
in `create_server` once its methods are implemented.
"""

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

SERVICE_NAME = "localplus.${{ values.name | replace('svc-', '') | replace('-', '_') }}.v1.${{ values.name | replace('svc-', '') | replace('-', ' ') | title | replace(' ', '') }}Service"


def create_server(port: int) -> tuple[grpc.aio.Server, health.aio.HealthServicer]:
    server = grpc.aio.server()
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        (SERVICE_NAME, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name, reflection.SERVICE_NAME),
        server,
    )
    server.add_insecure_port(f"[::]:{port}")
    return server, health_servicer


async def set_serving(health_servicer: health.aio.HealthServicer, serving: bool) -> None:
    state = (
        health_pb2.HealthCheckResponse.SERVING
        if serving
        else health_pb2.HealthCheckResponse.NOT_SERVING
    )
    await health_servicer.set("", state)
    await health_servicer.set(SERVICE_NAME, state)
{%- endif %}
