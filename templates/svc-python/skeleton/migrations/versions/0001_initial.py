{%- if values.database == 'postgresql' -%}
"""Initial schema{% if values.kafka == 'producer' %}: the transactional outbox{% endif %}.

Revision ID: 0001
Revises:
Create Date: 2026-01-01 00:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
{%- if values.kafka == 'producer' %}
from sqlalchemy.dialects import postgresql
{%- endif %}

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
{%- if values.kafka == 'producer' %}
    # Events are written in the same transaction as the business change, then
    # relayed to Kafka in `id` order, so a commit and its events never diverge.
    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("event_id", postgresql.UUID(as_uuid=True), nullable=False, unique=True),
        sa.Column("topic", sa.String(255), nullable=False),
        sa.Column("event_key", sa.String(255), nullable=False),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "ix_outbox_unpublished",
        "outbox",
        ["id"],
        postgresql_where=sa.text("published_at IS NULL"),
    )
{%- else %}
    # Baseline revision: the service's first tables are added in the next revision.
    op.execute(sa.text("SELECT 1"))
{%- endif %}


def downgrade() -> None:
{%- if values.kafka == 'producer' %}
    op.drop_index("ix_outbox_unpublished", table_name="outbox")
    op.drop_table("outbox")
{%- else %}
    pass
{%- endif %}
{%- endif %}
