{%- if values.database == 'postgresql' -%}
"""PostgreSQL for real: the Alembic migrations, the readiness probe{% if values.kafka == 'producer' %}, the outbox and its relay{% endif %}."""

import asyncio
{%- if values.kafka == 'producer' %}
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
{%- endif %}
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.config import Settings
from app.domain.readiness import DependencyCheck, ReadinessService
from app.infrastructure import database{% if values.kafka == 'producer' %}, kafka{% endif %}

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]


def alembic_config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logger"] = False
    return config


async def _tables(url: str) -> set[str]:
    engine = database.create_engine(Settings(database_url=url))
    try:
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda sync: sa.inspect(sync).get_table_names())
    finally:
        await engine.dispose()
    return set(names)


@pytest.fixture(scope="module")
def migrated_url(database_url: str) -> str:
    command.upgrade(alembic_config(database_url), "head")
    return database_url


def test_migrations_upgrade_downgrade_and_upgrade_again(database_url: str) -> None:
    config = alembic_config(database_url)

    command.upgrade(config, "head")
    assert "alembic_version" in asyncio.run(_tables(database_url))
{%- if values.kafka == 'producer' %}
    assert "outbox" in asyncio.run(_tables(database_url))
{%- endif %}

    command.downgrade(config, "base")
    assert asyncio.run(_tables(database_url)) <= {"alembic_version"}

    # Left at head: the migrations are reversible, and the database is ready to use.
    command.upgrade(config, "head")
{%- if values.kafka == 'producer' %}
    assert "outbox" in asyncio.run(_tables(database_url))
{%- endif %}


def test_the_models_match_the_migrations(migrated_url: str) -> None:
    # What `alembic revision --autogenerate` would find: nothing, or a migration is missing.
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    async def diff() -> list[object]:
        engine = database.create_engine(Settings(database_url=migrated_url))
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(
                    lambda sync: compare_metadata(
                        MigrationContext.configure(sync), database.metadata
                    )
                )
        finally:
            await engine.dispose()

    assert asyncio.run(diff()) == []


@pytest.mark.anyio
async def test_ping_and_readiness_against_the_database(migrated_url: str) -> None:
    engine = database.create_engine(Settings(database_url=migrated_url))
    readiness = ReadinessService([DependencyCheck("postgresql", lambda: database.ping(engine))])
    try:
        await database.ping(engine)
        report = await readiness.check()
    finally:
        await engine.dispose()

    assert report.ready
    assert [(d.name, d.healthy) for d in report.dependencies] == [("postgresql", True)]


@pytest.mark.anyio
async def test_readiness_names_an_unreachable_database(closed_port: int) -> None:
    url = f"postgresql+asyncpg://app:app@127.0.0.1:{closed_port}/app"
    engine = database.create_engine(Settings(database_url=url))
    readiness = ReadinessService([DependencyCheck("postgresql", lambda: database.ping(engine))])
    try:
        report = await readiness.check()
    finally:
        await engine.dispose()

    assert not report.ready
    [status] = report.dependencies
    assert status.name == "postgresql" and not status.healthy and status.detail

{%- if values.kafka == 'producer' %}


@dataclass
class RecordingPublisher:
    sent: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    fail_after: int | None = None

    async def start(self) -> None:
        return None

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            raise ConnectionError("broker went away")
        self.sent.append((topic, key, value))

    async def stop(self) -> None:
        return None


@pytest.fixture
def outbox_url(migrated_url: str) -> Iterator[str]:
    async def clear() -> None:
        engine = database.create_engine(Settings(database_url=migrated_url))
        try:
            async with engine.begin() as connection:
                await connection.execute(sa.delete(database.outbox))
        finally:
            await engine.dispose()

    asyncio.run(clear())
    yield migrated_url
    asyncio.run(clear())


def _events(count: int, key: str = "wallet-1") -> list[kafka.Event]:
    return [kafka.Event(type="x.v1", key=key, data={"n": n}, topic="t.v1") for n in range(count)]


@pytest.mark.anyio
async def test_events_reach_the_outbox_only_when_the_transaction_commits(outbox_url: str) -> None:
    engine = database.create_engine(Settings(database_url=outbox_url))
    sessions = database.create_session_factory(engine)
    committed, rolled_back = _events(2)
    try:
        async with sessions() as session, session.begin():
            await kafka.add_to_outbox(session, committed)
        with pytest.raises(RuntimeError):
            async with sessions() as session, session.begin():
                await kafka.add_to_outbox(session, rolled_back)
                raise RuntimeError("the business change failed")
        async with sessions() as session:
            stored = (await session.execute(sa.select(database.outbox.c.event_id))).scalars().all()
    finally:
        await engine.dispose()

    assert stored == [committed.id]


@pytest.mark.anyio
async def test_the_relay_publishes_in_commit_order_then_marks_published(outbox_url: str) -> None:
    engine = database.create_engine(Settings(database_url=outbox_url))
    sessions = database.create_session_factory(engine)
    events = _events(5)
    publisher = RecordingPublisher()
    relay = kafka.OutboxRelay(sessions, publisher, batch_size=3)
    try:
        async with sessions() as session, session.begin():
            for event in events:
                await kafka.add_to_outbox(session, event)

        assert await relay.relay_batch() == 3
        assert await relay.relay_batch() == 2
        assert await relay.relay_batch() == 0
        async with sessions() as session:
            pending = await session.scalar(
                sa.select(sa.func.count())
                .select_from(database.outbox)
                .where(database.outbox.c.published_at.is_(None))
            )
    finally:
        await engine.dispose()

    assert [kafka.decode_event(value)["id"] for _, _, value in publisher.sent] == [
        str(event.id) for event in events
    ]
    assert {(topic, key) for topic, key, _ in publisher.sent} == {("t.v1", b"wallet-1")}
    assert kafka.decode_event(publisher.sent[0][2]) == events[0].envelope()
    assert pending == 0


@pytest.mark.anyio
async def test_a_failed_publish_leaves_the_batch_to_retry(outbox_url: str) -> None:
    engine = database.create_engine(Settings(database_url=outbox_url))
    sessions = database.create_session_factory(engine)
    events = _events(3)
    try:
        async with sessions() as session, session.begin():
            for event in events:
                await kafka.add_to_outbox(session, event)

        with pytest.raises(ConnectionError):
            await kafka.OutboxRelay(sessions, RecordingPublisher(fail_after=1)).relay_batch()

        # Nothing was marked: every event is published on the next try (at least once).
        retry = RecordingPublisher()
        assert await kafka.OutboxRelay(sessions, retry).relay_batch() == 3
    finally:
        await engine.dispose()

    published = [kafka.decode_event(value)["id"] for _, _, value in retry.sent]
    assert published == [str(event.id) for event in events]


@pytest.mark.anyio
async def test_only_one_replica_relays_at_a_time(outbox_url: str) -> None:
    engine = database.create_engine(Settings(database_url=outbox_url))
    sessions = database.create_session_factory(engine)
    lock = sa.func.pg_advisory_xact_lock(sa.func.hashtext(f"{kafka.SOURCE}:outbox"))
    try:
        async with sessions() as session, session.begin():
            await kafka.add_to_outbox(session, _events(1)[0])
        async with sessions() as other_replica, other_replica.begin():
            await other_replica.execute(sa.select(lock))
            # While another replica relays, this one publishes nothing.
            assert await kafka.OutboxRelay(sessions, RecordingPublisher()).relay_batch() == 0
        assert await kafka.OutboxRelay(sessions, RecordingPublisher()).relay_batch() == 1
    finally:
        await engine.dispose()


@pytest.mark.anyio
async def test_published_events_are_purged_after_the_retention(outbox_url: str) -> None:
    engine = database.create_engine(Settings(database_url=outbox_url))
    sessions = database.create_session_factory(engine)
    old, recent = _events(2)
    relay = kafka.OutboxRelay(sessions, RecordingPublisher(), retention_days=7)
    try:
        async with sessions() as session, session.begin():
            await kafka.add_to_outbox(session, old)
            await kafka.add_to_outbox(session, recent)
        assert await relay.relay_batch() == 2
        async with sessions() as session, session.begin():
            await session.execute(
                sa.update(database.outbox)
                .where(database.outbox.c.event_id == old.id)
                .values(published_at=datetime.now(UTC) - timedelta(days=8))
            )

        assert await relay.purge_published() == 1
        async with sessions() as session:
            left = (await session.execute(sa.select(database.outbox.c.event_id))).scalars().all()
    finally:
        await engine.dispose()

    assert left == [recent.id]
{%- endif %}
{%- endif %}
