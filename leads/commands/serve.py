"""Run the Slack bot (HTTP or Socket Mode) together with the job scheduler."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
from collections.abc import Callable
from typing import Any

from rich.markup import escape
from slack_sdk.errors import SlackApiError

from bot.app import build_app
from bot.client import SlackSetupError, check_token, make_client
from bot.config import BotConfig
from bot.server import PATH, SlackHTTPServer
from leads.context import Context

NAME = "serve"
HELP = (
    "Run the Slack bot: HTTP on --port (POST /slack/events, signed requests only), or "
    "Socket Mode when SLACK_APP_TOKEN is set; the scheduled jobs run alongside."
)
log = logging.getLogger(__name__)
SETUP_DOC = "docs/slack-setup.md"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --port, --host and --no-scheduler."""
    p.add_argument("--port", type=int, default=3000, help="HTTP port (3000)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (127.0.0.1: behind a tunnel or a reverse proxy on this "
        "machine; 0.0.0.0: every interface, e.g. in a container)",
    )
    p.add_argument(
        "--no-scheduler",
        action="store_true",
        help="answer Slack only; run the jobs with `leads worker` elsewhere",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Check the Slack credentials, then serve Slack (and the scheduler) until stopped."""
    env = os.environ
    token, secret, app_token = (
        env.get("SLACK_BOT_TOKEN", "").strip(),
        env.get("SLACK_SIGNING_SECRET", "").strip(),
        env.get("SLACK_APP_TOKEN", "").strip(),
    )
    problem = _credentials_problem(token, secret, app_token)
    if problem:
        ctx.err.print(f"leads serve: {problem} See {SETUP_DOC}.")
        return 2
    client = make_client(token)
    try:
        who = check_token(client)
    except SlackSetupError as exc:
        ctx.err.print(f"leads serve: {escape(str(exc))}")
        return 2
    app = build_app(
        client=client,
        signing_secret=None if app_token else secret,
        engine=ctx.engine,
        config=BotConfig.from_settings(ctx.settings),
    )
    ctx.err.print(
        f"Connected to Slack workspace {escape(str(who.get('team', '?')))} as "
        f"@{escape(str(who.get('user', '?')))}."
    )
    scheduler = None if args.no_scheduler else _start_scheduler(ctx)
    try:
        if app_token:
            return _socket_mode(app, app_token, ctx)
        return _http(app, args.host, args.port, ctx)
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def _credentials_problem(token: str, secret: str, app_token: str) -> str | None:
    if not token:
        return (
            "SLACK_BOT_TOKEN is not set. Copy the Bot User OAuth Token (xoxb-…) from your "
            "app's OAuth & Permissions page into the environment."
        )
    if not token.startswith("xoxb-"):
        return "SLACK_BOT_TOKEN must be the bot token, which starts with xoxb-."
    if app_token and not app_token.startswith("xapp-"):
        return (
            "SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write "
            "scope, from Basic Information → App-Level Tokens."
        )
    if not app_token and not secret:
        return (
            "SLACK_SIGNING_SECRET is not set. Copy it from Basic Information → App "
            "Credentials, or set SLACK_APP_TOKEN to use Socket Mode instead of HTTP."
        )
    return None


def _start_scheduler(ctx: Context) -> Any:
    # Imported here: the scheduler stack is not needed to answer Slack.
    from leads.wiring import start_scheduler

    scheduler = start_scheduler(ctx, blocking=False)
    ctx.err.print("Scheduler started: processing, alerts, digest and retraining run on schedule.")
    return scheduler


def _on_stop_signal(stop: Callable[[], None]) -> None:
    # SIGTERM (systemd, docker stop) stops as gently as Ctrl-C does.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda _sig, _frame: stop())


def _http(app: Any, host: str, port: int, ctx: Context) -> int:
    try:
        server = SlackHTTPServer(app, host, port, PATH)
    except OSError as exc:
        ctx.err.print(
            f"leads serve: cannot listen on {host}:{port} ({exc.strerror}). "
            "Choose another port with --port."
        )
        return 2
    _on_stop_signal(lambda: threading.Thread(target=server.shutdown, daemon=True).start())
    ctx.err.print(
        f"Listening on {server.url} (signed Slack requests only). Slack's Request URL is "
        f"https://<your public host>{PATH}. Stop with Ctrl-C."
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    ctx.err.print("Stopped.")
    return 0


def _socket_mode(app: Any, app_token: str, ctx: Context) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token)
    stopped = threading.Event()
    _on_stop_signal(stopped.set)
    try:
        handler.connect()
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        ctx.err.print(
            f"leads serve: Slack refused SLACK_APP_TOKEN ({error}). Turn on Socket Mode and "
            "create an app-level token with connections:write (Basic Information → "
            f"App-Level Tokens). See {SETUP_DOC}."
        )
        return 2
    except OSError as exc:
        ctx.err.print(f"leads serve: could not open the Socket Mode connection: {exc}")
        return 2
    ctx.err.print("Connected in Socket Mode (no public URL needed). Stop with Ctrl-C.")
    try:
        stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
    ctx.err.print("Stopped.")
    return 0
