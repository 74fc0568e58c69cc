"""Create engines and sessions, and bring the schema up to date with Alembic."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from storage.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

__all__ = ["DatabaseError", "open_database", "schema_is_current", "session_scope", "upgrade"]


def normalise_url(url: str) -> str:
    """Return `url` with PostgreSQL pointed at psycopg 3, the driver this project ships."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def is_sqlite(engine: Engine) -> bool:
    """Return True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for `url`: SQLite gets WAL, foreign keys and a busy timeout."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise DatabaseError(
            f"Database URL is not valid ({exc}). Use e.g. sqlite:///leads.db or "
            "postgresql+psycopg://user@host:5432/dbname."
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            # Autocommit mode for the pragmas; WAL lets readers (the bot) work during a batch.
            cur = dbapi_conn.cursor()
            if parsed.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        # The sqlite3 module would begin transactions lazily and commit DDL on its own;
        # SQLAlchemy's documented recipe hands transaction control back to SQLAlchemy.
        @event.listens_for(engine, "connect")
        def _sqlite_isolation(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    raise DatabaseError(
        f"Unsupported database '{parsed.get_backend_name()}'. Use SQLite or PostgreSQL."
    )


def alembic_config(engine: Engine) -> Config:
    """Return an Alembic config that runs this package's migrations on `engine`."""
    from alembic.config import Config  # only when migrating: Alembic costs 0.15 s to import

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, *, replay: bool = False) -> None:
    """Apply every pending migration; an up-to-date database is left untouched.

    A database with no tables at all gets the newest schema in one step (`_create_fresh`)
    unless `replay` asks for every migration to run, as tests of the migrations do.
    """
    if schema_is_current(engine):
        return
    if not replay and _create_fresh(engine):
        return
    _refuse_unrecorded_schema(engine)
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:  # the driver's message says what the server refused
        raise DatabaseError(f"Could not migrate the database: {exc}") from exc


# What Alembic's own `stamp` creates, so the next upgrade finds its version table as usual.
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def _create_fresh(engine: Engine) -> bool:
    """Create the newest schema on a database without tables; return False if it has some.

    Alembic's recipe for a new database (create the tables from the models, then stamp
    the head revision), without importing Alembic: replaying every migration on nothing
    cost each first command on a new file about 0.2 s. tests/storage/test_migrations.py
    checks that both ways build the same schema. Two processes creating one database at
    once: the loser's transaction fails and the usual path re-reads what the winner made.
    """
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

    try:
        with engine.begin() as conn:
            if inspect(conn).get_table_names():
                return False
            SQLModel.metadata.create_all(conn)
            conn.execute(text(_VERSION_TABLE))
            conn.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                {"v": head_revision()},
            )
    except Exception:  # a concurrent creator, or a database that refuses the DDL
        return schema_is_current(engine)
    return True


def _refuse_unrecorded_schema(engine: Engine) -> None:
    """Raise DatabaseError when our tables exist but no migration is recorded."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except Exception as exc:
        raise _cannot_open(engine, exc) from exc
    if "alembic_version" not in tables and tables & {"lead", "conversation", "outbox"}:
        raise DatabaseError(
            "The database has the Leads tables but no migration record (alembic_version), "
            "so it cannot be upgraded safely. Move it aside (keep it as a backup) and point "
            "--db or LEADS_DATABASE_URL at a new database, then import the conversations "
            "again."
        )


def schema_is_current(engine: Engine) -> bool:
    """Return True when the database is at the newest migration.

    Reads Alembic's one-row version table directly, so a command on an up-to-date
    database never imports Alembic.
    """
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return False
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return list(versions) == [head_revision()]
    except Exception as exc:
        raise _cannot_open(engine, exc) from exc


def _cannot_open(engine: Engine, exc: Exception) -> DatabaseError:
    """Return an error naming the database (password hidden), the driver's reason and a fix."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    where = engine.url.render_as_string(hide_password=True)
    fix = (
        "check that its folder exists and is writable"
        if is_sqlite(engine)
        else "check that the server is running and the URL's host, user and database"
    )
    return DatabaseError(f"Could not open the database {where}: {reason}; {fix}.")


@cache
def head_revision() -> str:
    """Return the newest migration's id, read from the revision files' assignments."""
    parents: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
        parents[values["revision"]] = values.get("down_revision")
    heads = set(parents) - set(parents.values())
    if len(heads) != 1:
        raise DatabaseError(f"The migrations have {len(heads)} heads; expected one.")
    return heads.pop()


def open_database(url: str) -> Engine:
    """Create the engine for `url` and bring its schema up to date."""
    engine = make_engine(url)
    upgrade(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
