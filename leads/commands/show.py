"""Show one lead in full: contact details, score and why, conversations, status history."""

from __future__ import annotations

import argparse
import json

from rich.markup import escape
from rich.panel import Panel
from sqlmodel import Session

from jobs.duplicates import possible_duplicates
from leads.argtypes import lead_id
from leads.commands import HELPS
from leads.context import Context
from storage.export import iso_utc, lead_record
from storage.lead_view import identity_notes
from storage.queries import (
    LeadNotFound,
    conversation_dicts,
    conversations_of,
    get_lead,
    status_history,
)

NAME = "show"
HELP = HELPS[NAME]


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
        notes = identity_notes(session, args.id)
        duplicates = [i for i, _ in possible_duplicates(session, args.id, lead.name, lead.email)]
    if args.format == "json":
        record["conversations"] = convs
        record["status_history"] = [
            {"at": iso_utc(h.at), "who": h.who, "from": h.from_status, "to": h.to_status,
             "via": h.via}
            for h in history
        ]  # fmt: skip
        record["merges"] = [
            {"merged_lead": m, "reason": r, "at": iso_utc(at), "undone": undone}
            for m, r, at, undone in notes.merges
        ]
        record["shared_details"] = [{"kind": k, "value": v, "names": n} for k, v, n in notes.shared]
        record["possible_duplicates"] = duplicates
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
    for merged, reason, at, undone in notes.merges:
        state = " (undone)" if undone else ""
        lines.append(f"Merged lead {merged} on {iso_utc(at)}: {escape(reason)}{state}")
    for kind, value, n in notes.shared:
        lines.append(
            f"Shared {kind} {escape(value)}: seen with {n} different names (a team inbox, "
            "switchboard or family number), so it merges nobody"
        )
    if duplicates:
        lines.append(
            "Possible duplicate of "
            + ", ".join(f"#{i}" for i in duplicates)
            + " (similar name at the same company; `leads show` both to compare)"
        )
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
