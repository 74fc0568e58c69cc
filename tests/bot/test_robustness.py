"""Check failures, races and privacy: errors answered, clicks at once, nothing personal logged."""

from __future__ import annotations

import json
import logging
import threading
import time

import pytest
from sqlmodel import Session, select

from bot import answers
from storage.models import Lead, StatusChange
from tests.bot.conftest import ALLOWED, CHANNEL, OTHER, Bot
from tests.bot.factories import add_conversation, add_lead

SECRETS = ("Zebulon Quartermaine", "zq@private.example", "+34699111222", "Presupuesto secreto")


def _audit(bot: Bot, lead_id: int) -> list[StatusChange]:
    with Session(bot.engine) as s:
        return list(s.exec(select(StatusChange).where(StatusChange.lead_id == lead_id)))


def _click_value(lead_id: int, status: str) -> dict:
    value = json.dumps({"lead_id": lead_id, "status": status})
    return {"action_id": f"lead_status:{status}", "type": "button", "value": value}


def test_clicks_at_the_same_moment_write_one_audit_row(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    results: list[int] = []

    def click() -> None:
        status, _ = bot.slack.click(
            _click_value(lead_id, "Contacted"), user=ALLOWED, channel=CHANNEL
        )
        results.append(status)

    threads = [threading.Thread(target=click) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 4
    bot.slack.calls("chat.update", n=4)
    assert len(_audit(bot, lead_id)) == 1


def test_a_failing_listener_answers_and_logs_no_personal_data(
    bot: Bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kw: object) -> dict:
        raise RuntimeError("database said: bad value zq@private.example")

    monkeypatch.setattr(answers, "top_page", broken)
    caplog.set_level(logging.INFO)
    bot.slack.command("top", user=OTHER, channel=CHANNEL)
    (answer,) = bot.slack.responses("r1")
    assert answer["text"].startswith("Sorry, something went wrong")
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if "zq@private.example" in r.getMessage()]


def test_a_failed_alert_update_keeps_the_status_and_says_so(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    bot.fake.fail("chat.update", "message_not_found")
    bot.slack.click(_click_value(lead_id, "Spam"), user=ALLOWED, channel=CHANNEL)
    (answer,) = bot.slack.responses("a1")
    assert "→ *Spam*" in answer["text"] and "message_not_found" in answer["text"]
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None and lead.status == "Spam"


def test_a_rate_limited_home_publish_is_retried(bot: Bot) -> None:
    add_lead(bot.engine)
    bot.fake.rate_limit("views.publish", times=1, retry_after=1)
    bot.slack.event({"type": "app_home_opened", "user": OTHER, "channel": "D0", "tab": "home"})
    bot.slack.calls("views.publish", n=2)
    assert bot.fake.rejected == ["views.publish"]


def test_nothing_personal_is_logged_at_info_or_above(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    name, email, phone, request = SECRETS
    lead_id = add_lead(bot.engine, name=name, email=email, phone=phone, request=request)
    add_conversation(bot.engine, lead_id, [f"Hola, soy {name}, {email}", "Gracias"])
    caplog.set_level(logging.INFO)
    for n, text in enumerate(
        [
            "top",
            f"show {lead_id}",
            f"list agent:{name}",  # a filter with a person's name in it
            f"status {lead_id} contacted",
            "stats",
            "export",
        ]
    ):
        bot.slack.command(text, user=ALLOWED, channel=CHANNEL, response=f"c{n}")
        bot.slack.responses(f"c{n}")
    bot.slack.calls("files.completeUploadExternal")
    bot.slack.click(
        {"action_id": "lead_view_conversation", "type": "button", "value": str(lead_id)},
        user=OTHER,
        channel=CHANNEL,
    )
    bot.slack.calls("views.open")
    bot.slack.event({"type": "app_home_opened", "user": OTHER, "channel": "D0", "tab": "home"})
    bot.slack.calls("views.publish")
    logged = "\n".join(
        r.getMessage() + (str(r.args) if r.args else "")
        for r in caplog.records
        if r.levelno >= logging.INFO
    )
    assert "/leads show by U0ALLOWED" in logged  # it does log, just not people's data
    for secret in SECRETS:
        assert secret not in logged


def test_the_ack_does_not_wait_for_a_slow_answer(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    real = answers.stats_answer

    def slow(*args: object, **kw: object) -> dict:
        time.sleep(1.5)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(answers, "stats_answer", slow)
    start = time.perf_counter()
    status, _ = bot.slack.command("stats", user=OTHER, channel=CHANNEL)
    acked = time.perf_counter() - start
    assert status == 200 and acked < 0.5
    assert bot.fake.responses_to("r1") == []
    (answer,) = bot.slack.responses("r1")
    assert "Total leads" in json.dumps(answer)
