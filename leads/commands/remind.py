"""Send the reminders that are due: overdue leads to their owners, hot leads nobody took."""

from __future__ import annotations

import argparse

from sqlalchemy import func
from sqlmodel import Session, select

from jobs import deliver, remind
from leads.argtypes import iso_time
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import make_notifier, remind_config
from storage.models import OutboxItem, utcnow

NAME = "remind"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --at."""
    p.add_argument(
        "--at",
        type=iso_time,
        metavar="TIME",
        help="look for what is due at this ISO 8601 time (default: now)",
    )


def _count(ctx: Context, *conditions: object) -> int:
    with Session(ctx.engine) as session:
        stmt = select(func.count()).select_from(OutboxItem)
        stmt = stmt.where(OutboxItem.kind == remind.REMINDER_KIND, *conditions)
        return session.exec(stmt).one()


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Queue and send what is due; 1 when some reminder could not be delivered yet."""
    now = args.at or utcnow()
    config = remind_config(ctx.settings)
    notifier = make_notifier(ctx)
    if not deliver.is_destination(notifier):
        remind.queue_reminders(ctx.engine, now=now, config=config)
        shown = deliver.preview(ctx.engine, notifier, now=now, kinds=(remind.REMINDER_KIND,))
        ctx.err.print(
            f"Previewed {shown} reminder{'s' if shown != 1 else ''}; they stay queued for Slack."
        )
        return 0
    before = _count(ctx, OutboxItem.sent_at.is_not(None))
    remind.run_once(ctx.engine, notifier, now=now, config=config)
    sent = _count(ctx, OutboxItem.sent_at.is_not(None)) - before
    where = "Slack" if notifier.name == "slack" else "the console"
    ctx.err.print(f"Sent {sent} reminder{'s' if sent != 1 else ''} to {where}.")
    waiting = _count(ctx, OutboxItem.sent_at.is_(None))
    if waiting:
        ctx.err.print(
            f"{waiting} reminder{'s' if waiting != 1 else ''} not delivered yet "
            "(`leads deliver --list` says why); they are retried."
        )
        return 1
    return 0
