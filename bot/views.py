"""Build the bot's own messages and views (lists, lead card, stats, help, home, transcript).

Everything a person typed or a customer wrote is mrkdwn-escaped here; the templates in
bot/templates/ only place and cut the values. Every function returns plain dicts ready
for `respond`, `views.publish` or `views.open`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.alerts import BUTTON_STATUSES, alert_blocks, status_value, status_version
from bot.render import mrkdwn_escape, render_json, truncate
from storage.followup import DueCounts
from storage.lead_view import IdentityNotes
from storage.queries import Stats
from storage.statuses import STATUSES

SECTION_LIMIT = 3000
MODAL_BLOCKS = 100
MODAL_TITLE = 24
# A single message of a transcript is cut here, so one section can carry several.
TRANSCRIPT_MESSAGE_LIMIT = 1500
# Slack rejects very large views even under 100 blocks; stay well below.
TRANSCRIPT_CHARS = 60_000
AGENTS_SHOWN = 15
# Merges and shared details listed on a lead card (the newest merges).
IDENTITY_SHOWN = 10
_QUALITY_EMOJI = {"high": "🔥", "medium": "⭐", "low": "•", "very_low": "•"}
_SOURCE_LABELS = {"widget": "Website chat", "whatsapp": "WhatsApp"}
_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")
HELP_COMMANDS = "\n".join(
    (
        "*What you can ask* (answers are only visible to you; add `share` to post in the channel)",
        "`/leads top [N] [filters]` — the best N leads (10 if you leave it out, at most 25)",
        "`/leads list [filters]` — newest first, a page at a time",
        "`/leads show 42` — one lead with its history and conversation",
        "`/leads status 42 quote` — set a lead's status (short forms work)",
        "`/leads status 42 follow due:friday` — with a due time (`due:3d`, `due:2026-12-08`); "
        "Follow-up, Waiting Response and Quote Request get a default one",
        "`/leads assign 42 @maria` — give a lead to someone (`me`, `none`)",
        "`/leads mine` — your open leads, soonest due first",
        "`/leads stats [filters]` — totals, quality, by status, source and agent",
        "`/leads export [filters]` — a CSV of the leads, uploaded to this channel",
        "`/leads help` — this",
    )
)
HELP_FILTERS = "\n".join(
    (
        "*Filters* (combine any; names are matched forgivingly)",
        '`status:quote` · `agent:"sales bot"` · `source:whatsapp` (or `widget`)',
        "`score:60-100` · `score:>70` · `score:60-` · `score:-40` · `score:high`",
        "`owner:me` · `owner:@maria` · `owner:none`",
        "`sort:created` (newest) · `sort:score` (best) · `sort:updated` (latest change)",
        "Example: `/leads list status:quote source:whatsapp score:>70 sort:score`",
    )
)


def _fmt(n: int | float | None) -> str:
    if n is None:
        return "-"
    return f"{n:,.1f}" if isinstance(n, float) else f"{n:,}"


def slack_date(value: datetime | str | None, fmt: str = "{date_short_pretty} {time}") -> str:
    """Return a date Slack shows in each reader's time zone, with ISO text as the fallback."""
    if not value:
        return "-"
    if isinstance(value, str):
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return mrkdwn_escape(value)
    else:
        when = value
    iso = when.isoformat(timespec="minutes").replace("+00:00", "Z")
    return f"<!date^{int(when.timestamp())}^{fmt}|{mrkdwn_escape(iso)}>"


def who(changed_by: str | None) -> str:
    """Return a Slack user id as a mention; any other name escaped."""
    if not changed_by:
        return "someone"
    return f"<@{changed_by}>" if _SLACK_USER.match(changed_by) else mrkdwn_escape(changed_by)


def cut(text: str, limit: int, marker: str = "…") -> str:
    """Return escaped mrkdwn cut to `limit` characters without leaving half an entity."""
    if len(text) <= limit:
        return text
    return _PARTIAL_ENTITY.sub("", text[: limit - len(marker)]) + marker


def lead_line(record: dict[str, Any]) -> str:
    """Return one lead as two mrkdwn lines: score, name and status; id and contact."""
    quality = str(record.get("quality") or "")
    name = mrkdwn_escape(record.get("name") or "(no name)")
    first = (
        f"*{record.get('score', 0)}* {_QUALITY_EMOJI.get(quality, '•')} *{name}* · "
        f"{mrkdwn_escape(record.get('status') or '-')}"
    )
    second = [f"#{record['id']}"]
    for key in ("email", "phone", "agent"):
        if record.get(key):
            second.append(mrkdwn_escape(truncate(record[key], 200)))
    source = record.get("source") or ""
    second.append(_SOURCE_LABELS.get(source, mrkdwn_escape(source) or "-"))
    second.append(slack_date(record.get("created_at"), "{date_short}"))
    return f"{first}\n{' · '.join(second)}"


def leads_page(
    records: Sequence[dict[str, Any]],
    *,
    heading: str,
    start: int,
    total: int,
    next_value: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Return a message listing `records` (lead_record dicts) with paging and Details buttons."""
    title = f"*{mrkdwn_escape(heading)}*"
    if note:
        title += f"\n{mrkdwn_escape(note)}"
    if records:
        footer = f"Showing {start + 1:,}–{start + len(records):,} of {total:,}."
    else:
        footer = f"{total:,} leads match." if total else "No leads match."
    footer += " `/leads show ID` or *Details* for one lead."
    blocks = render_json(
        "list_blocks.j2",
        title=title,
        leads=[{"id": r["id"], "text": lead_line(r)} for r in records],
        empty="No leads match these filters. Try fewer filters, or `/leads help`.",
        footer=footer,
        next_value=next_value,
    )
    text = f"{heading}: {len(records)} of {total:,} leads"
    return {"text": text, "blocks": blocks}


def history_text(changes: Iterable[Any], *, shown: int = 5) -> str:
    """Return the last status changes (StatusChange rows) as one mrkdwn line each."""
    rows = list(changes)
    if not rows:
        return "Status history: none yet (set by the model)."
    lines = []
    for change in rows[-shown:]:
        before = mrkdwn_escape(change.from_status or "-")
        lines.append(
            f"{slack_date(change.at)} · {before} → *{mrkdwn_escape(change.to_status)}* "
            f"by {who(change.who)} ({mrkdwn_escape(change.via)})"
        )
    more = f" ({len(rows) - shown} earlier)" if len(rows) > shown else ""
    return "Status history" + more + ":\n" + "\n".join(lines)


def identity_text(notes: IdentityNotes | None) -> str:
    """Return how a lead came to be one person: its merges with reasons, its shared details."""
    if notes is None or not (notes.merges or notes.shared):
        return ""
    lines = []
    for merged, reason, at, undone in notes.merges[-IDENTITY_SHOWN:]:
        state = " (undone)" if undone else ""
        lines.append(f"• Merged lead {merged} on {slack_date(at)}: {mrkdwn_escape(reason)}{state}")
    for kind, value, n in notes.shared[:IDENTITY_SHOWN]:
        lines.append(
            f"• Shared {mrkdwn_escape(kind)} {mrkdwn_escape(value)}: seen with {n} different "
            "names (a team inbox, switchboard or family number), so it merges nobody"
        )
    return "*Who this lead is*\n" + "\n".join(lines)


def _duplicate(lead_id: int, other_id: int, name: str) -> dict[str, Any]:
    """Return one "possible duplicate" line with its Merge button's value and confirmation."""
    shown = mrkdwn_escape(truncate(name, 200))
    return {
        "id": other_id,
        "text": f"Possible duplicate of *#{other_id}* · {shown} (similar name at the same company)",
        "value": merge_value(lead_id, other_id),
        "confirm": (
            f"Lead {lead_id} and lead {other_id} become one lead (the older one stays). "
            f"`leads unmerge` undoes it."
        ),
    }


def merge_value(lead_id: int, other_id: int) -> str:
    """Return the value a Merge button carries: {"lead_id": N, "other": M}."""
    return json.dumps({"lead_id": lead_id, "other": other_id})


def lead_card(
    alert: dict[str, Any],
    changes: Iterable[Any],
    *,
    changed_by: str | None = None,
    notice: str | None = None,
    identity: IdentityNotes | None = None,
    duplicates: Sequence[tuple[int, str]] = (),
    tz: str = "UTC",
) -> dict[str, Any]:
    """Return `/leads show`: the alert card, who the lead is, its history and a notice.

    `identity` lists the merges (with reasons) and shared details; each of `duplicates`
    ((id, name) of a look-alike lead) gets a line with a Merge button.
    """
    lead_id = int(alert["id"])
    blocks = alert_blocks(alert, changed_by=changed_by, tz=tz)
    blocks += render_json(
        "lead_blocks.j2",
        lead_id=lead_id,
        notice=notice or "",
        identity=identity_text(identity),
        duplicates=[_duplicate(lead_id, i, name) for i, name in duplicates],
        history=history_text(changes),
    )
    name = mrkdwn_escape(alert.get("name") or "(no name)")
    text = f"Lead {alert['id']}: {name} · {alert.get('score', 0)} · {mrkdwn_escape(alert.get('status'))}"
    return {"text": text, "blocks": blocks}


def _figures(st: Stats) -> list[tuple[str, str]]:
    def share(n: int) -> str:
        return f"{_fmt(n)} ({n * 100 // st.total}%)" if st.total else _fmt(n)

    return [
        ("Total leads", _fmt(st.total)),
        ("High (80+)", share(st.high)),
        ("Medium (60–79)", share(st.medium)),
        ("Average score", _fmt(st.average_score)),
    ]


def _counts(counts: dict[str, int], order: Iterable[str] = (), *, limit: int = 50) -> str:
    keys = list(order) or list(counts)
    lines = [f"{mrkdwn_escape(k)}: {_fmt(counts.get(k, 0))}" for k in keys[:limit]]
    if len(keys) > limit:
        rest = sum(counts.get(k, 0) for k in keys[limit:])
        lines.append(f"+{len(keys) - limit} more: {_fmt(rest)}")
    return "\n".join(lines) or "-"


def _deliveries(st: Stats) -> str:
    text = f"Alerts waiting to be posted: {_fmt(st.deliveries_pending)}"
    if st.deliveries_failed:
        error = mrkdwn_escape(truncate(st.last_delivery_error or "unknown", 300))
        text += f" · ⚠️ failed for good: {_fmt(st.deliveries_failed)} (last error: {error})"
    return text


def _due_figures(due: DueCounts | None) -> list[tuple[str, str]]:
    if due is None:
        return []
    return [("Overdue", _fmt(due.overdue)), ("Due today", _fmt(due.due_today))]


def due_lines(due: DueCounts, user: str | None) -> str:
    """Return overdue and due-today counts per owner, the asker's ("yours") first."""

    def line(label: str, counts: tuple[int, int]) -> str:
        return f"{label}: {_fmt(counts[0])} overdue · {_fmt(counts[1])} due today"

    rows = []
    if user:
        rows.append(line("Yours", due.by_owner.get(user, (0, 0))))
    others = sorted(
        ((o, c) for o, c in due.by_owner.items() if o and o != user),
        key=lambda oc: (-oc[1][0], oc[0]),
    )
    rows += [line(who(o), c) for o, c in others[:AGENTS_SHOWN]]
    if None in due.by_owner:
        rows.append(line("No owner", due.by_owner[None]))
    return "\n".join(rows) or "Nothing is due today."


def stats_message(st: Stats, scope: str, due: DueCounts | None = None) -> dict[str, Any]:
    """Return `/leads stats`: headline figures and counts by status, source and agent."""
    sources = {_SOURCE_LABELS.get(k, k): v for k, v in st.by_source.items()}
    blocks = render_json(
        "stats_blocks.j2",
        title=truncate(f"Leads · {scope}", 150),
        figures=_figures(st) + _due_figures(due),
        groups=[
            ("By status", _counts(st.by_status, STATUSES)),
            ("By source", _counts(sources)),
            ("By agent", _counts(st.by_agent, limit=AGENTS_SHOWN)),
        ],
        footer=_deliveries(st),
    )
    avg = _fmt(st.average_score)
    text = f"Leads ({scope}): {st.total:,} total, {st.high:,} high, {st.medium:,} medium, average {avg}"
    if due is not None:
        text += f", {due.overdue:,} overdue, {due.due_today:,} due today"
    return {"text": text, "blocks": blocks}


def help_message(note: str | None = None) -> dict[str, Any]:
    """Return `/leads help`, with `note` first (e.g. "I don't know the command 'x'")."""
    blocks = render_json(
        "help_blocks.j2",
        note=mrkdwn_escape(note) if note else "",
        commands=HELP_COMMANDS,
        filters=HELP_FILTERS,
        footer="Exports and status changes are for the people and channels the admin allowed.",
    )
    return {
        "text": (note + " " if note else "")
        + "Leads commands: top, list, show, status, assign, mine, stats, export, help",
        "blocks": blocks,
    }


def _lead_controls(record: dict[str, Any]) -> dict[str, Any]:
    lead_id = int(record["id"])
    current = record.get("status")
    version = status_version(record)
    options = [
        {"status": s, "value": status_value(lead_id, s, version), "current": s == current}
        for s in STATUSES
    ]
    return {
        "id": lead_id,
        "text": lead_line(record),
        "buttons": [o for s in BUTTON_STATUSES for o in options if o["status"] == s],
        "options": options,
        "current_option": next((o for o in options if o["current"]), None),
    }


def home_view(
    st: Stats,
    top: Sequence[dict[str, Any]],
    *,
    now: datetime,
    notice: str | None = None,
    due: DueCounts | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """Return the App Home view: figures, follow-ups per owner, by status, the top leads."""
    return render_json(
        "home_view.j2",
        notice=notice or "",
        figures=_figures(st) + _due_figures(due),
        followups=due_lines(due, user) if due is not None else "",
        by_status=_counts(st.by_status, STATUSES),
        top_title=f"Top {len(top)} leads" if top else "Top leads",
        leads=[_lead_controls(r) for r in top],
        footer=f"Updated {slack_date(now)} · {_deliveries(st)}",
    )


def mine_page(
    records: Sequence[dict[str, Any]], due: dict[int, str], *, user: str
) -> dict[str, Any]:
    """Return `/leads mine`: the asker's open leads, soonest due first, with their due times."""
    lines = [
        {
            "id": r["id"],
            "text": f"{lead_line(r)}\nDue: {mrkdwn_escape(due.get(r['id'], 'not set'))}",
        }
        for r in records
    ]
    blocks = render_json(
        "list_blocks.j2",
        title=f"*Open leads of {who(user)}* · soonest due first",
        leads=lines,
        empty="You own no open leads. *Assign to me* on an alert, or `/leads assign 42 me`.",
        footer="`/leads show ID` or *Details* for one lead.",
        next_value=None,
    )
    return {"text": f"Your open leads: {len(records)}", "blocks": blocks}


@dataclass(slots=True)
class Transcript:
    """Hold a transcript's modal parts and how much of it they show."""

    parts: list[dict[str, str]] = field(default_factory=list)
    shown: int = 0
    total: int = 0
    shortened: int = 0  # messages cut to TRANSCRIPT_MESSAGE_LIMIT


def transcript_parts(conversations: Sequence[dict[str, Any]], *, budget: int) -> Transcript:
    """Return modal parts for the conversations within `budget` blocks.

    Consecutive messages share a section up to 3,000 characters; a very long message is
    cut. Stops when the blocks or the characters run out.
    """
    out = Transcript(total=sum(len(c.get("messages") or []) for c in conversations))
    chars = 0
    buffer = ""

    def flush() -> None:
        nonlocal buffer
        if buffer:
            out.parts.append({"kind": "section", "text": buffer})
            buffer = ""

    for conv in conversations:
        if len(out.parts) + 2 > budget:  # the heading and at least one message
            break
        flush()
        source = _SOURCE_LABELS.get(conv.get("source") or "", conv.get("source") or "")
        heading = (
            f"{mrkdwn_escape(source)} · {mrkdwn_escape(conv.get('id'))} · "
            f"started {slack_date(conv.get('started_at'))}"
        )
        out.parts.append({"kind": "context", "text": heading})
        full = False
        for message in conv.get("messages") or []:
            role = "Customer" if message.get("role") == "customer" else "Agent"
            escaped = mrkdwn_escape(message.get("text") or "")
            body = cut(escaped, TRANSCRIPT_MESSAGE_LIMIT)
            line = f"*{role}* · {slack_date(message.get('at'), '{time}')}\n{body}"
            if chars + len(line) > TRANSCRIPT_CHARS:
                full = True
                break
            if buffer and len(buffer) + 2 + len(line) <= SECTION_LIMIT:
                buffer += "\n\n" + line
            else:
                if len(out.parts) + (1 if buffer else 0) + 1 > budget:
                    full = True
                    break
                flush()
                buffer = line
            chars += len(line)
            out.shown += 1
            out.shortened += body is not escaped
        flush()
        if full:
            break
    return out


def conversation_modal(
    lead_id: int,
    name: str | None,
    conversations: Sequence[dict[str, Any]],
    *,
    note: str | None = None,
) -> dict[str, Any]:
    """Return the "View conversation" modal, cut to Block Kit's limits with a note when cut."""
    intro = f"*{mrkdwn_escape(name or f'Lead {lead_id}')}* · lead {lead_id}"
    if note:
        intro += f"\n{mrkdwn_escape(note)}"
    # The intro and the footer take two of the modal's blocks.
    t = transcript_parts(conversations, budget=MODAL_BLOCKS - 2)
    full = f"The full transcript: `leads show {lead_id}` on the command line."
    shortened = f"{t.shortened:,} long message(s) shortened" if t.shortened else ""
    if not conversations:
        footer = "This lead has no stored conversation."
    elif t.shown < t.total:
        extra = f"; {shortened}" if shortened else ""
        footer = f"✂️ Cut to fit Slack: showing {t.shown:,} of {t.total:,} messages{extra}. {full}"
    elif shortened:
        footer = f"✂️ Cut to fit Slack: {shortened}. {full}"
    else:
        footer = f"{t.total:,} messages in {len(conversations)} conversation(s)."
    return render_json(
        "conversation_modal.j2",
        title=truncate(f"Lead {lead_id}", MODAL_TITLE),
        intro=intro,
        parts=t.parts,
        footer=footer,
    )
