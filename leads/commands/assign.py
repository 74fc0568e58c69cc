"""Give a lead to someone (a Slack user id), or take it away; the change is audited."""

from __future__ import annotations

import argparse

from sqlmodel import Session

from leads.argtypes import lead_id
from leads.commands import HELPS
from leads.commands._filters import cli_owner
from leads.commands.status import login
from leads.context import Context
from storage.followup import assign
from storage.queries import NO_OWNER, LeadNotFound

NAME = "assign"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the lead id and the owner."""
    p.add_argument("id", type=lead_id, help="the lead id")
    p.add_argument(
        "user", help="a Slack user id (U012ABCDEF), me (LEADS_SLACK_USER) or none (nobody)"
    )
    p.add_argument("--who", default=None, help="who decided (default: your login name)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Set the owner, or explain why not; nothing is written on an error."""
    try:
        owner = cli_owner(args.user)
    except ValueError as exc:
        ctx.err.print(f"leads assign: {exc}")
        return 2
    with Session(ctx.engine) as session:
        try:
            result = assign(
                session,
                args.id,
                None if owner == NO_OWNER else owner,
                who=args.who or login(),
                via="cli",
            )
        except LeadNotFound as exc:
            ctx.err.print(f"leads assign: {exc}")
            return 1
        session.commit()
    new = result.new or "nobody"
    if result.changed:
        ctx.console.print(f"Lead {args.id}: owner {result.old or 'nobody'} → {new}")
    else:
        ctx.console.print(f"Lead {args.id} is already owned by {new}; nothing changed.")
    return 0
