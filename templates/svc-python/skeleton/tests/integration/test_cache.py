{%- if values.cache == 'valkey' -%}
"""Valkey for real: ping, cache-aside with its TTL, and reads that survive a cache outage."""

import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from app.config import Settings
from app.infrastructure import cache

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


@pytest.fixture
async def client(valkey_url: str) -> AsyncIterator[Redis]:
    valkey = cache.create_client(Settings(valkey_url=valkey_url))
    yield valkey
    await cache.close(valkey)


def _key() -> str:
    # A key of its own per test: the server may be shared.
    return cache.cache_key("test-item", uuid.uuid4().hex)


async def test_ping(client: Redis) -> None:
    await cache.ping(client)


async def test_cache_aside_loads_once_then_serves_from_the_cache(client: Redis) -> None:
    key = _key()
    loads: list[int] = []

    async def load() -> dict[str, int]:
        loads.append(1)
        return {"points": 120}

    try:
        first = await cache.get_or_load(client, key, load, ttl_seconds=30)
        second = await cache.get_or_load(client, key, load, ttl_seconds=30)
        ttl = await client.ttl(key)
    finally:
        await client.delete(key)

    assert first == second == {"points": 120}
    assert len(loads) == 1
    assert 0 < ttl <= 30


def test_keys_follow_the_platform_convention() -> None:
    assert cache.cache_key("item", "42") == "${{ values.name | replace('svc-', '') }}:item:42:v1"
    assert cache.cache_key("item", "42", "v2") == "${{ values.name | replace('svc-', '') }}:item:42:v2"


async def test_reads_go_to_the_source_when_valkey_is_down(closed_port: int) -> None:
    unreachable = cache.create_client(Settings(valkey_url=f"redis://127.0.0.1:{closed_port}/0"))

    async def load() -> str:
        return "from the source"

    try:
        with pytest.raises(RedisConnectionError):
            await cache.ping(unreachable)
        value = await cache.get_or_load(unreachable, _key(), load, ttl_seconds=30)
        assert value == "from the source"
    finally:
        await cache.close(unreachable)
{%- endif %}
