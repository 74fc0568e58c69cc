"""Check that the Alembic migrations build exactly the SQLModel schema, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage.db import make_engine, schema_is_current, upgrade


def test_migrations_match_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    assert diff == [], f"the models and the migrations differ; add a revision: {diff}"


def test_upgrade_is_idempotent_and_keeps_data(db_url: str) -> None:
    from sqlmodel import Session, select

    from storage.models import Lead

    engine = make_engine(db_url)
    upgrade(engine)
    with Session(engine) as s:
        s.add(Lead(source="widget", status="Spam", name="Kept"))
        s.commit()
    assert schema_is_current(engine)
    upgrade(engine)  # a second start runs nothing and loses nothing
    with Session(engine) as s:
        assert [lead.name for lead in s.exec(select(Lead))] == ["Kept"]
    tables = set(inspect(engine).get_table_names())
    assert {"conversation", "message", "lead", "lead_conversation", "outbox", "job_run"} <= tables
    engine.dispose()


def test_head_revision_read_from_files_matches_alembic() -> None:
    """The version check that skips importing Alembic must name Alembic's own head."""
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config, head_revision, make_engine

    engine = make_engine("sqlite://")
    assert head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_status_version_starts_from_the_decisions_already_made(db_url: str) -> None:
    """Migration 0005 counts each lead's status changes by people (not the model's)."""
    from alembic import command
    from sqlalchemy import text as sql

    from storage.db import alembic_config

    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as conn:
        for lead_id in (1, 2):
            conn.execute(
                sql(
                    "INSERT INTO lead (id, source, status, status_by_human, score, quality, "
                    "alt_emails, alt_phones, top_factors, created_at, updated_at) VALUES "
                    "(:id, 'widget', 'Spam', true, 0, 'low', '[]', '[]', '[]', "
                    "'2026-11-01 00:00:00', '2026-11-01 00:00:00')"
                ),
                {"id": lead_id},
            )
        for who, via in (("model", "model"), ("U1", "slack"), ("ann", "cli")):
            conn.execute(
                sql(
                    "INSERT INTO status_change (lead_id, at, who, to_status, via) "
                    "VALUES (1, '2026-11-01 00:00:00', :who, 'Spam', :via)"
                ),
                {"who": who, "via": via},
            )
    upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(sql("SELECT id, status_version FROM lead ORDER BY id")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [(1, 2), (2, 0)]
