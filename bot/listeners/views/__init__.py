"""Register view submission listeners."""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    """Register nothing: the bot's only modal (the transcript) has no inputs to submit."""
    del app
