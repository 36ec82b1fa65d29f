"""Runtime settings, read from the environment (ConfigMap and External-Secrets)."""

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False)

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


@lru_cache
def get_settings() -> Settings:
    return Settings()
