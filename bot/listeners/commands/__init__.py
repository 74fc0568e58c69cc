"""Register the slash command listeners."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.listeners.commands.leads import handle_leads


def register(app: App) -> None:
    """Listen to /leads (and /leads-<anything>, for a second app such as a staging one)."""
    app.command(re.compile(r"^/leads(-[\w-]+)?$"))(handle_leads)
