"""Runtime settings, read from the environment (ConfigMap and External-Secrets).

Each field is read from the upper-cased variable of the same name, for example
`log_level` from `LOG_LEVEL`; a variable that is not set keeps the default.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Settings:
    service_name: str = "${{ values.name }}"
    environment: str = "local"
    log_level: str = "INFO"
    http_port: int = 8080
{%- if values.apiStyle == 'rest-grpc' %}
    grpc_port: int = 50051
{%- endif %}
    otel_exporter_otlp_endpoint: str | None = None
{%- if values.database == 'postgresql' %}
    # Injected from Vault through an ExternalSecret, never from the ConfigMap.
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/app"
    database_pool_size: int = 5
{%- endif %}
{%- if values.cache == 'valkey' %}
    valkey_url: str = "redis://localhost:6379/0"
    cache_ttl_seconds: int = 30
{%- endif %}
{%- if values.kafka != 'none' %}
    kafka_bootstrap_servers: str = "localhost:9092"
    kafka_topic: str = "${{ values.name | replace('svc-', '') }}.events.v1"
{%- endif %}
{%- if values.kafka == 'consumer' %}
    kafka_consumer_group: str = "${{ values.name }}"
{%- endif %}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        source = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = source.get(field.name.upper())
            if raw is not None:
                values[field.name] = _parse(field.name, raw, field.default)
        return cls(**values)


def _parse(name: str, raw: str, default: Any) -> Any:
    # The default's type says how to read the text; a default of None means text.
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ValueError(
            f"{name.upper()}={raw!r} is not a valid {type(default).__name__}"
        ) from None
    if default is None and raw == "":
        return None
    return raw


@lru_cache
def get_settings() -> Settings:
    return Settings.from_env()
