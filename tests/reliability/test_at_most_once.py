"""Post each alert and digest at most once when Slack acts but the answer is lost."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.client import make_client
from bot.notifier import SlackNotifier
from jobs import deliver
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import T0, items, queue_alerts


def _notifier(fake: FakeSlack) -> SlackNotifier:
    client = make_client(BOT_TOKEN, base_url=fake.api_url, rate_limit_retries=0)
    return SlackNotifier(client, "#leads-alerts", "#leads")


def _deliver_until_done(engine: Engine, notifier: SlackNotifier, rounds: int = 6) -> None:
    now = T0
    for _ in range(rounds):
        deliver.run_once(engine, notifier, now=now)
        now += timedelta(hours=2)  # past any back-off


def test_dropped_answers_never_post_twice(engine: Engine, fake_slack: FakeSlack) -> None:
    queue_alerts(engine, 3)
    fake_slack.drop("chat.postMessage", times=2)  # Slack posts, the answer is lost, twice
    _deliver_until_done(engine, _notifier(fake_slack))
    posts = fake_slack.posts("#leads-alerts")
    keys = [p["metadata"]["event_payload"]["outbox_key"] for p in posts]
    assert sorted(keys) == sorted(items(engine)), keys  # each alert exactly once
    for item in items(engine).values():
        assert item.sent_at is not None and item.ref and item.ref["ts"], item.key
        assert "uncertain" not in item.ref
    # The two lost answers were found again in the channel, not posted again.
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    assert len(fake_slack.calls_to("conversations.history")) >= 2


def test_uncertain_item_waits_while_the_channel_cannot_be_read(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 1)
    fake_slack.drop("chat.postMessage", times=1)
    fake_slack.down("conversations.history", times=2)
    notifier = _notifier(fake_slack)
    now = T0
    for _ in range(3):
        deliver.run_once(engine, notifier, now=now)
        now += timedelta(hours=2)
    (item,) = items(engine).values()
    assert item.sent_at is None and item.ref and item.ref.get("uncertain") is True
    assert len(fake_slack.posts("#leads-alerts")) == 1  # never posted again blindly
    deliver.run_once(engine, notifier, now=now)
    (item,) = items(engine).values()
    assert item.sent_at is not None and len(fake_slack.posts("#leads-alerts")) == 1


def test_post_that_certainly_failed_is_posted_again(engine: Engine, fake_slack: FakeSlack) -> None:
    queue_alerts(engine, 1)
    fake_slack.down("chat.postMessage", times=1)  # a 503 answer: Slack did not post
    _deliver_until_done(engine, _notifier(fake_slack), rounds=2)
    assert len(fake_slack.posts("#leads-alerts")) == 1
    assert not fake_slack.calls_to("conversations.history")  # nothing to look for


def test_posts_lost_before_slack_acted_are_posted_once_after_the_check(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 1)
    fake_slack.lose("chat.postMessage", times=2)  # read, dropped, nothing posted: twice
    _deliver_until_done(engine, _notifier(fake_slack))
    (item,) = items(engine).values()
    assert item.sent_at is not None and item.attempts == 3
    assert len(fake_slack.posts("#leads-alerts")) == 1  # posted once, when it answered
    # Each resend came only after the channel showed the post was not there.
    assert len(fake_slack.calls_to("conversations.history")) == 2


def test_leads_process_against_a_slack_that_drops_twice(
    db_url: str, fake_slack: FakeSlack, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from leads.cli import main
    from storage.db import open_database

    engine = open_database(db_url)
    keys = queue_alerts(engine, 3, at=T0)
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    fake_slack.drop("chat.postMessage", times=2)
    for _ in range(3):  # rerunning straight away never posts an uncertain alert again
        assert main(["--db", db_url, "process"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    posted = [p["metadata"]["event_payload"]["outbox_key"] for p in fake_slack.posts()]
    assert sorted(posted) == sorted(keys)
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    engine.dispose()
