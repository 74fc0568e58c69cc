"""Take a lead with "Assign to me" (alerts, /leads show, nudges) and show who owns it."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import answers
from bot.alerts import alert_blocks, alert_text
from bot.listeners.actions.clicks import clicked_in, tell
from bot.permissions import may_change, refusal
from bot.reminders import reminder_blocks
from bot.services import Services, services_of
from storage.queries import LeadNotFound


def _block_ids(body: dict[str, Any]) -> list[str]:
    return [str(b.get("block_id", "")) for b in (body.get("message") or {}).get("blocks") or []]


def assign_me(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge, check who clicked where, make them the owner and update what was clicked."""
    ack()
    services = services_of(context)
    user, channel, container = clicked_in(body)
    try:
        lead_id = int(action.get("value") or "")
    except ValueError:
        return
    home = container.get("type") == "view"
    if not may_change(services.config, user, channel):
        logger.info("assignment refused for %s", user)
        tell(body, respond, client, user, refusal("assign"))
        return
    with services.write_lock, services.session() as session:
        try:
            done = answers.assign(session, lead_id, user, user_id=user)
        except LeadNotFound as exc:
            tell(body, respond, client, user, answers.not_found_text(exc))
            return
        logger.info("lead %s assigned by %s (changed=%s)", lead_id, user, done.result.changed)
        _show(services, body, respond, client, session, done, home=home)


def _show(
    services: Services,
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    session: Any,
    done: answers.OwnerAnswer,
    *,
    home: bool,
) -> None:
    """Re-render the clicked surface with the new owner."""
    user, _, container = clicked_in(body)
    tz = services.config.rules.timezone
    blocks = _block_ids(body)
    if home:
        view = answers.home(session, notice=done.text, user=user, rules=services.config.rules)
        client.views_publish(user_id=user, view=view)
        return
    if any(b.startswith("lead_show:") for b in blocks) or container.get("is_ephemeral"):
        respond(**answers.card(session, done.result.lead.id, notice=done.text, tz=tz),
                replace_original=True)  # fmt: skip
        return
    if any(b.startswith("reminder:") for b in blocks):  # a nudge: it has been answered
        reminder = {"kind": "first_touch", "lead": done.alert}
        update = {"blocks": reminder_blocks(reminder, outcome=done.text), "text": done.text}
    else:
        status = done.alert.get("status")
        update = {
            "blocks": alert_blocks(done.alert, changed_by=done.set_by, status=status, tz=tz),
            "text": alert_text(done.alert, changed_by=done.set_by, status=status),
        }
    try:
        client.chat_update(
            channel=container.get("channel_id"), ts=container.get("message_ts"), **update
        )
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        tell(body, respond, client, user, f"{done.text} (I couldn't update the message: {error}.)")
