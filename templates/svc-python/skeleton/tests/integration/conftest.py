"""Real dependencies for the integration tests.

TEST_DATABASE_URL / TEST_VALKEY_URL point at servers that are already running
(a throwaway database: the tests migrate it); without them, testcontainers
starts them in Docker for the session.
"""

{% if values.database == 'postgresql' or values.cache == 'valkey' -%}
import os
{% endif -%}
import socket
{%- if values.database == 'postgresql' or values.cache == 'valkey' %}
from collections.abc import Iterator
{%- endif %}

import pytest


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on, to play an unreachable dependency."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
{%- if values.database == 'postgresql' %}


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    from testcontainers.postgres import PostgresContainer

    with PostgresContainer("postgres:16-alpine", driver="asyncpg") as postgres:
        yield postgres.get_connection_url()
{%- endif %}
{%- if values.cache == 'valkey' %}


@pytest.fixture(scope="session")
def valkey_url() -> Iterator[str]:
    url = os.environ.get("TEST_VALKEY_URL")
    if url:
        yield url
        return
    from testcontainers.redis import RedisContainer

    with RedisContainer("valkey/valkey:8-alpine") as valkey:
        yield f"redis://{valkey.get_container_host_ip()}:{valkey.get_exposed_port(6379)}/0"
{%- endif %}
