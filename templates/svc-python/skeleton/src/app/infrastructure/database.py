{%- if values.database == 'postgresql' -%}
"""PostgreSQL (Aiven) access through SQLAlchemy's async engine and asyncpg.

This service owns its tables: other services reach its data through its API or
its events, never through a JOIN. Every table is declared on `metadata` (which
Alembic autogenerate compares with the database) and created by a migration.
"""

from collections.abc import Callable

import sqlalchemy as sa
{%- if values.kafka == 'producer' %}
from sqlalchemy.dialects import postgresql
{%- endif %}
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from app.config import Settings

try:
    from sqlalchemy.ext.asyncio import async_sessionmaker
except ImportError:  # SQLAlchemy 1.4 (as Debian packages it) has no async_sessionmaker yet.
    from functools import partial

    from sqlalchemy.orm import sessionmaker

    async_sessionmaker = partial(sessionmaker, class_=AsyncSession)  # type: ignore[assignment,misc]

# Opens a session: `async with session_factory() as session, session.begin(): ...`
SessionFactory = Callable[[], AsyncSession]

metadata = sa.MetaData()
{%- if values.kafka == 'producer' %}

# The transactional outbox (see app.infrastructure.kafka), created by migration 0001.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column("event_id", postgresql.UUID(as_uuid=True), nullable=False, unique=True),
    sa.Column("topic", sa.String(255), nullable=False),
    sa.Column("event_key", sa.String(255), nullable=False),
    sa.Column("payload", postgresql.JSONB(), nullable=False),
    sa.Column(
        "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
    ),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    sa.Index("ix_outbox_unpublished", "id", postgresql_where=sa.text("published_at IS NULL")),
)
{%- endif %}


def async_url(url: str) -> str:
    """The URL with the asyncpg driver, whichever PostgreSQL scheme it was given with."""
    for scheme in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+asyncpg://" + url[len(scheme) :]
    raise ValueError("DATABASE_URL must be a postgresql:// URL")


def create_engine(settings: Settings) -> AsyncEngine:
    # No connection is opened here: a database that is down at startup makes the
    # service unready, it does not stop it from starting.
    return create_async_engine(
        async_url(settings.database_url),
        pool_size=settings.database_pool_size,
        pool_pre_ping=True,
    )


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    return async_sessionmaker(engine, expire_on_commit=False)


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(sa.text("SELECT 1"))
{%- endif %}
