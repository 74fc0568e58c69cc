"""Deliver what is due in the outbox now, list what is not delivered, or requeue an item."""

from __future__ import annotations

import argparse

from rich.markup import escape
from rich.table import Table
from sqlalchemy import func
from sqlmodel import Session, select

from jobs import deliver
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import make_notifier
from storage.models import OutboxItem

NAME = "deliver"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --list and --requeue."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--list", action="store_true", help="list undelivered outbox items")
    group.add_argument(
        "--requeue",
        nargs="+",
        metavar="KEY",
        help="make these items due again (e.g. alert:lead:42), then deliver; check first "
        "that an item shown as 'in flight' did not reach Slack, or it is posted twice",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Deliver, list or requeue; 1 when a key to requeue is unknown or already sent."""
    engine = ctx.engine
    if args.list:
        return _list(ctx)
    code = 0
    for key in args.requeue or ():
        if deliver.requeue(engine, key):
            ctx.err.print(f"Requeued {escape(key)}.")
        else:
            ctx.err.print(f"leads deliver: no undelivered item {escape(key)}")
            code = 1
    notifier = make_notifier(ctx)
    if not deliver.is_destination(notifier):
        shown = deliver.preview(engine, notifier)
        ctx.err.print(
            f"Previewed {shown} item{'s' if shown != 1 else ''}; they stay queued for Slack "
            "(set SLACK_BOT_TOKEN to post them)."
        )
        return code
    before = _sent(ctx)
    while deliver.run_once(engine, notifier, max_attempts=ctx.settings["delivery.max_attempts"]):
        pass
    sent = _sent(ctx) - before
    where = "Slack" if notifier.name == "slack" else "the console"
    ctx.err.print(f"Delivered {sent} item{'s' if sent != 1 else ''} to {where}.")
    return code


def _sent(ctx: Context) -> int:
    with Session(ctx.engine) as session:
        stmt = select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_not(None))
        return session.exec(stmt).one()


def _list(ctx: Context) -> int:
    with Session(ctx.engine) as session:
        rows = session.exec(
            select(OutboxItem).where(OutboxItem.sent_at.is_(None)).order_by(OutboxItem.id)
        ).all()
    if not rows:
        ctx.console.print("Everything in the outbox was delivered.")
        return 0
    table = Table("key", "state", "attempts", "next attempt (UTC)", "last error")
    for item in rows:
        if item.failed and (item.last_error or "").startswith(deliver.IN_FLIGHT):
            state = "[yellow]in flight / interrupted[/]"
        elif item.failed:
            state = "[red]failed[/]"
        else:
            state = "waiting"
        table.add_row(
            escape(item.key), state, str(item.attempts),
            f"{item.next_attempt_at:%Y-%m-%d %H:%M}", escape(item.last_error or ""),
        )  # fmt: skip
    ctx.console.print(table)
    return 0
