"""Replay a signed Slack request: 200, no effect, no audit row (the record is in the DB)."""

from __future__ import annotations

import time

from sqlmodel import Session, func, select

from storage.models import Lead, SlackRequest, StatusChange
from tests.bot.conftest import ALLOWED, CHANNEL, Bot
from tests.bot.factories import add_lead


def _state(bot: Bot, lead_id: int) -> tuple[str, int]:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        rows = s.exec(
            select(func.count()).select_from(StatusChange).where(StatusChange.lead_id == lead_id)
        ).one()
        return lead.status, rows


def test_replayed_status_command_changes_nothing(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    ts = int(time.time())
    captured = bot.slack.command_body(
        f"status {lead_id} contacted", user=ALLOWED, channel=CHANNEL, response="a"
    )
    content = "application/x-www-form-urlencoded"
    assert bot.slack.post(captured, content, timestamp=ts)[0] == 200
    bot.slack.responses("a")
    assert _state(bot, lead_id) == ("Contacted", 1)
    bot.slack.command(f"status {lead_id} spam", user=ALLOWED, channel=CHANNEL, response="b")
    bot.slack.responses("b")
    assert _state(bot, lead_id) == ("Spam", 2)
    # The captured request, resent within the window with its valid signature.
    for _ in range(2):
        assert bot.slack.post(captured, content, timestamp=ts) == (200, "")
    time.sleep(0.3)  # any listener would have run by now
    assert _state(bot, lead_id) == ("Spam", 2)
    assert len(bot.fake.responses_to("a")) == 1  # no second answer either
    with Session(bot.engine) as s:
        assert s.exec(select(func.count()).select_from(SlackRequest)).one() >= 2


def test_bad_signature_is_not_recorded(bot: Bot) -> None:
    body = bot.slack.command_body("help", user=ALLOWED, channel=CHANNEL, response="h")
    status, _ = bot.slack.post(body, "application/x-www-form-urlencoded", secret="wrong")
    assert status == 401
    with Session(bot.engine) as s:
        assert s.exec(select(func.count()).select_from(SlackRequest)).one() == 0
    # The genuine request with that body still works afterwards.
    assert bot.slack.post(body, "application/x-www-form-urlencoded")[0] == 200
