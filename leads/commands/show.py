"""Show one lead in full: contact details, score and why, conversations, status history."""

from __future__ import annotations

import argparse
import json

from rich.markup import escape
from rich.panel import Panel
from sqlmodel import Session

from leads.argtypes import lead_id
from leads.context import Context
from storage.export import iso_utc, lead_record
from storage.queries import (
    LeadNotFound,
    conversation_dicts,
    conversations_of,
    get_lead,
    status_history,
)

NAME = "show"
HELP = "Show one lead with its conversations and status history."


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the lead id and --format."""
    p.add_argument("id", type=lead_id, help="the lead id (see `leads list`)")
    p.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the lead, or say why it cannot."""
    with Session(ctx.engine) as session:
        try:
            lead = get_lead(session, args.id)
        except LeadNotFound as exc:
            hint = "" if exc.merged_into else " `leads list` shows the ids."
            ctx.err.print(f"leads show: {exc}{hint}")
            return 1
        convs = conversation_dicts(session, conversations_of(session, args.id))
        history = status_history(session, args.id)
        record = lead_record(lead, [c["id"] for c in convs])
        record.update(intent=lead.intent, request=lead.request, language=lead.language)
    if args.format == "json":
        record["conversations"] = convs
        record["status_history"] = [
            {"at": iso_utc(h.at), "who": h.who, "from": h.from_status, "to": h.to_status,
             "via": h.via}
            for h in history
        ]  # fmt: skip
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"[bold]{escape(record['name'] or 'Unknown name')}[/]  ·  score [bold]{record['score']}[/]"
        f" ({record['quality'].replace('_', ' ')})  ·  {record['status']}",
        f"Email: {escape(record['email'] or '-')}"
        + (f"  (also {escape(', '.join(record['alt_emails']))})" if record["alt_emails"] else ""),
        f"Phone: {record['phone'] or '-'}"
        + (f"  (also {', '.join(record['alt_phones'])})" if record["alt_phones"] else ""),
        f"Agent: {escape(record['agent'] or '-')}  ·  Source: {record['source']}",
        f"Created {record['created_at']}  ·  updated {record['updated_at']}",
    ]
    if lead.request:
        lines.append(f"Asked for: {escape(lead.request)}")
    if record["top_factors"]:
        lines.append("Why: " + escape("; ".join(record["top_factors"])))
    ctx.console.print(Panel("\n".join(lines), title=f"Lead {record['id']}", expand=False))
    for conv in convs:
        ctx.console.print(
            f"\n[bold]{escape(conv['id'])}[/] ({conv['source']}, {conv['started_at'] or '?'})"
        )
        for m in conv["messages"]:
            who = "customer" if m["role"] == "customer" else (conv.get("agent") or "agent")
            ctx.console.print(f"  [dim]{escape(who)}:[/] {escape(m['text'])}")
    if history:
        ctx.console.print("\n[bold]Status history[/]")
        for h in history:
            ctx.console.print(
                f"  {iso_utc(h.at)}  {h.from_status or '-'} → {h.to_status}  "
                f"by {escape(h.who)} ({h.via})"
            )
    return 0
