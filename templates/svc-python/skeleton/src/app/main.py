"""Application entry point: `uvicorn app.main:app --port 8080`."""
{%- set background = values.kafka == 'consumer' or (values.kafka == 'producer' and values.database == 'postgresql') %}
{%- set adapters = [] %}
{%- if values.cache == 'valkey' %}{% set adapters = adapters.concat(['cache']) %}{% endif %}
{%- if values.database == 'postgresql' %}{% set adapters = adapters.concat(['database']) %}{% endif %}
{%- if values.kafka != 'none' %}{% set adapters = adapters.concat(['kafka']) %}{% endif %}
{% if background %}
import asyncio
import contextlib
{%- endif %}
{%- if values.kafka == 'consumer' %}
import logging
{%- endif %}
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
{%- if values.kafka == 'consumer' %}
from typing import Any
{%- endif %}

from fastapi import FastAPI

from app import __version__
from app.api import {% if values.apiStyle == 'rest-grpc' %}grpc_server, {% endif %}health, metrics, routes
from app.config import Settings, get_settings
from app.domain.readiness import DependencyCheck, ReadinessService
{%- if adapters | length %}
from app.infrastructure import ${{ adapters | join(', ') }}
{%- endif %}
from app.infrastructure.http_metrics import record_http_metrics
from app.infrastructure.logging import setup_logging
from app.infrastructure.telemetry import {% if values.database == 'postgresql' %}instrument_engine, {% endif %}setup_telemetry
{%- if values.kafka == 'consumer' %}

logger = logging.getLogger(__name__)

EXAMPLE_EVENT_TYPE = "${{ values.name | replace('svc-', '') }}.example.v1"


async def handle_example_event(event: dict[str, Any]) -> None:
    # Replace with the service's handlers; each must be idempotent (see kafka.py).
    logger.info(
        "event received", extra={"event_id": event.get("id"), "event_type": event.get("type")}
    )


def create_dispatcher() -> kafka.EventDispatcher:
    dispatcher = kafka.EventDispatcher()
    dispatcher.register(EXAMPLE_EVENT_TYPE, handle_example_event)
    return dispatcher
{%- endif %}
{%- if background %}


async def _cancel(task: "asyncio.Task[None]") -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
{%- endif %}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Nothing here waits for a dependency: a dependency that is down makes the
    # service unready (/health/ready answers 503 naming it), it does not stop it.
{%- if adapters | length or values.apiStyle == 'rest-grpc' %}
    settings: Settings = app.state.settings
{%- endif %}
    checks: list[DependencyCheck] = []
{%- if values.database == 'postgresql' %}
    engine = database.create_engine(settings)
    instrument_engine(engine)
    app.state.session_factory = database.create_session_factory(engine)
    checks.append(DependencyCheck("postgresql", lambda: database.ping(engine)))
{%- endif %}
{%- if values.cache == 'valkey' %}
    valkey = cache.create_client(settings)
    app.state.cache = valkey
    checks.append(DependencyCheck("valkey", lambda: cache.ping(valkey)))
{%- endif %}
{%- if values.kafka == 'producer' %}
    # Kafka is not a readiness check: events wait in the {% if values.database == 'postgresql' %}outbox{% else %}producer{% endif %} while the broker is away.
    publisher = kafka.KafkaPublisher(settings)
    app.state.publisher = publisher
{%- if values.database == 'postgresql' %}
    relay = kafka.OutboxRelay(app.state.session_factory, publisher)
    relay_task = asyncio.create_task(relay.run(), name="outbox-relay")
{%- endif %}
{%- endif %}
{%- if values.kafka == 'consumer' %}
    # Kafka is not a readiness check: the consumer catches up once the broker is back.
    consumer = kafka.KafkaConsumerWorker(settings, create_dispatcher())
    consumer_task = asyncio.create_task(consumer.run(), name="kafka-consumer")
{%- endif %}
    app.state.readiness = ReadinessService(checks)
{%- if values.apiStyle == 'rest-grpc' %}
    grpc, grpc_health, app.state.grpc_port = grpc_server.create_server(
        settings.grpc_port, service_name=settings.service_name, version=__version__
    )
    await grpc.start()
    grpc_health.set_serving(True)
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' or values.kafka != 'none' or values.cache == 'valkey' or values.database == 'postgresql' %}
    try:
        yield
    finally:
{%- if values.apiStyle == 'rest-grpc' %}
        grpc_health.set_serving(False)
        await grpc.stop(grace=5)
{%- endif %}
{%- if values.kafka == 'consumer' %}
        await _cancel(consumer_task)
{%- endif %}
{%- if values.kafka == 'producer' %}
{%- if values.database == 'postgresql' %}
        await _cancel(relay_task)
{%- endif %}
        await publisher.stop()
{%- endif %}
{%- if values.cache == 'valkey' %}
        await cache.close(valkey)
{%- endif %}
{%- if values.database == 'postgresql' %}
        await engine.dispose()
{%- endif %}
{%- else %}
    yield
{%- endif %}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    setup_logging(settings.log_level)
    app = FastAPI(title="${{ values.name }}", version=__version__)
    # Same effect as FastAPI(lifespan=...), which needs FastAPI 0.93 or later.
    app.router.lifespan_context = lifespan
    app.state.settings = settings
    app.state.readiness = ReadinessService([])
    app.middleware("http")(record_http_metrics)
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(routes.router)
    setup_telemetry(app, settings)
    return app


app = create_app()
