"""Run two `leads process` workers at once on PostgreSQL over one backlog.

Claims use FOR UPDATE SKIP LOCKED, so the workers take disjoint batches; when both meet
the same person at once, one loses the identity race and retries its batch. Every
conversation must be processed exactly once (the workers' counts add up to the backlog)
into one lead per person.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from storage.db import open_database
from tests.conftest import PG_URL
from tests.jobs.process_helpers import backlog, check_invariants, ingest, outcome, process

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 200  # about 400 conversations

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(not PG_URL, reason="set LEADS_TEST_DATABASE_URL to run on PostgreSQL"),
]


@pytest.fixture
def pg_url(db_url: str) -> str:
    """Return the per-test PostgreSQL URL (the SQLite variant is skipped)."""
    if not db_url.startswith("postgresql"):
        pytest.skip("two workers need PostgreSQL")
    return db_url


def test_two_workers_process_each_conversation_once(
    pg_url: str, engine: Engine, tmp_path: Path
) -> None:
    convs, person_of = backlog(PEOPLE, seed=11)
    ingest(engine, convs)
    config = tmp_path / "leads.toml"
    model = os.environ.get("LEADS_TEST_MODEL", "")
    config.write_text(
        f'[processing]\nbatch_size = 5\n[scoring]\nalert_threshold = 50\nmodel_path = "{model}"\n'
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Hold the workers at their first claim until both are there, so that neither can
    # do all the work while the other is still loading the model.
    gate = engine.connect()
    hold = gate.begin()
    gate.execute(text("LOCK TABLE conversation IN EXCLUSIVE MODE"))
    cmd = [sys.executable, "-m", "leads", "--db", pg_url, "--config", str(config), "process",
           "--no-deliver"]  # fmt: skip
    workers = [
        subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    waiting = 0
    deadline = time.monotonic() + 120
    with engine.connect() as conn:
        while waiting < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks "
                    "WHERE NOT granted AND relation = 'conversation'::regclass"
                )
            ).scalar_one()
    hold.commit()
    gate.close()
    processed = []
    for w in workers:
        _out, err = w.communicate(timeout=300)
        assert w.returncode == 0, err.decode()
        found = re.search(r"Processed ([\d,]+) conversation", err.decode())
        assert found, err.decode()
        processed.append(int(found.group(1).replace(",", "")))
    assert sum(processed) == len(convs)  # none twice, none lost
    assert min(processed) > 0, f"one worker did all the work: {processed}"
    check_invariants(engine, person_of)

    reference = open_database(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest(reference, convs)
    process(reference, batch_size=5, alert_threshold=50)
    assert outcome(engine)[0] == outcome(reference)[0]  # the same people, the same leads
    reference.dispose()
