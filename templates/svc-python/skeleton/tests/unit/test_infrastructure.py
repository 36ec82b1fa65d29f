"""The adapters without their servers: logs, traces{% if values.database == 'postgresql' %}, the database engine{% endif %}{% if values.cache == 'valkey' %}, cache-aside{% endif %}."""

import json
import logging
import sys
{%- if values.cache == 'valkey' %}
from typing import Any
{%- endif %}

import pytest
from fastapi import FastAPI
{%- if values.cache == 'valkey' %}
from redis.asyncio import Redis
{%- endif %}

from app.config import Settings
from app.infrastructure import {% if values.cache == 'valkey' %}cache, {% endif %}{% if values.database == 'postgresql' %}database, {% endif %}telemetry
from app.infrastructure.logging import JsonFormatter


def test_logs_are_json_with_their_extra_fields() -> None:
    record = logging.makeLogRecord(
        {
            "name": "app.test",
            "levelno": logging.INFO,
            "levelname": "INFO",
            "msg": "handled %s",
            "args": ("event",),
            "event_type": "example.v1",
        }
    )

    line = json.loads(JsonFormatter().format(record))

    assert line["level"] == "INFO"
    assert line["logger"] == "app.test"
    assert line["message"] == "handled event"
    assert line["event_type"] == "example.v1"
    assert line["timestamp"].endswith("+00:00")


def test_exceptions_are_logged_with_their_traceback() -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.makeLogRecord(
            {"levelname": "ERROR", "msg": "failed", "exc_info": sys.exc_info()}
        )

    line = json.loads(JsonFormatter().format(record))

    assert "RuntimeError: boom" in line["exception"]


def test_tracing_is_set_up_or_skipped_with_a_warning(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(telemetry, "_warned", False)
    caplog.set_level(logging.WARNING, logger=telemetry.__name__)

    provider = telemetry.setup_telemetry(FastAPI(), Settings(environment="test"))

    if telemetry.OTEL_AVAILABLE:
        assert provider is not None
    else:
        # The service still starts: tracing is off and says so once.
        assert provider is None
        telemetry.setup_telemetry(FastAPI(), Settings(environment="test"))
        warnings = [r for r in caplog.records if "tracing is off" in r.getMessage()]
        assert len(warnings) == 1
{%- if values.database == 'postgresql' %}


def test_plain_postgresql_urls_get_the_async_driver() -> None:
    assert database.async_url("postgres://u:p@h:5432/d") == "postgresql+asyncpg://u:p@h:5432/d"
    assert database.async_url("postgresql://u:p@h/d") == "postgresql+asyncpg://u:p@h/d"
    with pytest.raises(ValueError, match="postgresql://"):
        database.async_url("mysql://u:p@h/d")


@pytest.mark.anyio
async def test_the_engine_is_created_without_connecting() -> None:
    # Nothing listens on port 1: creating the engine and its sessions must not care.
    engine = database.create_engine(Settings(database_url="postgresql://app:app@127.0.0.1:1/app"))
    try:
        assert engine.url.drivername == "postgresql+asyncpg"
        assert engine.url.port == 1
        async with database.create_session_factory(engine)() as session:
            assert session.bind is engine
    finally:
        await engine.dispose()
{%- endif %}
{%- if values.cache == 'valkey' %}


class FakeRedis:
    """Just enough of redis.asyncio.Redis for cache-aside, with failures on demand."""

    def __init__(self, *, fail_reads: bool = False, fail_writes: bool = False) -> None:
        self.values: dict[str, str] = {}
        self.ttls: dict[str, int] = {}
        self.fail_reads = fail_reads
        self.fail_writes = fail_writes
        self.closed = False

    async def get(self, key: str) -> str | None:
        if self.fail_reads:
            raise ConnectionError("valkey down")
        return self.values.get(key)

    async def set(self, key: str, value: str, ex: int) -> None:
        if self.fail_writes:
            raise ConnectionError("valkey down")
        self.values[key] = value
        self.ttls[key] = ex

    async def ping(self) -> bool:
        return True

    async def aclose(self) -> None:
        self.closed = True


def _fake(**failures: bool) -> Any:
    return FakeRedis(**failures)


@pytest.mark.anyio
async def test_cache_aside_stores_a_miss_with_its_ttl_then_serves_hits() -> None:
    client = _fake()
    loads: list[int] = []

    async def load() -> dict[str, int]:
        loads.append(1)
        return {"points": 120}

    assert await cache.get_or_load(client, "k", load, ttl_seconds=30) == {"points": 120}
    assert await cache.get_or_load(client, "k", load, ttl_seconds=30) == {"points": 120}
    assert loads == [1]
    assert client.ttls == {"k": 30}


@pytest.mark.anyio
@pytest.mark.parametrize("failure", ["fail_reads", "fail_writes"])
async def test_a_cache_outage_falls_back_to_the_source(failure: str) -> None:
    client = _fake(**{failure: True})

    async def load() -> str:
        return "from the source"

    assert await cache.get_or_load(client, "k", load, ttl_seconds=30) == "from the source"


@pytest.mark.anyio
async def test_the_client_connects_lazily_and_closes_on_any_redis_version() -> None:
    client = cache.create_client(Settings(valkey_url="redis://127.0.0.1:1/0"))  # nothing there
    assert isinstance(client, Redis)
    await cache.close(client)

    fake = _fake()
    await cache.ping(fake)
    await cache.close(fake)
    assert fake.closed
{%- endif %}
