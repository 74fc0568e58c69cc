"""Run the jobs on a schedule with APScheduler (the only module that imports it)."""

from __future__ import annotations

from apscheduler.triggers.cron import CronTrigger


def parse_cron(expr: str, timezone: str) -> CronTrigger:
    """Return the trigger for a 5-field cron expression; raise ValueError when it is not one."""
    if len(expr.split()) != 5:
        raise ValueError("expected 5 fields: minute hour day month weekday")
    return CronTrigger.from_crontab(expr, timezone=timezone)
