"""OpenTelemetry traces, exported over OTLP to the node-level OTel Collector.

Sampling is set per environment through the standard OTEL_TRACES_SAMPLER and
OTEL_TRACES_SAMPLER_ARG variables (dev 100%, staging 50%, prod 10% head
sampling; the collector keeps every error and every slow trace).

The OpenTelemetry packages are dependencies of the service, so they are in the
image. Where they are not installed (a bare interpreter running the tests),
tracing is off: one warning is logged and the service runs without it.
"""

import logging
from typing import Any

from fastapi import FastAPI

from app.config import Settings

logger = logging.getLogger(__name__)

try:
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
except ImportError as error:
    _IMPORT_ERROR: ImportError | None = error
else:
    _IMPORT_ERROR = None

OTEL_AVAILABLE = _IMPORT_ERROR is None
EXCLUDED_URLS = "/health/live,/health/ready,/metrics"

# One tracer provider per process, shared by every app the process creates.
_provider: Any = None
_warned = False


def setup_telemetry(app: FastAPI, settings: Settings) -> Any:
    """Traces `app`'s requests; returns the TracerProvider, or None without OpenTelemetry."""
    global _warned
    if _IMPORT_ERROR is not None:
        if not _warned:
            logger.warning(
                "OpenTelemetry is not installed (%s): tracing is off", _IMPORT_ERROR.name
            )
            _warned = True
        return None
    provider = _tracer_provider(settings)
    FastAPIInstrumentor.instrument_app(app, tracer_provider=provider, excluded_urls=EXCLUDED_URLS)
    return provider


def _tracer_provider(settings: Settings) -> Any:
    global _provider
    if _provider is None:
        resource = Resource.create(
            {
                "service.name": settings.service_name,
                "service.namespace": "localplus",
                "deployment.environment": settings.environment,
            }
        )
        provider = TracerProvider(resource=resource)
        if settings.otel_exporter_otlp_endpoint:
            exporter = OTLPSpanExporter(
                endpoint=settings.otel_exporter_otlp_endpoint, insecure=True
            )
            provider.add_span_processor(BatchSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        _provider = provider
        _instrument_libraries(provider)
    return _provider


def _instrument_libraries(provider: Any) -> None:
    """Patches the client libraries, once per process and before their first use."""
{%- if values.cache == 'valkey' %}
    try:
        from opentelemetry.instrumentation.redis import RedisInstrumentor
    except ImportError:
        logger.warning("opentelemetry-instrumentation-redis is not installed")
    else:
        RedisInstrumentor().instrument(tracer_provider=provider)
{%- endif %}
{%- if values.apiStyle == 'rest-grpc' %}
    try:
        from opentelemetry.instrumentation.grpc import GrpcAioInstrumentorServer
    except ImportError:
        logger.warning("opentelemetry-instrumentation-grpc is not installed")
    else:
        GrpcAioInstrumentorServer().instrument(tracer_provider=provider)
{%- endif %}
{%- if values.database == 'postgresql' %}


def instrument_engine(engine: Any) -> None:
    """Traces the queries of a SQLAlchemy async engine (no-op without OpenTelemetry)."""
    if _provider is None:
        return
    try:
        from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
    except ImportError:
        logger.warning("opentelemetry-instrumentation-sqlalchemy is not installed")
        return
    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine, tracer_provider=_provider)
{%- endif %}
