"""Open the "View conversation" modal with the lead's transcript."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot import answers
from bot.services import services_of


def view_conversation(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge and open the modal at once: the trigger_id expires 3 seconds after the click."""
    ack()
    try:
        lead_id = int(action.get("value") or "")
    except ValueError:
        return
    with services_of(context).session() as session:
        view = answers.transcript(session, lead_id)
    client.views_open(trigger_id=body["trigger_id"], view=view)
    logger.info("transcript of lead %s opened by %s", lead_id, (body.get("user") or {}).get("id"))
