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


def test_processing_real_chats_without_a_token_then_with_one(
    db_url: str, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The reported loss: `leads process` without a token used up 13 of 13 alerts."""
    from importlib import resources

    sample = resources.files("leads").joinpath("samples", "conversations.jsonl")
    path = tmp_path / "chats.jsonl"
    path.write_text("\n".join(sample.read_text("utf-8").splitlines()[:60]) + "\n", "utf-8")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--db", db_url, "ingest", str(path)]) == 0
    assert main(["--db", db_url, "process"]) == 0
    assert "stay queued for Slack" in capsys.readouterr().err
    engine = open_database(db_url)
    alerts = items(engine)
    assert len(alerts) >= 5 and all(i.sent_at is None and not i.failed for i in alerts.values())

    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    for _ in range(2):
        assert main(["--db", db_url, "process"]) == 0
    posted = [p["metadata"]["event_payload"]["outbox_key"] for p in fake_slack.posts()]
    assert sorted(posted) == sorted(alerts)  # every alert, each once
    engine.dispose()


def test_process_previews_the_first_alerts_of_a_backlog(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A backlog is not printed whole: the first few, how many wait, and nothing consumed."""
    from leads.commands.process import PREVIEW_ALERTS

    engine = _queue(db_url, PREVIEW_ALERTS + 5)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--db", db_url, "process"]) == 0
    out, err = capsys.readouterr()
    assert out.count("Person ") == PREVIEW_ALERTS
    assert f"Previewed {PREVIEW_ALERTS} of {PREVIEW_ALERTS + 5} queued alerts" in " ".join(
        err.split()
    )
    assert "leads deliver" in err
    stored = items(engine)
    assert len(stored) == PREVIEW_ALERTS + 5
    assert all(i.sent_at is None and not i.failed for i in stored.values())
