"""Run `leads serve` as a user would and talk to it as Slack would."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import Engine

from tests.bot.factories import add_lead
from tests.bot.slack_driver import SlackDriver
from tests.bot.socket_fake import SocketModeFake
from tests.fakes.slack_api import BOT_TOKEN, FakeSlack

SECRET = "serve-test-signing-secret"
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(fake: FakeSlack, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "LEADS_"))}
    env.update(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def _leads(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "leads", "--db", db_url, *args]


def _wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"leads serve exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("leads serve did not start")


@pytest.fixture
def served(
    db_url: str, engine: Engine, fake_slack: FakeSlack, tmp_path: Path
) -> Iterator[tuple[SlackDriver, subprocess.Popen]]:
    """Yield a driver talking to a `leads serve` process (with its scheduler) and the process."""
    port = _free_port()
    proc = subprocess.Popen(
        _leads(db_url, "serve", "--port", str(port)),
        env=_env(fake_slack),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_healthy(port, proc)
        yield SlackDriver(f"http://127.0.0.1:{port}/slack/events", fake_slack, SECRET), proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_answers_signed_commands_and_stops_on_sigterm(
    served: tuple[SlackDriver, subprocess.Popen], engine: Engine
) -> None:
    slack, proc = served
    lead_id = add_lead(engine, name="Served Person", score=88)
    status, _ = slack.command("top", user="U0ANY", channel="C0ANY")
    assert status == 200
    (answer,) = slack.responses("r1")
    assert f"lead_row:{lead_id}" in str(answer["blocks"])
    assert slack.post("x=1", "application/x-www-form-urlencoded", signature="v0=00")[0] == 401
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Connected to Slack workspace Fake as @leadsbot" in err
    assert "Scheduler started" in err and "Listening on http://127.0.0.1:" in err
    assert "Served Person" not in err  # nothing a customer wrote reaches the log


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"SLACK_BOT_TOKEN": ""}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "starts with xoxb-"),
        ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
        ({"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN must be an app-level token"),
        ({"SLACK_BOT_TOKEN": "xoxb-revoked"}, "Slack refused SLACK_BOT_TOKEN (invalid_auth)"),
    ],
)
def test_serve_says_clearly_what_is_wrong_with_the_credentials(
    fake_slack: FakeSlack, tmp_path: Path, env: dict[str, str], says: str
) -> None:
    url = f"sqlite:///{tmp_path / 'leads.db'}"
    done = subprocess.run(
        _leads(url, "serve", "--port", str(_free_port()), "--no-scheduler"),
        env=_env(fake_slack, **env),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert says in " ".join(done.stderr.split())


def test_serve_says_when_the_port_is_taken(fake_slack: FakeSlack, tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            _leads(
                f"sqlite:///{tmp_path / 'l.db'}", "serve", "--port", str(port), "--no-scheduler"
            ),
            env=_env(fake_slack),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert "Choose another port with --port" in " ".join(done.stderr.split())


def test_socket_mode_says_when_the_app_token_is_refused(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    fake_slack.fail("apps.connections.open", "invalid_auth")
    done = subprocess.run(
        _leads(f"sqlite:///{tmp_path / 'l.db'}", "serve", "--no-scheduler"),
        env=_env(fake_slack, SLACK_APP_TOKEN="xapp-1-revoked", SLACK_SIGNING_SECRET=""),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Slack refused SLACK_APP_TOKEN (invalid_auth)" in " ".join(done.stderr.split())
    assert [c.token for c in fake_slack.calls_to("apps.connections.open")] == ["xapp-1-revoked"]


def test_socket_mode_answers_commands_and_clicks_without_a_public_url(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    fake = SocketModeFake().start()
    fake.valid_tokens.add("xapp-1-test")
    proc = subprocess.Popen(
        _leads(db_url, "serve", "--no-scheduler"),
        env=_env(fake, SLACK_APP_TOKEN="xapp-1-test", SLACK_SIGNING_SECRET=""),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lead_id = add_lead(engine, name="Socket Person", score=93)
        slack = SlackDriver("unused", fake, "unused")
        form = dict(
            parse_qsl(slack.command_body("top", user="U0ANY", channel="C0ANY", response="s1"))
        )
        fake.push({"envelope_id": "env-1", "type": "slash_commands", "payload": form,
                   "accepts_response_payload": True})  # fmt: skip
        assert fake.wait_ack("env-1")
        (answer,) = slack.responses("s1")
        assert f"lead_row:{lead_id}" in str(answer["blocks"])
        click = {
            "type": "block_actions",
            "user": {"id": "U0ANY"},
            "team": {"id": "T0FAKE"},
            "api_app_id": "A0LEADS",
            "container": {"type": "message", "message_ts": "1.2", "channel_id": "C0ANY"},
            "channel": {"id": "C0ANY"},
            "trigger_id": "1.2.3",
            "response_url": fake.response_url("s2"),
            "actions": [
                {
                    "action_id": "lead_status:Spam",
                    "block_id": "b",
                    "type": "button",
                    "value": json.dumps({"lead_id": lead_id, "status": "Spam"}),
                }
            ],
        }
        fake.push({"envelope_id": "env-2", "type": "interactive", "payload": click,
                   "accepts_response_payload": False})  # fmt: skip
        assert fake.wait_ack("env-2")
        (refused,) = slack.responses("s2")  # no allowed users configured: a polite no
        assert refused["text"].startswith("Sorry, you can't change lead statuses here.")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "Connected in Socket Mode" in err
        assert [c.token for c in fake.calls_to("apps.connections.open")][:1] == ["xapp-1-test"]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        fake.stop()
