"""Page through lists, open one lead from a list, and refresh the Home tab."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot import answers
from bot.filters import CommandError, parse_page_value
from bot.services import services_of
from storage.queries import LeadNotFound


def next_page(ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Replace a list with its next page (the query travels in the button's value)."""
    ack()
    try:
        flt, sort, offset, share = parse_page_value(action.get("value") or "")
    except CommandError as exc:
        respond(text=str(exc), response_type="ephemeral", replace_original=False)
        return
    services = services_of(context)
    with services.session() as session:
        message = answers.list_page(
            session, flt, sort, offset, services.config.page_size, share=share
        )
    respond(**message, replace_original=True)


def open_lead(ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Show one lead from a list (the "Details" button), to the clicker only."""
    ack()
    try:
        lead_id = int(action.get("value") or "")
    except ValueError:
        return
    services = services_of(context)
    with services.session() as session:
        try:
            message = answers.card(session, lead_id, tz=services.config.rules.timezone)
        except LeadNotFound as exc:
            message = {"text": answers.not_found_text(exc)}
    respond(**message, response_type="ephemeral", replace_original=False)


def refresh_home(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, logger: logging.Logger
) -> None:
    """Publish a fresh Home tab for the person who clicked Refresh."""
    ack()
    user = (body.get("user") or {}).get("id")
    services = services_of(context)
    with services.session() as session:
        view = answers.home(session, user=user, rules=services.config.rules)
    client.views_publish(user_id=user, view=view)
    logger.debug("home refreshed for %s", user)
