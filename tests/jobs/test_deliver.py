"""Deliver the outbox: once, in order, with back-off, permanent errors recorded (real DB)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session

from bot.client import make_client
from bot.notifier import SlackNotifier
from jobs import deliver
from jobs.notify import DeliveryError
from storage.db import open_database
from storage.models import OutboxItem
from storage.queries import stats
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import T0, RecordingNotifier, items, queue_alerts


@pytest.fixture
def slack(fake_slack: FakeSlack) -> Iterator[SlackNotifier]:
    """Yield a SlackNotifier talking to the fake Slack, with no client-side 429 retries."""
    client = make_client(BOT_TOKEN, base_url=fake_slack.api_url, rate_limit_retries=0)
    yield SlackNotifier(client, "#leads-alerts", "#leads")


def test_delivers_each_due_item_once(engine: Engine, fake_slack: FakeSlack, slack) -> None:  # type: ignore[no-untyped-def]
    queue_alerts(engine, 3)
    assert deliver.run_once(engine, slack, now=T0) is True
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    sent = items(engine)
    for key, item in sent.items():
        assert item.sent_at is not None and not item.failed and item.last_error is None, key
        assert item.ref is not None and item.ref["ts"] and item.ref["channel"].startswith("C")
    # A rerun (or the next scheduler tick) finds nothing and posts nothing.
    assert deliver.run_once(engine, slack, now=T0 + timedelta(hours=1)) is False
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    posted = [c.args["channel"] for c in fake_slack.calls_to("chat.postMessage")]
    assert posted == ["#leads-alerts"] * 3


def test_not_due_yet_is_left_alone(engine: Engine) -> None:
    queue_alerts(engine, 1, at=T0 + timedelta(minutes=5))
    notifier = RecordingNotifier()
    assert deliver.run_once(engine, notifier, now=T0) is False
    assert notifier.alerts == []


def test_batch_limits_one_run(engine: Engine) -> None:
    queue_alerts(engine, 5)
    notifier = RecordingNotifier()
    deliver.run_once(engine, notifier, now=T0, batch=2)
    assert [a["id"] for a in notifier.alerts] == [1, 2]
    deliver.run_once(engine, notifier, now=T0)
    assert [a["id"] for a in notifier.alerts] == [1, 2, 3, 4, 5]


def test_429_is_retried_after_retry_after_by_the_client(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 1)
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    client = make_client(BOT_TOKEN, base_url=fake_slack.api_url, rate_limit_retries=2)
    started = time.monotonic()
    deliver.run_once(engine, SlackNotifier(client, "#a", "#d"), now=T0)
    assert time.monotonic() - started >= 1.0  # waited out Retry-After
    assert len(fake_slack.calls_to("chat.postMessage")) == 2
    assert items(engine)["alert:lead:1"].sent_at is not None


def test_429_after_client_retries_waits_retry_after_in_the_outbox(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    queue_alerts(engine, 1)
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=600)
    deliver.run_once(engine, slack, now=T0)
    item = items(engine)["alert:lead:1"]
    assert item.sent_at is None and not item.failed and item.attempts == 1
    assert item.next_attempt_at >= T0 + timedelta(seconds=600)
    assert "rate limited" in (item.last_error or "")
    assert deliver.run_once(engine, slack, now=T0 + timedelta(seconds=599)) is False
    assert deliver.run_once(engine, slack, now=T0 + timedelta(seconds=600)) is True
    assert items(engine)["alert:lead:1"].sent_at is not None
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_5xx_leaves_the_item_for_a_later_attempt_with_backoff(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    queue_alerts(engine, 1)
    fake_slack.down("chat.postMessage", times=3)
    now = T0
    waits = []
    for _ in range(3):
        assert deliver.run_once(engine, slack, now=now) is True
        item = items(engine)["alert:lead:1"]
        assert item.sent_at is None and not item.failed
        assert "503" in (item.last_error or "")
        waits.append(item.next_attempt_at - now)
        assert (
            deliver.run_once(engine, slack, now=item.next_attempt_at - timedelta(seconds=1))
            is False
        )
        now = item.next_attempt_at
    assert waits == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    deliver.run_once(engine, slack, now=now)
    item = items(engine)["alert:lead:1"]
    assert item.sent_at is not None and item.attempts == 4 and item.last_error is None
    assert len(fake_slack.calls_to("chat.postMessage")) == 4


def test_gives_up_after_max_attempts(engine: Engine) -> None:
    queue_alerts(engine, 1)
    notifier = RecordingNotifier(fail=DeliveryError("boom", permanent=False))
    now = T0
    for _ in range(3):
        deliver.run_once(engine, notifier, now=now, max_attempts=3)
        now += timedelta(hours=2)
    item = items(engine)["alert:lead:1"]
    assert item.failed and item.attempts == 3
    assert item.last_error == "gave up after 3 attempts: boom"
    assert deliver.run_once(engine, notifier, now=now, max_attempts=3) is False


def test_unexpected_error_is_retried(engine: Engine) -> None:
    queue_alerts(engine, 1)
    deliver.run_once(engine, RecordingNotifier(fail=KeyError("x")), now=T0)
    item = items(engine)["alert:lead:1"]
    assert not item.failed and item.sent_at is None and "KeyError" in (item.last_error or "")
    ok = RecordingNotifier()
    deliver.run_once(engine, ok, now=T0 + timedelta(minutes=1))
    assert len(ok.alerts) == 1


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived",
                                   "invalid_auth", "account_inactive"])  # fmt: skip
def test_permanent_error_is_recorded_and_shown_in_stats(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier, error: str
) -> None:
    queue_alerts(engine, 1)
    fake_slack.fail("chat.postMessage", error)
    deliver.run_once(engine, slack, now=T0)
    item = items(engine)["alert:lead:1"]
    assert item.failed and item.sent_at is None
    assert error in (item.last_error or "") and "permanent" in (item.last_error or "")
    with Session(engine) as s:
        figures = stats(s)
    assert figures.deliveries_failed == 1
    assert error in (figures.last_delivery_error or "")
    # Never retried, however late.
    assert deliver.run_once(engine, slack, now=T0 + timedelta(days=7)) is False
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_unknown_kind_fails_for_good(engine: Engine) -> None:
    with Session(engine) as s:
        s.add(OutboxItem(key="weird:1", kind="fax", payload={}, next_attempt_at=T0))
        s.commit()
    deliver.run_once(engine, RecordingNotifier(), now=T0)
    assert items(engine)["weird:1"].failed


def test_crash_mid_send_never_posts_twice(engine: Engine, fake_slack: FakeSlack, slack) -> None:  # type: ignore[no-untyped-def]
    queue_alerts(engine, 2)
    # A worker claims an item, posts it, and dies before recording the outcome.
    item = deliver.claim(engine, now=T0)
    assert item is not None and item.key == "alert:lead:1"
    slack.send_alert(item.payload)
    # The rerun delivers the other item but not the one that may have been posted.
    deliver.run_once(engine, slack, now=T0 + timedelta(hours=1))
    assert len(fake_slack.calls_to("chat.postMessage")) == 2
    state = items(engine)
    assert state["alert:lead:2"].sent_at is not None
    assert state["alert:lead:1"].sent_at is None and state["alert:lead:1"].failed
    assert "in flight" in (state["alert:lead:1"].last_error or "")
    with Session(engine) as s:
        assert "in flight" in (stats(s).last_delivery_error or "")
    # A person checked the channel and asks for it again: sent once more, then done.
    assert deliver.requeue(engine, "alert:lead:1", now=T0 + timedelta(hours=2))
    deliver.run_once(engine, slack, now=T0 + timedelta(hours=2))
    assert items(engine)["alert:lead:1"].sent_at is not None
    assert len(fake_slack.calls_to("chat.postMessage")) == 3


def test_two_workers_never_send_the_same_item(db_url: str) -> None:
    engines = [open_database(db_url), open_database(db_url)]
    try:
        queue_alerts(engines[0], 30)
        notifier = RecordingNotifier(delay=0.01)
        threads = [
            threading.Thread(target=deliver.run_once, args=(e, notifier), kwargs={"now": T0})
            for e in engines
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ids = sorted(a["id"] for a in notifier.alerts)
        assert ids == list(range(1, 31))
        assert all(i.sent_at is not None for i in items(engines[0]).values())
    finally:
        for e in engines:
            e.dispose()


def test_claim_skips_rows_locked_by_another_worker(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks: PostgreSQL only")
    queue_alerts(engine, 2)
    with engine.connect() as other:
        tx = other.begin()
        other.execute(
            update(OutboxItem).where(OutboxItem.key == "alert:lead:1").values(attempts=0)
        )  # holds the row lock, as a worker mid-claim does
        claimed: list = []
        worker = threading.Thread(target=lambda: claimed.append(deliver.claim(engine, now=T0)))
        worker.start()
        worker.join(timeout=10)
        waited = worker.is_alive()  # a claim that waits for the lock is still running
        tx.rollback()
        worker.join()
        assert not waited
        assert claimed[0] is not None and claimed[0].key == "alert:lead:2"
