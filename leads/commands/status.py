"""Set a lead's status by hand; the change is audited and becomes a training label."""

from __future__ import annotations

import argparse
import getpass

from sqlmodel import Session

from leads.argtypes import lead_id
from leads.commands import HELPS
from leads.context import Context
from storage.queries import LeadNotFound, set_status
from storage.statuses import StatusError, resolve_status

NAME = "status"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the lead id and the status words."""
    p.add_argument("id", type=lead_id, help="the lead id")
    p.add_argument("status", nargs="+", help="the new status, e.g. quote or 'Not Interested'")
    p.add_argument("--who", default=None, help="who decided (default: your login name)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Change the status, or explain why not; nothing is written on an error."""
    try:
        status = resolve_status(" ".join(args.status))
    except StatusError as exc:
        ctx.err.print(f"leads status: {exc}")
        return 2
    who = args.who or _login()
    with Session(ctx.engine) as session:
        try:
            result = set_status(session, args.id, status, who=who, via="cli")
        except LeadNotFound as exc:
            ctx.err.print(f"leads status: {exc}")
            return 1
        session.commit()
    if result.changed:
        ctx.console.print(f"Lead {args.id}: {result.old} → {result.new}")
    else:
        ctx.console.print(f"Lead {args.id} is already {result.new}; nothing changed.")
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
