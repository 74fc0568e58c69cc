"""Repair existing leads: run identity again on stored conversations and split wrong merges."""

from __future__ import annotations

import argparse
from typing import Any

from rich.markup import escape

from leads.commands import HELPS
from leads.context import Context

NAME = "reidentify"
HELP = HELPS[NAME]
# Conversation ids listed per part; the rest are counted.
SHOWN = 3


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --dry-run."""
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would change and change nothing",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Split the leads that hold several people, rebuild identities, and say what changed."""
    # The model stack is imported here, not when the CLI starts.
    from jobs.reidentify import reidentify
    from leads.wiring import process_config
    from model.artifacts import ModelError

    try:
        result = reidentify(ctx.engine, process_config(ctx.settings), dry_run=args.dry_run)
    except ModelError as exc:
        ctx.err.print(f"leads reidentify: {escape(str(exc))}")
        return 2
    would = "would " if result.dry_run else ""
    for split in result.splits:
        ctx.console.print(_split_line(split, would), soft_wrap=True)
    ids = result.identities_added + result.identities_changed + result.identities_removed
    people = sum(len(s.parts) + 1 for s in result.splits)
    n = len(result.splits)
    splits = (
        f"{n:,} lead{'s' if n != 1 else ''} {would}split into {people:,}"
        if n
        else "no lead holds several people"
    )
    changed = "would change" if would else "changed"
    summary = (
        f"Checked {result.conversations:,} conversations of {result.leads:,} leads: {splits}; "
        f"{ids:,} identit{'ies' if ids != 1 else 'y'} {changed} "
        f"({result.identities_added:,} added, {result.identities_changed:,} updated, "
        f"{result.identities_removed:,} removed; {result.shared:,} newly shared)."
    )
    if not result.changed:
        summary += " Nothing to repair: every lead is one person."
    if result.failed:
        summary += (
            f" {result.failed:,} conversation{'s' if result.failed != 1 else ''} could not be "
            "read or scored and stayed where they were."
        )
    if result.dry_run:
        summary += " Dry run: nothing was changed."
    ctx.console.print(summary, soft_wrap=True)
    return 0


def _split_line(split: Any, would: str) -> str:
    """Return one lead's split as a line: what it keeps, where the others go, the status."""

    def convs(ids: tuple[str, ...]) -> str:
        shown = ", ".join(escape(i) for i in ids[:SHOWN])
        return shown + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")

    parts = "; ".join(
        f"{'a new lead' if p.lead_id is None else f'lead {p.lead_id}'} {would}take{'s' if not would else ''} "
        f"{convs(p.conversations)}"
        for p in split.parts
    )
    status = escape(split.status)
    carried = (
        f"its status {status}, set by a person, {would}go{'es' if not would else ''} to each part"
        if split.status_by_human
        else "each part gets its own score and status from the model"
    )
    return (
        f"Lead {split.lead_id} held {len(split.parts) + 1} people: it {would}keep"
        f"{'s' if not would else ''} {convs(split.kept)}; {parts}; {carried}."
    )
