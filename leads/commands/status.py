"""Set a lead's status by hand; the change is audited and becomes a training label."""

from __future__ import annotations

import argparse
import getpass

from sqlmodel import Session

from leads.argtypes import lead_id
from leads.commands import HELPS
from leads.context import Context
from leads.wiring import due_rules
from storage.due import DueError
from storage.followup import change_status
from storage.models import utcnow
from storage.queries import LeadNotFound
from storage.statuses import StatusError, resolve_status

NAME = "status"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the lead id and the status words."""
    p.add_argument("id", type=lead_id, help="the lead id")
    p.add_argument("status", nargs="+", help="the new status, e.g. quote or 'Not Interested'")
    p.add_argument("--who", default=None, help="who decided (default: your login name)")
    p.add_argument(
        "--due",
        metavar="WHEN",
        help="when Follow-up, Waiting Response or Quote Request is due: friday, tomorrow, "
        "3d, 2bd (business days), 4h or 2026-12-08 (default: followup.* settings)",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Change the status, or explain why not; nothing is written on an error."""
    try:
        status = resolve_status(" ".join(args.status))
    except StatusError as exc:
        ctx.err.print(f"leads status: {exc}")
        return 2
    who = args.who or login()
    rules = due_rules(ctx.settings)
    now = utcnow()
    try:
        due = rules.parse(args.due, now) if args.due else None
    except DueError as exc:
        ctx.err.print(f"leads status: {exc}")
        return 2
    with Session(ctx.engine) as session:
        try:
            result = change_status(
                session, args.id, status, who=who, via="cli", rules=rules, due=due, now=now
            )
        except (LeadNotFound, DueError) as exc:
            ctx.err.print(f"leads status: {exc}")
            return 1 if isinstance(exc, LeadNotFound) else 2
        session.commit()
        due_at = result.lead.due_at
    when = f" (due {rules.label(due_at)})" if due_at else ""
    if result.changed:
        ctx.console.print(f"Lead {args.id}: {result.old} → {result.new}{when}")
    else:
        ctx.console.print(f"Lead {args.id} is already {result.new}; nothing changed{when}.")
    return 0


def login() -> str:
    """Return the login name of whoever runs the command ("cli" when there is none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
