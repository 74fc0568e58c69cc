"""Decide who may export leads and change statuses, and say so politely when not."""

from __future__ import annotations

from bot.config import BotConfig

# What each guarded action is called in the refusal.
_ACTIONS = {
    "status": "change lead statuses",
    "export": "export leads",
    "assign": "assign leads",
    "snooze": "snooze reminders",
    "merge": "merge leads",
}


def may_change(config: BotConfig, user_id: str | None, channel_id: str | None) -> bool:
    """Return True when `user_id` is allowed, or the request comes from an allowed channel.

    With both lists empty nobody may: a fresh install changes nothing until someone
    decides who can.
    """
    if user_id and user_id in config.allowed_users:
        return True
    return bool(channel_id) and channel_id in config.allowed_channels


def refusal(action: str) -> str:
    """Return the explanation for someone who may not do `action` ("status", "assign", ...)."""
    what = _ACTIONS.get(action, action)
    return (
        f"Sorry, you can't {what} here. Only the people listed in `slack.allowed_users`, "
        "or anyone in a channel listed in `slack.allowed_channels`, can. Ask whoever runs "
        "the Leads bot to add you (your Slack user id is in your profile ⋮ → Copy member ID). "
        "Nothing was changed."
    )
