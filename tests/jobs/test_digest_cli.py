"""Drive `leads digest` and `leads digest --send` (console and the fake Slack)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from leads.cli import main
from storage.db import open_database
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import T0, add_lead

AT = (T0 + timedelta(hours=1)).isoformat()


@pytest.fixture
def db(db_url: str) -> str:
    """Return a database with two leads in the last day and one older."""
    engine = open_database(db_url)
    with Session(engine) as s:
        add_lead(s, score=91, created_at=T0 - timedelta(hours=2), name="Greta Quote")
        add_lead(s, score=35, created_at=T0 - timedelta(hours=3), name="Ivo Info")
        add_lead(s, score=75, created_at=T0 - timedelta(days=3), name="Old Olga")
        s.commit()
    engine.dispose()
    return db_url


def test_digest_prints(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["--db", db, "digest", "--at", AT]) == 0
    out = capsys.readouterr().out
    assert "Greta Quote" in out and "Ivo Info" in out and "Old Olga" not in out
    assert "Last 14 days" in out


def test_digest_send_once_per_day_on_the_console(db: str, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    config = tmp_path / "leads.toml"
    config.write_text("[delivery]\nconsole_is_destination = true\n", encoding="utf-8")
    send = ["--config", str(config), "--db", db, "digest", "--send", "--at", AT]
    assert main(send) == 0
    first = capsys.readouterr()
    assert "Greta Quote" in first.out and "Sent the digest for 2026-11-20" in first.err
    assert main(send) == 0
    second = capsys.readouterr()
    assert "Greta Quote" not in second.out and "sent already" in second.err


def test_digest_send_to_slack(db: str, fake_slack: FakeSlack, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    assert main(["--db", db, "digest", "--send", "--at", AT]) == 0
    assert "to Slack" in capsys.readouterr().err
    (post,) = fake_slack.calls_to("chat.postMessage")
    assert post.args["channel"] == "#leads" and "2 new leads" in post.args["text"]
    assert len(fake_slack.uploads) == 2


def test_digest_send_failure_exits_1(db: str, fake_slack: FakeSlack, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    fake_slack.fail("chat.postMessage", "channel_not_found")
    assert main(["--db", db, "digest", "--send", "--at", AT]) == 1
    assert "channel_not_found" in capsys.readouterr().err
