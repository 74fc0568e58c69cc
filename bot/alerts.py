"""Build the Slack message of a lead alert from plain data: blocks and fallback text.

An alert is the outbox payload that `jobs.process` queues: the lead's export record
(`storage.export.lead_record`) plus "request", "intent", "factors_for",
"factors_against" and "language". After a click the bot loads the same dict from storage
(`storage.lead_view.load_lead_card(...).alert`) and re-renders it with
`alert_blocks(..., changed_by=...)`; nothing here reads storage.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from bot.render import mrkdwn_escape, render_json, render_text, truncate
from storage.due import DueRules
from storage.lead_view import split_factors
from storage.statuses import STATUSES

# The statuses a salesperson sets most often get a button; all nine are in the select.
BUTTON_STATUSES: tuple[str, ...] = (
    "Contacted",
    "Quote Request",
    "Opportunity",
    "Not Interested",
    "Spam",
)
QUALITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low", "very_low": "Very low"}
_QUALITY_EMOJI = {"high": "🔥", "medium": "⭐", "low": "•", "very_low": "•"}
_SOURCE_LABELS = {"widget": "Website chat", "whatsapp": "WhatsApp"}
# Header text is plain_text of at most 150 characters.
_HEADER_LIMIT = 150
_REQUEST_LIMIT = 2_500
_FACTORS_SHOWN = 5
_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")


def status_value(lead_id: int, status: str, version: int = 0) -> str:
    """Return the value a status button or option carries: lead id, status and version.

    `version` is the lead's `status_version` when the message was rendered: a click on a
    message older than the lead's last status decision is refused, not applied.
    """
    return json.dumps(
        {"lead_id": lead_id, "status": status, "version": version}, ensure_ascii=False
    )


def status_version(record: dict[str, Any]) -> int:
    """Return the status version a lead record or alert was rendered at (0 when absent)."""
    try:
        return int(record.get("status_version") or 0)
    except (TypeError, ValueError):
        return 0


def _split_factors(alert: dict[str, Any]) -> tuple[list[str], list[str]]:
    if "factors_for" in alert or "factors_against" in alert:
        return list(alert.get("factors_for") or []), list(alert.get("factors_against") or [])
    return split_factors(alert.get("top_factors") or [])


def _who(changed_by: str) -> str:
    # A Slack user id becomes a mention Slack renders as the person's name.
    return f"<@{changed_by}>" if _SLACK_USER.match(changed_by) else mrkdwn_escape(changed_by)


def _created(value: str | None) -> str:
    if not value:
        return "-"
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return mrkdwn_escape(value)
    # Slack shows <!date^...> in each reader's own time zone; the ISO text is the fallback.
    return f"<!date^{int(when.timestamp())}^{{date_short_pretty}} {{time}}|{mrkdwn_escape(value)}>"


def header_text(alert: dict[str, Any]) -> str:
    """Return the alert's one-line title: quality emoji, score, quality and name."""
    quality = str(alert.get("quality") or "")
    emoji = _QUALITY_EMOJI.get(quality, "•")
    label = QUALITY_LABELS.get(quality, quality or "unscored")
    name = alert.get("name") or alert.get("email") or alert.get("phone") or f"Lead {alert['id']}"
    return truncate(f"{emoji} {alert.get('score', 0)} · {label} lead: {name}", _HEADER_LIMIT)


def followup_line(alert: dict[str, Any], tz: str) -> str:
    """Return "Owner: @x · due Fri 4 Dec 09:00 CET" for a lead card ("" with neither)."""
    parts = []
    if alert.get("owner"):
        parts.append(f"Owner: {_who(str(alert['owner']))}")
    if alert.get("due_at"):
        due = datetime.fromisoformat(str(alert["due_at"]).replace("Z", "+00:00"))
        parts.append(f"Due: {mrkdwn_escape(DueRules(timezone=tz).label(due))}")
    return " · ".join(parts)


def _context(
    alert: dict[str, Any], changed_by: str | None, status: str | None, tz: str = "UTC"
) -> dict[str, Any]:
    lead_id = int(alert["id"])
    current = status or alert.get("status")
    pros, cons = _split_factors(alert)
    lines = [f"✅ {mrkdwn_escape(f)}" for f in pros[:_FACTORS_SHOWN]]
    lines += [f"⚠️ {mrkdwn_escape(f)}" for f in cons[: max(0, _FACTORS_SHOWN - len(lines))]]
    request = truncate(alert.get("request") or "", _REQUEST_LIMIT)
    if changed_by:
        status_line = f"Status: *{mrkdwn_escape(current)}* · set by {_who(changed_by)}"
    elif current:
        status_line = f"Status: *{mrkdwn_escape(current)}*"
    else:
        status_line = "Status: not set"
    conv = ", ".join(alert.get("conversation_ids") or [])
    if conv:
        status_line += f" · lead {lead_id} · conversations: {mrkdwn_escape(conv)}"
    else:
        status_line += f" · lead {lead_id}"
    if followup := followup_line(alert, tz):
        status_line += f"\n{followup}"
    fields = [
        ("Name", mrkdwn_escape(alert.get("name") or "-")),
        ("Email", mrkdwn_escape(alert.get("email") or "-")),
        ("Phone", mrkdwn_escape(alert.get("phone") or "-")),
        ("Agent", mrkdwn_escape(alert.get("agent") or "-")),
        (
            "Source",
            mrkdwn_escape(
                _SOURCE_LABELS.get(alert.get("source") or "", alert.get("source") or "-")
            ),
        ),
        ("Created", _created(alert.get("created_at"))),
    ]
    version = status_version(alert)
    options = [
        {"status": s, "value": status_value(lead_id, s, version), "current": s == current}
        for s in STATUSES
    ]
    return {
        "lead_id": lead_id,
        "header": header_text(alert),
        "fields": fields,
        "request": mrkdwn_escape(request),
        "factors": "\n".join(lines),
        "status_line": status_line,
        "buttons": [o for s in BUTTON_STATUSES for o in options if o["status"] == s],
        "options": options,
        "current_option": next((o for o in options if o["current"]), None),
    }


def alert_blocks(
    alert: dict[str, Any],
    *,
    changed_by: str | None = None,
    status: str | None = None,
    tz: str = "UTC",
) -> list[dict[str, Any]]:
    """Return the Block Kit blocks of a lead alert.

    After a status change pass the new `status` and `changed_by` (a Slack user id or a
    name): the message then says who set which status. `tz` shows the due time.
    """
    return render_json("alert_blocks.j2", **_context(alert, changed_by, status, tz))


def alert_text(
    alert: dict[str, Any], *, changed_by: str | None = None, status: str | None = None
) -> str:
    """Return the notification text of a lead alert (Slack's fallback for blocks).

    Slack reads this text as mrkdwn too, so what a customer wrote is escaped: a name
    like "<!channel>" must not notify a whole channel.
    """
    current = mrkdwn_escape(status or alert.get("status") or "")
    status_plain = f"{current}, set by {_who(changed_by)}" if changed_by else current
    request = " ".join(str(alert.get("request") or "").split())
    return render_text(
        "alert_text.j2",
        header=mrkdwn_escape(header_text(alert)),
        request_plain=mrkdwn_escape(truncate(request, 200)),
        status_plain=status_plain,
    )
