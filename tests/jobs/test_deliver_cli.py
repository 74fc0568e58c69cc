"""Drive `leads deliver`: deliver what is due, list what is not, requeue an interrupted item."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jobs import deliver
from leads.cli import main
from storage.db import open_database
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import items, queue_alerts


def test_list_requeue_and_deliver(db_url: str, fake_slack: FakeSlack, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    monkeypatch.setenv("COLUMNS", "200")
    engine = open_database(db_url)
    now = datetime.now(UTC) - timedelta(minutes=1)
    queue_alerts(engine, 3, at=now)
    fake_slack.fail("chat.postMessage", "channel_not_found", times=1)
    with pytest.raises(SystemExit):  # dies mid-send: the item stays in flight
        deliver.run_once(engine, _Dead(), now=now, batch=1)
    assert main(["--db", db_url, "deliver"]) == 0
    assert "Delivered 1 item to Slack" in capsys.readouterr().err  # one permanent failure
    assert main(["--db", db_url, "deliver", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "alert:lead:1" in listing and "in flight" in listing
    assert "alert:lead:2" in listing and "channel_not_found" in listing
    assert "alert:lead:3" not in listing
    assert main(["--db", db_url, "deliver", "--requeue", "alert:lead:1", "alert:lead:2"]) == 0
    assert "Delivered 2 items to Slack" in capsys.readouterr().err
    assert all(i.sent_at is not None for i in items(engine).values())
    assert main(["--db", db_url, "deliver", "--requeue", "alert:lead:1"]) == 1
    assert main(["--db", db_url, "deliver", "--list"]) == 0
    assert "Everything in the outbox was delivered" in capsys.readouterr().out
    engine.dispose()


class _Dead:
    """Stand in for a sender killed between claiming an item and recording the outcome."""

    name = "dead"

    def send_alert(self, alert: dict, **_kw: object) -> dict:
        """Raise like a killed process: nothing after this point runs."""
        raise SystemExit("killed")

    def send_digest(
        self, digest: object, csv_text: str, *, done: dict | None = None, **_kw: object
    ) -> dict:
        """Raise like a killed process."""
        raise SystemExit("killed")
