"""Import conversations from JSON Lines, WhatsApp webhook payloads or WhatsApp chat exports."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from jobs.ingest import FORMATS, IngestReport, ingest
from leads.commands import HELPS
from leads.context import Context

NAME = "ingest"
HELP = HELPS[NAME]

# Files this large get a progress bar even when stderr is not a terminal.
PROGRESS_BYTES = 2 * 1024 * 1024
SHOWN_REJECTIONS = 50


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the files and the --format, --agent and --source options."""
    p.add_argument("files", nargs="+", metavar="FILE", help="files to import; - reads stdin")
    p.add_argument(
        "--format",
        choices=tuple(FORMATS),
        help="the files' format (default: detected from content and extension)",
    )
    p.add_argument(
        "--agent",
        metavar="NAME",
        help="the agent: the agent's sender name in a chat export; the default agent otherwise",
    )
    p.add_argument(
        "--source",
        choices=("widget", "whatsapp"),
        help="the source for records that do not say (exports and webhooks: whatsapp)",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Import the files, print rejections and a summary; 1 if any record was rejected."""
    missing = [f for f in args.files if f != "-" and not _readable(f)]
    if missing:
        for f in missing:
            reason = "no such file" if not os.path.exists(f) else "not a readable file"
            ctx.err.print(f"leads ingest: cannot read {escape(f)}: {reason}")
        return 2
    if args.files.count("-") > 1:
        ctx.err.print("leads ingest: standard input (-) can be read only once")
        return 2
    sizes = [os.path.getsize(f) for f in args.files if f != "-"]
    show = ctx.err.is_terminal or any(s > PROGRESS_BYTES for s in sizes)
    with _ProgressBar(ctx, enabled=show) as bar:
        report = ingest(
            ctx.engine,
            args.files,
            agent=args.agent,
            source=args.source,
            format=args.format,
            progress=bar.update if show else None,
        )
    _print_report(report, ctx)
    if report.failed_files:
        return 2
    return 1 if report.rejected else 0


def _readable(path: str) -> bool:
    p = Path(path)
    return p.is_file() and os.access(p, os.R_OK)


def _print_report(report: IngestReport, ctx: Context) -> None:
    for failure in report.failed_files:
        ctx.err.print(f"leads ingest: {escape(failure)}")
    for rejection in report.rejections[:SHOWN_REJECTIONS]:
        ctx.err.print(f"rejected {escape(str(rejection))}", highlight=False, soft_wrap=True)
    hidden = report.rejected - min(len(report.rejections), SHOWN_REJECTIONS)
    if hidden > 0:
        ctx.err.print(f"... and {hidden} more rejected record(s)")
    ctx.console.print(f"Conversations: {report.summary()}.", highlight=False, soft_wrap=True)


class _ProgressBar:
    """Show one rich progress bar per file on stderr, fed by ingest's progress callback."""

    def __init__(self, ctx: Context, *, enabled: bool) -> None:
        self.enabled = enabled
        self.tasks: dict[str, TaskID] = {}
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=ctx.err,
            transient=False,
            # No refresh thread: the import forks a parsing helper, which is safe only
            # in a process running one thread. The bar redraws on each update instead.
            auto_refresh=False,
        )

    def __enter__(self) -> _ProgressBar:
        if self.enabled:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.progress.stop()

    def update(self, name: str, done: int, total: int | None) -> None:
        """Move the bar of file `name` to `done` bytes."""
        task = self.tasks.get(name)
        if task is None:
            label = "stdin" if name == "<stdin>" else Path(name).name
            task = self.tasks[name] = self.progress.add_task(escape(label), total=total)
        self.progress.update(task, completed=done, refresh=True)
