"""Send Slack's requests to a running bot exactly as Slack does: signed, in Slack's formats.

Slash commands are form bodies, interactions are `payload=<json>` form bodies, events
are JSON; each carries X-Slack-Request-Timestamp and a v0 HMAC-SHA256 X-Slack-Signature.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.fakes.slack_api import Call, FakeSlack

TEAM = "T0FAKE"
APP_ID = "A0LEADS"
BOT_USER = "U0BOT"


def sign(secret: str, timestamp: str, body: str) -> str:
    """Return Slack's v0 signature of a request body."""
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class SlackDriver:
    """Drive the bot at `url` as Slack would; read what it sent from `fake`."""

    url: str
    fake: FakeSlack
    secret: str
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    # -- raw requests ------------------------------------------------------------
    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        secret: str | None = None,
    ) -> tuple[int, str]:
        """POST a body signed with `secret` (the bot's by default); return (status, text).

        `signature` replaces the computed one; an empty one sends no signature header.
        """
        ts = str(int(time.time()) if timestamp is None else timestamp)
        sig = sign(secret or self.secret, ts, body) if signature is None else signature
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
        }
        if sig:  # signature="" sends none at all
            headers["X-Slack-Signature"] = sig
        request = urllib.request.Request(
            self.url, data=body.encode(), method="POST", headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    # -- Slack's request kinds ---------------------------------------------------
    def command_body(
        self, text: str, *, user: str, channel: str, response: str, command: str = "/leads"
    ) -> str:
        """Return the form body of a slash command, as Slack sends it."""
        n = next(self._ids)
        return urlencode(
            {
                "token": "legacy-verification-token",
                "team_id": TEAM,
                "team_domain": "fake",
                "channel_id": channel,
                "channel_name": "sales",
                "user_id": user,
                "user_name": f"user-{user.lower()}",
                "command": command,
                "text": text,
                "api_app_id": APP_ID,
                "is_enterprise_install": "false",
                "response_url": self.fake.response_url(response),
                "trigger_id": f"{n}.1.trigger",
            }
        )

    def command(
        self,
        text: str,
        *,
        user: str,
        channel: str,
        response: str = "r1",
        command: str = "/leads",
    ) -> tuple[int, str]:
        """Send `/leads <text>`; return the HTTP status and body of the ack."""
        body = self.command_body(
            text, user=user, channel=channel, response=response, command=command
        )
        return self.post(body, "application/x-www-form-urlencoded")

    def click(
        self,
        action: dict[str, Any],
        *,
        user: str,
        channel: str | None = None,
        message: dict[str, Any] | None = None,
        message_ts: str = "1700000000.000001",
        ephemeral: bool = False,
        response: str | None = "a1",
        home: bool = False,
        block_id: str = "b1",
    ) -> tuple[int, str]:
        """Send a block_actions payload for `action` clicked in a message or the Home tab."""
        n = next(self._ids)
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {
                "id": user,
                "username": f"user-{user.lower()}",
                "name": "user",
                "team_id": TEAM,
            },
            "api_app_id": APP_ID,
            "token": "legacy-verification-token",
            "trigger_id": f"{n}.2.trigger",
            "team": {"id": TEAM, "domain": "fake"},
            "enterprise": None,
            "is_enterprise_install": False,
            "state": {"values": {}},
            "actions": [{"block_id": block_id, "action_ts": f"1700000{n:03d}.0", **action}],
        }
        if home:
            payload["container"] = {"type": "view", "view_id": "VHOME"}
            payload["view"] = {"id": "VHOME", "type": "home", "blocks": [], "team_id": TEAM}
        else:
            payload["container"] = {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel,
                "is_ephemeral": ephemeral,
            }
            payload["channel"] = {"id": channel, "name": "sales"}
            payload["message"] = message or {"type": "message", "ts": message_ts, "blocks": []}
        if response is not None:
            payload["response_url"] = self.fake.response_url(response)
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded")

    def event(self, event: dict[str, Any]) -> tuple[int, str]:
        """Send an event_callback carrying `event`."""
        n = next(self._ids)
        body = json.dumps(
            {
                "token": "legacy-verification-token",
                "team_id": TEAM,
                "api_app_id": APP_ID,
                "event": event,
                "type": "event_callback",
                "event_id": f"Ev{n:08d}",
                "event_time": int(time.time()),
                "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
            }
        )
        return self.post(body, "application/json")

    # -- waiting for what the bot sent ------------------------------------------
    def wait(self, ready: Callable[[], Any], timeout: float = 8.0) -> Any:
        """Return ready()'s first truthy value, polling; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = ready()
            if value:
                return value
            time.sleep(0.01)
        raise AssertionError("the bot did not answer in time")

    def responses(self, name: str = "r1", n: int = 1) -> list[dict[str, Any]]:
        """Wait for at least `n` posts to one response_url; return them all."""
        return self.wait(lambda: (r := self.fake.responses_to(name)) and len(r) >= n and r)

    def calls(self, method: str, n: int = 1) -> list[Call]:
        """Wait for at least `n` calls of a Web API method; return them all."""
        return self.wait(lambda: (c := self.fake.calls_to(method)) and len(c) >= n and c)

    def settle(self, seconds: float = 0.3) -> None:
        """Give background work time to (wrongly) do something, before asserting it did not."""
        time.sleep(seconds)
