"""Share fixtures: every storage-backed test runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text

from storage.db import normalise_url, open_database
from tests.fakes.slack_api import FakeSlack

PG_URL = os.environ.get("LEADS_TEST_DATABASE_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not PG_URL, reason="set LEADS_TEST_DATABASE_URL to run on PostgreSQL"
            ),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Yield the URL of an empty database of each backend, private to this test.

    PostgreSQL gets a fresh schema named in the URL's search_path, so subprocesses
    started with the URL see the same tables.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'leads.db'}"
        return
    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{normalise_url(PG_URL)}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """Yield a migrated engine on each backend."""
    eng = open_database(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """Yield a running fake Slack Web API (see tests/fakes/slack_api.py)."""
    fake = FakeSlack().start()
    try:
        yield fake
    finally:
        fake.stop()
