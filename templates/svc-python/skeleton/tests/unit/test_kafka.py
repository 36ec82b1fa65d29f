{%- if values.kafka != 'none' -%}
{%- set outbox = values.kafka == 'producer' and values.database == 'postgresql' -%}
"""Kafka without a broker: event encoding, the retry loop{% if outbox %}, the outbox rows{% endif %}{% if values.kafka == 'consumer' %}, the consumer's dispatch and commits{% endif %}."""

import asyncio
import json
import sys
import uuid
{%- if values.kafka == 'consumer' %}
from collections.abc import AsyncIterator
{%- endif %}
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from types import ModuleType
from typing import Any

import pytest
{%- if outbox %}
from sqlalchemy.sql.dml import Insert
{%- endif %}

from app.config import Settings
from app.infrastructure import kafka

pytestmark = pytest.mark.anyio

NO_BROKER = Settings(kafka_bootstrap_servers="127.0.0.1:1")
{%- if outbox or values.kafka == 'consumer' %}
FAST = kafka.Backoff(initial_seconds=0.001, max_seconds=0.001)
{%- endif %}


class FakeAioKafka:
    """Stands in for the aiokafka module: records the clients the code builds."""

    def __init__(self) -> None:
        self.clients: list[FakeAioKafka.Client] = []
        self.failing_starts = 0

    def module(self) -> ModuleType:
        module = ModuleType("aiokafka")
        vars(module).update(AIOKafkaProducer=self.client, AIOKafkaConsumer=self.client)
        return module

    def client(self, *topics: str, **options: Any) -> "FakeAioKafka.Client":
        client = FakeAioKafka.Client(self, topics, options)
        self.clients.append(client)
        return client

    @dataclass
    class Client:
        owner: "FakeAioKafka"
        topics: tuple[str, ...]
        options: dict[str, Any]
        sent: list[tuple[str, bytes, bytes]] = field(default_factory=list)
        stopped: bool = False

        async def start(self) -> None:
            if self.owner.failing_starts:
                self.owner.failing_starts -= 1
                raise ConnectionError("no broker")

        async def send_and_wait(self, topic: str, value: bytes, key: bytes) -> None:
            self.sent.append((topic, key, value))

        async def stop(self) -> None:
            self.stopped = True


@pytest.fixture
def aiokafka(monkeypatch: pytest.MonkeyPatch) -> FakeAioKafka:
    fake = FakeAioKafka()
    monkeypatch.setitem(sys.modules, "aiokafka", fake.module())
    return fake


class Colour(Enum):
    GOLD = "gold"


def test_events_encode_to_stable_json() -> None:
    event = {
        "b": 1,
        "a": {
            "at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
            "id": uuid.UUID(int=1),
            "amount": Decimal("12.50"),
            "tier": Colour.GOLD,
        },
    }

    encoded = kafka.encode_event(event)

    assert encoded == kafka.encode_event(dict(reversed(list(event.items()))))
    assert json.loads(encoded) == {
        "a": {
            "amount": "12.50",
            "at": "2026-01-02T03:04:05+00:00",
            "id": "00000000-0000-0000-0000-000000000001",
            "tier": "gold",
        },
        "b": 1,
    }


def test_unknown_types_are_refused_rather_than_guessed() -> None:
    with pytest.raises(TypeError, match="object is not JSON serialisable"):
        kafka.encode_event({"value": object()})


def test_events_decode_from_json_objects_only() -> None:
    assert kafka.decode_event(b'{"type": "x", "data": {}}') == {"type": "x", "data": {}}
    for malformed in (None, b"[1, 2]", b"not json", b"\xff"):
        with pytest.raises(ValueError):
            kafka.decode_event(malformed)


def test_backoff_doubles_up_to_its_maximum() -> None:
    delays = kafka.Backoff(initial_seconds=1, max_seconds=5).delays()

    assert [next(delays) for _ in range(5)] == [1, 2, 4, 5, 5]


async def test_failed_steps_are_retried_with_backoff_until_cancelled() -> None:
    failure = ConnectionError("broker unavailable")
    outcomes: list[Exception | None] = [failure, failure, None, failure]
    waits: list[float] = []
    cleanups: list[str] = []
    done = asyncio.Event()

    async def step() -> None:
        if not outcomes:
            done.set()
            await asyncio.Event().wait()  # runs until cancelled
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome

    async def on_failure() -> None:
        cleanups.append("stopped")

    async def sleep(delay: float) -> None:
        waits.append(delay)

    task = asyncio.create_task(
        kafka.run_forever("test", step, kafka.Backoff(1, 10), on_failure=on_failure, sleep=sleep)
    )
    await asyncio.wait_for(done.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    # Two failures (1 s, 2 s), a success resets the delay, then one more failure.
    assert waits == [1, 2, 1]
    assert cleanups == ["stopped"] * 3
{%- if values.kafka == 'producer' %}


def test_events_travel_in_the_platform_envelope() -> None:
    event = kafka.Event(type="${{ values.name | replace('svc-', '') }}.created.v1", key="42", data={"id": 42}, topic="t.v1")

    envelope = event.envelope()

    assert envelope == {
        "id": str(event.id),
        "type": "${{ values.name | replace('svc-', '') }}.created.v1",
        "source": "${{ values.name }}",
        "occurred_at": event.occurred_at.isoformat(),
        "data": {"id": 42},
    }
    assert kafka.Event(type="x", key="1", data={}, topic="t").id != event.id


@dataclass
class FakePublisher:
    sent: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    starts: int = 0
    stops: int = 0
    fail_start: bool = False
    three_starts: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        self.starts += 1
        if self.starts >= 3:
            self.three_starts.set()
        if self.fail_start:
            raise ConnectionError("no broker")

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        self.sent.append((topic, key, value))

    async def stop(self) -> None:
        self.stops += 1


async def test_the_publisher_starts_once_and_sends_keyed_bytes(aiokafka: FakeAioKafka) -> None:
    publisher = kafka.KafkaPublisher(NO_BROKER)

    await publisher.send("t.v1", b"k", b"v1")
    await publisher.send("t.v1", b"k", b"v2")
    await publisher.stop()

    [producer] = aiokafka.clients
    assert producer.options["bootstrap_servers"] == NO_BROKER.kafka_bootstrap_servers
    assert producer.options["acks"] == "all"
    assert producer.options["enable_idempotence"] is True
    assert producer.sent == [("t.v1", b"k", b"v1"), ("t.v1", b"k", b"v2")]
    assert producer.stopped


async def test_a_publisher_that_cannot_start_cleans_up_and_retries(aiokafka: FakeAioKafka) -> None:
    aiokafka.failing_starts = 1
    publisher = kafka.KafkaPublisher(NO_BROKER)

    with pytest.raises(ConnectionError):
        await publisher.start()
    await publisher.start()
    await publisher.start()  # already started: no third client

    failed, started = aiokafka.clients
    assert failed.stopped
    assert not started.stopped
{%- endif %}
{%- if outbox %}


def test_the_outbox_row_holds_the_event_as_it_will_be_published() -> None:
    event = kafka.Event(
        type="x.v1", key="wallet-7", data={"at": datetime(2026, 1, 1, tzinfo=UTC)}, topic="t.v1"
    )

    row = kafka.outbox_row(event)

    assert row["event_id"] == event.id
    assert (row["topic"], row["event_key"]) == ("t.v1", "wallet-7")
    # The relay re-encodes the stored payload: the bytes are those of the envelope.
    assert kafka.encode_event(row["payload"]) == kafka.encode_event(event.envelope())


async def test_add_to_outbox_inserts_in_the_callers_transaction() -> None:
    executed: list[Insert] = []

    class Session:
        async def execute(self, statement: Insert) -> None:
            executed.append(statement)

    event = kafka.Event(type="x.v1", key="k", data={"n": 1}, topic="t.v1")
    await kafka.add_to_outbox(Session(), event)  # type: ignore[arg-type]

    [statement] = executed
    params = statement.compile().params
    assert statement.table.name == "outbox"
    assert params["event_id"] == event.id
    assert params["payload"]["type"] == "x.v1"


async def test_the_relay_keeps_retrying_while_the_broker_is_down() -> None:
    publisher = FakePublisher(fail_start=True)
    # No database is touched: the relay first waits for the broker.
    relay = kafka.OutboxRelay(None, publisher, backoff=FAST)  # type: ignore[arg-type]

    task = asyncio.create_task(relay.run())
    await asyncio.wait_for(publisher.three_starts.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert publisher.sent == []
    assert publisher.stops >= 2


async def test_the_relay_polls_when_idle_and_purges_at_most_hourly() -> None:
    class ScriptedRelay(kafka.OutboxRelay):
        """Batches of 2, 1, 0 and 0 events, then waits; no database."""

        def __init__(self) -> None:
            super().__init__(None, FakePublisher(), batch_size=2, poll_interval_seconds=0)  # type: ignore[arg-type]
            self.batches = [2, 1, 0, 0]
            self.purges = 0
            self.drained = asyncio.Event()

        async def relay_batch(self) -> int:
            if not self.batches:
                self.drained.set()
                await asyncio.Event().wait()
            return self.batches.pop(0)

        async def purge_published(self) -> int:
            self.purges += 1
            return 0

    relay = ScriptedRelay()
    task = asyncio.create_task(relay.run())
    await asyncio.wait_for(relay.drained.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert relay.purges == 1
{%- elif values.kafka == 'producer' %}


async def test_publish_sends_the_envelope_keyed_by_entity() -> None:
    publisher = FakePublisher()
    event = kafka.Event(type="x.v1", key="wallet-7", data={"n": 1}, topic="t.v1")

    await kafka.publish(publisher, event)

    assert publisher.sent == [("t.v1", b"wallet-7", kafka.encode_event(event.envelope()))]
{%- endif %}
{%- if values.kafka == 'consumer' %}


@dataclass
class Message:
    value: bytes | None
    offset: int


@dataclass
class FakeConsumer:
    messages: list[Message]
    committed: list[int] = field(default_factory=list)
    started: bool = False
    stopped: bool = False
    _position: int = -1

    async def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.stopped = True

    async def commit(self) -> None:
        self.committed.append(self._position)

    def __aiter__(self) -> AsyncIterator[Message]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Message]:
        for message in self.messages:
            self._position = message.offset
            yield message


def _message(offset: int, event: dict[str, Any] | None) -> Message:
    return Message(None if event is None else json.dumps(event).encode(), offset)


def test_the_consumer_reads_its_topic_with_manual_commits(aiokafka: FakeAioKafka) -> None:
    consumer = kafka.create_consumer(NO_BROKER)

    assert aiokafka.clients == [consumer]
    assert consumer.topics == (NO_BROKER.kafka_topic,)
    assert consumer.options["group_id"] == NO_BROKER.kafka_consumer_group
    assert consumer.options["enable_auto_commit"] is False


async def test_events_go_to_the_handler_of_their_type() -> None:
    handled: list[dict[str, Any]] = []

    async def handler(event: dict[str, Any]) -> None:
        handled.append(event)

    dispatcher = kafka.EventDispatcher()
    dispatcher.register("a.v1", handler)

    assert await dispatcher.dispatch({"type": "a.v1", "id": "1"})
    assert not await dispatcher.dispatch({"type": "b.v1", "id": "2"})
    assert handled == [{"type": "a.v1", "id": "1"}]
    with pytest.raises(ValueError, match="already registered"):
        dispatcher.register("a.v1", handler)


async def test_each_offset_is_committed_after_its_event_is_handled() -> None:
    handled: list[str] = []

    async def handler(event: dict[str, Any]) -> None:
        handled.append(event["id"])

    dispatcher = kafka.EventDispatcher()
    dispatcher.register("a.v1", handler)
    consumer = FakeConsumer(
        [
            _message(0, {"type": "a.v1", "id": "e0"}),
            Message(b"{not json", 1),  # malformed: skipped, not retried forever
            _message(2, {"type": "other.v1", "id": "e2"}),  # no handler: skipped
            _message(3, {"type": "a.v1", "id": "e3"}),
        ]
    )
    worker = kafka.KafkaConsumerWorker(NO_BROKER, dispatcher, consumer_factory=lambda _: consumer)

    await worker.consume()

    assert handled == ["e0", "e3"]
    assert consumer.committed == [0, 1, 2, 3]
    assert consumer.started and consumer.stopped


async def test_a_failing_handler_leaves_its_offset_uncommitted() -> None:
    async def handler(event: dict[str, Any]) -> None:
        if event["id"] == "e1":
            raise RuntimeError("downstream unavailable")

    dispatcher = kafka.EventDispatcher()
    dispatcher.register("a.v1", handler)
    consumer = FakeConsumer(
        [_message(0, {"type": "a.v1", "id": "e0"}), _message(1, {"type": "a.v1", "id": "e1"})]
    )
    worker = kafka.KafkaConsumerWorker(NO_BROKER, dispatcher, consumer_factory=lambda _: consumer)

    with pytest.raises(RuntimeError):
        await worker.consume()

    # e1 is consumed again from the last committed offset when the worker restarts.
    assert consumer.committed == [0]
    assert consumer.stopped


async def test_the_worker_keeps_retrying_while_the_broker_is_down() -> None:
    attempts: list[int] = []
    three_attempts = asyncio.Event()

    class Unreachable(FakeConsumer):
        async def start(self) -> None:
            attempts.append(1)
            if len(attempts) >= 3:
                three_attempts.set()
            raise ConnectionError("no broker")

    worker = kafka.KafkaConsumerWorker(
        NO_BROKER,
        kafka.EventDispatcher(),
        consumer_factory=lambda _: Unreachable([]),
        backoff=FAST,
    )

    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(three_attempts.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

{%- endif %}
{%- endif %}
