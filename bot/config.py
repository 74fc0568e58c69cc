"""Hold the bot's own settings, parsed by the composition root (leads/) and passed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from storage.due import DueRules


@dataclass(frozen=True, slots=True)
class BotConfig:
    """Describe where the bot posts, who may change things, and how much it shows at once."""

    alerts_channel: str = "#leads-alerts"
    digest_channel: str = "#leads"
    allowed_users: tuple[str, ...] = ()
    allowed_channels: tuple[str, ...] = ()
    alert_threshold: int = 80
    page_size: int = 10
    # The time zone due times are read and shown in, and the defaults per status.
    rules: DueRules = field(default_factory=DueRules)

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> BotConfig:
        """Return the config read from dotted settings ("slack.allowed_users", ...)."""
        defaults = cls()
        return cls(
            alerts_channel=values.get("slack.alerts_channel", defaults.alerts_channel),
            digest_channel=values.get("slack.digest_channel", defaults.digest_channel),
            allowed_users=tuple(values.get("slack.allowed_users", ())),
            allowed_channels=tuple(values.get("slack.allowed_channels", ())),
            alert_threshold=int(values.get("scoring.alert_threshold", defaults.alert_threshold)),
            page_size=int(values.get("slack.page_size", defaults.page_size)),
            rules=DueRules(
                timezone=values.get("schedule.timezone", defaults.rules.timezone),
                at=values.get("followup.due_time", defaults.rules.at),
                quote_request=values.get("followup.quote_request", defaults.rules.quote_request),
                follow_up=values.get("followup.follow_up", defaults.rules.follow_up),
                waiting_response=values.get(
                    "followup.waiting_response", defaults.rules.waiting_response
                ),
            ),
        )
