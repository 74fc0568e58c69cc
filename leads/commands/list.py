"""List leads with filters and a sort, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from sqlmodel import Session

from leads.commands import HELPS
from leads.commands._filters import add_filter_arguments, filter_from_args
from leads.context import Context
from storage.export import COLUMNS, csv_cells, lead_record, write_csv
from storage.queries import conversation_ids, list_leads

NAME = "list"
HELP = HELPS[NAME]

QUALITY_STYLE = {"high": "bold green", "medium": "yellow", "low": "dim", "very_low": "dim red"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the filters, --limit and --format."""
    add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N leads (20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    p.add_argument(
        "--format",
        choices=("table", "json", "csv", "tsv"),
        default=None,
        help="table on a terminal; piped, tsv: every value whole, export's columns, a header",
    )


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
    fmt = args.format or ("table" if sys.stdout.isatty() else "tsv")
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if fmt == "csv":
        write_csv(records, sys.stdout)
        return 0
    if fmt == "tsv":
        write_tsv(records, sys.stdout)
        return 0
    if not records:
        ctx.console.print("No leads match. Try fewer filters, or `leads process` first.")
        return 0
    ctx.console.print(leads_table(records, ctx.console.width))
    return 0


def write_tsv(records: list[dict], out: TextIO) -> None:
    """Write a header and one tab-separated line per record, with export's cells.

    Tabs and line breaks inside a value become spaces, so `cut -f3` always finds the email.
    """
    out.write("\t".join(COLUMNS) + "\n")
    for record in records:
        cells = (" ".join(cell.split("\t")) for cell in csv_cells(record))
        out.write("\t".join(" ".join(cell.splitlines()) for cell in cells) + "\n")


# Columns in the order they are dropped when the terminal is too narrow for all of them.
_DROP_ORDER = ("Created", "Agent", "Source", "Phone", "Status")


def leads_table(records: list[dict], width: int = 200) -> Table:
    """Return a table of lead records for people that fits `width` columns.

    Name and email wrap instead of being cut; on a narrow terminal the least useful
    columns go first (`--format tsv` or `leads show` has them all).
    """
    cells = {
        "ID": lambda r: str(r["id"]),
        "Score": lambda r: f"[{QUALITY_STYLE.get(r['quality'], '')}]{r['score']}[/]",
        "Name": lambda r: escape(r["name"] or "-"),
        "Email": lambda r: escape(r["email"] or "-"),
        "Phone": lambda r: r["phone"] or "-",
        "Status": lambda r: r["status"],
        "Source": lambda r: r["source"],
        "Agent": lambda r: escape(r["agent"] or "-"),
        "Created": lambda r: (r["created_at"] or "")[:16].replace("T", " "),
    }
    natural = {
        col: max([len(col), *(len(Text.from_markup(f(r)).plain) for r in records)])
        for col, f in cells.items()
    }
    shown = list(cells)
    for col in _DROP_ORDER:
        # 3 = a cell's padding and its border.
        need = sum(natural[c] + 3 for c in shown) + 1
        if need <= width:
            break
        shown.remove(col)
    table = Table(show_lines=False, header_style="bold")
    for col in shown:
        justify = "right" if col in ("ID", "Score") else "left"
        overflow = "fold" if col in ("Name", "Email", "Phone") else "ellipsis"
        table.add_column(col, justify=justify, overflow=overflow)
    for r in records:
        table.add_row(*(cells[col](r) for col in shown))
    return table
