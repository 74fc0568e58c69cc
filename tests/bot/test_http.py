"""Check the HTTP edge: signatures, timestamps, URL verification, paths, big bodies."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest
from sqlmodel import Session

from storage.models import Lead
from tests.bot.conftest import ALLOWED, CHANNEL, Bot
from tests.bot.factories import add_lead
from tests.bot.slack_driver import sign


def _status_of(bot: Bot, lead_id: int) -> str:
    with Session(bot.engine) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return lead.status


@pytest.mark.parametrize(
    "how",
    ["wrong signature", "other secret", "five minutes old", "from the future", "no signature"],
)
def test_badly_signed_requests_get_401_and_change_nothing(bot: Bot, how: str) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    body = bot.slack.command_body(
        f"status {lead_id} spam", user=ALLOWED, channel=CHANNEL, response="r1"
    )
    form = "application/x-www-form-urlencoded"
    now = int(time.time())
    if how == "wrong signature":
        status, _ = bot.slack.post(body, form, signature="v0=" + "0" * 64)
    elif how == "other secret":
        status, _ = bot.slack.post(body, form, secret="not-the-secret")
    elif how == "five minutes old":
        status, _ = bot.slack.post(body, form, timestamp=now - 5 * 60 - 30)
    elif how == "from the future":
        status, _ = bot.slack.post(body, form, timestamp=now + 10 * 60)
    else:
        status, _ = bot.slack.post(body, form, signature="")
    assert status == 401
    bot.slack.settle()
    assert bot.fake.responses == []
    assert _status_of(bot, lead_id) == "Quote Request"


def test_a_tampered_body_gets_401(bot: Bot) -> None:
    lead_id = add_lead(bot.engine, status="Quote Request")
    body = bot.slack.command_body("stats", user=ALLOWED, channel=CHANNEL, response="r1")
    ts = str(int(time.time()))
    signature = sign(bot.slack.secret, ts, body)
    tampered = body.replace("text=stats", f"text=status+{lead_id}+spam")
    status, _ = bot.slack.post(tampered, "application/x-www-form-urlencoded", signature=signature)
    assert status == 401
    bot.slack.settle()
    assert _status_of(bot, lead_id) == "Quote Request"


def test_a_correctly_signed_request_passes(bot: Bot) -> None:
    status, _ = bot.slack.command("help", user=ALLOWED, channel=CHANNEL)
    assert status == 200
    assert bot.slack.responses("r1")


def test_url_verification_answers_the_challenge(bot: Bot) -> None:
    body = json.dumps(
        {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"}
    )
    status, text = bot.slack.post(body, "application/json")
    assert status == 200 and "3eZbrw1aBm2rZgRNFdxV" in text


def test_url_verification_needs_a_signature_too(bot: Bot) -> None:
    body = json.dumps({"token": "t", "challenge": "abc", "type": "url_verification"})
    status, _ = bot.slack.post(body, "application/json", signature="v0=bad")
    assert status == 401


def _raw(url: str, method: str, data: bytes | None = None, headers: dict | None = None) -> int:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_other_paths_are_not_found_and_health_answers(bot: Bot) -> None:
    base = bot.server.url.removesuffix("/slack/events")
    assert _raw(base + "/health", "GET") == 200
    assert _raw(base + "/slack/events", "GET") == 404
    assert _raw(base + "/other", "POST", b"x") == 404


def test_an_absurdly_large_body_is_refused_unread(bot: Bot) -> None:
    headers = {"Content-Length": str(50_000_000), "Content-Type": "application/json"}
    assert _raw(bot.server.url, "POST", b"{}", headers) == 413
