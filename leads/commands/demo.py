"""Show the whole product on bundled sample chats: import, score, dashboard, alerts, digest."""

from __future__ import annotations

import argparse
import os
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.rule import Rule
from rich.table import Table
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from bot.client import SlackSetupError, check_token, make_client
from jobs import deliver
from jobs import digest as digest_job
from jobs.notify import ConsoleNotifier, Notifier
from leads.commands import HELPS
from leads.commands.stats import dashboard
from leads.context import Context
from leads.wiring import make_notifier, process_config
from storage.db import open_database
from storage.models import Lead, OutboxItem, utcnow
from storage.queries import stats, top_leads

NAME = "demo"
HELP = HELPS[NAME]
DEFAULT_FILE = "leads-demo.db"
ALERTS_SHOWN = 3  # as full panels; then one line each up to ALERT_LINES in all
ALERT_LINES = 15


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --file and --top."""
    p.add_argument(
        "--file",
        default=DEFAULT_FILE,
        metavar="PATH",
        help=f"SQLite file for the demo, deleted and recreated each run (default: {DEFAULT_FILE}; "
        "--db and the configured database are not touched)",
    )
    p.add_argument("--top", type=int, default=10, metavar="N", help="top leads to list")


def _fresh_database(path: Path) -> Engine:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(f"sqlite:///{path}")


def _ingest(ctx: Context, engine: Engine) -> Any:
    from jobs.ingest import ingest  # the import job; loaded only when the demo runs

    sample = resources.files("leads").joinpath("samples", "conversations.jsonl")
    with (
        resources.as_file(sample) as sample_path,
        Progress(TextColumn("Importing "), BarColumn(), MofNCompleteColumn(),
                 console=ctx.err, transient=True) as bar,
    ):  # fmt: skip
        task = bar.add_task("import", total=sample_path.stat().st_size)

        def advance(_name: str, done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total or done)

        return ingest(engine, [str(sample_path)], progress=advance)


def _process(ctx: Context, engine: Engine) -> Any:
    # The model stack loads here, not when the CLI starts.
    from jobs.process import ProcessStats, load_scorer, run_once
    from storage.claims import count_due

    config = process_config(ctx.settings)
    scorer = load_scorer(config)
    with engine.connect() as conn:
        due = count_due(conn)
    totals = ProcessStats()
    with Progress(TextColumn("Scoring   "), BarColumn(), MofNCompleteColumn(),
                  console=ctx.err, transient=True) as bar:  # fmt: skip
        task = bar.add_task("process", total=due)
        run_once(engine, config, scorer=scorer, stats=totals,
                 progress=lambda batch: bar.advance(task, batch.claimed))  # fmt: skip
    return totals


def _top_table(engine: Engine, n: int) -> Table:
    table = Table(title=f"Top {n} leads", title_justify="left", show_lines=False)
    for col, style in (("id", "dim"), ("score", "bold"), ("name", ""), ("status", ""),
                       ("source", "dim"), ("why", "")):  # fmt: skip
        table.add_column(col, style=style or None, overflow="fold")
    with Session(engine) as session:
        for lead in top_leads(session, n):
            factors = [f for f in lead.top_factors or [] if not f.startswith("- ")][:3]
            against = [f[2:] for f in lead.top_factors or [] if f.startswith("- ")][:1]
            why = "; ".join(escape(f) for f in factors)
            if against:
                why += f" [red](but {escape(against[0])})[/]"
            table.add_row(str(lead.id), f"{lead.score} {lead.quality.replace('_', ' ')}",
                          escape(lead.name or lead.email or lead.phone or "-"),
                          escape(lead.status), lead.source, why)  # fmt: skip
    return table


def _check_slack(ctx: Context) -> bool:
    token = os.environ.get("SLACK_BOT_TOKEN")
    if not token:
        return True
    try:
        check_token(make_client(token))
    except SlackSetupError as exc:
        ctx.err.print(f"leads demo: {escape(str(exc))}")
        return False
    return True


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Recreate the demo database, import and score the samples, then show everything."""
    if not _check_slack(ctx):
        return 2
    path = Path(args.file).resolve()
    engine = _fresh_database(path)
    try:
        return _demo(args, ctx, engine, path)
    finally:
        engine.dispose()


def _demo(args: argparse.Namespace, ctx: Context, engine: Engine, path: Path) -> int:
    console = ctx.console
    report = _ingest(ctx, engine)
    console.print(report.summary())
    totals = _process(ctx, engine)
    # A returning customer's conversation joins their lead on arrival; a merge is when a
    # later conversation shows two existing leads to be one person. Both are "one lead
    # per person", so say both.
    joined = totals.processed - totals.new_leads
    merges = f", {totals.merged} pairs of leads merged" if totals.merged else ""
    console.print(
        f"Scored {totals.processed} conversations into {totals.new_leads - totals.merged} leads: "
        f"{joined} came from people already known{merges}; "
        f"{totals.alerts_queued} alerts queued."
    )
    console.print(Rule("Dashboard"))
    with Session(engine) as session:
        figures = stats(session)
    for renderable in dashboard(figures):
        console.print(renderable)
    console.print(_top_table(engine, args.top))

    notifier: Notifier = make_notifier(ctx)
    slack = notifier.name == "slack"
    if not slack:
        # The demo's database is its own, made afresh each run: there the console is
        # the destination on purpose, so the run shows what delivery records.
        notifier = ConsoleNotifier(
            console, compact_after=ALERTS_SHOWN, hide_after=ALERT_LINES, destination=True
        )
    console.print(Rule("Alerts posted to Slack" if slack else "Alerts as Slack would show them"))
    while deliver.run_once(engine, notifier, batch=500):
        pass
    if isinstance(notifier, ConsoleNotifier) and notifier.hidden:
        console.print(
            f"[dim]…and {notifier.hidden} more alerts (all of them: leads list --min-score "
            f"{ctx.settings['scoring.alert_threshold']} --sort score).[/]"
        )
    _say_where(ctx, engine, "alert", slack)

    console.print(Rule("Digest posted to Slack" if slack else "Digest as Slack would show it"))
    with Session(engine) as session:
        newest = session.scalar(select(func.max(Lead.created_at)))
    # The samples span two weeks: the digest covers the last day of them.
    now = (newest or utcnow()) + timedelta(minutes=1)
    digest_job.run_once(engine, notifier, now=now, hours=ctx.settings["digest.hours"],
                        timezone=ctx.settings["schedule.timezone"])  # fmt: skip
    _say_where(ctx, engine, "digest", slack)
    console.print(
        f"\nThe demo database is [bold]{escape(str(path))}[/]; explore it with e.g. "
        f"[cyan]leads --db sqlite:///{escape(str(path))} list --sort score[/]."
    )
    return 0


def _say_where(ctx: Context, engine: Engine, kind: str, slack: bool) -> None:
    with Session(engine) as session:
        rows = session.execute(
            select(OutboxItem.sent_at.is_not(None), OutboxItem.last_error).where(
                OutboxItem.kind == kind
            )
        ).all()
    sent = sum(1 for ok, _ in rows if ok)
    failed = [err for ok, err in rows if not ok]
    where = "Slack" if slack else "the console"
    ctx.console.print(f"[dim]{sent} {kind}{'s' if sent != 1 else ''} delivered to {where}.[/]")
    if failed:
        ctx.console.print(f"[red]{len(failed)} not delivered:[/] {escape(failed[0] or 'unknown')}")
