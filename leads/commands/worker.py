"""Run only the job scheduler (process, deliver, digest, retrain) until stopped."""

from __future__ import annotations

import argparse
import os

from rich.markup import escape

from bot.client import SlackSetupError, check_token, make_client
from jobs import deliver
from jobs.notify import Notifier
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import make_notifier, start_scheduler

NAME = "worker"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add no options: the schedule comes from the [schedule] settings."""


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Check the Slack token when set, then run the scheduler until SIGTERM or Ctrl-C."""
    token = os.environ.get("SLACK_BOT_TOKEN")
    if token:
        try:
            check_token(make_client(token))
        except SlackSetupError as exc:
            ctx.err.print(f"leads worker: {escape(str(exc))}")
            return 2
    notifier = make_notifier(ctx)
    s = ctx.settings
    ctx.err.print(
        f"Worker started: processing every {s['schedule.process_every_minutes']} min, "
        f"digest at '{s['schedule.digest_cron']}' and retraining at "
        f"'{s['schedule.retrain_cron']}' ({s['schedule.timezone']}); {_where(notifier)}. "
        "Stop with Ctrl-C or SIGTERM."
    )
    start_scheduler(ctx, blocking=True, notifier=notifier)
    ctx.err.print("Worker stopped.")
    return 0


def _where(notifier: Notifier) -> str:
    """Return where alerts and digests go, saying when the console only previews them."""
    if notifier.name == "slack":
        return "alerts go to Slack"
    if deliver.is_destination(notifier):
        return "alerts go to the console (delivery.console_is_destination)"
    return "alerts are previewed here and stay queued for Slack (SLACK_BOT_TOKEN is not set)"
