"""Print the dashboard: totals, quality bands, average score, counts by status/source/agent."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from rich.columns import Columns
from rich.markup import escape
from rich.table import Table
from sqlmodel import Session

from leads.argtypes import iso_time
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import due_rules
from storage.followup import DueCounts, due_counts
from storage.models import utcnow
from storage.queries import Stats, stats

NAME = "stats"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --format and --at."""
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--at", type=iso_time, metavar="TIME", help="count what is overdue at this time (now)"
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the figures."""
    with Session(ctx.engine) as session:
        figures = stats(session)
        due = due_counts(session, args.at or utcnow(), due_rules(ctx.settings))
    if args.format == "json":
        data = {**asdict(figures), "overdue": due.overdue, "due_today": due.due_today}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for renderable in dashboard(figures, due):
        ctx.console.print(renderable)
    return 0


def dashboard(s: Stats, due: DueCounts | None = None) -> list:
    """Return rich renderables for the dashboard (also used by `leads demo`)."""
    avg = "-" if s.average_score is None else f"{s.average_score:.1f}"
    head = Table.grid(padding=(0, 4))
    head.add_row(
        f"[bold]{s.total}[/]\nleads",
        f"[bold green]{s.high}[/]\nhigh (80+)",
        f"[bold yellow]{s.medium}[/]\nmedium (60-79)",
        f"[bold]{avg}[/]\naverage score",
        *(
            (f"[bold red]{due.overdue}[/]\noverdue", f"[bold]{due.due_today}[/]\ndue today")
            if due is not None
            else ()
        ),
    )
    tables = [
        _counts("Status", s.by_status),
        _counts("Source", s.by_source),
        _counts("Agent", s.by_agent),
    ]
    out: list = [head, Columns(tables)]
    if s.deliveries_failed:
        out.append(
            f"[red]{s.deliveries_failed} alert(s) could not be delivered:[/] "
            f"{escape(s.last_delivery_error or 'unknown error')}"
        )
    if s.deliveries_pending:
        out.append(f"{s.deliveries_pending} alert(s) waiting to be delivered.")
    return out


def _counts(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None)
    table.add_column()
    table.add_column(justify="right")
    for key, n in counts.items():
        table.add_row(escape(str(key)), str(n))
    if not counts:
        table.add_row("-", "0")
    return table
