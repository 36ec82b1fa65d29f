"""Real dependencies in containers (testcontainers). Needs Docker; runs on every PR."""

import pytest

pytestmark = pytest.mark.integration
{%- if values.database == 'postgresql' %}


def test_postgresql_ping() -> None:
    import asyncio

    from testcontainers.postgres import PostgresContainer

    from app.config import Settings
    from app.infrastructure import database

    with PostgresContainer("postgres:16-alpine", driver="asyncpg") as postgres:
        engine = database.create_engine(Settings(database_url=postgres.get_connection_url()))
        asyncio.run(database.ping(engine))
{%- endif %}
{%- if values.cache == 'valkey' %}


def test_valkey_ping() -> None:
    import asyncio

    from testcontainers.redis import RedisContainer

    from app.config import Settings
    from app.infrastructure import cache

    with RedisContainer("valkey/valkey:8-alpine") as valkey:
        url = f"redis://{valkey.get_container_host_ip()}:{valkey.get_exposed_port(6379)}/0"
        asyncio.run(cache.ping(cache.create_client(Settings(valkey_url=url))))
{%- endif %}
{%- if values.database != 'postgresql' and values.cache != 'valkey' %}


def test_no_stateful_dependency() -> None:
    # This service was generated without a database or cache: nothing to wire yet.
    from app.main import create_app

    assert create_app() is not None
{%- endif %}
