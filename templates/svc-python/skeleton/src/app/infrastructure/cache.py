{%- if values.cache == 'valkey' -%}
"""Valkey cache (Redis protocol), cache-aside.

Keys follow the platform convention {service}:{entity}:{id}:{version}, for
example "${{ values.name | replace('svc-', '') }}:item:42:v1". The cache is never the source of truth:
when Valkey fails, read through to the source instead of failing the request.
"""

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from redis.asyncio import Redis

from app.config import Settings

logger = logging.getLogger(__name__)

KEY_PREFIX = "${{ values.name | replace('svc-', '') }}"


def cache_key(entity: str, identifier: str, version: str = "v1") -> str:
    return f"{KEY_PREFIX}:{entity}:{identifier}:{version}"


def create_client(settings: Settings) -> Redis:
    # Connects lazily, on the first command.
    return Redis.from_url(
        settings.valkey_url,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
        decode_responses=True,
    )


async def ping(client: Redis) -> None:
    await client.ping()


async def close(client: Redis) -> None:
    # redis-py 5 renamed close() to aclose(); 4.x only has close().
    closer = getattr(client, "aclose", None) or client.close
    await closer()


async def get_or_load(
    client: Redis,
    key: str,
    load: Callable[[], Awaitable[Any]],
    ttl_seconds: int,
) -> Any:
    """Cache-aside: the cached JSON value of `key`, or `load()`'s result, then cached."""
    try:
        cached = await client.get(key)
    except Exception as error:  # noqa: BLE001 - a cache outage must not fail the read
        logger.warning("cache read failed, reading through", extra={"error": type(error).__name__})
        return await load()
    if cached is not None:
        return json.loads(cached)
    value = await load()
    try:
        await client.set(key, json.dumps(value), ex=ttl_seconds)
    except Exception as error:  # noqa: BLE001
        logger.warning("cache write failed", extra={"error": type(error).__name__})
    return value
{%- endif %}
