"""Application entry point: `uvicorn app.main:app --port 8080`."""
{% if values.kafka == 'consumer' %}
import asyncio
import logging
{%- endif %}

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
{%- if values.kafka == 'consumer' %}
from typing import Any
{%- endif %}

from fastapi import FastAPI

from app.api import health, metrics, routes
from app.config import Settings, get_settings
from app.domain.readiness import DependencyCheck, ReadinessService
from app.infrastructure.http_metrics import record_http_metrics
from app.infrastructure.logging import setup_logging
from app.infrastructure.telemetry import setup_telemetry
{%- if values.database == 'postgresql' %}
from app.infrastructure import database
{%- endif %}
{%- if values.cache == 'valkey' %}
from app.infrastructure import cache
{%- endif %}
{%- if values.kafka != 'none' %}
from app.infrastructure import kafka
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' %}
from app.api import grpc_server
{%- endif %}
{%- if values.kafka == 'consumer' %}

logger = logging.getLogger(__name__)


async def handle_event(event: dict[str, Any]) -> None:
    logger.info("event received", extra={"event_type": event.get("type")})
{%- endif %}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    checks: list[DependencyCheck] = []
{%- if values.database == 'postgresql' %}
    engine = database.create_engine(settings)
    app.state.session_factory = database.create_session_factory(engine)
    checks.append(DependencyCheck("postgresql", lambda: database.ping(engine)))
{%- endif %}
{%- if values.cache == 'valkey' %}
    valkey = cache.create_client(settings)
    app.state.cache = valkey
    checks.append(DependencyCheck("valkey", lambda: cache.ping(valkey)))
{%- endif %}
{%- if values.kafka == 'producer' %}
    producer = kafka.create_producer(settings)
    await producer.start()
    app.state.producer = producer
{%- endif %}
{%- if values.kafka == 'consumer' %}
    consumer = kafka.create_consumer(settings)
    await consumer.start()
    consumer_task = asyncio.create_task(kafka.consume(consumer, handle_event))
{%- endif %}
    app.state.readiness = ReadinessService(checks)
{%- if values.apiStyle == 'rest-grpc' %}
    grpc, grpc_health = grpc_server.create_server(settings.grpc_port)
    await grpc.start()
    await grpc_server.set_serving(grpc_health, True)
{%- endif %}
    try:
        yield
    finally:
{%- if values.apiStyle == 'rest-grpc' %}
        await grpc_server.set_serving(grpc_health, False)
        await grpc.stop(grace=5)
{%- endif %}
{%- if values.kafka == 'consumer' %}
        consumer_task.cancel()
        await consumer.stop()
{%- endif %}
{%- if values.kafka == 'producer' %}
        await producer.stop()
{%- endif %}
{%- if values.cache == 'valkey' %}
        await valkey.aclose()
{%- endif %}
{%- if values.database == 'postgresql' %}
        await engine.dispose()
{%- endif %}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    setup_logging(settings.log_level)
    app = FastAPI(title="${{ values.name }}", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.state.readiness = ReadinessService([])
    app.middleware("http")(record_http_metrics)
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(routes.router)
    setup_telemetry(app, settings)
    return app


app = create_app()
