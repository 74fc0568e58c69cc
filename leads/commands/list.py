"""List leads with filters and a sort, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from rich.markup import escape
from rich.table import Table
from sqlmodel import Session

from leads.commands._filters import add_filter_arguments, filter_from_args
from leads.context import Context
from storage.export import lead_record
from storage.queries import conversation_ids, list_leads

NAME = "list"
HELP = "List leads, newest (or best) first, with filters."

QUALITY_STYLE = {"high": "bold green", "medium": "yellow", "low": "dim", "very_low": "dim red"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the filters, --limit and --format."""
    add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N leads (20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print one page of leads."""
    if args.limit < 1:
        ctx.err.print("leads list: --limit must be at least 1")
        return 2
    with Session(ctx.engine) as session:
        try:
            flt = filter_from_args(args, session)
        except ValueError as exc:
            ctx.err.print(f"leads list: {exc}")
            return 2
        leads = list_leads(session, flt, sort=args.sort, limit=args.limit, offset=args.offset)
        ids = conversation_ids(session, [lead.id for lead in leads])
        records = [lead_record(lead, ids[lead.id]) for lead in leads]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not records:
        ctx.console.print("No leads match. Try fewer filters, or `leads process` first.")
        return 0
    ctx.console.print(leads_table(records))
    return 0


def leads_table(records: list[dict]) -> Table:
    """Return a table of lead records for people."""
    table = Table(show_lines=False, header_style="bold")
    for col, kw in (
        ("ID", {"justify": "right"}),
        ("Score", {"justify": "right"}),
        ("Name", {}),
        ("Email", {}),
        ("Phone", {}),
        ("Status", {}),
        ("Source", {}),
        ("Agent", {}),
        ("Created", {}),
    ):
        table.add_column(col, **kw)
    for r in records:
        table.add_row(
            str(r["id"]),
            f"[{QUALITY_STYLE.get(r['quality'], '')}]{r['score']}[/]",
            escape(r["name"] or "-"),
            escape(r["email"] or "-"),
            r["phone"] or "-",
            r["status"],
            r["source"],
            escape(r["agent"] or "-"),
            (r["created_at"] or "")[:16].replace("T", " "),
        )
    return table
