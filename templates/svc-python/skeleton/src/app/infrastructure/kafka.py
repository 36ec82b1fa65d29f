{%- if values.kafka == 'producer' -%}
"""Kafka producer (Aiven). Topics are versioned: <domain>.<event>.v1.

Publish from a transactional outbox when the event must match a database write.
"""

import json
from typing import Any

from aiokafka import AIOKafkaProducer

from app.config import Settings


def create_producer(settings: Settings) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        value_serializer=lambda value: json.dumps(value).encode("utf-8"),
    )


async def publish(producer: AIOKafkaProducer, topic: str, key: str, event: dict[str, Any]) -> None:
    await producer.send_and_wait(topic, value=event, key=key.encode("utf-8"))
{%- elif values.kafka == 'consumer' -%}
"""Kafka consumer (Aiven). Offsets are committed only after an event is handled,
so handlers must be idempotent: the same event can be delivered twice."""

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiokafka import AIOKafkaConsumer

from app.config import Settings

logger = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], Awaitable[None]]


def create_consumer(settings: Settings) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        settings.kafka_topic,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=settings.kafka_consumer_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        value_deserializer=lambda raw: json.loads(raw.decode("utf-8")),
    )


async def consume(consumer: AIOKafkaConsumer, handle: Handler) -> None:
    async for message in consumer:
        await handle(message.value)
        await consumer.commit()
        logger.debug("handled event", extra={"offset": message.offset})
{%- endif %}
