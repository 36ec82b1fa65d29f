"""OpenTelemetry traces, exported over OTLP to the node-level OTel Collector.

Sampling is set per environment through the standard OTEL_TRACES_SAMPLER and
OTEL_TRACES_SAMPLER_ARG variables (dev 100%, staging 50%, prod 10% head
sampling; the collector keeps every error and every slow trace).
"""

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from app.config import Settings


def setup_telemetry(app: FastAPI, settings: Settings) -> TracerProvider:
    resource = Resource.create(
        {
            "service.name": settings.service_name,
            "service.namespace": "localplus",
            "deployment.environment": settings.environment,
        }
    )
    provider = TracerProvider(resource=resource)
    if settings.otel_exporter_otlp_endpoint:
        exporter = OTLPSpanExporter(endpoint=settings.otel_exporter_otlp_endpoint, insecure=True)
        provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    FastAPIInstrumentor.instrument_app(
        app,
        tracer_provider=provider,
        excluded_urls="/health/live,/health/ready,/metrics",
    )
    return provider
