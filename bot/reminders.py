"""Build the Slack messages of reminders and nudges from plain data: blocks and fallback text.

A reminder is what `jobs.remind` queued, refreshed at delivery
(`storage.followup.current_reminder`): "kind" ("due" or "first_touch"), "lead" (the
lead card data), "owner", "due_label" or "minutes". Its buttons: Done (sets Contacted),
Snooze 1 day, Snooze 3 days, Change status; a nudge offers Assign to me instead.
"""

from __future__ import annotations

import json
from typing import Any

from bot.alerts import status_value, status_version
from bot.render import mrkdwn_escape, render_json, render_text, truncate
from bot.views import lead_line, who
from storage.statuses import STATUSES

DONE_STATUS = "Contacted"
SNOOZE_DAYS: tuple[int, ...] = (1, 3)


def reminder_value(lead_id: int, version: int = 0) -> str:
    """Return the value a reminder's button carries: the lead and its status version."""
    return json.dumps({"lead_id": lead_id, "version": version})


def _name(lead: dict[str, Any]) -> str:
    return mrkdwn_escape(lead.get("name") or lead.get("email") or f"Lead {lead.get('id')}")


def headline(reminder: dict[str, Any]) -> str:
    """Return the first line: what is due (or that nobody took the lead) and for whom."""
    lead = reminder["lead"]
    if reminder.get("kind") == "first_touch":
        return (
            f"👋 Nobody has picked up *{_name(lead)}* (score {lead.get('score')}, lead "
            f"{lead['id']}) {reminder.get('minutes')} minutes after its alert. Who takes it?"
        )
    owner = reminder.get("owner")
    whose = f" · for {who(owner)}" if owner else " · nobody owns it: *Assign to me* takes it"
    return (
        f"⏰ *{mrkdwn_escape(lead.get('status'))}* for *{_name(lead)}* (lead {lead['id']}) "
        f"was due *{mrkdwn_escape(reminder.get('due_label'))}*{whose}."
    )


def _answered(reminder: dict[str, Any]) -> str:
    lead = reminder["lead"]
    icon = "👋" if reminder.get("kind") == "first_touch" else "⏰"
    return f"{icon} *{_name(lead)}* · lead {lead['id']}"


def summary(lead: dict[str, Any]) -> str:
    """Return the lead in two lines and what it asked for."""
    text = lead_line(lead)
    request = " ".join(str(lead.get("request") or "").split())
    if request:
        text += f"\n> {mrkdwn_escape(truncate(request, 300))}"
    return text


def _buttons(reminder: dict[str, Any]) -> list[dict[str, Any]]:
    lead_id = int(reminder["lead"]["id"])
    value = reminder_value(lead_id, status_version(reminder["lead"]))
    assign = {"action": "lead_assign_me", "text": "Assign to me", "value": str(lead_id)}
    if reminder.get("kind") == "first_touch":
        return [{**assign, "primary": True}]
    buttons = [{"action": "reminder_done", "text": f"Done ({DONE_STATUS})", "value": value,
                "primary": True}]  # fmt: skip
    buttons += [
        {"action": f"reminder_snooze:{d}", "text": f"Snooze {d} day{'s' if d > 1 else ''}",
         "value": value}
        for d in SNOOZE_DAYS
    ]  # fmt: skip
    return buttons if reminder.get("owner") else [*buttons, assign]


def reminder_blocks(reminder: dict[str, Any], *, outcome: str | None = None) -> list[dict]:
    """Return the Block Kit blocks of a reminder; with `outcome` the buttons give way to it."""
    lead_id = int(reminder["lead"]["id"])
    return render_json(
        "reminder_blocks.j2",
        lead_id=lead_id,
        headline=_answered(reminder) if outcome else headline(reminder),
        summary=summary(reminder["lead"]),
        outcome=outcome or "",
        buttons=_buttons(reminder),
        # The version the reminder showed: a change made since is not undone by a click here.
        options=[
            {"status": s, "value": status_value(lead_id, s, status_version(reminder["lead"]))}
            for s in STATUSES
        ],
    )


def reminder_text(reminder: dict[str, Any]) -> str:
    """Return the notification text of a reminder (Slack's fallback for the blocks)."""
    return render_text("reminder_text.j2", headline=headline(reminder))
