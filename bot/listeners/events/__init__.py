"""Register the Events API listeners."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import answers
from bot.services import services_of


def register(app: App) -> None:
    """Listen to app_home_opened (the Home tab is rebuilt each time it is opened)."""
    app.event("app_home_opened")(publish_home)


def publish_home(
    event: dict[str, Any], client: WebClient, context: BoltContext, logger: logging.Logger
) -> None:
    """Publish a fresh dashboard to the person who opened the Home tab."""
    if event.get("tab", "home") != "home":
        return
    services = services_of(context)
    with services.session() as session:
        view = answers.home(session, user=event["user"], rules=services.config.rules)
    client.views_publish(user_id=event["user"], view=view)
    logger.debug("home published for %s", event["user"])
