"""Build the Bolt app: one Web API client, the signing secret, and every listener package."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.config import BotConfig
from bot.listeners import actions, commands, events, views
from bot.replay import replay_guard
from bot.services import Services

LOG = logging.getLogger("bot")
# Exports and views run after the ack; a few slow ones must not queue the rest.
LISTENER_THREADS = 16


def build_app(
    *,
    client: WebClient,
    signing_secret: str | None,
    engine: Engine,
    config: BotConfig,
) -> App:
    """Return the app, ready to dispatch Slack requests (HTTP or Socket Mode).

    The token lives in `client` (checked by the caller with bot.client.check_token);
    `signing_secret=None` turns signature checks off, for Socket Mode only.
    """
    app = App(
        client=client,
        signing_secret=signing_secret or "",
        request_verification_enabled=signing_secret is not None,
        token_verification_enabled=False,
        listener_executor=ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="bot"),
        logger=LOG,
    )
    if signing_secret is not None:  # HTTP mode: signed requests can be replayed
        app.use(replay_guard(engine))
    app.use(Services(engine=engine, config=config).middleware)
    app.error(_on_error)
    for package in (commands, actions, views, events):
        package.register(app)
    return app


def _on_error(error: Exception, body: dict[str, Any], respond: Any, logger: logging.Logger) -> None:
    # Only the type at ERROR: messages of database errors can quote customer data.
    logger.error("listener failed: %s", type(error).__name__)
    logger.debug("listener failure details", exc_info=error)
    if body.get("response_url"):
        respond(
            text="Sorry, something went wrong on my side. Nothing was changed; please try again.",
            response_type="ephemeral",
            replace_original=False,
        )
