"""Run the web server (Slack, capture webhooks, health, metrics) and the job scheduler."""

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
from leads.commands import HELPS
from leads.context import Context

NAME = "serve"
HELP = HELPS[NAME]
PATH = "/slack/events"
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
    """Check the credentials, then serve HTTP (and Socket Mode, the scheduler) until stopped."""
    from jobs.ingest.receivers import CaptureConfig

    env = os.environ
    token, secret, app_token = (
        env.get("SLACK_BOT_TOKEN", "").strip(),
        env.get("SLACK_SIGNING_SECRET", "").strip(),
        env.get("SLACK_APP_TOKEN", "").strip(),
    )
    capture = CaptureConfig.from_env(env, idle_hours=ctx.settings["capture.whatsapp_idle_hours"])
    capture_on = len(capture.disabled()) < 4
    problem = _credentials_problem(token, secret, app_token)
    # Capture alone is a reason to serve: Slack is then off, and says so.
    if problem and not (capture_on and not token):
        ctx.err.print(f"leads serve: {problem} See {SETUP_DOC}.")
        return 2
    app = None
    if token:
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
    else:
        ctx.err.print("Slack is off (SLACK_BOT_TOKEN is not set): serving capture only.")
    scheduler = None if args.no_scheduler else _start_scheduler(ctx)
    try:
        if app is not None and app_token:
            # Socket Mode needs no port for Slack; capture webhooks still do, when configured.
            serve = (lambda: _http(None, args, capture, ctx)) if capture_on else None
            return _socket_mode(app, app_token, ctx, serve)
        return _http(app, args, capture, ctx)
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


def _http(app: Any, args: argparse.Namespace, capture: Any, ctx: Context) -> int:
    """Serve the ASGI app with uvicorn on --host/--port until SIGINT/SIGTERM."""
    import socket

    import uvicorn

    from leads.web import ModelLoader, build_web_app
    from leads.wiring import process_config

    host, port = args.host, args.port
    try:
        sock = socket.create_server((host, port), reuse_port=False)
    except OSError as exc:
        ctx.err.print(
            f"leads serve: cannot listen on {host}:{port} ({exc.strerror}). "
            "Choose another port with --port."
        )
        return 2
    config = process_config(ctx.settings)

    def load_model() -> None:
        from jobs.process import load_scorer

        load_scorer(config)

    model = ModelLoader(load_model)
    model.start()
    web = build_web_app(ctx.engine, capture, slack_app=app, model_check=model)
    for line in capture.disabled():
        ctx.err.print(f"Disabled (404): {line}")
    bound = sock.getsockname()
    where = "signed Slack requests" if app is not None else "capture only, no Slack"
    ctx.err.print(
        f"Listening on http://{bound[0]}:{bound[1]} ({where}); Slack's Request URL is "
        f"https://<your public host>{PATH}. Stop with Ctrl-C."
    )
    # access_log off: request lines carry the Chatwoot path secret.
    server = uvicorn.Server(
        uvicorn.Config(web, log_level="warning", access_log=False, lifespan="off")
    )
    # uvicorn stops gently on SIGTERM, then re-raises it to the handler found before: make
    # that one a no-op so `leads serve` exits 0 like on Ctrl-C.
    _on_stop_signal(lambda: None)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    ctx.err.print("Stopped.")
    return 0


def _socket_mode(
    app: Any, app_token: str, ctx: Context, serve_http: Callable[[], int] | None = None
) -> int:
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
        if serve_http is not None:
            # Capture webhooks, /health and /metrics still need the HTTP port.
            serve_http()
        else:
            stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
    ctx.err.print("Stopped.")
    return 0
