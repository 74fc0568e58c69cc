"""Remind owners of overdue leads through the outbox: once per due time, retried, kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.client import make_client
from bot.notifier import SlackNotifier
from jobs import remind
from jobs.remind import RemindConfig
from storage.db import open_database
from storage.due import DueRules
from storage.followup import assign, change_status, snooze
from storage.models import Lead, OutboxItem
from storage.statuses import quality_of
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack

T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday
RULES = DueRules(timezone="Europe/Madrid")
CONFIG = RemindConfig(rules=RULES, first_touch_minutes=60)
OWNER = "U0MARIA"


@pytest.fixture
def slack(fake_slack: FakeSlack) -> Iterator[SlackNotifier]:
    """Yield a SlackNotifier on the fake Slack without client-side 429 retries."""
    client = make_client(BOT_TOKEN, base_url=fake_slack.api_url, rate_limit_retries=0)
    yield SlackNotifier(client, "#leads-alerts", "#leads")


def _lead(engine: Engine, *, score: int = 70, name: str = "Ana García") -> int:
    with Session(engine) as s:
        lead = Lead(name=name, email="ana@example.com", source="widget", status="Contacted",
                    score=score, quality=quality_of(score), created_at=T0, updated_at=T0,
                    request="A quote for 20 panels")  # fmt: skip
        s.add(lead)
        s.commit()
        assert lead.id is not None
        return lead.id


def _follow_up(engine: Engine, lead_id: int, due: datetime, owner: str | None = OWNER) -> None:
    with Session(engine) as s:
        change_status(s, lead_id, "Follow-up", who="U0BOSS", via="slack", rules=RULES, due=due,
                      now=T0)  # fmt: skip
        if owner:
            assign(s, lead_id, owner, who="U0BOSS", via="slack")
        s.commit()


def _dms(fake: FakeSlack, user: str = OWNER) -> list[dict]:
    return fake.posts("D" + user)


def test_nothing_before_the_due_time_one_dm_after_and_nothing_again(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(days=2)
    _follow_up(engine, lead_id, due)
    assert remind.run_once(engine, slack, now=due - timedelta(minutes=1), config=CONFIG) is False
    assert fake_slack.calls_to("chat.postMessage") == []
    assert remind.run_once(engine, slack, now=due + timedelta(minutes=1), config=CONFIG) is True
    (dm,) = _dms(fake_slack)
    assert dm["metadata"]["event_payload"]["outbox_key"] == (
        f"remind:lead:{lead_id}:{due.isoformat()}"
    )
    (post,) = fake_slack.calls_to("chat.postMessage")
    text = str(post.args["blocks"])
    assert "Follow-up" in text and "Ana García" in text and "<@U0MARIA>" in text
    actions = {
        e.get("action_id")
        for b in post.args["blocks"] if b["type"] == "actions" for e in b["elements"]
    }  # fmt: skip
    assert {"reminder_done", "reminder_snooze:1", "reminder_snooze:3", "reminder_status"} <= actions
    # Due times show in schedule.timezone: 10:00 UTC is 11:00 in Madrid.
    assert "Thu 3 Dec 2026 11:00 CET" in text
    for minutes in (2, 30, 600):
        remind.run_once(engine, slack, now=due + timedelta(minutes=minutes), config=CONFIG)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_a_snooze_moves_the_due_time_and_the_next_reminder_comes_after_it(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(hours=1)
    _follow_up(engine, lead_id, due)
    remind.run_once(engine, slack, now=due + timedelta(minutes=5), config=CONFIG)
    assert len(_dms(fake_slack)) == 1
    clicked = due + timedelta(minutes=10)
    with Session(engine) as s:
        snooze(s, lead_id, 1, now=clicked)
        s.commit()
    remind.run_once(engine, slack, now=clicked + timedelta(hours=23), config=CONFIG)
    assert len(_dms(fake_slack)) == 1
    remind.run_once(engine, slack, now=clicked + timedelta(days=1, minutes=1), config=CONFIG)
    assert len(_dms(fake_slack)) == 2


def test_without_an_owner_the_reminder_goes_to_the_alerts_channel(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    _follow_up(engine, lead_id, T0 + timedelta(hours=1), owner=None)
    remind.run_once(engine, slack, now=T0 + timedelta(hours=2), config=CONFIG)
    (post,) = fake_slack.posts("#leads-alerts")
    assert "nobody owns it" in post["text"]
    assert fake_slack.calls_to("conversations.open") == []


def test_a_429_on_the_first_attempt_is_retried_after_retry_after(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(hours=1)
    _follow_up(engine, lead_id, due)
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=120)
    now = due + timedelta(minutes=1)
    remind.run_once(engine, slack, now=now, config=CONFIG)
    assert _dms(fake_slack) == []
    with Session(engine) as s:
        (item,) = s.exec(select(OutboxItem).where(OutboxItem.kind == "reminder")).all()
    assert item.sent_at is None and not item.failed
    assert item.next_attempt_at >= now + timedelta(seconds=120)
    remind.run_once(engine, slack, now=now + timedelta(minutes=1), config=CONFIG)
    assert _dms(fake_slack) == []  # Retry-After not over yet
    remind.run_once(engine, slack, now=now + timedelta(minutes=3), config=CONFIG)
    assert len(_dms(fake_slack)) == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_nothing_is_lost_across_a_restart(
    db_url: str, engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(hours=1)
    _follow_up(engine, lead_id, due)
    fake_slack.down("chat.postMessage", times=1)
    remind.run_once(engine, slack, now=due + timedelta(minutes=1), config=CONFIG)
    assert _dms(fake_slack) == []
    engine.dispose()  # the worker stops; a new one starts on the same database
    again = open_database(db_url)
    try:
        remind.run_once(again, slack, now=due + timedelta(hours=1), config=CONFIG)
        remind.run_once(again, slack, now=due + timedelta(hours=2), config=CONFIG)
    finally:
        again.dispose()
    assert len(_dms(fake_slack)) == 1


def test_a_dropped_connection_is_checked_in_the_dm_before_posting_again(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(hours=1)
    _follow_up(engine, lead_id, due)
    fake_slack.drop("chat.postMessage", times=1)
    remind.run_once(engine, slack, now=due + timedelta(minutes=1), config=CONFIG)
    assert len(_dms(fake_slack)) == 1  # it landed; the bot could not know
    remind.run_once(engine, slack, now=due + timedelta(hours=2), config=CONFIG)
    assert len(_dms(fake_slack)) == 1
    assert fake_slack.calls_to("conversations.history")
    with Session(engine) as s:
        (item,) = s.exec(select(OutboxItem).where(OutboxItem.kind == "reminder")).all()
    assert item.sent_at is not None and item.ref["channel"] == "D" + OWNER


def test_a_reminder_whose_lead_was_done_meanwhile_is_not_sent(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    lead_id = _lead(engine)
    due = T0 + timedelta(hours=1)
    _follow_up(engine, lead_id, due)
    fake_slack.down("chat.postMessage", times=1)
    remind.run_once(engine, slack, now=due + timedelta(minutes=1), config=CONFIG)
    with Session(engine) as s:
        change_status(s, lead_id, "Contacted", who=OWNER, via="slack", rules=RULES)
        s.commit()
    remind.run_once(engine, slack, now=due + timedelta(hours=2), config=CONFIG)
    assert _dms(fake_slack) == []
    with Session(engine) as s:
        (item,) = s.exec(select(OutboxItem).where(OutboxItem.kind == "reminder")).all()
    assert item.sent_at is not None and item.ref == {"skipped": "no longer due"}


def _alerted(engine: Engine, lead_id: int, sent: datetime) -> None:
    with Session(engine) as s:
        s.add(OutboxItem(key=f"alert:lead:{lead_id}", kind="alert", lead_id=lead_id,
                         payload={}, sent_at=sent, ref={"channel": "C0ALERTS", "ts": "17.000001"}))  # fmt: skip
        s.commit()


def test_a_hot_lead_nobody_touched_gets_one_nudge_in_the_alert_thread(
    engine: Engine, fake_slack: FakeSlack, slack: SlackNotifier
) -> None:
    hot = _lead(engine, score=91)
    taken = _lead(engine, score=95, name="Taken")
    warm = _lead(engine, score=70, name="Warm")
    for lead_id in (hot, taken, warm):
        _alerted(engine, lead_id, T0)
    with Session(engine) as s:
        assign(s, taken, OWNER, who=OWNER, via="slack")
        s.commit()
    remind.run_once(engine, slack, now=T0 + timedelta(minutes=59), config=CONFIG)
    assert fake_slack.calls_to("chat.postMessage") == []
    remind.run_once(engine, slack, now=T0 + timedelta(minutes=61), config=CONFIG)
    (post,) = fake_slack.calls_to("chat.postMessage")
    assert post.args["channel"] == "C0ALERTS" and post.args["thread_ts"] == "17.000001"
    assert "Nobody has picked up" in post.args["text"] and "Ana García" in post.args["text"]
    assert "lead_assign_me" in str(post.args["blocks"])
    remind.run_once(engine, slack, now=T0 + timedelta(hours=5), config=CONFIG)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_reprocessing_a_conversation_keeps_the_owner_and_the_due_time(engine: Engine) -> None:
    from storage.followup import assign as give
    from tests.jobs.process_helpers import conv, ingest, lead_of, process

    ingest(engine, [conv("o1", ["Hi, do you sell chairs?"])])
    process(engine)
    (lead_id,) = lead_of(engine).values()
    due = datetime(2031, 12, 8, 9, tzinfo=UTC)
    with Session(engine) as s:
        change_status(s, lead_id, "Follow-up", who=OWNER, via="slack", rules=RULES, due=due)
        give(s, lead_id, OWNER, who=OWNER, via="slack")
        s.commit()
    ingest(engine, [conv("o1", ["Hi, do you sell chairs?", "I need 40 for an office, a quote?"])])
    process(engine)
    with Session(engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        assert (lead.owner, lead.due_at, lead.status) == (OWNER, due, "Follow-up")
