"""Print the digest of the last hours, or send it (once per day) through the notifier."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from rich.markup import escape
from sqlmodel import Session, select

from jobs import digest as digest_job
from jobs.digest import build_digest, digest_key
from jobs.notify import digest_renderables
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import make_notifier
from storage.models import OutboxItem

NAME = "digest"
HELP = HELPS[NAME]


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an ISO 8601 time such as 2026-11-20T08:00:00Z"
        ) from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --send, --hours and --at."""
    p.add_argument(
        "--send",
        action="store_true",
        help="deliver it through the notifier; once per day (a second --send that day does nothing)",
    )
    p.add_argument("--hours", type=int, help="hours to look back (default: digest.hours)")
    p.add_argument("--at", type=_when, metavar="TIME", help="end of the window (default: now)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the digest, or queue and deliver it; 1 when the delivery failed."""
    now = args.at or datetime.now(UTC)
    hours = args.hours or ctx.settings["digest.hours"]
    tz = ctx.settings["schedule.timezone"]
    if not args.send:
        with Session(ctx.engine) as session:
            digest = build_digest(session, now=now, hours=hours, timezone=tz)
        for renderable in digest_renderables(digest, rows_shown=10):
            ctx.console.print(renderable)
        return 0
    notifier = make_notifier(ctx)
    queued = digest_job.run_once(
        ctx.engine, notifier, now=now, hours=hours, timezone=tz,
        max_attempts=ctx.settings["delivery.max_attempts"],
    )  # fmt: skip
    key = digest_key(now, tz)
    with Session(ctx.engine) as session:
        item = session.exec(select(OutboxItem).where(OutboxItem.key == key)).one()
    where = "Slack" if notifier.name == "slack" else "the console"
    if item.sent_at is None and not item.failed and not digest_job.is_destination(notifier):
        ctx.err.print(
            f"Previewed the digest for {key[7:]}; it stays queued for Slack (set "
            "SLACK_BOT_TOKEN to post it, or [delivery] console_is_destination = true to "
            "count a printed digest as sent)."
        )
        return 0
    if item.sent_at is not None and queued:
        ctx.err.print(f"Sent the digest for {key[7:]} to {where}.")
        return 0
    if item.sent_at is not None:
        ctx.err.print(
            f"The digest for {key[7:]} was sent already at {item.sent_at:%Y-%m-%d %H:%M} UTC; "
            "one digest goes out per day."
        )
        return 0
    state = "failed" if item.failed else f"will be retried at {item.next_attempt_at:%H:%M} UTC"
    ctx.err.print(
        f"[red]The digest for {key[7:]} was not delivered ({state}):[/] "
        f"{escape(item.last_error or 'unknown error')}"
    )
    return 1
