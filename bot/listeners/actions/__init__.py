"""Register the listeners of buttons and selects: statuses, owners, reminders, merges, pages."""

from __future__ import annotations

import re

from slack_bolt import Ack, App

from bot.listeners.actions.browse import next_page, open_lead, refresh_home
from bot.listeners.actions.conversation import view_conversation
from bot.listeners.actions.merge import merge_leads
from bot.listeners.actions.owner import assign_me
from bot.listeners.actions.reminder import reminder_action
from bot.listeners.actions.status import change_status


def register(app: App) -> None:
    """Register every action listener; unknown actions (old buttons) are acknowledged quietly."""
    app.action(re.compile(r"^lead_status:"))(change_status)
    app.action("lead_status_select")(change_status)
    app.action("lead_view_conversation")(view_conversation)
    app.action("lead_merge")(merge_leads)
    app.action("lead_open")(open_lead)
    app.action("list_next_page")(next_page)
    app.action("home_refresh")(refresh_home)
    app.action("lead_assign_me")(assign_me)
    app.action(re.compile(r"^reminder_(done|status|snooze:\d+)$"))(reminder_action)
    # Last: Bolt runs the first listener that matches.
    app.action(re.compile(r".*"))(_acknowledge)


def _acknowledge(ack: Ack) -> None:
    ack()
