"""Check that the Alembic migrations build exactly the SQLModel schema, on both backends."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage.db import head_revision, make_engine, schema_is_current, upgrade


@pytest.mark.parametrize("replay", [True, False], ids=["migrations", "fresh"])
def test_migrations_match_the_models(db_url: str, replay: bool) -> None:
    """Both ways to a current schema build the models: every migration, or create + stamp."""
    engine = make_engine(db_url)
    upgrade(engine, replay=replay)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    assert diff == [], f"the models and the migrations differ; add a revision: {diff}"
    assert version == [head_revision()]


def _schema(db_url: str, replay: bool) -> dict[str, dict[str, object]]:
    """Return every table's reflected columns, keys, indexes and constraints."""
    engine = make_engine(db_url)
    upgrade(engine, replay=replay)
    insp = inspect(engine)
    out: dict[str, dict[str, object]] = {}
    for table in insp.get_table_names():
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]))
                for f in insp.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)
            ),
            "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
        }
    engine.dispose()
    return out


def test_a_new_database_gets_the_schema_the_migrations_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The one-step schema of a new database is the migrated one, column for column."""
    replayed = _schema(f"sqlite:///{tmp_path / 'replayed.db'}", replay=True)
    fresh = _schema(f"sqlite:///{tmp_path / 'fresh.db'}", replay=False)
    assert set(fresh) == set(replayed)
    for table in replayed:
        # SQLite's batch migrations rebuild a table with its columns in model order
        assert sorted(fresh[table]["columns"]) == sorted(replayed[table]["columns"]), table
        assert {k: v for k, v in fresh[table].items() if k != "columns"} == {
            k: v for k, v in replayed[table].items() if k != "columns"
        }, table


def test_the_one_step_schema_is_only_for_a_database_without_tables(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database holding any table of its own goes the migrations' way (and their checks)."""
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
    upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert schema_is_current(engine)
    assert [d for d in diff if d[0] != "remove_table"] == []  # "notes" is not ours: kept
    assert "notes" in inspect(engine).get_table_names()
    engine.dispose()


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
