import pytest

from app.config import Settings


def test_defaults_without_environment() -> None:
    settings = Settings.from_env({})

    assert settings == Settings()
    assert settings.service_name == "${{ values.name }}"


def test_reads_upper_case_variables_with_their_types() -> None:
    settings = Settings.from_env(
        {
            "ENVIRONMENT": "staging",
            "HTTP_PORT": "9090",
            "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4317",
{%- if values.database == 'postgresql' %}
            "DATABASE_URL": "postgresql://svc:secret@db:5432/svc",
            "DATABASE_POOL_SIZE": "10",
{%- endif %}
{%- if values.cache == 'valkey' %}
            "VALKEY_URL": "redis://valkey:6379/1",
{%- endif %}
            "UNRELATED": "ignored",
        }
    )

    assert settings.environment == "staging"
    assert settings.http_port == 9090
    assert settings.otel_exporter_otlp_endpoint == "http://collector:4317"
{%- if values.database == 'postgresql' %}
    assert settings.database_url == "postgresql://svc:secret@db:5432/svc"
    assert settings.database_pool_size == 10
{%- endif %}
{%- if values.cache == 'valkey' %}
    assert settings.valkey_url == "redis://valkey:6379/1"
{%- endif %}


def test_an_empty_optional_variable_means_unset() -> None:
    settings = Settings.from_env({"OTEL_EXPORTER_OTLP_ENDPOINT": ""})

    assert settings.otel_exporter_otlp_endpoint is None


def test_a_malformed_number_names_the_variable() -> None:
    with pytest.raises(ValueError, match="HTTP_PORT='eighty'"):
        Settings.from_env({"HTTP_PORT": "eighty"})
