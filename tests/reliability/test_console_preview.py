"""Run `leads process` without a Slack token, then with one: every alert reaches Slack once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from jobs import deliver
from leads.cli import main
from storage.db import open_database
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import items, queue_alerts


def _queue(db_url: str, n: int) -> Engine:
    engine = open_database(db_url)
    queue_alerts(engine, n)
    return engine


def test_console_preview_keeps_alerts_for_slack(
    db_url: str, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    engine = _queue(db_url, 4)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--db", db_url, "process"]) == 0
    out, err = capsys.readouterr()
    assert out.count("Person ") >= 4  # the alerts were shown
    assert "stay queued for Slack" in err
    assert all(i.sent_at is None and not i.failed for i in items(engine).values())

    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    assert main(["--db", db_url, "process"]) == 0
    assert len(fake_slack.posts()) == 4
    assert all(i.sent_at is not None for i in items(engine).values())
    assert main(["--db", db_url, "process"]) == 0
    assert len(fake_slack.posts()) == 4  # nothing twice


def test_console_as_destination_on_purpose(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    engine = _queue(db_url, 2)
    config = tmp_path / "leads.toml"
    config.write_text("[delivery]\nconsole_is_destination = true\n", encoding="utf-8")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--config", str(config), "--db", db_url, "process"]) == 0
    assert "Delivered 2 items to the console" in capsys.readouterr().err
    assert all(i.sent_at is not None for i in items(engine).values())


def test_preview_claims_nothing(engine: Engine) -> None:
    queue_alerts(engine, 3)
    shown: list[str | None] = []

    class Recorder:
        name = "console"

        def send_alert(self, alert: dict, *, key: str | None = None, check: bool = False) -> dict:
            shown.append(key)
            return {}

    assert deliver.preview(engine, Recorder()) == 3  # type: ignore[arg-type]
    assert shown == sorted(items(engine))
    assert all(i.attempts == 0 and i.sent_at is None for i in items(engine).values())
