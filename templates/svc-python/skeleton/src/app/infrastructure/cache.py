{%- if values.cache == 'valkey' -%}
"""Valkey cache (Redis protocol), cache-aside.

Keys follow the platform convention {service}:{entity}:{id}:{version}, for
example "${{ values.name | replace('svc-', '') }}:item:42:v1".
"""

from redis.asyncio import Redis

from app.config import Settings

KEY_PREFIX = "${{ values.name | replace('svc-', '') }}"


def cache_key(entity: str, identifier: str, version: str = "v1") -> str:
    return f"{KEY_PREFIX}:{entity}:{identifier}:{version}"


def create_client(settings: Settings) -> Redis:
    return Redis.from_url(settings.valkey_url, socket_timeout=1.0, decode_responses=True)


async def ping(client: Redis) -> None:
    await client.ping()
{%- endif %}
