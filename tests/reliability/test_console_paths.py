"""Run every delivering path without SLACK_BOT_TOKEN, then with it: nothing is consumed by the console.

The paths: the scheduled jobs (`process`, `deliver`, `digest`) that `leads serve` and
`leads worker` run, `leads worker` and `leads serve` as real processes, and
`leads digest --send`. Without a token they print at most; with one, against the fake
Slack, every alert and the digest arrive exactly once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from jobs.scheduler import execute
from leads.cli import main
from leads.context import Context
from leads.settings import load
from leads.wiring import make_notifier, runtime
from storage.db import open_database
from storage.models import JobRun
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import add_lead, items, queue_alerts

NOW = datetime.now(UTC)


def _keys_posted(fake: FakeSlack) -> Counter[str]:
    return Counter(
        (p.get("metadata") or {}).get("event_payload", {}).get("outbox_key") for p in fake.posts()
    )


def _untouched(engine: Engine) -> bool:
    return all(
        i.sent_at is None and not i.failed and i.attempts == 0 for i in items(engine).values()
    )


def _seed(engine: Engine, alerts: int = 3) -> None:
    queue_alerts(engine, alerts, at=NOW - timedelta(minutes=1))
    with Session(engine) as s:
        add_lead(s, score=91, created_at=NOW - timedelta(hours=2), name="Greta Digest")
        s.commit()


def test_scheduled_jobs_without_a_token_keep_everything_for_slack(
    db_url: str, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_database(db_url)
    _seed(engine)
    ctx = Context(settings=load(db_url=db_url, environ={}))
    rt = runtime(ctx, make_notifier(ctx, environ={}))  # what serve and worker build
    assert rt.notifier.name == "console"
    for job in ("deliver", "process", "digest", "deliver"):
        execute(rt, job)
    queued = items(engine)
    assert len(queued) == 4 and any(k.startswith("digest:") for k in queued)  # digest queued
    assert _untouched(engine)

    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    rt = runtime(ctx, make_notifier(ctx, environ={"SLACK_BOT_TOKEN": BOT_TOKEN}))
    for job in ("deliver", "process", "deliver"):
        execute(rt, job)
    assert _keys_posted(fake_slack) == Counter(list(queued))  # each alert and the digest once
    assert all(i.sent_at is not None for i in items(engine).values())
    engine.dispose()


def test_digest_send_without_a_token_then_with_one(
    db_url: str, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    engine = open_database(db_url)
    _seed(engine, alerts=0)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    for _ in range(2):
        assert main(["--db", db_url, "digest", "--send"]) == 0
        out, err = capsys.readouterr()
        assert "Greta Digest" in out and "stays queued for Slack" in err
    assert len(items(engine)) == 1 and _untouched(engine)

    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    assert main(["--db", db_url, "digest", "--send"]) == 0
    assert main(["--db", db_url, "digest", "--send"]) == 0
    assert list(_keys_posted(fake_slack).values()) == [1]
    assert len(fake_slack.files) == 2  # the CSV and the chart, once
    engine.dispose()


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "LEADS_"))}
    env.update(COLUMNS="120", PYTHONUNBUFFERED="1", **extra)
    return env


def _run_until(
    args: list[str], env: dict[str, str], cwd: Path, done: Callable[[], bool]
) -> tuple[str, str]:
    """Run `leads ARGS` until `done()` holds, then stop it with SIGTERM; return its output."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "leads", *args],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and not done():
            time.sleep(0.2)
        assert done(), f"leads {args[-1]} did not get there in time"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    return out, err


def _delivery_ran(engine: Engine, since: datetime) -> Callable[[], bool]:
    def ran() -> bool:
        with Session(engine) as s:
            rows = s.exec(
                select(JobRun).where(
                    JobRun.job == "deliver",
                    JobRun.started_at >= since,
                    JobRun.finished_at.is_not(None),  # type: ignore[union-attr]
                )
            ).all()
        return bool(rows)

    return ran


def _listening(port: int) -> Callable[[], bool]:
    def healthy() -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    return healthy


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["worker", "serve"])
def test_worker_and_serve_without_a_token_then_with_one(
    command: str, tmp_path: Path, fake_slack: FakeSlack
) -> None:
    url = f"sqlite:///{tmp_path / 'leads.db'}"
    engine = open_database(url)
    keys = queue_alerts(engine, 2, at=NOW - timedelta(minutes=1))
    args = ["--db", url, command]
    up: Callable[[], bool] = lambda: True  # noqa: E731
    if command == "serve":
        port = _free_port()
        args += ["--port", str(port)]
        up = _listening(port)  # SIGTERM before its handlers are in would kill it
    # Without a Slack token `serve` serves capture only; a capture secret makes it start.
    ran = _delivery_ran(engine, datetime.now(UTC))
    out, err = _run_until(args, _env(LEADS_WEBHOOK_SECRET="s"), tmp_path, lambda: ran() and up())
    assert "Person 1" in out and "Person 2" in out  # previewed
    if command == "worker":
        assert "stay queued for Slack" in err
    assert _untouched(engine)

    # A restart keeps the stored schedule (the next delivery up to a minute away); start
    # afresh so the test need not wait for it.
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM apscheduler_jobs"))
    slack = _env(
        SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET="x", SLACK_API_URL=fake_slack.api_url
    )
    _run_until(
        args, slack, tmp_path, lambda: up() and all(i.sent_at for i in items(engine).values())
    )
    assert _keys_posted(fake_slack) == Counter(keys)  # each exactly once
    engine.dispose()
