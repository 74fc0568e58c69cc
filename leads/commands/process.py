"""Process every due conversation into leads, then deliver the alerts that are due."""

from __future__ import annotations

import argparse
from typing import Any

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy import func, select

from leads.commands import HELPS
from leads.context import Context
from storage.models import OutboxItem

NAME = "process"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --no-deliver."""
    p.add_argument(
        "--no-deliver",
        action="store_true",
        help="only queue alerts in the outbox; do not send them now",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Process until nothing is due, print a summary, then deliver unless --no-deliver."""
    # The model stack is imported here, not when the CLI starts.
    from jobs.collector import freeze_long_lived
    from jobs.process import ProcessStats, load_scorer, run_once, start_helper
    from leads.wiring import process_config
    from model.artifacts import ModelError
    from storage.claims import count_due

    config = process_config(ctx.settings)
    engine = ctx.engine
    # The extraction helper starts first: its start-up overlaps loading the model.
    helper = start_helper(engine, config)
    try:
        scorer = load_scorer(config)
    except ModelError as exc:
        if helper is not None:
            helper.close()
        ctx.err.print(f"leads process: {escape(str(exc))}")
        return 2
    freeze_long_lived()  # the model lives as long as the process
    with engine.connect() as conn:
        due = count_due(conn)
    stats = ProcessStats()
    progress = Progress(
        TextColumn("Processing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=ctx.err,
        transient=True,
        disable=due == 0,
    )
    with progress:
        task = progress.add_task("process", total=due)

        def advance(batch: ProcessStats) -> None:
            progress.advance(task, batch.claimed)

        run_once(engine, config, scorer=scorer, stats=stats, progress=advance, helper=helper)
    ctx.err.print(summary(stats))
    if args.no_deliver:
        return 0
    return _deliver(ctx)


def summary(stats: Any) -> str:
    """Return one line saying what processing did."""
    parts = [
        f"Processed {stats.processed:,} conversation{'s' if stats.processed != 1 else ''}",
        f"{stats.new_leads:,} new lead{'s' if stats.new_leads != 1 else ''}",
        f"{stats.merged:,} merged",
        f"{stats.alerts_queued:,} alert{'s' if stats.alerts_queued != 1 else ''} queued",
    ]
    if stats.skipped:
        parts.append(f"{stats.skipped:,} unchanged or without a customer message")
    line = ", ".join(parts)
    if stats.failed:
        line += (
            f", [yellow]{stats.failed:,} failed[/] (see `leads stats`; a failed conversation "
            "is retried when it is imported again with changes)"
        )
    return line + "."


# A first run over a backlog can queue thousands of alerts; a terminal shows the first
# few (rendering 500 panels took a 20k-conversation run over a second) and says the rest wait.
PREVIEW_ALERTS = 20


def _deliver(ctx: Context) -> int:
    from jobs import deliver
    from leads.wiring import make_notifier  # the Slack stack loads only when delivering

    notifier = make_notifier(ctx)
    engine = ctx.engine
    if not deliver.is_destination(notifier):
        queued = deliver.count_due(engine, kinds=("alert",))
        shown = deliver.preview(engine, notifier, kinds=("alert",), limit=PREVIEW_ALERTS)
        of = f" of {queued:,} queued" if queued > shown else ""
        more = " (`leads deliver` shows more)" if of else ""
        ctx.err.print(
            f"Previewed {shown:,}{of} alert{'s' if queued != 1 else ''}{more}; they stay "
            "queued for Slack (set SLACK_BOT_TOKEN to post them, or [delivery] "
            "console_is_destination = true to count printed alerts as sent)."
        )
        return 0
    sent = select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_not(None))
    with engine.connect() as conn:
        before = conn.scalar(sent) or 0
    max_attempts = ctx.settings["delivery.max_attempts"]
    while deliver.run_once(engine, notifier, max_attempts=max_attempts):
        pass
    with engine.connect() as conn:
        delivered = (conn.scalar(sent) or 0) - before
    where = "Slack" if getattr(notifier, "name", "") == "slack" else "the console"
    ctx.err.print(f"Delivered {delivered:,} item{'s' if delivered != 1 else ''} to {where}.")
    return 0
