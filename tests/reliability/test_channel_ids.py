"""Check an uncertain post in a channel configured by name: history needs the channel's id.

Slack's conversations.history answers channel_not_found for "#leads-alerts"; the fake does
the same. The notifier resolves a name through the id a post in this process answered
with, else through conversations.list (paged, cached), and only then reads the history.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

import bot.notifier
from bot.client import make_client
from bot.notifier import SlackNotifier
from jobs import deliver
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack
from tests.jobs.outbox_helpers import T0, items, queue_alerts


def _notifier(fake: FakeSlack, alerts: str = "#leads-alerts") -> SlackNotifier:
    client = make_client(BOT_TOKEN, base_url=fake.api_url, rate_limit_retries=0)
    return SlackNotifier(client, alerts, "#leads")


def _rounds(engine: Engine, fake: FakeSlack, n: int = 3, **kw: str) -> None:
    """Deliver `n` times, each with a new notifier (a new `leads deliver` process)."""
    now = T0
    for _ in range(n):
        deliver.run_once(engine, _notifier(fake, **kw), now=now)
        now += timedelta(hours=2)


def _keys(fake: FakeSlack, channel: str = "#leads-alerts") -> list[str]:
    return [p["metadata"]["event_payload"]["outbox_key"] for p in fake.posts(channel)]


def test_the_fake_wants_an_id_for_history_like_slack(fake_slack: FakeSlack) -> None:
    client = make_client(BOT_TOKEN, base_url=fake_slack.api_url, rate_limit_retries=0)
    posted = client.chat_postMessage(channel="#leads-alerts", text="hi")
    assert posted["channel"] == fake_slack.channel_id("#leads-alerts") != "#leads-alerts"
    with pytest.raises(Exception, match="channel_not_found"):
        client.conversations_history(channel="#leads-alerts")
    assert client.conversations_history(channel=posted["channel"])["messages"]


def test_a_dropped_post_in_a_named_channel_is_found_by_its_id(
    engine: Engine, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.notifier, "_LIST_PAGE", 40)
    for i in range(100):  # the workspace has many channels: the lookup pages
        fake_slack.add_channel(f"a-team-{i:03d}")  # listed first
    queue_alerts(engine, 2)
    fake_slack.drop("chat.postMessage", times=2)  # both land, neither answer arrives
    _rounds(engine, fake_slack)
    assert sorted(_keys(fake_slack)) == sorted(items(engine))  # each once, none twice
    assert all(i.sent_at is not None for i in items(engine).values())
    wanted = fake_slack.channel_id("#leads-alerts")
    assert {c.args["channel"] for c in fake_slack.calls_to("conversations.history")} == {wanted}
    assert len(fake_slack.calls_to("conversations.list")) >= 3  # 101 channels, pages of 40


def test_the_id_a_post_answered_with_saves_the_lookup(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 2)
    fake_slack.drop("chat.postMessage", times=1)
    # Uncertain or not: with 2 alerts, the second post answers with the channel id.
    notifier = _notifier(fake_slack)
    deliver.run_once(engine, notifier, now=T0)
    deliver.run_once(engine, notifier, now=T0 + timedelta(hours=2))
    assert sorted(_keys(fake_slack)) == sorted(items(engine))
    assert not fake_slack.calls_to("conversations.list")
    assert fake_slack.calls_to("conversations.history")


def test_a_channel_id_setting_needs_no_lookup(engine: Engine, fake_slack: FakeSlack) -> None:
    channel = fake_slack.add_channel("leads-alerts")
    queue_alerts(engine, 1)
    fake_slack.drop("chat.postMessage", times=1)
    _rounds(engine, fake_slack, alerts=channel)
    assert len(_keys(fake_slack, channel)) == 1
    assert not fake_slack.calls_to("conversations.list")


def test_without_groups_read_the_public_channels_are_listed(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 1)
    fake_slack.drop("chat.postMessage", times=1)
    fake_slack.fail("conversations.list", "missing_scope", times=1)
    _rounds(engine, fake_slack)
    assert len(_keys(fake_slack)) == 1
    types = [c.args.get("types") for c in fake_slack.calls_to("conversations.list")]
    assert types == ["public_channel,private_channel", "public_channel"]


def test_a_bot_outside_the_channel_joins_to_read_it(engine: Engine, fake_slack: FakeSlack) -> None:
    fake_slack.leave("#leads-alerts")  # chat:write.public posts without membership
    queue_alerts(engine, 1)
    fake_slack.drop("chat.postMessage", times=1)
    _rounds(engine, fake_slack)
    assert len(_keys(fake_slack)) == 1 and items(engine)["alert:lead:1"].sent_at is not None
    assert fake_slack.calls_to("conversations.join")


def test_a_name_nobody_can_resolve_stops_the_item_instead_of_posting_again(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    queue_alerts(engine, 1)
    fake_slack.drop("chat.postMessage", times=1)
    deliver.run_once(engine, _notifier(fake_slack), now=T0)
    fake_slack.channels.clear()  # e.g. the channel was renamed since
    _rounds(engine, fake_slack, n=2)
    (item,) = items(engine).values()
    assert item.failed and item.sent_at is None and item.ref and item.ref["uncertain"]
    assert "set the channel's id" in (item.last_error or "")
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # never posted blindly
    assert not fake_slack.calls_to("conversations.history")


def test_a_dropped_digest_in_a_named_channel_is_found_and_completed(
    engine: Engine, fake_slack: FakeSlack
) -> None:
    from sqlmodel import Session

    from jobs import digest
    from tests.jobs.outbox_helpers import add_lead

    with Session(engine) as s:
        add_lead(s, score=90, created_at=T0 - timedelta(hours=1))
        s.commit()
    fake_slack.drop("chat.postMessage", times=1)
    digest.run_once(engine, _notifier(fake_slack), now=T0)
    _rounds(engine, fake_slack)
    (item,) = items(engine).values()
    assert item.sent_at is not None and len(fake_slack.posts("#leads")) == 1
    assert len(fake_slack.files) == 2  # the CSV and the chart, once each
