"""Kill `leads process` with SIGKILL mid-run, rerun it, and find every conversation processed once.

A batch is one transaction, so whatever the moment of the kill, a rerun finds each
conversation either done (with its lead, identities, links and alert) or still due.
The resumed run must end exactly where an uninterrupted run ends.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from storage.db import open_database
from tests.jobs.process_helpers import backlog, check_invariants, ingest, outcome, process

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 120  # about 300 conversations
KILLS = 4


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "leads.toml"
    model = os.environ.get("LEADS_TEST_MODEL", "")
    path.write_text(
        f'[processing]\nbatch_size = 8\n[scoring]\nalert_threshold = 50\nmodel_path = "{model}"\n'
    )
    return path


def _start(db_url: str, config: Path, cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "leads", "--db", db_url, "--config", str(config), "process",
         "--no-deliver"],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _done(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM conversation WHERE state = 'done'")
        ).scalar_one()


@pytest.mark.slow
def test_kill_9_then_rerun_processes_everything_exactly_once(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    convs, person_of = backlog(PEOPLE)
    ingest(engine, convs)
    config = _config(tmp_path)
    rng = random.Random(5)
    partial_kills = 0
    for i in range(KILLS):
        before = _done(engine)
        proc = _start(db_url, config, tmp_path)
        if i == 0:
            time.sleep(rng.uniform(0.2, 1.0))  # at any moment, start-up included
        else:
            # Wait until this run commits something, then kill it a moment later.
            deadline = time.monotonic() + 60
            while _done(engine) == before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = _done(engine)
        if before < after < len(convs):
            partial_kills += 1
    assert partial_kills >= 1, "no kill landed mid-run; the backlog is too small to test"

    proc = _start(db_url, config, tmp_path)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    check_invariants(engine, person_of)

    # The same backlog processed without interruption ends in the same state.
    reference = open_database(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest(reference, convs)
    process(reference, batch_size=8, alert_threshold=50)
    assert outcome(engine) == outcome(reference)
    reference.dispose()
