"""Compose the layers for the CLI: settings into each layer's config, the notifier, the scheduler."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jobs.notify import ConsoleNotifier, Notifier
from leads.context import Context

if TYPE_CHECKING:
    from jobs import scheduler

# Slack's SDK and APScheduler are imported by the functions that need them: `leads digest`
# without a token prints to the console and should not pay for either.

log = logging.getLogger(__name__)


def schedule_config(settings: Mapping[str, Any]) -> scheduler.ScheduleConfig:
    """Return the scheduler's config from settings."""
    from jobs import scheduler

    return scheduler.ScheduleConfig(
        timezone=settings["schedule.timezone"],
        process_every_minutes=settings["schedule.process_every_minutes"],
        digest_cron=settings["schedule.digest_cron"],
        retrain_cron=settings["schedule.retrain_cron"],
        remind_every_minutes=settings["schedule.remind_every_minutes"],
        digest_hours=settings["digest.hours"],
        max_attempts=settings["delivery.max_attempts"],
    )


def process_config(settings: Mapping[str, Any]) -> Any:
    """Return jobs.process's ProcessConfig from settings."""
    from jobs.process import ProcessConfig  # the model stack loads on first use, not at start

    return ProcessConfig(
        batch_size=settings["processing.batch_size"],
        extract_workers=settings["processing.extract_workers"],
        alert_threshold=settings["scoring.alert_threshold"],
        default_region=settings["extraction.default_region"],
        model_path=settings["scoring.model_path"],
        model_dir=settings["scoring.model_dir"],
        shared_key_limit=settings["identity.shared_key_limit"],
        max_alternates=settings["identity.max_alternates"],
    )


def due_rules(settings: Mapping[str, Any]) -> Any:
    """Return storage.due.DueRules (time zone, due hour, defaults per status) from settings."""
    from storage.due import DueRules

    return DueRules(
        timezone=settings["schedule.timezone"],
        at=settings["followup.due_time"],
        quote_request=settings["followup.quote_request"],
        follow_up=settings["followup.follow_up"],
        waiting_response=settings["followup.waiting_response"],
    )


def remind_config(settings: Mapping[str, Any]) -> Any:
    """Return jobs.remind's RemindConfig from settings."""
    from jobs.remind import RemindConfig

    return RemindConfig(
        rules=due_rules(settings),
        first_touch_minutes=settings["followup.first_touch_minutes"],
        max_attempts=settings["delivery.max_attempts"],
    )


# Settings a retrain config field is filled from, by field name.
_RETRAIN_SETTINGS = {
    "model_path": "scoring.model_path",
    "model_dir": "scoring.model_dir",
    "default_region": "extraction.default_region",
    "base_margin": "scoring.retrain_base_margin",
}


def retrain_config(settings: Mapping[str, Any]) -> Any:
    """Return jobs.retrain's RetrainConfig from settings."""
    from jobs.retrain import RetrainConfig  # the training stack loads on first use

    return RetrainConfig(**{k: settings[v] for k, v in _RETRAIN_SETTINGS.items()})


def make_notifier(ctx: Context, *, environ: Mapping[str, str] | None = None) -> Notifier:
    """Return the SlackNotifier when SLACK_BOT_TOKEN is set, else the ConsoleNotifier.

    The console previews (consumes nothing) unless `delivery.console_is_destination`.
    """
    env = os.environ if environ is None else environ
    token = env.get("SLACK_BOT_TOKEN")
    if token:
        from bot.client import make_client
        from bot.notifier import SlackNotifier

        return SlackNotifier(
            make_client(token),
            alerts_channel=ctx.settings["slack.alerts_channel"],
            digest_channel=ctx.settings["slack.digest_channel"],
        )
    # Without a token the console is a preview (alerts stay queued for Slack) unless
    # the settings make it the destination on purpose.
    return ConsoleNotifier(ctx.console, destination=ctx.settings["delivery.console_is_destination"])


def runtime(ctx: Context, notifier: Notifier | None = None) -> scheduler.Runtime:
    """Return the live objects the scheduled jobs of this process use."""
    from jobs import scheduler

    return scheduler.Runtime(
        engine=ctx.engine,
        notifier=notifier or make_notifier(ctx),
        schedule=schedule_config(ctx.settings),
        process_config=process_config(ctx.settings),
        retrain_config=retrain_config(ctx.settings),
        remind_config=remind_config(ctx.settings),
    )


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def handle(signum: int, _frame: Any) -> None:
        log.info("stopping the scheduler (signal %d)", signum)
        stop.set()

    # Signal handlers can only be installed from the main thread.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handle)
        signal.signal(signal.SIGINT, handle)
    return stop


def start_scheduler(
    ctx: Context, *, blocking: bool, notifier: Notifier | None = None
) -> scheduler.BaseScheduler:
    """Start the job scheduler on the configured database.

    blocking=True (`leads worker`) returns after SIGTERM or Ctrl-C, once the running job
    finished; blocking=False (`leads serve`) returns the running background scheduler:
    call its `shutdown()` when the server stops.
    """
    from jobs import scheduler

    rt = runtime(ctx, notifier)
    stop = _stop_on_signals() if blocking else None
    return scheduler.start(rt, blocking=blocking, stop=stop)
