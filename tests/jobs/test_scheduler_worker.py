"""Run `leads worker` as a real process: it delivers due alerts and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

from storage.db import open_database
from storage.models import JobRun
from tests.jobs.outbox_helpers import items, queue_alerts


def test_worker_delivers_and_stops_on_sigterm(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'leads.db'}"
    engine = open_database(url)
    queue_alerts(engine, 2, at=datetime.now(UTC) - timedelta(minutes=1))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["COLUMNS"] = "120"
    # The console as the destination on purpose (without it the worker only previews:
    # tests/reliability/test_console_paths.py).
    config = tmp_path / "leads.toml"
    config.write_text("[delivery]\nconsole_is_destination = true\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "leads", "--config", str(config), "--db", url, "worker"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if all(i.sent_at is not None for i in items(engine).values()):
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Worker started" in err and "Worker stopped." in err
    assert "alerts go to the console (delivery.console_is_destination)" in err
    assert "Person 1" in out and "Person 2" in out  # the console notifier showed them
    assert all(i.sent_at is not None for i in items(engine).values())
    with Session(engine) as s:
        runs = s.exec(select(JobRun).where(JobRun.job == "deliver")).all()
    assert runs and all(r.finished_at is not None for r in runs)
    engine.dispose()
