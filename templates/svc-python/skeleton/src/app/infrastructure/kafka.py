{%- if values.kafka != 'none' -%}
{%- set outbox = values.kafka == 'producer' and values.database == 'postgresql' -%}
{%- if outbox -%}
"""Kafka producer (Aiven), fed by the transactional outbox.

A business change and the events it causes are written in the same database
transaction (`add_to_outbox`); the `OutboxRelay` then publishes the committed
events in order and marks them published, so a commit and its events can never
diverge. Delivery is at least once: consumers must be idempotent (deduplicate
on the envelope's `id`).
{%- elif values.kafka == 'producer' -%}
"""Kafka producer (Aiven).

This service has no database, so there is no transactional outbox: `publish`
sends straight to Kafka, and an event can be lost if the process dies between
a change and its event. Add PostgreSQL and an outbox when that matters.
{%- else -%}
"""Kafka consumer (Aiven).

Offsets are committed only after an event is handled, so handlers must be
idempotent: the same event can be delivered twice (deduplicate on its `id`).
A handler that raises makes the consumer restart from the last committed
offset after a backoff, so the event is retried.
{%- endif %}

Topics are versioned: <domain>.<event>.v1. Every event is a JSON envelope:
{"id", "type", "source", "occurred_at", "data"}.
{%- if outbox or values.kafka == 'consumer' %}

aiokafka is imported only when the {% if outbox %}relay{% else %}consumer{% endif %} starts, in a background task that
retries the broker with backoff: Kafka never blocks startup or readiness.
{%- else %}

aiokafka is imported only when the producer starts, at the first `publish`:
Kafka never blocks startup or readiness, and a failed publish raises to the caller.
{%- endif %}
"""

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass{% if values.kafka == 'producer' %}, field{% endif %}
from datetime import {% if values.kafka == 'producer' %}UTC, {% endif %}date, datetime{% if outbox %}, timedelta{% endif %}
from decimal import Decimal
from enum import Enum
from typing import Any{% if values.kafka == 'producer' %}, Protocol{% endif %}
{%- if outbox %}

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
{%- endif %}

from app.config import Settings
{%- if outbox %}
from app.infrastructure.database import SessionFactory, outbox
{%- endif %}

logger = logging.getLogger(__name__)

SOURCE = "${{ values.name }}"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode_event(event: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON with sorted keys: the same event always gives the same bytes."""
    return json.dumps(event, default=_json_default, sort_keys=True, separators=(",", ":")).encode()


def decode_event(raw: bytes | None) -> dict[str, Any]:
    """The event in a Kafka message value; ValueError if it is not a JSON object."""
    if raw is None:
        raise ValueError("empty message (tombstone)")
    event = json.loads(raw.decode("utf-8"))
    if not isinstance(event, dict):
        raise ValueError(f"expected a JSON object, got {type(event).__name__}")
    return event


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff between retries: initial, twice that, ... up to the maximum."""

    initial_seconds: float = 0.5
    max_seconds: float = 30.0

    def delays(self) -> Iterator[float]:
        delay = self.initial_seconds
        while True:
            yield delay
            delay = min(delay * 2, self.max_seconds)


DEFAULT_BACKOFF = Backoff()


async def run_forever(
    name: str,
    step: Callable[[], Awaitable[None]],
    backoff: Backoff = DEFAULT_BACKOFF,
    on_failure: Callable[[], Awaitable[None]] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Runs `step` again and again until cancelled, as a background task.

    A step that raises is logged, `on_failure` cleans up, and the next step waits
    for the backoff delay, which grows with each consecutive failure and resets
    after a step succeeds.
    """
    delays = backoff.delays()
    while True:
        try:
            await step()
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - retried, never fatal
            delay = next(delays)
            logger.warning(
                "%s failed (%s: %s), retrying in %.1f s",
                name,
                type(error).__name__,
                error,
                delay,
            )
            if on_failure is not None:
                try:
                    await on_failure()
                except Exception:  # noqa: BLE001
                    logger.debug("%s cleanup failed", name, exc_info=True)
            await sleep(delay)
        else:
            delays = backoff.delays()
{%- if values.kafka == 'producer' %}


@dataclass(frozen=True)
class Event:
    """One event for Kafka; `key` picks the partition, so it orders the events of one entity."""

    type: str
    key: str
    data: Mapping[str, Any]
    topic: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def envelope(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "type": self.type,
            "source": SOURCE,
            "occurred_at": self.occurred_at.isoformat(),
            "data": self.data,
        }


class Publisher(Protocol):
    """Where events go: KafkaPublisher, or a fake in the tests."""

    async def start(self) -> None: ...

    async def send(self, topic: str, key: bytes, value: bytes) -> None: ...

    async def stop(self) -> None: ...


class KafkaPublisher:
    """An idempotent aiokafka producer (acks=all), started on first use."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._producer: Any = None

    async def start(self) -> None:
        if self._producer is not None:
            return
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(
            bootstrap_servers=self._settings.kafka_bootstrap_servers,
            client_id=self._settings.service_name,
            acks="all",
            enable_idempotence=True,
        )
        try:
            await producer.start()
        except BaseException:
            await producer.stop()
            raise
        self._producer = producer

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        await self.start()
        await self._producer.send_and_wait(topic, value=value, key=key)

    async def stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()
{%- endif %}
{%- if outbox %}


def outbox_row(event: Event) -> dict[str, Any]:
    """The outbox row of `event`; its payload is the envelope exactly as it will be published."""
    return {
        "event_id": event.id,
        "topic": event.topic,
        "event_key": event.key,
        "payload": json.loads(encode_event(event.envelope())),
    }


async def add_to_outbox(session: AsyncSession, event: Event) -> None:
    """Stages `event` in the session's transaction: it is published only if that commits."""
    await session.execute(sa.insert(outbox).values(**outbox_row(event)))


class OutboxRelay:
    """Publishes committed outbox rows in order, then marks them published.

    One replica relays at a time (a transaction-scoped advisory lock), which keeps
    the events of a key in order across pods. Published rows are kept for
    `retention` for troubleshooting, then deleted.
    """

    def __init__(
        self,
        session_factory: SessionFactory,
        publisher: Publisher,
        *,
        batch_size: int = 100,
        poll_interval_seconds: float = 1.0,
        retention_days: int = 7,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> None:
        self._session_factory = session_factory
        self._publisher = publisher
        self._batch_size = batch_size
        self._poll_interval_seconds = poll_interval_seconds
        self._retention_days = retention_days
        self._backoff = backoff
        self._next_purge = 0.0

    async def relay_batch(self) -> int:
        """Publishes up to one batch of pending events; returns how many were published."""
        async with self._session_factory() as session, session.begin():
            leader = await session.scalar(
                sa.select(sa.func.pg_try_advisory_xact_lock(sa.func.hashtext(f"{SOURCE}:outbox")))
            )
            if not leader:
                return 0
            rows = (
                await session.execute(
                    sa.select(outbox.c.id, outbox.c.topic, outbox.c.event_key, outbox.c.payload)
                    .where(outbox.c.published_at.is_(None))
                    .order_by(outbox.c.id)
                    .limit(self._batch_size)
                )
            ).all()
            for row in rows:
                await self._publisher.send(
                    row.topic, row.event_key.encode(), encode_event(row.payload)
                )
            if rows:
                await session.execute(
                    sa.update(outbox)
                    .where(outbox.c.id.in_([row.id for row in rows]))
                    .values(published_at=sa.func.now())
                )
        return len(rows)

    async def purge_published(self) -> int:
        """Deletes the events published more than `retention_days` ago."""
        async with self._session_factory() as session, session.begin():
            result = await session.execute(
                sa.delete(outbox)
                .where(outbox.c.published_at < sa.func.now() - timedelta(days=self._retention_days))
                .returning(outbox.c.id)
            )
            return len(result.all())

    async def _step(self) -> None:
        await self._publisher.start()
        if await self.relay_batch() < self._batch_size:
            loop = asyncio.get_running_loop()
            if loop.time() >= self._next_purge:
                await self.purge_published()
                self._next_purge = loop.time() + 3600
            await asyncio.sleep(self._poll_interval_seconds)

    async def run(self) -> None:
        await run_forever(
            "outbox relay", self._step, self._backoff, on_failure=self._publisher.stop
        )
{%- elif values.kafka == 'producer' %}


async def publish(publisher: Publisher, event: Event) -> None:
    await publisher.send(event.topic, event.key.encode(), encode_event(event.envelope()))
{%- endif %}
{%- if values.kafka == 'consumer' %}


Handler = Callable[[dict[str, Any]], Awaitable[None]]


class EventDispatcher:
    """Routes each event to the handler registered for its `type`."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, event_type: str, handler: Handler) -> None:
        if event_type in self._handlers:
            raise ValueError(f"a handler is already registered for {event_type}")
        self._handlers[event_type] = handler

    async def dispatch(self, event: dict[str, Any]) -> bool:
        """Handles `event`; False when no handler wants its type (it is skipped)."""
        handler = self._handlers.get(str(event.get("type")))
        if handler is None:
            logger.info("event skipped: no handler", extra={"event_type": event.get("type")})
            return False
        await handler(event)
        return True


def create_consumer(settings: Settings) -> Any:
    from aiokafka import AIOKafkaConsumer

    return AIOKafkaConsumer(
        settings.kafka_topic,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=settings.service_name,
        group_id=settings.kafka_consumer_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )


class KafkaConsumerWorker:
    """Consumes the topic in the background, committing each offset after its event is handled."""

    def __init__(
        self,
        settings: Settings,
        dispatcher: EventDispatcher,
        *,
        consumer_factory: Callable[[Settings], Any] = create_consumer,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> None:
        self._settings = settings
        self._dispatcher = dispatcher
        self._consumer_factory = consumer_factory
        self._backoff = backoff

    async def handle(self, raw: bytes | None) -> None:
        try:
            event = decode_event(raw)
        except ValueError as error:
            # Retrying cannot fix a malformed message: log it and move on.
            logger.error("malformed event skipped", extra={"error": str(error)})
            return
        await self._dispatcher.dispatch(event)

    async def consume(self) -> None:
        consumer = self._consumer_factory(self._settings)
        try:
            await consumer.start()
            async for message in consumer:
                await self.handle(message.value)
                await consumer.commit()
        finally:
            await consumer.stop()

    async def run(self) -> None:
        await run_forever("kafka consumer", self.consume, self._backoff)
{%- endif %}
{%- endif %}
