"""Undo a merge: bring back a lead that was merged into another."""

from __future__ import annotations

import argparse

from rich.markup import escape

from leads.argtypes import lead_id
from leads.commands import HELPS
from leads.context import Context

NAME = "unmerge"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the lead id."""
    p.add_argument("id", type=lead_id, metavar="ID", help="id of the lead that was merged away")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Restore the lead and say what moved back."""
    from jobs.merge import UnmergeError, unmerge

    try:
        result = unmerge(ctx.engine, args.id)
    except UnmergeError as exc:
        ctx.err.print(f"leads unmerge: {escape(str(exc))}")
        return 1
    ctx.console.print(
        f"Lead {result.restored_lead_id} restored from lead {result.kept_lead_id} "
        f"(merge {result.merge_id}): {result.conversations} conversation"
        f"{'s' if result.conversations != 1 else ''} and {result.identities} "
        f"identit{'ies' if result.identities != 1 else 'y'} (emails, phones, names) moved back."
    )
    return 0
