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
